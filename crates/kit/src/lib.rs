//! The control-panel kit: what reaches customers and systems that never run the browser
//! module, built on the core and the views.
//!
//! - [`feed`]: `versions.json`, the Atom feeds, the e-mail text, server-rendered HTML.
//! - [`static_site`]: the static, no-JavaScript policy pages.
//! - [`register`] (native only): the art. 30 register and the art. 13 completeness report.
//!
//! A library for the web crate's server entry (wasm, for Node) and the native CLIs (the
//! root package's `src/bin/`), which are the only native programs.

pub mod feed;
#[cfg(not(target_arch = "wasm32"))]
pub mod register;
pub mod static_site;
