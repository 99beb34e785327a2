//! The one line a reader of an older edition's link sees: the figures' date, that newer ones
//! exist, and the action that opens the same changes on the newest figures.

use yew::prelude::*;

use super::state::Action;
use super::Formatter;
use crate::model::Edition;
use crate::text::{fill, T};

/// Nothing while the page shows the newest edition.
pub fn edition_note(fmt: &Formatter, edition: &Edition, on_action: &Callback<Action>) -> Html {
    if edition.is_latest() {
        return Html::default();
    }
    html! {
        <p class="notes" role="status" data-testid="edition-newer">
            { fill(fmt.t(T::EditionNewer), &[&fmt.date(edition.date)]) }{ " " }
            <button type="button" class="link" data-testid="edition-open-newest"
                onclick={on_action.reform(|_: MouseEvent| Action::OpenNewest)}>
                { fmt.t(T::EditionOpenNewest) }
            </button>
        </p>
    }
}
