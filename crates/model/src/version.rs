//! The structure of one policy version: sections, text blocks and processing activities.
//!
//! The single definition of the policy's structure: the build reads and validates
//! `versions/*.toml` with it (`build-support`), and the module decodes its binary form into it.
//! The wording is not here: every text is a Fluent message id, resolved per locale.
//! The closed lists (categories, purposes, recipients, …) are enums, so a typo in a version
//! file is a build error, not a silent gap.

use crate::closed::*;
use crate::date::Date;
use crate::text::Text;
use serde::{Deserialize, Serialize};

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
    pub notes: Vec<ChangeNote>,
    /// Recipients that receive data outside the EEA, and on what basis.
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// Who is responsible for the processing, as far as the policy says (art. 13(1)(a)).
    #[serde(default)]
    pub controller: Vec<ControllerField>,
    /// A version not yet in effect may lack a legal basis or retention for an activity only
    /// when this is true and `gaps-reason` says why (the art. 13 completeness check).
    #[serde(default)]
    pub allow_gaps: bool,
    #[serde(default)]
    pub gaps_reason: Option<Text>,
    pub sections: Vec<Section>,
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
    /// What the change means for a customer, for the notice's first screen; none: it is
    /// told in the comparison only.
    #[serde(default)]
    pub impact: Option<NoteImpact>,
    /// The activities it is about: it concerns a customer when one of them does. Empty: it
    /// concerns every customer.
    #[serde(default)]
    pub about: Vec<Text>,
    /// The first screen's short sentence for it (a message of `ui.ftl`), which must say no
    /// more than `says`.
    #[serde(default)]
    pub first: Option<Text>,
    /// The message of the version's own text that the short sentence rests on.
    #[serde(default)]
    pub says: Option<Text>,
}

/// What a change note is: a change in what is done with data or in what the policy tells
/// (`material`), the correction of a statement that was untrue, which applies from the day
/// it is published (`correction`), or wording only (`editorial`).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    Material,
    Editorial,
    Correction,
}

/// What a material change note means for a customer: something they may act on (a right,
/// an e-mail they can refuse), or something to know.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum NoteImpact {
    Act,
    Know,
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
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub activities: Vec<Activity>,
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
    pub categories: Vec<Category>,
    pub purposes: Vec<Purpose>,
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    pub retention: Retention,
    pub audience: Vec<Audience>,
    /// The activity applies to a customer when any of these facts is true of them.
    /// Empty: it applies only in circumstances the policy does not tie to a customer fact.
    #[serde(default)]
    pub applies_when: Vec<Fact>,
    /// Where data comes from when not from the customer: `{ category, from }`, one or more
    /// per category. A category with no entry comes from the customer.
    #[serde(default)]
    pub sources: Vec<SourceOf>,
    /// Per data item: its own purposes, the sentences that state it, and when it applies.
    /// `categories` and `purposes` above are the union (checked by a native test).
    #[serde(default)]
    pub items: Vec<Item>,
    /// Whether the list of items is complete ("all") or a minimum ("at least", "such as").
    #[serde(default)]
    pub list: ListKind,
    /// The policy says this activity *may* happen ("mogelijk", "kunnen").
    #[serde(default)]
    pub possibly: bool,
    /// The policy messages that state this activity and its recipients.
    #[serde(default)]
    pub stated: Vec<Text>,
    /// The policy message that states the retention, when it is not "not stated".
    #[serde(default)]
    pub retention_stated: Option<Text>,
    /// The legal basis (art. 6(1)), with where it comes from.
    #[serde(default)]
    pub basis: LegalBasis,
    /// Whose data this is (art. 30(1)(c)).
    #[serde(default)]
    pub subjects: Vec<DataSubject>,
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
    pub purposes: Vec<Purpose>,
    /// The policy messages that state this item and its purposes.
    pub stated: Vec<Text>,
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

/// Every controller fact of `version`, in register order: its field, or none (to be supplied).
pub fn controller_fields(version: &Version) -> Vec<(ControllerFact, Option<&ControllerField>)> {
    ControllerFact::ALL
        .iter()
        .map(|&f| (f, version.controller.iter().find(|c| c.id == f)))
        .collect()
}
