//! `mountPolicy`: the policy page inside a host element, with its language and version switches.

use super::mount::{Component, Mounted, Outcome};
use super::{catalog, js_error, options_value, today};
use crate::document::resolve_with;
use crate::input::options::PolicyOptions;
use crate::l10n::Localizer;
use crate::view::policy_page::{policy_page, Navigation, PageContext};
use crate::view::tree::Node;
use wasm_bindgen::prelude::*;
use web_sys::Element;

struct PolicyPage {
    locale: String,
    version: String,
}

impl Component for PolicyPage {
    fn view(&self) -> Option<Node> {
        let catalog = catalog();
        let version = catalog.version("version", &self.version).ok()?;
        let l10n = Localizer::new(catalog, &self.locale, &version.id);
        let doc = resolve_with(&l10n, version);
        let ctx = PageContext { catalog, l10n: &l10n, today: today(), navigation: Navigation::Buttons };
        Some(policy_page(&ctx, &doc).into())
    }

    fn act(&mut self, action: &str, target: &Element, _host: &Element) -> Result<Outcome, JsValue> {
        match action {
            "locale" => self.locale = target.get_attribute("data-locale").unwrap_or_else(|| self.locale.clone()),
            "version" => self.version = target.get_attribute("data-version").unwrap_or_else(|| self.version.clone()),
            _ => return Ok(Outcome::Nothing),
        }
        Ok(Outcome::Rerender)
    }
}

/// A mounted policy page.
#[wasm_bindgen]
pub struct PolicyHandle {
    mounted: Mounted<PolicyPage>,
}

#[wasm_bindgen]
impl PolicyHandle {
    /// Removes the page and its listeners from the element.
    pub fn destroy(&mut self) {
        self.mounted.destroy();
    }
}

/// Renders the policy page into `element`. Options: `{ locale?, version? }`.
#[wasm_bindgen(js_name = mountPolicy)]
pub fn mount_policy(
    element: Element,
    #[wasm_bindgen(unchecked_param_type = "PolicyOptions")] options: JsValue,
) -> Result<PolicyHandle, JsValue> {
    let catalog = catalog();
    let options = PolicyOptions::parse(catalog, &options_value(&options)).map_err(js_error)?;
    let version = options.version.unwrap_or_else(|| catalog.in_effect(today()).id.clone());
    let mounted = Mounted::mount(element, PolicyPage { locale: options.locale, version })?;
    Ok(PolicyHandle { mounted })
}
