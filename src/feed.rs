//! What reaches the customers who do not log in, and the backends that never load the wasm:
//! `versions.json` (dates, materiality, text hashes), the Atom feeds of changes, and the
//! change summary as a plain-text e-mail body.

use crate::catalog::Catalog;
use crate::diff::changes_between;
use crate::document::resolve;
use crate::receipt::content_sha256;

/// `versions.json`: every version, oldest first, with its dates, whether it changed
/// materially since each earlier version, and the SHA-256 of its canonical text per locale
/// (what a valid receipt's `contentSha256` is).
pub fn versions_json(catalog: &Catalog) -> String {
    use serde_json::{json, Map, Value};
    // Materiality does not depend on the day; `in_effect` is not written.
    let day = crate::date::Date::from_unix_days(0);
    let all = catalog.versions();
    let list: Vec<Value> = all
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mut material = Map::new();
            for earlier in &all[..i] {
                let changes = changes_between(catalog, Some(earlier), v, "nl", day, None);
                material.insert(earlier.id.clone(), Value::Bool(changes.material));
            }
            let mut sha = Map::new();
            for locale in catalog.locales() {
                let hash = content_sha256(&resolve(catalog, v, locale));
                sha.insert(locale.clone(), Value::String(hash));
            }
            json!({
                "id": v.id, "published": v.published, "effective": v.effective,
                "materialSince": material, "contentSha256": sha,
            })
        })
        .collect();
    let doc = json!({ "locales": catalog.locales(), "versions": list });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
