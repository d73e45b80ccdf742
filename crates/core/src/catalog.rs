//! All versions of the policy and all their wording: the shipped set, or a test fixture set.
//!
//! A version's text in a locale is the locale's shared files (`terms.ftl`, `ui.ftl`) plus
//! `policy-<id>.ftl` of that version and of every version before it, later ones overriding
//! earlier ones. A new version's file therefore holds only the messages it adds or rewords.

use crate::l10n::{negotiate, negotiate_preferences, Locale, Localizer};
use manetti_privacy_model::compiled::CompiledFile;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::Error;
use manetti_privacy_model::{Decode, Reader, Version};
use std::sync::OnceLock;

pub use crate::l10n::AUTHORITATIVE_LOCALE;

mod shipped {
    use manetti_privacy_model::compiled::{CompiledFile, Keys, Messages};
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// A catalog has at least one version: [`Catalog::new`] refuses none, and `shipped()` takes
/// the versions that the build wrote in binary form after refusing to build with none.
pub struct Catalog {
    /// Oldest first; never empty.
    versions: Vec<Version>,
    files: Vec<CompiledFile>,
    /// The authoritative locale first: it is the fallback of negotiation.
    locales: Vec<Locale>,
}

impl Catalog {
    /// The versions and wording built into this package.
    ///
    /// The build (`build-support`'s `shipped`) decodes the very bytes decoded here, with the same decoder and key table,
    /// and refuses to build unless they give back the version files, at least one: the
    /// `unreachable!` cannot fire.
    pub fn shipped() -> &'static Catalog {
        static SHIPPED: OnceLock<Catalog> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            let texts = |n: u16| shipped::KEYS.get(n);
            let mut reader = Reader::new(shipped::VERSIONS, &texts);
            let versions = Vec::<Version>::decode(&mut reader);
            if !reader.is_good() || versions.is_empty() {
                unreachable!("the build decoded the shipped versions");
            }
            Catalog::with(versions, shipped::FTL_FILES.to_vec())
        })
    }

    /// Builds a catalog from versions (oldest first) and compiled `.ftl` files.
    pub fn new(versions: Vec<Version>, files: Vec<CompiledFile>) -> Result<Catalog, Error> {
        if versions.is_empty() {
            return Err(Error::new("the catalog has no versions"));
        }
        Ok(Catalog::with(versions, files))
    }

    /// `versions` must not be empty.
    fn with(versions: Vec<Version>, files: Vec<CompiledFile>) -> Catalog {
        let mut locales = vec![Locale::AUTHORITATIVE];
        for file in &files {
            if !locales.iter().any(|l| *l == *file.locale) {
                locales.push(Locale::of_files(file.locale));
            }
        }
        Catalog {
            versions,
            files,
            locales,
        }
    }

    /// All versions, oldest first.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    /// The locales, the authoritative one first.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The catalog locale with exactly this id; the error lists the known ids.
    pub fn locale(&self, path: &str, id: &str) -> Result<Locale, Error> {
        for &locale in &self.locales {
            if locale == *id {
                return Ok(locale);
            }
        }
        Err(Error::unknown_value(
            path,
            id,
            self.locales.iter().map(|l| l.as_str()),
        ))
    }

    /// The catalog locale for a BCP 47 tag (see [`crate::l10n::negotiate`]).
    pub fn negotiate(&self, path: &str, tag: &str) -> Result<Locale, Error> {
        negotiate(&self.locales, path, tag)
    }

    /// The catalog locale for a list of preferred tags; malformed ones are skipped.
    pub fn negotiate_preferences(&self, tags: &[String]) -> Locale {
        negotiate_preferences(&self.locales, tags)
    }

    pub fn files(&self) -> &[CompiledFile] {
        &self.files
    }

    /// The version with this id; the error lists the known ids.
    pub fn version(&self, path: &str, id: &str) -> Result<&Version, Error> {
        self.versions.iter().find(|v| v.id == id).ok_or_else(|| {
            Error::unknown_value(path, id, self.versions.iter().map(|v| v.id.as_str()))
        })
    }

    /// The newest version: the one customers are asked to accept once it is published.
    pub fn latest(&self) -> &Version {
        // Never empty: see the type.
        &self.versions[self.versions.len() - 1]
    }

    /// The version in effect on `today`: the newest whose effective date has come (before
    /// the first version takes effect, the first).
    pub fn in_effect(&self, today: Date) -> &Version {
        self.versions
            .iter()
            .rev()
            .find(|v| v.effective <= today)
            .unwrap_or(&self.versions[0])
    }

    /// The versions up to and including `id`, oldest first.
    pub fn history_until(&self, id: &str) -> &[Version] {
        let end = self
            .versions
            .iter()
            .position(|v| v.id == id)
            .map_or(0, |i| i + 1);
        &self.versions[..end]
    }

    /// The wording of `version` in `locale`.
    pub fn localizer(&self, locale: Locale, version: &Version) -> Localizer<'_> {
        Localizer::new(locale, self.files_for(locale, &version.id))
    }

    /// The files that word version `id` in `locale`, in lookup order: the version's own
    /// `policy-<id>.ftl` first, then older versions', then the shared files.
    pub fn files_for(&self, locale: Locale, id: &str) -> Vec<&CompiledFile> {
        let in_locale = |f: &&CompiledFile| locale == *f.locale;
        let mut out = Vec::new();
        for version in self.history_until(id).iter().rev() {
            let name = format!("policy-{}.ftl", version.id);
            out.extend(
                self.files
                    .iter()
                    .filter(in_locale)
                    .filter(|f| f.name == name),
            );
        }
        out.extend(
            self.files
                .iter()
                .filter(in_locale)
                .filter(|f| !f.name.starts_with("policy-")),
        );
        out
    }
}
