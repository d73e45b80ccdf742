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
/// The common start and end are set aside first: most edits touch a few words.
pub fn diff_words(old: &str, new: &str) -> Vec<Run> {
    let (a, b) = (tokens(old), tokens(new));
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut runs = Vec::new();
    if prefix > 0 {
        runs.push(Run {
            op: Op::Equal,
            text: a[..prefix].concat(),
        });
    }
    let middle = lcs_runs(&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    runs.extend(middle);
    if suffix > 0 {
        runs.push(Run {
            op: Op::Equal,
            text: a[a.len() - suffix..].concat(),
        });
    }
    coalesce(runs)
}

/// `table[i][j]` is the length of the longest common subsequence of `a[i..]` and `b[j..]`.
pub(super) fn lcs_table(a: &[&str], b: &[&str]) -> Vec<Vec<u32>> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    lcs
}

fn lcs_runs(a: &[&str], b: &[&str]) -> Vec<Run> {
    let (n, m) = (a.len(), b.len());
    let lcs = lcs_table(a, b);
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |op: Op, text: &str| match runs.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => runs.push(Run {
            op,
            text: text.to_string(),
        }),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            push(Op::Equal, a[i]);
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            push(Op::Delete, a[i]);
            i += 1;
        } else {
            push(Op::Insert, b[j]);
            j += 1;
        }
    }
    runs
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
