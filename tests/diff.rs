//! The diff between versions, on the fixture chain and on the shipped versions.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{changes_since, date, fixture_catalog, locale, shipped};
use manetti_privacy_core::customer::{Customer, CustomerType, Service};
use manetti_privacy_core::diff::words::{diff_words, side, Op};
use manetti_privacy_core::diff::{ChangeKind, Changes};
use manetti_privacy_model::Fact;

fn ids(items: &[manetti_privacy_core::document::Labelled]) -> Vec<&str> {
    items.iter().map(|l| l.id).collect()
}

fn chain(from: Option<&str>) -> Changes {
    changes_since(
        &fixture_catalog("chain"),
        from,
        locale("en"),
        date("2021-06-01"),
        None,
    )
}

#[test]
fn removed_recipient_removed_category_and_changed_retention_are_found_per_activity() {
    // v1 to v3: the structural changes are v2's, since v3 is editorial only.
    let changes = chain(Some("2020-01-01"));
    assert!(changes.material);
    let spam = changes
        .activities
        .iter()
        .find(|a| a.id == "spam")
        .expect("spam changed");
    assert_eq!(ids(&spam.recipients_removed), ["microsoft"]);
    assert!(spam.recipients_added.is_empty() && spam.categories_removed.is_empty());
    let invoicing = changes
        .activities
        .iter()
        .find(|a| a.id == "invoicing")
        .expect("invoicing changed");
    assert_eq!(ids(&invoicing.categories_removed), ["name"]);
    let retention = invoicing.retention.as_ref().expect("retention changed");
    assert_eq!(
        (retention.from.id, retention.to.id),
        ("seven-years-tax-law", "not-stated")
    );
    assert!(
        changes.activities.iter().all(|a| a.id != "analytics"),
        "an unchanged activity is not listed"
    );
    let summary: Vec<&str> = changes.summary.iter().map(|l| l.text.as_str()).collect();
    assert!(summary.contains(&"No longer a recipient in “E-mail”: Microsoft (Office 365). Data: Content of e-mails and messages, Messages marked as spam"), "{summary:?}");
    assert!(summary.contains(&"New retention period in “Invoicing”: Not stated in the policy. Previously: Seven years (Dutch tax law)"), "{summary:?}");
}

#[test]
fn renamed_and_moved_sections_match_by_id_and_renumbering_alone_is_no_change() {
    let changes = chain(Some("2020-01-01"));
    let kinds: Vec<(&str, ChangeKind)> = changes
        .sections
        .iter()
        .map(|s| (s.id.as_str(), s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("visits", ChangeKind::Moved),
            ("billing", ChangeKind::Renamed)
        ]
    );
    let billing = &changes.sections[1];
    assert_eq!(
        (billing.old_title.as_deref(), billing.title.as_str()),
        (Some("Invoices"), "Invoicing")
    );
    // v2 to v3 renumbers every section and rewords one paragraph: no section change at all.
    assert!(chain(Some("2020-06-01")).sections.is_empty());
}

#[test]
fn editorial_only_version_is_not_material_and_notes_of_every_version_in_between_are_listed() {
    let editorial = chain(Some("2020-06-01"));
    assert!(!editorial.material);
    assert!(
        editorial.activities.is_empty()
            && editorial.transfers.is_empty()
            && editorial.summary.is_empty()
    );
    assert_eq!(
        editorial
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>(),
        ["One sentence made clearer."]
    );
    assert_eq!(editorial.paragraphs.len(), 1);
    let whole = chain(Some("2020-01-01"));
    let notes: Vec<(&str, bool)> = whole
        .notes
        .iter()
        .map(|n| (n.version.as_str(), n.material))
        .collect();
    assert_eq!(notes, [("2020-06-01", false), ("2021-01-01", false)]);
    assert_eq!(
        (
            whole.from.as_ref().unwrap().id.as_str(),
            whole.to.id.as_str()
        ),
        ("2020-01-01", "2021-01-01")
    );
}

#[test]
fn a_material_note_makes_a_text_only_change_material() {
    let catalog = common::fixture_catalog_edited("chain", |versions| {
        versions[2].notes[0].kind = manetti_privacy_model::NoteKind::Material;
    });
    let changes = changes_since(
        &catalog,
        Some("2020-06-01"),
        locale("en"),
        date("2021-06-01"),
        None,
    );
    assert!(changes.material);
    assert!(changes.activities.is_empty() && changes.sections.is_empty());
}

#[test]
fn changed_paragraphs_get_word_diffs_in_the_chosen_locale() {
    let changes = changes_since(
        &fixture_catalog("chain"),
        Some("2020-06-01"),
        locale("nl"),
        date("2021-06-01"),
        None,
    );
    let p = &changes.paragraphs[0];
    assert_eq!(
        (p.section.as_str(), p.id.as_str(), p.kind),
        ("mail", "policy-mail-text", ChangeKind::Changed)
    );
    assert_eq!(side(&p.words, false), "We filteren je e-mail op spam.");
    assert_eq!(
        side(&p.words, true),
        "We filteren je inkomende e-mail op spam."
    );
    let inserted: Vec<&str> = p
        .words
        .iter()
        .filter(|r| r.op == Op::Insert)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(inserted, ["inkomende "]);
}

