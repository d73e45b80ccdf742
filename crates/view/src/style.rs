//! The component's stylesheet: linked by the static pages, adopted by the custom elements.
//! It lives with the views because it styles their classes and nothing else.

/// The text of `manetti-privacy.css`, minified by this crate's build script.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/manetti-privacy.min.css"));
