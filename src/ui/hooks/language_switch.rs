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
            wasm_bindgen_futures::spawn_local(async move {
                if crate::ui::load_language(lang).await {
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
