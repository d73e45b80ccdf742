//! Writes a view tree into the DOM with `createElement`, `setAttribute` and text nodes.
//! No HTML parsing anywhere: customer text can only ever become a text node.
//!
//! Ids stay unique in the document: an id that another element outside the host already has
//! is suffixed with the mount's number, and so is every reference to it (`aria-*`, `for`,
//! `href="#…"`). The first policy page on a page keeps its plain anchors.

use manetti_privacy_view::tree::Node;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// The ids of one render that must be renamed: `(old, new)`.
type Renames = Vec<(String, String)>;

fn build(document: &Document, node: &Node, renames: &Renames) -> Result<web_sys::Node, JsValue> {
    match node {
        Node::Text(text) => Ok(document.create_text_node(text).into()),
        Node::Element(e) => {
            let element = document.create_element(e.tag)?;
            for (name, value) in &e.attrs {
                if renames.is_empty() {
                    element.set_attribute(name, value)?;
                } else {
                    element.set_attribute(name, &rename(name, value, renames))?;
                }
            }
            for child in &e.children {
                element.append_child(&build(document, child, renames)?)?;
            }
            Ok(element.into())
        }
    }
}

/// The attribute value with renamed ids in it (references are single ids in our views).
fn rename(name: &str, value: &str, renames: &Renames) -> String {
    let (hash, id) = match name {
        "href" => ("#", value.strip_prefix('#').unwrap_or("")),
        "id" | "for" | "aria-labelledby" | "aria-describedby" | "aria-controls" => ("", value),
        _ => ("", ""),
    };
    match renames.iter().find(|(old, _)| old == id) {
        Some((_, new)) => format!("{hash}{new}"),
        None => value.to_string(),
    }
}

/// Collects the ids of `node` that another element of the document outside `host` has.
fn collisions(document: &Document, host: &Element, node: &Node, seq: u32, out: &mut Renames) {
    if let Node::Element(e) = node {
        if let Some(id) = e.get_attr("id") {
            if let Some(other) = document.get_element_by_id(id) {
                if !host.contains(Some(&other)) {
                    out.push((id.to_string(), format!("{id}-{seq}")));
                }
            }
        }
        for child in &e.children {
            collisions(document, host, child, seq, out);
        }
    }
}

/// Replaces everything inside `host` with `node` (or with nothing). `seq` numbers the mount.
pub fn replace_children(host: &Element, node: Option<&Node>, seq: u32) -> Result<(), JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("element has no document"))?;
    let fresh = match node {
        Some(node) => {
            let mut renames = Vec::new();
            // Only in the light DOM of the document: a shadow root scopes its own ids.
            if host.get_root_node().is_instance_of::<Document>() {
                collisions(&document, host, node, seq, &mut renames);
            }
            Some(build(&document, node, &renames)?)
        }
        None => None,
    };
    host.set_text_content(None);
    if let Some(fresh) = fresh {
        host.append_child(&fresh)?;
    }
    Ok(())
}
