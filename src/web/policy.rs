//! `mountPolicy`: the policy page inside a host element, with its language and version switches.

use super::mount::{Component, Mounted, Outcome};
use super::{catalog, js_error, options_value, today};
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::document::resolve_text;
use manetti_privacy_core::input::options::PolicyOptions;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_model::Version;
use manetti_privacy_view::action::Action;
use manetti_privacy_view::policy_page::{policy_page, Navigation, PageContext};
use manetti_privacy_view::tree::Node;
use wasm_bindgen::prelude::*;
use web_sys::Element;

pub struct PolicyPage {
    locale: Locale,
    version: &'static Version,
    /// The older version being compared with the newest, if any.
    compare: Option<&'static Version>,
}

/// The catalog's version named by a control's `data-version`, if any.
fn data_version(target: &Element) -> Option<&'static Version> {
    let id = target.get_attribute("data-version")?;
    catalog().version("data-version", &id).ok()
}

impl Component for PolicyPage {
    fn view(&self) -> Option<Node> {
        let catalog = catalog();
        let l10n = catalog.localizer(self.locale, self.version);
        let doc = resolve_text(&l10n, self.version);
        let today = today();
        let changes = self.compare.map(|from| {
            Comparison::between(catalog, Some(from), catalog.latest(), self.locale, today).changes()
        });
        let ctx = PageContext {
            catalog,
            l10n: &l10n,
            today,
            navigation: Navigation::Buttons,
            comparison: changes.as_ref(),
            notice: None,
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
                self.version = data_version(target).unwrap_or(self.version);
                self.compare = None;
            }
            Action::Compare => {
                self.compare = data_version(target);
                self.version = catalog().latest();
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
        Some(from) => (catalog.latest(), Some(from)),
        None => (
            options
                .version
                .unwrap_or_else(|| catalog.in_effect(today())),
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
