//! The full comparison between two versions, as a customer reads it: what changes in what is
//! done with data, in plain sentences; the notes that matter (corrections marked as such);
//! wording changes briefly (editorial notes, renamed and moved sections, and a count of the
//! paragraphs that only changed their form of address); then the changed text itself, behind
//! a closed disclosure with one per section: a new section once, in normal text, a changed
//! paragraph with inline insertions and deletions.

use super::tree::{el, Element};
use manetti_privacy_core::diff::words::{side, Op, Run};
use manetti_privacy_core::diff::{ChangeKind, Changes, SummaryLine};
use manetti_privacy_core::l10n::Localizer;
use manetti_privacy_model::NoteKind;

/// `level` is the heading level of the comparison's own heading (2 on a page, 3 in the banner).
pub fn comparison(l10n: &Localizer, changes: &Changes, id: &str, level: u8) -> Element {
    let h = |offset: u8| heading_tag(level + offset);
    let heading_id = format!("{id}-heading");
    let from = changes
        .from
        .as_ref()
        .map(|f| l10n.date(f.published))
        .unwrap_or_default();
    let to = l10n.date(changes.to.published);
    let mut root = el("section")
        .attr("id", id)
        .class("mp-comparison")
        .attr("aria-labelledby", heading_id.clone())
        .child(
            el(h(0))
                .attr("id", heading_id)
                .attr("tabindex", "-1")
                // The edge moves the focus here when the comparison opens.
                .attr("data-focus", "")
                .text(l10n.text_with("compare-heading", &[("from", &from), ("to", &to)])),
        );

    // What changes in what is done with data: the material lines, in plain sentences.
    root = root.child(el(h(1)).text(l10n.text("compare-structure-heading")));
    let structure: Vec<Element> = summary_items(l10n, &changes.summary);
    root = if structure.is_empty() {
        root.child(el("p").text(l10n.text("compare-structure-none")))
    } else {
        root.child(el("ul").class("mp-structure").children(structure))
    };

    // The notes that matter: corrections and material notes, marked as such.
    let told = changes
        .notes
        .iter()
        .filter(|n| n.kind != NoteKind::Editorial);
    // A correction's own text says "Verbeterd:" (its badge would say it twice).
    let told: Vec<Element> = told
        .map(|n| match n.kind {
            NoteKind::Correction => el("li").class("mp-correction").text(n.text.clone()),
            _ => el("li")
                .child(
                    el("span")
                        .class("mp-badge")
                        .text(l10n.text("compare-note-material")),
                )
                .text(" ")
                .text(n.text.clone()),
        })
        .collect();
    if !told.is_empty() {
        root = root
            .child(el(h(1)).text(l10n.text("compare-notes-heading")))
            .child(el("ul").class("mp-notes").children(told));
    }

    // Wording only, briefly: the editorial notes, renamed and moved sections, and how many
    // paragraphs changed only their form of address.
    let forms = l10n.text("compare-form-words");
    let forms: Vec<&str> = forms.split_whitespace().collect();
    let wording_only = changes
        .paragraphs
        .iter()
        .filter(|p| p.kind == ChangeKind::Changed && only_words(&p.words, &forms))
        .count();
    let mut editorial: Vec<Element> = changes
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Editorial)
        .map(|n| el("li").text(n.text.clone()))
        .collect();
    for s in &changes.sections {
        let text = match s.kind {
            ChangeKind::Renamed => l10n.text_with(
                "changes-section-renamed",
                &[
                    ("old", s.old_title.as_deref().unwrap_or("")),
                    ("title", &s.title),
                ],
            ),
            ChangeKind::Moved => l10n.text_with("changes-section-moved", &[("title", &s.title)]),
            _ => continue,
        };
        editorial.push(el("li").text(text));
    }
    if wording_only > 0 {
        let count = wording_only.to_string();
        let id = if wording_only == 1 {
            "compare-wording-only-one"
        } else {
            "compare-wording-only"
        };
        editorial.push(el("li").text(l10n.text_with(id, &[("count", &count)])));
    }
    if !editorial.is_empty() {
        root = root
            .child(el(h(1)).text(l10n.text("compare-editorial-heading")))
            .child(el("ul").class("mp-editorial").children(editorial));
    }

    // The text itself, word by word, on demand: one closed disclosure, a section in each.
    let shown: Vec<_> = changes
        .paragraphs
        .iter()
        .filter(|p| !(p.kind == ChangeKind::Changed && only_words(&p.words, &forms)))
        .collect();
    if changes.paragraphs.is_empty() {
        return root
            .child(el(h(1)).text(l10n.text("compare-text-heading")))
            .child(el("p").text(l10n.text("compare-text-none")));
    }
    let mut text = el("details")
        .class("mp-text-changes")
        .child(el("summary").text(l10n.text_with(
            "compare-text-summary",
            &[("count", &shown.len().to_string())],
        )));
    // One disclosure per section, in the order the paragraphs come. A new section shows
    // once, as a block marked new, in normal text; a changed one each changed paragraph.
    let mut done: Vec<&str> = Vec::new();
    for p in &shown {
        if done.contains(&p.section.as_str()) {
            continue;
        }
        done.push(&p.section);
        let in_section: Vec<_> = shown.iter().filter(|q| q.section == p.section).collect();
        let added = changes
            .sections
            .iter()
            .any(|s| s.id == p.section && s.kind == ChangeKind::Added);
        let removed = changes
            .sections
            .iter()
            .any(|s| s.id == p.section && s.kind == ChangeKind::Removed);
        let label = if added {
            l10n.text_with(
                "compare-paragraph-added",
                &[("section", &p.section_heading)],
            )
        } else if removed {
            l10n.text_with(
                "compare-paragraph-removed",
                &[("section", &p.section_heading)],
            )
        } else {
            l10n.text_with(
                "compare-paragraph-changed",
                &[("section", &p.section_heading)],
            )
        };
        let mut section = el("details")
            .class("mp-text-section")
            .child(el("summary").class("mp-diff-where").text(label));
        if added {
            let mut block = el("div").class("mp-new-section");
            for q in in_section {
                block = block.child(el("p").text(side(&q.words, true)));
            }
            section = section.child(block);
        } else {
            let items = in_section
                .into_iter()
                .map(|q| el("li").class("mp-diff").child(diff_text(l10n, &q.words)));
            section = section.child(el("ul").class("mp-diffs").children(items));
        }
        text = text.child(section);
    }
    root.child(text)
}

