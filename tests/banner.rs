//! The banner view and the acceptance receipt, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{changes_since, date, fixture_catalog, locale, shipped};
use manetti_privacy_core::document::resolve;
use manetti_privacy_core::receipt::{content_sha256, receipt};
use manetti_privacy_view::banner::{banner, banner_with_link, confirmation};
use manetti_privacy_view::html::to_html;
use manetti_privacy_view::tree::{Element, Node};

fn shipped_banner(accepted: Option<&str>, id: &str, today: &str, open: bool) -> Option<Node> {
    let catalog = shipped();
    let locale = locale(id);
    let changes = changes_since(catalog, accepted, locale, date(today), None);
    let l10n = catalog.localizer(locale, catalog.latest());
    banner(&l10n, &changes, open).map(Node::from)
}

fn find<'a>(node: &'a Node, pred: &dyn Fn(&Element) -> bool) -> Vec<&'a Element> {
    let mut out = Vec::new();
    node.find_all(pred, &mut out);
    out
}

#[test]
fn before_the_effective_date_the_banner_announces_the_change() {
    let node = shipped_banner(Some("2018-05-24"), "nl", "2026-12-08", false).expect("a banner");
    let Node::Element(root) = &node else { panic!() };
    assert_eq!(
        (root.get_attr("role"), root.get_attr("aria-labelledby")),
        (Some("region"), Some("mp-banner-headline"))
    );
    let headline = find(&node, &|e| e.tag == "h2");
    // The two corrections apply now; the rest from the effective date: the headline says both.
    assert_eq!(
        Node::Element(headline[0].clone()).text_content(),
        "We hebben 2 onjuiste zinnen in ons privacybeleid verbeterd. De rest gaat in op 1\u{a0}januari\u{a0}2027."
    );
    // No record: what concerns every customer, in full sentences; the notes' long texts are
    // in the comparison.
    let items: Vec<String> = find(&node, &|e| e.tag == "li")
        .into_iter()
        .map(|e| Node::Element(e.clone()).text_content())
        .collect();
    assert_eq!(
        items,
        [
            "Nu beschreven, en al zo: je gegevens kunnen via Google in de Verenigde Staten terechtkomen.",
            "Het nieuwe beleid noemt je rechten en hoe je ze gebruikt.",
            "Krijg je onze e-mails met nieuws en tips? Je kunt er altijd bezwaar tegen maken.",
        ]
    );
    let catalog = shipped();
    let changes = changes_since(
        catalog,
        Some("2018-05-24"),
        locale("nl"),
        date("2026-12-08"),
        None,
    );
    let screen = &changes.first_screen;
    assert_eq!(screen.corrections_count, 2);
    // The day before the correcting version is published, nothing is corrected yet.
    let day_before = changes_since(
        catalog,
        Some("2018-05-24"),
        locale("nl"),
        date("2026-11-25"),
        None,
    );
    assert_eq!(day_before.first_screen.corrections_count, 0);
    // Microsoft concerns only Office 365 customers: not every customer.
    assert!(!items.iter().any(|i| i.contains("Microsoft")));
    let text = node.text_content();
    assert!(!text.contains("Nieuw: Google"), "{text}");
    assert!(!text.contains("Adequaatheidsbesluit"), "{text}");
    let actions: Vec<&str> = find(&node, &|e| e.tag == "button")
        .iter()
        .filter_map(|b| b.get_attr("data-action"))
        .collect();
    // The primary action first; "show all changes" as a link-style button; "Later" quiet.
    assert_eq!(actions, ["accept", "toggle-comparison", "later"]);
    assert!(
        find(&node, &|e| e.get_attr("id") == Some("mp-banner-comparison")).is_empty(),
        "comparison closed"
    );
}

#[test]
fn after_the_effective_date_the_banner_says_the_policy_changed() {
    let node = shipped_banner(Some("2018-05-24"), "en", "2027-02-01", false).unwrap();
    let headline = find(&node, &|e| e.tag == "h2");
    assert_eq!(
        Node::Element(headline[0].clone()).text_content(),
        "Our privacy policy changed on 1\u{a0}January\u{a0}2027."
    );
}

#[test]
fn the_open_comparison_shows_structure_notes_and_inline_word_changes() {
    let node = shipped_banner(Some("2018-05-24"), "nl", "2026-11-25", true).unwrap();
    // In a dialog, with its own actions (read, later, close) after the text.
    let dialog = find(&node, &|e| e.tag == "dialog");
    assert_eq!(
        dialog[0].get_attr("aria-labelledby"),
        Some("mp-banner-comparison-heading")
    );
    let dialog = Node::Element(dialog[0].clone());
    let in_dialog: Vec<&str> = find(&dialog, &|e| e.tag == "button")
        .iter()
        .filter_map(|b| b.get_attr("data-action"))
        .collect();
    assert_eq!(in_dialog, ["accept", "later", "toggle-comparison"]);
    let html = to_html(&node);
    assert!(
        html.contains("<del><span class=\"mp-sr\">verwijderd: </span>betaalt</del>"),
        "deleted typo shown"
    );
    assert!(
        html.contains("<ins><span class=\"mp-sr\">toegevoegd: </span>betaald</ins>"),
        "corrected word shown"
    );
    assert!(
        node.text_content().contains("Taalfouten verbeterd"),
        "editorial note listed"
    );
}

