### De onderdelen rond de tekst van het beleid: beleidspagina, banner en ‘Mijn gegevens’.

## Beleidspagina

page-language-nav =
    .aria-label = Taal
page-language-nl = Nederlands
page-language-en = English
page-toc-heading = Inhoud
page-translation-note = Dit is de Nederlandse tekst van ons privacybeleid. Deze tekst is bindend.
# Variables:
#   $date (String) - publication date, written out
page-version = Versie van { $date }
# Variables:
#   $date (String) - effective date, written out
page-effective-since = Geldt sinds { $date }
# Variables:
#   $date (String) - effective date, written out
page-effective-from = Geldt vanaf { $date }
page-history-heading = Versiegeschiedenis
# Variables:
#   $published (String) - publication date, written out
#   $effective (String) - effective date, written out
page-history-entry = Versie van { $published } (geldt vanaf { $effective })
page-history-in-effect = Geldt nu

## Wijzigingen in gewone woorden

# Variables:
#   $section (String) - title of the policy section
#   $categories (String) - names of data categories, comma-separated
changes-activity-added = In ‘{ $section }’ komt een verwerking bij van: { $categories }
# Variables:
#   $section (String) - title of the policy section
#   $categories (String) - names of data categories, comma-separated
changes-activity-removed = In ‘{ $section }’ vervalt de verwerking van: { $categories }
# Variables:
#   $recipient (String) - name of the recipient
#   $categories (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-recipient-added = Nieuwe ontvanger in ‘{ $section }’: { $recipient }. Gegevens: { $categories }
# Variables:
#   $recipient (String) - name of the recipient
#   $categories (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-recipient-removed = Geen ontvanger meer in ‘{ $section }’: { $recipient }. Gegevens: { $categories }
# Variables:
#   $items (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-categories-added = In ‘{ $section }’ verwerken we nu ook: { $items }
# Variables:
#   $items (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-categories-removed = In ‘{ $section }’ verwerken we niet langer: { $items }
# Variables:
#   $items (String) - purposes, comma-separated
#   $section (String) - title of the policy section
changes-purposes-added = Nieuw doel in ‘{ $section }’: { $items }
# Variables:
#   $items (String) - purposes, comma-separated
#   $section (String) - title of the policy section
changes-purposes-removed = Geschrapt doel in ‘{ $section }’: { $items }
# Variables:
#   $section (String) - title of the policy section
#   $from (String) - the old retention
#   $to (String) - the new retention
changes-retention-changed = Nieuwe bewaartermijn in ‘{ $section }’: { $to }. Was: { $from }
# Variables:
#   $recipients (String) - names of recipients, comma-separated
#   $country (String) - where the data may go, from transfer-country-…
#   $basis (String) - what permits the transfer (AVG chapter V), not a legal basis of art. 6
changes-transfers-added = Nu in het beleid beschreven: { $recipients } kunnen gegevens doorgeven naar { $country }, buiten de Europese Economische Ruimte (EER). Toegestaan op grond van: { $basis }
# Variables:
#   $recipients (String) - the one recipient
#   $country (String) - where the data may go, from transfer-country-…
#   $basis (String) - what permits the transfer (AVG chapter V), not a legal basis of art. 6
changes-transfers-added-one = Nu in het beleid beschreven: { $recipients } kan gegevens doorgeven naar { $country }, buiten de Europese Economische Ruimte (EER). Toegestaan op grond van: { $basis }
# Variables:
#   $recipient (String) - name of the recipient
changes-transfer-removed = Gegevens gaan niet langer buiten de Europese Economische Ruimte (EER) naar: { $recipient }
# Variables:
#   $title (String) - title of the new section
changes-section-added = Nieuw onderdeel in het beleid: ‘{ $title }’
# Variables:
#   $title (String) - title of the removed section
changes-section-removed = Geschrapt onderdeel: ‘{ $title }’
changes-affects-you = Voor jou:
# Variables:
#   $old (String) - the old title
#   $title (String) - the new title
changes-section-renamed = Onderdeel hernoemd: ‘{ $old }’ heet nu ‘{ $title }’
# Variables:
#   $title (String) - title of the section
changes-section-moved = Onderdeel verplaatst: ‘{ $title }’

## Vergelijking

# Variables:
#   $from (String) - publication date of the older version, written out
#   $to (String) - publication date of the newer version, written out
compare-heading = Wat er verandert tussen de versie van { $from } en die van { $to }
compare-structure-heading = Wat het beleid nu zegt over je gegevens
compare-structure-none = Er verandert niets aan welke gegevens we verwerken, waarom, met wie we ze delen en hoe lang we ze bewaren.
compare-notes-heading = Toelichting bij de wijzigingen
compare-note-material = Belangrijk
compare-note-editorial = Taal en opmaak
compare-text-heading = Tekstwijzigingen
compare-text-none = De tekst is niet gewijzigd.
compare-inserted = toegevoegd:{" "}
compare-deleted = verwijderd:{" "}
# Variables:
#   $section (String) - the section heading as printed
compare-paragraph-changed = Gewijzigd in { $section }
# Variables:
#   $section (String) - the section heading as printed
compare-paragraph-added = Nieuw in { $section }
# Variables:
#   $section (String) - the section heading as printed
compare-paragraph-removed = Geschrapt uit { $section }

