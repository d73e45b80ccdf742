//! What changed between two versions, by ids and enums: sections added, removed or moved;
//! activities added, removed or changed in their closed lists; transfers outside the EEA; the
//! change notes in between. No wording and no customer: [`super::describe`] puts it into
//! words, [`super::notice`] weighs it for a customer.
//!
//! Sections and activities match by stable id, so renumbering alone is no change.

use super::lcs;
use super::ChangeKind;
use crate::catalog::Catalog;
use manetti_privacy_model::{
    Activity, Category, ChangeNote, ClosedList, NoteKind, Purpose, Recipient, Retention, Transfer,
    Version,
};

/// Every structural change from `from` to `to`.
pub struct Structure<'v> {
    /// Sections added, removed or moved, by id (a rename is wording: [`super::describe`]).
    pub sections: Vec<SectionEdit<'v>>,
    pub activities: Vec<ActivityEdit<'v>>,
    pub transfers: Vec<TransferEdit>,
    /// The change notes of every version after `from` up to and including `to`.
    pub notes: Vec<NoteEdit<'v>>,
}

/// A section added, removed or moved, by id.
#[derive(Clone, Copy)]
pub struct SectionEdit<'v> {
    pub id: &'v str,
    pub kind: ChangeKind,
}

/// A change note of a version in between.
#[derive(Clone, Copy)]
pub struct NoteEdit<'v> {
    pub version: &'v Version,
    pub note: &'v ChangeNote,
}

impl NoteEdit<'_> {
    /// A correction is material: customers are told, and it applies from its publication.
    pub fn material(&self) -> bool {
        self.note.kind != NoteKind::Editorial
    }
}

/// A transfer outside the EEA that one version has and the other has not.
#[derive(Clone, Copy, PartialEq)]
pub struct TransferEdit {
    pub kind: ChangeKind,
    pub recipient: Recipient,
    pub basis: manetti_privacy_model::TransferBasis,
}

/// An activity matched by id across two versions: in both, or on one side only. There is
/// no "in neither".
#[derive(Clone, Copy)]
pub enum Pair<'v> {
    Added(&'v Activity),
    Removed(&'v Activity),
    Both {
        old: &'v Activity,
        new: &'v Activity,
    },
}

impl<'v> Pair<'v> {
    pub fn before(self) -> Option<&'v Activity> {
        match self {
            Pair::Added(_) => None,
            Pair::Removed(old) | Pair::Both { old, .. } => Some(old),
        }
    }

    pub fn after(self) -> Option<&'v Activity> {
        match self {
            Pair::Removed(_) => None,
            Pair::Added(new) | Pair::Both { new, .. } => Some(new),
        }
    }

    /// The activity as it is now, or as it was before it was removed.
    pub fn latest(self) -> &'v Activity {
        match self {
            Pair::Removed(a) | Pair::Added(a) | Pair::Both { new: a, .. } => a,
        }
    }

    pub fn kind(self) -> ChangeKind {
        match self {
            Pair::Added(_) => ChangeKind::Added,
            Pair::Removed(_) => ChangeKind::Removed,
            Pair::Both { .. } => ChangeKind::Changed,
        }
    }
}

/// What changed in one activity: the values of its closed lists that one side has and the
/// other has not, its retention, and whom it concerns.
pub struct ActivityEdit<'v> {
    pub pair: Pair<'v>,
    /// The id of its section (in the newer version; the older for a removed activity).
    pub section: &'v str,
    pub categories: (Vec<Category>, Vec<Category>),
    pub purposes: (Vec<Purpose>, Vec<Purpose>),
    pub recipients: (Vec<Recipient>, Vec<Recipient>),
    /// Before and after, when it changed.
    pub retention: Option<(Retention, Retention)>,
    /// Whom the activity concerns, or the customer facts that make it apply, changed.
    pub scope_changed: bool,
}

impl ActivityEdit<'_> {
    /// An activity in both versions is a change only when something in it changed.
    pub fn is_change(&self) -> bool {
        self.pair.kind() != ChangeKind::Changed
            || !(self.categories.0.is_empty()
                && self.categories.1.is_empty()
                && self.purposes.0.is_empty()
                && self.purposes.1.is_empty()
                && self.recipients.0.is_empty()
                && self.recipients.1.is_empty()
                && self.retention.is_none()
                && !self.scope_changed)
    }
}

impl Structure<'_> {
    /// Whether anything changed in what is done with data: a section, an activity or a
    /// transfer added or removed, or an activity changed. Moves and renames are editorial.
    pub fn structural(&self) -> bool {
        self.sections
            .iter()
            .any(|s| matches!(s.kind, ChangeKind::Added | ChangeKind::Removed))
            || !self.activities.is_empty()
            || !self.transfers.is_empty()
    }

    /// Structural, or a change note in between says material.
    pub fn material(&self) -> bool {
        self.structural() || self.notes.iter().any(NoteEdit::material)
    }
}

