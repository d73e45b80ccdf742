//! The register as static pages (`register.<locale>.html`), built as a view tree and written
//! by the HTML writer, and as `register.json`.

use super::{register, ActivityRow, FactRow, Register};
use crate::static_site::static_document;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::l10n::{Locale, Localizer};
use manetti_privacy_model::Version;
use manetti_privacy_view::tree::{el, Element};

/// The file name of the register page in `locale`.
pub fn register_file(locale: &str) -> String {
    format!("register.{locale}.html")
}

/// The register view of one version in one locale.
pub fn register_view(catalog: &Catalog, l10n: &Localizer, reg: &Register) -> Element {
    let others = catalog
        .locales()
        .iter()
        .filter(|l| l.as_str() != reg.locale)
        .map(|l| {
            el("li").child(
                el("a")
                    .attr("href", register_file(l.as_str()))
                    .attr("hreflang", l.as_str())
                    .attr("lang", l.as_str())
                    .text(l10n.text(&format!("page-language-{l}"))),
            )
        });
    let controller_rows = reg.controller.iter().map(|c| {
        el("tr")
            .attr_if(c.status == "to-be-supplied", "class", "mp-to-be-supplied")
            .child(el("th").attr("scope", "row").text(c.label.clone()))
            .child(el("td").text(c.value.clone()))
    });
    let controller = el("table")
        .class("mp-register-controller")
        .child(el("caption").text(l10n.text("register-controller-heading")))
        .child(el("tbody").children(controller_rows));
    let head_cells = [
        "register-col-activity",
        "register-col-purposes",
        "register-col-subjects",
        "register-col-categories",
        "register-col-recipients",
        "register-col-transfers",
        "register-col-retention",
        "register-col-basis",
    ]
    .iter()
    .map(|id| el("th").attr("scope", "col").text(l10n.text(id)));
    let activities = el("table")
        .class("mp-register")
        .child(el("caption").text(l10n.text("register-activities-heading")))
        .child(el("thead").child(el("tr").children(head_cells)))
        .child(el("tbody").children(reg.activities.iter().map(|a| row(l10n, a))));
    el("main")
        .attr("id", "register-root")
        .attr("lang", reg.locale.clone())
        .child(el("h1").text(l10n.text("register-heading")))
        .child(
            el("nav")
                .attr("aria-label", l10n.attr("page-language-nav", "aria-label"))
                .child(el("ul").children(others)),
        )
        .child(el("p").text(l10n.text_with("register-intro", &[("version", &reg.version)])))
        .child(controller)
        .child(
            el("div")
                .class("mp-register-scroll")
                .attr("role", "region")
                .attr("tabindex", "0")
                .attr("aria-label", l10n.text("register-activities-heading"))
                .child(activities),
        )
}

fn list(items: impl IntoIterator<Item = String>) -> Element {
    el("ul").children(items.into_iter().map(|t| el("li").text(t)))
}

fn fact_cell(l10n: &Localizer, fact: &FactRow) -> Element {
    let mut cell = el("td").child(el("p").text(fact.label.clone()));
    if fact.provenance != "not-stated" {
        let mut note = fact.provenance_label.clone();
        if let Some(reason) = &fact.reason {
            note = format!("{note}: {reason}");
        }
        if let Some(message) = &fact.message {
            note = l10n.text_with(
                "register-stated-in",
                &[("provenance", &note), ("message", message)],
            );
        }
        cell = cell.child(el("p").class("mp-provenance").text(note));
    }
    cell
}

fn row(l10n: &Localizer, a: &ActivityRow) -> Element {
    let purposes = a
        .purposes
        .iter()
        .map(|p| format!("{}: {}", p.category, p.purposes.join("; ")));
    let mut categories = el("td").child(list(a.categories.clone()));
    if let Some(kind) = &a.list {
        categories = categories.child(el("p").text(kind.clone()));
    }
    let transfers = if a.transfers.is_empty() {
        el("td").text(l10n.text("register-no-named-recipient"))
    } else {
        el("td").child(list(a.transfers.clone()))
    };
    el("tr")
        .attr("id", format!("activity-{}", a.id))
        .child(
            el("th")
                .attr("scope", "row")
                .child(el("p").text(a.section.clone()))
                .child(el("p").child(el("code").text(a.id.clone()))),
        )
        .child(el("td").child(list(purposes)))
        .child(el("td").child(list(a.subjects.clone())))
        .child(categories)
        .child(el("td").child(list(a.recipients.clone())))
        .child(transfers)
        .child(fact_cell(l10n, &a.retention))
        .child(fact_cell(l10n, &a.basis))
}

/// One complete HTML document: the register of `version` in `locale`.
pub fn register_page(catalog: &Catalog, version: &Version, locale: Locale) -> String {
    let l10n = catalog.localizer(locale, version);
    let reg = register(catalog, version, locale);
    let body = el("body")
        .class("mp-static mp-register-page")
        .child(register_view(catalog, &l10n, &reg));
    static_document(&l10n, &l10n.text("register-heading"), [], body)
}

/// The register pages of the newest version in every locale, as `(file name, html)`.
pub fn register_pages(catalog: &Catalog) -> Vec<(String, String)> {
    let version = catalog.latest();
    catalog
        .locales()
        .iter()
        .map(|&l| {
            (
                register_file(l.as_str()),
                register_page(catalog, version, l),
            )
        })
        .collect()
}

/// `register.json`: the newest version's register in every locale.
#[cfg(not(target_arch = "wasm32"))]
pub fn register_json(catalog: &Catalog) -> String {
    let version = catalog.latest();
    let mut locales = serde_json::Map::new();
    for l in catalog.locales() {
        let reg = register(catalog, version, *l);
        locales.insert(
            l.to_string(),
            serde_json::to_value(&reg).unwrap_or(serde_json::Value::Null),
        );
    }
    let doc = serde_json::json!({ "version": version.id, "locales": locales });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
