//! Every figure of the edition on screen with its value, source, date and confidence; the
//! edition's date; and, where a newer edition exists, what changed in it. The panel's body is
//! markup the build wrote (`text::markup`): it changes only with the language and the edition.

use std::rc::Rc;

use yew::prelude::*;

use super::folded::{folded, Fold, Folded};
use super::state::Action;
use super::Formatter;
use crate::model::editions;
use crate::text::{fill, panel, Panel, T};

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub fmt: Rc<Formatter>,
    /// The number of the edition whose figures the page shows.
    pub edition: u16,
    /// `AppState::unfolded`: the panel's content is built once it has been opened.
    pub unfolded: u8,
    pub on_action: Callback<Action>,
}

/// A panel the build wrote, as it is.
pub fn written(fmt: &Formatter, edition: u16, which: Panel) -> Html {
    let edition = editions::get(edition).unwrap_or_else(editions::latest);
    panel(fmt.lang(), edition.index(), which)
        .map(|markup| Html::from_html_unchecked(AttrValue::from(markup.into_owned())))
        .unwrap_or_default()
}

/// Its own component: it depends only on the language and the edition, so Yew renders it once.
#[component]
pub fn SourcesPanel(props: &PanelProps) -> Html {
    let fmt = &*props.fmt;
    let edition = editions::get(props.edition).unwrap_or_else(editions::latest);
    let as_of = fill(fmt.t(T::EditionAsOf), &[&fmt.date(edition.date)]);
    let summary = html! {
        <summary>{ fmt.t(T::Sources) }{ " \u{b7} " }<span data-testid="edition">{ as_of }</span></summary>
    };
    let fold = Folded {
        fold: Fold::Sources,
        open: false,
        unfolded: props.unfolded,
        summary,
        on_action: &props.on_action,
    };
    folded(fold, || written(fmt, props.edition, Panel::Sources))
}
