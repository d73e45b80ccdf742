//! DOM tests in headless Chromium: `wasm-pack test --headless --chrome -- --test dom`.
#![cfg(target_arch = "wasm32")]

use manetti_privacy::web::policy::mount_policy;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value)).unwrap();
    }
    object.into()
}

fn error_message(error: JsValue) -> String {
    error.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}

fn click(host: &Element, selector: &str) {
    host.query_selector(selector).unwrap().expect(selector).dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
fn mount_policy_renders_the_dutch_policy_with_anchors() {
    let host = host();
    let _handle = mount_policy(host.clone(), options(&[("locale", "nl-BE"), ("version", "2018-05-24")])).unwrap();
    let text = host.text_content().unwrap();
    assert!(text.contains("Het creëren van een account"));
    assert!(text.contains("zodat we weten dat er betaalt is voor de diensten die je gebruikt"));
    assert_eq!(host.query_selector_all("h1").unwrap().length(), 1);
    for anchor in ["account", "invoicing", "google-analytics", "access"] {
        assert!(host.query_selector(&format!("section#{anchor}")).unwrap().is_some(), "missing #{anchor}");
    }
    assert!(host.query_selector("a[href='#invoicing']").unwrap().is_some());
}

#[wasm_bindgen_test]
fn the_language_switch_rerenders_in_english_and_keeps_focus() {
    let host = host();
    let _handle = mount_policy(host.clone(), options(&[("locale", "nl")])).unwrap();
    click(&host, "button[data-locale='en']");
    let text = host.text_content().unwrap();
    assert!(text.contains("Creating an account"), "{text}");
    assert!(!text.contains("Het creëren van een account"));
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(active.get_attribute("data-locale").as_deref(), Some("en"));
    assert_eq!(active.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn destroy_empties_the_element() {
    let host = host();
    let mut handle = mount_policy(host.clone(), options(&[("locale", "en")])).unwrap();
    assert!(host.child_element_count() > 0);
    handle.destroy();
    assert_eq!(host.child_element_count(), 0);
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_name_the_field_and_accepted_values() {
    let message = error_message(mount_policy(host(), options(&[("locale", "12345678901")])).err().unwrap());
    assert!(message.starts_with("options.locale:") && message.contains("\"nl\"") && message.contains("\"en\""), "{message}");
    let message = error_message(mount_policy(host(), options(&[("version", "2019-01-01")])).err().unwrap());
    assert!(message.starts_with("options.version: unknown value \"2019-01-01\"") && message.contains("\"2018-05-24\""), "{message}");
    let message = error_message(mount_policy(host(), options(&[("colour", "red")])).err().unwrap());
    assert!(message.contains("options.colour: unknown key"), "{message}");
}
