//! All versions of the policy and all their wording: the shipped set, or a test fixture set.
//!
//! A version's text in a locale is the locale's shared files (`terms.ftl`, `ui.ftl`) plus
//! `policy-<id>.ftl` of that version and of every version before it, later ones overriding
//! earlier ones. A new version's file therefore holds only the messages it adds or rewords.

use crate::date::Date;
use crate::error::Error;
use crate::l10n::compiled::CompiledFile;
use crate::model::Version;
use std::sync::OnceLock;

mod shipped {
    use crate::l10n::compiled::{CompiledFile, Part};
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// The locale whose text is authoritative.
pub const AUTHORITATIVE_LOCALE: &str = "nl";

pub struct Catalog {
    versions: Vec<Version>,
    files: Vec<CompiledFile>,
    locales: Vec<String>,
}

impl Catalog {
    /// The versions and wording built into this package.
    pub fn shipped() -> &'static Catalog {
        static SHIPPED: OnceLock<Catalog> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            let versions: Vec<Version> =
                postcard::from_bytes(shipped::VERSIONS_POSTCARD).unwrap_or_default();
            Catalog::new(versions, shipped::FTL_FILES.to_vec()).unwrap_or_else(|_| Catalog {
                versions: Vec::new(),
                files: Vec::new(),
                locales: Vec::new(),
            })
        })
    }

    /// Builds a catalog from versions (oldest first) and compiled `.ftl` files.
    pub fn new(versions: Vec<Version>, files: Vec<CompiledFile>) -> Result<Catalog, Error> {
        // The authoritative locale first: it is the fallback of negotiation.
        let mut locales: Vec<String> = vec![AUTHORITATIVE_LOCALE.to_string()];
        for file in &files {
            if !locales.iter().any(|l| l == file.locale) {
                locales.push(file.locale.to_string());
            }
        }
        if versions.is_empty() {
            return Err(Error::new("the catalog has no versions"));
        }
        Ok(Catalog {
            versions,
            files,
            locales,
        })
    }

    /// Builds a catalog from `(locale, file name, Fluent source)` triples, compiling them the
    /// way `build.rs` compiles the shipped files. For test fixtures: the compiled wording
    /// lives as long as the program.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_sources(
        versions: Vec<Version>,
        sources: Vec<(String, String, String)>,
    ) -> Result<Catalog, Error> {
        use crate::l10n::compile::{compile, Piece};
        use crate::l10n::compiled::Part;
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let mut files = Vec::new();
        for (locale, name, source) in &sources {
            let terms = sources
                .iter()
                .find(|(l, n, _)| l == locale && n == "terms.ftl")
                .map_or("", |(_, _, s)| s.as_str());
            let messages =
                compile(&format!("{locale}/{name}"), source, terms).map_err(Error::new)?;
            let messages: Vec<(&'static str, &'static [Part])> = messages
                .into_iter()
                .map(|m| {
                    let parts: Vec<Part> = m
                        .pieces
                        .into_iter()
                        .map(|p| match p {
                            Piece::Text(t) => Part::Text(leak(t)),
                            Piece::Var(v) => Part::Var(leak(v)),
                        })
                        .collect();
                    (leak(m.key), &*Box::leak(parts.into_boxed_slice()))
                })
                .collect();
            files.push(CompiledFile {
                locale: leak(locale.clone()),
                name: leak(name.clone()),
                messages: Box::leak(messages.into_boxed_slice()),
            });
        }
        Catalog::new(versions, files)
    }

    /// All versions, oldest first.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    /// Locale ids, the authoritative one first.
    pub fn locales(&self) -> &[String] {
        &self.locales
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
        &self.versions[self.versions.len() - 1]
    }

    /// The version in effect on `today`: the newest whose effective date has come.
    pub fn in_effect(&self, today: Date) -> &Version {
        let today = today.iso();
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

    /// The files that word version `id` in `locale`, in lookup order: the version's own
    /// `policy-<id>.ftl` first, then older versions', then the shared files.
    pub fn files_for(&self, locale: &str, id: &str) -> Vec<&CompiledFile> {
        let in_locale = |f: &&CompiledFile| f.locale == locale;
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
