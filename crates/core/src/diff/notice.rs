//! The business rules of a change notice, apart from its words: whether a customer is due
//! one, and which changes concern them.

use super::structure::{ActivityEdit, Structure};
use super::{ChangeKind, Changes};
use crate::customer::Subject;
use manetti_privacy_model::{
    Activity, ChangeNote, NoteImpact, NoteKind, Recipient, TransferBasis, Version,
};

/// Whether a banner is due: the customer is not on the newest version, and either never
/// accepted one or the changes since are material. The banner, the e-mail cohorts and
/// `needsAcceptance` all decide by this one rule.
pub fn banner_due(changes: &Changes) -> bool {
    !changes.up_to_date && (changes.from.is_none() || changes.material)
}

/// What concerns one customer in a comparison from `from` to `to`; without a customer,
/// nothing is marked (`None`).
pub struct Impact<'a> {
    pub customer: Option<&'a Subject>,
    pub from: &'a Version,
    pub to: &'a Version,
}

impl Impact<'_> {
    /// With a customer: whether the activity applies to them, before or after.
    pub fn activity(&self, edit: &ActivityEdit) -> Option<bool> {
        self.customer.map(|s| {
            let (old, new) = (edit.pair.before(), edit.pair.after());
            old.is_some_and(|a| s.concerned_by(a)) || new.is_some_and(|a| s.concerned_by(a))
        })
    }

    /// With a customer: whether a transfer outside the EEA to one of `recipients` concerns
    /// them: a recipient receives data in an activity that concerns them (Microsoft for an
    /// Office 365 mailbox), in either version.
    pub fn transfers(&self, recipients: &[Recipient]) -> Option<bool> {
        self.customer.map(|s| {
            [self.from, self.to].iter().any(|v| {
                v.sections.iter().any(|section| {
                    section.activities.iter().any(|a| {
                        s.concerned_by(a) && a.recipients.iter().any(|r| recipients.contains(r))
                    })
                })
            })
        })
    }
}

/// The items that affect the customer first, otherwise in their order (a stable partition).
pub fn yours_first<T>(items: Vec<T>, affects_you: impl Fn(&T) -> Option<bool>) -> Vec<T> {
    let (mut yours, others): (Vec<T>, Vec<T>) = items
        .into_iter()
        .partition(|item| affects_you(item) == Some(true));
    yours.extend(others);
    yours
}

impl Impact<'_> {
    /// Whether `activity` concerns the customer; without a record, whether it concerns every
    /// customer (a private and a business customer of whom nothing else is known).
    pub fn concerns(&self, activity: &Activity) -> bool {
        match self.customer {
            Some(s) => s.concerned_by(activity),
            None => [false, true]
                .iter()
                .all(|&business| Subject::any_customer(business).concerned_by(activity)),
        }
    }

    /// Whether a recipient receives data in an activity that concerns the customer (or every
    /// customer), in either version.
    fn receives(&self, recipient: Recipient) -> bool {
        [self.from, self.to].iter().any(|v| {
            v.sections
                .iter()
                .flat_map(|s| s.activities.iter())
                .any(|a| a.recipients.contains(&recipient) && self.concerns(a))
        })
    }

    /// Whether a change note concerns the customer: one of the activities it is about does,
    /// or it is about none in particular.
    fn note_concerns(&self, note: &ChangeNote) -> bool {
        note.about.is_empty()
            || self
                .to
                .sections
                .iter()
                .flat_map(|s| s.activities.iter())
                .any(|a| note.about.contains(&a.id) && self.concerns(a))
    }
}

/// The first screen of a change notice for one customer (or, without a record, for every
/// customer), in ids: what changes for their data, what they may act on, how many untrue
/// statements were corrected. [`super::describe::first_screen`] puts it into sentences.
pub struct FirstScreen<'v> {
    /// Transfers outside the EEA added, by what permits them: the recipients that concern
    /// them, and whether each of those already received data in the older version (then the
    /// policy only describes now what already happened).
    pub transfers: Vec<(TransferBasis, Vec<Recipient>, bool)>,
    /// Transfers outside the EEA that stop and concerned them.
    pub transfers_removed: Vec<Recipient>,
    /// Activities added, removed or changed that concern them (indexes into the structure).
    pub activities: Vec<usize>,
    /// Change notes of what they may act on, that concern them.
    pub act: Vec<&'v ChangeNote>,
    /// Change notes that correct an untrue statement.
    pub corrections: usize,
    /// Without a customer record: what else changes depends on their services.
    pub depends_on_services: bool,
}

/// Weighs `structure` for the customer of `impact`. Corrections count once `published`: they
/// apply from the day the correcting version is published, not before.
pub fn first_screen<'v>(
    structure: &Structure<'v>,
    impact: &Impact,
    published: bool,
) -> FirstScreen<'v> {
    let mut transfers: Vec<(TransferBasis, Vec<Recipient>, bool)> = Vec::new();
    let received_before = |r: Recipient| {
        impact
            .from
            .sections
            .iter()
            .flat_map(|s| s.activities.iter())
            .any(|a| a.recipients.contains(&r))
    };
    for t in structure
        .transfers
        .iter()
        .filter(|t| t.kind == ChangeKind::Added && impact.receives(t.recipient))
    {
        match transfers.iter_mut().find(|(b, _, _)| *b == t.basis) {
            Some((_, recipients, already)) => {
                recipients.push(t.recipient);
                *already &= received_before(t.recipient);
            }
            None => transfers.push((t.basis, vec![t.recipient], received_before(t.recipient))),
        }
    }
    let transfers_removed = structure
        .transfers
        .iter()
        .filter(|t| t.kind == ChangeKind::Removed && impact.receives(t.recipient))
        .map(|t| t.recipient)
        .collect();
    let activities = structure
        .activities
        .iter()
        .enumerate()
        .filter(|(_, edit)| {
            let (old, new) = (edit.pair.before(), edit.pair.after());
            old.is_some_and(|a| impact.concerns(a)) || new.is_some_and(|a| impact.concerns(a))
        })
        .map(|(i, _)| i)
        .collect();
    let act = structure
        .notes
        .iter()
        .map(|n| n.note)
        .filter(|n| n.impact == Some(NoteImpact::Act) && impact.note_concerns(n))
        .collect();
    let corrections = structure
        .notes
        .iter()
        .filter(|n| published && n.note.kind == NoteKind::Correction)
        .count();
    FirstScreen {
        transfers,
        transfers_removed,
        activities,
        act,
        corrections,
        depends_on_services: impact.customer.is_none(),
    }
}
