//! The one table from every value of every closed list of the model to W3C DPV 2.3: a DPV
//! term, a node of our own under DPV terms, a "no DPV concept" with the reason, or "not
//! written to DPV" with the reason. The research behind each row, with the DPV definitions
//! quoted, is `vocab/dpv/MAPPING.md`; every term used is in the vendored term lists
//! (`vocab/dpv/*-terms.txt`, checked by `tests/dpv.rs` and the e2e test).
//!
//! The compiler holds that every value has a row (each `dpv` is an exhaustive `match`);
//! `tests/dpv.rs` holds that every closed list of `crates/model/src/closed.rs` is here.

use manetti_privacy_model::closed::*;
use manetti_privacy_model::ClosedList;

/// How a value of a closed list is written in DPV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dpv {
    /// The value is this DPV term: its IRI is written as it is. For `ControllerFact`, the
    /// term is the property the fact is written with.
    Is(&'static str),
    /// A node of our own (its own IRI and label), under these DPV terms: `skos:broader` for a
    /// concept (purposes, data, subjects, sources, transfer bases), `@type` for an entity or a
    /// condition (recipients, retention). The text says what DPV lacks; it is the node's
    /// `skos:note` when not empty.
    Under(&'static [&'static str], &'static str),
    /// No DPV concept, because the policy does not state the fact: a node of our own with this
    /// DPV applicability (`dpv:NotAvailable`: it exists, the policy does not give it;
    /// `dpv:UnknownApplicability`: whether it exists is not known) and the reason as
    /// `skos:note`. Never a guess.
    Missing(&'static str, &'static str),
    /// No place in DPV (presentation or bookkeeping of our own); why. Never written.
    NotWritten(&'static str),
}

impl Dpv {
    /// Every DPV term the row names.
    pub fn terms(self) -> Vec<&'static str> {
        match self {
            Dpv::Is(term) => vec![term],
            Dpv::Under(terms, _) => terms.to_vec(),
            Dpv::Missing(applicability, _) => vec![applicability],
            Dpv::NotWritten(_) => vec![],
        }
    }

    /// The `skos:note` text of the row ("" for none).
    pub fn note(self) -> &'static str {
        match self {
            Dpv::Is(_) => "",
            Dpv::Under(_, note) | Dpv::Missing(_, note) | Dpv::NotWritten(note) => note,
        }
    }
}

/// A closed list with its row in the table.
pub trait Mapped: ClosedList {
    fn dpv(self) -> Dpv;
}

const NOT_AVAILABLE: &str = "dpv:NotAvailable";
const UNKNOWN: &str = "dpv:UnknownApplicability";

impl Mapped for Category {
    fn dpv(self) -> Dpv {
        use Category::*;
        use Dpv::*;
        match self {
            Name => Is("pd:Name"),
            Email => Is("pd:EmailAddress"),
            Phone => Is("pd:TelephoneNumber"),
            PostalAddress => Is("pd:PhysicalAddress"),
            BillingAddress => Under(
                &["pd:PhysicalAddress"],
                "DPV has no billing-address concept; kept apart from the postal address.",
            ),
            PaymentData => Under(
                &["pd:Transaction"],
                "What the payment provider tells us: that services are paid.",
            ),
            IpAddress => Is("pd:IPAddress"),
            EmailContent => Is("pd:EmailContent"),
            CallRecording => Is("pd:VoiceCommunicationRecording"),
            IdCopy => Is("pd:OfficialID"),
            ChamberOfCommerceExtract => Under(
                &["dpv:PersonalData"],
                "No DPV concept for a trade-register extract.",
            ),
            Gender => Is("pd:Gender"),
            CompanyName => Under(
                &["dpv:PersonalData"],
                "No DPV concept; personal data where it identifies a person (sole trader, \
                 partnership).",
            ),
            CompanyAddress => Under(&["pd:WorkLocation"], ""),
            OnlineSignature => Under(&["dpv:PersonalData"], "No DPV concept for a signature."),
            VisitBehaviour => Is("pd:BrowsingBehaviour"),
            Location => Under(
                &["pd:Location"],
                "The policy does not say how precise the location is.",
            ),
            Invoices => Under(&["pd:Transactional"], ""),
            Correspondence => Under(&["pd:Communication"], ""),
            SpamReports => Under(
                &["pd:EmailContent"],
                "The messages marked as spam; marking is not a DPV concept of its own.",
            ),
            // The top concept itself: no narrower category is guessed.
            Unspecified => Is("dpv:PersonalData"),
        }
    }
}

