//! The change-notification banner: a labelled region with a one-sentence headline, the
//! material changes in plain words, the full comparison on request, and accept / later.

use super::action::{button, Action};
use super::comparison::{comparison, summary_items};
use super::tree::{el, Element};
use crate::diff::Changes;
use crate::l10n::Localizer;

/// Whether a banner is due: the customer is not on the newest version, and either never
/// accepted one or the changes since are material.
pub fn banner_due(changes: &Changes) -> bool {
    !changes.up_to_date && (changes.from.is_none() || changes.material)
}

pub fn banner(l10n: &Localizer, changes: &Changes, comparison_open: bool) -> Option<Element> {
    if !banner_due(changes) {
        return None;
    }
    let effective = l10n.date(changes.to.effective);
    let headline = match (&changes.from, changes.in_effect) {
        (None, _) => l10n.text_with(
            "banner-headline-first",
            &[("date", &l10n.date(changes.to.published))],
        ),
        (Some(_), false) => l10n.text_with("banner-headline-upcoming", &[("date", &effective)]),
        (Some(_), true) => l10n.text_with("banner-headline-changed", &[("date", &effective)]),
    };
    let mut root = el("section")
        .class("mp-banner")
        .attr("role", "region")
        .attr("aria-labelledby", "mp-banner-headline")
        .attr("lang", changes.locale)
        .child(el("h2").attr("id", "mp-banner-headline").text(headline));
    if !changes.summary.is_empty() {
        let items = summary_items(l10n, &changes.summary);
        root = root
            .child(el("p").text(l10n.text("banner-summary-intro")))
            .child(el("ul").class("mp-summary").children(items));
    }
    let mut actions = el("div").class("mp-actions");
    if changes.from.is_some() {
        let label = if comparison_open {
            "banner-compare-hide"
        } else {
            "banner-compare-show"
        };
        actions = actions.child(
            button(Action::ToggleComparison)
                .attr(
                    "aria-expanded",
                    if comparison_open { "true" } else { "false" },
                )
                .attr("aria-controls", "mp-banner-comparison")
                .text(l10n.text(label)),
        );
    }
    actions = actions
        .child(
            button(Action::Accept)
                .class("mp-primary")
                .text(l10n.text("banner-accept-button")),
        )
        .child(button(Action::Later).text(l10n.text("banner-later-button")));
    root = root.child(actions);
    if comparison_open {
        root = root.child(comparison(l10n, changes, "mp-banner-comparison", 3));
    }
    Some(root)
}
