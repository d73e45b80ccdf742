//! All versions of the policy and all their wording: the shipped set, or a test fixture set.
//!
//! A version's text in a locale is the locale's shared files (`terms.ftl`, `ui.ftl`) plus
//! `policy-<id>.ftl` of that version and of every version before it, later ones overriding
//! earlier ones. A new version's file therefore holds only the messages it adds or rewords.

use crate::date::Date;
use crate::error::{quoted_list, Error};
use crate::model::Version;
use fluent_bundle::FluentResource;
use std::sync::OnceLock;

mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// The locale whose text is authoritative.
pub const AUTHORITATIVE_LOCALE: &str = "nl";

/// One `.ftl` file, parsed the first time a bundle needs it.
pub struct FtlFile {
    pub locale: String,
    pub name: String,
    source: String,
    resource: OnceLock<FluentResource>,
}

impl FtlFile {
    /// The parsed file. A syntax error drops only the broken entry (as Fluent does); the
    /// native tests prove the shipped files have none.
    pub fn resource(&self) -> &FluentResource {
        self.resource.get_or_init(|| FluentResource::try_new(self.source.clone()).unwrap_or_else(|(partial, _)| partial))
    }
}

pub struct Catalog {
    versions: Vec<Version>,
    files: Vec<FtlFile>,
    locales: Vec<String>,
}

impl Catalog {
    /// The versions and wording built into this package.
    pub fn shipped() -> &'static Catalog {
        static SHIPPED: OnceLock<Catalog> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            let versions: Vec<Version> = postcard::from_bytes(shipped::VERSIONS_POSTCARD).unwrap_or_default();
            let files = shipped::FTL_FILES.iter().map(|(l, n, s)| (l.to_string(), n.to_string(), s.to_string()));
            Catalog::new(versions, files).unwrap_or_else(|_| Catalog { versions: Vec::new(), files: Vec::new(), locales: Vec::new() })
        })
    }

    /// Builds a catalog from versions (oldest first) and `(locale, file name, source)` triples.
    pub fn new(versions: Vec<Version>, files: impl IntoIterator<Item = (String, String, String)>) -> Result<Catalog, Error> {
        let parsed: Vec<FtlFile> = files.into_iter()
            .map(|(locale, name, source)| FtlFile { locale, name, source, resource: OnceLock::new() })
            .collect();
        // The authoritative locale first: it is the fallback of negotiation.
        let mut locales: Vec<String> = vec![AUTHORITATIVE_LOCALE.to_string()];
        for file in &parsed {
            if !locales.contains(&file.locale) {
                locales.push(file.locale.clone());
            }
        }
        if versions.is_empty() {
            return Err(Error::new("the catalog has no versions"));
        }
        Ok(Catalog { versions, files: parsed, locales })
    }

    /// All versions, oldest first.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    /// Locale ids, the authoritative one first.
    pub fn locales(&self) -> &[String] {
        &self.locales
    }

    pub fn files(&self) -> &[FtlFile] {
        &self.files
    }

    /// The version with this id; the error lists the known ids.
    pub fn version(&self, path: &str, id: &str) -> Result<&Version, Error> {
        self.versions.iter().find(|v| v.id == id)
            .ok_or_else(|| Error::unknown_value(path, id, self.versions.iter().map(|v| v.id.as_str())))
    }

    /// The newest version: the one customers are asked to accept once it is published.
    pub fn latest(&self) -> &Version {
        &self.versions[self.versions.len() - 1]
    }

    /// The version in effect on `today`: the newest whose effective date has come.
    pub fn in_effect(&self, today: Date) -> &Version {
        let today = today.iso();
        self.versions.iter().rev().find(|v| v.effective <= today).unwrap_or(&self.versions[0])
    }

    /// The versions up to and including `id`, oldest first.
    pub fn history_until(&self, id: &str) -> &[Version] {
        let end = self.versions.iter().position(|v| v.id == id).map_or(0, |i| i + 1);
        &self.versions[..end]
    }

    /// The resources that make up version `id` in `locale`, in the order to add them.
    pub fn resources(&self, locale: &str, id: &str) -> Vec<&FluentResource> {
        let in_locale = |f: &&FtlFile| f.locale == locale;
        let mut out: Vec<&FluentResource> = self.files.iter().filter(in_locale)
            .filter(|f| !f.name.starts_with("policy-")).map(FtlFile::resource).collect();
        for version in self.history_until(id) {
            let name = format!("policy-{}.ftl", version.id);
            out.extend(self.files.iter().filter(in_locale).filter(|f| f.name == name).map(FtlFile::resource));
        }
        out
    }

    /// Describes the known version ids, for error messages.
    pub fn version_ids(&self) -> String {
        quoted_list(self.versions.iter().map(|v| v.id.as_str()))
    }
}
