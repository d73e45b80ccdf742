//! A component mounted into a host element: renders its view, handles clicks on
//! `[data-action]` elements by delegation, keeps focus on the control that was used,
//! and removes everything on `destroy()`.
//!
//! Ownership, so that nothing leaks and nothing outlives `destroy()`:
//! - the component lives in a [`Slot`], shared by the handle and the click listener;
//!   `destroy()` empties the slot, which frees the component at once;
//! - the listener is owned by the JS garbage collector and holds only the slot (the host is
//!   the event's `currentTarget`), so a host that drops its handle keeps a working component,
//!   and a detached host is collected with its component;
//! - one mount per host: a WeakMap maps each host to its listener; a newer mount into the
//!   same host removes the older listener and empties its slot; the older handle then
//!   leaves the host alone.

use super::dom::replace_children;
use manetti_privacy_view::action::Action;
use manetti_privacy_view::tree::Node;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

/// What a component does on an action.
pub enum Outcome {
    Rerender,
    Nothing,
    /// Re-render, then run this with no borrow held: it may call host code, which may call
    /// back into the component (the banner tells its host this way).
    Then(AfterRender),
}

/// Work that runs after a re-render, with the component's slot and host.
pub type AfterRender = Box<dyn FnOnce(&Slot, &Element)>;

/// A component, or nothing once destroyed.
type Cell0 = RefCell<Option<Box<dyn Component>>>;

pub trait Component {
    /// The current view; `None` leaves the host empty.
    fn view(&self) -> Option<Node>;
    /// Handles a click on `target`, whose `data-action` is `action`.
    fn act(&mut self, action: Action, target: &Element) -> Result<Outcome, JsValue>;
}

/// The component of one mount; empty once destroyed or replaced.
#[derive(Clone)]
pub struct Slot(Rc<(Cell0, u32)>);

thread_local! {
    static HOSTS: js_sys::WeakMap = js_sys::WeakMap::new();
    static SEQ: Cell<u32> = const { Cell::new(0) };
}

fn gone() -> JsValue {
    js_sys::Error::new("manetti-privacy: this mount was destroyed, or replaced by a newer mount")
        .into()
}

impl Slot {
    /// Runs `f` on the component; an error once it is gone (or while it is busy).
    pub fn with<R>(&self, f: impl FnOnce(&mut dyn Component) -> R) -> Result<R, JsValue> {
        let mut guard = self.0 .0.try_borrow_mut().map_err(|_| gone())?;
        let component = guard.as_deref_mut().ok_or_else(gone)?;
        Ok(f(component))
    }

    /// Puts `component` in place of the current one; an error once it is gone.
    pub fn replace(&self, component: Box<dyn Component>) -> Result<(), JsValue> {
        let mut guard = self.0 .0.try_borrow_mut().map_err(|_| gone())?;
        let current = guard.as_mut().ok_or_else(gone)?;
        *current = component;
        Ok(())
    }

    /// Frees the component.
    fn empty(&self) {
        if let Ok(mut component) = self.0 .0.try_borrow_mut() {
            component.take();
        }
    }

    /// Writes the current view into `host`.
    pub fn render(&self, host: &Element) -> Result<(), JsValue> {
        let view = self.with(|c| c.view())?;
        replace_children(host, view.as_ref(), self.0 .1)
    }
}

pub struct Mounted {
    host: Element,
    slot: Slot,
    listener: JsValue,
}

impl Mounted {
    /// Renders `component` into `host` (replacing an earlier mount there) and handles its
    /// clicks until `destroy()`.
    pub fn mount(host: Element, component: Box<dyn Component>) -> Result<Mounted, JsValue> {
        let seq = SEQ.with(|s| {
            s.set(s.get() + 1);
            s.get()
        });
        let slot = Slot(Rc::new((RefCell::new(Some(component)), seq)));
        let previous = HOSTS.with(|h| h.get(host.unchecked_ref()));
        if let Some(previous) = previous.dyn_ref::<js_sys::Function>() {
            for kind in LISTENED {
                let _ = host.remove_event_listener_with_callback(kind, previous);
            }
            // Called with no event, a listener empties its slot.
            let _ = previous.call0(&JsValue::UNDEFINED);
        }
        slot.render(&host)?;
        let s = slot.clone();
        let listener = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            match event.dyn_into::<Event>() {
                Ok(event) => {
                    let handled = if event.type_() == "keydown" {
                        on_key(&s, &event)
                    } else {
                        on_click(&s, &event)
                    };
                    if let Err(error) = handled {
                        web_sys::console::error_1(&error);
                    }
                }
                Err(_) => s.empty(),
            }
        })
        .into_js_value();
        for kind in LISTENED {
            host.add_event_listener_with_callback(kind, listener.unchecked_ref())?;
        }
        HOSTS.with(|h| h.set(host.unchecked_ref(), &listener));
        Ok(Mounted {
            host,
            slot,
            listener,
        })
    }

    pub fn slot(&self) -> &Slot {
        &self.slot
    }

    /// Whether this is still the host's mount.
    fn current(&self) -> bool {
        HOSTS.with(|h| h.get(self.host.unchecked_ref())) == self.listener
    }

    pub fn rerender(&self) -> Result<(), JsValue> {
        if !self.current() {
            return Err(gone());
        }
        self.slot.render(&self.host)
    }

    /// Empties the host, unless a newer mount has taken it.
    pub fn clear(&self) {
        if self.current() {
            let _ = replace_children(&self.host, None, 0);
        }
    }

    /// Frees the component and removes the listener and the content from the host.
    pub fn destroy(&self) {
        self.slot.empty();
        if self.current() {
            for kind in LISTENED {
                let _ = self
                    .host
                    .remove_event_listener_with_callback(kind, self.listener.unchecked_ref());
            }
            HOSTS.with(|h| h.delete(self.host.unchecked_ref()));
            let _ = replace_children(&self.host, None, 0);
        }
    }
}

