//! The structure of one policy version: sections, text blocks and processing activities.
//!
//! This file is the single definition of the policy's structure. `build.rs` includes it to
//! read and validate `versions/*.toml` at build time, and the library uses it at run time.
//! The wording is not here: every text is a Fluent message id, resolved per locale.
//! The closed lists (categories, purposes, recipients, …) are enums, so a typo in a version
//! file is a build error, not a silent gap.

use crate::date::Date;
use crate::l10n::compiled::MessageId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A text of the model (an id, a Fluent message id): a literal in the shipped versions, which
/// `build.rs` emits as statics (`$OUT_DIR/shipped.rs`), or owned when read from TOML.
#[derive(Clone, PartialEq, Eq)]
pub struct Text(Cow<'static, str>);

impl Text {
    /// A literal: how `build.rs` writes the shipped versions.
    pub const fn lit(text: &'static str) -> Text {
        Text(Cow::Borrowed(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::lit("")
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Cow::Owned(text))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Text {
        Text::lit(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.0.into_owned()
    }
}

impl<'a> From<&'a Text> for MessageId<'a> {
    fn from(text: &'a Text) -> MessageId<'a> {
        MessageId::from(text.as_str())
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// A list of the model: a static slice in the shipped versions, or owned when read from TOML.
/// Reads as a slice; [`List::to_mut`] gives a `Vec` to edit (test fixtures).
#[derive(Clone, PartialEq)]
pub struct List<T: Clone + 'static>(Cow<'static, [T]>);

impl<T: Clone + 'static> List<T> {
    /// A static slice: how `build.rs` writes the shipped versions.
    pub const fn of(items: &'static [T]) -> List<T> {
        List(Cow::Borrowed(items))
    }

    /// The items as a `Vec` to edit (copied first when static).
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        self.0.to_mut()
    }
}

impl<T: Clone + 'static> Default for List<T> {
    fn default() -> Self {
        List(Cow::Borrowed(&[]))
    }
}

impl<T: Clone + 'static> std::ops::Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.0
    }
}

/// Editing copies a static list first (test fixtures edit versions; the module never does).
impl<T: Clone + 'static> std::ops::DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.0.to_mut()
    }
}

impl<'a, T: Clone + 'static> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Clone + 'static> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> List<T> {
        List(Cow::Owned(items))
    }
}

impl<T: Clone + PartialEq + 'static> PartialEq<List<T>> for Vec<T> {
    fn eq(&self, other: &List<T>) -> bool {
        self[..] == other[..]
    }
}

impl<T: Clone + PartialEq + 'static> PartialEq<Vec<T>> for List<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self[..] == other[..]
    }
}

impl<T: Clone + std::fmt::Debug + 'static> std::fmt::Debug for List<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl<T: Clone + Serialize + 'static> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (*self.0).serialize(serializer)
    }
}

impl<'de, T: Clone + Deserialize<'de> + 'static> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
        Vec::<T>::deserialize(deserializer).map(List::from)
    }
}

/// One version of the policy, as written in `versions/<id>.toml`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Version {
    /// The version id, its publication date as `YYYY-MM-DD`.
    pub id: Text,
    /// When the version was announced (`YYYY-MM-DD` in the file).
    pub published: Date,
    /// When the version takes effect (`YYYY-MM-DD` in the file).
    pub effective: Date,
    /// Human-written notes on what changed since the previous version.
    #[serde(default)]
    pub notes: List<ChangeNote>,
    /// Recipients that receive data outside the EEA, and on what basis.
    #[serde(default)]
    pub transfers: List<Transfer>,
    /// Who is responsible for the processing, as far as the policy says (art. 13(1)(a)).
    #[serde(default)]
    pub controller: List<ControllerField>,
    /// A version not yet in effect may lack a legal basis or retention for an activity only
    /// when this is true and `gaps-reason` says why (the art. 13 completeness check).
    #[serde(default)]
    pub allow_gaps: bool,
    #[serde(default)]
    pub gaps_reason: Option<Text>,
    pub sections: List<Section>,
}

