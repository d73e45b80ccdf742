//! A [`Structure`](super::structure::Structure) in words: the labels of a version's closed
//! lists and section titles in a locale, and plain sentences for the material changes.
//! The one layer of the comparison with a [`Localizer`].

use super::notice::{yours_first, FirstScreen, Impact};
use super::structure::{ActivityEdit, NoteEdit, SectionEdit, TransferEdit};
use super::{
    ActivityChange, ChangeKind, FirstScreenText, NoteText, RetentionChange, SectionChange,
    SummaryLine, TransferChange,
};
use crate::document::{Labelled, Resolved, SectionText};
use crate::l10n::Localizer;
use manetti_privacy_model::compiled::MessageId;
use manetti_privacy_model::{Recipient, TransferBasis};

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
            kind: n.note.kind,
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
    edits: &[TransferEdit],
    impact: &Impact,
) -> Vec<SummaryLine> {
    let mut out = Vec::new();
    let mut line =
        |text: String, affects_you: Option<bool>| out.push(SummaryLine { text, affects_you });
    for a in activities {
        for text in activity_lines(l10n, a) {
            line(text, a.affects_you);
        }
    }
    // One line per safeguard, naming the recipients that transfer on it in order of
    // appearance: with a customer, those that concern them apart from the others.
    for basis in distinct(
        edits
            .iter()
            .filter(|e| e.kind == ChangeKind::Added)
            .map(|e| e.basis),
    ) {
        let on_basis = |e: &&TransferEdit| e.kind == ChangeKind::Added && e.basis == basis;
        let groups: Vec<(Option<bool>, Vec<Recipient>)> = match impact.customer {
            None => vec![(
                None,
                edits.iter().filter(on_basis).map(|e| e.recipient).collect(),
            )],
            Some(_) => [true, false]
                .iter()
                .map(|&yours| {
                    let recipients = edits
                        .iter()
                        .filter(on_basis)
                        .filter(|e| impact.transfers(&[e.recipient]) == Some(yours))
                        .map(|e| e.recipient)
                        .collect();
                    (Some(yours), recipients)
                })
                .collect(),
        };
        for (affects_you, recipients) in groups.into_iter().filter(|(_, r)| !r.is_empty()) {
            let names = list(&Labelled::all(l10n, &recipients));
            let id = if recipients.len() == 1 {
                "changes-transfers-added-one"
            } else {
                "changes-transfers-added"
            };
            line(
                l10n.text_with(
                    id,
                    &[
                        ("recipients", &names),
                        ("country", &l10n.text(country(basis))),
                        ("basis", &l10n.text(basis.message())),
                    ],
                ),
                affects_you,
            );
        }
    }
    for edit in edits.iter().filter(|e| e.kind == ChangeKind::Removed) {
        line(
            l10n.text_with(
                "changes-transfer-removed",
                &[("recipient", &l10n.text(edit.recipient.message()))],
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

/// The plain sentences for one activity change.
pub fn activity_lines(l10n: &Localizer, a: &ActivityChange) -> Vec<String> {
    let mut out = Vec::new();
    let section = ("section", a.section_title.as_str());
    let all = list(&a.categories);
    let mut say = |id: &str, args: &[(&str, &str)]| out.push(l10n.text_with(id, args));
    match a.kind {
        // An activity the policy names no data for: say so, not "we process " with a gap.
        ChangeKind::Added if all.is_empty() => {
            say("changes-activity-added-no-categories", &[section])
        }
        ChangeKind::Removed if all.is_empty() => {
            say("changes-activity-removed-no-categories", &[section])
        }
        ChangeKind::Added => say("changes-activity-added", &[section, ("categories", &all)]),
        ChangeKind::Removed => say("changes-activity-removed", &[section, ("categories", &all)]),
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
    out
}

/// Each value once, in order of first appearance.
fn distinct<T: PartialEq>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The message naming where a safeguard's transfers go ("de Verenigde Staten").
fn country(basis: TransferBasis) -> MessageId<'static> {
    MessageId {
        prefix: "transfer-country-",
        name: basis.id(),
    }
}

/// Items joined as a sentence lists them: "A", "A en B", "A, B en C".
pub fn list_and(l10n: &Localizer, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            l10n.text_with("list-and", &[("rest", &rest.join(", ")), ("last", last)])
        }
    }
}

/// The organisation behind a recipient, for a sentence ("Google"); its label where the
/// wording names none.
fn organisation(l10n: &Localizer, recipient: Recipient) -> String {
    let id = MessageId {
        prefix: "recipient-org-",
        name: recipient.id(),
    };
    if l10n.has(id) {
        l10n.text(id)
    } else {
        l10n.text(recipient.message())
    }
}

/// The first screen in sentences.
pub fn first_screen(
    l10n: &Localizer,
    screen: &FirstScreen,
    activities: &[ActivityChange],
    structure_activities: &[super::structure::ActivityEdit],
) -> FirstScreenText {
    let mut yours = Vec::new();
    for (basis, recipients, already) in &screen.transfers {
        let orgs = distinct(recipients.iter().map(|&r| organisation(l10n, r)));
        // Described now, happening already: say so, so that nobody reads it as starting on
        // the effective date.
        let id = if *already {
            "notice-transfer-described"
        } else {
            "notice-transfer"
        };
        yours.push(l10n.text_with(
            id,
            &[
                ("organisations", &list_and(l10n, &orgs)),
                ("country", &l10n.text(country(*basis))),
            ],
        ));
    }
    if !screen.transfers_removed.is_empty() {
        let orgs = distinct(
            screen
                .transfers_removed
                .iter()
                .map(|&r| organisation(l10n, r)),
        );
        yours.push(l10n.text_with(
            "notice-transfer-removed",
            &[("organisations", &list_and(l10n, &orgs))],
        ));
    }
    for &i in &screen.activities {
        let edit = &structure_activities[i];
        if let Some(a) = activities.iter().find(|a| a.id == edit.pair.latest().id) {
            yours.extend(activity_lines(l10n, a));
        }
    }
    let act = screen
        .act
        .iter()
        .filter_map(|n| n.first.as_ref().map(|m| l10n.text(m)))
        .collect();
    let count = screen.corrections.to_string();
    let corrections = match screen.corrections {
        0 => None,
        1 => Some(l10n.text("notice-corrections-one")),
        _ => Some(l10n.text_with("notice-corrections", &[("count", &count)])),
    };
    FirstScreenText {
        yours,
        act,
        corrections,
        corrections_count: screen.corrections,
        depends_on_services: screen
            .depends_on_services
            .then(|| l10n.text("notice-depends-on-services")),
    }
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
        let impact = Impact {
            customer: None,
            from: catalog.latest(),
            to: catalog.latest(),
        };
        let lines: Vec<String> = summary(&l10n, &[], &[], &edits, &impact)
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
