//! Published texts are frozen: `versions/published.lock` holds, per published version and
//! locale, the SHA-256 of the canonical text exactly as receipts hash it
//! (`policy(locale, version).text`). A stored receipt can therefore always be verified.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{locale as loc, shipped};
use manetti_privacy_core::document::resolve;
use manetti_privacy_core::receipt::content_sha256;
use manetti_privacy_model::date::Date;

const LOCK: &str = include_str!("../versions/published.lock");
const NOTES_LOCK: &str = include_str!("../versions/notes.lock");

fn lock_lines(lock: &str) -> Vec<(&str, &str, &str)> {
    lock.lines()
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

/// What is wrong with `lock` (a lock file's text) for `catalog` on `today`: a locked text
/// that changed, and a version published by `today` that is not locked.
fn lock_problems(lock: &str, today: Date) -> Vec<String> {
    let catalog = shipped();
    let lines = lock_lines(lock);
    let mut problems = Vec::new();
    for (version, locale, sha) in &lines {
        let now = current(version, locale);
        if now != *sha {
            problems.push(format!(
                "the published text of {version} ({locale}) changed: receipts of it no longer verify"
            ));
        }
    }
    for version in catalog.versions() {
        if version.published > today {
            continue;
        }
        for locale in catalog.locales() {
            if !lines
                .iter()
                .any(|(v, l, _)| *v == version.id && *l == locale.as_str())
            {
                problems.push(format!(
                    "{} ({locale}) is published but not in versions/published.lock; add:\n{} {locale} {}",
                    version.id,
                    version.id,
                    current(&version.id, locale.as_str())
                ));
            }
        }
    }
    problems
}

/// The day every shipped version is published on: versions are shipped once published.
fn all_published() -> Date {
    shipped()
        .versions()
        .iter()
        .map(|v| v.published)
        .max()
        .unwrap()
}

#[test]
fn every_shipped_text_is_locked_and_unchanged() {
    assert_eq!(lock_problems(LOCK, all_published()), Vec::<String>::new());
}

#[test]
fn the_lock_check_fails_when_a_locked_text_changes() {
    // The lock as it would be had the 2018 Dutch text been one character different.
    let (_, _, sha) = lock_lines(LOCK)
        .into_iter()
        .find(|(v, l, _)| *v == "2018-05-24" && *l == "nl")
        .unwrap();
    let mut other = sha.to_string();
    other.replace_range(0..1, if sha.starts_with('0') { "1" } else { "0" });
    let problems = lock_problems(&LOCK.replace(sha, &other), all_published());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("2018-05-24 (nl) changed"),
        "{problems:?}"
    );
}

#[test]
fn the_lock_check_fails_for_a_published_version_that_is_not_locked() {
    let newest = shipped().latest();
    let without: String = LOCK
        .lines()
        .filter(|l| !l.starts_with(newest.id.as_str()))
        .map(|l| format!("{l}\n"))
        .collect();
    // The day it is published it must be locked, in every locale; the day before, not yet.
    let problems = lock_problems(&without, newest.published);
    assert_eq!(problems.len(), shipped().locales().len(), "{problems:?}");
    assert!(problems
        .iter()
        .all(|p| p.contains("not in versions/published.lock")));
    let day_before = (0..40_000)
        .map(Date::from_unix_days)
        .take_while(|d| *d < newest.published)
        .last()
        .unwrap();
    assert_eq!(lock_problems(&without, day_before), Vec::<String>::new());
}

/// The SHA-256 of a version's own change notes in `locale`, as customers were shown them:
/// each note's kind and text, one per line.
fn notes_sha256(version: &str, locale: &str) -> String {
    use sha2::{Digest, Sha256};
    let catalog = shipped();
    let v = catalog.version("version", version).unwrap();
    let l10n = catalog.localizer(loc(locale), v);
    let text: String = v
        .notes
        .iter()
        .map(|n| format!("{}\t{}\n", n.message, l10n.text(&n.message)))
        .collect();
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn the_change_notes_of_every_published_version_are_frozen_too() {
    // A published version's notes are what its customers were shown: their wording never
    // changes (fixes go to the next version, versions/NEXT.md). Kinds and first-screen
    // sentences are not wording of the version and may be refined.
    let lines = lock_lines(NOTES_LOCK);
    let catalog = shipped();
    for version in catalog.versions().iter().filter(|v| !v.notes.is_empty()) {
        for locale in catalog.locales() {
            let now = notes_sha256(&version.id, locale.as_str());
            let locked = lines
                .iter()
                .find(|(v, l, _)| *v == version.id && *l == locale.as_str())
                .unwrap_or_else(|| {
                    panic!(
                        "{} ({locale}) has notes but no line in versions/notes.lock; add:\n{} {locale} {now}",
                        version.id, version.id
                    )
                });
            assert_eq!(
                locked.2, now,
                "the notes of {} ({locale}) changed",
                version.id
            );
        }
    }
    assert!(!lines.is_empty());
}
