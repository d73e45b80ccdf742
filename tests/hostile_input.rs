//! Property tests of what a hostile host can pass: the record and options parsers, the date
//! parser and Amsterdam's "today", and the word diff (both sides reassemble).
//!
//! `cargo test --test hostile_input` runs 256 cases per property. The long run:
//! `PROPTEST_CASES=1000000 cargo test --release --test hostile_input` (10⁶ cases each).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::shipped;
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::diff::words::{diff_words, side, Op};
use manetti_privacy_core::input::clock::amsterdam_date;
use manetti_privacy_core::input::options::{
    exact_date, your_data_extra, BannerOptions, ChangesOptions, PolicyOptions, YourDataOptions,
};
use manetti_privacy_core::input::Value;
use manetti_privacy_model::date::Date;
use proptest::prelude::*;

const KEYS: &[&str] = &[
    "customerType",
    "profile",
    "services",
    "events",
    "firstName",
    "email",
    "locale",
    "version",
    "compare",
    "now",
    "customer",
    "acceptedVersion",
    "policyUrl",
    "onAccept",
    "onLater",
    "private",
    "business",
    "domain",
    "ssl-paid",
    "quote",
    "nl",
    "en",
    "2018-05-24",
    "x",
];

/// Any value the edge can produce, biased towards the keys and words the parsers know.
fn value() -> impl Strategy<Value = Value> {
    let word = prop_oneof![
        proptest::sample::select(KEYS).prop_map(str::to_string),
        ".{0,12}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        word.clone().prop_map(Value::String),
        Just(Value::Other("function".into())),
        Just(Value::Refused("a value that throws when read".into())),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((word.clone(), inner), 0..6).prop_map(Value::Object),
        ]
    })
}

/// An error message is short: the path, the accepted values, at most ~80 quoted characters.
fn short<T>(result: Result<T, manetti_privacy_model::error::Error>) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert!(e.message().len() < 700, "{}", e.message());
        prop_assert!(!e.message().is_empty());
    }
    Ok(())
}

proptest! {
    #[test]
    fn the_parsers_never_panic_and_their_errors_are_short(v in value()) {
        let catalog = shipped();
        short(Customer::parse("customer", &v))?;
        short(PolicyOptions::parse(catalog, &v))?;
        short(BannerOptions::parse(catalog, &v))?;
        short(ChangesOptions::parse(&v))?;
        short(YourDataOptions::parse(catalog, &v))?;
        short(your_data_extra(catalog, &v))?;
    }

    #[test]
    fn a_valid_record_parses_to_what_it_says(
        business in any::<bool>(),
        services in proptest::collection::vec(0..7usize, 0..10),
        email in proptest::option::of(".{0,40}"),
    ) {
        let ids = ["domain", "ssl-paid", "ssl-letsencrypt", "colocation", "mailbox-imap",
            "mailbox-office365", "managed"];
        let record = Value::Object(vec![
            ("customerType".into(), Value::String(if business { "business" } else { "private" }.into())),
            ("services".into(), Value::Array(services.iter().map(|&i| Value::String(ids[i].into())).collect())),
            ("profile".into(), Value::Object(vec![(
                "email".into(), email.clone().map_or(Value::Null, Value::String))])),
        ]);
        let customer = Customer::parse("customer", &record).unwrap();
        prop_assert_eq!(customer.profile.email, email);
        let mut wanted: Vec<&str> = Vec::new();
        for &i in &services {
            if !wanted.contains(&ids[i]) {
                wanted.push(ids[i]);
            }
        }
        let got: Vec<&str> = customer.services.iter().map(|s| s.id()).collect();
        prop_assert_eq!(got, wanted);
    }

    #[test]
    fn exact_date_takes_exactly_real_yyyy_mm_dd(text in "[0-9T:Z-]{0,14}|.{0,12}") {
        if let Ok(date) = exact_date("now", &text) {
            prop_assert_eq!(date.iso(), text);
        } else {
            prop_assert!(text.len() != 10 || Date::parse("now", &text).is_err());
        }
    }

    #[test]
    fn exact_date_round_trips_every_real_day(days in 0i64..2_900_000) {
        let date = Date::from_unix_days(days);
        prop_assert_eq!(exact_date("now", &date.iso()).unwrap(), date);
    }

    #[test]
    fn amsterdam_is_utc_plus_one_or_two(ms in 0f64..4.0e12) {
        let utc = Date::from_unix_days((ms / 86_400_000.0).floor() as i64);
        let later = |h: f64| Date::from_unix_days(((ms + h * 3_600_000.0) / 86_400_000.0).floor() as i64);
        let here = amsterdam_date(ms);
        prop_assert!(here == later(1.0) || here == later(2.0));
        prop_assert!(here >= utc);
        prop_assert!(amsterdam_date(ms + 60_000.0) >= here, "never goes back");
    }

    #[test]
    fn the_word_diff_reassembles_both_sides(old in "[ab \\n.,é]{0,40}", new in "[ab \\n.,é]{0,40}") {
        let runs = diff_words(&old, &new);
        prop_assert_eq!(side(&runs, false), old.clone());
        prop_assert_eq!(side(&runs, true), new.clone());
        prop_assert!(runs.iter().all(|r| !r.text.is_empty()));
        if old == new {
            prop_assert!(runs.iter().all(|r| r.op == Op::Equal));
        }
    }
}

#[test]
fn amsterdam_on_both_sides_of_midnight_utc_and_of_the_clock_changes() {
    let at = |iso: &str| {
        let (date, time) = iso.split_at(10);
        let days = (Date::parse("t", date).unwrap().iso() == date)
            .then(|| {
                (0..30_000)
                    .find(|d| Date::from_unix_days(*d).iso() == date)
                    .unwrap()
            })
            .unwrap();
        let h: f64 = time[1..3].parse().unwrap();
        let m: f64 = time[4..6].parse().unwrap();
        amsterdam_date(days as f64 * 86_400_000.0 + (h * 60.0 + m) * 60_000.0).iso()
    };
    assert_eq!(at("2026-12-31T22:59"), "2026-12-31");
    assert_eq!(
        at("2026-12-31T23:00"),
        "2027-01-01",
        "CET: midnight is 23:00 UTC"
    );
    assert_eq!(at("2027-01-01T00:30"), "2027-01-01");
    assert_eq!(at("2027-06-30T21:59"), "2027-06-30");
    assert_eq!(
        at("2027-06-30T22:00"),
        "2027-07-01",
        "CEST: midnight is 22:00 UTC"
    );
    // 2027: summer time from Sunday 28 March to Sunday 31 October, 01:00 UTC.
    assert_eq!(at("2027-03-27T22:59"), "2027-03-27");
    assert_eq!(at("2027-03-27T23:00"), "2027-03-28");
    assert_eq!(
        at("2027-03-28T22:00"),
        "2027-03-29",
        "summer time from 01:00 UTC"
    );
    assert_eq!(at("2027-10-30T22:00"), "2027-10-31", "still summer time");
    assert_eq!(at("2027-10-31T22:59"), "2027-10-31", "winter time again");
    assert_eq!(at("2027-10-31T23:00"), "2027-11-01");
}
