### Privacybeleid van 20-11-2026, van kracht vanaf 01-01-2027: alleen wat deze versie
### toevoegt of anders zegt dan die van 24-05-2018. De rest komt uit policy-2018-05-24.ftl.

## Wijzigingsnotities

policy-note-rights = Nieuw: een overzicht van je rechten onder de AVG, en je recht om een klacht in te dienen bij de { -authority-name }.
policy-note-transfers = Nieuw: welke ontvangers gegevens buiten de Europese Economische Ruimte verwerken (Google en Microsoft), en op welke grond.
policy-note-retention = De bewaartermijnen die het beleid noemt, staan nu per gegevenscategorie bij elkaar.
policy-note-editorial = Taalfouten verbeterd, en overal dezelfde aanspreekvorm (je).

## Aangepaste tekst

policy-intro-last-changed = De laatste wijzigingen in dit privacybeleid zijn gepubliceerd op 20-11-2026 en gelden vanaf 01-01-2027.
policy-account-payment-data = Betaalgegevens, verstrekt door onze payment provider, zodat we weten dat er betaald is voor de diensten die je gebruikt
policy-contact-ip-address = Het IP-adres dat je gebruikte bij het invullen van het contactformulier op onze website
policy-customer-service-email = Wanneer je contact met ons opneemt via e-mail of het contactformulier op onze website, dan bewaren we deze berichten in ons beveiligde e-mailsysteem. Ten eerste doen we dit zodat we je verzoek kunnen beantwoorden en verwerken, en ten tweede om je in de toekomst beter te kunnen helpen.
policy-customer-service-phone = Naast het contact opnemen via e-mail heb je ook de mogelijkheid om telefonisch contact met ons op te nemen. Wanneer we gebeld worden, verschijnen je telefoonnummer en je naam (wanneer bekend) op onze telefoontoestellen. Hierdoor kunnen we snel zien wie er belt en wie we eventueel terug moeten bellen.
policy-account-recovery-title = Herstellen van accounttoegang
policy-account-recovery-lead = Als je geen toegang meer hebt tot je account via het bij ons bekende e-mailadres van je account, vragen we je de volgende gegevens aan te leveren om de toegang tot je account te kunnen herstellen:
policy-account-recovery-deletion = Nadat we deze documenten hebben gebruikt om de toegang tot je account te herstellen, verwijderen we ze.
policy-verification-lead = Sommige informatie, zoals je adres en telefoonnummer, verifiëren we mogelijk met behulp van een derde partij.
policy-verification-google-maps = Bij het aanmaken van een account vragen we om je adresgegevens en een optioneel factuuradres. Wanneer een adres in een van de velden wordt ingevoerd, wordt het automatisch gecontroleerd op geldigheid met de Google Maps API.
policy-service-delivery-lead = Voor een deel van de diensten die we aanbieden is het gebruik van persoonsgegevens noodzakelijk, zoals het vastleggen van domeinnamen of het aanvragen van een SSL-certificaat.
policy-service-delivery-ssl-lead = Voor het aanmaken van een SSL-certificaat (dit geldt niet voor Let’s Encrypt-certificaten) vragen en gebruiken we de volgende gegevens:
policy-service-delivery-suppliers = Voor het registreren van domeinnamen en het vastleggen van SSL-certificaten sturen we je gegevens door naar onze leverancier voor deze producten. Als dat gedaan is, ronden zij het proces af bij de organisaties in kwestie: domeinnaamregistraties en certificaatautoriteiten.
policy-invoicing-retention = Om onze diensten de komende jaren te kunnen blijven aanbieden, moeten we het gebruik ervan in rekening brengen. Daarvoor schrijven we een factuur uit, die persoonsgegevens bevat. Om te voldoen aan de Nederlandse belastingwet bewaren we onze facturen zeven jaar.
policy-invoicing-collection-lead = Als aan bepaalde voorwaarden is voldaan, delen we persoonsgegevens met het incassobureau waarmee we samenwerken. Dit kan gebeuren wanneer de betalingstermijn van een factuur is overschreden en er na meerdere herinneringen geen betaling is gedaan. Het incassobureau ontvangt in dat geval de volgende informatie van ons:
policy-datacenter-access-lead = Bij het gebruik van onze colocatiediensten bieden we een manier om het datacenter te bezoeken, bijvoorbeeld om hardware te onderhouden. Om toegang te krijgen dien je een verzoek in via onze klantenservice, waarbij we de volgende gegevens doorgeven aan onze datacenterleverancier:
policy-spam-filtering-scanning = Om ongewenste e-mail zoals spam uit je inbox te weren en om uitgaande spamberichten te voorkomen, gebruiken we het spamfilter van SpamExperts, de leverancier van onze webhosting, voor POP- en IMAP-mailboxen, en dat van Microsoft voor Office 365-mailboxen. Deze systemen scannen in- en uitgaande e-mailberichten en filteren ze op malafide inhoud.
policy-external-communication-lead = Als klant van { -company-name } houden we je graag op de hoogte van de diensten die je afneemt, van nieuws waarvan we denken dat je het niet wilt missen en van hoe je het meeste uit onze producten haalt.
policy-service-emails-body = Deze e-mails krijg je automatisch wanneer je een dienst bij ons afneemt, en ze bevatten over het algemeen nuttige informatie. Als je limieten voor dataverkeer bijna bereikt zijn of als er een storing is, kunnen we je daarover mailen.
policy-internal-communication-body = Onze medewerkers gebruiken verschillende hulpmiddelen voor onze interne communicatie en voor het bijhouden van de voortgang van projecten. Waar mogelijk gebruiken we daarvoor bij voorkeur e-mail, maar niet uitsluitend.
policy-error-reporting-body = Het kan voorkomen dat je tijdens een bezoek aan onze websites een foutmelding tegenkomt. Om ervoor te zorgen dat onze ontwikkelaars zulke fouten kunnen verhelpen, worden er automatisch rapportages verzonden naar een externe dienst. In deze rapportages staan het IP-adres en het e-mailadres van de gebruiker, zodat een rapportage aan de foutmelding kan worden gekoppeld.
policy-error-reporting-example = Een voorbeeld van zo'n rapportage is een mislukte inlogpoging, waarbij een rapportage wordt gemaakt om de oorzaak van het mislukken te kunnen achterhalen.
policy-fraud-body = Bij een vermoeden of bewijs van fraude of misbruik kunnen we verplicht zijn om persoonsgegevens over te dragen aan de relevante autoriteiten.
policy-google-analytics-more-info = Voor meer informatie over hoe Google informatie verzamelt en gebruikt, verwijzen we je naar het privacybeleid van Google.
policy-changes-body = We behouden ons het recht voor om dit privacybeleid te wijzigen. Bovenaan dit document staat de datum van de laatste wijziging. Bij belangrijke wijzigingen brengen we je op de hoogte per e-mail, via onze website of via een van onze controlepanelen, en wel vóórdat de wijziging van kracht wordt. We raden je aan dit beleid regelmatig te raadplegen, zodat je op de hoogte bent van eventuele veranderingen.
policy-access-title = Inzage in en wijzigen van je gegevens
policy-access-body = Voor vragen over ons privacybeleid, of over inzage in en wijziging (waaronder verwijdering) van je persoonsgegevens, kun je altijd contact met ons opnemen.