impl Mapped for Purpose {
    fn dpv(self) -> Dpv {
        use Dpv::*;
        use Purpose::*;
        match self {
            IdentifyCustomer => Under(&["dpv:CustomerManagement"], ""),
            ContactCustomer => Under(&["dpv:CommunicationManagement"], ""),
            SendInvoices => Under(&["dpv:PaymentManagement"], ""),
            ConfirmPayment => Under(&["dpv:PaymentManagement"], ""),
            AnswerRequests => Under(
                &["dpv:CustomerCare"],
                "\"Helping you better in the future\" has no DPV concept of its own.",
            ),
            RecognizeCaller => Under(&["dpv:CommunicationForCustomerCare"], ""),
            RestoreAccountAccess => {
                Under(&["dpv:IdentityVerification", "dpv:AccountManagement"], "")
            }
            VerifyAddress => Under(&["dpv:Verification"], ""),
            RegisterDomain => Under(&["dpv:RequestedServiceProvision"], ""),
            IssueCertificate => Under(&["dpv:RequestedServiceProvision"], ""),
            TaxLaw => Under(&["dpv:LegalCompliance"], ""),
            DebtCollection => Under(&["dpv:CustomerClaimsManagement"], ""),
            DatacenterAccess => Under(
                &["dpv:EnforceAccessControl", "dpv:RequestedServiceProvision"],
                "",
            ),
            SpamFiltering => Under(&["dpv:MisusePreventionAndDetection"], ""),
            SendQuote => Under(&["dpv:EstablishContractualAgreement"], ""),
            ServiceNotifications => Under(&["dpv:CommunicationManagement"], ""),
            InternalCommunication => Under(&["dpv:CommunicationManagement"], ""),
            FixErrors => Under(&["dpv:RepairImpairments"], ""),
            LegalObligation => Under(&["dpv:LegalCompliance"], ""),
            WebsiteAnalytics => Under(&["dpv:OptimisationForConsumer", "dpv:Marketing"], ""),
            NewsAndTips => Is("dpv:DirectMarketing"),
            NotStated => Missing(
                NOT_AVAILABLE,
                "No DPV concept: the policy states no purpose for this; none is guessed.",
            ),
        }
    }
}

impl Mapped for Recipient {
    fn dpv(self) -> Dpv {
        use Dpv::*;
        use Recipient::*;
        // The policy states no GDPR role (processor, third party): none is asserted.
        const ORGANISATION: &[&str] = &["dpv:Recipient", "dpv:Organisation"];
        const CATEGORY: &[&str] = &["dpv:Recipient"];
        match self {
            PaymentProvider => Under(ORGANISATION, ""),
            GoogleMaps => Under(ORGANISATION, ""),
            DomainSslSupplier => Under(ORGANISATION, ""),
            DomainRegistries => Under(CATEGORY, "A category of recipients, not one entity."),
            CertificateAuthorities => Under(CATEGORY, "A category of recipients, not one entity."),
            CollectionAgency => Under(ORGANISATION, ""),
            DatacenterSupplier => Under(ORGANISATION, ""),
            SpamExperts => Under(ORGANISATION, ""),
            Microsoft => Under(ORGANISATION, ""),
            QuoteSoftwareProvider => Under(ORGANISATION, ""),
            ErrorReportingService => Under(CATEGORY, ""),
            Authorities => Under(
                &["dpv:Recipient", "dpv:Authority"],
                "A category of recipients, not one entity.",
            ),
            UnnamedThirdParty => Under(
                CATEGORY,
                "\"Third party\" in the policy's everyday sense; the GDPR role is not stated.",
            ),
            GoogleAnalytics => Under(ORGANISATION, ""),
            TrackingPixelParties => Under(CATEGORY, "A category of recipients, not named."),
            NotStated => Missing(
                UNKNOWN,
                "No DPV concept: the policy does not say whether anyone receives this data; \
                 no recipient is guessed.",
            ),
        }
    }
}

impl Mapped for Retention {
    fn dpv(self) -> Dpv {
        use Dpv::*;
        use Retention::*;
        match self {
            NotStated => Missing(
                NOT_AVAILABLE,
                "No DPV concept: the policy states no retention period for this; none is \
                 guessed.",
            ),
            SevenYearsTaxLaw => Under(&["dpv:StorageDuration"], ""),
            DeletedAfterAccountRecovery => Under(&["dpv:StorageDuration"], ""),
        }
    }
}

/// The duration of a retention: its DPV class, and its `xsd:duration` where it is a length of
/// time (an event's duration is described by the retention's label).
pub fn duration(retention: Retention) -> Option<(&'static str, Option<&'static str>)> {
    match retention {
        Retention::NotStated => None,
        Retention::SevenYearsTaxLaw => Some(("dpv:TemporalDuration", Some("P7Y"))),
        Retention::DeletedAfterAccountRecovery => Some(("dpv:UntilEventDuration", None)),
    }
}

