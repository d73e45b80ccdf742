//! A JavaScript value as plain Rust data, so input parsing is pure and natively testable.
//! The wasm edge converts a `JsValue` into this, reading at most the limits below; tests build
//! it from JSON.

/// The longest string read, in UTF-16 code units (a URL, an address).
pub const MAX_STRING: u32 = 2048;
/// The most items read from an array.
pub const MAX_ITEMS: u32 = 64;
/// The most keys read from an object.
pub const MAX_KEYS: u32 = 32;
/// The deepest nesting read (an options object is 0, its customer record 1, the profile 2).
pub const MAX_DEPTH: u32 = 6;
/// The most values read from one argument, all levels together.
pub const MAX_VALUES: u32 = 1000;
/// The most characters of a bad input quoted in an error.
pub const MAX_QUOTE: usize = 80;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` or `undefined`.
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Keys in the object's own order.
    Object(Vec<(String, Value)>),
    /// Anything else, by its `typeof` (a function, a symbol, …).
    Other(String),
    /// A value that was not read: what it is, as an error says it ("a string longer than …",
    /// "a value whose getter or Proxy threw").
    Refused(String),
}

impl Value {
    /// How the value is described in an error: `a string`, `a number`, …
    pub fn kind(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(_) => "a boolean".into(),
            Value::Number(_) => "a number".into(),
            Value::String(_) => "a string".into(),
            Value::Array(_) => "an array".into(),
            Value::Object(_) => "an object".into(),
            Value::Other(kind) => format!("a {kind}"),
            Value::Refused(what) => what.clone(),
        }
    }
}

/// At most [`MAX_QUOTE`] characters of `text`, with `…` when cut.
pub fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTE) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
