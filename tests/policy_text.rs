//! The 2018 policy is reproduced word for word, and every locale has every message.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{date, locale, seed_text, shipped};
use manetti_privacy_core::document::resolve;
use std::collections::BTreeSet;

#[test]
fn dutch_2018_text_is_the_seed_word_for_word() {
    let catalog = shipped();
    let version = catalog.version("version", "2018-05-24").unwrap();
    let doc = resolve(catalog, version, locale("nl"));
    let seed = seed_text();
    for (n, line) in seed.lines().enumerate() {
        assert!(
            doc.text().lines().any(|l| l == line),
            "seed line {} is missing or changed: {line:?}",
            n + 1
        );
    }
    assert_eq!(
        doc.text(),
        seed.trim_end_matches('\n'),
        "the rendered text must equal the seed exactly, in order"
    );
}

#[test]
fn every_referenced_message_exists_in_every_locale() {
    let catalog = shipped();
    for version in catalog.versions() {
        for locale in catalog.locales() {
            let l10n = catalog.localizer(*locale, version);
            for section in &version.sections {
                let title = format!("policy-{}-title", section.id);
                assert!(l10n.has(&title), "{locale} {}: missing {title}", version.id);
                for block in &section.blocks {
                    assert!(
                        l10n.has(block.message()),
                        "{locale} {}: missing {}",
                        version.id,
                        block.message()
                    );
                }
            }
            for note in &version.notes {
                assert!(
                    l10n.has(&note.message),
                    "{locale} {}: missing note {}",
                    version.id,
                    note.message
                );
            }
        }
    }
}

#[test]
fn every_closed_list_value_has_a_name_in_every_locale() {
    use manetti_privacy_model::*;
    let catalog = shipped();
    let ids: Vec<manetti_privacy_core::l10n::MessageId> = Category::ALL
        .iter()
        .map(|v| v.message())
        .chain(Purpose::ALL.iter().map(|v| v.message()))
        .chain(Recipient::ALL.iter().map(|v| v.message()))
        .chain(Retention::ALL.iter().map(|v| v.message()))
        .chain(Audience::ALL.iter().map(|v| v.message()))
        .chain(Fact::ALL.iter().map(|v| v.message()))
        .chain(Source::ALL.iter().map(|v| v.message()))
        .chain(TransferBasis::ALL.iter().map(|v| v.message()))
        .collect();
    for locale in catalog.locales() {
        let l10n = catalog.localizer(*locale, catalog.latest());
        for id in &ids {
            assert!(l10n.has(id), "{locale}: missing {id}");
        }
    }
}

/// Message ids and attribute names of one file, as `id` and `id.attr`; terms as `-id`.
fn keys(source: &str) -> BTreeSet<String> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("syntax errors: {errors:?}"));
    let mut out = BTreeSet::new();
    for entry in resource.body {
        let (id, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), t.attributes),
            _ => continue,
        };
        for attr in attributes {
            out.insert(format!("{id}.{}", attr.id.name));
        }
        out.insert(id);
    }
    out
}

#[test]
fn every_locale_has_the_same_files_messages_and_attributes() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut per_locale = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let dir = entry.unwrap().path();
        let mut files = std::collections::BTreeMap::new();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            files.insert(
                path.file_name().unwrap().to_string_lossy().to_string(),
                keys(&source),
            );
        }
        per_locale.push((
            dir.file_name().unwrap().to_string_lossy().to_string(),
            files,
        ));
    }
    assert!(per_locale.len() >= 2, "expected at least nl and en");
    let (first_locale, first) = &per_locale[0];
    for (locale, files) in &per_locale[1..] {
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            files.keys().collect::<Vec<_>>(),
            "{first_locale} and {locale} differ in files"
        );
        for (name, ids) in first {
            let other = &files[name];
            let missing: Vec<_> = ids.difference(other).collect();
            let extra: Vec<_> = other.difference(ids).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{name}: {locale} lacks {missing:?}; {first_locale} lacks {extra:?}"
            );
        }
    }
}

#[test]
fn messages_with_placeables_document_their_variables() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    for dir in std::fs::read_dir(root).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            let lines: Vec<&str> = source.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if line.contains("{ $") && !line.starts_with(' ') && !line.starts_with('#') {
                    let comment_above = lines[..i]
                        .iter()
                        .rev()
                        .take_while(|l| l.starts_with('#'))
                        .any(|l| l.starts_with("# Variables:"));
                    assert!(
                        comment_above,
                        "{}:{}: a message with a variable needs a `# Variables:` comment",
                        path.display(),
                        i + 1
                    );
                }
            }
        }
    }
}

