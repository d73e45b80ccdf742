//! The full comparison between two versions: structural changes as a list, the change
//! notes, and the changed text: one heading per section; a new section once, in normal text;
//! a changed paragraph with inline insertions and deletions.

use super::tree::{el, Element};
use manetti_privacy_core::diff::words::{side, Op, Run};
use manetti_privacy_core::diff::{ChangeKind, Changes, SummaryLine};
use manetti_privacy_core::l10n::Localizer;

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

    root = root.child(el(h(1)).text(l10n.text("compare-structure-heading")));
    let mut structure: Vec<Element> = summary_items(l10n, &changes.summary);
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
        structure.push(el("li").text(text));
    }
    root = if structure.is_empty() {
        root.child(el("p").text(l10n.text("compare-structure-none")))
    } else {
        root.child(el("ul").class("mp-structure").children(structure))
    };

    if !changes.notes.is_empty() {
        let notes = changes.notes.iter().map(|n| {
            let kind = if n.material {
                "compare-note-material"
            } else {
                "compare-note-editorial"
            };
            el("li")
                .child(el("span").class("mp-badge").text(l10n.text(kind)))
                .text(" ")
                .text(n.text.clone())
        });
        root = root
            .child(el(h(1)).text(l10n.text("compare-notes-heading")))
            .child(el("ul").class("mp-notes").children(notes));
    }

    root = root.child(el(h(1)).text(l10n.text("compare-text-heading")));
    if changes.paragraphs.is_empty() {
        return root.child(el("p").text(l10n.text("compare-text-none")));
    }
    // One heading per section, in the order the paragraphs come. A new section shows once,
    // as a block marked new, in normal text; a changed one shows each changed paragraph.
    let mut done: Vec<&str> = Vec::new();
    for p in &changes.paragraphs {
        if done.contains(&p.section.as_str()) {
            continue;
        }
        done.push(&p.section);
        let in_section = changes.paragraphs.iter().filter(|q| q.section == p.section);
        let added = changes
            .sections
            .iter()
            .any(|s| s.id == p.section && s.kind == ChangeKind::Added);
        let heading = el(h(2)).class("mp-diff-where");
        if added {
            let mut block = el("div").class("mp-new-section").child(
                heading
                    .child(
                        el("span")
                            .class("mp-badge mp-badge-new")
                            .text(l10n.text("compare-new-section")),
                    )
                    .text(" ")
                    .text(p.section_heading.clone()),
            );
            for q in in_section {
                block = block.child(el("p").text(side(&q.words, true)));
            }
            root = root.child(block);
            continue;
        }
        let removed = changes
            .sections
            .iter()
            .any(|s| s.id == p.section && s.kind == ChangeKind::Removed);
        let kind = if removed {
            "compare-paragraph-removed"
        } else {
            "compare-paragraph-changed"
        };
        let heading = heading.text(l10n.text_with(kind, &[("section", &p.section_heading)]));
        let items = in_section.map(|q| el("li").class("mp-diff").child(diff_text(l10n, &q.words)));
        root = root
            .child(heading)
            .child(el("ul").class("mp-diffs").children(items));
    }
    root
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
