### Privacybeleid van 26-11-2026, van kracht vanaf 01-01-2027: alleen wat deze versie
### toevoegt of anders zegt dan die van 24-05-2018. De rest komt uit policy-2018-05-24.ftl.

## Wijzigingsnotities

policy-note-scope = Verbeterd: het beleid zei dat bedrijfsgegevens niet onder de AVG vallen. Dat geldt alleen voor gegevens over rechtspersonen, zoals een bv. Gegevens over eenmanszaken en personenvennootschappen (zoals een vof), en over contactpersonen en bestuurders, vallen wel onder de AVG en dus onder dit beleid.
policy-note-sources = Verbeterd: het beleid zei dat we alleen gegevens bewaren die je zelf aan ons opgeeft. Het noemt nu ook de andere bronnen die het al beschreef, zoals onze payment provider, telefoonopnames, foutrapportages en Google Analytics.
policy-note-rights = Nieuw: een overzicht van je rechten onder de AVG, waaronder het intrekken van toestemming, bezwaar tegen direct marketing en de voorwaarden van het recht op overdraagbaarheid, en waar je een klacht kunt indienen.
policy-note-contact = Nieuw: hoe je contact met ons opneemt over je gegevens, namelijk via het contactformulier op www.manetti.online.
policy-note-transfers = Nu beschreven: Google (voor de Google Maps API en Google Analytics) en Microsoft (voor Office 365) kunnen persoonsgegevens doorgeven aan Google LLC en Microsoft Corporation in de Verenigde Staten. Google LLC en Microsoft Corporation zijn gecertificeerd onder het EU-VS Data Privacy Framework. Voor de andere ontvangers vermeldt het beleid niet in welk land zij de gegevens verwerken.
policy-note-spam-filter = De zin over het spamfilter voor POP- en IMAP-mailboxen was onduidelijk. Hij zegt nu: het spamfilter van SpamExperts dat bij onze webhosting hoort.
policy-note-mailings-tracking = Nu apart beschreven: e-mails met nieuws en tips, en trackingpixels van andere partijen dan Google. Het beleid van 2018 noemde ze elk maar in één zin.
policy-note-bases-retention = Nieuw: op welke grondslag en hoe lang we gegevens verwerken, voor zover dit beleid dat noemt. Waar het beleid geen grondslag of termijn noemt, staat dat er nu ook.
policy-note-changes = Nieuw: bij belangrijke wijzigingen van dit beleid laten we het je weten voordat ze ingaan.
policy-note-editorial = Taalfouten verbeterd, ook in enkele titels, zinnen verduidelijkt zonder de inhoud te veranderen, en in de Nederlandse tekst overal dezelfde aanspreekvorm (je).

## Aangepaste tekst

