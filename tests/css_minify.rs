//! The build-time stylesheet minifier keeps every token and every string, and only drops
//! comments and whitespace where it separates nothing.
#![cfg(not(target_arch = "wasm32"))]

use manetti_privacy_build_support::css_minify::minify;
use manetti_privacy_view::style::STYLESHEET;

/// The source without comments, split into tokens at whitespace and at `{ } ; , >`.
fn tokens(css: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        text.push(' ');
        rest = &rest[start + 2..];
        rest = &rest[rest.find("*/").map_or(rest.len(), |end| end + 2)..];
    }
    text.push_str(rest);
    let spaced: String = text
        .chars()
        .flat_map(|c| match c {
            '{' | '}' | ';' | ',' | '>' => vec![' ', c, ' '],
            c => vec![c],
        })
        .collect();
    let mut out: Vec<String> = spaced.split_whitespace().map(str::to_string).collect();
    // `;}` loses its `;`: drop those from the reference as well.
    let mut i = 0;
    while i + 1 < out.len() {
        if out[i] == ";" && out[i + 1] == "}" {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn the_shipped_stylesheet_is_the_source_minified_with_the_same_tokens() {
    let source = include_str!("../crates/view/src/manetti-privacy.css");
    // Minified once is minified: a second pass finds nothing left to drop.
    assert_eq!(minify(STYLESHEET), STYLESHEET);
    assert!(
        STYLESHEET.len() < source.len() * 4 / 5,
        "{}",
        STYLESHEET.len()
    );
    assert!(!STYLESHEET.contains("/*") && !STYLESHEET.contains("  "));
    assert_eq!(tokens(source), tokens(STYLESHEET));
}

#[test]
fn descendant_spaces_strings_and_calc_survive() {
    assert_eq!(
        minify(".a  .b >\n .c { content: \"[+  ]\" ; width: calc(100% - 1rem) ; }\n/* x */ .d{}"),
        ".a .b>.c{content: \"[+  ]\";width: calc(100% - 1rem)}.d{}"
    );
    assert_eq!(
        minify("@media (x: y) { :host([hidden]) { display: none; } }"),
        "@media (x: y){:host([hidden]){display: none}}"
    );
}
