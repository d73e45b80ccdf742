//! What changed between the version a customer accepted and the newest version: structure
//! (sections, processing activities, transfers), change notes, and paragraph word diffs.
//!
//! Shaped like `similar`: [`structure`] compares two versions by ids and enums, [`describe`]
//! puts that into words with a `Localizer`, [`notice`] weighs it for one customer, and
//! [`Comparison`] here puts the three together into the output ([`Changes`]). [`lcs`] is the
//! one longest-common-subsequence routine; [`words`] the paragraphs' word runs.
//!
//! Sections and activities match by stable id, so renumbering alone is no change. Any
//! difference in what is done with data (an activity, a section or a transfer added or
//! removed, or an activity's categories, purposes, recipients or retention changed) is
//! material. Renamed and moved sections, and reworded text, are editorial unless a change
//! note of a version in between says material.

pub mod describe;
pub mod lcs;
pub mod notice;
pub mod structure;
pub mod words;

use crate::catalog::Catalog;
use crate::customer::Subject;
use crate::document::{
    heading_line, resolve_outline, resolve_text, Labelled, SectionText, VersionText,
};
use crate::l10n::Locale;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::Version;
use notice::Impact;
use serde::Serialize;
use words::{diff_words, Run};

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct VersionRef {
    pub id: String,
    pub published: Date,
    pub effective: Date,
}

