//! Views as trees of elements and text, built from the core's plain data; no web-sys in here.
//!
//! One tree, two writers: the web crate writes a tree into the DOM, [`html`] writes it as
//! escaped HTML (static pages, server rendering). There is no raw-HTML node, so a customer's
//! text can only become a text node. [`action`] is the one list of what a control can ask for.

pub mod action;
pub mod banner;
pub mod comparison;
pub mod html;
pub mod policy_page;
pub mod style;
pub mod tree;
pub mod your_data;
