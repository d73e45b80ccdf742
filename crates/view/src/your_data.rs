//! The "your data" view, layered (art. 12(7) GDPR): a short answer first (how many kinds of
//! data, who receives some, what is kept longest, what changes for you), then the detail: one
//! disclosure per data category, closed, with why, who, how long, where from and where the
//! policy says so.

use super::action::{button, Action};
use super::comparison::summary_items;
use super::tree::{el, Element};
use manetti_privacy_core::diff::Changes;
use manetti_privacy_core::l10n::Localizer;
use manetti_privacy_core::your_data::{DataItem, YourData};

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
        .child(el("p").class("mp-version").text(version_line(l10n, data)));
    // The short answer and the buttons first, for every customer; then what it is not (a copy
    // of the data, art. 15(3)), where to ask for more, and for a business what the AVG covers.
    root = root.child(first_layer(l10n, data, policy_url)).child(
        el("div")
            .class("mp-actions")
            .child(
                button(Action::Print)
                    .class("mp-primary")
                    .text(l10n.text("your-data-print")),
            )
            .child(button(Action::Download).text(l10n.text("your-data-download"))),
    );
    root = root
        .child(
            el("p")
                .class("mp-note")
                .text(l10n.attr("your-data-download", "title")),
        )
        .child(rights_links(l10n, policy_url));
    if let Some(note) = &data.business_note {
        root = root.child(el("p").class("mp-note").text(note.clone()));
    }

    if let Some(changes) = data
        .changes
        .as_ref()
        .filter(|c| c.material && c.summary.iter().any(|l| l.affects_you == Some(true)))
    {
        root = changes_block(l10n, changes, root);
    }

    root = root.child(el("h3").text(l10n.text("your-data-held-heading")));
    root = if data.held.is_empty() {
        root.child(el("p").text(l10n.text("your-data-held-none")))
    } else {
        // Said once for the list, not on every row that the policy leaves open.
        let open = data.held.iter().any(|i| !unstated_rows(i).is_empty());
        let root = if open {
            root.child(el("p").text(l10n.text("your-data-not-stated-once")))
        } else {
            root
        };
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

/// Which version this is by, and, before a newer one applies, that its corrections do already.
fn version_line(l10n: &Localizer, data: &YourData) -> String {
    let date = l10n.date(data.version.published);
    match &data.corrected_by {
        None => l10n.text_with("your-data-version", &[("date", &date)]),
        Some(by) => l10n.text_with(
            "your-data-version-corrected",
            &[
                ("date", &date),
                ("published", &l10n.date(by.version.published)),
            ],
        ),
    }
}

/// The short answer: kinds of data, the organisations that receive some, the longest period
/// the version states (and its rule for the rest, in its own words).
fn first_layer(l10n: &Localizer, data: &YourData, policy_url: &str) -> Element {
    let summary = &data.summary;
    let kinds = if summary.kinds == 1 {
        l10n.text("your-data-summary-kinds-one")
    } else {
        l10n.text_with(
            "your-data-summary-kinds",
            &[("count", &format!("{}", summary.kinds))],
        )
    };
    let mut first = el("ul").class("mp-first").child(el("li").text(kinds));
    if !summary.recipients.is_empty() {
        // Mid-sentence: lower case, but for the names of organisations ("Google Maps").
        let names: Vec<String> = summary
            .recipients
            .iter()
            .map(|r| with_possibly(l10n, &in_sentence(l10n, r.id, &r.label), r.possibly))
            .collect();
        first = first.child(el("li").text(l10n.text_with(
            "your-data-summary-recipients",
            &[("recipients", &comma_list(&names))],
        )));
    }
    let mut kept = el("li");
    if let Some(longest) = &summary.longest {
        let items: Vec<String> = longest
            .categories
            .iter()
            .map(|c| lower_first(&c.label))
            .collect();
        kept = kept
            .text(l10n.text_with(
                "your-data-summary-longest",
                &[
                    ("retention", &lower_first(&longest.retention.label)),
                    ("items", &comma_list(&items)),
                ],
            ))
            .text(" (")
            .child(section_link(policy_url, &longest.section))
            .text(").");
    }
    if let Some(others) = &summary.others {
        let retention = lower_first(&others.label);
        kept = if summary.longest.is_some() {
            kept.text(" ")
                .text(l10n.text_with("your-data-summary-others", &[("retention", &retention)]))
        } else {
            kept.text(l10n.text("your-data-retention"))
                .text(": ")
                .text(retention)
                .text(".")
        };
    }
    first.child(kept)
}

fn comma_list(items: &[String]) -> String {
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    items.join(", ")
}

/// What changes, in the tense of `now`: the lines that concern the customer first, marked.
fn changes_block(l10n: &Localizer, changes: &Changes, root: Element) -> Element {
    let (heading, intro) = if changes.in_effect {
        (
            "your-data-changes-heading-past",
            "your-data-changes-intro-past",
        )
    } else {
        ("your-data-changes-heading", "your-data-changes-intro")
    };
    root.child(el("h3").text(l10n.text(heading)))
        .child(el("p").text(l10n.text_with(intro, &[("date", &l10n.date(changes.to.effective))])))
        .child(
            el("ul").class("mp-summary").children(summary_items(
                l10n,
                // What changes for you: only the lines that concern this customer.
                &changes
                    .summary
                    .iter()
                    .filter(|l| l.affects_you == Some(true))
                    .cloned()
                    .collect::<Vec<_>>(),
            )),
        )
}

fn section_link(
    policy_url: &str,
    section: &manetti_privacy_core::your_data::SectionLink,
) -> Element {
    el("a")
        .attr("href", format!("{policy_url}#{}", section.id))
        .text(section.heading.clone())
}

/// Where to go from here: the rights in the policy (where the version lists them), how to ask
/// for access or a copy (the policy's contact section), and the supervisory authority.
fn rights_links(l10n: &Localizer, policy_url: &str) -> Element {
    let mut links = el("ul").class("mp-links");
    if l10n.has("policy-rights-title") {
        links = links.child(
            el("li").child(
                el("a")
                    .class("mp-link-target")
                    .attr("href", format!("{policy_url}#rights"))
                    .text(l10n.text("your-data-link-rights")),
            ),
        );
    }
    links
        .child(
            el("li").child(
                el("a")
                    .class("mp-link-target")
                    .attr("href", format!("{policy_url}#access"))
                    .text(l10n.text("your-data-link-access")),
            ),
        )
        .child(
            el("li").child(
                el("a")
                    .class("mp-link-target")
                    .attr("href", l10n.text("your-data-authority-url"))
                    .attr("rel", "external")
                    .text(l10n.text("your-data-link-authority")),
            ),
        )
}

/// The rows of an item that the policy leaves open ("not stated"): shown once for the list,
/// not on each row.
fn unstated_rows(item: &DataItem) -> Vec<&'static str> {
    let open = |ids: &mut dyn Iterator<Item = &str>| {
        let ids: Vec<&str> = ids.collect();
        !ids.is_empty() && ids.iter().all(|id| *id == "not-stated")
    };
    let mut rows = Vec::new();
    if open(&mut item.purposes.iter().map(|p| p.id)) {
        rows.push("your-data-purposes");
    }
    if item.recipient_details.is_empty() || open(&mut item.recipient_details.iter().map(|r| r.id)) {
        rows.push("your-data-recipients");
    }
    if open(&mut item.retention_details.iter().map(|r| r.id))
        && item
            .retention_details
            .iter()
            .all(|r| r.recipients.is_empty())
        && item
            .retention_details
            .iter()
            .all(|r| r.label == item.retention[0].label)
    {
        rows.push("your-data-retention");
    }
    rows
}