/// The events the one listener of a mount handles: clicks on controls, and Escape.
const LISTENED: [&str; 2] = ["click", "keydown"];

/// Escape in an open comparison dialog closes it as its close button does, so that the focus
/// goes back to the control that opened it (the browser's own closing would leave it on
/// `<body>`: the view re-renders the opener).
fn on_key(slot: &Slot, event: &Event) -> Result<(), JsValue> {
    let is_escape = event
        .dyn_ref::<web_sys::KeyboardEvent>()
        .is_some_and(|k| k.key() == "Escape");
    let host = event
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok());
    let (true, Some(host)) = (is_escape, host) else {
        return Ok(());
    };
    let Some(close) = host.query_selector("dialog[open] [data-action=\"toggle-comparison\"]")?
    else {
        return Ok(());
    };
    event.prevent_default();
    activate(slot, &host, &close, event)
}

fn on_click(slot: &Slot, event: &Event) -> Result<(), JsValue> {
    let Some(host) = event
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return Ok(());
    };
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Ok(());
    };
    if let Some(link) = target.closest("a[href^='#']")? {
        return follow_in_page_link(&host, &link, event);
    }
    let Some(control) = target.closest("[data-action]")? else {
        return Ok(());
    };
    if !host.contains(Some(&control)) {
        return Ok(());
    }
    activate(slot, &host, &control, event)
}

/// Runs the action of `control`, re-renders, keeps the focus, and runs what follows.
fn activate(slot: &Slot, host: &Element, control: &Element, event: &Event) -> Result<(), JsValue> {
    let host = host.clone();
    let control = control.clone();
    let id = control.get_attribute("data-action").unwrap_or_default();
    // A value no view writes is a bug between view and edge: report it, do not ignore it.
    let action = Action::parse(&id).ok_or_else(|| {
        JsValue::from(js_sys::Error::new(&format!(
            "manetti-privacy: unknown data-action {}",
            manetti_privacy_model::error::quote(&id)
        )))
    })?;
    if control.tag_name().eq_ignore_ascii_case("a") {
        event.prevent_default();
    }
    let selector = focus_selector(&control);
    let outcome = slot.with(|c| c.act(action, &control))??;
    if let Outcome::Nothing = outcome {
        return Ok(());
    }
    slot.render(&host)?;
    after_render(&host, Some(&selector))?;
    if let Outcome::Then(after) = outcome {
        after(slot, &host);
    }
    Ok(())
}

/// After a re-render: a comparison `<dialog>` the view wrote `open` becomes modal; then the
/// focus goes to the element the view marks `data-focus` (a dialog's heading, a
/// confirmation), or else back to the control that was used (found by `selector`), or, when
/// that control is gone, to the focusable `h1` (the policy's title).
pub fn after_render(host: &Element, selector: Option<&str>) -> Result<(), JsValue> {
    if let Some(dialog) = host.query_selector("dialog[open]")? {
        let show = js_sys::Reflect::get(&dialog, &JsValue::from_str("showModal"))?;
        if let Some(show) = show.dyn_ref::<js_sys::Function>() {
            dialog.remove_attribute("open")?;
            show.call0(&dialog)?;
        }
    }
    let target = match (host.query_selector("[data-focus]")?, selector) {
        (Some(marked), _) => {
            // A heading the view opens on (a comparison) goes to the top of the screen;
            // `focus()` alone would leave it mid-screen.
            if marked.tag_name().starts_with('H') {
                marked.scroll_into_view();
            }
            Some(marked)
        }
        // The control is gone ("back to the full text"): the page's title; a component that
        // left nothing to focus (a dismissed confirmation): its host. Never `<body>`.
        (None, Some(selector)) => match host.query_selector(selector)? {
            None => match host.query_selector("h1[tabindex]")? {
                None => {
                    if !host.has_attribute("tabindex") {
                        host.set_attribute("tabindex", "-1")?;
                    }
                    Some(host.clone())
                }
                found => found,
            },
            found => found,
        },
        (None, None) => None,
    };
    if let Some(focus) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        focus.focus()?;
    }
    Ok(())
}

/// A `#anchor` link inside the component scrolls to its section and moves focus there. The
/// browser cannot do it when the component lives in a shadow root.
fn follow_in_page_link(host: &Element, link: &Element, event: &Event) -> Result<(), JsValue> {
    let id: String = link
        .get_attribute("href")
        .unwrap_or_default()
        .chars()
        .skip(1)
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let Some(section) = host.query_selector(&format!("[id=\"{id}\"]"))? else {
        return Ok(());
    };
    event.prevent_default();
    if let Ok(section) = section.dyn_into::<HtmlElement>() {
        if !section.has_attribute("tabindex") {
            section.set_attribute("tabindex", "-1")?;
        }
        section.scroll_into_view();
        section.focus()?;
    }
    Ok(())
}

/// A selector that finds the same control again after a re-render.
fn focus_selector(control: &Element) -> String {
    let mut selector = String::new();
    for name in ["data-action", "data-locale", "data-version"] {
        if let Some(value) = control.get_attribute(name) {
            let safe: String = value
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            selector.push_str(&format!("[{name}=\"{safe}\"]"));
        }
    }
    selector
}
