//! Writes a view tree as escaped HTML: the static, no-JavaScript policy page.

use super::tree::Node;

const VOID: &[&str] = &["meta", "link", "br"];

pub fn to_html(node: &Node) -> String {
    let mut out = String::new();
    write_node(node, &mut out);
    out
}

fn write_node(node: &Node, out: &mut String) {
    match node {
        Node::Text(text) => escape_into(text, false, out),
        Node::Element(e) => {
            out.push('<');
            out.push_str(e.tag);
            for (name, value) in &e.attrs {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape_into(value, true, out);
                out.push('"');
            }
            out.push('>');
            if VOID.contains(&e.tag) {
                return;
            }
            for child in &e.children {
                write_node(child, out);
            }
            out.push_str("</");
            out.push_str(e.tag);
            out.push('>');
        }
    }
}

fn escape_into(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}