/// The controller block (art. 13(1)(a)–(b)): one entry per field the register lists. A field
/// without `value` is "to be supplied" by the company, never invented.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ControllerField {
    pub id: ControllerFact,
    /// The Fluent message with its wording.
    #[serde(default)]
    pub value: Option<Text>,
    /// The policy message that says it.
    #[serde(default)]
    pub stated: Option<Text>,
}

/// A transfer of personal data outside the European Economic Area.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Transfer {
    pub recipient: Recipient,
    pub basis: TransferBasis,
}

/// A change note: its text is the Fluent message `message`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ChangeNote {
    pub message: Text,
    pub kind: NoteKind,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    Material,
    Editorial,
}

/// A section of the policy. Its title is the Fluent message `policy-<id>-title`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Section {
    /// Stable id, used as the HTML anchor and to match sections across versions.
    pub id: Text,
    /// The number as printed ("1.1.", "1.2", "2."), empty when the heading has none.
    #[serde(default)]
    pub number: Text,
    /// Heading level: 1 for the document title, 2 for chapters, 3 and 4 below.
    pub level: u8,
    #[serde(default)]
    pub blocks: List<Block>,
    #[serde(default)]
    pub activities: List<Activity>,
}

/// A block of running text; the string is a Fluent message id.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph.
    P(Text),
    /// A list item; consecutive items form one list.
    Li(Text),
    /// A short label line that introduces the list after it ("particuliere klant").
    Label(Text),
}

/// What a block is, without its text: how it is laid out and written as plain text.
/// Serialized as `"p"`, `"li"`, `"label"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    P,
    Li,
    Label,
}

impl Serialize for BlockKind {
    // As a plain string, which shares the string path of the serializer (smaller than a
    // derived unit variant).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self {
            BlockKind::P => "p",
            BlockKind::Li => "li",
            BlockKind::Label => "label",
        })
    }
}

impl Block {
    pub fn message(&self) -> &str {
        match self {
            Block::P(m) | Block::Li(m) | Block::Label(m) => m,
        }
    }

    pub fn kind(&self) -> BlockKind {
        match self {
            Block::P(_) => BlockKind::P,
            Block::Li(_) => BlockKind::Li,
            Block::Label(_) => BlockKind::Label,
        }
    }
}

/// A processing activity: what the policy says is done with which data, why, for whom.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Activity {
    /// Stable id, used to match activities across versions.
    pub id: Text,
    pub categories: List<Category>,
    pub purposes: List<Purpose>,
    #[serde(default)]
    pub recipients: List<Recipient>,
    pub retention: Retention,
    pub audience: List<Audience>,
    /// The activity applies to a customer when any of these facts is true of them.
    /// Empty: it applies only in circumstances the policy does not tie to a customer fact.
    #[serde(default)]
    pub applies_when: List<Fact>,
    /// Where data comes from when not from the customer: `{ category, from }`, one or more
    /// per category. A category with no entry comes from the customer.
    #[serde(default)]
    pub sources: List<SourceOf>,
    /// Per data item: its own purposes, the sentences that state it, and when it applies.
    /// `categories` and `purposes` above are the union (checked by a native test).
    #[serde(default)]
    pub items: List<Item>,
    /// Whether the list of items is complete ("all") or a minimum ("at least", "such as").
    #[serde(default)]
    pub list: ListKind,
    /// The policy says this activity *may* happen ("mogelijk", "kunnen").
    #[serde(default)]
    pub possibly: bool,
    /// The policy messages that state this activity and its recipients.
    #[serde(default)]
    pub stated: List<Text>,
    /// The policy message that states the retention, when it is not "not stated".
    #[serde(default)]
    pub retention_stated: Option<Text>,
    /// The legal basis (art. 6(1)), with where it comes from.
    #[serde(default)]
    pub basis: LegalBasis,
    /// Whose data this is (art. 30(1)(c)).
    #[serde(default)]
    pub subjects: List<DataSubject>,
}

impl Activity {
    /// Where this activity's data of `category` comes from: one or more sources.
    pub fn sources_of(&self, category: Category) -> Vec<Source> {
        let listed: Vec<Source> = self
            .sources
            .iter()
            .filter(|s| s.category == category)
            .map(|s| s.from)
            .collect();
        if listed.is_empty() {
            vec![Source::Customer]
        } else {
            listed
        }
    }

