//! `core::diff::lcs` against the `similar` crate (a native dev-dependency, the reference): on
//! random sequences over small alphabets (many matches, many ties), our longest common
//! subsequence is as long as similar's Myers diff finds (both are optimal), and both edit
//! scripts are valid: they cover both sides in order, their equal runs are equal, and applied
//! to the old side they rebuild the new side.
//!
//! `cargo test --test lcs_similar` runs 256 cases per property. The timing of the 2018 → newest
//! comparison (ARCHITECTURE.md, size ledger, "The LCS"):
//! `cargo test --release --test lcs_similar -- --ignored --nocapture bench`.
#![cfg(not(target_arch = "wasm32"))]

use manetti_privacy_core::diff::lcs::{diff, Edit, Op};
use proptest::prelude::*;
use similar::{capture_diff_slices, Algorithm, DiffOp, DiffTag};
use std::fmt::Debug;
use std::ops::Range;

/// Word-diff tokens: words, a space, punctuation.
const TOKENS: &[&str] = &["de", " ", "kat", ",", "zat", "."];

type Script = Vec<(DiffTag, Range<usize>, Range<usize>)>;

fn ours_as_script(edits: &[Edit]) -> Script {
    edits
        .iter()
        .map(|e| {
            let tag = match e.op {
                Op::Equal => DiffTag::Equal,
                Op::Delete => DiffTag::Delete,
                Op::Insert => DiffTag::Insert,
            };
            (tag, e.old.clone(), e.new.clone())
        })
        .collect()
}

fn similar_as_script(ops: &[DiffOp]) -> Script {
    ops.iter().map(DiffOp::as_tag_tuple).collect()
}

/// Checks that `script` turns `old` into `new`, and returns its LCS length (the sum of its
/// equal runs). The ranges must follow each other from 0 to the ends of both sides; an equal
/// run must be equal on both sides; a deletion covers no new item and an insertion no old one.
fn check_script<T: PartialEq + Clone + Debug>(
    old: &[T],
    new: &[T],
    script: &Script,
) -> Result<usize, TestCaseError> {
    let (mut i, mut j, mut common) = (0, 0, 0);
    let mut rebuilt: Vec<T> = Vec::new();
    for (tag, o, n) in script {
        prop_assert_eq!(
            (o.start, n.start),
            (i, j),
            "a gap or an overlap at {:?}",
            tag
        );
        prop_assert!(o.end <= old.len() && n.end <= new.len(), "out of bounds");
        match tag {
            DiffTag::Equal => {
                prop_assert_eq!(o.len(), n.len());
                prop_assert_eq!(&old[o.clone()], &new[n.clone()], "an unequal equal run");
                rebuilt.extend_from_slice(&old[o.clone()]);
                common += o.len();
            }
            DiffTag::Delete => prop_assert!(n.is_empty() && !o.is_empty()),
            DiffTag::Insert => {
                prop_assert!(o.is_empty() && !n.is_empty());
                rebuilt.extend_from_slice(&new[n.clone()]);
            }
            DiffTag::Replace => {
                prop_assert!(!o.is_empty() && !n.is_empty());
                rebuilt.extend_from_slice(&new[n.clone()]);
            }
        }
        (i, j) = (o.end, n.end);
    }
    prop_assert_eq!((i, j), (old.len(), new.len()), "the script stops short");
    prop_assert_eq!(
        &rebuilt[..],
        new,
        "applying the script does not give the new side"
    );
    Ok(common)
}

/// Both scripts are valid and find LCSs of one length; ours has no empty edit, no two
/// adjacent edits of one kind, no `Replace`, and never an insertion right before a deletion
/// (`lcs::diff`: "a deletion comes before an insertion").
///
/// similar 2.x's own LCS is Myers: `Algorithm::Lcs` is not optimal after a common prefix (its
/// table reads the items from index 0, not from the prefix's end), and the `Compact` step of
/// `capture_diff_slices` can leave a deletion's `new_index` stale (mitsuhiko/similar#95, both
/// fixed in 3.x). So the script checked is Myers' own (`Capture` only), and the compacted one
/// only for its length.
fn compare<T: Eq + std::hash::Hash + Ord + Clone + Debug>(
    old: &[T],
    new: &[T],
) -> Result<(), TestCaseError> {
    let ours = ours_as_script(&diff(old, new));
    let mut capture = similar::algorithms::Capture::new();
    similar::algorithms::myers::diff(&mut capture, old, 0..old.len(), new, 0..new.len()).unwrap();
    let theirs = similar_as_script(&capture.into_ops());
    let compacted: usize = capture_diff_slices(Algorithm::Myers, old, new)
        .iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .map(|op| op.old_range().len())
        .sum();
    let our_len = check_script(old, new, &ours).map_err(|e| fail("ours", e))?;
    let their_len = check_script(old, new, &theirs).map_err(|e| fail("similar's", e))?;
    prop_assert_eq!(our_len, their_len, "LCS lengths differ: ours {:?}", ours);
    prop_assert_eq!(
        our_len,
        compacted,
        "LCS lengths differ from capture_diff_slices"
    );
    for pair in ours.windows(2) {
        prop_assert_ne!(pair[0].0, pair[1].0, "adjacent edits of one kind");
        prop_assert!(
            !(pair[0].0 == DiffTag::Insert && pair[1].0 == DiffTag::Delete),
            "an insertion before a deletion"
        );
    }
    prop_assert!(ours.iter().all(|(tag, _, _)| *tag != DiffTag::Replace));
    Ok(())
}

