//! Locale negotiation and message lookup: a Fluent bundle for one version in one locale.

use crate::catalog::{Catalog, AUTHORITATIVE_LOCALE};
use crate::date::Date;
use crate::error::{quote, quoted_list, Error};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
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
    let available: Vec<LanguageIdentifier> = catalog.locales().iter().filter_map(|l| l.parse().ok()).collect();
    let default: LanguageIdentifier = AUTHORITATIVE_LOCALE.parse().unwrap_or_default();
    let chosen = negotiate_languages(requested, &available, Some(&default), NegotiationStrategy::Lookup);
    chosen.first().map_or_else(|| AUTHORITATIVE_LOCALE.to_string(), |l| l.to_string())
}

fn fluent_args<'a>(args: &[(&'a str, &'a str)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(*value));
    }
    fluent_args
}

/// The wording of one version in one locale.
pub struct Localizer<'c> {
    locale: String,
    bundle: FluentBundle<&'c FluentResource>,
}

impl<'c> Localizer<'c> {
    /// `locale` must be one of the catalog's locales (negotiate first).
    pub fn new(catalog: &'c Catalog, locale: &str, version_id: &str) -> Localizer<'c> {
        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        for resource in catalog.resources(locale, version_id) {
            bundle.add_resource_overriding(resource);
        }
        Localizer { locale: locale.to_string(), bundle }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of message `id`; a missing message shows its id, so a gap is visible, not fatal.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    pub fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.format(id, None, Some(&fluent_args(args)))
    }

    /// The text of attribute `attr` of message `id` (aria labels and the like).
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(id, Some(attr), None)
    }

    pub fn attr_with(&self, id: &str, attr: &str, args: &[(&str, &str)]) -> String {
        self.format(id, Some(attr), Some(&fluent_args(args)))
    }

    /// `24 mei 2018`, `24 May 2018`.
    pub fn date(&self, date: Date) -> String {
        let day = date.day.to_string();
        let year = date.year.to_string();
        let month = self.text(&format!("month-{}", date.month));
        self.text_with("date-long", &[("day", &day), ("month", &month), ("year", &year)])
    }

    /// Like [`Localizer::date`], from `YYYY-MM-DD`; an invalid date is shown as it is.
    pub fn iso_date(&self, iso: &str) -> String {
        Date::parse("date", iso).map_or_else(|_| iso.to_string(), |d| self.date(d))
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        let Some(message) = self.bundle.get_message(id) else { return id.to_string() };
        let pattern = match attr {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else { return id.to_string() };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}
