//! `core::l10n::langtag` gives the same answers as the crates it replaced: unic-langid 0.9
//! parsing plus fluent-langneg 0.13 Lookup (kept here as native dev-dependencies). The old
//! path is the library's former code, copied below; the new path is the library's own
//! `negotiate` / `negotiate_preferences`, with the available locales in both orders.
#![cfg(not(target_arch = "wasm32"))]

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::l10n::{langtag, negotiate, negotiate_preferences, Locale};
use manetti_privacy_model::error::{quote, quoted_list};
use unic_langid::LanguageIdentifier;

const PATH: &str = "options.locale";

// ---- The old path (l10n before langtag.rs), on locale ids as strings ----

fn old_negotiate(available: &[&str], requested: &str) -> Result<String, String> {
    let requested_id: Option<LanguageIdentifier> = requested
        .parse()
        .ok()
        .filter(|_| !requested.trim().is_empty());
    let requested_id = requested_id.ok_or_else(|| {
        format!(
            "{PATH}: {} is not a valid language tag; expected one of {} (or a tag such as \"nl-BE\")",
            quote(requested),
            quoted_list(available.iter().copied())
        )
    })?;
    Ok(old_negotiate_list(available, &[requested_id]))
}

fn old_negotiate_preferences(available: &[&str], requested: &[String]) -> String {
    let ids: Vec<LanguageIdentifier> = requested.iter().filter_map(|t| t.parse().ok()).collect();
    old_negotiate_list(available, &ids)
}

fn old_negotiate_list(available: &[&str], requested: &[LanguageIdentifier]) -> String {
    let fallback = available.first().copied().unwrap_or("nl");
    let ids: Vec<LanguageIdentifier> = available.iter().filter_map(|l| l.parse().ok()).collect();
    let default: LanguageIdentifier = fallback.parse().unwrap_or_default();
    let chosen = negotiate_languages(requested, &ids, Some(&default), NegotiationStrategy::Lookup);
    if let Some(id) = chosen.first() {
        let id = id.to_string();
        for &locale in available {
            if locale == id.as_str() {
                return locale.to_string();
            }
        }
    }
    fallback.to_string()
}

// ---- The corpus ----

/// The available locales in both orders: the shipped catalog's (["nl", "en"]) and reversed.
fn availables() -> Vec<Vec<Locale>> {
    let shipped = Catalog::shipped().locales().to_vec();
    let names: Vec<&str> = shipped.iter().map(|l| l.as_str()).collect();
    assert_eq!(
        names,
        ["nl", "en"],
        "the catalog's locales changed: extend this test"
    );
    let mut reversed = shipped.clone();
    reversed.reverse();
    vec![shipped, reversed]
}

/// First subtags: languages (valid, "und", wrong length, digits) and odd ones.
const FIRST: &[&str] = &[
    "nl",
    "NL",
    "en",
    "En",
    "fr",
    "und",
    "UnD",
    "deu",
    "dutch",
    "abcdefgh",
    "n",
    "abcd",
    "abcdefghi",
    "n1",
    "",
    "x",
    "i",
    "é",
    "ñl",
];

/// Later subtags: scripts, regions, variants (incl. unic-langid's 4-character quirks),
/// extensions, private use, empty, non-ASCII, NUL, too long.
const LATER: &[&str] = &[
    "Latn",
    "LATN",
    "latn",
    "Lat1",
    "BE",
    "be",
    "Nl",
    "419",
    "41",
    "4190",
    "1996",
    "fonipa",
    "POSIX",
    "1a.b",
    "!abc",
    "a!bc",
    "abcdefghi",
    "u",
    "ca",
    "gregory",
    "x",
    "t",
    "",
    "é",
    "1\0ab",
    "nl",
];

