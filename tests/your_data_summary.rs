//! "Your data" as a layered notice (issue 12): the first layer (kinds, organisations, longest
//! retention, the changes that concern you), unknown profile values, retention in the words of
//! the version shown (split retention attributed), the tense of the changes, both locales.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{changes_since, date, locale, shipped, value};
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::your_data::{your_data, DataItem, YourData, YourDataRequest};
use manetti_privacy_view::tree::{Element, Node};
use manetti_privacy_view::your_data::your_data_view;
use serde_json::json;

/// Jan of `www/samples.js`: private, a domain name and Office 365.
fn jan() -> serde_json::Value {
    json!({ "customerType": "private",
        "profile": { "firstName": "Jan", "lastName": "Jansen", "email": "jan@example.nl",
            "phone": "+31 6 12345678", "address": "Dorpsstraat 1, 1234 AB Ergens",
            "billingAddress": null, "gender": "man", "companyName": null },
        "services": ["domain", "mailbox-office365"],
        "events": ["contacted-email", "visited-website"] })
}

/// Piet of `www/samples.js`: an invoice with the collection agency.
fn piet() -> serde_json::Value {
    json!({ "customerType": "private",
        "profile": { "firstName": "Piet", "lastName": "Pieters", "email": "piet@example.nl",
            "phone": null, "address": "Kerkplein 3, 9012 EF Ergens", "billingAddress": null },
        "services": ["mailbox-imap", "ssl-letsencrypt"],
        "events": ["invoice-in-collection", "contacted-phone", "error-report"] })
}

fn data(record: serde_json::Value, loc: &str, today: &str, accepted: Option<&str>) -> YourData {
    let customer = Customer::parse("customer", &value(record)).unwrap();
    your_data(
        shipped(),
        &YourDataRequest {
            customer: &customer,
            locale: common::locale(loc),
            today: date(today),
            accepted_version: common::accepted(shipped(), accepted),
        },
    )
}

fn view(data: &YourData) -> Node {
    let catalog = shipped();
    let version = catalog.version("version", &data.version.id).unwrap();
    let l10n = catalog.localizer(locale(&data.locale), version);
    your_data_view(&l10n, data, "policy.html").into()
}

fn find<'a>(node: &'a Node, pred: &dyn Fn(&Element) -> bool) -> Vec<&'a Element> {
    let mut out = Vec::new();
    node.find_all(pred, &mut out);
    out
}

fn text(e: &Element) -> String {
    Node::Element(e.clone()).text_content()
}

fn has_class(e: &Element, class: &str) -> bool {
    e.get_attr("class")
        .is_some_and(|c| c.split(' ').any(|x| x == class))
}

/// The first layer's sentences.
fn first_layer(node: &Node) -> Vec<String> {
    let first = find(node, &|e| has_class(e, "mp-first"));
    assert_eq!(first.len(), 1, "one first layer");
    first[0].children.iter().map(Node::text_content).collect()
}

fn item<'a>(data: &'a YourData, id: &str) -> &'a DataItem {
    data.held
        .iter()
        .find(|i| i.category.id == id)
        .unwrap_or_else(|| panic!("{id} held"))
}

#[test]
fn the_first_layer_counts_kinds_names_organisations_and_the_longest_period() {
    // Policy of 24-05-2018, in effect on 2026-11-26.
    let d = data(jan(), "en", "2026-11-26", None);
    assert_eq!(d.summary.kinds, d.held.len());
    assert_eq!(d.summary.kinds, 12);
    let orgs: Vec<&str> = d.summary.recipients.iter().map(|r| r.id).collect();
    // 2.3 "domeinnaam registraties", 2.2 "Google Maps API", "derde partij", 2.6 Microsoft,
    // 3 tracking pixels, 3.1 Google Analytics; 1.1 names no recipient: never listed.
    assert_eq!(
        orgs,
        [
            "domain-ssl-supplier",
            "domain-registries",
            "unnamed-third-party",
            "google-maps",
            "microsoft",
            "tracking-pixel-parties",
            "google-analytics"
        ]
    );
    let third = &d.summary.recipients[2];
    assert!(
        third.possibly,
        "2.2 \"verifiëren we mogelijk met behulp van een derde partij\""
    );
    // 2.4 "bewaren wij onze facturen voor een periode van zeven jaar": the only period stated.
    let longest = d.summary.longest.as_ref().expect("a stated period");
    assert_eq!(longest.retention.id, "seven-years-tax-law");
    let cats: Vec<&str> = longest.categories.iter().map(|c| c.id).collect();
    assert_eq!(cats, ["invoices"]);
    assert_eq!(longest.section.id, "invoicing");
    let others = d
        .summary
        .others
        .as_ref()
        .expect("items with no stated period");
    assert_eq!(
        (others.id, others.label.as_str()),
        ("not-stated", "Not stated in the policy"),
        "2018 states no general storage rule"
    );

    let first = first_layer(&view(&d));
    assert_eq!(
        first,
        [
            "The policy names 12 kinds of data that we hold, or may hold, about you.",
            "These organisations receive some of it: our supplier of domain names and SSL \
             certificates, domain name registries, a third party the policy does not name \
             (possibly), Google Maps (Google’s map and address service), Microsoft (Office \
             365), other parties whose tracking pixels we use (not named in the policy), Google \
             Analytics (Google’s visitor statistics).",
            "The longest period the policy states: seven years (Dutch tax law), for your \
             invoices (2.4. Invoicing). For your other data: not stated in the policy.",
        ]
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
    );
}

