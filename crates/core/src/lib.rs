//! The pure core of manetti-privacy: the shipped policy versions and their wording, and what
//! the product computes from them for a customer.
//!
//! - [`catalog`]: every version and its compiled wording; [`l10n`]: locales and lookup.
//! - [`document`]: a version resolved in a locale, at the depth its reader needs.
//! - [`diff`]: what changed between two versions, and whether a notice is due.
//! - [`your_data`]: what the company holds about one customer (AVG art. 15).
//! - [`receipt`], [`verify`]: the acceptance receipt and its check.
//! - [`customer`], [`input`]: the customer record and the parsing of callers' values.
//!
//! Plain Rust with no web-sys, tested natively; the web crate is its thin edge.

pub mod catalog;
pub mod customer;
pub mod diff;
pub mod document;
pub mod input;
pub mod l10n;
pub mod receipt;
pub mod verify;
pub mod your_data;
