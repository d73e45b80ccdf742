//! Converts a `JsValue` into the pure-Rust [`Value`], so all parsing happens in the core.

use crate::input::Value;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub fn to_value(js: &JsValue) -> Value {
    to_value_depth(js, 0)
}

fn to_value_depth(js: &JsValue, depth: u8) -> Value {
    if js.is_null() || js.is_undefined() {
        return Value::Null;
    }
    if let Some(b) = js.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = js.as_f64() {
        return Value::Number(n);
    }
    if let Some(s) = js.as_string() {
        return Value::String(s);
    }
    if depth > 16 {
        return Value::Other("deeply nested value".into());
    }
    if Array::is_array(js) {
        let array: &Array = js.unchecked_ref();
        return Value::Array(
            array
                .iter()
                .map(|item| to_value_depth(&item, depth + 1))
                .collect(),
        );
    }
    if js.is_function() || !js.is_object() {
        return Value::Other(js.js_typeof().as_string().unwrap_or_default());
    }
    let object: &Object = js.unchecked_ref();
    // Reflect.ownKeys reports a throwing Proxy as an error instead of throwing through us.
    let Ok(keys) = Reflect::own_keys(object) else {
        return Value::Other("proxy that cannot be read".into());
    };
    let fields = keys.iter().filter(JsValue::is_string).filter_map(|key| {
        let name = key.as_string()?;
        let value = Reflect::get(object, &key).unwrap_or(JsValue::UNDEFINED);
        Some((name, to_value_depth(&value, depth + 1)))
    });
    let fields: Vec<(String, Value)> = fields.collect();
    Value::Object(fields)
}