#[test]
fn the_first_layer_in_dutch() {
    let d = data(jan(), "nl", "2026-11-26", None);
    let first = first_layer(&view(&d));
    assert_eq!(
        first[0],
        "Het beleid noemt 12 soorten gegevens die we van je hebben of kunnen hebben."
    );
    assert!(first[1].starts_with("Deze organisaties ontvangen een deel ervan: "));
    assert!(first[1].contains("Microsoft (Office 365)"));
    assert!(!first[1].contains("Niet vermeld"), "{}", first[1]);
    assert!(
        first[2].starts_with(
            "De langste bewaartermijn die het beleid noemt: zeven jaar (Nederlandse \
             belastingwet), voor je facturen (2.4. Facturering)."
        ),
        "{}",
        first[2]
    );
    assert!(first[2].ends_with("Voor je andere gegevens: niet vermeld in het beleid."));
}

#[test]
fn once_the_version_states_the_storage_rule_it_replaces_not_stated() {
    // Policy of 26-11-2026, 9.: "We bewaren persoonsgegevens niet langer dan nodig is voor de
    // doelen waarvoor we ze verwerken (artikel 5, lid 1, onder e, AVG)."
    let d = data(jan(), "nl", "2027-01-01", None);
    assert_eq!(d.version.id, "2026-11-26");
    assert_eq!(d.summary.others.as_ref().unwrap().id, "not-stated");
    let gender = item(&d, "gender");
    assert_eq!(gender.retention[0].id, "not-stated", "the id is unchanged");
    assert_eq!(
        gender.retention_details[0].label,
        "Niet langer dan nodig is voor de doelen waarvoor we ze verwerken (een termijn noemt \
         het beleid niet)"
    );
    let first = first_layer(&view(&d));
    assert!(first[2].ends_with(
        "Voor je andere gegevens: niet langer dan nodig is voor de doelen waarvoor we ze \
         verwerken (een termijn noemt het beleid niet)."
    ));
    let en = data(jan(), "en", "2027-01-01", None);
    assert!(first_layer(&view(&en))[2].ends_with(
        "For your other data: no longer than necessary for the purposes we process it for (the \
         policy states no period)."
    ));
    // 2018 states no such rule: "not stated", never the rule of a later version.
    let before = data(jan(), "nl", "2026-12-31", None);
    assert_eq!(
        item(&before, "gender").retention_details[0].label,
        "Niet vermeld in het beleid"
    );
}

#[test]
fn split_retention_says_who_keeps_it_how_long() {
    for (today, agency) in [
        ("2026-11-26", "Not stated in the policy"),
        // Our storage rule is ours: the agency's share stays "not stated".
        ("2027-01-01", "Not stated in the policy"),
    ] {
        let d = data(piet(), "en", today, None);
        let invoices = item(&d, "invoices");
        let details: Vec<(&str, &str, Vec<&str>)> = invoices
            .retention_details
            .iter()
            .map(|r| {
                (
                    r.id,
                    r.label.as_str(),
                    r.recipients.iter().map(|x| x.id).collect(),
                )
            })
            .collect();
        assert_eq!(
            details,
            [
                ("seven-years-tax-law", "Seven years (Dutch tax law)", vec![]),
                ("not-stated", agency, vec!["collection-agency"]),
            ],
            "{today}"
        );
        let node = view(&d);
        let html = manetti_privacy_view::html::to_html(&node);
        assert!(
            html.contains("<li>With us: seven years (Dutch tax law)</li>"),
            "{today}"
        );
        assert!(
            html.contains("<li>The collection agency we work with: not stated in the policy</li>"),
            "{today}"
        );
    }
    let nl = data(piet(), "nl", "2026-11-26", None);
    let html = manetti_privacy_view::html::to_html(&view(&nl));
    assert!(html.contains("<li>Bij ons: zeven jaar (Nederlandse belastingwet)</li>"));
    assert!(html
        .contains("<li>Het incassobureau waarmee we samenwerken: niet vermeld in het beleid</li>"));
}

