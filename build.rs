//! Prepares the policy at build time, so the module parses nothing it could have parsed here.
//!
//! - Reads every `versions/<id>.toml`, checks it against the model (closed lists, dates,
//!   order) and writes all versions as Rust statics of the model's own types (`emit` below),
//!   so the module has no decoder for them (`tests/shipped_model.rs` proves them equal to
//!   the TOML files).
//! - Compiles every `locales/<locale>/*.ftl` file with fluent-bundle into patterns of text
//!   and variables (`src/l10n/compile.rs`), and emits them as compact tables: one table of
//!   every message key, and per file one string of all text and one index of key numbers and
//!   lengths (`src/l10n/compiled.rs`).
//!
//! Build-time code: the size rules (clippy.toml) guard the module, not this file.
//!
//! Adding a version means adding `versions/<id>.toml` and `locales/*/policy-<id>.ftl`.

#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

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
    println!("cargo:rerun-if-changed=versions");
    println!("cargo:rerun-if-changed=locales");

    let versions = read_versions(&root.join("versions"));
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
    // One key table for all files and locales.
    let names = compile::keys(&compiled);
    let (key_text, ends) = compile::pack_keys(&names).unwrap_or_else(|e| panic!("{e}"));
    let keys: &'static compiled::Keys = Box::leak(Box::new(compiled::Keys {
        text: Box::leak(key_text.clone().into_boxed_str()),
        ends: Box::leak(ends.clone().into_boxed_slice()),
    }));
    let ends: Vec<String> = ends.iter().map(u16::to_string).collect();
    let mut code = format!(
        "/// Every message key of the shipped `.ftl` files, once.\n\
         pub static KEYS: Keys = Keys {{\n    text: {key_text:?},\n    ends: &[{}],\n}};\n",
        ends.join(",")
    );
    code.push_str("/// Every shipped `.ftl` file, compiled.\n");
    code.push_str("pub static FTL_FILES: &[CompiledFile] = &[\n");
    for file in compiled {
        let packed = compile::pack(&file.messages, &names)
            .unwrap_or_else(|e| panic!("locales/{}/{}: {e}", file.locale, file.name));
        // The module decodes these tables with this same decoder: prove they give back
        // exactly the compiled messages.
        let text: &'static str = Box::leak(packed.text.clone().into_boxed_str());
        let index: &'static [u16] = Box::leak(packed.index.clone().into_boxed_slice());
        let decoded: Vec<compile::CompiledMessage> = compiled::Messages { keys, text, index }
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
             keys: &KEYS, text: {:?},\n        index: &[{}],\n    }} }},\n",
            file.locale,
            file.name,
            packed.text,
            index.join(","),
        ));
    }
    code.push_str("];\n");
    // Not empty (`read_versions` refuses none): `Catalog::shipped()` cannot fail.
    code.push_str(&emit::Out::default().versions(&versions));
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
        union(versions.iter().map(|v| v.id.to_string()).collect()),
        union(locale_ids),
    );
    fs::write(out.join("catalog.d.ts"), ts).unwrap();
}

/// Writes the shipped versions as Rust statics (`VERSIONS` in `$OUT_DIR/shipped.rs`), so the
/// module holds the model as data and carries no decoder for it. Each list becomes its own
/// `static` (a borrow of a value with a destructor is not promoted to `'static`), referenced
/// by [`model::List::of`]; each text a [`model::Text::lit`]. Every struct is destructured
/// without `..`, so a new model field fails to build here until it is emitted.
mod emit {
    use crate::date::Date;
    use crate::model::*;

    /// The statics written so far, and a counter that names them.
    #[derive(Default)]
    pub struct Out {
        pub statics: String,
        count: usize,
    }

    impl Out {
        fn list<T: Emit>(&mut self, items: &[T]) -> String {
            if items.is_empty() {
                return "List::of(&[])".to_string();
            }
            let values: Vec<String> = items.iter().map(|i| i.emit(self)).collect();
            self.count += 1;
            let name = format!("L{}", self.count);
            self.statics.push_str(&format!(
                "static {name}: [{}; {}] = [{}];\n",
                T::TYPE,
                items.len(),
                values.join(", ")
            ));
            format!("List::of(&{name})")
        }

