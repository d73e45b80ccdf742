//! Parsing untrusted input (options objects, customer records) into typed Rust.
//! Every error names the path of the value and what is accepted; nothing is half-parsed.

pub mod clock;
pub mod customer;
pub mod options;
pub mod value;

use manetti_privacy_model::error::{quoted_list, Error};
pub use value::{clip, Value};

/// The fields of an object, checked against the keys it may have.
pub struct Fields<'a> {
    path: String,
    fields: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    /// `value` must be an object whose keys are all in `allowed`. `null` counts as `{}`.
    pub fn of(path: &str, value: &'a Value, allowed: &[&str]) -> Result<Fields<'a>, Error> {
        let fields: &[(String, Value)] = match value {
            Value::Object(fields) => fields,
            Value::Null => &[],
            other => {
                return Err(Error::new(format!(
                    "{path}: expected an object, got {}",
                    other.kind()
                )))
            }
        };
        for (key, _) in fields {
            if !allowed.contains(&key.as_str()) {
                return Err(Error::new(format!(
                    "{}: unknown key; expected one of {}",
                    join(path, key),
                    quoted_list(allowed.iter().copied())
                )));
            }
        }
        if let Some((key, Value::Refused(what))) =
            fields.iter().find(|(_, v)| matches!(v, Value::Refused(_)))
        {
            return Err(Error::new(format!("{}: got {what}", join(path, key))));
        }
        Ok(Fields {
            path: path.to_string(),
            fields,
        })
    }

    pub fn path_of(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The value of `key`, `None` when absent or null.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| **v != Value::Null)
    }

    pub fn string(&self, key: &str) -> Result<Option<&'a str>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(Error::new(format!(
                "{}: expected a string or null, got {}",
                self.path_of(key),
                other.kind()
            ))),
        }
    }

    /// An array of strings, each one of `accepted`; duplicates are kept once.
    pub fn string_set<T: Copy + PartialEq>(
        &self,
        key: &str,
        parse: impl Fn(&str) -> Option<T>,
        accepted: &[&str],
    ) -> Result<Vec<T>, Error> {
        let items = match self.get(key) {
            None => return Ok(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(other) => {
                return Err(Error::new(format!(
                    "{}: expected an array of strings, got {}",
                    self.path_of(key),
                    other.kind()
                )))
            }
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("{}[{i}]", self.path_of(key));
            let text = match item {
                Value::String(s) => s,
                other => {
                    return Err(Error::new(format!(
                        "{path}: expected a string, got {}; accepted values: {}",
                        other.kind(),
                        quoted_list(accepted.iter().copied())
                    )))
                }
            };
            let value = parse(text).ok_or_else(|| {
                Error::unknown_value(&path, &clip(text), accepted.iter().copied())
            })?;
            if !out.contains(&value) {
                out.push(value);
            }
        }
        Ok(out)
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
