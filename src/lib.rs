//! manetti-privacy: the privacy policy of Manetti IT as structured data, with its policy page,
//! change banner and per-customer "your data" view, compiled to WebAssembly.
//!
//! This crate is the thin edge: the `#[wasm_bindgen]` exports, the mounted components and the
//! walker that writes view trees into the DOM (`web`), and the JSON text of outputs (`json`).
//! Everything it shows comes from the pure crates under `crates/` (model, core, view, kit),
//! which are tested natively; ARCHITECTURE.md draws the graph Cargo enforces.

pub mod json;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
mod allocator;
