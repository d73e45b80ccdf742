//! Every fact carries its provenance, and customers see only what the policy states: every
//! `stated` fact names a sentence of its own version, every activity has a legal basis with
//! provenance, and no text a customer sees renders an `inferred` fact.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{date, shipped, value};
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_core::your_data::{your_data, YourDataRequest};
use manetti_privacy_kit::register::register_catalog;
use manetti_privacy_kit::static_site::page;
use manetti_privacy_model::{Basis, Provenance, Purpose, Recipient, Version};
use manetti_privacy_view::html::to_html;
use manetti_privacy_view::your_data::your_data_view;

fn blocks(version: &Version) -> Vec<&str> {
    version
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.message()))
        .collect()
}

#[test]
fn every_activity_has_a_basis_with_provenance_and_bound_items() {
    for version in shipped().versions() {
        for a in version.sections.iter().flat_map(|s| s.activities.iter()) {
            let at = format!("{} {}", version.id, a.id);
            match a.basis.provenance() {
                Provenance::Stated(_) | Provenance::Inferred(_) => {
                    assert_ne!(a.basis.id, Basis::NotStated, "{at}")
                }
                Provenance::NotStated => assert_eq!(a.basis.id, Basis::NotStated, "{at}"),
            }
            assert!(
                a.basis.stated.is_none() || a.basis.inferred.is_none(),
                "{at}: stated or inferred, not both"
            );
            if a.basis.id == Basis::Contract {
                assert!(
                    a.basis.inferred.is_some(),
                    "{at}: the seed states no contract basis"
                );
            }
            assert!(!a.subjects.is_empty(), "{at}: data subjects");
            assert!(
                !a.recipients.is_empty(),
                "{at}: recipients, or \"not-stated\""
            );
            assert!(!a.purposes.is_empty(), "{at}: purposes, or \"not-stated\"");
            let item_categories: Vec<_> = a.items.iter().map(|i| i.category).collect();
            assert_eq!(item_categories, a.categories, "{at}: one item per category");
            let mut union: Vec<Purpose> = Vec::new();
            for p in a.items.iter().flat_map(|i| i.purposes.iter()) {
                if !union.contains(p) {
                    union.push(*p);
                }
            }
            assert_eq!(
                union, a.purposes,
                "{at}: purposes are the union of the items'"
            );
            assert!(
                !a.recipients.contains(&Recipient::NotStated) || a.recipients.len() == 1,
                "{at}: \"not-stated\" stands alone"
            );
        }
    }
}

#[test]
fn every_stated_fact_names_a_sentence_of_its_own_version() {
    for version in shipped().versions() {
        let known = blocks(version);
        let check = |what: &str, message: &str| {
            assert!(
                known.contains(&message),
                "{} {what}: {message} is not a sentence of this version",
                version.id
            );
        };
        for a in version.sections.iter().flat_map(|s| s.activities.iter()) {
            assert!(!a.stated.is_empty(), "{} {}: stated", version.id, a.id);
            for m in &a.stated {
                check(&a.id, m);
            }
            for item in &a.items {
                assert!(!item.stated.is_empty(), "{} {}: item", version.id, a.id);
                for m in &item.stated {
                    check(&format!("{} {}", a.id, item.category.id()), m);
                }
            }
            if let Provenance::Stated(m) = a.basis.provenance() {
                check(&format!("{} basis", a.id), &m);
            }
            if let Provenance::Stated(m) = a.retention_provenance() {
                check(&format!("{} retention", a.id), &m);
            }
            assert_eq!(
                a.retention_stated.is_some(),
                a.retention.id() != "not-stated",
                "{} {}: a stated retention names its sentence",
                version.id,
                a.id
            );
        }
        for field in &version.controller {
            let id = field.id.id();
            if let Some(m) = &field.stated {
                check(&format!("controller {id}"), m);
            }
            assert_eq!(
                field.value.is_some(),
                field.stated.is_some(),
                "controller {id}"
            );
        }
    }
}

#[test]
fn every_inferred_reason_and_new_name_exists_in_every_locale() {
    use manetti_privacy_model::{Condition, DataSubject, ListKind};
    let catalog = shipped();
    let register = register_catalog().unwrap();
    for version in catalog.versions() {
        for &locale in catalog.locales() {
            let l10n = catalog.localizer(locale, version);
            let internal = register.localizer(locale, version);
            for a in version.sections.iter().flat_map(|s| s.activities.iter()) {
                if let Some(r) = &a.basis.inferred {
                    assert!(internal.has(r), "{locale}: {r}");
                    assert!(!l10n.has(r), "{locale}: {r} is internal, not in the module");
                }
            }
            let names = Basis::ALL
                .iter()
                .map(|v| v.message())
                .chain(DataSubject::ALL.iter().map(|v| v.message()))
                .chain(Condition::ALL.iter().map(|v| v.message()));
            for id in names {
                assert!(l10n.has(id), "{locale}: {id}");
            }
            for id in ListKind::ALL.iter().map(|v| v.message()) {
                assert!(internal.has(id), "{locale}: {id}");
            }
        }
    }
}

/// What an inferred fact would look like in text: its reason, or the basis it infers.
fn inferred_texts(locale: Locale, version: &Version) -> Vec<String> {
    let catalog = register_catalog().unwrap();
    let l10n = catalog.localizer(locale, version);
    let mut out = Vec::new();
    for a in version.sections.iter().flat_map(|s| s.activities.iter()) {
        if let Provenance::Inferred(reason) = a.basis.provenance() {
            out.push(l10n.text(&reason));
            out.push(l10n.text(a.basis.id.message()));
        }
    }
    out.push(l10n.text("provenance-inferred"));
    out
}

#[test]
fn no_text_a_customer_sees_renders_an_inferred_fact() {
    let catalog = shipped();
    let everything = serde_json::json!({
        "customerType": "business",
        "profile": { "firstName": "Jan", "billingAddress": null },
        "services": ["domain", "ssl-paid", "ssl-letsencrypt", "colocation", "mailbox-imap", "mailbox-office365", "managed"],
        "events": ["contacted-email", "contact-form", "contacted-phone", "account-recovery",
                   "datacenter-visit", "quote", "invoice-in-collection", "error-report", "visited-website", "marked-spam"]
    });
    let customer = Customer::parse("customer", &value(everything)).unwrap();
    for today in ["2026-11-26", "2027-01-01"] {
        for &locale in catalog.locales() {
            let data = your_data(
                catalog,
                &YourDataRequest {
                    customer: &customer,
                    locale,
                    today: date(today),
                    accepted_version: common::accepted(shipped(), Some("2018-05-24")),
                },
            );
            let version = catalog.in_effect(date(today));
            let l10n = catalog.localizer(locale, version);
            let html = to_html(&your_data_view(&l10n, &data, "policy.html").into());
            let json = format!("{data:?}");
            let policy = page(catalog, date(today), locale, &catalog.latest().id);
            for text in inferred_texts(locale, version)
                .into_iter()
                .chain(inferred_texts(locale, catalog.latest()))
            {
                assert!(
                    !html.contains(&text),
                    "{locale} {today}: your data shows {text:?}"
                );
                assert!(
                    !json.contains(&text),
                    "{locale} {today}: your data holds {text:?}"
                );
                assert!(
                    !policy.contains(&text),
                    "{locale} {today}: the page shows {text:?}"
                );
            }
        }
    }
}
