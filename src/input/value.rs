//! A JavaScript value as plain Rust data, so input parsing is pure and natively testable.
//! The wasm edge converts a `JsValue` into this; tests build it from JSON.

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
        }
    }
}
