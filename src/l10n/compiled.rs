//! Compiled wording: per `.ftl` file, its messages as text and variables, sorted by key.

/// A piece of a message: text, or the value of a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Text(&'static str),
    Var(&'static str),
}

/// `(key, parts)`, sorted by key; a key is a message id or `id.attribute`.
pub type Messages = &'static [(&'static str, &'static [Part])];

/// One compiled `.ftl` file.
#[derive(Debug, Clone, Copy)]
pub struct CompiledFile {
    pub locale: &'static str,
    pub name: &'static str,
    pub messages: Messages,
}

impl CompiledFile {
    pub fn get(&self, key: &str) -> Option<&'static [Part]> {
        self.messages
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| self.messages[i].1)
    }
}
