//! The business rules of a change notice, apart from its words: whether a customer is due one.

use super::Changes;

/// Whether a banner is due: the customer is not on the newest version, and either never
/// accepted one or the changes since are material. The banner, the e-mail cohorts and
/// `needsAcceptance` all decide by this one rule.
pub fn banner_due(changes: &Changes) -> bool {
    !changes.up_to_date && (changes.from.is_none() || changes.material)
}
