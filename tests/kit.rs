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

mod receipts {
    use super::*;
    use manetti_privacy::input::Value;
    use manetti_privacy::verify::{is_timestamp, verify_receipt};
    use std::process::Command;

    fn genuine(version: &str, locale: &str) -> serde_json::Value {
        let catalog = shipped();
        let doc = resolve(catalog, catalog.version("v", version).unwrap(), locale);
        serde_json::to_value(receipt(&doc, "2026-11-26T09:30:00.123Z")).unwrap()
    }

    fn to_value(json: &serde_json::Value) -> Value {
        match json {
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Object(o) => {
                Value::Object(o.iter().map(|(k, v)| (k.clone(), to_value(v))).collect())
            }
            serde_json::Value::Null => Value::Null,
            other => Value::Other(other.to_string()),
        }
    }

    fn reason(json: &serde_json::Value) -> Option<String> {
        verify_receipt(shipped(), &to_value(json)).reason
    }

    #[test]
    fn a_genuine_receipt_of_every_version_and_locale_is_valid() {
        for v in shipped().versions() {
            for locale in shipped().locales() {
                let r = verify_receipt(shipped(), &to_value(&genuine(&v.id, locale)));
                assert!(r.valid && r.reason.is_none(), "{} {locale}", v.id);
            }
        }
    }

    #[test]
    fn each_flaw_is_named() {
        let id = shipped().latest().id.clone();
        let cases: [(&str, serde_json::Value, &str); 6] = [
            (
                "version",
                "2019-01-01".into(),
                "receipt.version: unknown value \"2019-01-01\"",
            ),
            (
                "locale",
                "de".into(),
                "receipt.locale: unknown value \"de\"",
            ),
            (
                "acceptedAt",
                "2026-02-30T10:00:00Z".into(),
                "receipt.acceptedAt:",
            ),
            ("acceptedAt", "yesterday".into(), "receipt.acceptedAt:"),
            (
                "contentSha256",
                "00".repeat(32).into(),
                "receipt.contentSha256: does not match",
            ),
            ("extra", "x".into(), "receipt.extra: unknown key"),
        ];
        for (key, value, expected) in cases {
            let mut r = genuine(&id, "nl");
            r[key] = value;
            let got = reason(&r).unwrap_or_default();
            assert!(got.starts_with(expected), "{key}: {got}");
        }
        // The hash of another locale's text does not pass for this one.
        let mut r = genuine(&id, "nl");
        r["contentSha256"] = genuine(&id, "en")["contentSha256"].clone();
        assert!(reason(&r).unwrap().starts_with("receipt.contentSha256"));
        let mut r = genuine(&id, "nl");
        r.as_object_mut().unwrap().remove("acceptedAt");
        assert_eq!(reason(&r).unwrap(), "receipt.acceptedAt: missing");
        assert!(reason(&serde_json::json!([]))
            .unwrap()
            .starts_with("receipt: expected an object"));
    }

    #[test]
    fn timestamps_are_checked_field_by_field() {
        for ok in [
            "2026-11-26T09:30Z",
            "2026-11-26T09:30:00Z",
            "2026-11-26T09:30:00.5+01:00",
            "2024-02-29T23:59:60-12:00",
        ] {
            assert!(is_timestamp(ok), "{ok}");
        }
        for bad in [
            "2026-11-26",
            "2026-11-26T24:00:00Z",
            "2026-11-26T09:60:00Z",
            "2026-11-26T09:30:00",
            "2026-11-26T09:30:00.Z",
            "2026-11-26T09:30:00+1:00",
            "2025-02-29T10:00:00Z",
            "2026-11-26 09:30:00Z",
            "2026-11-26T09:30:00Zjunk",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }

    fn cli(args: &[&str]) -> (i32, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_manetti-privacy"))
            .args(args)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code().unwrap_or(-1), text)
    }

    #[test]
    fn the_verify_command_exits_0_for_a_genuine_receipt_and_1_otherwise() {
        let dir = std::env::temp_dir().join(format!("mp-kit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = |name: &str| dir.join(name).to_string_lossy().to_string();
        let good = genuine(&shipped().latest().id, "en");
        std::fs::write(path("good.json"), good.to_string()).unwrap();
        let mut bad = good.clone();
        bad["locale"] = "nl".into();
        std::fs::write(path("bad.json"), bad.to_string()).unwrap();
        std::fs::write(path("junk.json"), "{ not json").unwrap();
        assert_eq!(cli(&["verify", &path("good.json")]), (0, "valid\n".into()));
        let (code, text) = cli(&["verify", &path("bad.json")]);
        assert_eq!(code, 1);
        assert!(text.starts_with("invalid: receipt.contentSha256"), "{text}");
        assert_eq!(cli(&["verify", &path("junk.json")]).0, 1);
        assert_eq!(cli(&["verify", &path("missing.json")]).0, 1);
        assert_eq!(cli(&["verify"]).0, 2);
        assert_eq!(cli(&["frobnicate"]).0, 2);
    }
}
