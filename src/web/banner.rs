//! `mountBanner`: the change-notification banner, and the acceptance it records.
//!
//! An acceptance is kept until the host has it. On Accept the banner shows a busy state,
//! calls `onAccept(receipt)`, then dispatches `privacy-accepted` (whose `waitUntil(promise)`
//! the host may call while it is dispatched), and waits for `onAccept`'s result and every
//! promise given to `waitUntil`. All fulfilled: the banner closes. `onAccept` threw, or a
//! promise rejected: the banner stays, with a short alert and a retry button; a retry makes a
//! new receipt and starts again.

use super::js_value::get;
use super::mount::{Component, Mounted, Outcome, Slot};
use super::{catalog, js_error, now_iso, options_value, to_js, today};
use js_sys::{Array, Function, Object, Promise, Reflect};
use manetti_privacy_core::diff::notice::banner_due;
use manetti_privacy_core::diff::{Changes, Comparison};
use manetti_privacy_core::document::text_of;
use manetti_privacy_core::input::options::{BannerOptions, BANNER_CALLBACKS};
use manetti_privacy_core::receipt::receipt;
use manetti_privacy_model::Version;
use manetti_privacy_view::action::{button, Action};
use manetti_privacy_view::banner::{banner_with_link, confirmation};
use manetti_privacy_view::tree::{el, Node};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element};

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Open,
    Saving,
    Failed,
    /// Answered: the confirmation shows (`read` says which).
    Closed,
    /// The confirmation was dismissed: nothing shows.
    Dismissed,
}

/// The host's callbacks, each read once by its key (`BANNER_CALLBACKS`).
#[derive(Default)]
struct Callbacks {
    on_accept: Option<Function>,
    on_later: Option<Function>,
    on_shown: Option<Function>,
    on_comparison_opened: Option<Function>,
}

/// What the banner tells its host after an action, with no borrow held.
enum Notice {
    /// The receipt: `onAccept`, then `privacy-accepted`, and the wait for the host's answer.
    Accepted { receipt: JsValue },
    /// Any other notice: its callback, then its event.
    Told {
        event: &'static str,
        detail: JsValue,
        callback: Option<Function>,
    },
}

pub struct Banner {
    /// The version the customer accepted (none: never) and the newest, parsed once.
    from: Option<&'static Version>,
    to: &'static Version,
    changes: Changes,
    comparison_open: bool,
    /// Shared with an acceptance in flight, which settles it when the host answers.
    stage: Rc<Cell<Stage>>,
    /// "I've read this" (not "Later") was the answer.
    read: bool,
    policy_url: String,
    callbacks: Callbacks,
}

impl Component for Banner {
    fn view(&self) -> Option<Node> {
        let catalog = catalog();
        let l10n = catalog.localizer(self.changes.locale, self.to);
        match self.stage.get() {
            Stage::Dismissed => return None,
            Stage::Closed => return Some(confirmation(&l10n, &self.changes, self.read).into()),
            _ => {}
        }
        let mut root =
            banner_with_link(&l10n, &self.changes, self.comparison_open, &self.policy_url)?;
        match self.stage.get() {
            Stage::Saving => {
                root = root.attr("aria-busy", "true").child(
                    el("p")
                        .attr("role", "status")
                        .text(l10n.text("banner-saving")),
                )
            }
            Stage::Failed => {
                root = root.child(
                    el("p")
                        .class("mp-error")
                        .attr("role", "alert")
                        .text(l10n.text("banner-save-failed"))
                        .text(" ")
                        // A retry is another Accept.
                        .child(button(Action::Accept).text(l10n.text("banner-retry-button"))),
                )
            }
            _ => {}
        }
        Some(root.into())
    }

