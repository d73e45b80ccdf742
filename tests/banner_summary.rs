//! The sentences a customer reads about a change, per kind of change, in both locales: the
//! banner (headline, the material change notes, "more changes"), and the plain-word lines of
//! the comparison (one per kind of structural change). A fixture catalog, written here, has
//! every kind of change between two versions, so each sentence is checked word for word.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{changes_since, date, locale};
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::{Changes, Comparison};
use manetti_privacy_model::Version;
use manetti_privacy_view::banner::{banner, plain_sentences};
use manetti_privacy_view::tree::{Element, Node};

/// v1: four sections with activities, and a transfer to Microsoft.
const V1: &str = r#"
id = "2030-01-01"
published = "2030-01-01"
effective = "2030-01-01"

[[transfers]]
recipient = "microsoft"
basis = "eu-us-data-privacy-framework"

[[sections]]
id = "intro"
level = 1
blocks = [{ p = "policy-intro-text" }]

[[sections]]
id = "mail"
number = "1."
level = 2
blocks = [{ p = "policy-mail-text" }]

[[sections.activities]]
id = "spam"
categories = ["email-content"]
purposes = ["spam-filtering"]
recipients = ["spamexperts", "microsoft"]
retention = "not-stated"
audience = ["private"]
applies-when = ["mailbox-imap"]

[[sections]]
id = "billing"
number = "2."
level = 2
blocks = [{ p = "policy-billing-text" }]

[[sections.activities]]
id = "invoicing"
categories = ["invoices", "name"]
purposes = ["send-invoices", "tax-law"]
recipients = ["collection-agency"]
retention = "seven-years-tax-law"
audience = ["private"]
applies-when = ["customer"]

[[sections]]
id = "visits"
number = "3."
level = 2
blocks = [{ p = "policy-visits-text" }]

[[sections.activities]]
id = "analytics"
categories = ["visit-behaviour"]
purposes = ["website-analytics"]
recipients = ["google-analytics"]
retention = "not-stated"
audience = ["website-visitor"]
applies-when = ["visited-website"]

[[sections]]
id = "quotes"
number = "4."
level = 2
blocks = [{ p = "policy-quotes-text" }]

[[sections.activities]]
id = "quote"
categories = ["name", "email"]
purposes = ["send-quote"]
retention = "not-stated"
audience = ["private"]
applies-when = ["quote"]

[[sections.activities]]
id = "unnamed-old"
categories = []
purposes = ["not-stated"]
retention = "not-stated"
audience = ["private"]
"#;

/// v2: every kind of change. A recipient added and one removed, and whom it concerns changed
/// (spam); a category, a purpose and the retention changed (invoicing); a section moved
/// (visits), renamed (billing), added (rights, with two new activities, one without data) and
/// removed (quotes, with two activities); transfers added (two recipients, one basis) and
/// removed. Three change notes: two material, one editorial.
const V2: &str = r#"
id = "2030-06-01"
published = "2030-06-01"
effective = "2030-07-01"

[[notes]]
message = "policy-note-rights"
kind = "material"
impact = "act"
first = "notice-rights"
says = "policy-rights-title"

[[notes]]
message = "policy-note-wording"
kind = "editorial"

[[notes]]
message = "policy-note-transfers"
kind = "material"

[[transfers]]
recipient = "google-maps"
basis = "eu-us-data-privacy-framework"

[[transfers]]
recipient = "google-analytics"
basis = "eu-us-data-privacy-framework"

[[sections]]
id = "intro"
level = 1
blocks = [{ p = "policy-intro-text" }]

[[sections]]
id = "visits"
number = "1."
level = 2
blocks = [{ p = "policy-visits-text" }]

[[sections.activities]]
id = "analytics"
categories = ["visit-behaviour"]
purposes = ["website-analytics"]
recipients = ["google-analytics"]
retention = "not-stated"
audience = ["website-visitor"]
applies-when = ["visited-website"]

[[sections]]
id = "mail"
number = "2."
level = 2
blocks = [{ p = "policy-mail-text" }]

[[sections.activities]]
id = "spam"
categories = ["email-content"]
purposes = ["spam-filtering"]
recipients = ["spamexperts", "authorities"]
retention = "not-stated"
audience = ["private"]
applies-when = ["mailbox-imap", "mailbox-office365"]

[[sections]]
id = "billing"
number = "3."
level = 2
blocks = [{ p = "policy-billing-text" }]

[[sections.activities]]
id = "invoicing"
categories = ["invoices", "billing-address"]
purposes = ["send-invoices", "debt-collection"]
recipients = ["collection-agency"]
retention = "not-stated"
audience = ["private"]
applies-when = ["customer"]

[[sections]]
id = "rights"
number = "4."
level = 2
blocks = [{ p = "policy-rights-text" }]

