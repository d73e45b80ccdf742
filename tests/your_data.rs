//! "Your data" rules, row by row from the policy text, and validation of the customer record.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{date, shipped, value};
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::your_data::{your_data, YourData, YourDataRequest};
use serde_json::json;

fn customer(json: serde_json::Value) -> Customer {
    Customer::parse("customer", &value(json)).unwrap()
}

fn view(json: serde_json::Value) -> YourData {
    let customer = customer(json);
    your_data(
        shipped(),
        &YourDataRequest {
            customer: &customer,
            locale: common::locale("en"),
            today: date("2026-11-25"),
            accepted_version: None,
        },
    )
}

fn held(data: &YourData) -> Vec<&str> {
    data.held.iter().map(|i| i.category.id).collect()
}

fn recipients(data: &YourData) -> Vec<&str> {
    let mut all: Vec<&str> = data
        .held
        .iter()
        .flat_map(|i| i.recipients.iter().map(|r| r.id))
        .collect();
    all.sort();
    all.dedup();
    all
}

struct Row {
    /// The sentence of the policy of 24-05-2018 (the seed) that says so, quoted.
    cite: &'static str,
    customer: serde_json::Value,
    categories: &'static [&'static str],
    recipients: &'static [&'static str],
    deleted: &'static [&'static str],
}

/// Every customer. 1.1 "We verzamelen de volgende gegevens wanneer je klant wordt" (name,
/// e-mail, phone, address, billing address, payment data); 2.2 "Wanneer een adres in een van de
/// velden wordt ingevoerd, dan wordt deze automatisch gecontroleerd … middels de Google Maps
/// API" and "Sommige informatie, zoals je adres en telefoonnummer, verifiëren we mogelijk met
/// behulp van een derde partij"; 2.4 "bewaren wij onze facturen voor een periode van zeven
/// jaar"; 2.8 service e-mails and news. 1.1 names no recipient: "not-stated".
const BASE: &[&str] = &[
    "name",
    "email",
    "phone",
    "postal-address",
    "billing-address",
    "payment-data",
    "invoices",
];
const BASE_RECIPIENTS: &[&str] = &["google-maps", "not-stated", "unnamed-third-party"];

