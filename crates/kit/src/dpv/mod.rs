//! The policy and its receipts, machine-readable: W3C DPV 2.3 as JSON-LD.
//!
//! - [`mapping`]: the one table from the closed lists to DPV terms.
//! - [`policy`]: a version in a locale as DPV JSON-LD (`policy.<locale>.<version>.jsonld`,
//!   written by `static-pages` and `manetti-privacy dpv`).
//! - [`record`]: a stored receipt as a record of *notice* with the ISO/IEC TS 27560 structure
//!   (`manetti-privacy record`, `receiptRecord` in the server entry).
//!
//! The JSON-LD carries its own `@context` (prefixes only, no remote context), every value that
//! is an IRI is written as `{"@id": …}`, and every `@id` is absolute: the site's base URL
//! ([`BaseUrl`]) or a prefix of the context. Nothing here is in the browser module: the kit
//! reaches wasm only in the server entry.

pub mod mapping;
pub mod policy;
pub mod record;

use manetti_privacy_model::error::{quote, Error};
use serde_json::{json, Value};

/// Where the static pages are published unless `--base-url` (or `baseUrl`) says otherwise:
/// the company's website (`www.manetti.online`, the site the policy names), folder
/// `privacy/`.
pub const DEFAULT_BASE_URL: &str = "https://www.manetti.online/privacy/";

/// The absolute URL of the folder the static pages are published in (`www/`), ending in `/`:
/// every IRI of the JSON-LD is made from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl(String);

impl BaseUrl {
    /// An `http` or `https` URL with a host and no query, fragment, space or character an IRI
    /// may not hold; taken as a folder (a missing final `/` is added).
    pub fn parse(path: &str, text: &str) -> Result<BaseUrl, Error> {
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"));
        let host = rest.map(|r| r.split('/').next().unwrap_or(""));
        let bad = text
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`?#".contains(*c));
        match (host, bad) {
            (Some(host), None) if !host.is_empty() => {
                let mut url = text.to_string();
                if !url.ends_with('/') {
                    url.push('/');
                }
                Ok(BaseUrl(url))
            }
            _ => Err(Error::new(format!(
                "{path}: {} is not a base URL; expected an absolute http(s) URL of the folder \
                 the pages are published in, without ? or #, e.g. \"{DEFAULT_BASE_URL}\"",
                quote(text)
            ))),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The absolute URL of `file` in the folder.
    pub fn join(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }
}

impl Default for BaseUrl {
    fn default() -> Self {
        BaseUrl(DEFAULT_BASE_URL.to_string())
    }
}

/// The file name of the DPV JSON-LD of a version in a locale (always with the version: the
/// file describes that version for good, whichever is in effect).
pub fn jsonld_file(locale: &str, version: &str) -> String {
    format!("policy.{locale}.{version}.jsonld")
}

/// The profile a record conforms to (`dct:conformsTo`, 27560's `schema_version`): the
/// DPVCG's record profile for ISO/IEC TS 27560 (`schema/dpv-27560.ttl`; see
/// `vocab/dpv/ISO27560.md`; there is no "receipt-minimal" profile).
pub const PROFILE_27560_RECORD: &str = "https://w3id.org/dpv/schema/dpv-27560#record";

/// The inline `@context`: prefixes only. Values say themselves whether they are IRIs
/// (`{"@id"}`) or literals (`{"@value"}`), so no term needs a type coercion.
pub fn context() -> Value {
    json!({
        "dpv": "https://w3id.org/dpv#",
        "pd": "https://w3id.org/dpv/pd#",
        "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
        "legal-eu": "https://w3id.org/dpv/legal/eu#",
        "dct": "http://purl.org/dc/terms/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "spdx": "http://spdx.org/rdf/terms#",
    })
}

/// `{"@id": iri}`.
pub(crate) fn id(iri: impl Into<String>) -> Value {
    json!({ "@id": iri.into() })
}

/// A literal in a language: `{"@value", "@language"}`.
pub(crate) fn text(value: impl Into<String>, language: &str) -> Value {
    json!({ "@value": value.into(), "@language": language })
}

/// A typed literal: `{"@value", "@type"}`.
pub(crate) fn typed(value: impl Into<String>, datatype: &str) -> Value {
    json!({ "@value": value.into(), "@type": datatype })
}

/// The JSON-LD document: the context and the nodes, pretty-printed, with a final newline.
pub(crate) fn document(nodes: Vec<Value>) -> String {
    let doc = json!({ "@context": context(), "@graph": nodes });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so that any id a caller
/// gives can be the last segment of an IRI.
pub(crate) fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
