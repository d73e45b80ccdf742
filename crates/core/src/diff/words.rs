//! Word-level diff of two paragraphs: runs of unchanged, inserted and deleted text.

use super::lcs::diff;
pub use super::lcs::Op;
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub op: Op,
    pub text: String,
}

/// What a character belongs to: a word, white space, or punctuation (one token each).
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Word,
    Space,
    Mark,
}

/// Punctuation is ASCII punctuation and the typographic marks of Dutch and English text; any
/// other character that is not white space belongs to a word. (Cheaper in the module than
/// `char::is_alphanumeric`, whose Unicode tables cost kilobytes.)
fn class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_ascii_punctuation() || matches!(c, '‘' | '’' | '“' | '”' | '„' | '–' | '—' | '…')
    {
        Class::Mark
    } else {
        Class::Word
    }
}

/// Words, runs of white space, and single punctuation marks, as separate tokens, so that an
/// added comma is an insertion of a comma, not a replacement of the word before it. An
/// apostrophe between letters (`zo'n`, `Let’s`) and a separator between digits (`24-05-2018`)
/// stay inside their word.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<Class> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut kind = class(c);
        // An apostrophe between letters (`zo'n`), or a date or number separator between
        // digits (`24-05-2018`, `1.000`), stays inside its word.
        let next = chars.peek().map(|&(_, n)| n);
        let inner_apostrophe = matches!(c, '\'' | '’')
            && prev == Some(Class::Word)
            && next.is_some_and(|n| class(n) == Class::Word);
        let inner_separator = matches!(c, '-' | '.' | '/' | ',')
            && text[..i].ends_with(|p: char| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit());
        if inner_apostrophe || inner_separator {
            kind = Class::Word;
        }
        if prev.is_some() && (prev != Some(kind) || kind == Class::Mark) {
            out.push(&text[start..i]);
            start = i;
        }
        prev = Some(kind);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(old: &str, new: &str) -> Vec<(Op, String)> {
        diff_words(old, new)
            .into_iter()
            .map(|r| (r.op, r.text))
            .collect()
    }

    #[test]
    fn punctuation_is_a_token_of_its_own() {
        assert_eq!(
            tokens("Ja, zo'n IP-adres (zie 2.4)."),
            [
                "Ja", ",", " ", "zo'n", " ", "IP", "-", "adres", " ", "(", "zie", " ", "2.4", ")",
                "."
            ]
        );
        assert_eq!(tokens("Let’s  go"), ["Let’s", "  ", "go"]);
        assert_eq!(tokens("op 24-05-2018."), ["op", " ", "24-05-2018", "."]);
        assert_eq!(tokens("“quoted”"), ["“", "quoted", "”"]);
        assert!(tokens("").is_empty());
    }

    #[test]
    fn an_added_comma_does_not_replace_the_word() {
        assert_eq!(
            ops(
                "Wanneer je belt dan nemen we op",
                "Wanneer je belt, nemen we op"
            ),
            [
                (Op::Equal, "Wanneer je belt".to_string()),
                (Op::Delete, " dan".to_string()),
                (Op::Insert, ",".to_string()),
                (Op::Equal, " nemen we op".to_string()),
            ]
        );
        assert_eq!(
            ops("de kat.", "de kat, die zat."),
            [
                (Op::Equal, "de kat".to_string()),
                (Op::Insert, ", die zat".to_string()),
                (Op::Equal, ".".to_string()),
            ]
        );
    }

    #[test]
    fn a_changed_word_keeps_its_punctuation_unchanged() {
        assert_eq!(
            ops("Dat doen wij.", "Dat doen we."),
            [
                (Op::Equal, "Dat doen ".to_string()),
                (Op::Delete, "wij".to_string()),
                (Op::Insert, "we".to_string()),
                (Op::Equal, ".".to_string()),
            ]
        );
    }
}
