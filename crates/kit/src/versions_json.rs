//! `versions.json`: what a backend that never loads the module needs to know of the versions
//! (dates, materiality, the hashes receipts hold, the DPV JSON-LD files).

use crate::dpv::jsonld_file;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::document::text_of;
use manetti_privacy_core::receipt::content_sha256;

/// `versions.json`: every version, oldest first, with its dates, whether it changed
/// materially since each earlier version, and the SHA-256 of its canonical text per locale
/// (what a valid receipt's `contentSha256` is), and the file of its DPV JSON-LD per locale
/// (`jsonLd`, beside `versions.json`).
pub fn versions_json(catalog: &Catalog) -> String {
    use serde_json::{json, Map, Value};
    // Materiality does not depend on the day; `in_effect` is not written.
    let day = manetti_privacy_model::date::Date::from_unix_days(0);
    let authoritative = manetti_privacy_core::l10n::Locale::AUTHORITATIVE;
    let all = catalog.versions();
    let list: Vec<Value> = all
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mut material = Map::new();
            for earlier in &all[..i] {
                let changes =
                    Comparison::between(catalog, Some(earlier), v, authoritative, day).outline();
                material.insert(earlier.id.to_string(), Value::Bool(changes.material));
            }
            let (mut sha, mut jsonld) = (Map::new(), Map::new());
            for locale in catalog.locales() {
                let hash = content_sha256(&text_of(catalog, v, *locale));
                sha.insert(locale.to_string(), Value::String(hash));
                let file = jsonld_file(locale.as_str(), &v.id);
                jsonld.insert(locale.to_string(), Value::String(file));
            }
            json!({
                "id": v.id, "published": v.published, "effective": v.effective,
                "materialSince": material, "contentSha256": sha, "jsonLd": jsonld,
            })
        })
        .collect();
    let doc = json!({ "locales": catalog.locales(), "versions": list });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
