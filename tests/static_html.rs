//! The static, no-JavaScript policy pages, and the HTML walker that writes them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{date, locale, seed_text, shipped};
use manetti_privacy_kit::static_site::{all_pages, page};
use manetti_privacy_view::html::to_html;
use manetti_privacy_view::tree::el;

#[test]
fn text_and_attributes_are_escaped_and_nothing_is_raw_html() {
    let tree = el("p")
        .attr("title", "a \"quoted\" <b>")
        .text("<img src=x onerror=alert(1)> & more");
    assert_eq!(to_html(&tree.into()),
        "<p title=\"a &quot;quoted&quot; &lt;b&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; more</p>");
}

#[test]
fn the_dutch_page_holds_the_whole_2018_text_with_anchors_and_a_table_of_contents() {
    let html = page(shipped(), date("2026-11-25"), locale("nl"), "2018-05-24");
    assert!(html.starts_with("<!doctype html>\n<html lang=\"nl\">"));
    for line in seed_text().lines() {
        let shown = line
            .strip_prefix("- ")
            .unwrap_or(line)
            .replace('&', "&amp;");
        assert!(html.contains(&shown), "missing: {line}");
    }
    for anchor in [
        "account",
        "contact",
        "customer-service",
        "account-recovery",
        "invoicing",
        "google-analytics",
        "access",
        "history",
    ] {
        assert!(
            html.contains(&format!("<section id=\"{anchor}\"")),
            "no section #{anchor}"
        );
    }
    assert!(html.contains("<a href=\"#invoicing\">2.4. Facturering</a>"));
    assert!(html.contains("<a href=\"policy.en.html\" hreflang=\"en\" lang=\"en\">English</a>"));
}

#[test]
fn pages_need_no_script_to_be_read_and_carry_no_inline_script_or_style() {
    for (name, html) in all_pages(shipped(), date("2026-11-25"))
        .iter()
        .filter(|(n, _)| n.ends_with(".html"))
    {
        assert_eq!(html.matches("<script").count(), 1, "{name}");
        assert!(
            html.contains("<script type=\"module\" src=\"policy-page.js\"></script>"),
            "{name}: only the external enhancement"
        );
        assert!(
            !html.contains(" style=") && !html.contains("<style"),
            "{name}: no inline style"
        );
        assert!(html.contains("<main id=\"policy-root\""), "{name}");
    }
}

#[test]
fn every_version_and_locale_has_a_page_and_the_one_in_effect_is_the_plain_name() {
    let names: Vec<String> = all_pages(shipped(), date("2026-11-25"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        [
            "manetti-privacy.css",
            "policy.nl.html",
            "policy.nl.2026-11-26.html",
            "policy.en.html",
            "policy.en.2026-11-26.html"
        ]
    );
    let after = all_pages(shipped(), date("2027-01-01"))
        .into_iter()
        .map(|(n, _)| n)
        .collect::<Vec<_>>();
    assert!(
        after.contains(&"policy.nl.2018-05-24.html".to_string())
            && after.contains(&"policy.nl.html".to_string())
    );
}

#[test]
fn versions_are_in_order_and_material_versions_take_effect_at_least_30_days_after_publication() {
    let versions = shipped().versions();
    for pair in versions.windows(2) {
        assert!(pair[0].published < pair[1].published, "oldest first");
        let published = pair[1].published;
        let effective = pair[1].effective;
        let days = |d: manetti_privacy_model::date::Date| {
            // Days since 1970-01-01, by counting back from the civil date.
            (0i64..40_000)
                .find(|n| manetti_privacy_model::date::Date::from_unix_days(*n) == d)
                .unwrap()
        };
        assert!(
            days(effective) - days(published) >= 30,
            "{} takes effect {} days after publication",
            pair[1].id,
            days(effective) - days(published)
        );
    }
    assert_eq!(
        manetti_privacy_model::date::Date::from_unix_days(20_417).iso(),
        "2025-11-25"
    );
}

#[test]
fn version_files_with_impossible_dates_are_refused() {
    // The build reads version files with this same model and date parser.
    let file = |published: &str| {
        format!(
            "id = \"x\"\npublished = \"{published}\"\neffective = \"2026-12-31\"\nsections = []\n"
        )
    };
    let ok: Result<manetti_privacy_model::Version, _> = toml::from_str(&file("2026-02-28"));
    assert!(ok.is_ok(), "{ok:?}");
    for bad in [
        "2026-02-30",
        "2026-13-01",
        "2026-1-01",
        "2026-02-28T00:00:00Z",
    ] {
        let parsed: Result<manetti_privacy_model::Version, _> = toml::from_str(&file(bad));
        let error = parsed.expect_err(bad).to_string();
        assert!(error.contains(bad), "{error}");
    }
}

#[test]
fn every_action_a_view_writes_parses_back() {
    use manetti_privacy_view::action::Action;
    for action in Action::ALL {
        assert_eq!(Action::parse(action.id()), Some(action));
    }
    assert_eq!(Action::parse("acept"), None);
}

#[test]
fn a_catalog_without_versions_cannot_be_built() {
    let error = manetti_privacy_core::catalog::Catalog::new(Vec::new(), Vec::new())
        .err()
        .expect("refused");
    assert_eq!(error.message(), "the catalog has no versions");
    assert_eq!(shipped().latest(), shipped().versions().last().unwrap());
}