## Nieuwe onderdelen

policy-transfers-title = Doorgifte buiten de Europese Economische Ruimte
policy-transfers-lead = Enkele ontvangers die dit beleid noemt, zijn Amerikaanse bedrijven. Daardoor kunnen persoonsgegevens worden doorgegeven naar de Verenigde Staten, buiten de Europese Economische Ruimte (EER):
policy-transfers-google = Google, voor de controle van adressen met de Google Maps API (zie 2.2) en voor Google Analytics (zie 3.1)
policy-transfers-microsoft = Microsoft, voor het spamfilter van Office 365-mailboxen (zie 2.6)
policy-transfers-basis = Deze doorgifte berust op het adequaatheidsbesluit van de Europese Commissie van 10 juli 2023 over het EU-VS Data Privacy Framework (artikel 45 AVG). Dat besluit geldt voor Amerikaanse organisaties die zich bij het framework hebben aangesloten.
policy-rights-title = Je rechten onder de AVG
policy-rights-lead = De AVG geeft je de volgende rechten over je persoonsgegevens:
policy-rights-access = Recht op inzage: je mag weten welke persoonsgegevens we van je verwerken, en een kopie daarvan krijgen (artikel 15 AVG).
policy-rights-rectification = Recht op rectificatie: je mag onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen (artikel 16 AVG).
policy-rights-erasure = Recht op gegevenswissing: je mag ons vragen je persoonsgegevens te verwijderen (artikel 17 AVG).
policy-rights-restriction = Recht op beperking van de verwerking: je mag ons vragen de verwerking van je gegevens te beperken, bijvoorbeeld zolang we de juistheid ervan controleren (artikel 18 AVG).
policy-rights-objection = Recht van bezwaar: je mag bezwaar maken tegen verwerking die berust op ons gerechtvaardigd belang (artikel 21 AVG).
policy-rights-portability = Recht op overdraagbaarheid: je mag de gegevens die je ons zelf hebt verstrekt in een gestructureerde, gangbare en machineleesbare vorm krijgen, of laten doorsturen naar een andere partij (artikel 20 AVG).
policy-rights-how = Wil je een van deze rechten gebruiken, neem dan contact met ons op (zie 6). We reageren binnen een maand (artikel 12 AVG).
policy-rights-complaint = Ben je het niet eens met hoe we met je persoonsgegevens omgaan, dan kun je een klacht indienen bij de { -authority-name } (artikel 77 AVG).
policy-retention-title = Bewaartermijnen
policy-retention-lead = We bewaren persoonsgegevens niet langer dan nodig is voor de doelen waarvoor we ze verwerken (artikel 5 AVG). Voor deze gegevens noemt dit beleid een vaste termijn:
policy-retention-invoices = Facturen: zeven jaar, om te voldoen aan de Nederlandse belastingwet (zie 2.4)
policy-retention-id-copy = Kopie legitimatie: verwijderd zodra de toegang tot je account is hersteld (zie Herstellen van accounttoegang)
policy-retention-chamber-of-commerce-extract = Uittreksel Kamer van Koophandel: verwijderd zodra de toegang tot je account is hersteld (zie Herstellen van accounttoegang)
policy-retention-other = Voor de andere gegevens in dit beleid noemt het geen vaste termijn; daarvoor geldt de regel hierboven.
