//! The view tree: elements and text, nothing else. Views are built as this tree and written
//! out by a walker (DOM or HTML). There is no raw-HTML node, so customer text stays text.

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// Starts an element: `el("p").attr("class", "x").text("…")`.
pub fn el(tag: &'static str) -> Element {
    Element {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

impl Element {
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> Self {
        self.push_attr(name, value.into())
    }

    // Out of line: views chain hundreds of these, and inlined each was a vector push.
    #[inline(never)]
    fn push_attr(mut self, name: &'static str, value: String) -> Self {
        self.attrs.push((name, value));
        self
    }

    pub fn attr_if(self, cond: bool, name: &'static str, value: impl Into<String>) -> Self {
        if cond {
            self.attr(name, value)
        } else {
            self
        }
    }

    pub fn class(self, value: &str) -> Self {
        self.attr("class", value)
    }

    pub fn child(self, node: impl Into<Node>) -> Self {
        self.push_child(node.into())
    }

    #[inline(never)]
    fn push_child(mut self, node: Node) -> Self {
        self.children.push(node);
        self
    }

    pub fn children<N: Into<Node>>(mut self, nodes: impl IntoIterator<Item = N>) -> Self {
        self.children.extend(nodes.into_iter().map(Into::into));
        self
    }

    pub fn text(self, text: impl Into<String>) -> Self {
        self.child(Node::Text(text.into()))
    }

    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

impl Node {
    /// All text below this node, concatenated (for tests and plain-text checks).
    pub fn text_content(&self) -> String {
        match self {
            Node::Text(t) => t.clone(),
            Node::Element(e) => e.children.iter().map(Node::text_content).collect(),
        }
    }

    /// Depth-first search for elements matching `pred`.
    pub fn find_all<'a>(&'a self, pred: &dyn Fn(&Element) -> bool, out: &mut Vec<&'a Element>) {
        if let Node::Element(e) = self {
            if pred(e) {
                out.push(e);
            }
            for child in &e.children {
                child.find_all(pred, out);
            }
        }
    }
}