/// One data category: its name and the customer's value (or "not known in your account") as
/// the summary of a closed disclosure, the facts inside; rows the policy leaves open are left
/// out (the list says so once).
fn item(l10n: &Localizer, item: &DataItem, policy_url: &str, deleted: bool) -> Element {
    let unstated = unstated_rows(item);
    let mut facts = el("dl");
    let mut row = |term: &str, detail: Element| {
        if unstated.contains(&term) {
            return;
        }
        facts = std::mem::replace(&mut facts, el("dl"))
            .child(el("dt").text(l10n.text(term)))
            .child(detail);
    };
    row(
        "your-data-purposes",
        list(item.purposes.iter().map(|p| p.label.clone())),
    );
    row("your-data-recipients", recipients(l10n, item));
    if !deleted {
        row("your-data-retention", retention(l10n, item));
    }
    row(
        "your-data-sources",
        list(item.sources.iter().map(|s| s.label.clone())),
    );
    let links = item
        .sections
        .iter()
        .map(|s| el("li").child(section_link(policy_url, s)));
    row(
        "your-data-sections",
        el("dd").child(el("ul").children(links)),
    );
    let mut summary = el("summary").child(el("h4").text(item.category.label.clone()));
    if let Some(value) = &item.value {
        summary = summary
            .text(": ")
            .child(el("span").class("mp-value").text(value.clone()));
    } else if item.value_unknown {
        summary = summary.text(": ").child(
            el("span")
                .class("mp-unknown")
                .text(l10n.text("your-data-unknown")),
        );
    }
    let mut details = el("details").child(summary);
    let mut marks: Vec<String> = item.conditions.iter().map(|c| c.label.clone()).collect();
    if item.possibly {
        marks.push(l10n.text("your-data-possibly"));
    }
    if !item.one_of.is_empty() {
        let names: Vec<String> = item.one_of.iter().map(|c| lower_first(&c.label)).collect();
        marks.push(l10n.text_with("your-data-one-of", &[("items", &names.join(", "))]));
    }
    for mark in marks {
        details = details.child(el("p").class("mp-qualifier").text(mark));
    }
    el("li").class("mp-data-item").child(details.child(facts))
}

