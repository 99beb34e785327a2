//! Fetching a language's texts (`lang-<name>.json`, written at build time next to the page;
//! `explore-lang-<name>.json` for the explore page):
//! from the single-file edition's own copy if the page carries one
//! (`<script type="application/json" id="capex-lang-<name>">`), else from the page's own
//! origin, relative to the page, so the page works under any sub-path. Any failure (offline
//! with no cached copy, a damaged file) is `None`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::Lang;

/// The explore page's tables carry its own texts too: `explore-lang-it.json`.
const FILE_PREFIX: &str = if cfg!(feature = "explore") {
    "explore-"
} else {
    ""
};

/// The texts of `lang`, in the file's order, if they can be had.
pub async fn fetch(lang: Lang) -> Option<Vec<String>> {
    let window = web_sys::window()?;
    let file = [FILE_PREFIX, "lang-", lang.name(), ".json"].concat();
    let inline = window
        .document()?
        .get_element_by_id(&["capex-", &file].concat())
        .and_then(|el| el.text_content());
    let json = match inline {
        Some(text) => js_sys::JSON::parse(&text).ok()?,
        None => {
            let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&file))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
            if !response.ok() {
                return None;
            }
            JsFuture::from(response.json().ok()?).await.ok()?
        }
    };
    let named = js_sys::Reflect::get(&json, &"lang".into())
        .ok()?
        .as_string()?;
    if named != lang.name() {
        return None;
    }
    let texts: js_sys::Array = js_sys::Reflect::get(&json, &"texts".into())
        .ok()?
        .dyn_into()
        .ok()?;
    texts.iter().map(|t| t.as_string()).collect()
}