[[sections.activities]]
id = "contact"
categories = ["name", "email"]
purposes = ["answer-requests"]
retention = "not-stated"
audience = ["private"]
applies-when = ["contact-form"]

[[sections.activities]]
id = "unnamed-new"
categories = []
purposes = ["not-stated"]
retention = "not-stated"
audience = ["private"]
"#;

/// v3: text only, with one more material note (so that v1 → v3 has three material notes).
const V3: &str = r#"
id = "2031-01-01"
published = "2031-01-01"
effective = "2031-01-01"
sections = []

[[notes]]
message = "policy-note-contact"
kind = "material"
"#;

const NL_V1: &str = "
policy-intro-title = Testbeleid
policy-intro-text = Dit is een testbeleid.
policy-mail-title = E-mail
policy-mail-text = We filteren je e-mail op spam.
policy-billing-title = Facturen
policy-billing-text = We sturen je een factuur.
policy-visits-title = Bezoeken
policy-visits-text = We meten bezoeken aan onze website.
policy-quotes-title = Offertes
policy-quotes-text = We sturen je een offerte.
";
const NL_V2: &str = "
policy-note-rights = Nieuw: een overzicht van je rechten.
policy-note-wording = Taalfouten verbeterd.
policy-note-transfers = Nu beschreven: Google kan gegevens doorgeven aan de Verenigde Staten.
policy-billing-title = Facturering
policy-rights-title = Je rechten
policy-rights-text = Je hebt rechten.
";
const NL_V3: &str = "
policy-note-contact = Nieuw: hoe je ons bereikt over je gegevens.
";
const EN_V1: &str = "
policy-intro-title = Test policy
policy-intro-text = This is a test policy.
policy-mail-title = E-mail
policy-mail-text = We filter your e-mail for spam.
policy-billing-title = Invoices
policy-billing-text = We send you an invoice.
policy-visits-title = Visits
policy-visits-text = We measure visits to our website.
policy-quotes-title = Quotes
policy-quotes-text = We send you a quote.
";
const EN_V2: &str = "
policy-note-rights = New: an overview of your rights.
policy-note-wording = Typos corrected.
policy-note-transfers = Now described: Google may pass data on to the United States.
policy-billing-title = Invoicing
policy-rights-title = Your rights
policy-rights-text = You have rights.
";
const EN_V3: &str = "
policy-note-contact = New: how to reach us about your data.
";

/// The fixture versions: v3 is v2 with other dates and notes.
fn versions() -> Vec<Version> {
    let mut versions: Vec<Version> = [V1, V2, V3]
        .iter()
        .map(|t| toml::from_str(t).unwrap())
        .collect();
    versions[2].sections = versions[1].sections.clone();
    versions[2].transfers = versions[1].transfers.clone();
    versions
}

/// A catalog of `versions` with the fixture wording and the shipped `terms.ftl` and `ui.ftl`
/// (the sentences under test).
fn catalog_of(versions: Vec<Version>) -> Catalog {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for (id, policies) in [("nl", [NL_V1, NL_V2, NL_V3]), ("en", [EN_V1, EN_V2, EN_V3])] {
        for shared in ["terms.ftl", "ui.ftl"] {
            let text = std::fs::read_to_string(root.join(id).join(shared)).unwrap();
            files.push((id.to_string(), shared.to_string(), text));
        }
        for (v, text) in ["2030-01-01", "2030-06-01", "2031-01-01"]
            .iter()
            .zip(policies)
        {
            files.push((id.to_string(), format!("policy-{v}.ftl"), text.to_string()));
        }
    }
    let files = manetti_privacy_build_support::compiled_files(files).unwrap();
    Catalog::new(versions, files).unwrap()
}

fn catalog() -> Catalog {
    catalog_of(versions())
}

/// The changes from `from` to `to` (both fixture versions) on `today`.
fn changes(catalog: &Catalog, from: Option<&str>, to: &str, id: &str, today: &str) -> Changes {
    let to = catalog.version("to", to).unwrap();
    let from = from.map(|f| catalog.version("from", f).unwrap());
    Comparison::between(catalog, from, to, locale(id), date(today)).changes()
}

fn texts(node: &Node, pred: &dyn Fn(&Element) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    node.find_all(pred, &mut found);
    found
        .into_iter()
        .map(|e| Node::Element(e.clone()).text_content())
        .collect()
}

fn in_list(class: &'static str) -> impl Fn(&Node) -> Vec<String> {
    move |node: &Node| {
        let mut lists = Vec::new();
        node.find_all(&|e| e.get_attr("class") == Some(class), &mut lists);
        lists
            .first()
            .map(|ul| texts(&Node::Element((*ul).clone()), &|e| e.tag == "li"))
            .unwrap_or_default()
    }
}