fn rows() -> Vec<Row> {
    vec![
        Row { cite: "1.1 \"We verzamelen de volgende gegevens wanneer je klant wordt bij Manetti IT\": a private customer with nothing else",
            customer: json!({ "customerType": "private" }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.3 \"Voor het vastleggen van een domeinnaam vragen en gebruiken we op zijn minst … Geslacht\" and \"sturen we je gegevens door naar onze leverancier … domeinnaam registraties\"; 2.6 \"Microsoft voor de Office 365 mailboxen\"",
            customer: json!({ "customerType": "private", "services": ["domain", "mailbox-office365"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "gender", "email-content", "invoices"],
            recipients: &["domain-registries", "domain-ssl-supplier", "google-maps", "microsoft", "not-stated", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.6 \"Wanneer je als gebruiker handmatig berichten als spam markeert, dan wordt dit gedeeld met de leverancier van het spamfilter\": a mailbox owner who marked spam",
            customer: json!({ "customerType": "private", "services": ["mailbox-imap"], "events": ["marked-spam"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "email-content", "spam-reports", "invoices"],
            recipients: &["google-maps", "not-stated", "spamexperts", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.6 \"Wanneer je als gebruiker handmatig berichten als spam markeert\": a mailbox owner who never marked spam shares no spam reports",
            customer: json!({ "customerType": "private", "services": ["mailbox-imap"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "email-content", "invoices"],
            recipients: &["google-maps", "not-stated", "spamexperts", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.3 \"Bedrijfsnaam of persoonsnaam en achternaam\", \"Bedrijfsadres of persoonsadres\"; 2.5 \"waarbij we de volgende gegevens doorgeven aan onze datacenter leverancier: Naam en achternaam\"",
            customer: json!({ "customerType": "business", "services": ["colocation", "ssl-paid"], "events": ["datacenter-visit"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "company-name", "company-address", "invoices"],
            recipients: &["certificate-authorities", "datacenter-supplier", "domain-ssl-supplier", "google-maps", "not-stated", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.3 \"Bedrijfsnaam of persoonsnaam en achternaam\": a private customer with a paid certificate has no company name or company address",
            customer: json!({ "customerType": "private", "services": ["ssl-paid"] }),
            categories: BASE,
            recipients: &["certificate-authorities", "domain-ssl-supplier", "google-maps", "not-stated", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.5 \"Om toegang te verkrijgen moet er een verzoek worden ingeschoten\": colocation without a request shares nothing with the datacenter supplier",
            customer: json!({ "customerType": "business", "services": ["colocation"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.3 \"(dit geldt niet voor Let’s Encrypt certificaten)\"",
            customer: json!({ "customerType": "private", "services": ["ssl-letsencrypt", "managed"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.4 \"Het incassobureau ontvangt in dat geval … Facturen die we hebben verzonden, Communicatie die we hebben verzonden\"",
            customer: json!({ "customerType": "private", "events": ["invoice-in-collection"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "correspondence"],
            recipients: &["collection-agency", "google-maps", "not-stated", "unnamed-third-party"], deleted: &[] },
        Row { cite: "1.2 \"IP adres gebruikt tijdens het invullen van het contactformulier\"; 2.1 \"dan bewaren wij deze berichten in ons beveiligde email systeem\"",
            customer: json!({ "customerType": "private", "events": ["contact-form"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "email-content", "ip-address", "invoices"],
            recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.10 \"worden er automatische rapportages verzonden naar een externe hulpbron. In deze rapportages is het IP adres en het e-mailadres van de gebruiker opgenomen\"",
            customer: json!({ "customerType": "private", "events": ["error-report"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "ip-address"],
            recipients: &["error-reporting-service", "google-maps", "not-stated", "unnamed-third-party"], deleted: &[] },
        Row { cite: "1.2 \"Je telefoonnummer, Opname van het telefoongesprek\"; 2.1 \"verschijnt je telefoonnummer en je naam (wanneer bekend) op onze telefoontoestellen\"",
            customer: json!({ "customerType": "private", "events": ["contacted-phone"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "call-recording", "invoices"],
            recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.7 \"kunnen we je een offerte sturen met behulp van software van een derde partij\"; \"Een offerte kan de volgende persoonsgegevens bevatten\"",
            customer: json!({ "customerType": "business", "events": ["quote"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "online-signature"],
            recipients: &["google-maps", "not-stated", "quote-software-provider", "unnamed-third-party"], deleted: &[] },
        Row { cite: "3 \"We maken gebruik van meerdere tracking pixels\"; 3.1 \"zoals de duur van een bezoek, de fysieke locatie van een bezoeker en welke pagina(s) er worden bezocht\"",
            customer: json!({ "customerType": "private", "events": ["visited-website"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "visit-behaviour", "location", "unspecified"],
            recipients: &["google-analytics", "google-maps", "not-stated", "tracking-pixel-parties", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.1 Herstellen van account toegang: \"particuliere klant - Kopie legitimatie\"; \"Nadat wij deze documenten hebben gebruikt … zullen deze door ons verwijderd worden\"",
            customer: json!({ "customerType": "private", "events": ["account-recovery"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &["id-copy"] },
        Row { cite: "2.1 Herstellen van account toegang: \"zakelijke klant - Digitaal gewaarmerkt uittreksel Kamer van Koophandel … Kopie legitimatie van een zelfstandig bevoegde bestuurder\"",
            customer: json!({ "customerType": "business", "events": ["account-recovery"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &["chamber-of-commerce-extract", "id-copy"] },
    ]
}

#[test]
fn categories_and_recipients_per_customer_follow_the_policy_text() {
    for row in rows() {
        let data = view(row.customer.clone());
        let mut got = held(&data);
        let mut want = row.categories.to_vec();
        got.sort();
        want.sort();
        assert_eq!(got, want, "categories, {}", row.cite);
        assert_eq!(
            recipients(&data),
            row.recipients,
            "recipients, {}",
            row.cite
        );
        let deleted: Vec<&str> = data.deleted.iter().map(|i| i.category.id).collect();
        assert_eq!(deleted, row.deleted, "deleted, {}", row.cite);
    }
}

fn ids(list: &[manetti_privacy_core::document::Labelled]) -> Vec<&str> {
    list.iter().map(|l| l.id).collect()
}

#[test]
fn purposes_are_bound_per_item_as_the_policy_binds_them() {
    let data = view(json!({ "customerType": "private", "events": ["contacted-phone"] }));
    let item = |id: &str| data.held.iter().find(|i| i.category.id == id).unwrap();
    // 1.1 "Betaalgegevens, verstrekt door onze payment provider zodat we weten dat er betaalt is"
    assert_eq!(ids(&item("payment-data").purposes), ["confirm-payment"]);
    assert_eq!(ids(&item("payment-data").sources), ["payment-provider"]);
    // 1.1 "Naam en achternaam, zodat we weten met wie we zaken doen"; 2.1 caller display
    assert_eq!(
        ids(&item("name").purposes),
        ["identify-customer", "recognize-caller"]
    );
    // 1.1 "Factuuradres, als je liever hebt dat we facturen naar een ander adres sturen"
    assert!(ids(&item("billing-address").purposes).contains(&"send-invoices"));
    assert!(!ids(&item("billing-address").purposes).contains(&"contact-customer"));
    // 1.2 "Opname van het telefoongesprek": no purpose anywhere in the policy.
    assert_eq!(ids(&item("call-recording").purposes), ["not-stated"]);
    assert_eq!(
        item("call-recording").purposes[0].label,
        "Purpose not stated in the policy"
    );
}

#[test]
fn a_null_billing_address_is_unknown_and_said_to_be_conditional() {
    // 1.1 "Factuuradres, als je liever hebt dat we facturen naar een ander adres sturen"
    let unknown = view(json!({ "customerType": "private", "profile": { "billingAddress": null } }));
    let item = unknown
        .held
        .iter()
        .find(|i| i.category.id == "billing-address")
        .unwrap();
    assert_eq!(ids(&item.conditions), ["billing-address-given"]);
    assert_eq!(item.value, None);
    let given =
        view(json!({ "customerType": "private", "profile": { "billingAddress": "Postbus 1" } }));
    let item = given
        .held
        .iter()
        .find(|i| i.category.id == "billing-address")
        .unwrap();
    assert!(item.conditions.is_empty());
    assert_eq!(item.value.as_deref(), Some("Postbus 1"));
}

#[test]
fn the_third_party_that_checks_a_phone_number_is_marked_possibly() {
    // 2.2 "Sommige informatie, zoals je adres en telefoonnummer, verifiëren we mogelijk met
    // behulp van een derde partij."
    let data = view(json!({ "customerType": "private" }));
    let phone = data.held.iter().find(|i| i.category.id == "phone").unwrap();
    let third = phone
        .recipient_details
        .iter()
        .find(|r| r.id == "unnamed-third-party")
        .unwrap();
    assert!(third.possibly);
    let none = phone
        .recipient_details
        .iter()
        .find(|r| r.id == "not-stated")
        .unwrap();
    assert_eq!(none.label, "Not stated in the policy");
}

#[test]
fn company_name_or_personal_name_is_one_of_for_a_business() {
    // 2.3 "Bedrijfsnaam of persoonsnaam en achternaam"
    let data = view(json!({ "customerType": "business", "services": ["ssl-paid"] }));
    let company = data
        .held
        .iter()
        .find(|i| i.category.id == "company-name")
        .unwrap();
    assert_eq!(ids(&company.one_of), ["name"]);
    let name = data.held.iter().find(|i| i.category.id == "name").unwrap();
    let supplier = name
        .recipient_details
        .iter()
        .find(|r| r.id == "domain-ssl-supplier")
        .unwrap();
    assert!(
        supplier.possibly,
        "the name goes to the supplier only if it is the one chosen"
    );
}

#[test]
fn recipients_with_a_transfer_say_outside_the_eea_once_the_policy_describes_it() {
    let c = customer(json!({ "customerType": "private" }));
    let at = |day: &str| {
        your_data(
            shipped(),
            &YourDataRequest {
                customer: &c,
                locale: common::locale("en"),
                today: date(day),
                accepted_version: None,
            },
        )
    };
    let eea = |data: &YourData| -> Vec<Option<String>> {
        data.held
            .iter()
            .flat_map(|i| i.recipient_details.iter())
            .filter(|r| r.id == "google-maps")
            .map(|r| r.outside_eea.clone())
            .collect()
    };
    assert!(
        eea(&at("2026-11-26")).iter().all(Option::is_none),
        "2018 says nothing of it"
    );
    let later = eea(&at("2027-01-01"));
    assert!(!later.is_empty());
    assert!(later.iter().all(|e| e.as_deref()
        == Some("Possibly outside the EEA (United States, Data Privacy Framework)")));
}

#[test]
fn each_item_says_why_who_how_long_where_from_and_where_the_policy_says_so() {
    let data = view(json!({ "customerType": "private",
        "profile": { "firstName": "Jan", "lastName": "Jansen", "email": "jan@example.nl", "billingAddress": null },
        "services": ["domain"] }));
    let item = |id: &str| data.held.iter().find(|i| i.category.id == id).unwrap();
    assert_eq!(item("name").value.as_deref(), Some("Jan Jansen"));
    assert_eq!(item("email").value.as_deref(), Some("jan@example.nl"));
    assert_eq!(
        item("billing-address").value,
        None,
        "null is not known to the panel"
    );
    let sections: Vec<&str> = item("name")
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        sections,
        ["1.1. Creating an account", "2.3. Providing a service"]
    );
    let invoices = item("invoices");
    assert_eq!(invoices.retention[0].label, "Seven years (Dutch tax law)");
    assert_eq!(invoices.sources[0].id, "our-systems");
    assert_eq!(item("payment-data").sources[0].id, "payment-provider");
    assert_eq!(
        item("name").recipients.last().map(|r| r.id),
        Some("not-stated"),
        "1.1 names no recipient: never 'only Manetti IT'"
    );
    assert_eq!(
        item("gender").retention[0].label,
        "Not stated in the policy"
    );
    assert_eq!(
        data.version.id, "2018-05-24",
        "the version in effect on 2026-11-25"
    );
    assert!(data.business_note.is_none());
}

#[test]
fn business_customers_get_the_note_on_company_data() {
    let data = view(json!({ "customerType": "business" }));
    assert!(data
        .business_note
        .as_deref()
        .unwrap()
        .contains("data that says something about a person within that company is"));
}

#[test]
fn changes_for_a_customer_who_accepted_2018_touch_their_services_first() {
    let c = customer(json!({ "customerType": "private", "services": ["mailbox-office365"] }));
    let data = your_data(
        shipped(),
        &YourDataRequest {
            customer: &c,
            locale: common::locale("en"),
            today: date("2026-11-25"),
            accepted_version: common::accepted(shipped(), Some("2018-05-24")),
        },
    );
    let changes = data.changes.expect("changes since 2018");
    assert!(
        changes.material
            && changes.summary.iter().any(|l| l
                .text
                .starts_with("Now described in the policy: Google Maps (Google’s map and address service), Microsoft (Office 365) may pass data on to the United States"))
    );
    let current = your_data(
        shipped(),
        &YourDataRequest {
            customer: &c,
            locale: common::locale("en"),
            today: date("2026-11-25"),
            accepted_version: common::accepted(shipped(), Some("2026-11-26")),
        },
    );
    assert!(current.changes.is_none());
}

fn error(json: serde_json::Value) -> String {
    Customer::parse("customer", &value(json))
        .unwrap_err()
        .message()
        .to_string()
}

#[test]
fn every_kind_of_bad_record_gets_an_error_naming_the_path_and_the_accepted_values() {
    assert_eq!(error(json!({ "customerType": "private", "services": ["domain", "ssl-paid", "domian"] })),
        "customer.services[2]: unknown value \"domian\"; expected one of \"domain\", \"ssl-paid\", \"ssl-letsencrypt\", \"colocation\", \"mailbox-imap\", \"mailbox-office365\", \"managed\"");
    assert!(error(json!({ "customerType": "private", "events": ["phoned"] }))
        .starts_with("customer.events[0]: unknown value \"phoned\"; expected one of \"contacted-email\", \"contact-form\""));
    assert_eq!(error(json!({ "customerType": "private", "email": "x" })),
        "customer.email: unknown key; expected one of \"customerType\", \"profile\", \"services\", \"events\"");
    assert!(
        error(json!({ "customerType": "private", "profile": { "name": "Jan" } })).starts_with(
            "customer.profile.name: unknown key; expected one of \"firstName\", \"lastName\""
        )
    );
    assert_eq!(
        error(json!({ "customerType": "private", "profile": { "phone": 612345678 } })),
        "customer.profile.phone: expected a string or null, got a number"
    );
    assert_eq!(
        error(json!({ "customerType": "private", "services": "domain" })),
        "customer.services: expected an array of strings, got a string"
    );
    assert!(error(json!({ "customerType": "private", "events": [42] }))
        .starts_with("customer.events[0]: expected a string, got a number"));
    assert_eq!(error(json!({ "customerType": "person" })), "customer.customerType: unknown value \"person\"; expected one of \"private\", \"business\"");
    assert_eq!(
        error(json!({})),
        "customer.customerType: required; expected one of \"private\", \"business\""
    );
    assert_eq!(
        error(json!("jan")),
        "customer: expected a customer record (an object), got a string"
    );
    assert_eq!(
        error(json!({ "customerType": "private", "profile": [] })),
        "customer.profile: expected an object, got an array"
    );
}

#[test]
fn the_example_record_of_the_contract_parses() {
    let c = customer(json!({
        "customerType": "private",
        "profile": { "firstName": "Jan", "lastName": "Jansen", "email": "jan@example.nl", "phone": "+31 6 12345678",
            "address": "Dorpsstraat 1, 1234 AB Ergens", "billingAddress": null, "gender": null, "companyName": null },
        "services": ["domain", "ssl-paid", "ssl-letsencrypt", "colocation", "mailbox-imap", "mailbox-office365", "managed"],
        "events": ["contacted-email", "contact-form", "contacted-phone", "account-recovery",
                   "datacenter-visit", "quote", "invoice-in-collection", "error-report", "visited-website"]
    }));
    assert_eq!((c.services.len(), c.events.len()), (7, 9));
    assert_eq!(
        c.facts().len(),
        14,
        "every policy fact is true of this customer"
    );
}
