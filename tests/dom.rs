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
    error
        .dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

fn click(host: &Element, selector: &str) {
    host.query_selector(selector)
        .unwrap()
        .expect(selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
fn mount_policy_renders_the_dutch_policy_with_anchors() {
    // Detached: other tests leave policy pages in the document, and a second page in one
    // document gets suffixed ids (ids stay unique).
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    let _handle = mount_policy(
        host.clone().into(),
        options(&[("locale", "nl-BE"), ("version", "2018-05-24")]),
    )
    .unwrap();
    let text = host.text_content().unwrap();
    assert!(text.contains("Het creëren van een account"));
    assert!(text.contains("zodat we weten dat er betaalt is voor de diensten die je gebruikt"));
    assert_eq!(host.query_selector_all("h1").unwrap().length(), 1);
    for anchor in ["account", "invoicing", "google-analytics", "access"] {
        assert!(
            host.query_selector(&format!("section#{anchor}"))
                .unwrap()
                .is_some(),
            "missing #{anchor}"
        );
    }
    assert!(host
        .query_selector("a[href='#invoicing']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
fn the_language_switch_rerenders_in_english_and_keeps_focus() {
    let host = host();
    let _handle = mount_policy(host.clone().into(), options(&[("locale", "nl")])).unwrap();
    click(&host, "button[data-locale='en']");
    let text = host.text_content().unwrap();
    assert!(text.contains("Creating an account"), "{text}");
    assert!(!text.contains("Het creëren van een account"));
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.get_attribute("data-locale").as_deref(), Some("en"));
    assert_eq!(
        active.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
fn destroy_empties_the_element() {
    let host = host();
    let handle = mount_policy(host.clone().into(), options(&[("locale", "en")])).unwrap();
    assert!(host.child_element_count() > 0);
    handle.destroy();
    assert_eq!(host.child_element_count(), 0);
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_name_the_field_and_accepted_values() {
    let message = error_message(
        mount_policy(host().into(), options(&[("locale", "12345678901")]))
            .err()
            .unwrap(),
    );
    assert!(
        message.starts_with("options.locale:")
            && message.contains("\"nl\"")
            && message.contains("\"en\""),
        "{message}"
    );
    let message = error_message(
        mount_policy(host().into(), options(&[("version", "2019-01-01")]))
            .err()
            .unwrap(),
    );
    assert!(
        message.starts_with("options.version: unknown value \"2019-01-01\"")
            && message.contains("\"2018-05-24\""),
        "{message}"
    );
    let message = error_message(
        mount_policy(host().into(), options(&[("colour", "red")]))
            .err()
            .unwrap(),
    );
    assert!(message.contains("options.colour: unknown key"), "{message}");
}

mod banner {
    use super::*;
    use manetti_privacy::web::banner::mount_banner;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    fn banner_options(accepted: JsValue, on_accept: Option<&js_sys::Function>) -> JsValue {
        let o = options(&[("locale", "en"), ("now", "2026-11-25")]);
        js_sys::Reflect::set(&o, &"acceptedVersion".into(), &accepted).unwrap();
        if let Some(f) = on_accept {
            js_sys::Reflect::set(&o, &"onAccept".into(), f).unwrap();
        }
        o
    }

    #[wasm_bindgen_test]
    fn banner_shows_changes_and_accept_fires_callback_and_event_with_the_receipt() {
        let host = host();
        let received: Rc<RefCell<Vec<JsValue>>> = Rc::default();
        let sink = received.clone();
        let listener =
            Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
                sink.borrow_mut().push(e.detail())
            });
        // Listen on the document: the event bubbles out of the host.
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .add_event_listener_with_callback("privacy-accepted", listener.as_ref().unchecked_ref())
            .unwrap();
        let on_accept =
            js_sys::Function::new_with_args("receipt", "globalThis.__mpReceipt = receipt;");
        let _handle = mount_banner(
            host.clone().into(),
            banner_options("2018-05-24".into(), Some(&on_accept)),
        )
        .unwrap();
        let region = host
            .query_selector("[role='region']")
            .unwrap()
            .expect("banner region");
        // The headline (the strip above it is decoration).
        let headline = region.query_selector("h2").unwrap().expect("headline");
        assert!(headline
            .text_content()
            .unwrap()
            .starts_with("Our privacy policy changes on 1\u{a0}January\u{a0}2027."));
        let active_before = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element();
        assert!(
            !host.contains(active_before.as_ref().map(|e| e.as_ref())),
            "mounting does not steal focus"
        );

        click(&host, "[data-action='toggle-comparison']");
        assert!(
            host.query_selector("#mp-banner-comparison ins")
                .unwrap()
                .is_some(),
            "comparison opened"
        );

        click(&host, "[data-action='accept']");
        assert_only_the_confirmation(&host, "Thank you for reading");
        let events = received.borrow();
        assert_eq!(events.len(), 1);
        let get = |v: &JsValue, k: &str| {
            js_sys::Reflect::get(v, &k.into())
                .unwrap()
                .as_string()
                .unwrap_or_default()
        };
        assert_eq!(get(&events[0], "version"), "2026-11-26");
        assert_eq!(get(&events[0], "locale"), "en");
        assert_eq!(get(&events[0], "contentSha256").len(), 64);
        assert!(get(&events[0], "acceptedAt").contains('T'));
        let from_callback = js_sys::Reflect::get(&js_sys::global(), &"__mpReceipt".into()).unwrap();
        assert_eq!(
            get(&from_callback, "contentSha256"),
            get(&events[0], "contentSha256")
        );
    }

    #[wasm_bindgen_test]
    fn later_dismisses_without_accepting() {
        let host = host();
        let _handle = mount_banner(
            host.clone().into(),
            banner_options("2018-05-24".into(), None),
        )
        .unwrap();
        click(&host, "[data-action='later']");
        assert_only_the_confirmation(&host, "All right.");
        click(&host, "[data-action='dismiss']");
        assert_eq!(host.child_element_count(), 0, "nothing left once dismissed");
    }

    /// After an answer: no banner and no banner actions, only the confirmation (its text
    /// starting with `starts`), which has the focus.
    fn assert_only_the_confirmation(host: &Element, starts: &str) {
        assert!(
            host.query_selector(".mp-banner").unwrap().is_none(),
            "banner gone"
        );
        assert!(
            host.query_selector("[data-action='accept'], [data-action='later']")
                .unwrap()
                .is_none(),
            "no banner actions left"
        );
        let status = host
            .query_selector(".mp-confirmation [role='status']")
            .unwrap()
            .expect("the confirmation");
        assert!(
            status.text_content().unwrap().starts_with(starts),
            "{:?}",
            status.text_content()
        );
        let active = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element();
        assert_eq!(
            active.as_ref(),
            Some(&status),
            "the confirmation has the focus"
        );
    }

    #[wasm_bindgen_test]
    fn customer_on_the_current_version_gets_an_empty_element() {
        let host = host();
        let _handle = mount_banner(
            host.clone().into(),
            banner_options("2026-11-26".into(), None),
        )
        .unwrap();
        assert_eq!(host.child_nodes().length(), 0);
    }

    #[wasm_bindgen_test]
    fn bad_banner_input_throws_clear_errors() {
        let message = error_message(
            mount_banner(host().into(), banner_options("2017-01-01".into(), None))
                .err()
                .unwrap(),
        );
        assert_eq!(message, "options.acceptedVersion: unknown value \"2017-01-01\"; expected one of \"2018-05-24\", \"2026-11-26\"");
        let o = banner_options(JsValue::NULL, None);
        js_sys::Reflect::set(&o, &"onAccept".into(), &"yes".into()).unwrap();
        assert_eq!(
            error_message(mount_banner(host().into(), o).err().unwrap()),
            "options.onAccept: expected a function, got a string"
        );
        let o = banner_options(JsValue::NULL, None);
        js_sys::Reflect::set(&o, &"now".into(), &"25-11-2026".into()).unwrap();
        assert!(error_message(mount_banner(host().into(), o).err().unwrap())
            .starts_with("options.now: \"25-11-2026\" is not an ISO date"));
    }
}

#[wasm_bindgen_test]
fn the_component_keeps_working_when_the_host_drops_its_handle() {
    let host = host();
    drop(mount_policy(host.clone().into(), options(&[("locale", "nl")])).unwrap());
    click(&host, "button[data-locale='en']");
    assert!(host.text_content().unwrap().contains("Creating an account"));
}

#[wasm_bindgen_test]
fn the_policy_page_compares_an_older_version_with_the_newest_and_goes_back() {
    let host = host();
    let _handle = mount_policy(host.clone().into(), options(&[("locale", "en")])).unwrap();
    click(
        &host,
        "button[data-action='compare'][data-version='2018-05-24']",
    );
    let comparison = host
        .query_selector("#comparison")
        .unwrap()
        .expect("comparison view");
    let text = comparison.text_content().unwrap();
    assert!(
        text.contains("New section in the policy: “Your rights under the GDPR (AVG)”"),
        "{text}"
    );
    assert!(comparison.query_selector("ins").unwrap().is_some());
    click(&host, "button[data-action='close-comparison']");
    assert!(host.query_selector("#comparison").unwrap().is_none());
    assert!(
        host.query_selector("section#rights").unwrap().is_some(),
        "back on the newest version's text"
    );
}

mod your_data {
    use super::*;
    use manetti_privacy::web::your_data::mount_your_data;

    fn record(json: &str) -> JsValue {
        js_sys::JSON::parse(json).unwrap()
    }

    fn your_data_options(customer: &str) -> JsValue {
        let o = options(&[("locale", "en"), ("now", "2026-11-25")]);
        js_sys::Reflect::set(&o, &"customer".into(), &record(customer)).unwrap();
        o
    }

    #[wasm_bindgen_test]
    fn renders_the_customers_data_and_markup_in_values_stays_text() {
        let host = host();
        let hostile = r#"{"customerType":"private","profile":{"firstName":"<img src=x onerror=alert(1)>","lastName":"<b>Jansen</b>"},"services":["domain"]}"#;
        let _handle = mount_your_data(host.clone().into(), your_data_options(hostile)).unwrap();
        assert!(
            host.query_selector("img").unwrap().is_none(),
            "no element from customer text"
        );
        assert!(host.query_selector("b").unwrap().is_none());
        let value = host
            .query_selector(".mp-value")
            .unwrap()
            .expect("the name value");
        assert_eq!(
            value.text_content().unwrap(),
            "<img src=x onerror=alert(1)> <b>Jansen</b>"
        );
        assert_eq!(value.child_nodes().length(), 1, "a single text node");
        let headings: Vec<String> = (0..host.query_selector_all("h4").unwrap().length())
            .map(|i| {
                host.query_selector_all("h4")
                    .unwrap()
                    .item(i)
                    .unwrap()
                    .text_content()
                    .unwrap()
            })
            .collect();
        assert!(
            headings.contains(&"Gender".to_string()),
            "domain customers see gender: {headings:?}"
        );
    }

    #[wasm_bindgen_test]
    fn update_rerenders_for_another_customer_and_a_bad_record_empties_the_view() {
        let host = host();
        let handle = mount_your_data(
            host.clone().into(),
            your_data_options(r#"{"customerType":"private","services":["domain"]}"#),
        )
        .unwrap();
        assert!(host.text_content().unwrap().contains("Gender"));
        handle
            .update(record(
                r#"{"customerType":"business","events":["invoice-in-collection"]}"#,
            ))
            .unwrap();
        let text = host.text_content().unwrap();
        assert!(
            !text.contains("Gender") && text.contains("The collection agency we work with"),
            "{text}"
        );
        assert!(
            text.contains("Data about a legal person, such as a private limited company, is not in itself covered"),
            "business note"
        );
        let message = error_message(
            handle
                .update(record(
                    r#"{"customerType":"private","services":["domian"]}"#,
                ))
                .err()
                .unwrap(),
        );
        assert!(
            message.starts_with(
                "customer.services[0]: unknown value \"domian\"; expected one of \"domain\""
            ),
            "{message}"
        );
        assert_eq!(
            host.text_content().unwrap(),
            "",
            "never the previous customer's data"
        );
        handle.destroy();
        assert!(handle
            .update(record(r#"{"customerType":"private"}"#))
            .is_err());
        assert_eq!(
            host.text_content().unwrap(),
            "",
            "update after destroy throws"
        );
    }

    #[wasm_bindgen_test]
    fn bad_options_throw_and_render_nothing() {
        let host = host();
        let message = error_message(
            mount_your_data(
                host.clone().into(),
                your_data_options(r#"{"customerType":"private","profile":{"phone":6}}"#),
            )
            .err()
            .unwrap(),
        );
        assert_eq!(
            message,
            "options.customer.profile.phone: expected a string or null, got a number"
        );
        assert_eq!(host.child_nodes().length(), 0);
        let message = error_message(
            mount_your_data(host.clone().into(), options(&[("locale", "en")]))
                .err()
                .unwrap(),
        );
        assert_eq!(
            message,
            "options.customer: required; expected a customer record"
        );
    }
}