/// The banner of the fixture catalog (its newest version is v3) in `id`, comparison open.
fn fixture_banner(catalog: &Catalog, from: Option<&str>, id: &str, today: &str) -> Node {
    let changes = changes_since(catalog, from, locale(id), date(today), None);
    let l10n = catalog.localizer(locale(id), catalog.latest());
    Node::from(banner(&l10n, &changes, true).expect("a banner"))
}

#[test]
fn every_kind_of_structural_change_has_its_sentence_in_dutch() {
    let catalog = catalog();
    let c = changes(
        &catalog,
        Some("2030-01-01"),
        "2030-06-01",
        "nl",
        "2030-06-15",
    );
    let lines: Vec<&str> = c.summary.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        lines,
        [
            "Nieuwe ontvanger in ‘E-mail’: De relevante autoriteiten. Gegevens: Inhoud van e-mails en berichten",
            "Geen ontvanger meer in ‘E-mail’: Microsoft (Office 365). Gegevens: Inhoud van e-mails en berichten",
            "Veranderd in ‘E-mail’: voor wie dit geldt. Gegevens: Inhoud van e-mails en berichten",
            "In ‘Facturering’ verwerken we nu ook: Factuuradres",
            "In ‘Facturering’ verwerken we niet langer: Naam",
            "Nieuw doel in ‘Facturering’: Incasso van onbetaalde facturen",
            "Geschrapt doel in ‘Facturering’: Voldoen aan de Nederlandse belastingwet",
            "Nieuwe bewaartermijn in ‘Facturering’: Niet vermeld in het beleid. Was: Zeven jaar (Nederlandse belastingwet)",
            "In ‘Je rechten’ komt een verwerking bij van: Naam, E-mailadres",
            "In ‘Je rechten’ komt een verwerking bij waarvoor het beleid geen gegevens noemt",
            "In ‘Offertes’ vervalt de verwerking van: Naam, E-mailadres",
            "In ‘Offertes’ vervalt een verwerking waarvoor het beleid geen gegevens noemde",
            "Nu in het beleid beschreven: Google Maps (kaart- en adresdienst van Google), Google Analytics (bezoekersstatistieken van Google) kunnen gegevens doorgeven naar de Verenigde Staten, buiten de Europese Economische Ruimte (EER). Toegestaan op grond van: adequaatheidsbesluit (EU) 2023/1795 van 10\u{a0}juli\u{a0}2023 voor het EU-VS-kader voor gegevensbescherming (Data Privacy Framework; artikel 45 AVG)",
            "Gegevens gaan niet langer buiten de Europese Economische Ruimte (EER) naar: Microsoft (Office 365)",
            "Nieuw onderdeel in het beleid: ‘Je rechten’",
            "Geschrapt onderdeel: ‘Offertes’",
        ]
    );
}

#[test]
fn every_kind_of_structural_change_has_its_sentence_in_english() {
    let catalog = catalog();
    let c = changes(
        &catalog,
        Some("2030-01-01"),
        "2030-06-01",
        "en",
        "2030-06-15",
    );
    let lines: Vec<&str> = c.summary.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        lines,
        [
            "New recipient in “E-mail”: The relevant authorities. Data: Content of e-mails and messages",
            "No longer a recipient in “E-mail”: Microsoft (Office 365). Data: Content of e-mails and messages",
            "Changed in “E-mail”: whom this applies to. Data: Content of e-mails and messages",
            "In “Invoicing”, we now also process: Billing address",
            "In “Invoicing”, we no longer process: Name",
            "New purpose in “Invoicing”: Collecting unpaid invoices",
            "Purpose removed in “Invoicing”: Complying with Dutch tax law",
            "New retention period in “Invoicing”: Not stated in the policy. Previously: Seven years (Dutch tax law)",
            "In “Your rights”, new processing of: Name, E-mail address",
            "In “Your rights”, new processing for which the policy names no data",
            "In “Quotes”, processing ends for: Name, E-mail address",
            "In “Quotes”, processing ends for which the policy named no data",
            "Now described in the policy: Google Maps (Google’s map and address service), Google Analytics (Google’s visitor statistics) may pass data on to the United States, outside the European Economic Area (EEA). Permitted under: adequacy decision (EU) 2023/1795 of 10\u{a0}July\u{a0}2023 for the EU–US Data Privacy Framework (GDPR Article 45)",
            "Data no longer goes outside the European Economic Area (EEA) to: Microsoft (Office 365)",
            "New section in the policy: “Your rights”",
            "Section removed: “Quotes”",
        ]
    );
}