    /// The item for `category`, if the version binds one.
    pub fn item(&self, category: Category) -> Option<&Item> {
        self.items.iter().find(|i| i.category == category)
    }

    /// The purposes of `category`: its item's own, or (a version without items) the
    /// activity's.
    pub fn purposes_of(&self, category: Category) -> Vec<Purpose> {
        self.item(category)
            .map_or_else(|| self.purposes.to_vec(), |i| i.purposes.to_vec())
    }

    /// Where the retention comes from.
    pub fn retention_provenance(&self) -> Provenance {
        match (&self.retention, &self.retention_stated) {
            (Retention::NotStated, _) | (_, None) => Provenance::NotStated,
            (_, Some(m)) => Provenance::Stated(m.to_string()),
        }
    }
}

/// Where one category of an activity comes from.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SourceOf {
    pub category: Category,
    pub from: Source,
}

/// One data item of an activity, with the purposes the policy binds to it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Item {
    pub category: Category,
    /// `["not-stated"]` where the policy gives no purpose for this item.
    pub purposes: List<Purpose>,
    /// The policy messages that state this item and its purposes.
    pub stated: List<Text>,
    /// The item applies only when this is true of the customer.
    #[serde(default)]
    pub when: Option<Condition>,
    /// Items with the same group are alternatives: the policy says one of them ("or").
    #[serde(default)]
    pub one_of: Option<Text>,
}

/// Where a fact comes from.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Provenance {
    /// The policy says so, in this message.
    Stated(String),
    /// Not said, but follows for this reason (a Fluent message); never shown to customers.
    Inferred(String),
    NotStated,
}

impl Provenance {
    pub fn id(&self) -> &'static str {
        match self {
            Provenance::Stated(_) => "stated",
            Provenance::Inferred(_) => "inferred",
            Provenance::NotStated => "not-stated",
        }
    }
}

/// A legal basis with its provenance: `{ id = "contract", inferred = "reason-…" }`,
/// `{ id = "legal-obligation", stated = "policy-…" }` or `{ id = "not-stated" }`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LegalBasis {
    pub id: Basis,
    #[serde(default)]
    pub stated: Option<Text>,
    #[serde(default)]
    pub inferred: Option<Text>,
}

impl Default for LegalBasis {
    fn default() -> Self {
        LegalBasis {
            id: Basis::NotStated,
            stated: None,
            inferred: None,
        }
    }
}

impl LegalBasis {
    pub fn provenance(&self) -> Provenance {
        match (&self.id, &self.stated, &self.inferred) {
            (Basis::NotStated, _, _) => Provenance::NotStated,
            (_, Some(m), _) => Provenance::Stated(m.to_string()),
            (_, None, Some(r)) => Provenance::Inferred(r.to_string()),
            (_, None, None) => Provenance::NotStated,
        }
    }
}

/// A value of one of the closed lists: a stable id, and the Fluent message that names it.
pub trait ClosedList: Copy + PartialEq + 'static {
    fn id(self) -> &'static str;
    fn message(self) -> MessageId<'static>;
}

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
            pub fn message(self) -> $crate::l10n::compiled::MessageId<'static> {
                $crate::l10n::compiled::MessageId { prefix: $prefix, name: self.id() }
            }
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }
        }

        impl $crate::model::Decode for $name {
            fn decode(r: &mut $crate::model::Reader) -> Self {
                match Self::ALL.get(usize::from(r.u8())) {
                    Some(value) => *value,
                    None => {
                        r.fail();
                        Self::ALL[0]
                    }
                }
            }
        }

        impl $crate::model::ClosedList for $name {
            fn id(self) -> &'static str {
                $name::id(self)
            }
            fn message(self) -> $crate::l10n::compiled::MessageId<'static> {
                $name::message(self)
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use closed_list;

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

/// Every controller fact of `version`, in register order: its field, or none (to be supplied).
pub fn controller_fields(version: &Version) -> Vec<(ControllerFact, Option<&ControllerField>)> {
    ControllerFact::ALL
        .iter()
        .map(|&f| (f, version.controller.iter().find(|c| c.id == f)))
        .collect()
}

