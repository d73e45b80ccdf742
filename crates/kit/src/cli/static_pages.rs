//! Writes the static policy pages and their stylesheet into a folder: `static-pages www`.

use crate::static_site::all_pages;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_model::date::Date;
use std::time::{SystemTime, UNIX_EPOCH};

/// The command: reads its arguments, prints or writes, and exits on error.
pub fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "www".to_string());
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let today = Date::from_unix_days((secs / 86_400) as i64);
    let catalog = Catalog::shipped();
    for (name, html) in all_pages(catalog, today)
        .into_iter()
        .chain(kit_files(catalog, today))
    {
        let path = std::path::Path::new(&out).join(&name);
        if let Err(e) = std::fs::write(&path, html) {
            eprintln!("static-pages: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("wrote {}", path.display());
    }
    match crate::register::register_catalog() {
        Ok(catalog) => register(&out, &catalog, today),
        Err(e) => {
            eprintln!("static-pages: the register's wording: {}", e.message());
            std::process::exit(1);
        }
    }
}

/// The art. 30 register pages and `register.json`, the art. 13 completeness report of the
/// newest version, and the gap check that fails the build for an upcoming version.
fn register(out: &str, catalog: &Catalog, today: Date) {
    use crate::register::{completeness, page};
    let mut files = page::register_pages(catalog);
    files.push(("register.json".to_string(), page::register_json(catalog)));
    for (name, content) in files {
        let path = std::path::Path::new(out).join(&name);
        if let Err(e) = std::fs::write(&path, content) {
            eprintln!("static-pages: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("wrote {}", path.display());
    }
    print!("{}", completeness::report_text(catalog.latest()));
    for version in catalog.versions() {
        if let Err(e) = completeness::check_gaps(version, today) {
            eprintln!("static-pages: {e}");
            std::process::exit(1);
        }
    }
}

/// `versions.json` beside the pages (kit): for backends that never load the wasm; and the
/// Atom feeds of changes, `changes.<locale>.atom`.
fn kit_files(catalog: &Catalog, today: Date) -> Vec<(String, String)> {
    use crate::{atom::atom, versions_json::versions_json};
    let mut files = vec![("versions.json".to_string(), versions_json(catalog))];
    for locale in catalog.locales() {
        files.push((
            format!("changes.{locale}.atom"),
            atom(catalog, *locale, today),
        ));
    }
    files
}
