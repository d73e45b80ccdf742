//! What changed between the version a customer accepted and the newest version: structure
//! (sections, processing activities, transfers), change notes, and paragraph word diffs.
//!
//! Sections and activities match by stable id, so renumbering alone is no change. Any
//! difference in what is done with data (an activity, a section or a transfer added or
//! removed, or an activity's categories, purposes, recipients or retention changed) is
//! material. Renamed and moved sections, and reworded text, are editorial unless a change
//! note of a version in between says material.

pub mod lcs;
pub mod notice;
pub mod words;

use crate::catalog::Catalog;
use crate::customer::Subject;
use crate::document::{
    heading_line, resolve_outline, resolve_text, Labelled, Resolved, SectionText, VersionText,
};
use crate::l10n::{Locale, Localizer};
use manetti_privacy_model::date::Date;
use manetti_privacy_model::{Activity, ClosedList, NoteKind, Version};
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
    pub material: bool,
    pub text: String,
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
            };
        };
        // Activities are compared in the model, so no comparison resolves their labels; the
        // structure reads the headings only, and the word runs (when asked for) the texts.
        let new_l10n = catalog.localizer(locale, to);
        let new_doc = resolve_outline(&new_l10n, to);
        let old_doc = resolve_outline(&catalog.localizer(locale, from), from);

        let sections = section_changes(&old_doc, &new_doc);
        let context = Context {
            l10n: &new_l10n,
            old: &old_doc,
            new: &new_doc,
            customer,
        };
        let activities = yours_first(context.activity_changes(from, to), |a| a.affects_you);
        let transfers = transfer_changes(from, to, &new_l10n);
        let notes = notes_between(catalog, &from.id, &to.id, &new_l10n);
        let paragraphs = match word_runs {
            WordRuns::Compute => self.paragraphs(),
            WordRuns::Skip => vec![],
        };

        let structural = sections
            .iter()
            .any(|s| matches!(s.kind, ChangeKind::Added | ChangeKind::Removed))
            || !activities.is_empty()
            || !transfers.is_empty();
        let material = structural || notes.iter().any(|n| n.material);
        // A transfer outside the EEA concerns the customer when its recipient receives data in an
        // activity that concerns them (Microsoft for an Office 365 mailbox), in either version.
        let concerns = |transfers: &[&TransferChange]| {
            customer.map(|s| {
                [from, to].iter().any(|v| {
                    v.sections.iter().any(|section| {
                        section.activities.iter().any(|a| {
                            s.concerned_by(a)
                                && a.recipients
                                    .iter()
                                    .any(|r| transfers.iter().any(|t| t.recipient.id == r.id()))
                        })
                    })
                })
            })
        };
        let summary = summarize(&new_l10n, &sections, &activities, &transfers, &concerns);
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
        }
    }
}

fn section_changes(old: &Resolved, new: &Resolved) -> Vec<SectionChange> {
    let old_ids: Vec<&str> = old.sections.iter().map(|s| s.id.as_str()).collect();
    let new_ids: Vec<&str> = new.sections.iter().map(|s| s.id.as_str()).collect();
    let common_old: Vec<&str> = old_ids
        .iter()
        .copied()
        .filter(|id| new_ids.contains(id))
        .collect();
    let common_new: Vec<&str> = new_ids
        .iter()
        .copied()
        .filter(|id| old_ids.contains(id))
        .collect();
    let mut in_place: Vec<&str> = Vec::new();
    for edit in lcs::diff(&common_old, &common_new) {
        if edit.op == lcs::Op::Equal {
            in_place.extend_from_slice(&common_old[edit.old]);
        }
    }
    let change = |s: &SectionText, kind, old_title| SectionChange {
        id: s.id.clone(),
        kind,
        number: s.number.clone(),
        title: s.title.clone(),
        old_title,
    };
    let mut out = Vec::new();
    for s in &new.sections {
        match old.sections.iter().find(|o| o.id == s.id) {
            None => out.push(change(s, ChangeKind::Added, None)),
            Some(o) => {
                if o.title != s.title {
                    out.push(change(s, ChangeKind::Renamed, Some(o.title.clone())));
                }
                if !in_place.contains(&s.id.as_str()) {
                    out.push(change(s, ChangeKind::Moved, None));
                }
            }
        }
    }
    for o in old
        .sections
        .iter()
        .filter(|o| !new_ids.contains(&o.id.as_str()))
    {
        out.push(change(o, ChangeKind::Removed, None));
    }
    out
}