/// How long, in the words of the version; a split retention says who keeps it how long.
fn retention(l10n: &Localizer, item: &DataItem) -> Element {
    let [one] = item.retention_details.as_slice() else {
        return list(item.retention_details.iter().map(|r| {
            let mut line = if r.recipients.is_empty() {
                l10n.text("your-data-retention-us")
            } else {
                let names: Vec<&str> = r.recipients.iter().map(|n| n.label.as_str()).collect();
                names.join(", ")
            };
            line.push_str(": ");
            line.push_str(&lower_first(&r.label));
            line
        }));
    };
    el("dd").text(one.label.clone())
}

fn with_possibly(l10n: &Localizer, label: &str, possibly: bool) -> String {
    if possibly {
        format!("{label} ({})", l10n.text("your-data-recipient-possibly"))
    } else {
        label.to_string()
    }
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
        let line = with_possibly(l10n, &r.label, r.possibly);
        match &r.outside_eea {
            Some(eea) => format!("{line}: {eea}"),
            None => line,
        }
    });
    list(lines)
}

fn list(items: impl Iterator<Item = String>) -> Element {
    el("dd").child(el("ul").children(items.map(|text| el("li").text(text))))
}

/// A recipient's label as it reads inside a sentence: an organisation's name as it is, any
/// other label with a lower-case first letter ("een derde partij die …").
fn in_sentence(l10n: &Localizer, id: &str, label: &str) -> String {
    let org = manetti_privacy_model::compiled::MessageId {
        prefix: "recipient-org-",
        name: id,
    };
    if l10n.has(org) {
        label.to_string()
    } else {
        lower_first(label)
    }
}

/// A data category or retention label as it reads inside a sentence: "Zeven jaar" becomes
/// "zeven jaar", "E-mailadres" "e-mailadres"; where the first word has another capital
/// ("IP-adres") it is kept.
fn lower_first(label: &str) -> String {
    let b = label.as_bytes();
    let first = b.first().copied().unwrap_or_default();
    let capital_after = b
        .iter()
        .skip(1)
        .take_while(|&&c| c != b' ')
        .any(u8::is_ascii_uppercase);
    match label.get(1..) {
        Some(rest) if first.is_ascii_uppercase() && !capital_after => {
            let mut out = String::new();
            out.push(first.to_ascii_lowercase() as char);
            out.push_str(rest);
            out
        }
        _ => label.to_string(),
    }
}
