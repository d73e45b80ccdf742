//! Prepares the policy at build time, so the module parses nothing it could have parsed here.
//!
//! - Reads every `versions/<id>.toml`, checks it against the model (closed lists, dates,
//!   order) and writes all versions in the model's compact binary form (`encode` below,
//!   `model::Reader`), texts as numbers in the key table of the wording.
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
#[macro_use]
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

/// The library's path to the compiled tables, for `src/model.rs`.
mod l10n {
    pub(crate) use super::compiled;
}

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
    // One key table for all files and locales, and for the texts of the model.
    let versions_list = model::List::from(versions.clone());
    let mut names = compile::keys(&compiled);
    let mut record = |text: &str| {
        names.push(text.to_string());
        0
    };
    encode::Encode::encode(
        &versions_list,
        &mut encode::Out {
            bytes: Vec::new(),
            number: &mut record,
        },
    );
    names.sort();
    names.dedup();
    let mut number = |text: &str| {
        let n = names.binary_search_by(|k| k.as_str().cmp(text)).unwrap();
        u16::try_from(n).expect("at most 65536 keys")
    };
    let mut out_bytes = encode::Out {
        bytes: Vec::new(),
        number: &mut number,
    };
    encode::Encode::encode(&versions_list, &mut out_bytes);
    let blob = out_bytes.bytes;
    let (key_text, ends) = compile::pack_keys(&names).unwrap_or_else(|e| panic!("{e}"));
    let keys: &'static compiled::Keys = Box::leak(Box::new(compiled::Keys {
        text: Box::leak(key_text.clone().into_boxed_str()),
        ends: Box::leak(ends.clone().into_boxed_slice()),
    }));
    // The library decodes these bytes with this same decoder: prove here that it succeeds,
    // reads every byte and gives back the versions, at least one, so `Catalog::shipped()`
    // cannot fail at run time.
    let texts = |n: u16| keys.get(n);
    let mut reader = model::Reader::new(&blob, &texts);
    let decoded: model::List<model::Version> = model::Decode::decode(&mut reader);
    assert!(
        decoded[..] == versions[..] && reader.is_good() && !versions.is_empty(),
        "the versions do not round-trip"
    );
    fs::write(out.join("versions.bin"), &blob).unwrap();
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
    code.push_str(
        "];\n/// Every shipped version, oldest first, as `List<model::Version>` in the model's binary form.\n",
    );
    code.push_str("pub static VERSIONS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/versions.bin\"));\n");
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

/// Writes the shipped versions in the model's binary form (`model::Reader` reads it): texts
/// as numbers in the key table, so a message id is written once for the model and the
/// wording. Structs are written field by field from the one list `model_structs!`.
mod encode {
    use crate::date::Date;
    use crate::model::*;

    /// The bytes written so far; `number` gives a text's number in the key table.
    pub struct Out<'a> {
        pub bytes: Vec<u8>,
        pub number: &'a mut dyn FnMut(&str) -> u16,
    }

    impl Out<'_> {
        fn u16(&mut self, n: u16) {
            self.bytes.extend_from_slice(&n.to_le_bytes());
        }
    }

    pub trait Encode {
        fn encode(&self, out: &mut Out);
    }

    impl<T: Encode + Clone> Encode for List<T> {
        fn encode(&self, out: &mut Out) {
            out.u16(u16::try_from(self.len()).expect("a list of at most 65535 items"));
            for item in self.iter() {
                item.encode(out);
            }
        }
    }

    impl<T: Encode> Encode for Option<T> {
        fn encode(&self, out: &mut Out) {
            match self {
                Some(v) => {
                    out.bytes.push(1);
                    v.encode(out);
                }
                None => out.bytes.push(0),
            }
        }
    }

    impl Encode for Text {
        fn encode(&self, out: &mut Out) {
            let n = (out.number)(self.as_str());
            out.u16(n);
        }
    }

    impl Encode for bool {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(u8::from(*self));
        }
    }

    impl Encode for u8 {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(*self);
        }
    }

    impl Encode for Date {
        fn encode(&self, out: &mut Out) {
            let Date { year, month, day } = *self;
            out.u16(year);
            out.bytes.extend_from_slice(&[month, day]);
        }
    }

    impl Encode for NoteKind {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(match self {
                NoteKind::Material => 0,
                NoteKind::Editorial => 1,
            });
        }
    }

    impl Encode for Block {
        fn encode(&self, out: &mut Out) {
            let (kind, text) = match self {
                Block::P(t) => (0, t),
                Block::Li(t) => (1, t),
                Block::Label(t) => (2, t),
            };
            out.bytes.push(kind);
            text.encode(out);
        }
    }

    /// Closed lists: the index in `ALL`.
    macro_rules! closed_lists {
        ($($name:ident),*) => {$(
            impl Encode for $name {
                fn encode(&self, out: &mut Out) {
                    let i = $name::ALL.iter().position(|v| v == self).unwrap();
                    out.bytes.push(u8::try_from(i).unwrap());
                }
            }
        )*};
    }

    closed_lists!(
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

    macro_rules! encode_structs {
        ($($name:ident { $($field:ident),* $(,)? })*) => {$(
            impl Encode for $name {
                fn encode(&self, out: &mut Out) {
                    let $name { $($field),* } = self;
                    $($field.encode(out);)*
                }
            }
        )*};
    }

    model_structs!(encode_structs);
}
