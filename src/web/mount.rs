//! A component mounted into a host element: renders its view, handles clicks on
//! `[data-action]` elements by delegation, keeps focus on the control that was used,
//! and removes everything on `destroy()`.

use super::dom::replace_children;
use crate::view::action::Action;
use crate::view::tree::Node;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

/// What a component does on an action.
pub enum Outcome {
    Rerender,
    Nothing,
}

pub trait Component {
    /// The current view; `None` leaves the host empty.
    fn view(&self) -> Option<Node>;
    /// Handles a click on `target`, whose `data-action` is `action`.
    fn act(&mut self, action: Action, target: &Element, host: &Element)
        -> Result<Outcome, JsValue>;
}

pub struct Mounted {
    host: Element,
    component: Rc<RefCell<dyn Component>>,
    /// The click listener. It is owned by the JS garbage collector, not by this handle, so the
    /// component keeps working when the host page drops the handle; `destroy()` removes it.
    listener: Option<js_sys::Function>,
}

impl Mounted {
    /// Renders `component` into `host` and handles its clicks until `destroy()`.
    pub fn mount(host: Element, component: Rc<RefCell<dyn Component>>) -> Result<Mounted, JsValue> {
        render(&host, &*component.borrow())?;
        let (h, c) = (host.clone(), component.clone());
        let listener = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            if let Err(error) = on_click(&h, &c, &event) {
                web_sys::console::error_1(&error);
            }
        });
        let listener: js_sys::Function = listener.into_js_value().unchecked_into();
        host.add_event_listener_with_callback("click", &listener)?;
        Ok(Mounted {
            host,
            component,
            listener: Some(listener),
        })
    }

    pub fn rerender(&self) -> Result<(), JsValue> {
        render(&self.host, &*self.component.borrow())
    }

    pub fn destroy(&mut self) {
        if let Some(listener) = self.listener.take() {
            let _ = self
                .host
                .remove_event_listener_with_callback("click", &listener);
        }
        let _ = replace_children(&self.host, None);
    }
}

fn render(host: &Element, component: &dyn Component) -> Result<(), JsValue> {
    replace_children(host, component.view().as_ref())
}

fn on_click(
    host: &Element,
    component: &Rc<RefCell<dyn Component>>,
    event: &Event,
) -> Result<(), JsValue> {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Ok(());
    };
    if let Some(link) = target.closest("a[href^='#']")? {
        return follow_in_page_link(host, &link, event);
    }
    let Some(control) = target.closest("[data-action]")? else {
        return Ok(());
    };
    if !host.contains(Some(&control)) {
        return Ok(());
    }
    let id = control.get_attribute("data-action").unwrap_or_default();
    // A value no view writes is a bug between view and edge: report it, do not ignore it.
    let action = Action::parse(&id).ok_or_else(|| {
        JsValue::from(js_sys::Error::new(&format!(
            "manetti-privacy: unknown data-action {}",
            crate::error::quote(&id)
        )))
    })?;
    if control.tag_name().eq_ignore_ascii_case("a") {
        event.prevent_default();
    }
    let selector = focus_selector(&control);
    let outcome = component.borrow_mut().act(action, &control, host)?;
    if let Outcome::Rerender = outcome {
        render(host, &*component.borrow())?;
        if let Some(focus) = host
            .query_selector(&selector)?
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            focus.focus()?;
        }
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
