//! "Your data" rules, row by row from the policy text, and validation of the customer record.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, clippy::disallowed_types)] // tests never reach the module

mod common;

use common::{date, shipped};
use manetti_privacy::customer::Customer;
use manetti_privacy::input::Value;
use manetti_privacy::your_data::{your_data, YourData, YourDataRequest};
use serde_json::json;

/// JSON as the panel would pass it, converted the way the wasm edge converts a JsValue.
fn value(json: serde_json::Value) -> Value {
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Value::String(s),
        serde_json::Value::Array(a) => Value::Array(a.into_iter().map(value).collect()),
        serde_json::Value::Object(o) => {
            Value::Object(o.into_iter().map(|(k, v)| (k, value(v))).collect())
        }
    }
}

fn customer(json: serde_json::Value) -> Customer {
    Customer::parse("customer", &value(json)).unwrap()
}

fn view(json: serde_json::Value) -> YourData {
    let customer = customer(json);
    your_data(
        shipped(),
        &YourDataRequest {
            customer: &customer,
            locale: "en",
            today: date("2026-11-25"),
            accepted_version: None,
        },
    )
    .unwrap()
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
    /// Where the policy of 24-05-2018 says so.
    cite: &'static str,
    customer: serde_json::Value,
    categories: &'static [&'static str],
    recipients: &'static [&'static str],
    deleted: &'static [&'static str],
}

/// Every customer: 1.1 (account data, payment data from the payment provider), 2.2 (address
/// checked with the Google Maps API; address and phone possibly by an unnamed third party),
/// 2.4 (invoices kept seven years), 2.8 (service e-mails).
const BASE: &[&str] = &[
    "name",
    "email",
    "phone",
    "postal-address",
    "billing-address",
    "payment-data",
    "invoices",
];
const BASE_RECIPIENTS: &[&str] = &["google-maps", "unnamed-third-party"];

fn rows() -> Vec<Row> {
    vec![
        Row { cite: "1.1, 2.2, 2.4, 2.8: a private customer with nothing else",
            customer: json!({ "customerType": "private" }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.3: a domain name needs gender and goes to the supplier and the registries; 2.6: Office 365 mail is filtered by Microsoft",
            customer: json!({ "customerType": "private", "services": ["domain", "mailbox-office365"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "gender", "email-content", "spam-reports", "invoices"],
            recipients: &["domain-registries", "domain-ssl-supplier", "google-maps", "microsoft", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.3: a paid certificate goes to the supplier and the certificate authorities; 2.5: datacenter access goes to the datacenter supplier",
            customer: json!({ "customerType": "business", "services": ["colocation", "ssl-paid"], "events": ["datacenter-visit"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "company-name", "company-address", "invoices"],
            recipients: &["certificate-authorities", "datacenter-supplier", "domain-ssl-supplier", "google-maps", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.5: colocation without a request for access shares nothing with the datacenter supplier",
            customer: json!({ "customerType": "business", "services": ["colocation"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.3: Let's Encrypt certificates are excluded",
            customer: json!({ "customerType": "private", "services": ["ssl-letsencrypt", "managed"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.4: an invoice in collection goes to the collection agency with invoices and correspondence",
            customer: json!({ "customerType": "private", "events": ["invoice-in-collection"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "correspondence"],
            recipients: &["collection-agency", "google-maps", "unnamed-third-party"], deleted: &[] },
        Row { cite: "1.2, 2.1: the contact form keeps the message and the IP address",
            customer: json!({ "customerType": "private", "events": ["contact-form"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "email-content", "ip-address", "invoices"],
            recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.10: an error report sends IP address and e-mail address to an external service",
            customer: json!({ "customerType": "private", "events": ["error-report"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "ip-address"],
            recipients: &["error-reporting-service", "google-maps", "unnamed-third-party"], deleted: &[] },
        Row { cite: "1.2, 2.1: a phone call is recorded and shows number and name",
            customer: json!({ "customerType": "private", "events": ["contacted-phone"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "call-recording", "invoices"],
            recipients: BASE_RECIPIENTS, deleted: &[] },
        Row { cite: "2.7: a quote holds name, address, e-mail address and an online signature, made with third-party software",
            customer: json!({ "customerType": "business", "events": ["quote"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "online-signature"],
            recipients: &["google-maps", "quote-software-provider", "unnamed-third-party"], deleted: &[] },
        Row { cite: "3.1: a website visit is tracked by Google Analytics",
            customer: json!({ "customerType": "private", "events": ["visited-website"] }),
            categories: &["name", "email", "phone", "postal-address", "billing-address", "payment-data", "invoices", "visit-behaviour", "location"],
            recipients: &["google-analytics", "google-maps", "unnamed-third-party"], deleted: &[] },
        Row { cite: "2.1 Herstellen van account toegang: a private customer's ID copy is deleted after recovery",
            customer: json!({ "customerType": "private", "events": ["account-recovery"] }),
            categories: BASE, recipients: BASE_RECIPIENTS, deleted: &["id-copy"] },
        Row { cite: "2.1 Herstellen van account toegang: a business customer's KvK extract and ID copy are deleted after recovery",
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
        .contains("not company data"));
}

#[test]
fn changes_for_a_customer_who_accepted_2018_touch_their_services_first() {
    let c = customer(json!({ "customerType": "private", "services": ["mailbox-office365"] }));
    let data = your_data(
        shipped(),
        &YourDataRequest {
            customer: &c,
            locale: "en",
            today: date("2026-11-25"),
            accepted_version: Some("2018-05-24"),
        },
    )
    .unwrap();
    let changes = data.changes.expect("changes since 2018");
    assert!(
        changes.material
            && changes
                .summary
                .iter()
                .any(|l| l.text.starts_with("New: Google (Google Maps API)"))
    );
    let current = your_data(
        shipped(),
        &YourDataRequest {
            customer: &c,
            locale: "en",
            today: date("2026-11-25"),
            accepted_version: Some("2026-11-20"),
        },
    )
    .unwrap();
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
