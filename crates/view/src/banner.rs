//! The change-notification banner, laid out as a notice: a title strip, a one-sentence
//! headline, the material changes in plain words (the versions' material change notes), the
//! primary action first, the full comparison on request (in a `<dialog>` whose actions stay
//! in view), and, once the customer has answered, a short confirmation.

use super::action::{button, Action};
use super::comparison::comparison;
use super::tree::{el, Element};
use manetti_privacy_core::diff::notice::banner_due;
use manetti_privacy_core::diff::Changes;
use manetti_privacy_core::l10n::Localizer;

/// The id of the comparison inside the banner (its heading is `…-heading`).
pub const COMPARISON_ID: &str = "mp-banner-comparison";

/// The banner's headline (also the first line of the e-mail notice): the policy to read, or
/// the change and its effective date. Before that date, corrections already apply: then it
/// says both.
pub fn headline(l10n: &Localizer, changes: &Changes) -> String {
    let effective = l10n.date(changes.to.effective);
    let corrections = changes.first_screen.corrections_count;
    match (&changes.from, changes.in_effect, corrections) {
        (None, _, _) => l10n.text_with(
            "banner-headline-first",
            &[("date", &l10n.date(changes.to.published))],
        ),
        (Some(_), false, 0) => l10n.text_with("banner-headline-upcoming", &[("date", &effective)]),
        (Some(_), false, 1) => l10n.text_with(
            "banner-headline-upcoming-corrected-one",
            &[("date", &effective)],
        ),
        (Some(_), false, n) => l10n.text_with(
            "banner-headline-upcoming-corrected",
            &[("date", &effective), ("count", &n.to_string())],
        ),
        (Some(_), true, _) => l10n.text_with("banner-headline-changed", &[("date", &effective)]),
    }
}

/// Whether the headline already says that corrections were made.
fn headline_tells_corrections(changes: &Changes) -> bool {
    changes.from.is_some() && !changes.in_effect && changes.first_screen.corrections_count > 0
}

/// The first screen's sentences after the headline: what changes for the customer's data and
/// what they may act on, as a list; then, when the headline has not said it, the corrections;
/// without a customer record, that the rest depends on their services.
pub fn first_screen(l10n: &Localizer, changes: &Changes) -> Vec<Element> {
    let screen = &changes.first_screen;
    let mut out = Vec::new();
    let items: Vec<&String> = screen.yours.iter().chain(&screen.act).collect();
    if !items.is_empty() {
        let intro = if screen.depends_on_services.is_some() {
            "notice-everyone-intro"
        } else {
            "notice-yours-intro"
        };
        out.push(el("p").class("mp-summary-intro").text(l10n.text(intro)));
        out.push(
            el("ul")
                .class("mp-summary")
                .children(items.into_iter().map(|t| el("li").text(t.clone()))),
        );
    }
    if let Some(depends) = &screen.depends_on_services {
        out.push(el("p").text(depends.clone()));
    }
    if let Some(corrections) = &screen.corrections {
        if !headline_tells_corrections(changes) {
            out.push(el("p").text(corrections.clone()));
        }
    }
    out
}

/// The banner, with no link to the policy page (see [`banner_with_link`]).
pub fn banner(l10n: &Localizer, changes: &Changes, comparison_open: bool) -> Option<Element> {
    banner_with_link(l10n, changes, comparison_open, "")
}

/// The banner; `policy_url` (when not empty) is where a customer who never accepted a version
/// can read the policy they are asked to read.
pub fn banner_with_link(
    l10n: &Localizer,
    changes: &Changes,
    comparison_open: bool,
    policy_url: &str,
) -> Option<Element> {
    if !banner_due(changes) {
        return None;
    }
    let headline = headline(l10n, changes);
    let mut root = el("section")
        .class("mp-banner")
        .attr("role", "region")
        .attr("aria-labelledby", "mp-banner-headline")
        .attr("lang", changes.locale)
        .child(
            el("p")
                .class("mp-banner-strip")
                .attr("aria-hidden", "true")
                .text(l10n.text("banner-strip")),
        )
        .child(el("h2").attr("id", "mp-banner-headline").text(headline));
    if changes.from.is_none() && !policy_url.is_empty() {
        root = root.child(
            el("p").child(
                el("a")
                    .attr("href", policy_url)
                    .text(l10n.text("banner-read-policy")),
            ),
        );
    }
    root = root.children(first_screen(l10n, changes));
    let mut actions = el("div").class("mp-actions").child(
        button(Action::Accept)
            .class("mp-primary")
            .text(l10n.text("banner-accept-button")),
    );
    if changes.from.is_some() {
        actions = actions.child(
            button(Action::ToggleComparison)
                .class("mp-link")
                .attr("aria-haspopup", "dialog")
                .text(l10n.text("banner-compare-show")),
        );
    }
    actions = actions.child(
        button(Action::Later)
            .class("mp-quiet")
            .text(l10n.text("banner-later-button")),
    );
    root = root.child(actions);
    if comparison_open && changes.from.is_some() {
        root = root.child(comparison_dialog(l10n, changes));
    }
    Some(root)
}

/// One plain sentence per material change, written for customers: the material change notes
/// of the versions in between. The structural list stays in the comparison.
pub fn plain_sentences(changes: &Changes) -> impl Iterator<Item = &str> {
    changes
        .notes
        .iter()
        .filter(|n| n.material)
        .map(|n| n.text.as_str())
}

/// The full comparison in a `<dialog>`: the text scrolls, the actions stay in view. Written
/// `open`, so that it shows without script; the web edge turns it into a modal dialog.
fn comparison_dialog(l10n: &Localizer, changes: &Changes) -> Element {
    let actions = el("div")
        .class("mp-actions mp-dialog-actions")
        .child(
            button(Action::Accept)
                .class("mp-primary")
                .text(l10n.text("banner-accept-button")),
        )
        .child(
            button(Action::Later)
                .class("mp-quiet")
                .text(l10n.text("banner-later-button")),
        )
        .child(
            button(Action::ToggleComparison)
                .class("mp-quiet")
                .text(l10n.text("banner-compare-hide")),
        );
    el("dialog")
        .class("mp-dialog")
        .attr("open", "")
        .attr("aria-labelledby", format!("{COMPARISON_ID}-heading"))
        .attr("lang", changes.locale)
        .child(
            el("div")
                .class("mp-dialog-body")
                // Scrollable: reachable from the keyboard.
                .attr("tabindex", "0")
                .child(comparison(l10n, changes, COMPARISON_ID, 2)),
        )
        .child(actions)
}

/// What the banner leaves behind once answered: a short confirmation (`role="status"`), which
/// takes the focus and can be dismissed. `read` is true after "I've read this".
pub fn confirmation(l10n: &Localizer, changes: &Changes, read: bool) -> Element {
    let text = if read {
        l10n.text_with(
            "banner-confirm-read",
            &[("date", &l10n.date(changes.to.published))],
        )
    } else {
        l10n.text("banner-confirm-later")
    };
    el("div")
        .class("mp-confirmation")
        .attr("lang", changes.locale)
        .child(
            el("p")
                .attr("role", "status")
                .attr("tabindex", "-1")
                .attr("data-focus", "")
                .text(text),
        )
        .child(
            button(Action::Dismiss)
                .class("mp-quiet")
                .text(l10n.text("banner-confirm-dismiss")),
        )
}