impl Mapped for Audience {
    fn dpv(self) -> Dpv {
        Dpv::NotWritten(
            "Selects the policy's per-audience view; whose data it is, is written by the \
             activity's data subjects.",
        )
    }
}

impl Mapped for Fact {
    fn dpv(self) -> Dpv {
        Dpv::NotWritten(
            "A condition for showing an activity to a customer (the personalised view), not a \
             property of the processing.",
        )
    }
}

impl Mapped for Source {
    fn dpv(self) -> Dpv {
        use Dpv::*;
        use Source::*;
        match self {
            Customer => Is("dpv:DataSubjectDataSource"),
            PaymentProvider => Is("dpv:ThirdPartyDataSource"),
            OurSystems => Is("dpv:DataControllerDataSource"),
            EmailSenders => Under(
                &["dpv:ThirdPartyDataSource"],
                "The senders of the e-mail: a third party when the customer is the data \
                 subject.",
            ),
            GoogleAnalyticsTag => Under(
                &["dpv:DataSubjectDataSource"],
                "Observed from the visitor's activity by Google Analytics on our websites.",
            ),
            TrackingPixels => Under(
                &["dpv:DataSubjectDataSource"],
                "Observed from the visitor's activity by tracking pixels on our websites.",
            ),
        }
    }
}

impl Mapped for TransferBasis {
    fn dpv(self) -> Dpv {
        match self {
            TransferBasis::EuUsDataPrivacyFramework => Dpv::Under(
                &["eu-gdpr:AdequacyDecision"],
                "DPV 2.3 has no concept for the EU-US Data Privacy Framework adequacy decision \
                 (10 July 2023).",
            ),
        }
    }
}

impl Mapped for Basis {
    fn dpv(self) -> Dpv {
        use Basis::*;
        use Dpv::*;
        match self {
            Consent => Is("eu-gdpr:A6-1-a"),
            Contract => Is("eu-gdpr:A6-1-b"),
            LegalObligation => Is("eu-gdpr:A6-1-c"),
            VitalInterests => Is("eu-gdpr:A6-1-d"),
            PublicTask => Is("eu-gdpr:A6-1-e"),
            LegitimateInterests => Is("eu-gdpr:A6-1-f"),
            NotStated => Missing(
                NOT_AVAILABLE,
                "No DPV concept: the policy states no legal basis for this; none is guessed.",
            ),
        }
    }
}

impl Mapped for DataSubject {
    fn dpv(self) -> Dpv {
        use DataSubject::*;
        use Dpv::*;
        match self {
            Customers => Is("dpv:Customer"),
            ContactPersons => Under(
                &["dpv:DataSubject"],
                "No DPV concept for the contact persons of a business customer.",
            ),
            Callers => Under(&["dpv:DataSubject"], "No DPV concept for callers."),
            Prospects => Under(&["dpv:DataSubject"], "No DPV concept for prospects."),
            EmailCorrespondents => Under(
                &["dpv:DataSubject"],
                "No DPV concept for people who e-mail us or our customers' mailboxes.",
            ),
            DatacenterVisitors => Is("dpv:Visitor"),
            WebsiteVisitors => Under(&["dpv:Visitor"], ""),
        }
    }
}

impl Mapped for Condition {
    fn dpv(self) -> Dpv {
        Dpv::NotWritten(
            "A condition on one data item; DPV has no \"this item applies only if\" concept, \
             and the activity's data are written without it.",
        )
    }
}

impl Mapped for ListKind {
    fn dpv(self) -> Dpv {
        Dpv::NotWritten(
            "RDF is open-world: no DPV description claims to be complete. An \"at least\" list \
             is said in a note on the activity.",
        )
    }
}

impl Mapped for ControllerFact {
    fn dpv(self) -> Dpv {
        use ControllerFact::*;
        use Dpv::*;
        match self {
            TradeName => Is("dpv:hasName"),
            Website => Under(&["dpv:hasContact"], ""),
            ContactRoute => Is("dpv:hasContact"),
            LegalEntity => Under(&["dpv:hasName"], "DPV 2.3 has no legal-name property."),
            PostalAddress => Is("dpv:hasAddress"),
            KvkNumber => Is("dpv:hasIdentifier"),
            PrivacyEmail => Is("dpv:hasContact"),
            Dpo => Is("dpv:hasDataProtectionOfficer"),
        }
    }
}

/// The term a value is written with: the DPV term of `Is`, the first of `Under`.
pub fn first_term(dpv: Dpv) -> Option<&'static str> {
    dpv.terms().first().copied()
}
