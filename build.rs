//! Prepares the policy at build time, so the module parses nothing it could have parsed here.
//!
//! - Reads every `versions/<id>.toml`, checks it against the model (closed lists, dates,
//!   order) and stores all versions as one postcard blob.
//! - Compiles every `locales/<locale>/*.ftl` file with fluent-bundle into patterns of text
//!   and variables (`src/l10n/compile.rs`), and emits them as compact tables: per file one
//!   string of all text and one index of lengths (`src/l10n/compiled.rs`).
//!
//! Build-time code: the size rules (clippy.toml) guard the module, not this file.
//!
//! Adding a version means adding `versions/<id>.toml` and `locales/*/policy-<id>.ftl`.

#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

// The stylesheet minifier (the shipped stylesheet is minified here).
#[path = "src/view/css_minify.rs"]
mod css_minify;

// The library's own date parser and error type, so a date is validated in one place.
#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;

#[allow(dead_code)]
#[path = "src/error.rs"]
mod error;

#[path = "src/l10n/compile.rs"]
mod compile;

#[allow(dead_code)]
#[path = "src/l10n/compiled.rs"]
mod compiled;

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // The stylesheet ships minified (src/view/css_minify.rs): 630 B gzip.
    println!("cargo:rerun-if-changed=src/view/manetti-privacy.css");
    let css = fs::read_to_string("src/view/manetti-privacy.css").unwrap();
    fs::write(
        out.join("manetti-privacy.min.css"),
        css_minify::minify(&css),
    )
    .unwrap();
    println!("cargo:rerun-if-changed=versions");
    println!("cargo:rerun-if-changed=locales");

    let versions = read_versions(&root.join("versions"));
    let blob = postcard::to_stdvec(&versions).expect("serialize versions");
    // The library decodes these bytes with this same model: prove here that it succeeds
    // and gives at least one version, so `Catalog::shipped()` cannot fail at run time.
    let decoded: Vec<model::Version> = postcard::from_bytes(&blob).expect("decode versions");
    assert!(
        decoded == versions && !decoded.is_empty(),
        "versions blob does not round-trip"
    );
    fs::write(out.join("versions.postcard"), blob).unwrap();
    write_catalog_types(&out, &versions, &root.join("locales"));

    let sources: Vec<compile::SourceFile> = ftl_files(&root.join("locales"))
        .into_iter()
        .map(|(locale, name, path)| {
            println!("cargo:rerun-if-changed={}", path.display());
            let source = fs::read_to_string(&path).unwrap();
            compile::SourceFile {
                locale,
                name,
                source,
            }
        })
        .collect();
    let compiled = compile::compile_files(&sources).unwrap_or_else(|e| panic!("{e}"));
    let mut code = String::from("/// Every shipped `.ftl` file, compiled.\n");
    code.push_str("pub static FTL_FILES: &[CompiledFile] = &[\n");
    for file in compiled {
        let packed = compile::pack(&file.messages)
            .unwrap_or_else(|e| panic!("locales/{}/{}: {e}", file.locale, file.name));
        // The module decodes these tables with this same decoder: prove they give back
        // exactly the compiled messages.
        let text: &'static str = Box::leak(packed.text.clone().into_boxed_str());
        let index: &'static [u16] = Box::leak(packed.index.clone().into_boxed_slice());
        let decoded: Vec<compile::CompiledMessage> = compiled::Messages { text, index }
            .entries()
            .map(|(key, parts)| compile::CompiledMessage {
                key: key.to_string(),
                pieces: parts
                    .map(|p| match p {
                        compiled::Part::Text(t) => compile::Piece::Text(t.to_string()),
                        compiled::Part::Var(v) => compile::Piece::Var(v.to_string()),
                    })
                    .collect(),
            })
            .collect();
        assert!(
            decoded == file.messages,
            "locales/{}/{}: packed tables do not round-trip",
            file.locale,
            file.name
        );
        let index: Vec<String> = packed.index.iter().map(u16::to_string).collect();
        code.push_str(&format!(
            "    CompiledFile {{ locale: {:?}, name: {:?}, messages: Messages {{\n        \
             text: {:?},\n        index: &[{}],\n    }} }},\n",
            file.locale,
            file.name,
            packed.text,
            index.join(","),
        ));
    }
    code.push_str(
        "];\n/// Every shipped version, oldest first, as postcard-encoded `Vec<model::Version>`.\n",
    );
    code.push_str("pub static VERSIONS_POSTCARD: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/versions.postcard\"));\n");
    fs::write(out.join("shipped.rs"), code).unwrap();
}

fn read_versions(dir: &Path) -> Vec<model::Version> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut versions = Vec::new();
    for path in paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap();
        let version: model::Version =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stem = path.file_stem().unwrap().to_str().unwrap();
        assert_eq!(
            version.id,
            stem,
            "{}: id must equal the file name",
            path.display()
        );
        assert!(
            version.effective >= version.published,
            "{}: effective before published",
            path.display()
        );
        versions.push(version);
    }
    assert!(!versions.is_empty(), "no versions in {}", dir.display());
    versions
}

fn ftl_files(dir: &Path) -> Vec<(String, String, PathBuf)> {
    let mut files = Vec::new();
    for locale in fs::read_dir(dir).unwrap() {
        let locale = locale.unwrap().path();
        if !locale.is_dir() {
            continue;
        }
        for file in fs::read_dir(&locale).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let loc = locale.file_name().unwrap().to_str().unwrap().to_string();
                let name = path.file_name().unwrap().to_str().unwrap().to_string();
                files.push((loc, name, path));
            }
        }
    }
    files.sort();
    files
}

/// `catalog.d.ts`: the version ids and locales as TypeScript unions (`src/web/kit.rs`).
fn write_catalog_types(out: &Path, versions: &[model::Version], locales: &Path) {
    let union = |ids: Vec<String>| -> String {
        let quoted: Vec<String> = ids.iter().map(|id| format!("{id:?}")).collect();
        quoted.join(" | ")
    };
    let mut locale_ids: Vec<String> = ftl_files(locales).into_iter().map(|f| f.0).collect();
    locale_ids.dedup();
    let ts = format!(
        "/** A version id of the shipped catalog. */\nexport type VersionId = {};\n\
         /** A locale of the shipped catalog. */\nexport type Locale = {};\n",
        union(versions.iter().map(|v| v.id.clone()).collect()),
        union(locale_ids),
    );
    fs::write(out.join("catalog.d.ts"), ts).unwrap();
}