        /// `pub static VERSIONS: &[Version]`, after the statics it refers to.
        pub fn versions(mut self, versions: &[Version]) -> String {
            let list = self.list(versions);
            format!(
                "{}/// Every shipped version, oldest first (`build.rs`, `emit`).\n\
                 pub static VERSIONS: List<Version> = {list};\n",
                self.statics
            )
        }
    }

    pub trait Emit {
        const TYPE: &'static str;
        /// A Rust expression of this value, in a scope that has `crate::model::*`.
        fn emit(&self, out: &mut Out) -> String;
    }

    impl<T: Emit + Clone> Emit for List<T> {
        const TYPE: &'static str = "List<_>";
        fn emit(&self, out: &mut Out) -> String {
            out.list(self)
        }
    }

    impl<T: Emit> Emit for Option<T> {
        const TYPE: &'static str = "Option<_>";
        fn emit(&self, out: &mut Out) -> String {
            match self {
                Some(v) => format!("Some({})", v.emit(out)),
                None => "None".to_string(),
            }
        }
    }

    impl Emit for Text {
        const TYPE: &'static str = "Text";
        fn emit(&self, _: &mut Out) -> String {
            format!("Text::lit({:?})", self.as_str())
        }
    }

    impl Emit for bool {
        const TYPE: &'static str = "bool";
        fn emit(&self, _: &mut Out) -> String {
            self.to_string()
        }
    }

    impl Emit for u8 {
        const TYPE: &'static str = "u8";
        fn emit(&self, _: &mut Out) -> String {
            self.to_string()
        }
    }

    impl Emit for Date {
        const TYPE: &'static str = "Date";
        fn emit(&self, _: &mut Out) -> String {
            let Date { year, month, day } = self;
            format!("crate::date::Date {{ year: {year}, month: {month}, day: {day} }}")
        }
    }

    /// Enums without data: `Type::Variant` (the derived `Debug` writes the variant name).
    macro_rules! unit_enums {
        ($($name:ident),*) => {$(
            impl Emit for $name {
                const TYPE: &'static str = stringify!($name);
                fn emit(&self, _: &mut Out) -> String {
                    format!(concat!(stringify!($name), "::{:?}"), self)
                }
            }
        )*};
    }

    unit_enums!(
        NoteKind,
        Category,
        Purpose,
        Recipient,
        Retention,
        Audience,
        Fact,
        Source,
        TransferBasis,
        Basis,
        DataSubject,
        Condition,
        ListKind,
        ControllerFact
    );

    /// Structs: `Type { field: value, … }`, every field listed (no `..`).
    macro_rules! structs {
        ($($name:ident { $($field:ident),* $(,)? })*) => {$(
            impl Emit for $name {
                const TYPE: &'static str = stringify!($name);
                fn emit(&self, out: &mut Out) -> String {
                    let $name { $($field),* } = self;
                    let fields: Vec<String> = vec![
                        $(format!(concat!(stringify!($field), ": {}"), $field.emit(out))),*
                    ];
                    format!("{} {{ {} }}", stringify!($name), fields.join(", "))
                }
            }
        )*};
    }

    structs! {
        Version {
            id, published, effective, notes, transfers, controller, allow_gaps, gaps_reason,
            sections,
        }
        ControllerField { id, value, stated }
        Transfer { recipient, basis }
        ChangeNote { message, kind }
        Section { id, number, level, blocks, activities }
        Activity {
            id, categories, purposes, recipients, retention, audience, applies_when, sources,
            items, list, possibly, stated, retention_stated, basis, subjects,
        }
        SourceOf { category, from }
        Item { category, purposes, stated, when, one_of }
        LegalBasis { id, stated, inferred }
    }

    impl Emit for Block {
        const TYPE: &'static str = "Block";
        fn emit(&self, out: &mut Out) -> String {
            let (variant, text) = match self {
                Block::P(t) => ("P", t),
                Block::Li(t) => ("Li", t),
                Block::Label(t) => ("Label", t),
            };
            format!("Block::{variant}({})", text.emit(out))
        }
    }
}
