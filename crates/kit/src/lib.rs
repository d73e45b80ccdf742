//! The control-panel kit: what reaches customers and systems that never run the browser
//! module, built on the core and the views.
//!
//! - [`versions_json`], [`atom`] (with [`xml`]), [`email`]: what reaches backends and
//!   customers who do not log in.
//! - [`server`]: the policy page and the banner as server-rendered HTML.
//! - [`static_site`]: the static, no-JavaScript policy pages.
//! - [`dpv`]: the policy as W3C DPV JSON-LD, and receipts as ISO/IEC TS 27560 records of notice.
//! - [`register`] (native only): the art. 30 register and the art. 13 completeness report.
//!
//! - [`cli`] (native only): the commands `manetti-privacy` and `static-pages`.
//!
//! A library for the web crate's server entry (wasm, for Node) and the native CLIs (the
//! root package's `src/bin/` call [`cli`]), which are the only native programs.

pub mod atom;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod dpv;
pub mod email;
#[cfg(not(target_arch = "wasm32"))]
pub mod register;
pub mod server;
pub mod static_site;
pub mod versions_json;
pub mod xml;