fn fail(whose: &str, error: TestCaseError) -> TestCaseError {
    TestCaseError::fail(format!("{whose} script: {error}"))
}

/// Up to 59 integers below `alphabet`.
fn ints(alphabet: u8) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0..alphabet, 0..60)
}

/// Up to 59 tokens of the first `alphabet` of [`TOKENS`].
fn words(alphabet: usize) -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(prop::sample::select(&TOKENS[..alphabet]), 0..60)
}

proptest! {
    #[test]
    fn integers_match_similar((old, new) in (1u8..=4).prop_flat_map(|k| (ints(k), ints(k)))) {
        compare(&old, &new)?;
    }

    #[test]
    fn tokens_match_similar(
        (old, new) in (1usize..=TOKENS.len()).prop_flat_map(|k| (words(k), words(k)))
    ) {
        compare(&old, &new)?;
    }

    /// An edit of one stretch: a common prefix and suffix, as in a reworded paragraph.
    #[test]
    fn an_edited_middle_matches_similar(
        (old, cut, middle) in (1u8..=4).prop_flat_map(|k| (ints(k), (0usize..60, 0usize..60), ints(k)))
    ) {
        let (from, to) = (cut.0.min(cut.1).min(old.len()), cut.0.max(cut.1).min(old.len()));
        let new = [&old[..from], &middle[..middle.len().min(20)], &old[to..]].concat();
        compare(&old, &new)?;
    }
}

#[test]
fn fixed_cases() {
    let none: [&str; 0] = [];
    let abc = ["a", "b", "c"];
    let cases: [(&[&str], &[&str], usize); 6] = [
        (&none, &none, 0),
        (&none, &abc, 0),
        (&abc, &none, 0),
        (&abc, &abc, 3),
        (&abc, &["x", "y"], 0),
        (
            &["a", "b", "c", "a", "b", "b", "a"],
            &["c", "b", "a", "b", "a", "c"],
            4,
        ),
    ];
    for (old, new, lcs) in cases {
        compare(old, new).unwrap();
        let common: usize = diff(old, new)
            .iter()
            .filter(|e| e.op == Op::Equal)
            .map(|e| e.old.len())
            .sum();
        assert_eq!(common, lcs, "{old:?} → {new:?}");
    }
    assert!(diff(&none, &none).is_empty());
    assert_eq!(
        ours_as_script(&diff(&none, &abc)),
        [(DiffTag::Insert, 0..0, 0..3)]
    );
    assert_eq!(
        ours_as_script(&diff(&abc, &none)),
        [(DiffTag::Delete, 0..3, 0..0)]
    );
    assert_eq!(
        ours_as_script(&diff(&abc, &abc)),
        [(DiffTag::Equal, 0..3, 0..3)]
    );
    assert_eq!(
        ours_as_script(&diff(&abc, &["x", "y"])),
        [(DiffTag::Delete, 0..3, 0..0), (DiffTag::Insert, 3..3, 0..2)]
    );
}

/// Times the 2018 → newest comparison in Dutch with all paragraph word runs (`changes()`),
/// then the LCS calls alone on the same token pairs: ours against similar's Myers.
#[test]
#[ignore]
fn bench_word_runs() {
    use manetti_privacy_core::catalog::Catalog;
    use manetti_privacy_core::diff::words::{side, tokens};
    use manetti_privacy_core::diff::Comparison;
    use manetti_privacy_model::date::Date;
    use std::hint::black_box;
    use std::time::Instant;

    const N: u32 = 50;
    let catalog = Catalog::shipped();
    let locale = catalog.locale("x", "nl").unwrap();
    let today = Date::parse("x", "2027-01-02").unwrap();
    let accepted = catalog.version("x", "2018-05-24").ok();
    let changes = || Comparison::since(catalog, accepted, locale, today, None).changes();
    let first = changes();
    let start = Instant::now();
    for _ in 0..N {
        black_box(changes());
    }
    let whole = start.elapsed() / N;

    let texts: Vec<(String, String)> = first
        .paragraphs
        .iter()
        .map(|p| (side(&p.words, false), side(&p.words, true)))
        .collect();
    let pairs: Vec<(Vec<&str>, Vec<&str>)> = texts
        .iter()
        .map(|(old, new)| (tokens(old), tokens(new)))
        .collect();
    let tokens_total: usize = pairs.iter().map(|(a, b)| a.len() + b.len()).sum();
    let time = |f: &dyn Fn(&[&str], &[&str]) -> usize| {
        let start = Instant::now();
        for _ in 0..N {
            for (a, b) in &pairs {
                black_box(f(black_box(a), black_box(b)));
            }
        }
        start.elapsed() / N
    };
    let ours = time(&|a, b| diff(a, b).len());
    let theirs = time(&|a, b| {
        let mut capture = similar::algorithms::Capture::new();
        similar::algorithms::myers::diff(&mut capture, a, 0..a.len(), b, 0..b.len()).unwrap();
        capture.into_ops().len()
    });
    println!(
        "2018-05-24 → newest, nl: {} paragraphs, {tokens_total} tokens; per run of N={N}: \
         changes() {whole:?}; LCS alone: ours {ours:?}, similar Myers {theirs:?} ({:.2}× ours)",
        pairs.len(),
        theirs.as_secs_f64() / ours.as_secs_f64(),
    );
}
