//! The one polite line that says a new version is ready, with the button that switches to it.
//! The page never reloads by itself. A view function, not a component: it is one paragraph,
//! and a component of its own cost 0.4 KB brotli more in the wasm (measured).

use yew::prelude::*;

use crate::browser::offline;
use crate::text::{text, Lang, T};

/// A live region that is always there and empty until an update is `ready`, so assistive
/// technology announces the line when it appears.
pub fn update_line(lang: Lang, ready: bool) -> Html {
    html! {
        <p class="update" role="status" data-testid="update-status">
            if ready {
                { text(lang, T::UpdateReady) }{ " " }
                <button type="button" data-testid="update-reload"
                    onclick={Callback::from(|_: MouseEvent| offline::apply_update())}>
                    { text(lang, T::UpdateReload) }
                </button>
            }
        </p>
    }
}