## Banner

# Variables:
#   $date (String) - effective date of the new version, written out
banner-headline-upcoming = Vanaf { $date } verandert ons privacybeleid.
# Variables:
#   $date (String) - effective date of the new version, written out
banner-headline-changed = Ons privacybeleid is op { $date } veranderd.
# Variables:
#   $date (String) - publication date of the policy, written out
banner-headline-first = Lees ons privacybeleid van { $date }.
banner-summary-intro = Dit verandert er:
banner-compare-show = Bekijk alle wijzigingen
banner-compare-hide = Sluiten
banner-accept-button = Gelezen
banner-later-button = Later

## Beleidspagina: vergelijken

# Variables:
#   $published (String) - publication date of the older version, written out
page-history-compare = Vergelijk met de nieuwste versie
    .aria-label = Vergelijk met de nieuwste versie: de versie van { $published }
page-compare-close = Terug naar de volledige tekst

## Mijn gegevens

your-data-heading = Wat ons beleid zegt over je gegevens
# Variables:
#   $date (String) - publication date of the version in effect, written out
your-data-version = Volgens ons privacybeleid van { $date }, dat nu van kracht is.
your-data-business-note = De AVG beschermt de gegevens van mensen. Heb je een eenmanszaak of een personenvennootschap (zoals een vof), dan geldt ze voor de gegevens over jou en je bedrijf. Ze geldt ook voor de gegevens van de mensen in je bedrijf, zoals vennoten, bestuurders en contactpersonen. Gegevens over een rechtspersoon, zoals een bv, vallen op zich niet onder de AVG; gegevens die iets zeggen over een persoon binnen dat bedrijf wel.
your-data-held-heading = Gegevens die we volgens het beleid van je hebben
your-data-held-none = Het beleid noemt geen gegevens die voor jou gelden.
your-data-deleted-heading = Gegevens die volgens het beleid na gebruik worden verwijderd
your-data-deleted-note = Het beleid zegt dat deze na gebruik worden verwijderd: nadat ze zijn gebruikt om de toegang tot je account te herstellen.
your-data-purposes = Waarom
your-data-recipients = Wie ze ontvangt
your-data-recipients-none = Niet vermeld in het beleid
your-data-retention = Hoe lang we ze bewaren
your-data-sources = Waar ze vandaan komen
your-data-sections = Waar het beleid dit zegt
your-data-changes-heading = Wat er voor jou verandert
your-data-changes-heading-past = Wat er voor jou is veranderd
# Variables:
#   $date (String) - effective date of the newest version, written out
your-data-changes-intro = Ons privacybeleid verandert op { $date }.
# Variables:
#   $date (String) - effective date of the newest version, written out
your-data-changes-intro-past = Ons privacybeleid is op { $date } veranderd.
your-data-download = Downloaden (machineleesbaar, JSON)
    .title = Wat volgens het beleid voor jou geldt, als bestand. Het is geen kopie van je gegevens zelf (artikel 15, lid 3, AVG); die kun je bij ons opvragen.
your-data-print = Afdrukken of opslaan als pdf

# Variables:
#   $section (String) - title of the policy section
#   $categories (String) - names of data categories, comma-separated
changes-scope-changed = Veranderd in ‘{ $section }’: voor wie dit geldt. Gegevens: { $categories }
# Variables:
#   $section (String) - title of the policy section
changes-activity-added-no-categories = In ‘{ $section }’ komt een verwerking bij waarvoor het beleid geen gegevens noemt
# Variables:
#   $section (String) - title of the policy section
changes-activity-removed-no-categories = In ‘{ $section }’ vervalt een verwerking waarvoor het beleid geen gegevens noemde

## Banner: saving the acceptance (harden)

banner-saving = Bezig met opslaan…
banner-save-failed = Dat kon niet worden opgeslagen. Probeer het opnieuw.
banner-retry-button = Opnieuw proberen

## Jouw gegevens: wat het beleid zegt, en hoe zeker

your-data-possibly = Het beleid zegt: mogelijk
# Variables:
#   $items (String) - names of data categories, comma-separated
your-data-one-of = Het beleid zegt: dit of { $items }
your-data-outside-eea = Mogelijk buiten de EER (Verenigde Staten, Data Privacy Framework)
your-data-recipient-possibly = mogelijk
your-data-recipients-other-uses = Voor het overige gebruik: niet vermeld in het beleid

## Jouw gegevens: eerst het korte antwoord (art. 12, lid 7, AVG)

