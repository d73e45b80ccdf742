### Privacy policy of 20-11-2026, in effect from 01-01-2027: only what this version adds to,
### or says differently from, that of 24-05-2018. The rest comes from policy-2018-05-24.ftl.

## Change notes

policy-note-rights = New: an overview of your rights under the GDPR (AVG), and your right to lodge a complaint with the { -authority-name }.
policy-note-transfers = New: which recipients process data outside the European Economic Area (Google and Microsoft), and on what basis.
policy-note-retention = The retention periods the policy states are now listed together, per category of data.
policy-note-editorial = Spelling and grammar corrected in the Dutch text, and one form of address (je) throughout.

## Reworded text

policy-intro-last-changed = The latest changes to this privacy policy were published on 20-11-2026 and apply from 01-01-2027.
policy-account-payment-data = Payment data, provided by our payment provider, so that we know that the services you use have been paid for
policy-contact-ip-address = The IP address you used while filling in the contact form on our website
policy-customer-service-email = When you contact us by e-mail or through the contact form on our website, we keep these messages in our secured e-mail system. We do this, first, so that we can answer and process your request and, second, to be able to help you better in the future.
policy-customer-service-phone = Besides contacting us by e-mail, you can also contact us by phone. When we are called, your phone number and your name (when known) appear on our telephones. This lets us see quickly who is calling and whom we may need to call back.
policy-account-recovery-title = Restoring account access
policy-account-recovery-lead = If you no longer have access to your account through the e-mail address of your account known to us, we ask you to provide the following documents so that we can restore access to your account:
policy-account-recovery-deletion = After we have used these documents to restore access to your account, we delete them.
policy-verification-lead = Some information, such as your address and phone number, we may verify with the help of a third party.
policy-verification-google-maps = When you create an account, we ask for your address details and an optional billing address. When an address is entered in one of the fields, it is automatically checked for validity with the Google Maps API.
policy-service-delivery-lead = Some of the services we offer require the use of personal data, such as registering domain names or requesting an SSL certificate.
policy-service-delivery-ssl-lead = To create an SSL certificate (this does not apply to Let’s Encrypt certificates), we ask for and use the following data:
policy-service-delivery-suppliers = To register domain names and SSL certificates, we forward your data to our supplier for these products. Once that is done, they complete the process with the organisations concerned: domain name registries and certificate authorities.
policy-invoicing-retention = To be able to keep offering our services in the years to come, we have to charge for their use. To do so we issue an invoice, which contains personal data. To comply with Dutch tax law, we keep our invoices for seven years.
policy-invoicing-collection-lead = If certain conditions are met, we share personal data with the collection agency we work with. This can happen when the payment term of an invoice has passed and no payment has been made after several reminders. In that case the collection agency receives the following information from us:
policy-datacenter-access-lead = When you use our colocation services, we offer a way to visit the datacenter, for example to maintain hardware. To gain access, you submit a request through our customer service, and we pass the following data on to our datacenter supplier:
policy-spam-filtering-scanning = To keep unwanted e-mail such as spam out of your inbox and to prevent outgoing spam, we use the spam filter of SpamExperts, our web hosting supplier, for POP and IMAP mailboxes, and that of Microsoft for Office 365 mailboxes. These systems scan incoming and outgoing e-mail messages and filter them for malicious content.
policy-external-communication-lead = As a customer of { -company-name }, we like to keep you informed about the services you use, about news we think you will not want to miss, and about how to get the most out of our products.
policy-service-emails-body = You receive these e-mails automatically when you use one of our services, and they generally contain useful information. When your data traffic limits are almost reached, or when there is an outage, we may e-mail you about it.
policy-internal-communication-body = Our staff use various tools for our internal communication and for keeping track of the progress of projects. Where possible we prefer e-mail for this, but not exclusively.
policy-error-reporting-body = While visiting our websites you may run into an error message. So that our developers can fix such errors, reports are sent automatically to an external service. These reports include the IP address and the e-mail address of the user, so that a report can be linked to the error message.
policy-error-reporting-example = An example of such a report is a failed login attempt, for which a report is made so that the cause of the failure can be traced.
policy-fraud-body = In case of suspicion or evidence of fraud or abuse, we may be required to hand over personal data to the relevant authorities.
policy-google-analytics-more-info = For more information on how Google collects and uses information, we refer you to Google’s privacy policy.
policy-changes-body = We reserve the right to change this privacy policy. The date of the last change is stated at the top of this document. In the event of significant changes, we will inform you by e-mail, on our website or in one of our control panels, before the change takes effect. We recommend that you consult this policy regularly so that you are aware of any changes.
policy-access-title = Access to and correction of your data
policy-access-body = For questions about our privacy policy, or about access to and changes to (including deletion of) your personal data, you can contact us at any time.

## New sections

policy-transfers-title = Transfers outside the European Economic Area
policy-transfers-lead = Some recipients this policy names are US companies. Personal data may therefore be transferred to the United States, outside the European Economic Area (EEA):
policy-transfers-google = Google, for checking addresses with the Google Maps API (see 2.2) and for Google Analytics (see 3.1)
policy-transfers-microsoft = Microsoft, for the spam filter of Office 365 mailboxes (see 2.6)
policy-transfers-basis = These transfers rely on the adequacy decision of the European Commission of 10 July 2023 on the EU–US Data Privacy Framework (Article 45 GDPR). That decision covers US organisations that have joined the framework.
policy-rights-title = Your rights under the GDPR (AVG)
policy-rights-lead = The GDPR gives you the following rights over your personal data:
policy-rights-access = Right of access: you may know which personal data we process about you, and get a copy of it (Article 15 GDPR).
policy-rights-rectification = Right to rectification: you may have inaccurate data corrected and incomplete data completed (Article 16 GDPR).
policy-rights-erasure = Right to erasure: you may ask us to delete your personal data (Article 17 GDPR).
policy-rights-restriction = Right to restriction of processing: you may ask us to restrict the processing of your data, for example while we check its accuracy (Article 18 GDPR).
policy-rights-objection = Right to object: you may object to processing that relies on our legitimate interest (Article 21 GDPR).
policy-rights-portability = Right to data portability: you may receive the data you provided to us yourself in a structured, commonly used and machine-readable format, or have it sent to another party (Article 20 GDPR).
policy-rights-how = To use any of these rights, contact us (see 6). We respond within one month (Article 12 GDPR).
policy-rights-complaint = If you disagree with how we handle your personal data, you can lodge a complaint with the { -authority-name } (Article 77 GDPR).
policy-retention-title = Retention periods
policy-retention-lead = We keep personal data no longer than necessary for the purposes for which we process it (Article 5 GDPR). For this data, the policy states a fixed period:
policy-retention-invoices = Invoices: seven years, to comply with Dutch tax law (see 2.4)
policy-retention-id-copy = Copy of proof of identity: deleted once access to your account is restored (see Restoring account access)
policy-retention-chamber-of-commerce-extract = Chamber of Commerce extract: deleted once access to your account is restored (see Restoring account access)
policy-retention-other = For the other data in this policy, no fixed period is stated; the rule above applies to it.