    fn act(&mut self, action: Action, target: &Element) -> Result<Outcome, JsValue> {
        let stage = self.stage.get();
        let (event, callback) = match action {
            // The button in the banner opens the dialog; the one in the dialog closes it (so
            // that a dialog closed with Escape opens again with one click).
            Action::ToggleComparison => {
                self.comparison_open = target.closest("dialog").ok().flatten().is_none();
                if !self.comparison_open {
                    return Ok(Outcome::Rerender);
                }
                self.add_word_runs();
                (
                    "privacy-comparison-opened",
                    &self.callbacks.on_comparison_opened,
                )
            }
            Action::Dismiss if stage == Stage::Closed => {
                self.stage.set(Stage::Dismissed);
                return Ok(Outcome::Rerender);
            }
            Action::Later if stage != Stage::Saving => {
                self.stage.set(Stage::Closed);
                self.comparison_open = false;
                ("privacy-later", &self.callbacks.on_later)
            }
            Action::Accept if stage != Stage::Saving => {
                // The busy state and a failure alert show in the banner, not under a dialog.
                self.comparison_open = false;
                self.read = true;
                let doc = text_of(catalog(), self.to, self.changes.locale);
                let receipt = to_js(&receipt(&doc, &now_iso()))?;
                self.stage.set(Stage::Saving);
                return Ok(self.tell(Notice::Accepted { receipt }));
            }
            _ => return Ok(Outcome::Nothing),
        };
        let notice = Notice::Told {
            event,
            detail: self.detail(),
            callback: callback.clone(),
        };
        Ok(self.tell(notice))
    }
}

impl Banner {
    /// Tells the host `notice` once the banner has re-rendered.
    fn tell(&self, notice: Notice) -> Outcome {
        let on_accept = self.callbacks.on_accept.clone();
        let stage = self.stage.clone();
        Outcome::Then(Box::new(move |slot: &Slot, host: &Element| match notice {
            Notice::Accepted { receipt } => accept(slot, host, &stage, &receipt, &on_accept),
            Notice::Told {
                event,
                detail,
                callback,
            } => notify(host, event, &detail, &callback),
        }))
    }

    /// `{ version, locale }`: what the notices carry (no customer data).
    fn detail(&self) -> JsValue {
        let detail = Object::new();
        let _ = Reflect::set(
            &detail,
            &"version".into(),
            &self.changes.to.id.as_str().into(),
        );
        let _ = Reflect::set(
            &detail,
            &"locale".into(),
            &self.changes.locale.as_str().into(),
        );
        detail.into()
    }
}

fn event(name: &str, detail: &JsValue) -> Result<CustomEvent, JsValue> {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    CustomEvent::new_with_event_init_dict(name, &init)
}

const ACCEPTED: &str = "privacy-accepted";

/// Calls the callback, then dispatches the event, both with `detail`. A throwing callback
/// is logged; it cannot stop the event.
fn notify(host: &Element, name: &str, detail: &JsValue, callback: &Option<Function>) {
    if let Some(callback) = callback {
        if let Err(error) = callback.call1(&JsValue::NULL, detail) {
            web_sys::console::error_2(&JsValue::from_str(name), &error);
        }
    }
    if let Ok(event) = event(name, detail) {
        let _ = host.dispatch_event(&event);
    }
}

/// One attempt to hand the receipt to the host: `onAccept`, then `privacy-accepted`.
fn accept(
    slot: &Slot,
    host: &Element,
    stage: &Rc<Cell<Stage>>,
    receipt: &JsValue,
    on_accept: &Option<Function>,
) {
    let waits = Array::new();
    let mut thrown = None;
    if let Some(callback) = on_accept {
        match callback.call1(&JsValue::NULL, receipt) {
            Ok(result) if result.is_object() || result.is_function() => {
                waits.push(&result);
            }
            Ok(_) => {}
            Err(error) => thrown = Some(error),
        }
    }
    if thrown.is_none() {
        if let Ok(event) = event(ACCEPTED, receipt) {
            let w = waits.clone();
            let wait_until = Closure::<dyn FnMut(JsValue)>::new(move |promise: JsValue| {
                w.push(&promise);
            });
            let _ = Reflect::set(&event, &"waitUntil".into(), wait_until.as_ref());
            let _ = host.dispatch_event(&event);
            // Like ExtendableEvent: waitUntil works only while the event is dispatched.
            drop(wait_until);
        }
    }
    if let Some(error) = thrown {
        return settle(slot, host, stage, Some(error));
    }
    if waits.length() == 0 {
        return settle(slot, host, stage, None);
    }
    let outcome = |failed: bool| {
        let (s, h, st) = (slot.clone(), host.clone(), stage.clone());
        Closure::once_into_js(move |error: JsValue| settle(&s, &h, &st, failed.then_some(error)))
    };
    let (done, fail) = (outcome(false), outcome(true));
    Promise::all(&waits)
        .unchecked_ref::<Settled>()
        .then(&done, &fail);
}

