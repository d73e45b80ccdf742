### De onderdelen rond de tekst van het beleid: beleidspagina, banner en "Mijn gegevens".

## Beleidspagina

page-language-nav =
    .aria-label = Taal
page-language-nl = Nederlands
page-language-en = English
page-toc-heading = Inhoud
page-translation-note = Dit is de Nederlandse tekst van het beleid; deze tekst is bindend.
# Variables:
#   $date (String) - publication date, written out
page-version = Versie van { $date }
# Variables:
#   $date (String) - effective date, written out
page-effective-since = Van kracht sinds { $date }
# Variables:
#   $date (String) - effective date, written out
page-effective-from = Van kracht vanaf { $date }
page-history-heading = Versiegeschiedenis
# Variables:
#   $published (String) - publication date, written out
#   $effective (String) - effective date, written out
page-history-entry = Versie van { $published } (van kracht vanaf { $effective })
page-history-in-effect = Nu van kracht
