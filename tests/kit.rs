//! The control-panel kit, natively: the acceptance decision agrees with the banner,
//! `versions.json` agrees with the catalog, receipts verify, feeds and e-mail texts hold.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{date, fixture_catalog, shipped};
use manetti_privacy::catalog::Catalog;
use manetti_privacy::date::Date;
use manetti_privacy::diff::changes_since;
use manetti_privacy::document::resolve;
use manetti_privacy::l10n::Localizer;
use manetti_privacy::receipt::{content_sha256, receipt};
use manetti_privacy::verify::needs_acceptance;
use manetti_privacy::view::banner::banner;

/// The days around every date of every version: the day before, the day, the day after.
fn days_around(catalog: &Catalog) -> Vec<Date> {
    let mut days = Vec::new();
    for v in catalog.versions() {
        for iso in [&v.published, &v.effective] {
            let d = date(iso);
            let n = days_since_epoch(d);
            days.extend([n - 1, n, n + 1].map(Date::from_unix_days));
        }
    }
    days
}

fn days_since_epoch(d: Date) -> i64 {
    (0..40_000)
        .find(|n| Date::from_unix_days(*n) == d)
        .expect("a date after 1970")
}

fn assert_agrees(catalog: &Catalog) {
    let accepted: Vec<Option<&str>> = std::iter::once(None)
        .chain(catalog.versions().iter().map(|v| Some(v.id.as_str())))
        .collect();
    let mut shown = 0;
    for today in days_around(catalog) {
        for a in &accepted {
            let decision = needs_acceptance(catalog, *a, today).unwrap();
            for locale in catalog.locales() {
                let changes = changes_since(catalog, *a, locale, today, None).unwrap();
                let l10n = Localizer::new(catalog, locale, &catalog.latest().id);
                let renders = banner(&l10n, &changes, false).is_some();
                assert_eq!(
                    decision.needed, renders,
                    "accepted {a:?} on {today:?} in {locale}"
                );
                assert_eq!(decision.in_effect, changes.in_effect);
                shown += usize::from(renders);
            }
            assert_eq!(decision.version, catalog.latest().id);
            assert_eq!(decision.effective, catalog.latest().effective);
        }
    }
    assert!(shown > 0, "some case shows a banner");
}

#[test]
fn needs_acceptance_agrees_with_the_banner_on_every_version_and_day_shipped() {
    assert_agrees(shipped());
}

#[test]
fn needs_acceptance_agrees_with_the_banner_on_the_fixture_chain() {
    let catalog = fixture_catalog("chain");
    assert_agrees(&catalog);
    // The chain's last step is editorial only: no acceptance needed from the one before it.
    let before_last = &catalog.versions()[catalog.versions().len() - 2].id;
    let d = needs_acceptance(&catalog, Some(before_last), date("2030-01-01")).unwrap();
    assert!(!d.needed && !d.material);
}

#[test]
fn needs_acceptance_names_an_unknown_version() {
    let e = needs_acceptance(shipped(), Some("2019-01-01"), date("2026-01-01")).unwrap_err();
    assert!(e
        .message()
        .starts_with("acceptedVersion: unknown value \"2019-01-01\""));
}

#[test]
fn versions_json_agrees_with_the_catalog() {
    let catalog = shipped();
    let json: serde_json::Value =
        serde_json::from_str(&manetti_privacy::feed::versions_json(catalog)).unwrap();
    let list = json["versions"].as_array().unwrap();
    assert_eq!(list.len(), catalog.versions().len());
    for (i, (entry, v)) in list.iter().zip(catalog.versions()).enumerate() {
        assert_eq!(entry["id"], v.id.as_str());
        assert_eq!(entry["published"], v.published.as_str());
        assert_eq!(entry["effective"], v.effective.as_str());
        let material = entry["materialSince"].as_object().unwrap();
        assert_eq!(material.len(), i);
        for earlier in &catalog.versions()[..i] {
            let d = manetti_privacy::diff::changes_between(
                catalog,
                Some(earlier),
                v,
                "nl",
                date("2000-01-01"),
                None,
            );
            assert_eq!(material[&earlier.id], d.material);
        }
        for locale in catalog.locales() {
            let doc = resolve(catalog, v, locale);
            assert_eq!(
                entry["contentSha256"][locale],
                content_sha256(&doc).as_str()
            );
            assert_eq!(content_sha256(&doc), receipt(&doc, "x").content_sha256);
        }
    }
    // Every step of the shipped history so far is material.
    assert_eq!(
        list.last().unwrap()["materialSince"][&catalog.versions()[0].id],
        true
    );
}
