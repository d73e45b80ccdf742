//! Helpers shared by the native test files.
#![allow(dead_code)]

use manetti_privacy::catalog::Catalog;
use manetti_privacy::date::Date;

pub fn seed_text() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/privacy-policy-2018-05-24.nl.txt");
    std::fs::read_to_string(path).expect("the seed policy text at ../shared/seed")
}

pub fn date(iso: &str) -> Date {
    Date::parse("test", iso).unwrap()
}

pub fn shipped() -> &'static Catalog {
    Catalog::shipped()
}
