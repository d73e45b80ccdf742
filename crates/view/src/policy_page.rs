//! The policy page: language switch, title, version line, table of contents, the sections
//! with stable anchors, and the version history.

use super::action::{button, Action};
use super::comparison::comparison;
use super::tree::{el, Element, Node};
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::Changes;
use manetti_privacy_core::document::{block_line, heading_line, SectionText, VersionText};
use manetti_privacy_core::l10n::{Locale, Localizer};
use manetti_privacy_model::date::Date;
use manetti_privacy_model::BlockKind;

/// How the page's switches work: as links between static pages, or as buttons the
/// mounted component handles.
pub enum Navigation<'a> {
    /// `href(locale, version)` gives the static page of that locale and version.
    Links(&'a dyn Fn(Locale, &str) -> String),
    /// Buttons with `data-action="locale"` / `data-action="version"`.
    Buttons,
}

pub struct PageContext<'a> {
    pub catalog: &'a Catalog,
    pub l10n: &'a Localizer<'a>,
    pub today: Date,
    pub navigation: Navigation<'a>,
    /// Shown instead of the text: the comparison of an older version with the newest.
    pub comparison: Option<&'a Changes>,
    /// A note under the version line, outside the version's text (the static pages: a newer
    /// version is published).
    pub notice: Option<Element>,
}

pub fn policy_page(ctx: &PageContext, doc: &VersionText) -> Element {
    let l10n = ctx.l10n;
    let mut root = el("div")
        .class("mp-policy")
        .attr("lang", doc.locale)
        .child(language_switch(ctx, doc));
    let mut sections = doc.sections.iter();
    let header = el("header").class("mp-policy-header");
    let header = match sections.next() {
        // Focusable from script: where the focus goes back to from the comparison.
        Some(first) => header.child(
            el("h1")
                .attr("id", first.id.clone())
                .attr("tabindex", "-1")
                .text(first.title.clone()),
        ),
        None => header,
    };
    let mut header = header.child(version_line(ctx, doc));
    if let Some(notice) = &ctx.notice {
        header = header.child(notice.clone());
    }
    if doc.locale != Locale::AUTHORITATIVE {
        header = header.child(
            el("p")
                .class("mp-note")
                .text(l10n.text("page-translation-note")),
        );
    }
    root = root.child(header);
    if let Some(changes) = ctx.comparison {
        let back = button(Action::CloseComparison).text(l10n.text("page-compare-close"));
        return root
            .child(el("p").child(back))
            .child(comparison(l10n, changes, "comparison", 2))
            .child(history(ctx, doc));
    }
    if let Some(first) = doc.sections.first() {
        root = root.children(blocks(first));
    }
    root = root.child(table_of_contents(ctx, doc));
    for section in sections {
        root = root.child(section_view(section));
    }
    root.child(history(ctx, doc))
}

fn language_switch(ctx: &PageContext, doc: &VersionText) -> Element {
    let items = ctx.catalog.locales().iter().map(|&locale| {
        let name = ctx.l10n.text(&format!("page-language-{}", locale.as_str()));
        let current = locale == doc.locale;
        let control = match &ctx.navigation {
            Navigation::Links(href) => el("a")
                .attr("href", href(locale, &doc.version))
                .attr("hreflang", locale)
                .attr_if(current, "aria-current", "page"),
            Navigation::Buttons => button(Action::Locale)
                .attr("data-locale", locale)
                .attr("aria-pressed", if current { "true" } else { "false" }),
        };
        el("li").child(control.attr("lang", locale).text(name))
    });
    el("nav")
        .class("mp-languages")
        .attr(
            "aria-label",
            ctx.l10n.attr("page-language-nav", "aria-label"),
        )
        .child(el("ul").children(items))
}

