//! The options objects of the exported functions.

use super::{Fields, Value};
use crate::catalog::Catalog;
use crate::error::Error;
use crate::l10n::negotiate;

/// Resolves an optional locale tag to a catalog locale (absent: the authoritative one).
pub fn locale(catalog: &Catalog, path: &str, tag: Option<&str>) -> Result<String, Error> {
    match tag {
        Some(tag) => negotiate(catalog, path, tag),
        None => Ok(crate::catalog::AUTHORITATIVE_LOCALE.to_string()),
    }
}

/// Checks an optional version id against the catalog.
pub fn version(catalog: &Catalog, path: &str, id: Option<&str>) -> Result<Option<String>, Error> {
    id.map(|id| catalog.version(path, id).map(|v| v.id.clone())).transpose()
}

/// `mountPolicy(element, { locale, version })`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyOptions {
    pub locale: String,
    pub version: Option<String>,
}

impl PolicyOptions {
    pub fn parse(catalog: &Catalog, value: &Value) -> Result<PolicyOptions, Error> {
        let fields = Fields::of("options", value, &["locale", "version"])?;
        Ok(PolicyOptions {
            locale: locale(catalog, &fields.path_of("locale"), fields.string("locale")?)?,
            version: version(catalog, &fields.path_of("version"), fields.string("version")?)?,
        })
    }
}
