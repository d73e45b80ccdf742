### Privacy policy of 26-11-2026, in effect from 01-01-2027: only what this version adds to,
### or says differently from, that of 24-05-2018. The rest comes from policy-2018-05-24.ftl.

## Change notes

policy-note-scope = Corrected: the policy said that business data is not covered by the GDPR (AVG). That is true only of data about legal persons, such as a private limited company. Data about sole traders and partnerships, and about contact persons and directors, is covered by the GDPR, and so by this policy.
policy-note-sources = Corrected: the policy said that we keep only the data you give us yourself. It now also names the other sources it already described, such as our payment provider, call recordings, error reports and Google Analytics.
policy-note-rights = New: an overview of your rights under the GDPR, including withdrawing consent, objecting to direct marketing and the conditions of the right to data portability, and where you can lodge a complaint.
policy-note-contact = New: how to contact us about your data, namely through the contact form on www.manetti.online.
policy-note-transfers = Now described: Google (for the Google Maps API and Google Analytics) and Microsoft (for Office 365) may transfer personal data to Google LLC and Microsoft Corporation in the United States. Google LLC and Microsoft Corporation are certified under the EU–US Data Privacy Framework. For the other recipients, the policy does not state in which country they process the data.
policy-note-spam-filter = The sentence on the spam filter for POP and IMAP mailboxes was unclear. It now says: the SpamExperts spam filter that comes with our web hosting.
policy-note-mailings-tracking = Now described separately: e-mails with news and tips, and tracking pixels of parties other than Google. The 2018 policy mentioned each of them in a single sentence only.
policy-note-bases-retention = New: on what legal basis and for how long we process data, as far as this policy states it. Where the policy states no basis or period, it now says so.
policy-note-changes = New: when this policy changes significantly, we let you know before the change takes effect.
policy-note-editorial = Spelling and grammar corrected, including in some headings, sentences clarified without changing what they say, and one form of address (je) throughout the Dutch text.

## Reworded text