#[test]
fn a_null_profile_field_is_not_known_in_your_account() {
    let d = data(piet(), "nl", "2026-11-26", None);
    let phone = item(&d, "phone");
    assert!(phone.value_unknown && phone.value.is_none());
    assert!(item(&d, "billing-address").value_unknown);
    let invoices = item(&d, "invoices");
    assert!(
        !invoices.value_unknown,
        "no profile field for invoices: nothing to know"
    );
    assert_eq!(item(&d, "name").value.as_deref(), Some("Piet Pieters"));
    assert!(!item(&d, "name").value_unknown);
    let node = view(&d);
    let summaries: Vec<String> = find(&node, &|e| e.tag == "summary")
        .into_iter()
        .map(text)
        .collect();
    assert!(summaries.contains(&"Telefoonnummer: niet bekend in je account".to_string()));
    assert!(summaries.contains(&"Naam: Piet Pieters".to_string()));
    assert!(summaries.contains(&"Facturen".to_string()));
    let unknown = find(&node, &|e| has_class(e, "mp-unknown"));
    assert!(
        unknown.iter().all(|e| !has_class(e, "mp-value")),
        "never styled as held data"
    );
    // A record without a profile at all: the name is not known either.
    let bare = data(
        json!({ "customerType": "private" }),
        "en",
        "2026-11-26",
        None,
    );
    assert!(item(&bare, "name").value_unknown);
    let en = find(&view(&bare), &|e| e.tag == "summary")
        .into_iter()
        .map(text)
        .collect::<Vec<_>>();
    assert!(en.contains(&"Name: not known in your account".to_string()));
    // The JSON gains the field only where it is true.
    let json = serde_json::to_value(&d).unwrap();
    let held = json["held"].as_array().unwrap();
    assert_eq!(
        held.iter().filter(|i| i["valueUnknown"] == true).count(),
        2,
        "phone and billing address"
    );
    assert!(held
        .iter()
        .all(|i| i["valueUnknown"].is_null() || i["valueUnknown"] == true));
}

#[test]
fn the_detail_sits_in_closed_disclosures_after_the_first_layer() {
    let node = view(&data(jan(), "en", "2026-11-26", Some("2018-05-24")));
    let details = find(&node, &|e| e.tag == "details");
    assert!(details.len() >= 12);
    assert!(
        details.iter().all(|d| d.get_attr("open").is_none()),
        "closed by default"
    );
    assert!(details
        .iter()
        .all(|d| matches!(d.children.first(), Some(Node::Element(s)) if s.tag == "summary")));
    // The first layer comes before any disclosure, and the print button before the download.
    let Node::Element(root) = &node else { panic!() };
    let order: Vec<&str> = root
        .children
        .iter()
        .filter_map(|c| match c {
            Node::Element(e) => Some(e.tag),
            _ => None,
        })
        .collect();
    assert_eq!(&order[..4], ["h2", "p", "ul", "div"]);
    let buttons: Vec<String> = find(&node, &|e| e.tag == "button")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        buttons,
        ["Print or save as PDF", "Download (machine-readable, JSON)"]
    );
    let nl = view(&data(jan(), "nl", "2026-11-26", None));
    let buttons: Vec<String> = find(&nl, &|e| e.tag == "button")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        buttons,
        [
            "Afdrukken of opslaan als pdf",
            "Downloaden (machineleesbaar, JSON)"
        ]
    );
    // No inline style or script anywhere (a strict CSP).
    assert!(find(&node, &|e| e.tag == "script"
        || e.get_attr("style").is_some())
    .is_empty());
}

