//! Writes the static policy pages, their stylesheet, `versions.json`, the feeds, the DPV
//! JSON-LD of every version and locale, and the register into a folder:
//! `static-pages <folder> [--base-url <url>]`.
//!
//! `--base-url` is the absolute URL the folder is published at; every IRI of the JSON-LD is
//! made from it (default [`DEFAULT_BASE_URL`]). Usage errors exit with status 2.

use crate::dpv::policy::policy_jsonld;
use crate::dpv::{jsonld_file, BaseUrl};
use crate::static_site::all_pages;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_model::date::Date;
use std::process::exit;
use std::time::{SystemTime, UNIX_EPOCH};

/// The command: reads its arguments, prints or writes, and exits on error.
pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, base) = match arguments(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("static-pages: {message}");
            eprintln!("usage: static-pages [<folder>] [--base-url <url>]");
            exit(2)
        }
    };
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let today = Date::from_unix_days((secs / 86_400) as i64);
    let catalog = Catalog::shipped();
    // The register's wording: the register pages, and the controller's facts in the JSON-LD.
    let with_register = match crate::register::register_catalog() {
        Ok(catalog) => catalog,
        Err(e) => {
            eprintln!("static-pages: the register's wording: {}", e.message());
            exit(1);
        }
    };
    let files = all_pages(catalog, today)
        .into_iter()
        .chain(kit_files(catalog, today))
        .chain(dpv_files(&with_register, &base, today));
    for (name, content) in files {
        write(&out, &name, content);
    }
    register(&out, &with_register, today);
}

/// `<folder>` (default `www`) and `--base-url <url>` (or `--base-url=<url>`), in any order.
fn arguments(args: &[String]) -> Result<(String, BaseUrl), String> {
    let (mut out, mut base) = (None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let url = match arg.strip_prefix("--base-url") {
            Some("") => Some(it.next().ok_or("--base-url needs a value")?.as_str()),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        match url {
            Some(url) if base.is_none() => {
                base = Some(BaseUrl::parse("--base-url", url).map_err(|e| e.message().to_string())?)
            }
            Some(_) => return Err("--base-url given twice".into()),
            None if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            None if out.is_none() => out = Some(arg.clone()),
            None => return Err(format!("one folder expected, got a second: {arg}")),
        }
    }
    Ok((
        out.unwrap_or_else(|| "www".to_string()),
        base.unwrap_or_default(),
    ))
}

fn write(out: &str, name: &str, content: String) {
    let path = std::path::Path::new(out).join(name);
    if let Err(e) = std::fs::write(&path, content) {
        eprintln!("static-pages: cannot write {}: {e}", path.display());
        exit(1);
    }
    println!("wrote {}", path.display());
}

/// The art. 30 register pages and `register.json`, the art. 13 completeness report of the
/// newest version, and the gap check that fails the build for an upcoming version.
fn register(out: &str, catalog: &Catalog, today: Date) {
    use crate::register::{completeness, page};
    let mut files = page::register_pages(catalog);
    files.push(("register.json".to_string(), page::register_json(catalog)));
    for (name, content) in files {
        write(out, &name, content);
    }
    print!("{}", completeness::report_text(catalog.latest()));
    for version in catalog.versions() {
        if let Err(e) = completeness::check_gaps(version, today) {
            eprintln!("static-pages: {e}");
            exit(1);
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

/// The DPV JSON-LD of every version in every locale, `policy.<locale>.<version>.jsonld`;
/// `catalog` holds the register's wording (the controller's facts).
fn dpv_files(catalog: &Catalog, base: &BaseUrl, today: Date) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for &locale in catalog.locales() {
        for version in catalog.versions() {
            match policy_jsonld(catalog, version, locale, base, today) {
                Ok(json) => files.push((jsonld_file(locale.as_str(), &version.id), json)),
                Err(e) => {
                    eprintln!("static-pages: the DPV JSON-LD: {}", e.message());
                    exit(1);
                }
            }
        }
    }
    files
}