fn activities_with_section(v: &Version) -> Vec<(&str, &Activity)> {
    v.sections
        .iter()
        .flat_map(|s| s.activities.iter().map(move |a| (s.id.as_str(), a)))
        .collect()
}

/// The values of `new` missing from `old` (added), and of `old` missing from `new` (removed).
fn added_removed<T: ClosedList>(
    l10n: &Localizer,
    old: &[T],
    new: &[T],
) -> (Vec<Labelled>, Vec<Labelled>) {
    let only_in = |these: &[T], others: &[T]| {
        these
            .iter()
            .filter(|v| !others.contains(v))
            .map(|v| Labelled::of(l10n, *v))
            .collect()
    };
    (only_in(new, old), only_in(old, new))
}

/// An activity matched by id across two versions: in both, or on one side only. There is
/// no "in neither".
#[derive(Clone, Copy)]
enum Pair<'a> {
    Added(&'a Activity),
    Removed(&'a Activity),
    Both {
        old: &'a Activity,
        new: &'a Activity,
    },
}

impl<'a> Pair<'a> {
    fn before(self) -> Option<&'a Activity> {
        match self {
            Pair::Added(_) => None,
            Pair::Removed(old) | Pair::Both { old, .. } => Some(old),
        }
    }

    fn after(self) -> Option<&'a Activity> {
        match self {
            Pair::Removed(_) => None,
            Pair::Added(new) | Pair::Both { new, .. } => Some(new),
        }
    }

    /// The activity as it is now, or as it was before it was removed.
    fn latest(self) -> &'a Activity {
        match self {
            Pair::Removed(a) | Pair::Added(a) | Pair::Both { new: a, .. } => a,
        }
    }

    fn kind(self) -> ChangeKind {
        match self {
            Pair::Added(_) => ChangeKind::Added,
            Pair::Removed(_) => ChangeKind::Removed,
            Pair::Both { .. } => ChangeKind::Changed,
        }
    }
}

/// What the activity comparison needs besides the two activities: the wording of the newer
/// version, both resolved documents (for section titles) and the customer, if any.
struct Context<'a> {
    l10n: &'a Localizer<'a>,
    old: &'a Resolved,
    new: &'a Resolved,
    customer: Option<&'a Subject>,
}

impl Context<'_> {
    /// What changed in one activity of section `section` (titled `section_title`).
    fn activity_change(&self, section: &str, section_title: String, pair: Pair) -> ActivityChange {
        let l10n = self.l10n;
        let (old, new) = (pair.before(), pair.after());
        let (categories_added, categories_removed) = added_removed(
            l10n,
            old.map_or(&[][..], |a| &a.categories),
            new.map_or(&[][..], |a| &a.categories),
        );
        let (purposes_added, purposes_removed) = added_removed(
            l10n,
            old.map_or(&[][..], |a| &a.purposes),
            new.map_or(&[][..], |a| &a.purposes),
        );
        let (recipients_added, recipients_removed) = added_removed(
            l10n,
            old.map_or(&[][..], |a| &a.recipients),
            new.map_or(&[][..], |a| &a.recipients),
        );
        let (retention, scope_changed) = match pair {
            Pair::Both { old: o, new: n } => (
                (o.retention != n.retention).then(|| RetentionChange {
                    from: Labelled::of(l10n, o.retention),
                    to: Labelled::of(l10n, n.retention),
                }),
                o.audience != n.audience || o.applies_when != n.applies_when,
            ),
            _ => (None, false),
        };
        let affects_you = self.customer.map(|s| {
            old.is_some_and(|a| s.concerned_by(a)) || new.is_some_and(|a| s.concerned_by(a))
        });
        ActivityChange {
            id: pair.latest().id.to_string(),
            kind: pair.kind(),
            section: section.to_string(),
            section_title,
            categories: Labelled::all(l10n, &pair.latest().categories),
            categories_added,
            categories_removed,
            purposes_added,
            purposes_removed,
            recipients_added,
            recipients_removed,
            retention,
            scope_changed,
            affects_you,
        }
    }

    fn activity_changes(&self, from: &Version, to: &Version) -> Vec<ActivityChange> {
        let old = activities_with_section(from);
        let new = activities_with_section(to);
        let title_of = |doc: &Resolved, id: &str| {
            doc.sections
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        };
        let mut out: Vec<ActivityChange> = new
            .iter()
            .map(|&(section, n)| {
                let pair = match old.iter().find(|(_, o)| o.id == n.id) {
                    Some(&(_, o)) => Pair::Both { old: o, new: n },
                    None => Pair::Added(n),
                };
                self.activity_change(section, title_of(self.new, section), pair)
            })
            .collect();
        for &(section, o) in old
            .iter()
            .filter(|(_, o)| !new.iter().any(|(_, n)| n.id == o.id))
        {
            out.push(self.activity_change(section, title_of(self.old, section), Pair::Removed(o)));
        }
        out.retain(ActivityChange::is_change);
        out
    }
}