fn odd_inputs() -> Vec<String> {
    let mut odd: Vec<String> = [
        "",
        " ",
        "-",
        "_",
        "--",
        "nl-",
        "-nl",
        "nl_",
        "nl--BE",
        "x-nl",
        "i-klingon",
        "nl-u-ca-gregory",
        "nl-BE-u-ca-gregory",
        "nl-x-private",
        "en-t-nl",
        "NL_be",
        "nL_Be",
        "nl_BE-1996",
        "en-Latn-GB-oxendict",
        "und-NL",
        "und-Latn",
        "und",
        " nl",
        "nl ",
        "nl\n",
        "\0",
        "nl\0",
        "nédérlands",
        "日本語",
        "zh-Hant-TW",
        "sr-Latn-RS",
        "nl-NL-NL",
        "nl-Latn-Latn",
        "nl-1996-1996",
        "en-US-POSIX",
        "en-419",
        "en-001",
        "nl-BE-abcd",
        "nl-abcd",
        "nl-Latn-abcd",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    odd.push("a".repeat(10_000));
    odd.push(format!("nl-{}", "-".repeat(5_000)));
    odd.push(format!("nl-{}fonipa", "1996-".repeat(2_000)));
    odd.push(format!("en{}", "-BE".repeat(3_000)));
    odd
}

/// Case mode by index: as written, lower, upper, alternating.
fn recase(tag: &str, mode: usize) -> String {
    match mode % 4 {
        0 => tag.to_string(),
        1 => tag.to_ascii_lowercase(),
        2 => tag.to_ascii_uppercase(),
        _ => tag
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i % 2 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
    }
}

/// Every combination of 1 to 4 subtags (FIRST then LATER), with `-` and with `_`, each in one
/// of four case modes, plus the odd inputs.
fn corpus() -> Vec<String> {
    let mut tags = odd_inputs();
    let mut stack: Vec<Vec<&str>> = FIRST.iter().map(|f| vec![*f]).collect();
    while let Some(parts) = stack.pop() {
        for sep in ["-", "_"] {
            let n = tags.len();
            tags.push(recase(&parts.join(sep), n));
        }
        if parts.len() < 4 {
            for later in LATER {
                let mut next = parts.clone();
                next.push(later);
                stack.push(next);
            }
        }
    }
    tags
}

fn check_single(available: &[Locale], tag: &str) {
    let names: Vec<&str> = available.iter().map(|l| l.as_str()).collect();
    let old = old_negotiate(&names, tag);
    let new = negotiate(available, PATH, tag)
        .map(|l| l.as_str().to_string())
        .map_err(|e| e.message().to_string());
    assert_eq!(new, old, "negotiate({names:?}, {tag:?})");
    // The parse itself: same Ok/Err and the same language subtag.
    let old_language = tag
        .parse::<LanguageIdentifier>()
        .ok()
        .map(|id| id.language.to_string());
    let new_language = langtag::language(tag).map(str::to_ascii_lowercase);
    assert_eq!(new_language, old_language, "language({tag:?})");
}

fn check_preferences(available: &[Locale], tags: &[String]) {
    let names: Vec<&str> = available.iter().map(|l| l.as_str()).collect();
    let old = old_negotiate_preferences(&names, tags);
    let new = negotiate_preferences(available, tags).as_str();
    assert_eq!(new, old, "negotiate_preferences({names:?}, {tags:?})");
}

#[test]
fn single_tags_negotiate_as_before() {
    let tags = corpus();
    assert!(tags.len() > 200_000, "corpus shrank: {}", tags.len());
    let mut valid = 0;
    for available in availables() {
        for tag in &tags {
            check_single(&available, tag);
            valid += usize::from(langtag::language(tag).is_some());
        }
    }
    // Both outcomes are well represented.
    assert!(
        valid > 10_000 && valid < tags.len(),
        "valid: {valid} of {}",
        tags.len() * 2
    );
}

#[test]
fn every_short_language_negotiates_as_before() {
    // Every 2- and 3-letter language, bare and with a script and/or region: fluent-langneg
    // also tries likely subtags, which must never turn another language into "nl" or "en".
    let letters = b'a'..=b'z';
    let mut languages: Vec<String> = letters.clone().map(|a| (a as char).to_string()).collect();
    for a in letters.clone() {
        for b in letters.clone() {
            languages.push(format!("{}{}", a as char, b as char));
            for c in letters.clone() {
                languages.push(format!("{}{}{}", a as char, b as char, c as char));
            }
        }
    }
    for available in availables() {
        for language in &languages {
            for suffix in ["", "-NL", "-Latn", "-Latn-BE", "-Cyrl-US", "-001"] {
                check_single(&available, &format!("{language}{suffix}"));
            }
        }
    }
}

#[test]
fn preference_lists_negotiate_as_before() {
    let pool: Vec<String> = [
        "nl",
        "NL_be",
        "en-GB",
        "EN",
        "en_Latn_US",
        "fr",
        "de-NL",
        "und",
        "und-NL",
        "x-nl",
        "i-klingon",
        "nl-u-ca-gregory",
        "",
        "-",
        "nl-",
        "é",
        "en-1996",
        "fr-BE",
        "zz",
        "nl-abcd",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut lists: Vec<Vec<String>> = vec![vec![]];
    for a in &pool {
        lists.push(vec![a.clone()]);
        for b in &pool {
            lists.push(vec![a.clone(), b.clone()]);
            for c in &pool {
                lists.push(vec![a.clone(), b.clone(), c.clone()]);
            }
        }
    }
    for available in availables() {
        for list in &lists {
            check_preferences(&available, list);
        }
    }
}

#[test]
fn examples() {
    let available = &availables()[0];
    let pick = |tag: &str| {
        negotiate(available, PATH, tag)
            .map(|l| l.as_str())
            .map_err(|_| ())
    };
    assert_eq!(pick("nl-BE"), Ok("nl"));
    assert_eq!(pick("EN_gb"), Ok("en"));
    assert_eq!(pick("fr"), Ok("nl"));
    assert_eq!(pick("und"), Ok("nl"));
    for bad in ["", " ", "x-nl", "i-klingon", "nl-u-ca-gregory", "nl-", "é"] {
        assert!(pick(bad).is_err(), "{bad:?}");
    }
}
