//! Minifies the stylesheet at build time (the view crate's build script): comments go, whitespace runs become one
//! space, and the space next to `{ } ; , >` goes, as does the `;` before a `}`. Quoted strings
//! are kept as they are. Nothing else changes, so the rules mean what the source says; the
//! readable source stays `manetti-privacy.css`.

/// The minified text of `css`.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push(&mut out, &mut space, c);
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c {
                        break;
                    }
                }
            }
            c => push(&mut out, &mut space, c),
        }
    }
    out.trim_end().to_string()
}

fn tight(c: char) -> bool {
    matches!(c, '{' | '}' | ';' | ',' | '>')
}

/// Pushes `c`, with the pending space only where it separates two tokens.
fn push(out: &mut String, space: &mut bool, c: char) {
    if *space && !tight(c) && !out.is_empty() && !out.ends_with(tight) {
        out.push(' ');
    }
    *space = false;
    if c == '}' && out.ends_with(';') {
        out.pop();
    }
    out.push(c);
}
