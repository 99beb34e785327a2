//! A folded section (`<details>`) whose content is built the first time it opens, not at start:
//! in an article's frame most readers never open the detail, and building it would hold the
//! main thread the article shares. Once built it stays built (`AppState::unfolded`). Every one
//! opens, built, for a print (`hooks::use_print`), and closes again after it. `data-built`
//! says whether its content is there (`true`, `false`): tests wait on it.

use yew::prelude::*;

use super::state::Action;

/// The folded sections, a bit each in `AppState::unfolded`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// The further assumptions, folded in an article's frame.
    Assumptions = 1,
    /// The results in detail, folded in an article's frame.
    Results = 2,
    /// The sources, folded everywhere.
    Sources = 4,
}

impl Fold {
    /// Every section: what a print builds.
    pub const ALL: u8 = 7;

    /// Its `data-testid`.
    fn testid(self) -> &'static str {
        match self {
            Fold::Assumptions => "more-assumptions",
            Fold::Results => "more-results",
            Fold::Sources => "sources",
        }
    }
}

/// What a folded section is.
pub struct Folded<'a> {
    pub fold: Fold,
    /// Open from the start (and so built at once).
    pub open: bool,
    /// `AppState::unfolded`.
    pub unfolded: u8,
    pub summary: Html,
    pub on_action: &'a Callback<Action>,
}

/// The section, its content built by `body` once it is open or has been.
pub fn folded(f: Folded, body: impl FnOnce() -> Html) -> Html {
    let built = f.open || f.unfolded & f.fold as u8 != 0;
    let bit = f.fold as u8;
    let ontoggle = f.on_action.reform(move |e: Event| {
        let opened = e
            .target_dyn_into::<web_sys::Element>()
            .is_some_and(|d| d.has_attribute("open"));
        Action::Unfold(if opened { bit } else { 0 })
    });
    let content = html! {
        <>
            { f.summary }
            if built {
                { body() }
            }
        </>
    };
    let (open, testid) = (f.open, f.fold.testid());
    let built = if built { "true" } else { "false" };
    // The class as a literal in each arm: a class given as an expression goes through yew's
    // `Classes` (an index set built at run time), which would cost the first view about a
    // kilobyte for two names.
    match f.fold {
        Fold::Sources => html! {
            <details class="sources" {open} data-testid={testid} data-built={built} {ontoggle}>{ content }</details>
        },
        Fold::Assumptions | Fold::Results => html! {
            <details class="more" {open} data-testid={testid} data-built={built} {ontoggle}>{ content }</details>
        },
    }
}