/// The heading and the intro of the changes, and their lines.
fn changes_text(node: &Node) -> (String, String, Vec<String>) {
    let h3: Vec<String> = find(node, &|e| e.tag == "h3")
        .into_iter()
        .map(text)
        .collect();
    let Node::Element(root) = node else { panic!() };
    let at = root
        .children
        .iter()
        .position(|c| matches!(c, Node::Element(e) if e.tag == "h3"))
        .unwrap();
    let intro = root.children[at + 1].text_content();
    let lines = match &root.children[at + 2] {
        Node::Element(e) => e.children.iter().map(Node::text_content).collect(),
        _ => vec![],
    };
    (h3[0].clone(), intro, lines)
}

#[test]
fn the_changes_intro_is_in_the_tense_of_now() {
    for (loc, today, heading, starts, ends) in [
        (
            "en",
            "2026-11-26",
            "What changes for you",
            "Our privacy policy changes on ",
            "2027.",
        ),
        (
            "en",
            "2027-01-02",
            "What has changed for you",
            "Our privacy policy changed on ",
            "2027.",
        ),
        (
            "nl",
            "2026-11-26",
            "Wat er voor jou verandert",
            "Ons privacybeleid verandert op ",
            "2027.",
        ),
        (
            "nl",
            "2027-01-02",
            "Wat er voor jou is veranderd",
            "Ons privacybeleid is op ",
            "2027 veranderd.",
        ),
    ] {
        let d = data(jan(), loc, today, Some("2018-05-24"));
        let (h, intro, _) = changes_text(&view(&d));
        assert_eq!(h, heading, "{loc} {today}");
        assert!(
            intro.starts_with(starts) && intro.ends_with(ends),
            "{loc} {today}: {intro}"
        );
        assert!(!intro.contains(", die voor jou eerst"));
    }
}

#[test]
fn transfers_outside_the_eea_concern_an_office_365_customer_and_come_first() {
    let office = json!({ "customerType": "private", "services": ["mailbox-office365"] });
    let d = data(office.clone(), "en", "2026-11-26", Some("2018-05-24"));
    let changes = d.changes.as_ref().unwrap();
    let transfer = changes
        .summary
        .iter()
        .find(|l| l.text.contains("outside the European Economic Area"))
        .expect("the transfers line");
    assert_eq!(transfer.affects_you, Some(true));
    assert!(transfer.text.contains("Microsoft (Office 365)"));
    assert_eq!(changes.summary[0].affects_you, Some(true), "yours first");
    let (_, _, lines) = changes_text(&view(&d));
    assert!(
        lines[0].starts_with("For you: ") && lines[0].contains("Microsoft (Office 365)"),
        "{lines:?}"
    );
    let yours = lines
        .iter()
        .take_while(|l| l.starts_with("For you: "))
        .count();
    assert!(
        lines[yours..].iter().all(|l| !l.starts_with("For you: ")),
        "yours first: {lines:?}"
    );
    // Without a customer nothing is marked.
    let anyone = changes_since(
        shipped(),
        Some("2018-05-24"),
        locale("en"),
        date("2026-11-26"),
        None,
    );
    assert!(anyone.summary.iter().all(|l| l.affects_you.is_none()));
    // In Dutch too.
    let nl = data(office, "nl", "2026-11-26", Some("2018-05-24"));
    let (_, _, lines) = changes_text(&view(&nl));
    assert!(
        lines[0].starts_with("Voor jou: ")
            && lines[0].contains("buiten de Europese Economische Ruimte (EER)"),
        "{lines:?}"
    );
}

#[test]
fn one_kind_of_data_is_counted_in_the_singular_in_both_locales() {
    for (loc, one, two) in [
        (
            "nl",
            "Het beleid noemt één soort gegevens die we van je hebben of kunnen hebben.",
            "Het beleid noemt 2 soorten gegevens die we van je hebben of kunnen hebben.",
        ),
        (
            "en",
            "The policy names one kind of data that we hold, or may hold, about you.",
            "The policy names 2 kinds of data that we hold, or may hold, about you.",
        ),
    ] {
        let mut d = data(jan(), loc, "2026-11-25", Some("2018-05-24"));
        d.summary.kinds = 1;
        assert_eq!(first_layer(&view(&d))[0], one, "{loc}");
        d.summary.kinds = 2;
        assert_eq!(first_layer(&view(&d))[0], two, "{loc}");
    }
}
