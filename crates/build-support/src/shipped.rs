//! The versions and wording the module ships, prepared at build time so the module parses
//! nothing it could have parsed here:
//!
//! - every `versions/<id>.toml` is read and checked against the model (closed lists, dates,
//!   order) and written in the model's binary form (`manetti_privacy_model::codec`), texts as
//!   numbers in the key table of the wording;
//! - every `locales/<locale>/*.ftl` file is compiled into patterns of text and variables
//!   ([`crate::compile`]) and written as compact tables: one table of every message key, and
//!   per file one string of all text and one index of key numbers and lengths.
//!
//! Both are decoded here with the decoders the module runs, and the build fails unless they
//! give back exactly what was read: so the module's decoding cannot fail.
//!
//! Adding a version means adding `versions/<id>.toml` and `locales/*/policy-<id>.ftl`.

use crate::compile;
use manetti_privacy_model::codec::encode::{Encode, Out};
use manetti_privacy_model::compiled::{self, Keys};
use manetti_privacy_model::{Decode, Reader, Version};
use std::fs;
use std::path::{Path, PathBuf};

/// Writes `shipped.rs` (and the `versions.bin` it includes) into `out`, from `versions/` and
/// the `.ftl` files under `locales/` whose name `include` takes, and tells Cargo to run the
/// build again when they change.
pub fn write(root: &Path, out: &Path, include: &dyn Fn(&str) -> bool) {
    println!("cargo:rerun-if-changed={}", root.join("versions").display());
    println!("cargo:rerun-if-changed={}", root.join("locales").display());
    let versions = read_versions(&root.join("versions"));
    let sources: Vec<compile::SourceFile> = ftl_files(&root.join("locales"))
        .into_iter()
        .filter(|(_, name, _)| include(name))
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
    let mut names = compile::keys(&compiled);
    let mut record = |text: &str| {
        names.push(text.to_string());
        0
    };
    versions.encode(&mut Out {
        bytes: Vec::new(),
        number: &mut record,
    });
    names.sort();
    names.dedup();
    let mut number = |text: &str| {
        let n = names.binary_search_by(|k| k.as_str().cmp(text)).unwrap();
        u16::try_from(n).expect("at most 65536 keys")
    };
    let mut out_bytes = Out {
        bytes: Vec::new(),
        number: &mut number,
    };
    versions.encode(&mut out_bytes);
    let blob = out_bytes.bytes;
    let (key_text, ends) = compile::pack_keys(&names).unwrap_or_else(|e| panic!("{e}"));
    let keys: &'static Keys = Box::leak(Box::new(Keys {
        text: Box::leak(key_text.clone().into_boxed_str()),
        ends: Box::leak(ends.clone().into_boxed_slice()),
    }));
    // The module decodes these bytes with this same decoder: prove here that it succeeds,
    // reads every byte and gives back the versions, at least one, so `Catalog::shipped()`
    // cannot fail at run time.
    let texts = |n: u16| keys.get(n);
    let mut reader = Reader::new(&blob, &texts);
    let decoded: Vec<Version> = Decode::decode(&mut reader);
    assert!(
        decoded == versions && reader.is_good() && !versions.is_empty(),
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
        "];\n/// Every shipped version, oldest first, as `Vec<Version>` in the model's binary form.\n",
    );
    code.push_str(
        "pub static VERSIONS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/versions.bin\"));\n",
    );
    fs::write(out.join("shipped.rs"), code).unwrap();
}

/// Every `versions/<id>.toml` in `dir`, oldest first, checked: the id is the file name, the
/// effective date is not before the publication date, and there is at least one.
pub fn read_versions(dir: &Path) -> Vec<Version> {
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
        let version: Version =
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
        check_notes(&version, &path);
        versions.push(version);
    }
    assert!(!versions.is_empty(), "no versions in {}", dir.display());
    versions
}

/// Every `<locale>/<name>.ftl` under `dir`, as `(locale, name, path)`, sorted.
pub fn ftl_files(dir: &Path) -> Vec<(String, String, PathBuf)> {
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

/// A change note's notice fields hang together: what a customer may act on has a first-screen
/// sentence, a sentence rests on a message of the version, and every activity it is about
/// exists.
fn check_notes(version: &Version, path: &Path) {
    use manetti_privacy_model::NoteImpact;
    for note in &version.notes {
        let at = format!("{}: note {}", path.display(), note.message);
        if note.impact == Some(NoteImpact::Act) {
            assert!(
                note.first.is_some(),
                "{at}: `impact = \"act\"` needs `first`"
            );
        }
        if note.first.is_some() {
            assert!(
                note.says.is_some(),
                "{at}: `first` needs `says`, the message it rests on"
            );
        }
        for id in &note.about {
            let found = version
                .sections
                .iter()
                .any(|s| s.activities.iter().any(|a| a.id == *id));
            assert!(found, "{at}: `about` names no activity {id}");
        }
    }
}