#[test]
fn dates_are_written_the_way_each_language_does() {
    let catalog = shipped();
    let nl = catalog.localizer(locale("nl"), catalog.version("v", "2018-05-24").unwrap());
    let en = catalog.localizer(locale("en"), catalog.version("v", "2018-05-24").unwrap());
    assert_eq!(nl.date(date("2018-05-24")), "24\u{a0}mei\u{a0}2018");
    assert_eq!(en.date(date("2018-05-24")), "24\u{a0}May\u{a0}2018");
    assert_eq!(en.date(date("2027-01-01")), "1\u{a0}January\u{a0}2027");
}

#[test]
fn english_says_the_dutch_text_is_authoritative() {
    let catalog = shipped();
    let version = catalog.version("version", "2018-05-24").unwrap();
    let en = resolve(catalog, version, locale("en"));
    // The locale the English document names as authoritative is the one whose 2018 text is
    // the seed, word for word.
    let authoritative = resolve(catalog, version, locale(en.authoritative_locale));
    assert_eq!(authoritative.text(), seed_text().trim_end_matches('\n'));
    assert_ne!(en.text(), authoritative.text());
    let page = manetti_privacy_kit::static_site::page(
        catalog,
        date("2026-11-25"),
        locale("en"),
        "2018-05-24",
    );
    assert!(page.contains("The Dutch text of this policy is the authoritative one"));
    assert!(en.text().contains("Creating an account"));
}

/// The compiled wording says exactly what fluent-bundle says at run time, for every message
/// and attribute of every version in every locale, variables included.
#[test]
fn compiled_messages_equal_fluent_bundle_output() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use manetti_privacy_model::compiled::Part;
    let catalog = shipped();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut checked = 0;
    for locale in catalog.locales() {
        for version in catalog.versions() {
            let read =
                |name: &str| std::fs::read_to_string(format!("{root}/{locale}/{name}")).unwrap();
            // Every shared file the catalog has for the locale (terms, ui, and the kit's).
            let mut sources: Vec<String> = catalog
                .files_for(*locale, &version.id)
                .iter()
                .filter(|f| !f.name.starts_with("policy-"))
                .map(|f| read(f.name))
                .collect();
            sources.extend(
                catalog
                    .history_until(&version.id)
                    .iter()
                    .map(|v| read(&format!("policy-{}.ftl", v.id))),
            );
            let resources: Vec<FluentResource> = sources
                .into_iter()
                .map(|s| FluentResource::try_new(s).unwrap())
                .collect();
            let mut bundle = FluentBundle::new(vec![locale.as_str().parse().unwrap()]);
            bundle.set_use_isolating(false);
            for resource in &resources {
                bundle.add_resource_overriding(resource);
            }
            let l10n = catalog.localizer(*locale, version);
            for file in catalog.files_for(*locale, &version.id) {
                for (key, parts) in file.messages {
                    let vars: Vec<&str> = parts
                        .iter()
                        .filter_map(|p| if let Part::Var(v) = p { Some(*v) } else { None })
                        .collect();
                    let values: Vec<String> = vars.iter().map(|v| format!("‹{v}›")).collect();
                    let args_list: Vec<(&str, &str)> = vars
                        .iter()
                        .copied()
                        .zip(values.iter().map(String::as_str))
                        .collect();
                    let mut args = FluentArgs::new();
                    for (name, value) in &args_list {
                        args.set(*name, FluentValue::from(*value));
                    }
                    let (id, attr) = key
                        .split_once('.')
                        .map_or((*key, None), |(i, a)| (i, Some(a)));
                    let message = bundle.get_message(id).unwrap();
                    let pattern = match attr {
                        Some(a) => message.get_attribute(a).unwrap().value(),
                        None => message.value().unwrap(),
                    };
                    let expected = bundle
                        .format_pattern(pattern, Some(&args), &mut vec![])
                        .into_owned();
                    let got = match attr {
                        Some(a) => l10n.attr_with(id, a, &args_list),
                        None => l10n.text_with(id, &args_list),
                    };
                    assert_eq!(got, expected, "{locale} {} {key}", version.id);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 500, "checked {checked}");
}
