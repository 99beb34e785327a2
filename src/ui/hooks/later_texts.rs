//! The texts of everything built after the first step (`lang-<code>-later.json`), loaded as
//! soon as the first results are on screen.

use yew::prelude::*;

use crate::model::Lang;
use crate::text::Part;

/// Whether the later texts of the page's language are in, or could not be had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaterTexts {
    pub ready: bool,
    pub failed: bool,
}

#[hook]
pub fn use_later_texts(lang: Lang) -> LaterTexts {
    let state = use_state(|| LaterTexts {
        ready: crate::text::available(lang, Part::Later),
        failed: false,
    });
    use_effect_with(lang, {
        let state = state.clone();
        move |&lang| {
            if crate::text::available(lang, Part::Later) {
                state.set(LaterTexts {
                    ready: true,
                    failed: false,
                });
            } else {
                crate::ui::load_then(lang, &[Part::Later], move |ready| {
                    state.set(LaterTexts {
                        ready,
                        failed: !ready,
                    })
                });
            }
        }
    });
    *state
}
