//! Build-time support: everything that prepares shipped data and never ships itself.
//!
//! - [`compile`]: Fluent files compiled into patterns of text and variables, packed into the
//!   compact tables of `manetti_privacy_model::compiled`.
//! - [`shipped`]: the versions and wording the module carries, checked and written as Rust
//!   source for the core's build script.
//! - [`css_minify`]: the stylesheet, minified for the view crate's build script.
//! - [`typescript`]: the catalog's version ids and locales as TypeScript unions.
//!
//! Used by build scripts, by the native CLIs (the register's wording) and by test fixtures.
//! The size rules of the module (clippy.toml) do not apply here.

#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod compile;
pub mod css_minify;
pub mod shipped;
pub mod typescript;

use manetti_privacy_model::compiled::{CompiledFile, Keys, Messages};

/// `(locale, file name, Fluent source)` triples compiled into the catalog's file tables, by
/// the same code that compiles the shipped files. The tables live as long as the program
/// (test fixtures, the CLI's register wording).
pub fn compiled_files(sources: Vec<(String, String, String)>) -> Result<Vec<CompiledFile>, String> {
    use compile::{compile_files, keys, pack, pack_keys, SourceFile};
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let sources: Vec<SourceFile> = sources
        .into_iter()
        .map(|(locale, name, source)| SourceFile {
            locale,
            name,
            source,
        })
        .collect();
    let compiled = compile_files(&sources)?;
    let names = keys(&compiled);
    let (text, ends) = pack_keys(&names)?;
    let table: &'static Keys = Box::leak(Box::new(Keys {
        text: leak(text),
        ends: Box::leak(ends.into_boxed_slice()),
    }));
    compiled
        .into_iter()
        .map(|file| {
            let packed = pack(&file.messages, &names)?;
            Ok(CompiledFile {
                locale: leak(file.locale),
                name: leak(file.name),
                messages: Messages {
                    keys: table,
                    text: leak(packed.text),
                    index: Box::leak(packed.index.into_boxed_slice()),
                },
            })
        })
        .collect()
}
