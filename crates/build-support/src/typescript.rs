//! The catalog's version ids and locales as TypeScript unions (`catalog.d.ts`), which the web
//! crate's declarations include, so a control panel's `tsc` knows every shipped id.

use crate::shipped::{ftl_files, read_versions};
use std::fs;
use std::path::Path;

/// Writes `catalog.d.ts` into `out`, from `versions/` and `locales/` under `root`.
pub fn write_catalog_types(root: &Path, out: &Path) {
    let union = |ids: Vec<String>| -> String {
        let quoted: Vec<String> = ids.iter().map(|id| format!("{id:?}")).collect();
        quoted.join(" | ")
    };
    let versions = read_versions(&root.join("versions"));
    let mut locale_ids: Vec<String> = ftl_files(&root.join("locales"))
        .into_iter()
        .map(|f| f.0)
        .collect();
    locale_ids.dedup();
    let ts = format!(
        "/** A version id of the shipped catalog. */\nexport type VersionId = {};\n\
         /** A locale of the shipped catalog. */\nexport type Locale = {};\n",
        union(versions.iter().map(|v| v.id.to_string()).collect()),
        union(locale_ids),
    );
    fs::write(out.join("catalog.d.ts"), ts).unwrap();
}
