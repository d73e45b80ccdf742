//! Locale negotiation and message lookup for one version in one locale.
//!
//! The wording is written in Fluent (`locales/`). `build.rs` compiles it with fluent-bundle
//! into patterns of text and variables (`compile.rs`), so at run time a lookup is a binary
//! search and a variable is a string substitution: no Fluent parser in the module.

#[cfg(not(target_arch = "wasm32"))]
pub mod compile;
pub mod compiled;

use crate::catalog::{Catalog, AUTHORITATIVE_LOCALE};
use crate::date::Date;
use crate::error::{quote, quoted_list, Error};
use compiled::{CompiledFile, Part};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// Picks the catalog locale for a BCP 47 tag: `nl-BE` gives `nl`, `en-GB` gives `en`,
/// a well-formed tag with no match gives the authoritative `nl`. A malformed tag is an error.
pub fn negotiate(catalog: &Catalog, path: &str, requested: &str) -> Result<String, Error> {
    let requested_id: LanguageIdentifier = requested.parse().ok().filter(|_| !requested.trim().is_empty())
        .ok_or_else(|| Error::new(format!(
            "{path}: {} is not a valid language tag; expected one of {} (or a tag such as \"nl-BE\")",
            quote(requested), quoted_list(catalog.locales().iter().map(String::as_str)))))?;
    Ok(negotiate_list(catalog, &[requested_id]))
}

/// Negotiates a list of preferred tags, ignoring malformed ones (as `navigator.languages` may hold).
pub fn negotiate_preferences(catalog: &Catalog, requested: &[String]) -> String {
    let ids: Vec<LanguageIdentifier> = requested.iter().filter_map(|t| t.parse().ok()).collect();
    negotiate_list(catalog, &ids)
}

fn negotiate_list(catalog: &Catalog, requested: &[LanguageIdentifier]) -> String {
    let available: Vec<LanguageIdentifier> = catalog
        .locales()
        .iter()
        .filter_map(|l| l.parse().ok())
        .collect();
    let default: LanguageIdentifier = AUTHORITATIVE_LOCALE.parse().unwrap_or_default();
    let chosen = negotiate_languages(
        requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .map_or_else(|| AUTHORITATIVE_LOCALE.to_string(), |l| l.to_string())
}

/// The wording of one version in one locale.
pub struct Localizer<'c> {
    locale: String,
    /// Newest first: the version's own file, older versions' files, then the shared files.
    files: Vec<&'c CompiledFile>,
}

impl<'c> Localizer<'c> {
    /// `locale` must be one of the catalog's locales (negotiate first).
    pub fn new(catalog: &'c Catalog, locale: &str, version_id: &str) -> Localizer<'c> {
        Localizer {
            locale: locale.to_string(),
            files: catalog.files_for(locale, version_id),
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.parts(id).is_some()
    }

    /// The text of message `id`; a missing message shows its id, so a gap is visible, not fatal.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.format(id, args)
    }

    /// The text of attribute `attr` of message `id` (aria labels and the like).
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(&format!("{id}.{attr}"), &[])
    }

    pub fn attr_with(&self, id: &str, attr: &str, args: &[(&str, &str)]) -> String {
        self.format(&format!("{id}.{attr}"), args)
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

    /// Like [`Localizer::date`], from `YYYY-MM-DD`; an invalid date is shown as it is.
    pub fn iso_date(&self, iso: &str) -> String {
        Date::parse("date", iso).map_or_else(|_| iso.to_string(), |d| self.date(d))
    }

    fn parts(&self, key: &str) -> Option<&'static [Part]> {
        self.files.iter().find_map(|file| file.get(key))
    }

    /// Like Fluent: a variable without a value shows as `{$name}`.
    fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let Some(parts) = self.parts(key) else {
            return key.to_string();
        };
        let mut out = String::new();
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => match args.iter().find(|(n, _)| n == name) {
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
