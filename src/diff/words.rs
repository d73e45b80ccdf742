//! Word-level diff of two paragraphs: runs of unchanged, inserted and deleted text.

use super::lcs::diff;
pub use super::lcs::Op;
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub op: Op,
    pub text: String,
}

/// Words and the white space between them, as separate tokens.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_space: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if prev_space.is_some_and(|p| p != space) {
            out.push(&text[start..i]);
            start = i;
        }
        prev_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The runs that turn `old` into `new`, by a longest common subsequence of tokens
/// (see `lcs.rs` for the cost).
pub fn diff_words(old: &str, new: &str) -> Vec<Run> {
    let (a, b) = (tokens(old), tokens(new));
    let mut runs = Vec::new();
    for edit in diff(&a, &b) {
        let text = match edit.op {
            Op::Insert => b[edit.new].concat(),
            _ => a[edit.old].concat(),
        };
        runs.push(Run { op: edit.op, text });
    }
    coalesce(runs)
}

/// Reads better: within a stretch of changes, white space that happens to match is not kept
/// as "unchanged", so the stretch shows as one deletion followed by one insertion.
fn coalesce(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let flush = |out: &mut Vec<Run>, deleted: &mut String, inserted: &mut String| {
        for (op, text) in [(Op::Delete, deleted), (Op::Insert, inserted)] {
            if !text.is_empty() {
                out.push(Run {
                    op,
                    text: std::mem::take(text),
                });
            }
        }
    };
    for (index, run) in runs.iter().enumerate() {
        let between_changes = run.op == Op::Equal
            && run.text.trim().is_empty()
            && index > 0
            && index + 1 < runs.len()
            && !(deleted.is_empty() && inserted.is_empty());
        match run.op {
            Op::Delete => deleted.push_str(&run.text),
            Op::Insert => inserted.push_str(&run.text),
            Op::Equal if between_changes => {
                deleted.push_str(&run.text);
                inserted.push_str(&run.text);
            }
            Op::Equal => {
                flush(&mut out, &mut deleted, &mut inserted);
                match out.last_mut() {
                    Some(last) if last.op == Op::Equal => last.text.push_str(&run.text),
                    _ => out.push(run.clone()),
                }
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// The text before (`Delete` and `Equal` runs) or after (`Insert` and `Equal`).
pub fn side(runs: &[Run], after: bool) -> String {
    let skip = if after { Op::Delete } else { Op::Insert };
    runs.iter()
        .filter(|r| r.op != skip)
        .map(|r| r.text.as_str())
        .collect()
}