impl VersionRef {
    pub fn of(v: &Version) -> VersionRef {
        VersionRef {
            id: v.id.to_string(),
            published: v.published,
            effective: v.effective,
        }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Changes {
    /// The accepted version; `None` for a customer who never accepted one.
    pub from: Option<VersionRef>,
    /// The newest version.
    pub to: VersionRef,
    pub locale: Locale,
    /// The customer already accepted the newest version: nothing to show.
    pub up_to_date: bool,
    /// The newest version's effective date has come.
    pub in_effect: bool,
    pub material: bool,
    pub sections: Vec<SectionChange>,
    pub activities: Vec<ActivityChange>,
    pub transfers: Vec<TransferChange>,
    pub notes: Vec<NoteText>,
    pub paragraphs: Vec<ParagraphChange>,
    /// The material changes in plain words, those that touch the customer first.
    pub summary: Vec<SummaryLine>,
    /// What the notice leads with, for this customer.
    pub first_screen: FirstScreenText,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
    Renamed,
    Moved,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SectionChange {
    pub id: String,
    pub kind: ChangeKind,
    pub number: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_title: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ActivityChange {
    pub id: String,
    pub kind: ChangeKind,
    pub section: String,
    pub section_title: String,
    /// The activity's categories (after the change; before, for a removed activity).
    pub categories: Vec<Labelled>,
    pub categories_added: Vec<Labelled>,
    pub categories_removed: Vec<Labelled>,
    pub purposes_added: Vec<Labelled>,
    pub purposes_removed: Vec<Labelled>,
    pub recipients_added: Vec<Labelled>,
    pub recipients_removed: Vec<Labelled>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<RetentionChange>,
    /// Whom the activity concerns, or the customer facts that make it apply, changed.
    pub scope_changed: bool,
    /// With a customer: whether the activity applies to them (before or after).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affects_you: Option<bool>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct RetentionChange {
    pub from: Labelled,
    pub to: Labelled,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TransferChange {
    pub kind: ChangeKind,
    pub recipient: Labelled,
    pub basis: Labelled,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct NoteText {
    pub version: String,
    /// Material or a correction: the customer is told (a correction applies from its
    /// publication).
    pub material: bool,
    /// `"material"`, `"correction"` or `"editorial"`.
    pub kind: manetti_privacy_model::NoteKind,
    pub text: String,
}

/// The first screen of the notice, in full sentences, for the customer (or, without a record,
/// for every customer): what changes for their data, what they may act on, and one line that
/// corrections were made.
#[derive(Serialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct FirstScreenText {
    pub yours: Vec<String>,
    pub act: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrections: Option<String>,
    /// How many untrue statements were corrected.
    pub corrections_count: usize,
    /// Without a customer record: that what else changes depends on their services.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depends_on_services: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ParagraphChange {
    pub section: String,
    /// The section's heading as printed ("2.4. Facturering").
    pub section_heading: String,
    /// The paragraph's message id.
    pub id: String,
    pub kind: ChangeKind,
    pub words: Vec<Run>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SummaryLine {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affects_you: Option<bool>,
}

/// Changes from `accepted` (or from nothing) to the newest version, in `locale`.
/// With a `customer`, the changes that concern them come first and are marked.
pub fn changes_since(
    catalog: &Catalog,
    accepted: Option<&Version>,
    locale: Locale,
    today: Date,
    customer: Option<&Subject>,
) -> Changes {
    Comparison::since(catalog, accepted, locale, today, customer).changes()
}

/// One comparison: from a version (or from nothing) to another, in a locale, on a day, and
/// for a customer (whose changes come first and are marked).
pub struct Comparison<'a> {
    pub catalog: &'a Catalog,
    pub from: Option<&'a Version>,
    pub to: &'a Version,
    pub locale: Locale,
    pub today: Date,
    pub customer: Option<&'a Subject>,
}

/// Whether a comparison computes the word runs of the changed paragraphs: the most expensive
/// part, and needed only to show the full comparison.
#[derive(Clone, Copy, PartialEq)]
enum WordRuns {
    Compute,
    Skip,
}

impl<'a> Comparison<'a> {
    /// From `accepted` (or from nothing) to the newest version.
    pub fn since(
        catalog: &'a Catalog,
        accepted: Option<&'a Version>,
        locale: Locale,
        today: Date,
        customer: Option<&'a Subject>,
    ) -> Comparison<'a> {
        Comparison {
            customer,
            ..Comparison::between(catalog, accepted, catalog.latest(), locale, today)
        }
    }

    /// From `from` (or from nothing) to `to`, for no customer in particular.
    pub fn between(
        catalog: &'a Catalog,
        from: Option<&'a Version>,
        to: &'a Version,
        locale: Locale,
        today: Date,
    ) -> Comparison<'a> {
        Comparison {
            catalog,
            from,
            to,
            locale,
            today,
            customer: None,
        }
    }

    /// Every change, with the word runs of the changed paragraphs.
    pub fn changes(&self) -> Changes {
        self.compute(WordRuns::Compute)
    }

    /// Every change but the paragraphs' word runs (`paragraphs` is empty): what the banner
    /// and `needsAcceptance` need. [`Comparison::paragraphs`] adds them when they are shown.
    pub fn outline(&self) -> Changes {
        self.compute(WordRuns::Skip)
    }

    /// The changed paragraphs with their word runs (none without a `from`).
    pub fn paragraphs(&self) -> Vec<ParagraphChange> {
        let Some(from) = self.from else {
            return vec![];
        };
        let old = resolve_text(&self.catalog.localizer(self.locale, from), from);
        let new = resolve_text(&self.catalog.localizer(self.locale, self.to), self.to);
        paragraph_changes(&old, &new)
    }

    fn compute(&self, word_runs: WordRuns) -> Changes {
        let Comparison {
            catalog,
            to,
            locale,
            today,
            customer,
            ..
        } = *self;
        let in_effect = to.effective <= today;
        let Some(from) = self.from else {
            return Changes {
                from: None,
                to: VersionRef::of(to),
                locale,
                up_to_date: false,
                in_effect,
                material: true,
                sections: vec![],
                activities: vec![],
                transfers: vec![],
                notes: vec![],
                paragraphs: vec![],
                summary: vec![],
                first_screen: FirstScreenText::default(),
            };
        };
        // Activities are compared in the model, so no comparison resolves their labels; the
        // structure reads the headings only, and the word runs (when asked for) the texts.
        let new_l10n = catalog.localizer(locale, to);
        let new_doc = resolve_outline(&new_l10n, to);
        let old_doc = resolve_outline(&catalog.localizer(locale, from), from);
        let structure = structure::compare(catalog, from, to);
        let impact = Impact { customer, from, to };
        let sections = describe::sections(&old_doc, &new_doc, &structure.sections);
        let activities = describe::activities(
            &new_l10n,
            &old_doc,
            &new_doc,
            &structure.activities,
            &impact,
        );
        let transfers = describe::transfers(&new_l10n, &structure.transfers);
        let notes = describe::notes(&new_l10n, &structure.notes);
        let paragraphs = match word_runs {
            WordRuns::Compute => self.paragraphs(),
            WordRuns::Skip => vec![],
        };
        let summary = describe::summary(
            &new_l10n,
            &sections,
            &activities,
            &structure.transfers,
            &impact,
        );
        let screen = notice::first_screen(&structure, &impact, to.published <= today);
        let first_screen =
            describe::first_screen(&new_l10n, &screen, &activities, &structure.activities);
        let material = structure.material();
        Changes {
            from: Some(VersionRef::of(from)),
            to: VersionRef::of(to),
            locale,
            up_to_date: from.id == to.id,
            in_effect,
            material,
            sections,
            activities,
            transfers,
            notes,
            paragraphs,
            summary,
            first_screen,
        }
    }
}

/// The paragraphs of `new` added or changed since `old`, and those of `old` removed, matched
/// by message id, each with its word runs.
fn paragraph_changes(old: &VersionText, new: &VersionText) -> Vec<ParagraphChange> {
    let old_blocks: Vec<(&SectionText, &crate::document::BlockText)> = old
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(move |b| (s, b)))
        .collect();
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for section in &new.sections {
        for block in &section.blocks {
            seen.push(block.id.as_str());
            let (kind, words) = match old_blocks.iter().find(|(_, b)| b.id == block.id) {
                Some((_, b)) if b.text == block.text => continue,
                Some((_, b)) => (ChangeKind::Changed, diff_words(&b.text, &block.text)),
                None => (ChangeKind::Added, diff_words("", &block.text)),
            };
            out.push(ParagraphChange {
                section: section.id.clone(),
                section_heading: heading_line(section),
                id: block.id.clone(),
                kind,
                words,
            });
        }
    }
    for (section, block) in old_blocks
        .iter()
        .filter(|(_, b)| !seen.contains(&b.id.as_str()))
    {
        out.push(ParagraphChange {
            section: section.id.clone(),
            section_heading: heading_line(section),
            id: block.id.clone(),
            kind: ChangeKind::Removed,
            words: diff_words(&block.text, ""),
        });
    }
    out
}
