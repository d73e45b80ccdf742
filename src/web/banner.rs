//! `mountBanner`: the change-notification banner, and the acceptance it records.

use super::mount::{Component, Mounted, Outcome};
use super::{catalog, js_error, now_iso, options_value, to_js, today};
use crate::diff::{changes_since, Changes};
use crate::document::resolve;
use crate::input::options::BannerOptions;
use crate::receipt::receipt;
use crate::view::action::Action;
use crate::view::banner::banner;
use crate::view::tree::Node;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element};

pub struct Banner {
    changes: Changes,
    comparison_open: bool,
    closed: bool,
    on_accept: Option<js_sys::Function>,
}

impl Component for Banner {
    fn view(&self) -> Option<Node> {
        if self.closed {
            return None;
        }
        let catalog = catalog();
        let version = catalog.version("version", &self.changes.to.id).ok()?;
        let l10n = catalog.localizer(self.changes.locale, version);
        banner(&l10n, &self.changes, self.comparison_open).map(Node::from)
    }

    fn act(
        &mut self,
        action: Action,
        _target: &Element,
        host: &Element,
    ) -> Result<Outcome, JsValue> {
        match action {
            Action::ToggleComparison => self.comparison_open = !self.comparison_open,
            Action::Later => self.closed = true,
            Action::Accept => {
                self.accept(host)?;
                self.closed = true;
            }
            _ => return Ok(Outcome::Nothing),
        }
        Ok(Outcome::Rerender)
    }
}

impl Banner {
    /// Builds the receipt, hands it to `onAccept`, and dispatches `privacy-accepted`.
    fn accept(&self, host: &Element) -> Result<(), JsValue> {
        let catalog = catalog();
        let version = catalog
            .version("version", &self.changes.to.id)
            .map_err(js_error)?;
        let doc = resolve(catalog, version, self.changes.locale);
        let detail = to_js(&receipt(&doc, &now_iso()))?;
        if let Some(callback) = &self.on_accept {
            if let Err(error) = callback.call1(&JsValue::NULL, &detail) {
                web_sys::console::error_2(
                    &JsValue::from_str("manetti-privacy: onAccept threw"),
                    &error,
                );
            }
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        let event = CustomEvent::new_with_event_init_dict("privacy-accepted", &init)?;
        host.dispatch_event(&event)?;
        Ok(())
    }
}

/// A mounted banner.
#[wasm_bindgen]
pub struct BannerHandle {
    mounted: Mounted,
}

#[wasm_bindgen]
impl BannerHandle {
    /// Removes the banner and its listeners from the element.
    pub fn destroy(&mut self) {
        self.mounted.destroy();
    }
}

/// Renders the change-notification banner into `element`, or leaves it empty when the
/// customer has nothing to accept. Options: `{ locale, acceptedVersion, now?, onAccept?, customer? }`.
#[wasm_bindgen(js_name = mountBanner)]
pub fn mount_banner(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BannerOptions")] options: JsValue,
) -> Result<BannerHandle, JsValue> {
    let catalog = catalog();
    let parsed = BannerOptions::parse(catalog, &options_value(&options)).map_err(js_error)?;
    let on_accept = js_sys::Reflect::get(&options, &JsValue::from_str("onAccept"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let subject = parsed.customer.as_ref().map(|c| c.subject());
    let changes = changes_since(
        catalog,
        parsed.accepted_version.as_deref(),
        parsed.locale,
        parsed.now.unwrap_or_else(today),
        subject.as_ref(),
    )
    .map_err(js_error)?;
    let component = Banner {
        changes,
        comparison_open: false,
        closed: false,
        on_accept,
    };
    Ok(BannerHandle {
        mounted: Mounted::mount(
            super::host_element(&element)?,
            Rc::new(RefCell::new(component)),
        )?,
    })
}