/// Whether every word a paragraph's runs insert or delete is one of `forms` (the forms of
/// address, "u" and "je"): the paragraph changed its wording only. ASCII case and punctuation
/// only (Unicode case tables would cost kilobytes in the module; the forms are ASCII).
fn only_words(runs: &[Run], forms: &[&str]) -> bool {
    let mut changed = false;
    for run in runs.iter().filter(|r| r.op != Op::Equal) {
        for word in run.text.split_whitespace() {
            let word = word.trim_matches(|c: char| {
                c.is_ascii_punctuation() || matches!(c, '‘' | '’' | '“' | '”')
            });
            if word.is_empty() {
                continue;
            }
            if !forms.iter().any(|f| f.eq_ignore_ascii_case(word)) {
                return false;
            }
            changed = true;
        }
    }
    changed
}

/// A paragraph with its insertions and deletions inline. A deletion and the insertion that
/// replaces it are kept apart by a space, so that they never read as one word; each carries a
/// prefix for screen readers, and the style marks them in print and greyscale too.
fn diff_text(l10n: &Localizer, runs: &[Run]) -> Element {
    let mut text = el("p").class("mp-diff-text");
    let mut previous = Op::Equal;
    for run in runs {
        text = match run.op {
            Op::Equal => text.text(run.text.clone()),
            Op::Insert => {
                if previous == Op::Delete {
                    text = text.text(" ");
                }
                text.child(
                    el("ins")
                        .child(
                            el("span")
                                .class("mp-sr")
                                .text(l10n.text("compare-inserted")),
                        )
                        .text(run.text.clone()),
                )
            }
            Op::Delete => text.child(
                el("del")
                    .child(el("span").class("mp-sr").text(l10n.text("compare-deleted")))
                    .text(run.text.clone()),
            ),
        };
        previous = run.op;
    }
    text
}

/// One list item per summary line; those that touch the customer are marked "For you:".
pub fn summary_items(l10n: &Localizer, lines: &[SummaryLine]) -> Vec<Element> {
    lines
        .iter()
        .map(|line| {
            let item = el("li");
            let item = if line.affects_you == Some(true) {
                item.class("mp-affects-you")
                    .child(el("strong").text(l10n.text("changes-affects-you")))
                    .text(" ")
            } else {
                item
            };
            item.text(line.text.clone())
        })
        .collect()
}

pub fn heading_tag(level: u8) -> &'static str {
    match level {
        0 | 1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}