fn version_line(ctx: &PageContext, doc: &VersionText) -> Element {
    let l10n = ctx.l10n;
    let version = l10n.text_with("page-version", &[("date", &l10n.date(doc.published))]);
    let effect_id = if doc.effective <= ctx.today {
        "page-effective-since"
    } else {
        "page-effective-from"
    };
    let effect = l10n.text_with(effect_id, &[("date", &l10n.date(doc.effective))]);
    el("p")
        .class("mp-version")
        .text(format!("{version} · {effect}"))
}

fn table_of_contents(ctx: &PageContext, doc: &VersionText) -> Element {
    let items = doc.sections.iter().skip(1).map(|s| {
        el("li").class(&format!("mp-toc-level-{}", s.level)).child(
            el("a")
                .attr("href", format!("#{}", s.id))
                .text(heading_line(s)),
        )
    });
    el("nav")
        .class("mp-toc")
        .attr("aria-labelledby", "mp-toc-heading")
        .child(
            el("h2")
                .attr("id", "mp-toc-heading")
                .text(ctx.l10n.text("page-toc-heading")),
        )
        .child(el("ol").children(items))
}

fn section_view(section: &SectionText) -> Element {
    let tag = match section.level {
        0..=2 => "h2",
        3 => "h3",
        _ => "h4",
    };
    el("section")
        .attr("id", section.id.clone())
        .attr("aria-labelledby", format!("{}-heading", section.id))
        .child(
            el(tag)
                .attr("id", format!("{}-heading", section.id))
                .text(heading_line(section)),
        )
        .children(blocks(section))
}

/// Paragraphs, labels and lists; consecutive list items form one `<ul>`.
pub fn blocks(section: &SectionText) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    let mut list: Option<Element> = None;
    for block in &section.blocks {
        if block.kind == BlockKind::Li {
            let item = el("li").text(block.text.clone());
            list = Some(list.take().unwrap_or_else(|| el("ul")).child(item));
            continue;
        }
        if let Some(done) = list.take() {
            out.push(done.into());
        }
        let class = if block.kind == BlockKind::Label {
            "mp-label"
        } else {
            "mp-p"
        };
        out.push(el("p").class(class).text(block_line(block)).into());
    }
    if let Some(done) = list {
        out.push(done.into());
    }
    out
}

fn history(ctx: &PageContext, doc: &VersionText) -> Element {
    let l10n = ctx.l10n;
    let in_effect = &ctx.catalog.in_effect(ctx.today).id;
    let latest = &ctx.catalog.latest().id;
    let items = ctx.catalog.versions().iter().rev().map(|v| {
        let label = l10n.text_with(
            "page-history-entry",
            &[
                ("published", &l10n.date(v.published)),
                ("effective", &l10n.date(v.effective)),
            ],
        );
        let shown = v.id == doc.version;
        let control = match &ctx.navigation {
            Navigation::Links(href) => {
                el("a")
                    .attr("href", href(doc.locale, &v.id))
                    .attr_if(shown, "aria-current", "page")
            }
            Navigation::Buttons => button(Action::Version)
                .attr("data-version", v.id.clone())
                .attr("aria-pressed", if shown { "true" } else { "false" }),
        };
        let mut item = el("li").child(control.text(label));
        if v.id == *in_effect {
            item = item.child(
                el("span")
                    .class("mp-badge")
                    .text(l10n.text("page-history-in-effect")),
            );
        }
        if matches!(ctx.navigation, Navigation::Buttons) && v.id != *latest {
            item = item.text(" ").child(
                button(Action::Compare)
                    .attr("data-version", v.id.clone())
                    .attr(
                        "aria-label",
                        l10n.attr_with(
                            "page-history-compare",
                            "aria-label",
                            &[("published", &l10n.date(v.published))],
                        ),
                    )
                    .text(l10n.text("page-history-compare")),
            );
        }
        item
    });
    el("section")
        .attr("id", "history")
        .class("mp-history")
        .attr("aria-labelledby", "history-heading")
        .child(
            el("h2")
                .attr("id", "history-heading")
                .text(l10n.text("page-history-heading")),
        )
        .child(el("ol").children(items))
}
