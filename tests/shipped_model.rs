//! The model's binary form, which the module decodes at start: every version file, shipped or
//! fixture, comes back field for field through the encoder and the decoder, and the decoder
//! notices every truncated or corrupted input (so the build's own round-trip check, which
//! relies on it, can fail).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use manetti_privacy_model::codec::encode::{Encode, Out};
use manetti_privacy_model::{Decode, Reader, Version};
use std::path::Path;

fn versions_in(dir: &Path) -> Vec<Version> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
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

/// The bytes of `versions` and their text table (texts numbered in order of appearance).
fn encode(versions: &Vec<Version>) -> (Vec<u8>, Vec<&'static str>) {
    let mut texts: Vec<&'static str> = Vec::new();
    let mut number = |text: &str| {
        let n = texts.iter().position(|t| *t == text).unwrap_or_else(|| {
            texts.push(Box::leak(text.to_string().into_boxed_str()));
            texts.len() - 1
        });
        u16::try_from(n).unwrap()
    };
    let mut out = Out {
        bytes: Vec::new(),
        number: &mut number,
    };
    versions.encode(&mut out);
    let bytes = out.bytes;
    (bytes, texts)
}

/// The decoded versions and whether the reader says the input was good.
fn decode(bytes: &[u8], texts: &[&'static str]) -> (Vec<Version>, bool) {
    let lookup = |n: u16| texts.get(usize::from(n)).copied();
    let mut reader = Reader::new(bytes, &lookup);
    let versions = Vec::<Version>::decode(&mut reader);
    (versions, reader.is_good())
}

#[test]
fn every_version_file_round_trips_through_the_binary_form() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in [
        root.join("versions"),
        root.join("tests/fixtures/chain/versions"),
    ] {
        let versions = versions_in(&dir);
        let (bytes, texts) = encode(&versions);
        assert_eq!(
            decode(&bytes, &texts),
            (versions.clone(), true),
            "{}",
            dir.display()
        );
        // Not vacuous: the files have sections, blocks and activities with their lists.
        assert!(versions
            .iter()
            .flat_map(|v| v.sections.iter())
            .any(|s| !s.blocks.is_empty() && !s.activities.is_empty()));
    }
    // The shipped catalog is those very files (decoded from the bytes the build wrote).
    assert_eq!(
        common::shipped().versions(),
        &versions_in(&root.join("versions"))[..]
    );
}

#[test]
fn the_decoder_notices_every_truncation_and_trailing_byte() {
    let versions = versions_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("versions"));
    let (bytes, texts) = encode(&versions);
    // Every 7th length and the last 16: each decode reads to the end (it never returns early).
    let lengths = (0..bytes.len())
        .step_by(7)
        .chain(bytes.len() - 16..bytes.len());
    for len in lengths {
        assert!(!decode(&bytes[..len], &texts).1, "truncated to {len} bytes");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(!decode(&longer, &texts).1, "a trailing byte");
}

#[test]
fn the_decoder_notices_an_unknown_text_number_or_enum_value() {
    let versions = versions_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("versions"));
    let (bytes, texts) = encode(&versions);
    // Without its last text, some text number points past the table.
    assert!(!decode(&bytes, &texts[..texts.len() - 1]).1);
    // Every byte flipped between zero and non-zero in turn: the decoder either notices, or
    // reads a different well-formed value (a count, a date, another text); it never returns
    // the same versions as good. (Any non-zero byte is `true` or `Some`, by design.)
    let mut noticed = 0;
    let positions: Vec<usize> = (0..bytes.len()).step_by(7).collect();
    for &i in &positions {
        let mut bad = bytes.clone();
        bad[i] = if bad[i] == 0 { 0xff } else { 0 };
        let (decoded, good) = decode(&bad, &texts);
        assert!(!(good && decoded == versions), "byte {i} changed nothing");
        noticed += usize::from(!good);
    }
    assert!(
        noticed > positions.len() / 2,
        "{noticed} of {}",
        positions.len()
    );
}
