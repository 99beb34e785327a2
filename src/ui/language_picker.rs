//! The language switch: each language named in itself, so a reader finds theirs whatever the
//! page speaks. Switching keeps the scenario (the reducer only changes the language and how
//! fields write numbers); a language whose texts are not in the page yet is loaded first.

use yew::prelude::*;

use super::Formatter;
use crate::model::Lang;
use crate::text::{locale, T};

/// `failed`: a language the reader picked whose texts could not be loaded.
pub fn language_picker(fmt: &Formatter, on_pick: &Callback<Lang>, failed: Option<Lang>) -> Html {
    let onchange = on_pick.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Lang::from_name(&value).unwrap_or_default()
    });
    html! {
        <div class="field language">
            <label for="f-lang">{ fmt.t(T::Language) }</label>
            <select id="f-lang" data-testid="input-lang" {onchange}>
                for lang in Lang::ALL {
                    <option value={lang.name()} lang={locale(lang)}
                        selected={lang == fmt.lang()}>{ crate::text::self_name(lang) }</option>
                }
            </select>
            if let Some(lang) = failed {
                <p class="error" role="alert" data-testid="lang-error">
                    { crate::text::fill(fmt.t(T::LangUnavailable), &[crate::text::self_name(lang)]) }
                </p>
            }
        </div>
    }
}
