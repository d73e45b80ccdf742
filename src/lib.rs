//! manetti-privacy: the privacy policy of Manetti IT as structured data, with its policy page,
//! change banner and per-customer "your data" view.
//!
//! Everything but `web` is plain Rust, tested natively. `web` is the thin WebAssembly edge:
//! the `#[wasm_bindgen]` exports and the walker that turns view trees into DOM.

pub mod catalog;
pub mod customer;
pub mod date;
pub mod diff;
pub mod document;
pub mod error;
pub mod feed;
pub mod input;
pub mod json;
pub mod l10n;
pub mod model;
pub mod receipt;
#[cfg(not(target_arch = "wasm32"))]
pub mod register;
pub mod static_site;
pub mod verify;
pub mod view;
pub mod your_data;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
mod allocator;
