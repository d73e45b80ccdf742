### Namen van de vaste lijsten in het beleid: gegevenscategorieën, doelen, ontvangers,
### bewaartermijnen, doelgroepen, klantfeiten en bronnen. Ook merknamen en maanden.

-company-name = Manetti IT
-authority-name = Autoriteit Persoonsgegevens

category-name = Naam
category-email = E-mailadres
category-phone = Telefoonnummer
category-postal-address = Adres
category-billing-address = Factuuradres
category-payment-data = Betaalgegevens
category-ip-address = IP-adres
category-email-content = Inhoud van e-mails en berichten
category-call-recording = Opname van telefoongesprekken
category-id-copy = Kopie legitimatie
category-chamber-of-commerce-extract = Uittreksel Kamer van Koophandel
category-gender = Geslacht
category-company-name = Bedrijfsnaam
category-company-address = Bedrijfsadres
category-online-signature = Online handtekening
category-visit-behaviour = Bezoekgedrag op onze websites
category-location = Fysieke locatie van een bezoeker
category-invoices = Facturen
category-correspondence = Verzonden communicatie
category-spam-reports = Als spam gemarkeerde berichten
category-unspecified = Gegevens die het beleid niet nader noemt

purpose-identify-customer = Weten met wie we zaken doen
purpose-contact-customer = Contact met je opnemen
purpose-send-invoices = Facturen sturen
purpose-confirm-payment = Weten dat er betaald is voor je diensten
purpose-answer-requests = Je verzoek beantwoorden en je in de toekomst beter helpen
purpose-recognize-caller = Zien wie er belt en wie we eventueel moeten terugbellen
purpose-restore-account-access = De toegang tot je account herstellen
purpose-verify-address = Je gegevens controleren op juistheid
purpose-register-domain = Je domeinnaam vastleggen
purpose-issue-certificate = Je SSL-certificaat aanvragen
purpose-tax-law = Voldoen aan de Nederlandse belastingwet
purpose-debt-collection = Incasso van onbetaalde facturen
purpose-datacenter-access = Je toegang geven tot het datacenter
purpose-spam-filtering = Spam en malafide e-mail filteren
purpose-send-quote = Je een offerte sturen
purpose-service-notifications = Je informeren over je diensten, limieten en storingen
purpose-internal-communication = Interne communicatie
purpose-fix-errors = Foutmeldingen op onze websites verhelpen
purpose-legal-obligation = Voldoen aan een verplichting tegenover de autoriteiten bij fraude of misbruik
purpose-website-analytics = Gebruikerservaring en marketing verbeteren
purpose-news-and-tips = Je op de hoogte houden van nieuws en tips (direct marketing)
purpose-not-stated = Doel niet vermeld in het beleid

recipient-payment-provider = Onze betaaldienstverlener
recipient-google-maps = Google Maps (kaart- en adresdienst van Google)
recipient-domain-ssl-supplier = Onze leverancier van domeinnamen en SSL-certificaten
recipient-domain-registries = Domeinnaamregisters
recipient-certificate-authorities = Certificaatautoriteiten
recipient-collection-agency = Het incassobureau waarmee we samenwerken
recipient-datacenter-supplier = Onze datacenterleverancier
recipient-spamexperts = SpamExperts (spamfilter voor de mailboxen van onze webhosting)
recipient-microsoft = Microsoft (Office 365)
recipient-quote-software-provider = De leverancier van onze offertesoftware
recipient-error-reporting-service = Een externe dienst voor foutrapportage
recipient-authorities = De relevante autoriteiten
recipient-google-analytics = Google Analytics (bezoekersstatistieken van Google)
recipient-unnamed-third-party = Een derde partij die het beleid niet noemt
recipient-tracking-pixel-parties = Andere partijen van wie we volgpixels gebruiken (het beleid noemt ze niet)
recipient-not-stated = Niet vermeld in het beleid

retention-not-stated = Niet vermeld in het beleid
retention-seven-years-tax-law = Zeven jaar (Nederlandse belastingwet)
retention-deleted-after-account-recovery = Verwijderd na gebruik voor het herstel van de toegang tot je account

audience-private = Particuliere klanten
audience-business = Zakelijke klanten
audience-website-visitor = Bezoekers van onze websites

fact-customer = Je bent klant
fact-domain = Je hebt een domeinnaam
fact-ssl-paid = Je hebt een betaald SSL-certificaat (geen Let’s Encrypt)
fact-colocation-access = Je hebt colocatie en vroeg toegang tot het datacenter
fact-mailbox-imap = Je hebt POP- of IMAP-mailboxen
fact-mailbox-office365 = Je hebt Office 365-mailboxen
fact-quote = Je vroeg een offerte aan
fact-contacted-phone = Je belde ons
fact-contacted-email = Je mailde ons
fact-contact-form = Je gebruikte het contactformulier
fact-account-recovery = De toegang tot je account werd hersteld
fact-invoice-in-collection = Een factuur van je ging naar het incassobureau
fact-error-report = Je kreeg een foutmelding op onze website
fact-visited-website = Je bezocht onze website

source-customer = Van jou
source-payment-provider = Van onze betaaldienstverlener
source-our-systems = Vastgelegd door onze eigen systemen
source-email-senders = Van de afzenders van de e-mail
source-google-analytics-tag = Vastgelegd door Google Analytics op onze websites
source-tracking-pixels = Vastgelegd door volgpixels (trackingpixels) op onze websites

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
# Variables:
#   $day (Number) - day of the month
#   $month (String) - month name, from month-1 … month-12
#   $year (Number) - year
date-long = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }
company-name-plain = { -company-name }

transfer-basis-eu-us-data-privacy-framework = adequaatheidsbesluit (EU) 2023/1795 van 10{"\u00A0"}juli{"\u00A0"}2023 voor het EU-VS-kader voor gegevensbescherming (Data Privacy Framework; artikel 45 AVG)
transfer-country-eu-us-data-privacy-framework = de Verenigde Staten
recipient-org-google-maps = Google
recipient-org-google-analytics = Google
recipient-org-microsoft = Microsoft
recipient-org-spamexperts = SpamExperts

basis-consent = Toestemming (artikel 6, lid 1, onder a, AVG)
basis-contract = Uitvoering van een overeenkomst (artikel 6, lid 1, onder b, AVG)
basis-legal-obligation = Wettelijke verplichting (artikel 6, lid 1, onder c, AVG)
basis-vital-interests = Vitale belangen (artikel 6, lid 1, onder d, AVG)
basis-public-task = Taak van algemeen belang (artikel 6, lid 1, onder e, AVG)
basis-legitimate-interests = Gerechtvaardigd belang (artikel 6, lid 1, onder f, AVG)
basis-not-stated = Niet vermeld in het beleid

subject-customers = Klanten
subject-contact-persons = Contactpersonen en bestuurders van zakelijke klanten
subject-callers = Bellers
subject-prospects = Aspirant-klanten
subject-email-correspondents = Mensen die ons of de mailboxen van onze klanten e-mailen
subject-datacenter-visitors = Bezoekers van het datacenter
subject-website-visitors = Bezoekers van onze websites

condition-billing-address-given = Alleen als je een factuuradres hebt opgegeven
condition-marked-spam = Alleen nadat je berichten als spam markeert
condition-company = Alleen voor een bedrijf

