//! The notice's first screen, per customer: what changes for their own data first, then what
//! they may act on, then one line for the corrections; never a recipient that does not
//! concern them, always in full sentences, and short enough for a phone's first screen.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{changes_since, date, locale, shipped, value};
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::diff::FirstScreenText;
use manetti_privacy_view::banner::{banner, headline};
use manetti_privacy_view::tree::Node;
use serde_json::json;

fn screen(record: Option<serde_json::Value>, id: &str, today: &str) -> FirstScreenText {
    let customer = record.map(|r| Customer::parse("customer", &value(r)).unwrap());
    let subject = customer.as_ref().map(Customer::subject);
    changes_since(
        shipped(),
        Some("2018-05-24"),
        locale(id),
        date(today),
        subject.as_ref(),
    )
    .first_screen
}

fn domain_only() -> serde_json::Value {
    json!({ "customerType": "private", "services": ["domain"] })
}

fn office365() -> serde_json::Value {
    json!({ "customerType": "private", "services": ["domain", "mailbox-office365"] })
}

fn vof_imap_in_collection() -> serde_json::Value {
    json!({ "customerType": "business",
        "profile": { "companyName": "Jansen & De Vries vof" },
        "services": ["mailbox-imap"], "events": ["invoice-in-collection"] })
}

const NEWS: &str =
    "Krijg je onze e-mails met nieuws en tips? Je kunt er altijd bezwaar tegen maken.";
const RIGHTS: &str = "Het nieuwe beleid noemt je rechten en hoe je ze gebruikt.";

#[test]
fn a_private_customer_with_a_domain_reads_google_only() {
    let s = screen(Some(domain_only()), "nl", "2026-12-08");
    assert_eq!(
        s.yours,
        ["Nu beschreven, en al zo: je gegevens kunnen via Google in de Verenigde Staten terechtkomen."]
    );
    assert_eq!(s.act, [RIGHTS, NEWS]);
    assert_eq!(s.corrections_count, 2);
    assert_eq!(s.depends_on_services, None);
}

#[test]
fn an_office365_customer_reads_google_and_microsoft() {
    let s = screen(Some(office365()), "nl", "2026-12-08");
    assert_eq!(
        s.yours,
        ["Nu beschreven, en al zo: je gegevens kunnen via Google en Microsoft in de Verenigde Staten terechtkomen."]
    );
    let s = screen(Some(office365()), "en", "2027-01-02");
    assert_eq!(
        s.yours,
        ["Now described, and already so: your data may end up in the United States through Google and Microsoft."]
    );
}

#[test]
fn a_business_customer_reads_what_concerns_them() {
    let s = screen(Some(vof_imap_in_collection()), "nl", "2026-12-08");
    // IMAP mail goes through SpamExperts, not Microsoft.
    assert_eq!(
        s.yours,
        ["Nu beschreven, en al zo: je gegevens kunnen via Google in de Verenigde Staten terechtkomen."]
    );
    assert_eq!(s.act, [RIGHTS, NEWS]);
}

#[test]
fn without_a_record_it_says_what_concerns_every_customer_and_that_the_rest_depends() {
    let s = screen(None, "en", "2026-12-08");
    assert!(
        s.yours.iter().all(|l| !l.contains("Microsoft")),
        "{:?}",
        s.yours
    );
    assert_eq!(
        s.depends_on_services.as_deref(),
        Some("What else changes depends on your services.")
    );
}

#[test]
fn corrections_apply_now_so_the_headline_says_both_before_the_effective_date() {
    let catalog = shipped();
    let l10n = catalog.localizer(locale("en"), catalog.latest());
    for (today, expected) in [
        (
            "2026-12-08",
            "We corrected 2 untrue sentences in our privacy policy. The rest applies from 1\u{a0}January\u{a0}2027.",
        ),
        ("2027-01-02", "Our privacy policy changed on 1\u{a0}January\u{a0}2027."),
    ] {
        let changes = changes_since(catalog, Some("2018-05-24"), locale("en"), date(today), None);
        assert_eq!(headline(&l10n, &changes), expected);
        // After the effective date the corrections are said on their own line.
        let node = Node::from(banner(&l10n, &changes, false).unwrap());
        let said = node.text_content().contains("corrected 2 untrue sentences");
        assert!(said, "{today}");
    }
}

/// The words of the banner's first screen: the headline and the sentences, up to the
/// buttons (what a phone shows first).
fn first_screen_words(record: Option<serde_json::Value>, id: &str, today: &str) -> usize {
    let catalog = shipped();
    let customer = record.map(|r| Customer::parse("customer", &value(r)).unwrap());
    let subject = customer.as_ref().map(Customer::subject);
    let changes = changes_since(
        catalog,
        Some("2018-05-24"),
        locale(id),
        date(today),
        subject.as_ref(),
    );
    let l10n = catalog.localizer(locale(id), catalog.latest());
    let mut text = headline(&l10n, &changes);
    for element in manetti_privacy_view::banner::first_screen(&l10n, &changes) {
        text.push(' ');
        text.push_str(&Node::from(element).text_content());
    }
    text.split_whitespace().count()
}

#[test]
fn the_first_screen_stays_around_sixty_words() {
    for record in [
        None,
        Some(domain_only()),
        Some(office365()),
        Some(vof_imap_in_collection()),
    ] {
        for id in ["nl", "en"] {
            for today in ["2026-12-08", "2027-01-02"] {
                let words = first_screen_words(record.clone(), id, today);
                assert!(words <= 70, "{record:?} {id} {today}: {words} words");
            }
        }
    }
}

#[test]
fn every_first_screen_sentence_exists_in_every_locale_and_rests_on_the_version_text() {
    let catalog = shipped();
    let mut checked = 0;
    for version in catalog.versions() {
        for note in version.notes.iter().filter(|n| n.first.is_some()) {
            let (first, says) = (note.first.as_ref().unwrap(), note.says.as_ref().unwrap());
            for id in ["nl", "en"] {
                let l10n = catalog.localizer(locale(id), version);
                assert!(l10n.has(first.as_str()), "{id}: {first}");
                assert!(l10n.has(says.as_str()), "{id}: {says}");
                assert!(
                    says.starts_with("policy-"),
                    "{says} is not the version's text"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 4, "{checked}");
}

#[test]
fn the_page_of_the_version_in_force_says_a_newer_one_is_published_and_what_applies_now() {
    use manetti_privacy_kit::static_site::page;
    let catalog = shipped();
    // Between publication and the effective date: the 2018 page carries the note.
    let html = page(catalog, date("2026-12-08"), locale("nl"), "2018-05-24");
    assert!(html.contains("Op 26\u{a0}november\u{a0}2026 hebben we een nieuwe versie van dit beleid gepubliceerd. Die geldt vanaf 1\u{a0}januari\u{a0}2027. Daarin zijn 2 onjuiste zinnen van deze versie verbeterd; die verbeteringen gelden nu al."), "{html}");
    // The note is outside the text that receipts hash: the 2018 text is still the seed.
    let v2018 = catalog.version("v", "2018-05-24").unwrap();
    let text = manetti_privacy_core::document::text_of(catalog, v2018, locale("nl"));
    assert!(!text.text().contains("gepubliceerd. Die geldt vanaf"));
    // Not on the newest version's page, and not once it applies.
    assert!(
        !page(catalog, date("2026-12-08"), locale("nl"), "2026-11-26")
            .contains("Lees de nieuwe versie")
    );
    assert!(
        !page(catalog, date("2027-01-02"), locale("nl"), "2018-05-24")
            .contains("Lees de nieuwe versie")
    );
}
