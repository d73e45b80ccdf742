//! Helpers shared by the native test files.
#![allow(dead_code)]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::Version;

/// The SHA-256 of the seed: the text of 24-05-2018 that customers accepted, as the company
/// recorded it (`../shared/seed/privacy-policy-2018-05-24.nl.txt`), copied once into
/// `tests/seed/` so that a clean clone tests itself.
pub const SEED_SHA256: &str = "3852673b11f8c51832e743f824de4b30ee3eaafe1647061770d031e8ca3fa6ca";

/// The seed text, checked against [`SEED_SHA256`].
pub fn seed_text() -> String {
    use sha2::{Digest, Sha256};
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/seed/privacy-policy-2018-05-24.nl.txt"
    );
    let text = std::fs::read_to_string(path).expect("the seed policy text in tests/seed/");
    let digest: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        digest, SEED_SHA256,
        "tests/seed/ is not the company's seed text"
    );
    text
}

pub fn date(iso: &str) -> Date {
    Date::parse("test", iso).unwrap()
}

/// A catalog locale by id (`"nl"`, `"en"`).
pub fn locale(id: &str) -> manetti_privacy_core::l10n::Locale {
    shipped().locale("test", id).unwrap()
}

pub fn shipped() -> &'static Catalog {
    Catalog::shipped()
}

/// A catalog from `tests/fixtures/<name>`: its versions and policy files, with the shipped
/// `terms.ftl` and `ui.ftl` for the names of things.
pub fn fixture_catalog(name: &str) -> Catalog {
    fixture_catalog_edited(name, |_| {})
}

/// Like [`fixture_catalog`], with the versions changed by `edit` first.
pub fn fixture_catalog_edited(
    name: &str,
    edit: impl FnOnce(&mut Vec<manetti_privacy_model::Version>),
) -> Catalog {
    use std::fs;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/fixtures").join(name);
    let mut version_files: Vec<_> = fs::read_dir(dir.join("versions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    version_files.sort();
    let mut versions = version_files
        .iter()
        .map(|p| {
            toml::from_str(&fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect();
    edit(&mut versions);
    let mut files = Vec::new();
    for locale in ["nl", "en"] {
        for shared in ["terms.ftl", "ui.ftl"] {
            files.push((
                locale.to_string(),
                shared.to_string(),
                fs::read_to_string(root.join("locales").join(locale).join(shared)).unwrap(),
            ));
        }
        for entry in fs::read_dir(dir.join("locales").join(locale)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            files.push((locale.to_string(), name, fs::read_to_string(&path).unwrap()));
        }
    }
    let files = manetti_privacy_build_support::compiled_files(files).unwrap();
    Catalog::new(versions, files).unwrap()
}

/// JSON as the panel would pass it, converted the way the wasm edge converts a JsValue.
pub fn value(json: serde_json::Value) -> manetti_privacy_core::input::Value {
    use manetti_privacy_core::input::Value;
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Value::String(s),
        serde_json::Value::Array(a) => Value::Array(a.into_iter().map(value).collect()),
        serde_json::Value::Object(o) => {
            Value::Object(o.into_iter().map(|(k, v)| (k, value(v))).collect())
        }
    }
}

/// The tests' edge: version ids parsed into the catalog's versions, as the web edge and the
/// CLI parse them, then the core's functions.
pub fn accepted<'c>(catalog: &'c Catalog, id: Option<&str>) -> Option<&'c Version> {
    id.map(|id| catalog.version("acceptedVersion", id).unwrap())
}

/// `changes_since` with the accepted version given by id.
pub fn changes_since(
    catalog: &Catalog,
    id: Option<&str>,
    locale: manetti_privacy_core::l10n::Locale,
    today: Date,
    customer: Option<&manetti_privacy_core::customer::Subject>,
) -> manetti_privacy_core::diff::Changes {
    let from = accepted(catalog, id);
    manetti_privacy_core::diff::changes_since(catalog, from, locale, today, customer)
}

/// `needs_acceptance` with the accepted version given by id.
pub fn needs_acceptance(
    catalog: &Catalog,
    id: Option<&str>,
    today: Date,
) -> manetti_privacy_core::verify::Decision {
    manetti_privacy_core::verify::needs_acceptance(catalog, accepted(catalog, id), today)
}
