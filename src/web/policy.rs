//! `mountPolicy`: the policy page inside a host element, with its language and version switches.

use super::mount::{Component, Mounted, Outcome};
use super::{catalog, js_error, options_value, today};
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::document::resolve_text;
use manetti_privacy_core::input::options::PolicyOptions;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_view::action::Action;
use manetti_privacy_view::policy_page::{policy_page, Navigation, PageContext};
use manetti_privacy_view::tree::Node;
use wasm_bindgen::prelude::*;
use web_sys::Element;

pub struct PolicyPage {
    locale: Locale,
    version: String,
    /// The older version being compared with the newest, if any.
    compare: Option<String>,
}

impl Component for PolicyPage {
    fn view(&self) -> Option<Node> {
        let catalog = catalog();
        let version = catalog.version("version", &self.version).ok()?;
        let l10n = catalog.localizer(self.locale, version);
        let doc = resolve_text(&l10n, version);
        let today = today();
        let changes = self
            .compare
            .as_ref()
            .and_then(|id| catalog.version("compare", id).ok())
            .map(|from| {
                Comparison::between(catalog, Some(from), catalog.latest(), self.locale, today)
                    .changes()
            });
        let ctx = PageContext {
            catalog,
            l10n: &l10n,
            today,
            navigation: Navigation::Buttons,
            comparison: changes.as_ref(),
        };
        Some(policy_page(&ctx, &doc).into())
    }

    fn act(&mut self, action: Action, target: &Element) -> Result<Outcome, JsValue> {
        match action {
            Action::Locale => {
                let id = target.get_attribute("data-locale").unwrap_or_default();
                self.locale = catalog().locale("data-locale", &id).unwrap_or(self.locale);
            }
            Action::Version => {
                self.version = target
                    .get_attribute("data-version")
                    .unwrap_or_else(|| self.version.clone());
                self.compare = None;
            }
            Action::Compare => {
                self.compare = target.get_attribute("data-version");
                self.version = catalog().latest().id.to_string();
            }
            Action::CloseComparison => self.compare = None,
            _ => return Ok(Outcome::Nothing),
        }
        Ok(Outcome::Rerender)
    }
}

/// A mounted policy page.
#[wasm_bindgen]
pub struct PolicyHandle {
    mounted: Mounted,
}

#[wasm_bindgen]
impl PolicyHandle {
    /// Removes the page and its listeners from the element, and frees it.
    pub fn destroy(&self) {
        self.mounted.destroy();
    }
}

/// Renders the policy page into `element`. Options: `{ locale?, version?, compare? }`:
/// with `compare`, the page opens on the comparison of that version with the newest.
#[wasm_bindgen(js_name = mountPolicy)]
pub fn mount_policy(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PolicyOptions")] options: JsValue,
) -> Result<PolicyHandle, JsValue> {
    let catalog = catalog();
    let host = super::host_element(&element)?;
    let options = PolicyOptions::parse(catalog, &options_value(&options)).map_err(js_error)?;
    let (version, compare) = match options.compare {
        Some(from) => (catalog.latest().id.to_string(), Some(from)),
        None => (
            options
                .version
                .unwrap_or_else(|| catalog.in_effect(today()).id.to_string()),
            None,
        ),
    };
    let page = PolicyPage {
        locale: options.locale,
        version,
        compare,
    };
    let mounted = Mounted::mount(host, Box::new(page))?;
    Ok(PolicyHandle { mounted })
}