impl ActivityChange {
    fn is_change(&self) -> bool {
        self.kind != ChangeKind::Changed
            || !(self.categories_added.is_empty()
                && self.categories_removed.is_empty()
                && self.purposes_added.is_empty()
                && self.purposes_removed.is_empty()
                && self.recipients_added.is_empty()
                && self.recipients_removed.is_empty()
                && self.retention.is_none()
                && !self.scope_changed)
    }
}

fn transfer_changes(from: &Version, to: &Version, l10n: &Localizer) -> Vec<TransferChange> {
    let label = |t: &manetti_privacy_model::Transfer, kind| TransferChange {
        kind,
        recipient: Labelled::of(l10n, t.recipient),
        basis: Labelled::of(l10n, t.basis),
    };
    let added = to
        .transfers
        .iter()
        .filter(|t| !from.transfers.contains(t))
        .map(|t| label(t, ChangeKind::Added));
    let removed = from
        .transfers
        .iter()
        .filter(|t| !to.transfers.contains(t))
        .map(|t| label(t, ChangeKind::Removed));
    added.chain(removed).collect()
}

/// The notes of every version after `from` up to and including `to`.
fn notes_between(catalog: &Catalog, from: &str, to: &str, l10n: &Localizer) -> Vec<NoteText> {
    let versions = catalog.versions();
    let start = versions
        .iter()
        .position(|v| v.id == from)
        .map_or(0, |i| i + 1);
    let end = versions
        .iter()
        .position(|v| v.id == to)
        .map_or(versions.len(), |i| i + 1);
    versions
        .get(start..end)
        .unwrap_or(&[])
        .iter()
        .flat_map(|v| v.notes.iter().map(move |n| (v, n)))
        .map(|(v, n)| NoteText {
            version: v.id.to_string(),
            material: n.kind == NoteKind::Material,
            text: l10n.text(&n.message),
        })
        .collect()
}

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

