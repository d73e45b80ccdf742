//! The closed lists of the model (categories, purposes, recipients, …): enums with a stable
//! id and a Fluent message each, so a typo in a version file is a build error.

use crate::compiled::MessageId;
use serde::{Deserialize, Serialize};

/// A value of one of the closed lists: a stable id, and the Fluent message that names it.
pub trait ClosedList: Copy + PartialEq + 'static {
    fn id(self) -> &'static str;
    fn message(self) -> MessageId<'static>;
}

/// Defines a closed list: the enum, its ids and messages, its decoder. Exported, so that the
/// core's customer record defines its lists (services, events) the same way.
#[macro_export]
macro_rules! closed_list {
    ($(#[$doc:meta])* $name:ident, $prefix:literal { $($variant:ident = $id:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $(#[serde(rename = $id)] $variant),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The kebab-case id used in version files, the JS data and Fluent ids.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),* }
            }
            /// The Fluent message that names this value: the prefix and the id (no second
            /// literal of the whole key, see `MessageId`).
            pub fn message(self) -> $crate::compiled::MessageId<'static> {
                $crate::compiled::MessageId { prefix: $prefix, name: self.id() }
            }
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }
        }

        impl $crate::codec::Decode for $name {
            fn decode(r: &mut $crate::codec::Reader) -> Self {
                match Self::ALL.get(usize::from(r.u8())) {
                    Some(value) => *value,
                    None => {
                        r.fail();
                        Self::ALL[0]
                    }
                }
            }
        }

        impl $crate::closed::ClosedList for $name {
            fn id(self) -> &'static str {
                $name::id(self)
            }
            fn message(self) -> $crate::compiled::MessageId<'static> {
                $name::message(self)
            }
        }
    };
}

closed_list!(
    /// Kinds of personal data.
    Category, "category-" {
        Name = "name",
        Email = "email",
        Phone = "phone",
        PostalAddress = "postal-address",
        BillingAddress = "billing-address",
        PaymentData = "payment-data",
        IpAddress = "ip-address",
        EmailContent = "email-content",
        CallRecording = "call-recording",
        IdCopy = "id-copy",
        ChamberOfCommerceExtract = "chamber-of-commerce-extract",
        Gender = "gender",
        CompanyName = "company-name",
        CompanyAddress = "company-address",
        OnlineSignature = "online-signature",
        VisitBehaviour = "visit-behaviour",
        Location = "location",
        Invoices = "invoices",
        Correspondence = "correspondence",
        SpamReports = "spam-reports",
        Unspecified = "unspecified",
    }
);

closed_list!(
    /// Why data is processed.
    Purpose, "purpose-" {
        IdentifyCustomer = "identify-customer",
        ContactCustomer = "contact-customer",
        SendInvoices = "send-invoices",
        ConfirmPayment = "confirm-payment",
        AnswerRequests = "answer-requests",
        RecognizeCaller = "recognize-caller",
        RestoreAccountAccess = "restore-account-access",
        VerifyAddress = "verify-address",
        RegisterDomain = "register-domain",
        IssueCertificate = "issue-certificate",
        TaxLaw = "tax-law",
        DebtCollection = "debt-collection",
        DatacenterAccess = "datacenter-access",
        SpamFiltering = "spam-filtering",
        SendQuote = "send-quote",
        ServiceNotifications = "service-notifications",
        InternalCommunication = "internal-communication",
        FixErrors = "fix-errors",
        LegalObligation = "legal-obligation",
        WebsiteAnalytics = "website-analytics",
        NewsAndTips = "news-and-tips",
        NotStated = "not-stated",
    }
);

