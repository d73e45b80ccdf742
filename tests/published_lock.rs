//! Published texts are frozen: `versions/published.lock` holds, per published version and
//! locale, the SHA-256 of the canonical text exactly as receipts hash it
//! (`policy(locale, version).text`). A stored receipt can therefore always be verified.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{locale as loc, shipped};
use manetti_privacy::document::resolve;
use manetti_privacy::receipt::content_sha256;
use std::time::{SystemTime, UNIX_EPOCH};

const LOCK: &str = include_str!("../versions/published.lock");

fn lock_lines() -> Vec<(&'static str, &'static str, &'static str)> {
    LOCK.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let parts: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(
                parts.len(),
                3,
                "lock line {l:?}: expected `version locale sha256`"
            );
            (parts[0], parts[1], parts[2])
        })
        .collect()
}

fn current(version: &str, locale: &str) -> String {
    let catalog = shipped();
    let v = catalog
        .version("version", version)
        .unwrap_or_else(|_| panic!("{version} is locked but no longer shipped"));
    content_sha256(&resolve(catalog, v, loc(locale)))
}

#[test]
fn no_published_text_has_changed() {
    for (version, locale, sha) in lock_lines() {
        assert_eq!(
            current(version, locale),
            sha,
            "the published text of {version} ({locale}) changed: receipts of it no longer verify"
        );
    }
}

#[test]
fn every_published_version_in_every_locale_is_locked() {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let today = manetti_privacy::date::Date::from_unix_days((secs / 86_400) as i64);
    let lines = lock_lines();
    let catalog = shipped();
    for version in catalog.versions() {
        if version.published > today {
            continue;
        }
        for locale in catalog.locales() {
            assert!(
                lines
                    .iter()
                    .any(|(v, l, _)| *v == version.id && *l == locale.as_str()),
                "{} ({locale}) is published but not in versions/published.lock; add:\n{} {locale} {}",
                version.id,
                version.id,
                current(&version.id, locale.as_str())
            );
        }
    }
}

#[test]
fn the_lock_test_fails_when_a_published_text_changes() {
    let catalog = shipped();
    let v = catalog.version("version", "2018-05-24").unwrap();
    let mut doc = resolve(catalog, v, loc("nl"));
    let (_, _, sha) = lock_lines()
        .into_iter()
        .find(|(v, l, _)| *v == "2018-05-24" && *l == "nl")
        .unwrap();
    assert_eq!(content_sha256(&doc), sha);
    doc.text.push(' ');
    assert_ne!(content_sha256(&doc), sha);
}