fn list(items: &[Labelled]) -> String {
    items
        .iter()
        .map(|l| l.label.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Plain-word sentences for the material changes. `concerns`: with a customer, whether these
/// transfers concern them (a recipient of an activity that concerns them); `None` without.
fn summarize(
    l10n: &Localizer,
    sections: &[SectionChange],
    activities: &[ActivityChange],
    transfers: &[TransferChange],
    concerns: &dyn Fn(&[&TransferChange]) -> Option<bool>,
) -> Vec<SummaryLine> {
    let mut out = Vec::new();
    let mut line =
        |text: String, affects_you: Option<bool>| out.push(SummaryLine { text, affects_you });
    for a in activities {
        let section = ("section", a.section_title.as_str());
        let all = list(&a.categories);
        let mut say =
            |id: &str, args: &[(&str, &str)]| line(l10n.text_with(id, args), a.affects_you);
        match a.kind {
            // An activity the policy names no data for: say so, not "we process " with a gap.
            ChangeKind::Added if all.is_empty() => {
                say("changes-activity-added-no-categories", &[section])
            }
            ChangeKind::Removed if all.is_empty() => {
                say("changes-activity-removed-no-categories", &[section])
            }
            ChangeKind::Added => say("changes-activity-added", &[section, ("categories", &all)]),
            ChangeKind::Removed => {
                say("changes-activity-removed", &[section, ("categories", &all)])
            }
            _ => {
                for r in &a.recipients_added {
                    say(
                        "changes-recipient-added",
                        &[("recipient", &r.label), ("categories", &all), section],
                    );
                }
                for r in &a.recipients_removed {
                    say(
                        "changes-recipient-removed",
                        &[("recipient", &r.label), ("categories", &all), section],
                    );
                }
                for (id, items) in [
                    ("changes-categories-added", &a.categories_added),
                    ("changes-categories-removed", &a.categories_removed),
                    ("changes-purposes-added", &a.purposes_added),
                    ("changes-purposes-removed", &a.purposes_removed),
                ] {
                    if !items.is_empty() {
                        say(id, &[("items", &list(items)), section]);
                    }
                }
                if let Some(r) = &a.retention {
                    say(
                        "changes-retention-changed",
                        &[section, ("from", &r.from.label), ("to", &r.to.label)],
                    );
                }
                if a.scope_changed {
                    say("changes-scope-changed", &[section, ("categories", &all)]);
                }
            }
        }
    }
    // One line per basis, naming the recipients that transfer on it, in order of appearance.
    let added: Vec<&TransferChange> = transfers
        .iter()
        .filter(|t| t.kind == ChangeKind::Added)
        .collect();
    for (i, first) in added.iter().enumerate() {
        if added[..i].iter().any(|t| t.basis.id == first.basis.id) {
            continue;
        }
        let same_basis: Vec<&TransferChange> = added[i..]
            .iter()
            .copied()
            .filter(|t| t.basis.id == first.basis.id)
            .collect();
        let names = same_basis
            .iter()
            .map(|t| t.recipient.label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        line(
            l10n.text_with(
                "changes-transfers-added",
                &[("recipients", &names), ("basis", &first.basis.label)],
            ),
            concerns(&same_basis),
        );
    }
    for t in transfers.iter().filter(|t| t.kind == ChangeKind::Removed) {
        line(
            l10n.text_with(
                "changes-transfer-removed",
                &[("recipient", &t.recipient.label)],
            ),
            concerns(&[t]),
        );
    }
    for s in sections {
        match s.kind {
            ChangeKind::Added => line(
                l10n.text_with("changes-section-added", &[("title", &s.title)]),
                None,
            ),
            ChangeKind::Removed => line(
                l10n.text_with("changes-section-removed", &[("title", &s.title)]),
                None,
            ),
            _ => {}
        }
    }
    yours_first(out, |l| l.affects_you)
}

/// The items that affect the customer first, otherwise in their order (a stable partition).
fn yours_first<T>(items: Vec<T>, affects_you: impl Fn(&T) -> Option<bool>) -> Vec<T> {
    let (mut yours, others): (Vec<T>, Vec<T>) = items
        .into_iter()
        .partition(|item| affects_you(item) == Some(true));
    yours.extend(others);
    yours
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn labelled(id: &'static str, label: &str) -> Labelled {
        Labelled {
            id,
            label: label.to_string(),
        }
    }

    #[test]
    fn each_added_transfer_is_summarized_with_its_own_basis() {
        let catalog = Catalog::shipped();
        let l10n = catalog.localizer(crate::l10n::Locale::AUTHORITATIVE, catalog.latest());
        let transfer = |recipient: &'static str, basis: &'static str| TransferChange {
            kind: ChangeKind::Added,
            recipient: labelled(recipient, recipient),
            basis: labelled(basis, basis),
        };
        let transfers = [
            transfer("A", "framework"),
            transfer("B", "clauses"),
            transfer("C", "framework"),
        ];
        let lines: Vec<String> = summarize(&l10n, &[], &[], &transfers, &|_| None)
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            lines,
            [
                "Nu in het beleid beschreven: deze ontvangers krijgen gegevens buiten de Europese Economische Ruimte (EER): A, C. Grondslag: framework",
                "Nu in het beleid beschreven: deze ontvangers krijgen gegevens buiten de Europese Economische Ruimte (EER): B. Grondslag: clauses",
            ]
        );
    }
}