closed_list!(
    /// Who receives data besides Manetti IT.
    Recipient, "recipient-" {
        PaymentProvider = "payment-provider",
        GoogleMaps = "google-maps",
        DomainSslSupplier = "domain-ssl-supplier",
        DomainRegistries = "domain-registries",
        CertificateAuthorities = "certificate-authorities",
        CollectionAgency = "collection-agency",
        DatacenterSupplier = "datacenter-supplier",
        SpamExperts = "spamexperts",
        Microsoft = "microsoft",
        QuoteSoftwareProvider = "quote-software-provider",
        ErrorReportingService = "error-reporting-service",
        Authorities = "authorities",
        UnnamedThirdParty = "unnamed-third-party",
        GoogleAnalytics = "google-analytics",
        TrackingPixelParties = "tracking-pixel-parties",
        NotStated = "not-stated",
    }
);

closed_list!(
    /// How long data is kept, as far as the policy states it.
    Retention, "retention-" {
        NotStated = "not-stated",
        SevenYearsTaxLaw = "seven-years-tax-law",
        DeletedAfterAccountRecovery = "deleted-after-account-recovery",
    }
);

closed_list!(
    /// Whom an activity concerns.
    Audience, "audience-" {
        Private = "private",
        Business = "business",
        WebsiteVisitor = "website-visitor",
    }
);

closed_list!(
    /// A fact about a customer that makes an activity apply to them.
    Fact, "fact-" {
        Customer = "customer",
        Domain = "domain",
        SslPaid = "ssl-paid",
        ColocationAccess = "colocation-access",
        MailboxImap = "mailbox-imap",
        MailboxOffice365 = "mailbox-office365",
        Quote = "quote",
        ContactedPhone = "contacted-phone",
        ContactedEmail = "contacted-email",
        ContactForm = "contact-form",
        AccountRecovery = "account-recovery",
        InvoiceInCollection = "invoice-in-collection",
        ErrorReport = "error-report",
        VisitedWebsite = "visited-website",
    }
);

closed_list!(
    /// Where data comes from.
    Source, "source-" {
        Customer = "customer",
        PaymentProvider = "payment-provider",
        OurSystems = "our-systems",
        EmailSenders = "email-senders",
        GoogleAnalyticsTag = "google-analytics-tag",
        TrackingPixels = "tracking-pixels",
    }
);

closed_list!(
    /// The legal basis of a transfer outside the EEA.
    TransferBasis, "transfer-basis-" {
        EuUsDataPrivacyFramework = "eu-us-data-privacy-framework",
    }
);

closed_list!(
    /// The legal basis of processing: AVG/GDPR art. 6(1) (a)–(f), or not stated.
    Basis, "basis-" {
        Consent = "consent",
        Contract = "contract",
        LegalObligation = "legal-obligation",
        VitalInterests = "vital-interests",
        PublicTask = "public-task",
        LegitimateInterests = "legitimate-interests",
        NotStated = "not-stated",
    }
);

closed_list!(
    /// Whose personal data an activity concerns (art. 30(1)(c)).
    DataSubject, "subject-" {
        Customers = "customers",
        ContactPersons = "contact-persons",
        Callers = "callers",
        Prospects = "prospects",
        EmailCorrespondents = "email-correspondents",
        DatacenterVisitors = "datacenter-visitors",
        WebsiteVisitors = "website-visitors",
    }
);

closed_list!(
    /// A fact about the customer that one data item depends on: a billing address was given
    /// (a `null` profile field is unknown), messages were marked as spam, the customer is a
    /// business (so a company name and address exist).
    Condition, "condition-" {
        BillingAddressGiven = "billing-address-given",
        MarkedSpam = "marked-spam",
        Company = "company",
    }
);

closed_list!(
    /// Whether a list of data items is complete or a minimum.
    ListKind, "list-" {
        All = "all",
        AtLeast = "at-least",
    }
);

#[allow(clippy::derivable_impls)]
impl Default for ListKind {
    fn default() -> Self {
        ListKind::All
    }
}

closed_list!(
    /// The facts of the controller block, in register order.
    ControllerFact, "controller-fact-" {
        TradeName = "trade-name",
        Website = "website",
        ContactRoute = "contact-route",
        LegalEntity = "legal-entity",
        PostalAddress = "postal-address",
        KvkNumber = "kvk-number",
        PrivacyEmail = "privacy-email",
        Dpo = "dpo",
    }
);
