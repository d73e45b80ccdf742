//! Writes a view tree into the DOM with `createElement`, `setAttribute` and text nodes.
//! No HTML parsing anywhere: customer text can only ever become a text node.

use crate::view::tree::Node;
use wasm_bindgen::JsValue;
use web_sys::Document;

pub fn build(document: &Document, node: &Node) -> Result<web_sys::Node, JsValue> {
    match node {
        Node::Text(text) => Ok(document.create_text_node(text).into()),
        Node::Element(e) => {
            let element = document.create_element(e.tag)?;
            for (name, value) in &e.attrs {
                element.set_attribute(name, value)?;
            }
            for child in &e.children {
                element.append_child(&build(document, child)?)?;
            }
            Ok(element.into())
        }
    }
}

/// Replaces everything inside `host` with `node` (or with nothing).
pub fn replace_children(host: &web_sys::Element, node: Option<&Node>) -> Result<(), JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("element has no document"))?;
    let fresh = match node {
        Some(node) => Some(build(&document, node)?),
        None => None,
    };
    while let Some(child) = host.first_child() {
        host.remove_child(&child)?;
    }
    if let Some(fresh) = fresh {
        host.append_child(&fresh)?;
    }
    Ok(())
}