#[wasm_bindgen]
extern "C" {
    /// A promise, for `then(done, fail)` with two plain functions.
    type Settled;
    #[wasm_bindgen(method)]
    fn then(this: &Settled, done: &JsValue, fail: &JsValue);
}

/// The outcome of an attempt: closed when saved, else an alert with a retry button.
fn settle(slot: &Slot, host: &Element, stage: &Cell<Stage>, error: Option<JsValue>) {
    if let Some(error) = &error {
        web_sys::console::error_2(
            &"manetti-privacy: the acceptance was not saved".into(),
            error,
        );
    }
    stage.set(if error.is_none() {
        Stage::Closed
    } else {
        Stage::Failed
    });
    // A destroyed or replaced mount renders nothing: `render` answers with an error.
    if slot.render(host).is_ok() {
        // The confirmation takes the focus.
        let _ = super::mount::after_render(host, None);
    }
}

/// A mounted banner.
#[wasm_bindgen]
pub struct BannerHandle {
    mounted: Mounted,
}

#[wasm_bindgen]
impl BannerHandle {
    /// Removes the banner and its listeners from the element, and frees it.
    pub fn destroy(&self) {
        self.mounted.destroy();
    }
}

/// Renders the change-notification banner into `element`, or leaves it empty when the
/// customer has nothing to accept. Options: `{ locale, acceptedVersion, now?, customer?,
/// onAccept?, onLater?, onShown?, onComparisonOpened?, policyUrl? }`.
#[wasm_bindgen(js_name = mountBanner)]
pub fn mount_banner(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BannerOptions")] options: JsValue,
) -> Result<BannerHandle, JsValue> {
    let catalog = catalog();
    let host = super::host_element(&element)?;
    let parsed = BannerOptions::parse(catalog, &options_value(&options)).map_err(js_error)?;
    let mut callbacks = Callbacks::default();
    let [accept, later, shown, opened] = BANNER_CALLBACKS;
    for (slot, key) in [
        (&mut callbacks.on_accept, accept),
        (&mut callbacks.on_later, later),
        (&mut callbacks.on_shown, shown),
        (&mut callbacks.on_comparison_opened, opened),
    ] {
        // Read again: a getter may answer differently the second time.
        let value = get(&options, key).map_err(|_| super::unreadable(key))?;
        *slot = value.dyn_into::<Function>().ok();
    }
    let subject = parsed.customer.as_ref().map(|c| c.subject());
    // The word runs are computed when the comparison first opens (`add_word_runs`).
    let changes = Comparison::since(
        catalog,
        parsed.accepted_version,
        parsed.locale,
        parsed.now.unwrap_or_else(today),
        subject.as_ref(),
    )
    .outline();
    let component = Banner {
        from: parsed.accepted_version,
        to: catalog.latest(),
        changes,
        comparison_open: false,
        stage: Rc::new(Cell::new(Stage::Open)),
        read: false,
        policy_url: super::web_url(&host, &parsed.policy_url)?,
        callbacks,
    };
    // An open banner shows exactly when it is due (`Banner::view`): no second render to ask.
    let shown = banner_due(&component.changes).then(|| component.detail());
    let on_shown = component.callbacks.on_shown.clone();
    let mounted = Mounted::mount(host.clone(), Box::new(component))?;
    if let Some(detail) = shown {
        notify(&host, "privacy-banner-shown", &detail, &on_shown);
    }
    Ok(BannerHandle { mounted })
}

impl Banner {
    /// The mount computed the changes without the paragraphs' word runs (the most expensive
    /// part); the comparison shows them, so its first opening adds them.
    fn add_word_runs(&mut self) {
        if self.from.is_none() || !self.changes.paragraphs.is_empty() {
            return;
        }
        let comparison =
            Comparison::between(catalog(), self.from, self.to, self.changes.locale, today());
        self.changes.paragraphs = comparison.paragraphs();
    }
}