#[test]
fn the_comparison_lists_renamed_and_moved_sections_under_wording_not_processing() {
    let catalog = catalog();
    for (id, tail) in [
        (
            "nl",
            [
                "Onderdeel verplaatst: ‘Bezoeken’",
                "Onderdeel hernoemd: ‘Facturen’ heet nu ‘Facturering’",
            ],
        ),
        (
            "en",
            [
                "Section moved: “Visits”",
                "Section renamed: “Invoices” is now “Invoicing”",
            ],
        ),
    ] {
        let node = fixture_banner(&catalog, Some("2030-01-01"), id, "2030-06-15");
        let structure = in_list("mp-structure")(&node);
        let summary = changes_since(
            &catalog,
            Some("2030-01-01"),
            locale(id),
            date("2030-06-15"),
            None,
        )
        .summary;
        // "What changes in how we process data" holds the material lines only.
        let lines: Vec<&str> = summary.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(structure, lines, "{id}");
        // A rename or a move changes no processing: it is wording.
        let editorial = in_list("mp-editorial")(&node);
        assert_eq!(
            editorial[editorial.len() - 2..],
            tail,
            "{id}: {editorial:#?}"
        );
    }
}

#[test]
fn the_banner_leads_with_what_changes_for_every_customer_and_leaves_notes_to_the_comparison() {
    let catalog = catalog();
    for (id, headline, shown, depends) in [
        (
            "nl",
            "Vanaf 1\u{a0}januari\u{a0}2031 verandert ons privacybeleid.",
            ["Het nieuwe beleid noemt je rechten en hoe je ze gebruikt."],
            "Wat er verder verandert, hangt af van je diensten.",
        ),
        (
            "en",
            "Our privacy policy changes on 1\u{a0}January\u{a0}2031.",
            ["The new policy lists your rights and how to use them."],
            "What else changes depends on your services.",
        ),
    ] {
        let node = fixture_banner(&catalog, Some("2030-01-01"), id, "2030-12-31");
        assert_eq!(
            texts(&node, &|e| e.get_attr("id") == Some("mp-banner-headline")),
            [headline],
            "{id}"
        );
        // No record: what concerns every customer (the new rights, which the note says one
        // may act on), and that the rest depends on their services. Google Analytics' new
        // transfer concerns website visitors only, so it is not on this screen.
        assert_eq!(in_list("mp-summary")(&node), shown, "{id}");
        let paragraphs = texts(&node, &|e| e.tag == "p");
        assert!(
            paragraphs.iter().any(|p| p == depends),
            "{id}: {paragraphs:#?}"
        );
        // Every note is in the comparison: the material ones marked, the editorial one with
        // the wording changes.
        let notes = in_list("mp-notes")(&node);
        assert_eq!(notes.len(), 3, "{notes:#?}");
        let editorial = in_list("mp-editorial")(&node);
        assert!(!editorial.is_empty(), "{editorial:#?}");
    }
}

#[test]
fn a_customer_reads_what_concerns_them_and_only_that() {
    let catalog = catalog();
    // A private IMAP customer: the spam filter's recipients concern them; the rights note too.
    let customer = manetti_privacy_core::customer::Customer::parse(
        "c",
        &common::value(
            serde_json::json!({ "customerType": "private", "services": ["mailbox-imap"] }),
        ),
    )
    .unwrap();
    let subject = customer.subject();
    let changes = changes_since(
        &catalog,
        Some("2030-01-01"),
        locale("en"),
        date("2030-12-31"),
        Some(&subject),
    );
    let screen = &changes.first_screen;
    assert!(screen.depends_on_services.is_none());
    assert_eq!(
        screen.act,
        ["The new policy lists your rights and how to use them."]
    );
    // Microsoft's transfer ends and concerned them (their mailbox's spam filter).
    assert!(
        screen.yours.iter().any(|l| l.contains("Microsoft")),
        "{:#?}",
        screen.yours
    );
    // Nothing about website visitors' Google Analytics.
    assert!(
        !screen.yours.iter().any(|l| l.contains("Google")),
        "{:#?}",
        screen.yours
    );
}

#[test]
fn a_customer_who_never_accepted_reads_the_publication_date_and_no_change_list() {
    let catalog = catalog();
    for (id, headline) in [
        ("nl", "Lees ons privacybeleid van 1\u{a0}januari\u{a0}2031."),
        (
            "en",
            "Please read our privacy policy, published on 1\u{a0}January\u{a0}2031.",
        ),
    ] {
        let changes = changes_since(&catalog, None, locale(id), date("2031-02-01"), None);
        assert_eq!(plain_sentences(&changes).count(), 0);
        let l10n = catalog.localizer(locale(id), catalog.latest());
        let node = Node::from(banner(&l10n, &changes, false).unwrap());
        assert_eq!(
            texts(&node, &|e| e.get_attr("id") == Some("mp-banner-headline")),
            [headline]
        );
        assert!(texts(&node, &|e| e.tag == "li").is_empty());
    }
}
