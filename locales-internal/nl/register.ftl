### Het register van verwerkingsactiviteiten (artikel 30 AVG): alleen intern, en dus niet
### in de module. static-pages en de native tests lezen dit bestand zelf (src/register).

## Register van verwerkingsactiviteiten (artikel 30 AVG), intern

register-heading = Register van verwerkingsactiviteiten (artikel 30 AVG)
# Variables:
#   $version (String) - id of the policy version the register is built from
register-intro = Opgesteld uit het privacybeleid van versie { $version }. Wat het beleid niet vermeldt, staat als zodanig aangegeven; afgeleide feiten noemen hun reden; wat alleen { -company-name } kan aanleveren, staat als "nog aan te leveren".
register-to-be-supplied = Nog aan te leveren
register-controller-heading = Verwerkingsverantwoordelijke
register-controller-trade-name = Handelsnaam
register-controller-website = Website
register-controller-contact-route = Contactmogelijkheid
register-controller-legal-entity = Rechtspersoon
register-controller-postal-address = Postadres
register-controller-kvk-number = KvK-nummer
register-controller-privacy-email = E-mailadres voor privacyvragen
register-controller-dpo = Functionaris gegevensbescherming
register-activities-heading = Verwerkingsactiviteiten
register-col-activity = Activiteit
register-col-purposes = Doelen per gegevenscategorie
register-col-subjects = Betrokkenen
register-col-categories = Gegevenscategorieën
register-col-recipients = Ontvangers
register-col-transfers = Doorgifte buiten de EER
register-col-retention = Bewaartermijn
register-col-basis = Grondslag
# Variables:
#   $recipient (String) - name of the recipient
#   $basis (String) - the legal basis of the transfer
register-transfer-us = { $recipient }: Verenigde Staten; { $basis }
# Variables:
#   $recipient (String) - name of the recipient
register-transfer-not-stated = { $recipient }: locatie niet vermeld in het beleid
register-no-named-recipient = Geen ontvanger genoemd in het beleid
# Variables:
#   $provenance (String) - how the fact is known
#   $message (String) - id of the policy text that states it
register-stated-in = { $provenance } ({ $message })

list-all = Het beleid noemt alle gegevens
list-at-least = Het beleid noemt ten minste deze gegevens
provenance-stated = Vermeld in het beleid
provenance-inferred = Afgeleid, niet vermeld in het beleid
provenance-not-stated = Niet vermeld in het beleid
reason-contract-account = Nodig om het klantaccount aan te maken en te beheren
reason-contract-service = Nodig om de bestelde dienst te leveren
reason-contract-quote = Een stap op verzoek van de aspirant-klant vóór een overeenkomst
reason-contract-service-emails = Nodig om de klant te informeren over de dienst die hij afneemt
controller-trade-name = { -company-name }
controller-website = www.manetti.online
controller-contact-route = Het contactformulier op www.manetti.online
