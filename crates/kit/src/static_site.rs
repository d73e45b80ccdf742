//! The static policy pages: one HTML file per locale and version, readable with JavaScript off,
//! each linking its Atom feed and its version's DPV JSON-LD.
//! The module, when it loads, takes the page over (`www/policy-page.js`).

use crate::dpv::jsonld_file;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::document::{resolve_text, VersionText};
use manetti_privacy_core::l10n::{Locale, Localizer};
use manetti_privacy_model::date::Date;
use manetti_privacy_model::NoteKind;
use manetti_privacy_view::html::to_html;
use manetti_privacy_view::policy_page::{policy_page, Navigation, PageContext};
use manetti_privacy_view::style::STYLESHEET;
use manetti_privacy_view::tree::{el, Element};

/// The file name of the static page for a locale and version.
pub fn page_file(catalog: &Catalog, today: Date, locale: Locale, version: &str) -> String {
    let locale = locale.as_str();
    if version == catalog.in_effect(today).id {
        format!("policy.{locale}.html")
    } else {
        format!("policy.{locale}.{version}.html")
    }
}

/// Every static page as `(file name, html)`, and the stylesheet they link.
pub fn all_pages(catalog: &Catalog, today: Date) -> Vec<(String, String)> {
    let mut pages = vec![("manetti-privacy.css".to_string(), STYLESHEET.to_string())];
    for &locale in catalog.locales() {
        for version in catalog.versions() {
            pages.push((
                page_file(catalog, today, locale, &version.id),
                page(catalog, today, locale, &version.id),
            ));
        }
    }
    pages
}

/// One complete HTML document.
pub fn page(catalog: &Catalog, today: Date, locale: Locale, version_id: &str) -> String {
    let version = catalog
        .version("version", version_id)
        .unwrap_or_else(|_| catalog.latest());
    let l10n = catalog.localizer(locale, version);
    let doc = resolve_text(&l10n, version);
    let href = |l: Locale, v: &str| page_file(catalog, today, l, v);
    let ctx = PageContext {
        catalog,
        l10n: &l10n,
        today,
        navigation: Navigation::Links(&href),
        comparison: None,
        notice: None,
    };
    let ctx = PageContext {
        notice: upcoming_notice(&ctx, &doc),
        ..ctx
    };
    let body = el("body").class("mp-static").child(
        el("main")
            .attr("id", "policy-root")
            .attr("data-locale", locale)
            .attr("data-version", version.id.clone())
            .child(policy_page(&ctx, &doc)),
    );
    let feed = el("link")
        .attr("rel", "alternate")
        .attr("type", "application/atom+xml")
        .attr("href", format!("changes.{locale}.atom"))
        .attr("title", l10n.text("feed-title"));
    // The same version as DPV JSON-LD, beside the page (`static-pages` writes it).
    let dpv = el("link")
        .attr("rel", "alternate")
        .attr("type", "application/ld+json")
        .attr("href", jsonld_file(locale.as_str(), &version.id));
    let script = el("script")
        .attr("type", "module")
        .attr("src", "policy-page.js");
    static_document(&l10n, &doc.title, [feed, dpv, script], body)
}

/// A complete static HTML document in `l10n`'s locale: the head every static page shares
/// (charset, viewport, colour scheme, "`title` – company" as title, icon, stylesheet), then
/// `extra_head`, then `body`. The policy pages and the register pages are written with it.
pub fn static_document(
    l10n: &Localizer,
    title: &str,
    extra_head: impl IntoIterator<Item = Element>,
    body: Element,
) -> String {
    let head = el("head")
        .child(el("meta").attr("charset", "utf-8"))
        .child(
            el("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1"),
        )
        .child(
            el("meta")
                .attr("name", "color-scheme")
                .attr("content", "light dark"),
        )
        .child(el("title").text(format!("{} – {}", title, l10n.text("company-name-plain"))))
        .child(el("link").attr("rel", "icon").attr("href", "favicon.svg"))
        .child(
            el("link")
                .attr("rel", "stylesheet")
                .attr("href", "manetti-privacy.css"),
        )
        .children(extra_head);
    let html = el("html")
        .attr("lang", l10n.locale().as_str())
        .child(head)
        .child(body);
    format!("<!doctype html>\n{}\n", to_html(&html.into()))
}

/// On a version that a newer, published one will replace: when that one applies, that its
/// corrections apply already, and the way to it. Outside the text of the version (receipts
/// hash the text; this note is not part of it).
pub fn upcoming_notice(ctx: &PageContext, doc: &VersionText) -> Option<Element> {
    let l10n = ctx.l10n;
    let latest = ctx.catalog.latest();
    if latest.id == doc.version || latest.effective <= ctx.today || latest.published > ctx.today {
        return None;
    }
    let mut text = l10n.text_with(
        "page-upcoming",
        &[
            ("published", &l10n.date(latest.published)),
            ("effective", &l10n.date(latest.effective)),
        ],
    );
    let corrections = latest
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Correction)
        .count();
    if corrections > 0 {
        text.push(' ');
        text.push_str(&match corrections {
            1 => l10n.text("page-upcoming-corrections-one"),
            n => l10n.text_with("page-upcoming-corrections", &[("count", &n.to_string())]),
        });
    }
    let read = l10n.text("page-upcoming-read");
    let link = match &ctx.navigation {
        Navigation::Links(href) => el("a")
            .class("mp-link-target")
            .attr("href", href(doc.locale, &latest.id))
            .text(read),
        Navigation::Buttons => el("span").text(read),
    };
    Some(
        el("p")
            .class("mp-note mp-upcoming")
            .attr("role", "note")
            .text(text)
            .text(" ")
            .child(link),
    )
}
