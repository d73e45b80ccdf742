//! Locale negotiation and message lookup for one version in one locale.
//!
//! The wording is written in Fluent (`locales/`). The build compiles it with fluent-bundle
//! into patterns of text and variables (`manetti_privacy_build_support::compile`), so at run
//! time a lookup is a binary search of the key table and a walk of compact indexes comparing
//! numbers (`manetti_privacy_model::compiled`), and
//! a variable is a string substitution: no Fluent parser in the module.
//!
//! This module knows files and locales, not the catalog: `catalog` depends on it, never the
//! other way round.

pub mod langtag;

pub use manetti_privacy_model::compiled::MessageId;
use manetti_privacy_model::compiled::{CompiledFile, Part, Parts};
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::{quote, quoted_list, Error};
use serde::{Serialize, Serializer};

/// The id of the locale whose text is authoritative.
pub const AUTHORITATIVE_LOCALE: &str = "nl";

/// A locale the wording exists in: obtained from the catalog's list or by negotiating
/// against it, never from a free string, so a `Localizer` always has its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static str);

impl Locale {
    /// The authoritative locale, which every catalog has.
    pub const AUTHORITATIVE: Locale = Locale(AUTHORITATIVE_LOCALE);

    /// For the catalog, which knows which locales its files are in.
    pub(crate) fn of_files(id: &'static str) -> Locale {
        Locale(id)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl From<Locale> for String {
    fn from(locale: Locale) -> String {
        locale.0.to_string()
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for Locale {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Picks one of `available` (the fallback first) for a BCP 47 tag: `nl-BE` gives `nl`,
/// `en-GB` gives `en`, a well-formed tag with no match gives the fallback. A malformed tag
/// is an error that names `path` and the available locales.
pub fn negotiate(available: &[Locale], path: &str, requested: &str) -> Result<Locale, Error> {
    let language = langtag::language(requested).filter(|_| !requested.trim().is_empty());
    let language = language.ok_or_else(|| {
        Error::new(format!(
            "{path}: {} is not a valid language tag; expected one of {} (or a tag such as \"nl-BE\")",
            quote(requested),
            quoted_list(available.iter().map(|l| l.as_str()))
        ))
    })?;
    Ok(negotiate_list(available, [language]))
}

/// Negotiates a list of preferred tags, ignoring malformed ones (as `navigator.languages` may hold).
pub fn negotiate_preferences(available: &[Locale], requested: &[String]) -> Locale {
    negotiate_list(
        available,
        requested.iter().filter_map(|t| langtag::language(t)),
    )
}

/// Lookup (see [`langtag`]): the first requested language one of `available` has, else the
/// fallback (the first available locale).
fn negotiate_list<'r>(
    available: &[Locale],
    languages: impl IntoIterator<Item = &'r str>,
) -> Locale {
    let fallback = available.first().copied().unwrap_or(Locale::AUTHORITATIVE);
    let names: Vec<&str> = available.iter().map(|l| l.as_str()).collect();
    match langtag::lookup(&names, languages) {
        Some(i) => available.get(i).copied().unwrap_or(fallback),
        None => fallback,
    }
}

/// The wording of one version in one locale.
pub struct Localizer<'c> {
    locale: Locale,
    /// Newest first: the version's own file, older versions' files, then the shared files.
    files: Vec<&'c CompiledFile>,
}

impl<'c> Localizer<'c> {
    /// `files` in lookup order (see `Catalog::localizer`, which picks them for a version).
    pub fn new(locale: Locale, files: Vec<&'c CompiledFile>) -> Localizer<'c> {
        Localizer { locale, files }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has<'k>(&self, id: impl Into<MessageId<'k>>) -> bool {
        self.parts(id.into()).is_some()
    }

    /// The text of message `id`; a missing message shows its id, so a gap is visible, not fatal.
    pub fn text<'k>(&self, id: impl Into<MessageId<'k>>) -> String {
        self.format(id.into(), &[])
    }

    pub fn text_with<'k>(&self, id: impl Into<MessageId<'k>>, args: &[(&str, &str)]) -> String {
        self.format(id.into(), args)
    }

    /// The text of attribute `attr` of message `id` (aria labels and the like).
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(MessageId::from(&format!("{id}.{attr}")), &[])
    }

    pub fn attr_with(&self, id: &str, attr: &str, args: &[(&str, &str)]) -> String {
        self.format(MessageId::from(&format!("{id}.{attr}")), args)
    }

    /// `24 mei 2018`, `24 May 2018`.
    pub fn date(&self, date: Date) -> String {
        let day = date.day.to_string();
        let year = date.year.to_string();
        let month = self.text(&format!("month-{}", date.month));
        self.text_with(
            "date-long",
            &[("day", &day), ("month", &month), ("year", &year)],
        )
    }

    fn parts(&self, key: MessageId) -> Option<Parts> {
        self.files.iter().find_map(|file| file.get(key))
    }

    /// Like Fluent: a variable without a value shows as `{$name}`.
    fn format(&self, key: MessageId, args: &[(&str, &str)]) -> String {
        let Some(parts) = self.parts(key) else {
            return key.to_string();
        };
        let mut out = String::new();
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
        out
    }
}
