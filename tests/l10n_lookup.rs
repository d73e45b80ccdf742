//! Message lookup: the shared key table is sorted, so a key is found by binary search, as a
//! whole or as prefix + name, and anything else is not found.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture_catalog, shipped};
use manetti_privacy_model::compiled::{Keys, MessageId};

fn keys_of(catalog: &manetti_privacy_core::catalog::Catalog) -> &'static Keys {
    catalog.files()[0].messages.keys
}

fn check(keys: &Keys) {
    let all: Vec<&str> = (0..keys.ends.len())
        .map(|n| keys.get(n as u16).unwrap())
        .collect();
    assert!(all.len() > 10, "{}", all.len());
    assert!(all.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
    for (n, key) in all.iter().enumerate() {
        assert_eq!(keys.find(MessageId::from(*key)), Some(n as u16), "{key}");
        for (at, _) in key.match_indices('-') {
            let split = MessageId {
                prefix: Box::leak(key[..=at].to_string().into_boxed_str()),
                name: &key[at + 1..],
            };
            assert_eq!(keys.find(split), Some(n as u16), "{key} split at {at}");
        }
        let longer = format!("{key}x");
        if !all.contains(&longer.as_str()) {
            assert_eq!(
                keys.find(MessageId::from(longer.as_str())),
                None,
                "{longer}"
            );
        }
        let shorter = &key[..key.len().saturating_sub(1)];
        if !all.contains(&shorter) {
            assert_eq!(keys.find(MessageId::from(shorter)), None, "{shorter}");
        }
    }
    // (The table also numbers the model's texts, such as section numbers and "".)
    for absent in ["-", "~", "a", "zzzz", "policy-"] {
        assert!(!all.contains(&absent));
        assert_eq!(keys.find(MessageId::from(absent)), None, "{absent}");
    }
    // A prefix longer than the key it shares its start with.
    let first = all[0];
    let id = MessageId {
        prefix: Box::leak(format!("{first}-").into_boxed_str()),
        name: "x",
    };
    assert_eq!(keys.find(id), None);
}

#[test]
fn every_shipped_key_is_found_at_its_number_whole_and_split_and_nothing_else() {
    check(keys_of(shipped()));
}

#[test]
fn fixture_catalogs_compiled_at_test_time_are_sorted_too() {
    check(keys_of(&fixture_catalog("chain")));
}

#[test]
fn each_file_gives_the_text_of_its_own_message() {
    let catalog = shipped();
    for file in catalog.files() {
        for (key, parts) in file.messages {
            let found: Vec<_> = file.get(*key).unwrap().collect();
            assert_eq!(found, parts, "{} {}", file.name, key);
        }
    }
}
