//! The actions a view's buttons ask for. The view writes them as `data-action` attributes;
//! the web edge parses the attribute back with [`Action::parse`], so both sides share one list.

use super::tree::{el, Element};

/// What a button does when clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Banner: open or close the full comparison.
    ToggleComparison,
    /// Banner: accept the newest version.
    Accept,
    /// Banner: close until next time.
    Later,
    /// Policy page: leave the comparison.
    CloseComparison,
    /// Policy page: switch to the locale in `data-locale`.
    Locale,
    /// Policy page: show the version in `data-version`.
    Version,
    /// Policy page: compare the version in `data-version` with the newest.
    Compare,
    /// Your data: download the overview as JSON.
    Download,
    /// Your data: print the overview.
    Print,
    /// Banner: close the confirmation shown after "I've read this" or "Later".
    Dismiss,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::ToggleComparison,
        Action::Accept,
        Action::Later,
        Action::CloseComparison,
        Action::Locale,
        Action::Version,
        Action::Compare,
        Action::Download,
        Action::Print,
        Action::Dismiss,
    ];

    /// The `data-action` value.
    pub fn id(self) -> &'static str {
        match self {
            Action::ToggleComparison => "toggle-comparison",
            Action::Accept => "accept",
            Action::Later => "later",
            Action::CloseComparison => "close-comparison",
            Action::Locale => "locale",
            Action::Version => "version",
            Action::Compare => "compare",
            Action::Download => "download",
            Action::Print => "print",
            Action::Dismiss => "dismiss",
        }
    }

    /// The action of a `data-action` value; `None` for a value no view writes.
    // A plain loop: smaller in the module than an iterator adapter or a string `match`.
    #[allow(clippy::manual_find)]
    pub fn parse(id: &str) -> Option<Action> {
        for action in Action::ALL {
            if action.id() == id {
                return Some(action);
            }
        }
        None
    }
}

/// `<button type="button" data-action="…">`: the one way a view makes a control.
pub fn button(action: Action) -> Element {
    el("button")
        .attr("type", "button")
        .attr("data-action", action.id())
}
