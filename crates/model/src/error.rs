//! The one error type of the library: a message that names the offending input and what is accepted.

use std::fmt;

/// An input or data error. The message always names the path of the bad value
/// (`services[2]`, `locale`, `version`) and, where there is a closed list, the accepted values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            message: message.into(),
        }
    }

    /// `path: unknown value "x"; expected one of "a", "b"`.
    pub fn unknown_value<'a>(
        path: &str,
        value: &str,
        accepted: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        Error::new(format!(
            "{path}: unknown value {}; expected one of {}",
            quote(value),
            quoted_list(accepted)
        ))
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

/// `"a", "b", "c"`
pub fn quoted_list<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, value) in values.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&quote(value));
    }
    out
}

/// `"value"`, with `"` and `\` escaped, so an error shows exactly what it was given.
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
