//! Views as trees of elements and text, built from plain data; no web-sys in here.

pub mod action;
pub mod banner;
pub mod comparison;
pub mod css_minify;
pub mod html;
pub mod policy_page;
pub mod style;
pub mod tree;
pub mod your_data;
