//! Views as trees of elements and text, built from plain data; no web-sys in here.

pub mod banner;
pub mod comparison;
pub mod html;
pub mod policy_page;
pub mod tree;
pub mod your_data;