/// The structs of the model with their fields, in the order of the binary form: the decoder
/// below and the encoder in `build.rs` both expand this one list, and each writes a struct
/// without `..`, so a new field fails to build until it is in the list.
macro_rules! model_structs {
    ($then:ident) => {
        $then! {
            Version {
                id, published, effective, notes, transfers, controller, allow_gaps, gaps_reason,
                sections,
            }
            ControllerField { id, value, stated }
            Transfer { recipient, basis }
            ChangeNote { message, kind }
            Section { id, number, level, blocks, activities }
            Activity {
                id, categories, purposes, recipients, retention, audience, applies_when, sources,
                items, list, possibly, stated, retention_stated, basis, subjects,
            }
            SourceOf { category, from }
            Item { category, purposes, stated, when, one_of }
            LegalBasis { id, stated, inferred }
        }
    };
}

/// Reads the binary form of the shipped versions that `build.rs` writes: one byte per enum
/// (its index in `ALL`), bool and `u8`; a date as year (`u16`), month, day; a text as the
/// `u16` number of a string in a table (the message keys, `l10n::compiled::Keys`, so a
/// message id is written once for the model and all wording); an option as 0 or 1 and the
/// value; a list as a `u16` count and the items. `u16`s are little-endian.
///
/// Reads never fail on the spot (no partly built value to drop on an error path, which
/// tripled the decoder's code): a read past the end or a number with no value gives a
/// stand-in and marks the reader [`failed`](Reader::is_good), checked once at the end.
pub struct Reader<'a> {
    bytes: &'a [u8],
    texts: &'a dyn Fn(u16) -> Option<&'static str>,
    failed: bool,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8], texts: &'a dyn Fn(u16) -> Option<&'static str>) -> Reader<'a> {
        Reader {
            bytes,
            texts,
            failed: false,
        }
    }

    /// Whether every read found its value and every byte has been read.
    pub fn is_good(&self) -> bool {
        !self.failed && self.bytes.is_empty()
    }

    /// Marks the input as bad; the caller goes on with a stand-in value.
    pub fn fail(&mut self) {
        self.failed = true;
    }

    pub fn u8(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&byte, rest)) => {
                self.bytes = rest;
                byte
            }
            None => {
                self.failed = true;
                0
            }
        }
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }
}

/// A value of the model read from its binary form (see [`Reader`]).
pub trait Decode {
    fn decode(r: &mut Reader) -> Self;
}

impl Decode for u8 {
    fn decode(r: &mut Reader) -> u8 {
        r.u8()
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> bool {
        r.u8() != 0
    }
}

impl Decode for Date {
    fn decode(r: &mut Reader) -> Date {
        Date {
            year: r.u16(),
            month: r.u8(),
            day: r.u8(),
        }
    }
}

impl Decode for Text {
    fn decode(r: &mut Reader) -> Text {
        let n = r.u16();
        match (r.texts)(n) {
            Some(text) => Text::lit(text),
            None => {
                r.fail();
                Text::lit("")
            }
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Option<T> {
        match r.u8() {
            0 => None,
            _ => Some(T::decode(r)),
        }
    }
}

impl<T: Decode + Clone + 'static> Decode for List<T> {
    fn decode(r: &mut Reader) -> List<T> {
        let count = r.u16();
        let mut items = Vec::with_capacity(usize::from(count));
        for _ in 0..count {
            items.push(T::decode(r));
        }
        List::from(items)
    }
}

impl Decode for NoteKind {
    fn decode(r: &mut Reader) -> NoteKind {
        match r.u8() {
            0 => NoteKind::Material,
            1 => NoteKind::Editorial,
            _ => {
                r.fail();
                NoteKind::Material
            }
        }
    }
}

impl Decode for Block {
    fn decode(r: &mut Reader) -> Block {
        let kind = r.u8();
        let text = Text::decode(r);
        match kind {
            0 => Block::P(text),
            1 => Block::Li(text),
            2 => Block::Label(text),
            _ => {
                r.fail();
                Block::P(text)
            }
        }
    }
}

macro_rules! decode_structs {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Decode for $name {
            fn decode(r: &mut Reader) -> $name {
                $name { $($field: Decode::decode(r)),* }
            }
        }
    )*};
}

model_structs!(decode_structs);