#[test]
fn word_diff_runs() {
    let runs = diff_words("de kat zat op de mat", "de hond zat op de mat");
    let ops: Vec<(Op, &str)> = runs.iter().map(|r| (r.op, r.text.as_str())).collect();
    assert_eq!(
        ops,
        [
            (Op::Equal, "de "),
            (Op::Delete, "kat"),
            (Op::Insert, "hond"),
            (Op::Equal, " zat op de mat")
        ]
    );
    // Changes separated only by white space read as one deletion and one insertion;
    // punctuation is a token of its own, so the unchanged word "adres" stays unchanged.
    let runs = diff_words(
        "IP adres gebruikt tijdens het invullen",
        "Het IP-adres dat je gebruikte bij het invullen",
    );
    let ops: Vec<(Op, &str)> = runs.iter().map(|r| (r.op, r.text.as_str())).collect();
    assert_eq!(
        ops,
        [
            (Op::Delete, "IP "),
            (Op::Insert, "Het IP-"),
            (Op::Equal, "adres "),
            (Op::Delete, "gebruikt tijdens"),
            (Op::Insert, "dat je gebruikte bij"),
            (Op::Equal, " het invullen")
        ]
    );
    for (old, new) in [
        ("a b c", "a x c"),
        ("", "x y"),
        ("x y", ""),
        ("één twee", "twee drie één"),
    ] {
        let runs = diff_words(old, new);
        assert_eq!(
            (side(&runs, false), side(&runs, true)),
            (old.to_string(), new.to_string())
        );
    }
    assert_eq!(
        diff_words("", "nieuw"),
        vec![manetti_privacy_core::diff::words::Run {
            op: Op::Insert,
            text: "nieuw".into()
        }]
    );
    assert!(diff_words("", "").is_empty());
}

fn customer(kind: CustomerType, services: &[Service]) -> Customer {
    Customer {
        customer_type: kind,
        profile: Default::default(),
        services: services.to_vec(),
        events: vec![],
    }
}

fn marks(customer: &Customer) -> (Vec<(String, Option<bool>)>, Changes) {
    let changes = changes_since(
        &fixture_catalog("chain"),
        Some("2020-01-01"),
        locale("en"),
        date("2021-06-01"),
        Some(&customer.subject()),
    );
    (
        changes
            .activities
            .iter()
            .map(|a| (a.id.clone(), a.affects_you))
            .collect(),
        changes,
    )
}

#[test]
fn the_customer_option_puts_changes_that_touch_them_first_and_marks_them() {
    // Without a mailbox, invoicing (every customer) concerns them and spam filtering does not:
    // invoicing moves ahead of spam, which comes first in the policy.
    let (got, changes) = marks(&customer(CustomerType::Private, &[]));
    assert_eq!(
        got,
        [
            ("invoicing".to_string(), Some(true)),
            ("spam".to_string(), Some(false))
        ]
    );
    assert_eq!(changes.summary[0].affects_you, Some(true));
    assert_eq!(
        changes.summary[0].text,
        "In “Invoicing”, we no longer process: Name"
    );
    assert_eq!(
        changes.summary.last().unwrap().affects_you,
        Some(false),
        "the spam change comes last"
    );
    // With an IMAP mailbox both concern them, in the policy's order.
    let (got, changes) = marks(&customer(CustomerType::Private, &[Service::MailboxImap]));
    assert_eq!(
        got,
        [
            ("spam".to_string(), Some(true)),
            ("invoicing".to_string(), Some(true))
        ]
    );
    assert!(changes.summary[0].text.contains("Microsoft"));
    // Both activities are for private customers only: a business customer is not concerned.
    let (got, _) = marks(&customer(CustomerType::Business, &[Service::MailboxImap]));
    assert_eq!(
        got,
        [
            ("spam".to_string(), Some(false)),
            ("invoicing".to_string(), Some(false))
        ]
    );
}

#[test]
fn unknown_accepted_version_lists_the_known_ids() {
    // The edges parse an accepted version id with this one function.
    let error = manetti_privacy_core::input::options::version(
        shipped(),
        "acceptedVersion",
        Some("2019-01-01"),
    )
    .unwrap_err();
    assert_eq!(error.message(), "acceptedVersion: unknown value \"2019-01-01\"; expected one of \"2018-05-24\", \"2026-11-26\"");
}

