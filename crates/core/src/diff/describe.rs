//! A [`Structure`](super::structure::Structure) in words: the labels of a version's closed
//! lists and section titles in a locale, and plain sentences for the material changes.
//! The one layer of the comparison with a [`Localizer`].

use super::notice::{yours_first, Impact};
use super::structure::{ActivityEdit, NoteEdit, SectionEdit, TransferEdit};
use super::{
    ActivityChange, ChangeKind, NoteText, RetentionChange, SectionChange, SummaryLine,
    TransferChange,
};
use crate::document::{Labelled, Resolved, SectionText};
use crate::l10n::Localizer;
use manetti_privacy_model::Recipient;

/// The section changes: per section of the newer version in its order, added, or renamed
/// (its title reads differently: wording) and moved; then the removed.
pub fn sections(old: &Resolved, new: &Resolved, edits: &[SectionEdit]) -> Vec<SectionChange> {
    let change = |s: &SectionText, kind, old_title| SectionChange {
        id: s.id.clone(),
        kind,
        number: s.number.clone(),
        title: s.title.clone(),
        old_title,
    };
    let has = |id: &str, kind| edits.iter().any(|e| e.id == id && e.kind == kind);
    let mut out = Vec::new();
    for s in &new.sections {
        match old.sections.iter().find(|o| o.id == s.id) {
            None => out.push(change(s, ChangeKind::Added, None)),
            Some(o) => {
                if o.title != s.title {
                    out.push(change(s, ChangeKind::Renamed, Some(o.title.clone())));
                }
                if has(&s.id, ChangeKind::Moved) {
                    out.push(change(s, ChangeKind::Moved, None));
                }
            }
        }
    }
    for o in old
        .sections
        .iter()
        .filter(|o| has(&o.id, ChangeKind::Removed))
    {
        out.push(change(o, ChangeKind::Removed, None));
    }
    out
}

/// The activity changes in `l10n` (the newer version's wording), with section titles from
/// `old` and `new`; those that concern the customer first.
pub fn activities(
    l10n: &Localizer,
    old: &Resolved,
    new: &Resolved,
    edits: &[ActivityEdit],
    impact: &Impact,
) -> Vec<ActivityChange> {
    let title_of = |doc: &Resolved, id: &str| {
        doc.sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.clone())
            .unwrap_or_default()
    };
    let all = |values: &[_]| Labelled::all(l10n, values);
    let changes = edits
        .iter()
        .map(|edit| {
            let doc = match edit.pair.kind() {
                ChangeKind::Removed => old,
                _ => new,
            };
            ActivityChange {
                id: edit.pair.latest().id.to_string(),
                kind: edit.pair.kind(),
                section: edit.section.to_string(),
                section_title: title_of(doc, edit.section),
                categories: Labelled::all(l10n, &edit.pair.latest().categories),
                categories_added: Labelled::all(l10n, &edit.categories.0),
                categories_removed: Labelled::all(l10n, &edit.categories.1),
                purposes_added: Labelled::all(l10n, &edit.purposes.0),
                purposes_removed: Labelled::all(l10n, &edit.purposes.1),
                recipients_added: all(&edit.recipients.0),
                recipients_removed: all(&edit.recipients.1),
                retention: edit.retention.map(|(from, to)| RetentionChange {
                    from: Labelled::of(l10n, from),
                    to: Labelled::of(l10n, to),
                }),
                scope_changed: edit.scope_changed,
                affects_you: impact.activity(edit),
            }
        })
        .collect();
    yours_first(changes, |a: &ActivityChange| a.affects_you)
}

/// The transfer changes, labelled.
pub fn transfers(l10n: &Localizer, edits: &[TransferEdit]) -> Vec<TransferChange> {
    edits
        .iter()
        .map(|t| TransferChange {
            kind: t.kind,
            recipient: Labelled::of(l10n, t.recipient),
            basis: Labelled::of(l10n, t.basis),
        })
        .collect()
}

/// The change notes in `l10n`.
pub fn notes(l10n: &Localizer, notes: &[NoteEdit]) -> Vec<NoteText> {
    notes
        .iter()
        .map(|n| NoteText {
            version: n.version.id.to_string(),
            material: n.material(),
            text: l10n.text(&n.note.message),
        })
        .collect()
}

/// Labels joined by commas, in their order.
fn list(items: &[Labelled]) -> String {
    items
        .iter()
        .map(|l| l.label.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Plain-word sentences for the material changes, those that concern the customer first.
pub fn summary(
    l10n: &Localizer,
    sections: &[SectionChange],
    activities: &[ActivityChange],
    transfers: &[TransferChange],
    edits: &[TransferEdit],
    impact: &Impact,
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
    // `edits` and `transfers` are the same list, in ids and in words.
    let pairs: Vec<(&TransferEdit, &TransferChange)> = edits.iter().zip(transfers).collect();
    let added: Vec<_> = pairs
        .iter()
        .filter(|(e, _)| e.kind == ChangeKind::Added)
        .collect();
    for (i, (first, first_words)) in added.iter().enumerate() {
        if added[..i].iter().any(|(e, _)| e.basis == first.basis) {
            continue;
        }
        let same_basis: Vec<_> = added[i..]
            .iter()
            .filter(|(e, _)| e.basis == first.basis)
            .collect();
        let names = same_basis
            .iter()
            .map(|(_, t)| t.recipient.label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let recipients: Vec<Recipient> = same_basis.iter().map(|(e, _)| e.recipient).collect();
        line(
            l10n.text_with(
                "changes-transfers-added",
                &[("recipients", &names), ("basis", &first_words.basis.label)],
            ),
            impact.transfers(&recipients),
        );
    }
    for (edit, t) in pairs.iter().filter(|(e, _)| e.kind == ChangeKind::Removed) {
        line(
            l10n.text_with(
                "changes-transfer-removed",
                &[("recipient", &t.recipient.label)],
            ),
            impact.transfers(&[edit.recipient]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use manetti_privacy_model::TransferBasis;

    #[test]
    fn added_transfers_on_one_basis_are_one_line_and_a_removed_one_its_own() {
        let catalog = Catalog::shipped();
        let l10n = catalog.localizer(crate::l10n::Locale::AUTHORITATIVE, catalog.latest());
        let edit = |kind, recipient| TransferEdit {
            kind,
            recipient,
            basis: TransferBasis::EuUsDataPrivacyFramework,
        };
        let edits = [
            edit(ChangeKind::Added, Recipient::GoogleMaps),
            edit(ChangeKind::Added, Recipient::CollectionAgency),
            edit(ChangeKind::Removed, Recipient::DomainRegistries),
        ];
        let words = transfers(&l10n, &edits);
        let impact = Impact {
            customer: None,
            from: catalog.latest(),
            to: catalog.latest(),
        };
        let lines: Vec<String> = summary(&l10n, &[], &[], &words, &edits, &impact)
            .into_iter()
            .map(|l| l.text)
            .collect();
        let label = |r: Recipient| l10n.text(r.message());
        assert_eq!(lines.len(), 2, "{lines:?}");
        let (maps, agency) = (
            label(Recipient::GoogleMaps),
            label(Recipient::CollectionAgency),
        );
        assert!(lines[0].contains(&format!("{maps}, {agency}")), "{lines:?}");
        assert!(
            lines[1].contains(&label(Recipient::DomainRegistries)),
            "{lines:?}"
        );
    }
}