policy-intro-title = Privacybeleid
policy-datacenter-access-title = Datacentertoegang
policy-quotes-lead = Wanneer je contact opneemt met onze verkoopafdeling, bijvoorbeeld voor meer informatie over onze beheerde diensten (managed services), kunnen we je een offerte sturen met behulp van software van een derde partij.
policy-security-body = We nemen beveiligingsmaatregelen om de kans op misbruik van en ongeautoriseerde toegang tot persoonsgegevens tot een minimum te beperken. We houden ons aan hedendaagse best practices en beveiligingsstandaarden en evalueren frequent of we op dit gebied bij de tijd zijn.
policy-changes-title = Wijzigingen in dit privacybeleid
policy-intro-collect = Bij het gebruik van onze diensten laat je gegevens bij ons achter. Dat kunnen persoonsgegevens zijn. Veel gegevens geef je zelf aan ons op. Andere gegevens krijgen we van derden, of ze ontstaan bij het gebruik van onze diensten en websites, bijvoorbeeld betaalgegevens van onze payment provider (zie 1.1), de opname van een telefoongesprek (zie 1.2), e-mails die anderen naar je mailbox sturen (zie 2.6), foutrapportages (zie 2.10) en gegevens over je bezoek aan onze websites (zie 3). We vinden een zorgvuldige omgang met persoonsgegevens belangrijk; daarom verwerken en beveiligen we ze met grote zorg. In dit privacybeleid beschrijven we welke (categorieën) persoonsgegevens we verzamelen, met welk doel we ze gebruiken en met welke ontvangers we ze delen.
policy-intro-avg = Bij het verwerken van persoonsgegevens houden we ons aan de Algemene Verordening Gegevensbescherming (AVG). Je kunt onze diensten als particulier en als bedrijf gebruiken. Gegevens over een rechtspersoon, zoals een bv, vallen op zich niet onder de AVG; gegevens die iets zeggen over een persoon binnen dat bedrijf wel. Gegevens over een eenmanszaak of een personenvennootschap (zoals een vof) gaan over de ondernemer of de vennoten, en vallen daarom ook onder de AVG. Dat geldt ook voor de gegevens van contactpersonen en bestuurders van bedrijven. Dit beleid geldt dus ook als je onze diensten als bedrijf gebruikt.
policy-intro-last-changed = De laatste wijzigingen in dit privacybeleid zijn gepubliceerd op 26-11-2026 en gelden vanaf 01-01-2027.
policy-account-payment-data = Betaalgegevens, verstrekt door onze payment provider, zodat we weten dat er betaald is voor de diensten die je gebruikt
policy-contact-ip-address = Het IP-adres dat je gebruikte bij het invullen van het contactformulier op onze website
policy-customer-service-email = Wanneer je contact met ons opneemt via e-mail of het contactformulier op onze website, bewaren we deze berichten in ons beveiligde e-mailsysteem. Ten eerste doen we dit zodat we je verzoek kunnen beantwoorden en verwerken, en ten tweede om je in de toekomst beter te kunnen helpen.
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
policy-spam-filtering-scanning = Om ongewenste e-mail zoals spam uit je inbox te weren en om uitgaande spamberichten te voorkomen, gebruiken we voor POP- en IMAP-mailboxen het spamfilter van SpamExperts dat bij onze webhosting hoort, en voor Office 365-mailboxen het spamfilter van Microsoft. Deze systemen scannen in- en uitgaande e-mailberichten en filteren ze op malafide inhoud.
policy-spam-filtering-reports = Als je zelf berichten als spam markeert, delen we dat met de leverancier van het spamfilter, zodat het filter beter werkt.
policy-external-communication-lead = Als je klant bent van { -company-name }, houden we je graag op de hoogte van de diensten die je afneemt, van nieuws waarvan we denken dat je het niet wilt missen en van hoe je het meeste uit onze producten haalt.
policy-service-emails-body = Deze e-mails krijg je automatisch wanneer je een dienst bij ons afneemt, en ze bevatten over het algemeen nuttige informatie. Als je limieten voor dataverkeer bijna bereikt zijn of als er een storing is, kunnen we je daarover mailen.
policy-internal-communication-body = Onze medewerkers gebruiken verschillende hulpmiddelen voor onze interne communicatie en voor het bijhouden van de voortgang van projecten. Waar mogelijk gebruiken we daarvoor bij voorkeur e-mail, maar niet uitsluitend.
policy-error-reporting-body = Het kan voorkomen dat je tijdens een bezoek aan onze websites een foutmelding tegenkomt. Om ervoor te zorgen dat onze ontwikkelaars zulke fouten kunnen verhelpen, worden er automatisch rapportages verzonden naar een externe dienst. In deze rapportages staan het IP-adres en het e-mailadres van de gebruiker, zodat een rapportage aan de foutmelding kan worden gekoppeld.
policy-error-reporting-example = Een voorbeeld van zo'n rapportage is een mislukte inlogpoging, waarbij een rapportage wordt gemaakt om de oorzaak van het mislukken te kunnen achterhalen.
policy-fraud-body = Bij een vermoeden of bewijs van fraude of misbruik kunnen we verplicht zijn om persoonsgegevens te verstrekken aan de relevante autoriteiten.
policy-tracking-lead = We gebruiken meerdere trackingpixels om de gebruikerservaring te verbeteren en om onze marketingactiviteiten te optimaliseren. Een daarvan is Google Analytics (zie 3.1). Van welke andere partijen de overige pixels zijn, en welke gegevens die pixels vastleggen, staat niet in dit beleid.
policy-google-analytics-more-info = Voor meer informatie over hoe Google informatie verzamelt en gebruikt, verwijzen we je naar het privacybeleid van Google.
policy-changes-body = We behouden ons het recht voor om dit privacybeleid te wijzigen. Bovenaan dit document staat de datum van de laatste wijziging. Bij belangrijke wijzigingen brengen we je op de hoogte per e-mail, via onze website of via een van onze controlepanelen, en wel vóórdat de wijziging van kracht wordt. We raden je aan dit beleid regelmatig te raadplegen, zodat je op de hoogte bent van eventuele veranderingen.
policy-access-title = Inzage in en wijzigen van je gegevens
policy-access-body = Voor vragen over ons privacybeleid, of over inzage in en wijziging (waaronder verwijdering) van je persoonsgegevens, kun je altijd contact met ons opnemen via het contactformulier op onze website www.manetti.online. Welke rechten je hebt, lees je in hoofdstuk 8.

## Nieuwe onderdelen