#[test]
fn shipped_2026_version_is_a_material_change_from_2018_announced_before_it_takes_effect() {
    let changes = changes_since(
        shipped(),
        Some("2018-05-24"),
        locale("nl"),
        date("2026-11-25"),
        None,
    );
    assert!(changes.material && !changes.in_effect && !changes.up_to_date);
    let added: Vec<&str> = changes
        .sections
        .iter()
        .filter(|s| s.kind == ChangeKind::Added)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        added,
        ["news-emails", "transfers", "rights", "retention", "bases"]
    );
    assert!(
        changes.activities.is_empty(),
        "the 2026 version keeps every processing activity as it was"
    );
    let transfers: Vec<&str> = changes.transfers.iter().map(|t| t.recipient.id).collect();
    assert_eq!(transfers, ["google-maps", "google-analytics", "microsoft"]);
    assert!(
        changes
            .summary
            .iter()
            .any(|l| l.text == "Nieuw onderdeel in het beleid: ‘Je rechten onder de AVG’"),
        "{:?}",
        changes.summary
    );
    let payment = changes
        .paragraphs
        .iter()
        .find(|p| p.id == "policy-account-payment-data")
        .unwrap();
    assert!(payment
        .words
        .iter()
        .any(|r| r.op == Op::Delete && r.text.contains("betaalt")));
    assert!(payment
        .words
        .iter()
        .any(|r| r.op == Op::Insert && r.text.contains("betaald")));
    assert!(
        changes_since(
            shipped(),
            Some("2018-05-24"),
            locale("nl"),
            date("2027-01-01"),
            None
        )
        .in_effect
    );
}

#[test]
fn current_version_and_never_accepted() {
    let current = changes_since(
        shipped(),
        Some("2026-11-26"),
        locale("en"),
        date("2026-11-25"),
        None,
    );
    assert!(current.up_to_date && !current.material && current.summary.is_empty());
    let never = changes_since(shipped(), None, locale("en"), date("2026-11-25"), None);
    assert!(never.from.is_none() && never.material && !never.up_to_date);
}

#[test]
fn a_change_in_whom_an_activity_concerns_is_material_and_said_in_plain_words() {
    let catalog = common::fixture_catalog_edited("chain", |versions| {
        let spam = versions[2]
            .sections
            .iter_mut()
            .flat_map(|s| s.activities.iter_mut())
            .find(|a| a.id == "spam")
            .unwrap();
        spam.applies_when.retain(|f| *f != Fact::MailboxOffice365);
    });
    let changes = changes_since(
        &catalog,
        Some("2020-06-01"),
        locale("en"),
        date("2021-06-01"),
        None,
    );
    assert!(changes.material);
    let spam = changes.activities.iter().find(|a| a.id == "spam").unwrap();
    assert!(
        spam.scope_changed
            && spam.categories_added.is_empty()
            && spam.recipients_removed.is_empty()
    );
    assert_eq!(changes.summary[0].text, "Changed in “E-mail”: whom this applies to. Data: Content of e-mails and messages, Messages marked as spam");
}

#[test]
fn an_activity_without_categories_is_named_as_such_when_added_or_removed() {
    // "analytics": no categories in v2, gone in v3; a new one without categories in v3.
    let catalog = common::fixture_catalog_edited("chain", |versions| {
        for a in versions[1]
            .sections
            .iter_mut()
            .flat_map(|s| s.activities.iter_mut())
        {
            if a.id == "analytics" {
                a.categories.clear();
            }
        }
        let visits = &mut versions[2].sections[1];
        let mut added = visits.activities.remove(0);
        added.id = "unnamed".into();
        added.categories.clear();
        visits.activities.push(added);
    });
    for (id, removed, added) in [
        (
            "nl",
            "In ‘Bezoeken’ vervalt een verwerking waarvoor het beleid geen gegevens noemde",
            "In ‘Bezoeken’ komt een verwerking bij waarvoor het beleid geen gegevens noemt",
        ),
        (
            "en",
            "In “Visits”, processing ends for which the policy named no data",
            "In “Visits”, new processing for which the policy names no data",
        ),
    ] {
        let changes = changes_since(
            &catalog,
            Some("2020-06-01"),
            locale(id),
            date("2021-06-01"),
            None,
        );
        let lines: Vec<&str> = changes.summary.iter().map(|l| l.text.as_str()).collect();
        assert!(
            lines.contains(&removed) && lines.contains(&added),
            "{lines:#?}"
        );
        assert!(lines.iter().all(|l| !l.contains("  ")), "{lines:#?}");
    }
}

#[test]
fn an_outline_is_the_full_comparison_without_word_runs_which_paragraphs_adds() {
    // The banner and needsAcceptance use the outline; the comparison dialog adds the word runs.
    use manetti_privacy_core::diff::Comparison;
    for (catalog, from) in [
        (shipped(), "2018-05-24"),
        (&fixture_catalog("chain"), "2020-01-01"),
    ] {
        for tag in ["nl", "en"] {
            let accepted = common::accepted(catalog, Some(from));
            let comparison =
                Comparison::since(catalog, accepted, locale(tag), date("2027-02-01"), None);
            let full = comparison.changes();
            assert!(
                !full.paragraphs.is_empty(),
                "{from} {tag}: nothing to compare"
            );
            let mut outline = comparison.outline();
            assert!(outline.paragraphs.is_empty());
            outline.paragraphs = comparison.paragraphs();
            assert_eq!(outline, full, "{from} {tag}");
        }
    }
}
