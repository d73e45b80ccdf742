//! Reads a `JsValue` into the pure-Rust [`Value`], so all parsing happens in the core.
//!
//! The host page is hostile: a getter, a Proxy trap or `length` may throw, and a value may be
//! huge or cyclic. Every read of a host object goes through an import marked `catch`, so a JS
//! exception becomes a `Result` here and never unwinds through Rust frames (which would leak
//! the shadow stack: after about a thousand such calls the module traps). Sizes are checked
//! before anything is copied, and the limits of `input::value` bound the work: a value over a
//! limit is `Value::Refused`, described, never converted.

use manetti_privacy_core::input::value::{
    MAX_DEPTH, MAX_ITEMS, MAX_KEYS, MAX_QUOTE, MAX_STRING, MAX_VALUES,
};
use manetti_privacy_core::input::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = ownKeys)]
    fn own_keys(target: &JsValue) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

const UNREADABLE: &str = "a value that throws when read (a revoked Proxy or a throwing getter)";

/// `target[key]`; a throw is an `Err` (as `Value::Refused`).
pub fn get(target: &JsValue, key: &str) -> Result<JsValue, Value> {
    reflect_get(target, &JsValue::from_str(key)).map_err(|_| Value::Refused(UNREADABLE.into()))
}

/// The value, read within the limits (the messages below say them: keep them in step).
pub fn to_value(js: &JsValue) -> Value {
    let mut budget = MAX_VALUES;
    read(js, 0, &mut budget)
}

/// How a value is named in an error, from its type alone: nothing is read or converted.
pub fn describe(js: &JsValue) -> String {
    if js.is_null() {
        return "null".into();
    }
    match is_array(js) {
        Ok(true) => "an array".into(),
        Ok(false) => match js.js_typeof().as_string().as_deref() {
            Some("object") => "an object".into(),
            Some(other) => format!("a {other}"),
            None => "a value".into(),
        },
        Err(_) => UNREADABLE.into(),
    }
}

fn refused(what: &str) -> Value {
    Value::Refused(what.into())
}

fn read(js: &JsValue, depth: u32, budget: &mut u32) -> Value {
    if js.is_null() || js.is_undefined() {
        return Value::Null;
    }
    if let Some(b) = js.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = js.as_f64() {
        return Value::Number(n);
    }
    if js.is_string() {
        return string(js).unwrap_or_else(|| refused("a string longer than 2048 characters"));
    }
    if js.is_function() || !js.is_object() {
        return Value::Other(js.js_typeof().as_string().unwrap_or_default());
    }
    if depth >= MAX_DEPTH {
        return refused("a value nested deeper than 6 levels");
    }
    if *budget == 0 {
        return refused("part of a value of more than 1000 parts");
    }
    *budget -= 1;
    match is_array(js) {
        Ok(true) => array(js, depth, budget),
        Ok(false) => object(js, depth, budget),
        Err(_) => Value::Refused(UNREADABLE.into()),
    }
}

/// A string of at most `MAX_STRING` UTF-16 units, checked before it is copied.
fn string(js: &JsValue) -> Option<Value> {
    let text: &js_sys::JsString = js.unchecked_ref();
    (text.length() <= MAX_STRING).then(|| Value::String(String::from(text)))
}

fn array(js: &JsValue, depth: u32, budget: &mut u32) -> Value {
    let length = match get(js, "length") {
        Ok(length) => length.as_f64().unwrap_or(f64::INFINITY),
        Err(refused) => return refused,
    };
    if length > f64::from(MAX_ITEMS) {
        return refused("an array with more items than 64");
    }
    let mut items = Vec::new();
    for i in 0..length as u32 {
        match reflect_get(js, &JsValue::from(i)) {
            Ok(item) => items.push(read(&item, depth + 1, budget)),
            Err(_) => return Value::Refused(UNREADABLE.into()),
        }
    }
    Value::Array(items)
}

fn object(js: &JsValue, depth: u32, budget: &mut u32) -> Value {
    let Ok(keys) = own_keys(js) else {
        return Value::Refused(UNREADABLE.into());
    };
    // A fresh array made by Reflect.ownKeys: reading it cannot throw.
    if keys.length() > MAX_KEYS {
        return refused("an object with more keys than 32");
    }
    let mut fields = Vec::new();
    for key in keys.iter() {
        // Symbol keys are not data.
        if !key.is_string() {
            continue;
        }
        let name = match string(&key) {
            Some(Value::String(name)) if name.len() <= MAX_QUOTE => name,
            _ => return refused("an object with a key longer than 80 characters"),
        };
        let value = match reflect_get(js, &key) {
            Ok(value) => read(&value, depth + 1, budget),
            Err(_) => Value::Refused(UNREADABLE.into()),
        };
        fields.push((name, value));
    }
    Value::Object(fields)
}
