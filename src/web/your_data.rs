//! `yourData` and `mountYourData`: the per-customer overview, with a JSON download.

use super::mount::{Component, Mounted, Outcome};
use super::{catalog, js_error, locale_arg, options_value, to_js, today};
use manetti_privacy_core::customer::Customer;
use manetti_privacy_core::input::options::{your_data_extra, YourDataOptions};
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_core::your_data::{your_data, YourData, YourDataRequest};
use manetti_privacy_model::Version;
use manetti_privacy_view::action::Action;
use manetti_privacy_view::tree::Node;
use manetti_privacy_view::your_data::your_data_view;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

pub struct YourDataView {
    data: YourData,
    /// The locale and version the overview is in (parsed once, at the mount).
    locale: Locale,
    version: &'static Version,
    policy_url: String,
}

impl YourDataView {
    /// The overview for `customer` with the other options.
    fn new(customer: &Customer, options: &YourDataOptions<'static>) -> YourDataView {
        let today = options.now.unwrap_or_else(today);
        let request = YourDataRequest {
            customer,
            locale: options.locale,
            today,
            accepted_version: options.accepted_version,
        };
        YourDataView {
            data: your_data(catalog(), &request),
            locale: options.locale,
            version: catalog().in_effect(today),
            policy_url: options.policy_url.clone(),
        }
    }
}

impl Component for YourDataView {
    fn view(&self) -> Option<Node> {
        let l10n = catalog().localizer(self.locale, self.version);
        Some(your_data_view(&l10n, &self.data, &self.policy_url).into())
    }

    fn act(&mut self, action: Action, target: &Element) -> Result<Outcome, JsValue> {
        match action {
            Action::Download => download(target, &self.data)?,
            Action::Print => web_sys::window().ok_or("no window")?.print()?,
            _ => {}
        }
        Ok(Outcome::Nothing)
    }
}

/// Offers the overview as a JSON file, built in the browser: no network request.
fn download(target: &Element, data: &YourData) -> Result<(), JsValue> {
    let value = to_js(data)?;
    let json = js_sys::JSON::stringify_with_replacer_and_space(
        &value,
        &JsValue::NULL,
        &JsValue::from_f64(2.0),
    )?;
    let parts = js_sys::Array::of1(&json);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = target.owner_document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(&format!("manetti-your-data-{}.json", data.version.id));
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// A mounted "your data" view.
#[wasm_bindgen]
pub struct YourDataHandle {
    mounted: Mounted,
    options: YourDataOptions<'static>,
}

#[wasm_bindgen]
impl YourDataHandle {
    /// Re-renders for another customer record. A bad record throws and empties the view, so
    /// the previous customer's data is never shown in place of this one's.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Customer")] customer: JsValue,
    ) -> Result<(), JsValue> {
        let slot = self.mounted.slot();
        slot.with(|_| ())?;
        let view = Customer::parse("customer", &options_value(&customer))
            .map_err(js_error)
            .map(|customer| YourDataView::new(&customer, &self.options));
        match view {
            Ok(view) => {
                slot.replace(Box::new(view))?;
                self.mounted.rerender()
            }
            Err(error) => {
                self.mounted.clear();
                Err(error)
            }
        }
    }

    /// Removes the view and its listeners from the element, and frees it.
    pub fn destroy(&self) {
        self.mounted.destroy();
    }
}

/// Renders "your data" into `element`.
/// Options: `{ locale, customer, acceptedVersion?, now?, policyUrl? }`.
#[wasm_bindgen(js_name = mountYourData)]
pub fn mount_your_data(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "YourDataOptions")] options: JsValue,
) -> Result<YourDataHandle, JsValue> {
    let host = super::host_element(&element)?;
    let mut parsed =
        YourDataOptions::parse(catalog(), &options_value(&options)).map_err(js_error)?;
    parsed.policy_url = super::web_url(&host, &parsed.policy_url)?;
    let view = YourDataView::new(&parsed.customer, &parsed);
    Ok(YourDataHandle {
        mounted: Mounted::mount(host, Box::new(view))?,
        options: parsed,
    })
}

/// The overview for `customer` as plain data, in `locale`. Options: `{ acceptedVersion?, now? }`.
#[wasm_bindgen(js_name = yourData, unchecked_return_type = "YourData")]
pub fn your_data_export(
    #[wasm_bindgen(unchecked_param_type = "Customer")] customer: JsValue,
    #[wasm_bindgen(js_name = "locale", unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "YourDataExtra")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let catalog = catalog();
    let customer = Customer::parse("customer", &options_value(&customer)).map_err(js_error)?;
    let locale = locale_arg(catalog, &locale_tag)?;
    let (accepted_version, now) =
        your_data_extra(catalog, &options_value(&options)).map_err(js_error)?;
    let parsed = YourDataOptions {
        locale,
        customer,
        accepted_version,
        now,
        policy_url: String::new(),
    };
    to_js(&YourDataView::new(&parsed.customer, &parsed).data)
}
