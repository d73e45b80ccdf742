# The kit's wording: the e-mail text, the Atom feeds and the static pages' notes. Built into
# the server entry and the native commands (the core's `kit` feature), never into the browser
# module, which shows none of it.

# Variables:
#   $date (String) - effective date of the newest version, written out
email-effective = De nieuwe versie geldt vanaf { $date }.
# Variables:
#   $url (String) - where the full policy is published
email-read-policy = Lees het volledige privacybeleid: { $url }
email-greeting = Beste klant,
email-more-in-policy = De andere wijzigingen staan in het beleid.
email-sign-off =
    Met vriendelijke groet,
    { -company-name }
feed-title = Privacybeleid van { -company-name }: wijzigingen
# Variables:
#   $date (String) - publication date of the version, written out
feed-entry-title = Privacybeleid van { $date }
# Variables:
#   $published (String) - publication date of the newer version, written out
#   $effective (String) - its effective date, written out
page-upcoming = Op { $published } hebben we een nieuwe versie van dit beleid gepubliceerd. Die geldt vanaf { $effective }.
page-upcoming-corrections-one = Daarin is een onjuiste zin van deze versie verbeterd; die verbetering geldt nu al.
# Variables:
#   $count (String) - how many sentences, as a number
page-upcoming-corrections = Daarin zijn { $count } onjuiste zinnen van deze versie verbeterd; die verbeteringen gelden nu al.
page-upcoming-read = Lees de nieuwe versie
