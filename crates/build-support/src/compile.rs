//! Compiles one `.ftl` file into message patterns of text and variables, with fluent-bundle
//! as the resolver: each message is formatted by fluent-bundle with every variable bound to a
//! marker, and the output is cut at the markers. Terms, string literals, escapes and message
//! references are resolved here, exactly as fluent-bundle resolves them.
//!
//! [`compile_files`] is the one loop over a set of files: the core's build script runs it for
//! the shipped files (`crate::shipped`), so the module parses no Fluent at run time, and
//! [`crate::compiled_files`] runs it for test fixtures and the register's wording. Selectors
//! and functions vary at run time in ways a fixed pattern cannot, so they are refused with an
//! error that names the message.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// A piece of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Var(String),
}

/// A message value (`key` = its id) or attribute (`key` = `id.attribute`), compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledMessage {
    pub key: String,
    pub pieces: Vec<Piece>,
}

/// One `.ftl` file: its locale, its file name and its Fluent source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub locale: String,
    pub name: String,
    pub source: String,
}

/// One `.ftl` file, compiled: its messages sorted by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledSource {
    pub locale: String,
    pub name: String,
    pub messages: Vec<CompiledMessage>,
}

/// Compiles every file, each with the `terms.ftl` of its locale in scope. Errors name the
/// file as `locales/<locale>/<name>`.
pub fn compile_files(files: &[SourceFile]) -> Result<Vec<CompiledSource>, String> {
    files
        .iter()
        .map(|file| {
            let terms = files
                .iter()
                .find(|f| f.locale == file.locale && f.name == "terms.ftl")
                .map_or("", |f| f.source.as_str());
            let path = format!("locales/{}/{}", file.locale, file.name);
            Ok(CompiledSource {
                locale: file.locale.clone(),
                name: file.name.clone(),
                messages: compile(&path, &file.source, terms)?,
            })
        })
        .collect()
}

const OPEN: char = '\u{F0000}';
const CLOSE: char = '\u{F0001}';

/// Compiles `source` (named `name` in errors), with the terms of `terms_source` in scope.
/// The result is sorted by key.
pub fn compile(
    name: &str,
    source: &str,
    terms_source: &str,
) -> Result<Vec<CompiledMessage>, String> {
    let resource = FluentResource::try_new(source.to_string())
        .map_err(|(_, errors)| format!("{name}: Fluent syntax errors: {errors:?}"))?;
    let terms = FluentResource::try_new(terms_source.to_string())
        .map_err(|_| format!("{name}: terms have syntax errors"))?;
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![]);
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(&terms);
    bundle.add_resource_overriding(&resource);

    let mut out = Vec::new();
    for entry in resource.entries() {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let mut patterns: Vec<(String, Option<&str>, &Pattern<&str>)> = Vec::new();
        if let Some(value) = &message.value {
            patterns.push((id.to_string(), None, value));
        }
        for attribute in &message.attributes {
            patterns.push((
                format!("{id}.{}", attribute.id.name),
                Some(attribute.id.name),
                &attribute.value,
            ));
        }
        for (key, attribute, pattern) in patterns {
            let mut variables = Vec::new();
            collect_variables(pattern, &mut variables)
                .map_err(|what| format!("{name}: {key}: {what} cannot be compiled"))?;
            let mut args = FluentArgs::new();
            for variable in &variables {
                args.set(
                    variable.clone(),
                    FluentValue::from(format!("{OPEN}{variable}{CLOSE}")),
                );
            }
            let found = bundle
                .get_message(id)
                .ok_or_else(|| format!("{name}: {key}: not found"))?;
            let resolved = match attribute {
                Some(attribute) => found.get_attribute(attribute).map(|a| a.value()),
                None => found.value(),
            }
            .ok_or_else(|| format!("{name}: {key}: no pattern"))?;
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(resolved, Some(&args), &mut errors)
                .into_owned();
            if !errors.is_empty() {
                return Err(format!("{name}: {key}: {errors:?}"));
            }
            out.push(CompiledMessage {
                key,
                pieces: split(&text),
            });
        }
    }
    // Build time and native only: never in the module (ARCHITECTURE.md, size rules).
    #[allow(clippy::disallowed_methods)]
    out.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(out)
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut Vec<String>) -> Result<(), &'static str> {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Select { .. } => return Err("a select expression"),
                Expression::Inline(inline) => match inline {
                    InlineExpression::VariableReference { id }
                        if !out.iter().any(|v| v == id.name) =>
                    {
                        out.push(id.name.to_string());
                    }
                    InlineExpression::FunctionReference { .. } => return Err("a function call"),
                    InlineExpression::Placeable { .. } => return Err("a nested placeable"),
                    _ => {}
                },
            }
        }
    }
    Ok(())
}

fn split(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        if start > 0 {
            pieces.push(Piece::Text(rest[..start].to_string()));
        }
        let after = &rest[start + OPEN.len_utf8()..];
        let end = after.find(CLOSE).unwrap_or(after.len());
        pieces.push(Piece::Var(after[..end].to_string()));
        rest = after.get(end + CLOSE.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest.to_string()));
    }
    pieces
}

/// The key table of `files` (`compiled::Keys`): every key once, sorted.
pub fn keys(files: &[CompiledSource]) -> Vec<String> {
    let mut keys: Vec<String> = files
        .iter()
        .flat_map(|f| f.messages.iter().map(|m| m.key.clone()))
        .collect();
    // Build time and native only: never in the module (ARCHITECTURE.md, size rules).
    #[allow(clippy::disallowed_methods)]
    keys.sort();
    keys.dedup();
    keys
}

/// `keys` as the module ships them (`compiled::Keys`): all text in one string, and the end
/// of each key in it.
pub fn pack_keys(keys: &[String]) -> Result<(String, Vec<u16>), String> {
    let mut text = String::new();
    let mut ends = Vec::new();
    for key in keys {
        text.push_str(key);
        ends.push(u16::try_from(text.len()).map_err(|_| format!("{key}: too many keys"))?);
    }
    Ok((text, ends))
}

/// One file's messages in the form the module ships (`compiled::Messages`): all text in one
/// string, and per message `[key number in keys, part count, part lengths…]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packed {
    pub text: String,
    pub index: Vec<u16>,
}

/// Packs `messages`, their keys numbered in `keys` (from [`keys`]); an error names the
/// message whose key is missing or whose part is too long to index.
pub fn pack(messages: &[CompiledMessage], keys: &[String]) -> Result<Packed, String> {
    let flag = manetti_privacy_model::compiled::VAR;
    let len = |key: &str, s: &str, max: u16| -> Result<u16, String> {
        u16::try_from(s.len())
            .ok()
            .filter(|&l| l <= max)
            .ok_or_else(|| format!("{key}: a text of {} bytes is too long to index", s.len()))
    };
    let mut packed = Packed {
        text: String::new(),
        index: Vec::new(),
    };
    for message in messages {
        let count = u16::try_from(message.pieces.len())
            .map_err(|_| format!("{}: too many parts", message.key))?;
        let number = keys
            .binary_search(&message.key)
            .ok()
            .and_then(|n| u16::try_from(n).ok())
            .ok_or_else(|| format!("{}: not in the key table", message.key))?;
        packed.index.push(number);
        packed.index.push(count);
        for piece in &message.pieces {
            let (s, var) = match piece {
                Piece::Text(t) => (t, 0),
                Piece::Var(v) => (v, flag),
            };
            packed.index.push(len(&message.key, s, flag - 1)? | var);
            packed.text.push_str(s);
        }
    }
    Ok(packed)
}
