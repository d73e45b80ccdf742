### Names of the closed lists in the policy: data categories, purposes, recipients,
### retention, audiences, customer facts and sources. Also brand names and months.

-company-name = Manetti IT
-authority-name = Dutch Data Protection Authority (Autoriteit Persoonsgegevens)

category-name = Name
category-email = E-mail address
category-phone = Phone number
category-postal-address = Address
category-billing-address = Billing address
category-payment-data = Payment data
category-ip-address = IP address
category-email-content = Content of e-mails and messages
category-call-recording = Recordings of phone calls
category-id-copy = Copy of proof of identity
category-chamber-of-commerce-extract = Chamber of Commerce extract
category-gender = Gender
category-company-name = Company name
category-company-address = Company address
category-online-signature = Online signature
category-visit-behaviour = Browsing behaviour on our websites
category-location = Physical location of a visitor
category-invoices = Invoices
category-correspondence = Correspondence we sent
category-spam-reports = Messages marked as spam
category-unspecified = Data the policy does not specify

purpose-identify-customer = Knowing who we do business with
purpose-contact-customer = Contacting you
purpose-send-invoices = Sending invoices
purpose-confirm-payment = Knowing that your services have been paid for
purpose-answer-requests = Answering your request and helping you better in the future
purpose-recognize-caller = Seeing who is calling and whom we may need to call back
purpose-restore-account-access = Restoring access to your account
purpose-verify-address = Checking that your details are valid
purpose-register-domain = Registering your domain name
purpose-issue-certificate = Requesting your SSL certificate
purpose-tax-law = Complying with Dutch tax law
purpose-debt-collection = Collecting unpaid invoices
purpose-datacenter-access = Giving you access to the data centre
purpose-spam-filtering = Filtering spam and malicious e-mail
purpose-send-quote = Sending you a quote
purpose-service-notifications = Informing you about your services, limits and outages
purpose-internal-communication = Internal communication
purpose-fix-errors = Fixing errors on our websites
purpose-legal-obligation = Meeting an obligation towards the authorities in case of fraud or abuse
purpose-website-analytics = Improving user experience and marketing
purpose-news-and-tips = Keeping you informed of news and tips (direct marketing)
purpose-not-stated = Purpose not stated in the policy

recipient-payment-provider = Our payment provider
recipient-google-maps = Google Maps (Google’s map and address service)
recipient-domain-ssl-supplier = Our supplier of domain names and SSL certificates
recipient-domain-registries = Domain name registries
recipient-certificate-authorities = Certificate authorities
recipient-collection-agency = The collection agency we work with
recipient-datacenter-supplier = Our data centre supplier
recipient-spamexperts = SpamExperts (spam filter for the mailboxes of our web hosting)
recipient-microsoft = Microsoft (Office 365)
recipient-quote-software-provider = The provider of our quote software
recipient-error-reporting-service = An external error-reporting service
recipient-authorities = The relevant authorities
recipient-google-analytics = Google Analytics (Google’s visitor statistics)
recipient-unnamed-third-party = A third party the policy does not name
recipient-tracking-pixel-parties = Other parties whose tracking pixels we use (not named in the policy)
recipient-not-stated = Not stated in the policy

retention-not-stated = Not stated in the policy
retention-seven-years-tax-law = Seven years (Dutch tax law)
retention-deleted-after-account-recovery = Deleted after use to restore access to your account

audience-private = Private customers
audience-business = Business customers
audience-website-visitor = Visitors to our websites

fact-customer = You are a customer
fact-domain = You have a domain name
fact-ssl-paid = You have a paid SSL certificate (not Let’s Encrypt)
fact-colocation-access = You have colocation and asked for access to the data centre
fact-mailbox-imap = You have POP or IMAP mailboxes
fact-mailbox-office365 = You have Office 365 mailboxes
fact-quote = You asked for a quote
fact-contacted-phone = You phoned us
fact-contacted-email = You e-mailed us
fact-contact-form = You used the contact form
fact-account-recovery = Access to your account was restored
fact-invoice-in-collection = An invoice of yours went to the collection agency
fact-error-report = You hit an error on our website
fact-visited-website = You visited our website

source-customer = From you
source-payment-provider = From our payment provider
source-our-systems = Recorded by our own systems
source-email-senders = From the senders of the e-mail
source-google-analytics-tag = Recorded by Google Analytics on our websites
source-tracking-pixels = Recorded by tracking pixels on our websites

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Variables:
#   $day (Number) - day of the month
#   $month (String) - month name, from month-1 … month-12
#   $year (Number) - year
date-long = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }
company-name-plain = { -company-name }

transfer-basis-eu-us-data-privacy-framework = adequacy decision (EU) 2023/1795 of 10{"\u00A0"}July{"\u00A0"}2023 for the EU–US Data Privacy Framework (GDPR Article 45)
transfer-country-eu-us-data-privacy-framework = the United States
recipient-org-google-maps = Google
recipient-org-google-analytics = Google
recipient-org-microsoft = Microsoft
recipient-org-spamexperts = SpamExperts

basis-consent = Consent (GDPR Article 6(1)(a))
basis-contract = Performance of a contract (GDPR Article 6(1)(b))
basis-legal-obligation = Legal obligation (GDPR Article 6(1)(c))
basis-vital-interests = Vital interests (GDPR Article 6(1)(d))
basis-public-task = Public task (GDPR Article 6(1)(e))
basis-legitimate-interests = Legitimate interests (GDPR Article 6(1)(f))
basis-not-stated = Not stated in the policy

subject-customers = Customers
subject-contact-persons = Contact persons and directors of business customers
subject-callers = Callers
subject-prospects = Prospects
subject-email-correspondents = People who e-mail us or our customers’ mailboxes
subject-datacenter-visitors = Visitors to the data centre
subject-website-visitors = Visitors to our websites

condition-billing-address-given = Only if you gave a billing address
condition-marked-spam = Only after you mark messages as spam
condition-company = Only for a business

