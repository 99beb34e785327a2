//! The language switch: a language is switched to once its texts are in the page; if they
//! cannot be loaded, the page stays as it is and says so.

use yew::prelude::*;

use crate::model::Lang;
use crate::ui::state::Action;

/// The picker's callback, and the language whose texts could not be had, if any.
#[hook]
pub fn use_language_switch(on_action: Callback<Action>) -> (Callback<Lang>, Option<Lang>) {
    let failed = use_state(|| None::<Lang>);
    let on_pick = {
        let failed = failed.setter();
        use_callback(on_action, move |lang: Lang, on| {
            let (on, failed) = (on.clone(), failed.clone());
            crate::ui::load_then(lang, crate::ui::ALL_PARTS, move |loaded| {
                if loaded {
                    failed.set(None);
                    on.emit(Action::SetLang(lang));
                } else {
                    failed.set(Some(lang));
                }
            });
        })
    };
    (on_pick, *failed)
}