policy-intro-title = Privacy policy
policy-datacenter-access-title = Data centre access
policy-quotes-lead = When you contact our sales department, for example for more information about our managed services, we may send you a quote using software from a third party.
policy-security-body = We take security measures to keep the risk of misuse of, and unauthorised access to, personal data to a minimum. We follow current best practices and security standards and frequently evaluate whether we are up to date in this area.
policy-changes-title = Changes to this privacy policy
policy-intro-collect = When you use our services, you leave data with us. This can include personal data. Much of it you give us yourself. Other data we receive from third parties, or it arises when you use our services and websites, for example payment data from our payment provider (see 1.1), the recording of a phone call (see 1.2), e-mails that others send to your mailbox (see 2.6), error reports (see 2.10) and data about your visits to our websites (see 3). We consider careful handling of personal data important, so we process and secure it with great care. In this privacy policy we describe which (categories of) personal data we collect, for what purpose we use it and with which recipients we share it.
policy-intro-avg = When we process personal data, we comply with the General Data Protection Regulation (GDPR, in Dutch AVG). You can use our services as a private person or as a business. Data about a legal person, such as a private limited company, is not in itself covered by the GDPR; data that says something about a person within that company is. Data about a sole trader or a partnership is about the entrepreneur or the partners, and is therefore also covered by the GDPR. The same goes for the data of contact persons and directors of businesses. This policy therefore also applies when you use our services as a business.
policy-intro-last-changed = The latest changes to this privacy policy were published on 26-11-2026 and apply from 01-01-2027.
policy-account-payment-data = Payment data, provided by our payment provider, so that we know that the services you use have been paid for
policy-contact-ip-address = The IP address you used while filling in the contact form on our website
policy-customer-service-email = When you contact us by e-mail or through the contact form on our website, we keep these messages in our secured e-mail system. We do this, first, so that we can answer and process your request and, second, to be able to help you better in the future.
policy-customer-service-phone = Besides contacting us by e-mail, you can also contact us by phone. When we are called, your phone number and your name (when known) appear on our telephones. This lets us see quickly who is calling and whom we may need to call back.
policy-account-recovery-title = Restoring account access
policy-account-recovery-lead = If you no longer have access to your account through the e-mail address of your account known to us, we ask you to provide the following data so that we can restore access to your account:
policy-account-recovery-deletion = After we have used these documents to restore access to your account, we delete them.
policy-verification-lead = Some information, such as your address and phone number, we may verify with the help of a third party.
policy-verification-google-maps = When you create an account, we ask for your address details and an optional billing address. When an address is entered in one of the fields, it is automatically checked for validity with the Google Maps API.
policy-service-delivery-lead = Some of the services we offer require the use of personal data, such as registering domain names or requesting an SSL certificate.
policy-service-delivery-ssl-lead = To create an SSL certificate (this does not apply to Let’s Encrypt certificates), we ask for and use the following data:
policy-service-delivery-suppliers = To register domain names and SSL certificates, we forward your data to our supplier for these products. Once that is done, they complete the process with the organisations concerned: domain name registries and certificate authorities.
policy-invoicing-retention = To be able to keep offering our services in the years to come, we have to charge for their use. To do so we issue an invoice, which contains personal data. To comply with Dutch tax law, we keep our invoices for seven years.
policy-invoicing-collection-lead = If certain conditions are met, we share personal data with the collection agency we work with. This can happen when the payment term of an invoice has passed and no payment has been made after several reminders. In that case the collection agency receives the following information from us:
policy-datacenter-access-lead = When you use our colocation services, we offer a way to visit the data centre, for example to maintain hardware. To gain access, you submit a request through our customer service, and we pass the following data on to our data centre supplier:
policy-spam-filtering-scanning = To keep unwanted e-mail such as spam out of your inbox and to prevent outgoing spam, we use the SpamExperts spam filter that comes with our web hosting for POP and IMAP mailboxes, and Microsoft's spam filter for Office 365 mailboxes. These systems scan incoming and outgoing e-mail messages and filter them for malicious content.
policy-spam-filtering-reports = When you mark messages as spam yourself, we share this with the supplier of the spam filter, so that the filter works better.
policy-external-communication-lead = When you are a customer of { -company-name }, we like to keep you informed about the services you use, about news we think you will not want to miss, and about how to get the most out of our products.
policy-service-emails-body = You receive these e-mails automatically when you use one of our services, and they generally contain useful information. When your data traffic limits are almost reached, or when there is an outage, we may e-mail you about it.
policy-internal-communication-body = Our staff use various tools for our internal communication and for keeping track of the progress of projects. Where possible we prefer e-mail for this, but not exclusively.
policy-error-reporting-body = While visiting our websites you may run into an error message. So that our developers can fix such errors, reports are sent automatically to an external service. These reports include the IP address and the e-mail address of the user, so that a report can be linked to the error message.
policy-error-reporting-example = An example of such a report is a failed login attempt, for which a report is made so that the cause of the failure can be traced.
policy-fraud-body = In case of suspicion or evidence of fraud or abuse, we may be required to disclose personal data to the relevant authorities.
policy-tracking-lead = We use several tracking pixels to improve the user experience and to optimise our marketing activities. One of them is Google Analytics (see 3.1). This policy does not say which other parties the other pixels belong to, or which data those pixels record.
policy-google-analytics-more-info = For more information on how Google collects and uses information, we refer you to Google’s privacy policy.
policy-changes-body = We reserve the right to change this privacy policy. The date of the last change is stated at the top of this document. In the event of significant changes, we will inform you by e-mail, on our website or in one of our control panels, before the change takes effect. We recommend that you consult this policy regularly so that you are aware of any changes.
policy-access-title = Access to and correction of your data
policy-access-body = For questions about our privacy policy, or about access to and changes to (including deletion of) your personal data, you can contact us at any time through the contact form on our website www.manetti.online. Your rights are set out in section 8.

## New sections

