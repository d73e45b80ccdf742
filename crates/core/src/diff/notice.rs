//! The business rules of a change notice, apart from its words: whether a customer is due
//! one, and which changes concern them.

use super::structure::ActivityEdit;
use super::Changes;
use crate::customer::Subject;
use manetti_privacy_model::{Recipient, Version};

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
