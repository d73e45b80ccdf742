//! The art. 30 register and the art. 13 completeness report, from the same structured policy.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_kit::register::completeness::{check_gaps, completeness, report_text, Status};
use manetti_privacy_kit::register::page::{register_json, register_page};
use manetti_privacy_kit::register::{register, register_catalog};

fn catalog() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| register_catalog().unwrap())
}

#[test]
fn the_register_has_one_row_per_activity_and_marks_controller_gaps() {
    let catalog = catalog();
    let version = catalog.latest();
    for &locale in catalog.locales() {
        let reg = register(catalog, version, locale);
        let ids: Vec<&str> = reg.activities.iter().map(|a| a.id.as_str()).collect();
        let want: Vec<&str> = version
            .sections
            .iter()
            .flat_map(|s| s.activities.iter().map(|a| a.id.as_str()))
            .collect();
        assert_eq!(ids, want, "{locale}");
        let status = |id: &str| reg.controller.iter().find(|c| c.id == id).unwrap().status;
        for id in [
            "legal-entity",
            "postal-address",
            "kvk-number",
            "privacy-email",
            "dpo",
        ] {
            assert_eq!(status(id), "to-be-supplied", "{locale}: {id}");
        }
        for id in ["trade-name", "website", "contact-route"] {
            assert_eq!(status(id), "stated", "{locale}: {id}");
        }
        let html = register_page(catalog, version, locale);
        for a in &want {
            assert!(
                html.contains(&format!("id=\"activity-{a}\"")),
                "{locale}: {a}"
            );
        }
        let supplied = if locale.as_str() == "nl" {
            "Nog aan te leveren"
        } else {
            "To be supplied"
        };
        assert_eq!(html.matches(supplied).count(), 5, "{locale}");
    }
    let json: serde_json::Value = serde_json::from_str(&register_json(catalog)).unwrap();
    assert_eq!(json["version"], version.id.as_str());
    assert_eq!(
        json["locales"]["en"]["controller"][3]["status"],
        "to-be-supplied"
    );
}

#[test]
fn bases_in_the_register_carry_their_provenance() {
    let catalog = catalog();
    let reg = register(catalog, catalog.latest(), common::locale("en"));
    let basis = |id: &str| &reg.activities.iter().find(|a| a.id == id).unwrap().basis;
    assert_eq!(basis("invoicing").provenance, "stated");
    assert_eq!(basis("invoicing").id, "legal-obligation");
    assert_eq!(basis("fraud-reporting").provenance, "stated");
    assert_eq!(basis("account-registration").provenance, "inferred");
    assert!(basis("account-registration").reason.is_some());
    assert_eq!(basis("google-analytics").provenance, "not-stated");
    let ga = reg
        .activities
        .iter()
        .find(|a| a.id == "google-analytics")
        .unwrap();
    assert_eq!(
        ga.transfers,
        ["Google Analytics (Google’s visitor statistics): United States; adequacy decision (EU) 2023/1795 of 10\u{a0}July\u{a0}2023 for the EU–US Data Privacy Framework (GDPR Article 45)"]
    );
}

#[test]
fn the_completeness_report_says_stated_inferred_and_missing() {
    let catalog = catalog();
    let latest = catalog.latest();
    let elements = completeness(latest);
    let status = |what: &str| elements.iter().find(|e| e.what == what).unwrap().status;
    assert_eq!(status("invoicing: legal basis"), Status::Stated);
    assert_eq!(status("domain-registration: legal basis"), Status::Inferred);
    assert_eq!(status("google-analytics: legal basis"), Status::Missing);
    assert_eq!(status("invoicing: retention"), Status::Stated);
    assert_eq!(status("controller: kvk-number"), Status::Missing);
    assert_eq!(status("withdrawal of consent"), Status::Stated);
    let old = completeness(&catalog.versions()[0]);
    let old_status = |what: &str| old.iter().find(|e| e.what == what).unwrap().status;
    assert_eq!(
        old_status("withdrawal of consent"),
        Status::Missing,
        "2018 has no rights section"
    );
    assert!(
        report_text(latest).starts_with(&format!("art. 13 completeness of version {}:", latest.id))
    );
}

#[test]
fn an_upcoming_version_with_gaps_fails_unless_it_allows_them_with_a_reason() {
    let catalog = catalog();
    let mut v = catalog.latest().clone();
    assert!(
        check_gaps(&v, common::date("2026-11-26")).is_ok(),
        "allow-gaps with a reason"
    );
    v.allow_gaps = false;
    let error = check_gaps(&v, common::date("2026-11-26")).unwrap_err();
    assert!(
        error.contains("google-analytics: no legal basis"),
        "{error}"
    );
    assert!(
        check_gaps(&v, common::date("2027-01-01")).is_ok(),
        "in effect: published, no longer checked"
    );
    v.allow_gaps = true;
    v.gaps_reason = None;
    assert!(
        check_gaps(&v, common::date("2026-11-26")).is_err(),
        "a reason is required"
    );
}

#[test]
fn the_internal_wording_has_the_same_messages_in_every_locale() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales-internal");
    let keys = |locale: &str| -> Vec<String> {
        let text = std::fs::read_to_string(root.join(locale).join("register.ftl")).unwrap();
        let mut keys: Vec<String> = text
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
            .filter(|k| !k.starts_with('#'))
            .collect();
        keys.sort();
        keys
    };
    assert_eq!(keys("nl"), keys("en"));
    assert!(keys("en").contains(&"register-to-be-supplied".to_string()));
}
