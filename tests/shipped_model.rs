//! The shipped versions are Rust statics that `build.rs` writes (no decoder in the module):
//! they must equal the `versions/*.toml` files, read with the same model, field for field.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use manetti_privacy::model::Version;

fn from_toml() -> Vec<Version> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("versions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

#[test]
fn the_shipped_statics_equal_the_version_files() {
    let toml = from_toml();
    let shipped = common::shipped().versions();
    assert_eq!(shipped.len(), toml.len());
    for (s, t) in shipped.iter().zip(&toml) {
        assert_eq!(s, t, "version {}", t.id);
    }
    // Not vacuous: the files have sections, blocks and activities with their lists.
    let last = toml.last().unwrap();
    assert!(last.sections.iter().any(|s| !s.blocks.is_empty()));
    assert!(last
        .sections
        .iter()
        .flat_map(|s| s.activities.iter())
        .any(|a| !a.items.is_empty() && a.basis.stated.is_some()));
}

#[test]
fn an_edit_of_a_shipped_version_copies_it_and_is_seen() {
    let mut versions = common::shipped().versions().to_vec();
    let before = versions[0].clone();
    versions[0].sections.to_mut()[0].blocks.to_mut().clear();
    assert_ne!(versions[0], before);
    assert_eq!(common::shipped().versions()[0], before);
}