policy-news-emails-title = E-mails met nieuws en tips
policy-news-emails-body = Als klant kun je ook e-mails van ons krijgen met nieuws waarvan we denken dat je het niet wilt missen, en met tips om het meeste uit onze producten te halen. Je kunt altijd bezwaar maken tegen deze e-mails; dan sturen we ze je niet meer (zie 8).
policy-transfers-title = Doorgifte buiten de Europese Economische Ruimte
policy-transfers-lead = Google (voor de Google Maps API en Google Analytics) en Microsoft (voor Office 365) kunnen persoonsgegevens doorgeven aan Google LLC en Microsoft Corporation in de Verenigde Staten, buiten de Europese Economische Ruimte (EER). Het gaat om:
policy-transfers-google = Google, voor de controle van adressen met de Google Maps API (zie 2.2) en voor Google Analytics (zie 3.1): mogelijke doorgifte aan Google LLC
policy-transfers-microsoft = Microsoft, voor het spamfilter van Office 365-mailboxen (zie 2.6): mogelijke doorgifte aan Microsoft Corporation
policy-transfers-basis = Google LLC en Microsoft Corporation zijn gecertificeerd onder het EU-VS Data Privacy Framework. De doorgifte aan hen berust daarom op het adequaatheidsbesluit van de Europese Commissie van 10 juli 2023 over dat framework (artikel 45 AVG).
policy-transfers-others = Voor de andere ontvangers vermeldt dit beleid niet in welk land zij de gegevens verwerken.
policy-rights-title = Je rechten onder de AVG
policy-rights-lead = De AVG geeft je de volgende rechten over je persoonsgegevens:
policy-rights-access = Recht op inzage: je mag weten welke persoonsgegevens we van je verwerken, en een kopie daarvan krijgen (artikel 15 AVG).
policy-rights-rectification = Recht op rectificatie: je mag onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen (artikel 16 AVG).
policy-rights-erasure = Recht op gegevenswissing: je mag ons vragen je persoonsgegevens te verwijderen (artikel 17 AVG).
policy-rights-restriction = Recht op beperking van de verwerking: je mag ons vragen de verwerking van je gegevens te beperken, bijvoorbeeld zolang we de juistheid ervan controleren (artikel 18 AVG).
policy-rights-objection = Recht van bezwaar: je mag bezwaar maken tegen verwerking die berust op ons gerechtvaardigd belang, vanwege je specifieke situatie (artikel 21, lid 1, AVG).
policy-rights-direct-marketing = Bezwaar tegen direct marketing: tegen het gebruik van je gegevens voor direct marketing, zoals onze e-mails met nieuws en tips, mag je altijd bezwaar maken. Dan stoppen we daarmee, zonder verdere afweging (artikel 21, lid 2 en 3, AVG).
policy-rights-withdraw-consent = Toestemming intrekken: verwerken we gegevens op basis van je toestemming, dan mag je die toestemming altijd intrekken, net zo makkelijk als je haar gaf. Dat geldt vanaf het moment van intrekken; wat we daarvoor op basis van je toestemming deden, blijft rechtmatig (artikel 7, lid 3, AVG).
policy-rights-portability = Recht op overdraagbaarheid: de persoonsgegevens over jou die je zelf aan ons hebt verstrekt, mag je in een gestructureerde, gangbare en machineleesbare vorm krijgen en aan een andere organisatie doorgeven. Als dat technisch mogelijk is, sturen we ze op je verzoek rechtstreeks naar die organisatie. Dit recht geldt alleen als we de gegevens geautomatiseerd verwerken op basis van je toestemming of van een overeenkomst met je (artikel 20, lid 1 en 2, AVG).
policy-rights-how = Wil je een van deze rechten gebruiken, neem dan contact met ons op via het contactformulier op www.manetti.online (zie 6). We reageren zonder onnodige vertraging en uiterlijk binnen een maand. Bij complexe verzoeken of een groot aantal verzoeken kan die termijn met twee maanden worden verlengd; dat laten we je dan binnen de eerste maand weten (artikel 12, lid 3, AVG).
policy-rights-complaint = Ben je het niet eens met hoe we met je persoonsgegevens omgaan, dan kun je een klacht indienen bij de { -authority-name }, of bij de toezichthoudende autoriteit in het EU-land waar je woont of werkt, of waar de vermeende inbreuk plaatsvond (artikel 77 AVG).
policy-retention-title = Bewaartermijnen
policy-retention-lead = We bewaren persoonsgegevens niet langer dan nodig is voor de doelen waarvoor we ze verwerken (artikel 5, lid 1, onder e, AVG). Voor deze gegevens noemt dit beleid een termijn:
policy-retention-invoices = Facturen: zeven jaar, om te voldoen aan de Nederlandse belastingwet (zie 2.4)
policy-retention-id-copy = Kopie legitimatie: verwijderd nadat we die hebben gebruikt om de toegang tot je account te herstellen (zie Herstellen van accounttoegang)
policy-retention-chamber-of-commerce-extract = Uittreksel Kamer van Koophandel: verwijderd nadat we het hebben gebruikt om de toegang tot je account te herstellen (zie Herstellen van accounttoegang)
policy-retention-other = Voor de andere gegevens noemt dit beleid geen bewaartermijn.
policy-bases-title = Grondslagen
policy-bases-lead = De AVG staat het verwerken van persoonsgegevens alleen toe op een van de grondslagen in artikel 6 AVG. Dit beleid noemt de volgende:
policy-bases-invoices = Facturen bewaren we om te voldoen aan de Nederlandse belastingwet: een wettelijke verplichting (artikel 6, lid 1, onder c, AVG; zie 2.4)
policy-bases-authorities = Persoonsgegevens dragen we over aan de relevante autoriteiten als we daartoe verplicht zijn: een wettelijke verplichting (artikel 6, lid 1, onder c, AVG; zie 2.11)
policy-bases-other = Voor de andere verwerkingen noemt dit beleid geen grondslag.