#[test]
fn no_banner_when_up_to_date_or_when_changes_are_only_editorial() {
    assert!(shipped_banner(Some("2026-11-26"), "nl", "2026-11-25", false).is_none());
    let catalog = fixture_catalog("chain");
    let changes = changes_since(
        &catalog,
        Some("2020-06-01"),
        locale("nl"),
        date("2021-06-01"),
        None,
    );
    let l10n = catalog.localizer(locale("nl"), catalog.version("v", "2021-01-01").unwrap());
    assert!(!changes.material && banner(&l10n, &changes, false).is_none());
}

#[test]
fn a_customer_who_never_accepted_is_asked_to_accept() {
    let node = shipped_banner(None, "en", "2026-11-25", false).unwrap();
    let headline = find(&node, &|e| e.tag == "h2");
    assert!(Node::Element(headline[0].clone())
        .text_content()
        .starts_with("Please read our privacy policy, published on "));
    // No link without a policy URL; with one, a link to it.
    assert!(find(&node, &|e| e.tag == "a").is_empty());
    let catalog = shipped();
    let changes = changes_since(catalog, None, locale("en"), date("2026-11-25"), None);
    let l10n = catalog.localizer(locale("en"), catalog.latest());
    let linked = Node::from(banner_with_link(&l10n, &changes, false, "policy.en.html").unwrap());
    let links = find(&linked, &|e| e.tag == "a");
    assert_eq!(links[0].get_attr("href"), Some("policy.en.html"));
    assert_eq!(
        Node::Element(links[0].clone()).text_content(),
        "Read the privacy policy"
    );
    let actions: Vec<&str> = find(&node, &|e| e.tag == "button")
        .iter()
        .filter_map(|b| b.get_attr("data-action"))
        .collect();
    assert_eq!(actions, ["accept", "later"]);
}

#[test]
fn receipt_hash_is_the_sha256_of_the_text_as_shown_and_changes_with_it() {
    let catalog = shipped();
    let v2018 = catalog.version("version", "2018-05-24").unwrap();
    let nl = resolve(catalog, v2018, locale("nl"));
    // sha256sum tests/seed/privacy-policy-2018-05-24.nl.txt: the Dutch 2018 text is the seed.
    assert_eq!(
        content_sha256(&nl),
        "3852673b11f8c51832e743f824de4b30ee3eaafe1647061770d031e8ca3fa6ca"
    );
    assert_ne!(
        content_sha256(&nl),
        content_sha256(&resolve(catalog, v2018, locale("en"))),
        "locale matters"
    );
    assert_ne!(
        content_sha256(&nl),
        content_sha256(&resolve(catalog, catalog.latest(), locale("nl"))),
        "version matters"
    );
    let r = receipt(
        &resolve(catalog, catalog.latest(), locale("en")),
        "2026-11-25T10:00:00.000Z",
    );
    assert_eq!(
        (
            r.version.as_str(),
            r.locale.as_str(),
            r.accepted_at.as_str()
        ),
        ("2026-11-26", "en", "2026-11-25T10:00:00.000Z")
    );
    // The receipt's hash is the SHA-256 of exactly the text shown: for the Dutch 2018 version,
    // of the seed file itself.
    let r = receipt(&nl, "2026-11-25T10:00:00.000Z");
    assert_eq!(
        r.content_sha256,
        "3852673b11f8c51832e743f824de4b30ee3eaafe1647061770d031e8ca3fa6ca"
    );
    let seed: String = {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(common::seed_text().trim_end_matches('\n').as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    };
    assert_eq!(r.content_sha256, seed);
}

#[test]
fn the_confirmation_is_a_status_that_takes_the_focus_in_both_locales() {
    let catalog = shipped();
    for (id, read, later) in [
        (
            "nl",
            "Bedankt. Je hebt het privacybeleid van ",
            "Goed. Je kunt het privacybeleid later lezen.",
        ),
        (
            "en",
            "Thank you for reading our privacy policy, published on ",
            "All right. You can read the privacy policy later.",
        ),
    ] {
        let changes = changes_since(
            catalog,
            Some("2018-05-24"),
            locale(id),
            date("2026-11-25"),
            None,
        );
        let l10n = catalog.localizer(locale(id), catalog.latest());
        let done = Node::from(confirmation(&l10n, &changes, true));
        let status = find(&done, &|e| e.get_attr("role") == Some("status"));
        assert_eq!(
            (
                status[0].get_attr("tabindex"),
                status[0].get_attr("data-focus")
            ),
            (Some("-1"), Some(""))
        );
        assert!(
            done.text_content().starts_with(read),
            "{}",
            done.text_content()
        );
        let buttons = find(&done, &|e| e.tag == "button");
        assert_eq!(buttons[0].get_attr("data-action"), Some("dismiss"));
        let later_node = Node::from(confirmation(&l10n, &changes, false));
        assert!(later_node.text_content().starts_with(later));
    }
}

#[test]
fn a_new_section_shows_once_in_normal_text_and_changes_group_per_section() {
    let node = shipped_banner(Some("2018-05-24"), "nl", "2026-11-25", true).unwrap();
    let new_blocks = find(&node, &|e| e.get_attr("class") == Some("mp-new-section"));
    assert!(!new_blocks.is_empty());
    for block in &new_blocks {
        let block = Node::Element((*block).clone());
        let marked = find(&block, &|e| {
            e.tag == "ins" || e.tag == "del" || e.tag == "li"
        });
        assert!(marked.is_empty(), "a new section is plain text");
    }
    // One heading per section: no two section headings with the same text.
    let headings: Vec<String> = find(&node, &|e| e.get_attr("class") == Some("mp-diff-where"))
        .into_iter()
        .map(|e| Node::Element(e.clone()).text_content())
        .collect();
    for (i, h) in headings.iter().enumerate() {
        assert!(!headings[..i].contains(h), "{h} twice");
    }
}
