//! The one longest-common-subsequence routine of the diff, shaped like the `similar` crate:
//! it compares two sequences and emits operations over index ranges, which its consumers
//! (paragraph word runs in `words.rs`, section order in `mod.rs`) turn into what they show.
//!
//! Cost: the common prefix and suffix are set aside first, in linear time (most edits touch
//! a few words, and most sections keep their place). The rest, of lengths n and m, is
//! compared with a full table: O(n·m) time and O(n·m) memory (`u32` cells). A policy
//! paragraph has at most a few hundred tokens and a version a few dozen sections, so the
//! table stays small; do not feed it whole documents.

use serde::Serialize;
use std::ops::Range;

/// What happened to a stretch of the sequences.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// One operation: `old[old]` and `new[new]` are equal (`Equal`), or `old[old]` was deleted
/// (`Delete`, `new` empty), or `new[new]` was inserted (`Insert`, `old` empty). Ranges follow
/// each other: together the operations cover both sequences, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub op: Op,
    pub old: Range<usize>,
    pub new: Range<usize>,
}

/// The operations that turn `old` into `new`, adjacent operations of one kind merged.
/// Where several longest common subsequences exist, a deletion comes before an insertion.
pub fn diff<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Edit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (n, m) = (old.len() - prefix - suffix, new.len() - prefix - suffix);
    let (a, b) = (&old[prefix..prefix + n], &new[prefix..prefix + m]);

    let mut edits = Edits(Vec::new());
    edits.push(Op::Equal, 0, 0, prefix);
    // table[i][j]: the length of a longest common subsequence of a[i..] and b[j..].
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            edits.push(Op::Equal, prefix + i, prefix + j, 1);
            i += 1;
            j += 1;
        } else if i < n && (j == m || table[i + 1][j] >= table[i][j + 1]) {
            edits.push(Op::Delete, prefix + i, prefix + j, 1);
            i += 1;
        } else {
            edits.push(Op::Insert, prefix + i, prefix + j, 1);
            j += 1;
        }
    }
    edits.push(Op::Equal, prefix + n, prefix + m, suffix);
    edits.0
}

struct Edits(Vec<Edit>);

impl Edits {
    /// Adds `len` items of `op` at `old[i]` / `new[j]`, extending the last edit if it is alike.
    fn push(&mut self, op: Op, i: usize, j: usize, len: usize) {
        if len == 0 {
            return;
        }
        let (old_len, new_len) = match op {
            Op::Equal => (len, len),
            Op::Delete => (len, 0),
            Op::Insert => (0, len),
        };
        match self.0.last_mut() {
            Some(last) if last.op == op => {
                last.old.end += old_len;
                last.new.end += new_len;
            }
            _ => self.0.push(Edit {
                op,
                old: i..i + old_len,
                new: j..j + new_len,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_cover_both_sides_in_order() {
        let edits = diff(&["a", "b", "c", "d"], &["a", "x", "c", "d", "e"]);
        let ops: Vec<(Op, Range<usize>, Range<usize>)> =
            edits.into_iter().map(|e| (e.op, e.old, e.new)).collect();
        assert_eq!(
            ops,
            [
                (Op::Equal, 0..1, 0..1),
                (Op::Delete, 1..2, 1..1),
                (Op::Insert, 2..2, 1..2),
                (Op::Equal, 2..4, 2..4),
                (Op::Insert, 4..4, 4..5),
            ]
        );
    }

    #[test]
    fn empty_and_equal_sequences() {
        assert!(diff::<u8>(&[], &[]).is_empty());
        assert_eq!(diff(&[1], &[1]).len(), 1);
        assert_eq!(
            diff(&[1], &[]),
            [Edit {
                op: Op::Delete,
                old: 0..1,
                new: 0..0
            }]
        );
    }
}
