//! `manetti_privacy::json` writes the very text serde_json writes, for every kind of output
//! the module returns and for the edge cases of strings and numbers.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{changes_since, date, locale, needs_acceptance, shipped, value};
use manetti_privacy::json::to_string;
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::document::resolve;
use manetti_privacy_core::receipt::receipt;
use manetti_privacy_core::verify::verify_receipt;
use manetti_privacy_core::your_data::{your_data, YourDataRequest};
use serde::Serialize;
use serde_json::json;

/// Asserts our text is serde_json's, and returns it.
fn same<T: Serialize + ?Sized>(value: &T) -> String {
    let ours = to_string(value).unwrap();
    assert_eq!(ours, serde_json::to_string(value).unwrap());
    ours
}

#[test]
fn every_output_of_the_shipped_catalog_is_written_as_serde_json_writes_it() {
    let catalog = shipped();
    let customers = [
        json!({ "customerType": "private",
            "profile": { "firstName": "Jan", "lastName": "Jansen \"JJ\"", "email": "jan@example.nl",
                "phone": null, "address": "Dorpsstraat 1\n1234 AB", "gender": "man" },
            "services": ["domain", "mailbox-office365"], "events": ["contacted-email"] }),
        json!({ "customerType": "business",
            "profile": { "companyName": "De Vries B.V.", "billingAddress": "Postbus 34" },
            "services": ["colocation", "ssl-paid"], "events": ["quote", "invoice-in-collection"] }),
    ];
    // Every text compared, once: the outputs differ by locale, version, day and customer.
    let mut texts = std::collections::HashSet::new();
    for tag in ["nl", "en"] {
        for v in catalog.versions() {
            let doc = resolve(catalog, v, locale(tag));
            texts.insert(same(&doc));
            texts.insert(same(&receipt(&doc, "2026-11-26T10:00:00.000Z")));
            let signed = serde_json::to_value(receipt(&doc, "2026-11-26T10:00:00.000Z")).unwrap();
            texts.insert(same(&verify_receipt(catalog, &value(signed))));
        }
        for accepted in [None, Some("2018-05-24"), Some(catalog.latest().id.as_str())] {
            for today in ["2026-11-25", "2027-01-02"] {
                texts.insert(same(&changes_since(
                    catalog,
                    accepted,
                    locale(tag),
                    date(today),
                    None,
                )));
                texts.insert(same(&needs_acceptance(catalog, accepted, date(today))));
                for c in &customers {
                    let customer = Customer::parse("customer", &value(c.clone())).unwrap();
                    let subject = customer.subject();
                    let changes =
                        changes_since(catalog, accepted, locale(tag), date(today), Some(&subject));
                    texts.insert(same(&changes));
                    let request = YourDataRequest {
                        customer: &customer,
                        locale: locale(tag),
                        today: date(today),
                        accepted_version: common::accepted(catalog, accepted),
                    };
                    texts.insert(same(&your_data(catalog, &request)));
                }
            }
        }
    }
    // 45 distinct texts today (equal ones, such as the comparisons of a customer who is up
    // to date, count once): fewer would mean outputs that no longer depend on their inputs.
    assert!(texts.len() >= 40, "only {} distinct outputs", texts.len());
}

#[test]
fn strings_and_numbers_at_their_edges() {
    let all_controls: String = (0u8..0x20).map(char::from).collect();
    for s in [
        "",
        "plain",
        "quote \" backslash \\ slash /",
        "\u{7f} delete, é, ‘quotes’, “more”, non-breaking\u{a0}space, 😀",
        "\u{2028}\u{2029}",
        all_controls.as_str(),
    ] {
        same(s);
    }
    same(&(0u64, u64::MAX, i64::MIN, i64::MAX, -1i32, 255u8, 'x', '"'));
    same(&(true, false, (), None::<u8>, Some("x")));
    same(&vec![vec![1u16, 2], vec![]]);
    let mut map = std::collections::HashMap::new();
    map.insert("key \"one\"", vec![Some(1u8), None]);
    same(&map);
}

#[test]
fn what_json_cannot_say_here_is_an_error_not_a_guess() {
    assert!(to_string(&1.5f64).is_err());
    let mut map = std::collections::HashMap::new();
    map.insert(1u8, 2u8);
    assert!(to_string(&map).is_err());
}
