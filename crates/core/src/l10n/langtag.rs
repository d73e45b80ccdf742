//! A small BCP 47 language-tag parser and lookup negotiator, in place of unic-langid and
//! fluent-langneg (their cost in the module: ARCHITECTURE.md "Size ledger").
//!
//! It gives the same answers as `unic_langid::LanguageIdentifier` 0.9 parsing followed by
//! `fluent_langneg::negotiate_languages(.., NegotiationStrategy::Lookup)` for the way the
//! library uses them: the available locales are bare language subtags ("nl", "en"), so a
//! requested tag matches exactly when its language subtag equals one (case-insensitively),
//! and "und" matches none. `tests/langtag.rs` checks the equivalence against both crates on a
//! generated corpus.
//!
//! The grammar mirrors unic-langid-impl 0.9 (`parser/mod.rs`, `subtags/*.rs`), quirks included:
//! `language[-script][-region][-variant]*`, separators `-` or `_`, no extensions or private use.

/// Whether `s` is ASCII without NUL (what tinystr accepts; the length is checked by the caller).
fn tiny(s: &[u8]) -> bool {
    s.iter().all(|&b| b != 0 && b < 0x80)
}

fn alpha(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_alphabetic)
}

fn alnum(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_alphanumeric)
}

/// 2–3 or 5–8 ASCII letters.
fn is_language(s: &[u8]) -> bool {
    (2..=8).contains(&s.len()) && s.len() != 4 && alpha(s)
}

/// 4 ASCII letters.
fn is_script(s: &[u8]) -> bool {
    s.len() == 4 && alpha(s)
}

/// 2 ASCII letters or 3 ASCII digits.
fn is_region(s: &[u8]) -> bool {
    match s.len() {
        2 => alpha(s),
        3 => s.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// 5–8 alphanumerics, or 4 characters that start with a digit. Like unic-langid 0.9, a
/// 4-character subtag is also accepted when its last three are alphanumeric, and one that
/// starts with a digit is not checked further (beyond ASCII without NUL).
fn is_variant(s: &[u8]) -> bool {
    match s.len() {
        4 => tiny(s) && (s[0].is_ascii_digit() || alnum(&s[1..])),
        5..=8 => alnum(s),
        _ => false,
    }
}

/// The language subtag of a well-formed tag, as written (`"und"` included), or `None` when
/// the tag is malformed.
pub fn language(tag: &str) -> Option<&str> {
    let mut subtags = tag.split(['-', '_']);
    let language = subtags.next().unwrap_or_default();
    if !is_language(language.as_bytes()) {
        return None;
    }
    // 1: after the language, 2: after a script, 3: after a region or a variant.
    let mut position = 1;
    for subtag in subtags {
        let s = subtag.as_bytes();
        position = match position {
            1 if is_script(s) => 2,
            1 | 2 if is_region(s) => 3,
            _ if is_variant(s) => 3,
            // Anything else (an extension, private use, an empty subtag) is an error.
            _ => return None,
        };
    }
    Some(language)
}

/// Lookup: the index in `available` (bare language subtags) of the match for the first
/// requested language that has one; `None` when none has (the caller's default applies).
/// `requested` holds languages from [`language`].
pub fn lookup<'r>(
    available: &[&str],
    requested: impl IntoIterator<Item = &'r str>,
) -> Option<usize> {
    requested
        .into_iter()
        .filter(|language| !language.eq_ignore_ascii_case("und"))
        .find_map(|language| {
            available
                .iter()
                .position(|a| a.eq_ignore_ascii_case(language))
        })
}
