# The kit's wording: the e-mail text, the Atom feeds and the static pages' notes. Built into
# the server entry and the native commands (the core's `kit` feature), never into the browser
# module, which shows none of it.

# Variables:
#   $date (String) - effective date of the newest version, written out
email-effective = The new version applies from { $date }.
# Variables:
#   $url (String) - where the full policy is published
email-read-policy = Read the full privacy policy: { $url }
email-greeting = Dear customer,
email-more-in-policy = The other changes are in the policy.
email-sign-off =
    Kind regards,
    { -company-name }
feed-title = { -company-name } privacy policy: changes
# Variables:
#   $date (String) - publication date of the version, written out
feed-entry-title = Privacy policy published on { $date }
# Variables:
#   $published (String) - publication date of the newer version, written out
#   $effective (String) - its effective date, written out
page-upcoming = On { $published } we published a new version of this policy. It applies from { $effective }.
page-upcoming-corrections-one = It corrects an untrue sentence of this version; that correction applies now.
# Variables:
#   $count (String) - how many sentences, as a number
page-upcoming-corrections = It corrects { $count } untrue sentences of this version; those corrections apply now.
page-upcoming-read = Read the new version