your-data-summary-kinds-one = Het beleid noemt één soort gegevens die we van je hebben of kunnen hebben.
# Variables:
#   $count (String) - how many kinds of data, in digits
your-data-summary-kinds = Het beleid noemt { $count } soorten gegevens die we van je hebben of kunnen hebben.
# Variables:
#   $recipients (String) - names of organisations, comma-separated
your-data-summary-recipients = Deze organisaties ontvangen een deel ervan: { $recipients }.
# Variables:
#   $retention (String) - the period, as the policy words it, starting in lower case
#   $items (String) - names of data categories, comma-separated, in lower case
your-data-summary-longest = De langste bewaartermijn die het beleid noemt: { $retention }, voor je { $items }
# Variables:
#   $retention (String) - how long, as the policy words it, starting in lower case
your-data-summary-others = Voor je andere gegevens: { $retention }.
your-data-retention-rule = Niet langer dan nodig is voor de doelen waarvoor we ze verwerken (een termijn noemt het beleid niet)
your-data-retention-us = Bij ons
your-data-unknown = niet bekend in je account


## Banner: notice, link and confirmation (polish)

banner-strip = Privacybeleid
banner-read-policy = Lees het privacybeleid
# Variables:
#   $date (String) - publication date of the version read, written out
banner-confirm-read = Bedankt. Je hebt het privacybeleid van { $date } gelezen.
banner-confirm-later = Goed. Je kunt het privacybeleid later lezen.
banner-confirm-dismiss = Sluiten
compare-new-section = Nieuw
banner-summary-more-one = Nog één wijziging staat in het overzicht van alle wijzigingen.
# Variables:
#   $count (String) - how many more changes, as a number
banner-summary-more = Nog { $count } wijzigingen staan in het overzicht van alle wijzigingen.

## The notice's first screen: what changes for this customer, in full sentences

notice-yours-intro = Voor jou:
notice-everyone-intro = Voor alle klanten:
# Variables:
#   $organisations (String) - the organisations, as a list ("Google en Microsoft")
#   $country (String) - where the data may go, from transfer-country-…
notice-transfer = Je gegevens kunnen via { $organisations } in { $country } terechtkomen.
# Variables:
#   $organisations (String) - the organisations, as a list ("Google en Microsoft")
#   $country (String) - where the data may go, from transfer-country-…
notice-transfer-described = Nu beschreven, en al zo: je gegevens kunnen via { $organisations } in { $country } terechtkomen.
# Variables:
#   $organisations (String) - the organisations, as a list
notice-transfer-removed = Je gegevens gaan niet langer via { $organisations } naar buiten de Europese Economische Ruimte.
notice-corrections-one = We hebben ook een onjuiste zin in het beleid verbeterd.
# Variables:
#   $count (String) - how many sentences, as a number
notice-corrections = We hebben ook { $count } onjuiste zinnen in het beleid verbeterd.
notice-depends-on-services = Wat er verder verandert, hangt af van je diensten.
notice-news-emails = Krijg je onze e-mails met nieuws en tips? Je kunt er altijd bezwaar tegen maken.
notice-rights = Het nieuwe beleid noemt je rechten en hoe je ze gebruikt.
# Variables:
#   $count (String) - how many sentences, as a number
#   $date (String) - effective date of the new version, written out
banner-headline-upcoming-corrected = We hebben { $count } onjuiste zinnen in ons privacybeleid verbeterd. De rest gaat in op { $date }.
# Variables:
#   $date (String) - effective date of the new version, written out
banner-headline-upcoming-corrected-one = We hebben een onjuiste zin in ons privacybeleid verbeterd. De rest gaat in op { $date }.
# Variables:
#   $rest (String) - every item but the last, comma-separated
#   $last (String) - the last item
list-and = { $rest } en { $last }

## The comparison: notes, wording and the text on demand

compare-editorial-heading = Taal en opmaak
# The words of a form of address, lower case: a paragraph whose changed words are all among
# them changed its wording only ("u" became "je").
compare-form-words = u uw je jouw jij
# Variables:
#   $count (String) - how many paragraphs, as a number
compare-wording-only = In { $count } alinea’s staat nu ‘je’ in plaats van ‘u’; verder veranderen ze niet.
compare-wording-only-one = In één alinea staat nu ‘je’ in plaats van ‘u’; verder verandert ze niet.
# Variables:
#   $count (String) - how many paragraphs, as a number
compare-text-summary = Tekstwijzigingen ({ $count } alinea’s)

## Your data: said once, and where to go from here

your-data-not-stated-once = Waar het beleid niet zegt waarom, aan wie of hoe lang, laten we die regel weg.
your-data-link-rights = Je rechten onder de AVG
your-data-link-access = Inzage of een kopie van je gegevens aanvragen
your-data-link-authority = Een klacht indienen bij de { -authority-name }
your-data-authority-url = https://www.autoriteitpersoonsgegevens.nl/

## Policy page: a newer version is published

# Variables:
#   $date (String) - publication date of the version in force, written out
#   $published (String) - publication date of the newer version that corrects it
your-data-version-corrected = Volgens ons privacybeleid van { $date }, dat nu van kracht is, met de verbeteringen van { $published } (die gelden nu al).
