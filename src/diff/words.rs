//! Word-level diff of two paragraphs: runs of unchanged, inserted and deleted text.

use serde::Serialize;

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

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

/// The runs that turn `old` into `new`, by a longest common subsequence of tokens.
pub fn diff_words(old: &str, new: &str) -> Vec<Run> {
    let a = tokens(old);
    let b = tokens(new);
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |op: Op, text: &str| match runs.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => runs.push(Run { op, text: text.to_string() }),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            push(Op::Equal, a[i]);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(Op::Insert, b[j]);
            j += 1;
        } else {
            push(Op::Delete, a[i]);
            i += 1;
        }
    }
    runs
}

/// The text before (`Delete` and `Equal` runs) or after (`Insert` and `Equal`).
pub fn side(runs: &[Run], after: bool) -> String {
    let skip = if after { Op::Delete } else { Op::Insert };
    runs.iter().filter(|r| r.op != skip).map(|r| r.text.as_str()).collect()
}
