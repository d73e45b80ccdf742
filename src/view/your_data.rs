//! The "your data" view: one entry per data category that applies to the customer.

use super::action::{button, Action};
use super::comparison::summary_items;
use super::tree::{el, Element};
use crate::l10n::Localizer;
use crate::your_data::{DataItem, YourData};

/// `policy_url` is where the policy page lives; section links point at its anchors.
pub fn your_data_view(l10n: &Localizer, data: &YourData, policy_url: &str) -> Element {
    let mut root = el("section")
        .class("mp-your-data")
        .attr("lang", data.locale.clone())
        .attr("aria-labelledby", "mp-your-data-heading")
        .child(
            el("h2")
                .attr("id", "mp-your-data-heading")
                .text(l10n.text("your-data-heading")),
        )
        .child(el("p").class("mp-version").text(l10n.text_with(
            "your-data-version",
            &[("date", &l10n.date(data.version.published))],
        )));
    if let Some(note) = &data.business_note {
        root = root.child(el("p").class("mp-note").text(note.clone()));
    }
    root = root.child(
        el("div")
            .class("mp-actions")
            .child(
                button(Action::Download)
                    .attr("title", l10n.attr("your-data-download", "title"))
                    .text(l10n.text("your-data-download")),
            )
            .child(button(Action::Print).text(l10n.text("your-data-print"))),
    );

    if let Some(changes) = data
        .changes
        .as_ref()
        .filter(|c| c.material && !c.summary.is_empty())
    {
        let items = summary_items(l10n, &changes.summary);
        root = root
            .child(el("h3").text(l10n.text("your-data-changes-heading")))
            .child(el("p").text(l10n.text_with(
                "your-data-changes-intro",
                &[("date", &l10n.date(changes.to.effective))],
            )))
            .child(el("ul").class("mp-summary").children(items));
    }

    root = root.child(el("h3").text(l10n.text("your-data-held-heading")));
    root = if data.held.is_empty() {
        root.child(el("p").text(l10n.text("your-data-held-none")))
    } else {
        root.child(
            el("ul")
                .class("mp-data-list")
                .children(data.held.iter().map(|i| item(l10n, i, policy_url, false))),
        )
    };
    if !data.deleted.is_empty() {
        root = root
            .child(el("h3").text(l10n.text("your-data-deleted-heading")))
            .child(el("p").text(l10n.text("your-data-deleted-note")))
            .child(
                el("ul")
                    .class("mp-data-list mp-deleted")
                    .children(data.deleted.iter().map(|i| item(l10n, i, policy_url, true))),
            );
    }
    root
}

fn item(l10n: &Localizer, item: &DataItem, policy_url: &str, deleted: bool) -> Element {
    let mut facts = el("dl");
    let mut row = |term: &str, detail: Element| {
        facts = std::mem::replace(&mut facts, el("dl"))
            .child(el("dt").text(l10n.text(term)))
            .child(detail);
    };
    if let Some(value) = &item.value {
        row(
            "your-data-value",
            el("dd").class("mp-value").text(value.clone()),
        );
    }
    row(
        "your-data-purposes",
        list(item.purposes.iter().map(|p| p.label.clone())),
    );
    row("your-data-recipients", recipients(l10n, item));
    if !deleted {
        row(
            "your-data-retention",
            list(item.retention.iter().map(|r| r.label.clone())),
        );
    }
    row(
        "your-data-sources",
        list(item.sources.iter().map(|s| s.label.clone())),
    );
    let links = item.sections.iter().map(|s| {
        el("li").child(
            el("a")
                .attr("href", format!("{policy_url}#{}", s.id))
                .text(s.heading.clone()),
        )
    });
    row(
        "your-data-sections",
        el("dd").child(el("ul").children(links)),
    );
    let mut entry = el("li")
        .class("mp-data-item")
        .child(el("h4").text(item.category.label.clone()));
    let mut marks: Vec<String> = item.conditions.iter().map(|c| c.label.clone()).collect();
    if item.possibly {
        marks.push(l10n.text("your-data-possibly"));
    }
    if !item.one_of.is_empty() {
        let names: Vec<&str> = item.one_of.iter().map(|c| c.label.as_str()).collect();
        marks.push(l10n.text_with("your-data-one-of", &[("items", &names.join(", "))]));
    }
    for mark in marks {
        entry = entry.child(el("p").class("mp-qualifier").text(mark));
    }
    entry.child(facts)
}

/// Named recipients with "possibly" and "outside the EEA" where the policy says so; "not
/// stated in the policy" where an activity names none.
fn recipients(l10n: &Localizer, item: &DataItem) -> Element {
    if item.recipient_details.is_empty() {
        return el("dd").text(l10n.text("your-data-recipients-none"));
    }
    let several = item.recipient_details.len() > 1;
    let lines = item.recipient_details.iter().map(|r| {
        if several && r.id == "not-stated" {
            return l10n.text("your-data-recipients-other-uses");
        }
        let mut line = r.label.clone();
        if r.possibly {
            line = format!("{line} ({})", l10n.text("your-data-recipient-possibly"));
        }
        if let Some(eea) = &r.outside_eea {
            line = format!("{line}: {eea}");
        }
        line
    });
    list(lines)
}

fn list(items: impl Iterator<Item = String>) -> Element {
    el("dd").child(el("ul").children(items.map(|text| el("li").text(text))))
}
