//! The acceptance receipt: which version, in which locale, when, and a SHA-256 of the
//! canonical text exactly as it was shown, so a stored receipt proves what the customer saw.

use crate::document::VersionText;
use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Receipt {
    pub version: String,
    pub locale: String,
    /// ISO 8601 timestamp.
    pub accepted_at: String,
    pub content_sha256: String,
}

/// Lower-case hex SHA-256 of the version's canonical plain text (UTF-8).
pub fn content_sha256(doc: &VersionText) -> String {
    let digest = Sha256::digest(doc.text().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn receipt(doc: &VersionText, accepted_at: &str) -> Receipt {
    Receipt {
        version: doc.version.clone(),
        locale: doc.locale.into(),
        accepted_at: accepted_at.to_string(),
        content_sha256: content_sha256(doc),
    }
}
