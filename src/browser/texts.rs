//! Fetching a language's texts: the first table (`lang-<code>.json`), the later one
//! (`lang-<code>-later.json`) and the explore page's (`explore-lang-<code>.json`), written at
//! build time next to the page. From the single-file edition's own copy if the page carries one
//! (`<script type="application/json" id="capex-lang-<code>.json">`), else from the page's own
//! origin, relative to the page, so the page works under any sub-path. Any failure (offline
//! with no cached copy, a damaged file, another version's layout) is `None`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::js::{strings, TableFile};
use crate::model::Lang;
use crate::text::{Loaded, Part};

/// The file a part of a language's texts is in.
pub fn file_name(lang: Lang, part: Part) -> String {
    match part {
        Part::First => ["lang-", lang.name(), ".json"].concat(),
        Part::Later => ["lang-", lang.name(), "-later.json"].concat(),
        Part::Explore => ["explore-lang-", lang.name(), ".json"].concat(),
    }
}

/// A part of `lang`'s texts, if it can be had.
pub async fn fetch(lang: Lang, part: Part) -> Option<Loaded> {
    let window = web_sys::window()?;
    let file = file_name(lang, part);
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
    if !json.is_object() {
        return None;
    }
    let table: TableFile = json.unchecked_into();
    if table.lang().as_deref() != Some(lang.name()) {
        return None;
    }
    Some(Loaded {
        lang,
        part,
        layout: table.layout().unwrap_or_default(),
        texts: strings(&table.texts())?,
        figures: strings(&table.figures()).unwrap_or_default(),
        panels: strings(&table.panels()).unwrap_or_default(),
    })
}