/// Compares `from` with `to`.
pub fn compare<'v>(catalog: &'v Catalog, from: &'v Version, to: &'v Version) -> Structure<'v> {
    Structure {
        sections: section_edits(from, to),
        activities: activity_edits(from, to),
        transfers: transfer_edits(from, to),
        notes: notes_between(catalog, from, to),
    }
}

/// Sections added and removed by id, and moved: those in both whose order changed (outside
/// the longest run of ids in the same order).
fn section_edits<'v>(from: &'v Version, to: &'v Version) -> Vec<SectionEdit<'v>> {
    let old_ids: Vec<&str> = from.sections.iter().map(|s| s.id.as_str()).collect();
    let new_ids: Vec<&str> = to.sections.iter().map(|s| s.id.as_str()).collect();
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
    let mut out = Vec::new();
    for &id in &new_ids {
        if !old_ids.contains(&id) {
            out.push(SectionEdit {
                id,
                kind: ChangeKind::Added,
            });
        } else if !in_place.contains(&id) {
            out.push(SectionEdit {
                id,
                kind: ChangeKind::Moved,
            });
        }
    }
    for &id in old_ids.iter().filter(|id| !new_ids.contains(id)) {
        out.push(SectionEdit {
            id,
            kind: ChangeKind::Removed,
        });
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
fn added_removed<T: ClosedList>(old: &[T], new: &[T]) -> (Vec<T>, Vec<T>) {
    let only_in = |these: &[T], others: &[T]| {
        these
            .iter()
            .copied()
            .filter(|v| !others.contains(v))
            .collect()
    };
    (only_in(new, old), only_in(old, new))
}

/// What changed in one activity of section `section`.
fn activity_edit<'v>(section: &'v str, pair: Pair<'v>) -> ActivityEdit<'v> {
    let (old, new) = (pair.before(), pair.after());
    let (old_c, new_c): (&[Category], &[Category]) = (
        old.map_or(&[][..], |a| &a.categories),
        new.map_or(&[][..], |a| &a.categories),
    );
    let (old_p, new_p): (&[Purpose], &[Purpose]) = (
        old.map_or(&[][..], |a| &a.purposes),
        new.map_or(&[][..], |a| &a.purposes),
    );
    let (old_r, new_r): (&[Recipient], &[Recipient]) = (
        old.map_or(&[][..], |a| &a.recipients),
        new.map_or(&[][..], |a| &a.recipients),
    );
    let (retention, scope_changed) = match pair {
        Pair::Both { old: o, new: n } => (
            (o.retention != n.retention).then_some((o.retention, n.retention)),
            o.audience != n.audience || o.applies_when != n.applies_when,
        ),
        _ => (None, false),
    };
    ActivityEdit {
        pair,
        section,
        categories: added_removed(old_c, new_c),
        purposes: added_removed(old_p, new_p),
        recipients: added_removed(old_r, new_r),
        retention,
        scope_changed,
    }
}

/// Every activity added, removed or changed: the newer version's order, then the removed.
fn activity_edits<'v>(from: &'v Version, to: &'v Version) -> Vec<ActivityEdit<'v>> {
    let old = activities_with_section(from);
    let new = activities_with_section(to);
    let mut out: Vec<ActivityEdit> = new
        .iter()
        .map(|&(section, n)| {
            let pair = match old.iter().find(|(_, o)| o.id == n.id) {
                Some(&(_, o)) => Pair::Both { old: o, new: n },
                None => Pair::Added(n),
            };
            activity_edit(section, pair)
        })
        .collect();
    for &(section, o) in old
        .iter()
        .filter(|(_, o)| !new.iter().any(|(_, n)| n.id == o.id))
    {
        out.push(activity_edit(section, Pair::Removed(o)));
    }
    out.retain(ActivityEdit::is_change);
    out
}

/// Transfers `to` has and `from` has not (added), then the reverse (removed).
fn transfer_edits(from: &Version, to: &Version) -> Vec<TransferEdit> {
    let edit = |t: &Transfer, kind| TransferEdit {
        kind,
        recipient: t.recipient,
        basis: t.basis,
    };
    let added = to
        .transfers
        .iter()
        .filter(|t| !from.transfers.contains(t))
        .map(|t| edit(t, ChangeKind::Added));
    let removed = from
        .transfers
        .iter()
        .filter(|t| !to.transfers.contains(t))
        .map(|t| edit(t, ChangeKind::Removed));
    added.chain(removed).collect()
}

/// The notes of every version after `from` up to and including `to`.
fn notes_between<'v>(catalog: &'v Catalog, from: &Version, to: &Version) -> Vec<NoteEdit<'v>> {
    let versions = catalog.versions();
    let start = versions
        .iter()
        .position(|v| v.id == from.id)
        .map_or(0, |i| i + 1);
    let end = versions
        .iter()
        .position(|v| v.id == to.id)
        .map_or(versions.len(), |i| i + 1);
    versions
        .get(start..end)
        .unwrap_or(&[])
        .iter()
        .flat_map(|version| {
            version
                .notes
                .iter()
                .map(move |note| NoteEdit { version, note })
        })
        .collect()
}