policy-news-emails-title = E-mails with news and tips
policy-news-emails-body = As a customer, you may also receive e-mails from us with news we think you will not want to miss, and with tips on getting the most out of our products. You can object to these e-mails at any time; we will then stop sending them to you (see 8).
policy-transfers-title = Transfers outside the European Economic Area
policy-transfers-lead = Google (for the Google Maps API and Google Analytics) and Microsoft (for Office 365) may transfer personal data to Google LLC and Microsoft Corporation in the United States, outside the European Economic Area (EEA). This concerns:
policy-transfers-google = Google, for checking addresses with the Google Maps API (see 2.2) and for Google Analytics (see 3.1): possible transfer to Google LLC
policy-transfers-microsoft = Microsoft, for the spam filter of Office 365 mailboxes (see 2.6): possible transfer to Microsoft Corporation
policy-transfers-basis = Google LLC and Microsoft Corporation are certified under the EU–US Data Privacy Framework. Transfers to them therefore rely on the adequacy decision of the European Commission of 10 July 2023 on that framework (Article 45 GDPR).
policy-transfers-others = For the other recipients, this policy does not state in which country they process the data.
policy-rights-title = Your rights under the GDPR (AVG)
policy-rights-lead = The GDPR gives you the following rights over your personal data:
policy-rights-access = Right of access: you may know which personal data we process about you, and get a copy of it (Article 15 GDPR).
policy-rights-rectification = Right to rectification: you may have inaccurate data corrected and incomplete data completed (Article 16 GDPR).
policy-rights-erasure = Right to erasure: you may ask us to delete your personal data (Article 17 GDPR).
policy-rights-restriction = Right to restriction of processing: you may ask us to restrict the processing of your data, for example while we check its accuracy (Article 18 GDPR).
policy-rights-objection = Right to object: you may object, on grounds relating to your particular situation, to processing that relies on our legitimate interest (Article 21(1) GDPR).
policy-rights-direct-marketing = Objecting to direct marketing: you may object at any time to the use of your data for direct marketing, such as our e-mails with news and tips. We will then stop, without weighing any other interest (Article 21(2) and (3) GDPR).
policy-rights-withdraw-consent = Withdrawing consent: where we process data on the basis of your consent, you may withdraw that consent at any time, as easily as you gave it. This applies from the moment you withdraw it; what we did on the basis of your consent before then remains lawful (Article 7(3) GDPR).
policy-rights-portability = Right to data portability: you may receive the personal data concerning you that you provided to us yourself in a structured, commonly used and machine-readable format, and transmit it to another organisation. Where technically feasible, we send it directly to that organisation at your request. This right applies only where we process the data by automated means on the basis of your consent or of a contract with you (Article 20(1) and (2) GDPR).
policy-rights-how = To use any of these rights, contact us through the contact form on www.manetti.online (see 6). We respond without undue delay and within one month at the latest. For complex requests or a large number of requests, that period may be extended by two further months; we will then tell you so within the first month (Article 12(3) GDPR).
policy-rights-complaint = If you disagree with how we handle your personal data, you can lodge a complaint with the { -authority-name }, or with the supervisory authority in the EU country where you live or work, or where the alleged infringement took place (Article 77 GDPR).
policy-retention-title = Retention periods
policy-retention-lead = We keep personal data no longer than necessary for the purposes for which we process it (Article 5(1)(e) GDPR). For this data, the policy states a period:
policy-retention-invoices = Invoices: seven years, to comply with Dutch tax law (see 2.4)
policy-retention-id-copy = Copy of proof of identity: deleted after we have used it to restore access to your account (see Restoring account access)
policy-retention-chamber-of-commerce-extract = Chamber of Commerce extract: deleted after we have used it to restore access to your account (see Restoring account access)
policy-retention-other = This policy states no retention period for the other data.
policy-bases-title = Legal bases
policy-bases-lead = The GDPR allows personal data to be processed only on one of the legal bases in Article 6 GDPR. This policy states the following:
policy-bases-invoices = We keep invoices to comply with Dutch tax law: a legal obligation (Article 6(1)(c) GDPR; see 2.4)
policy-bases-authorities = We hand over personal data to the relevant authorities when we are required to: a legal obligation (Article 6(1)(c) GDPR; see 2.11)
policy-bases-other = This policy states no legal basis for the other processing.
