//! The reader's page: Yew components, the state they share, the hooks that carry its effects,
//! and the number formatting they show. May import the model and the texts; neither imports
//! this.

pub mod app;
pub mod assumptions;
pub mod budget_breakdown;
pub mod charts;
pub mod chip_maths;
pub mod context_panels;
pub mod edition_note;
#[cfg(feature = "explore")]
pub mod explore;
pub mod folded;
pub mod format;
pub mod hooks;
pub mod hyperscaler_comparison;
pub mod key_figures;
pub mod key_results;
pub mod language_picker;
pub mod link_notes;
pub mod number_field;
pub mod output;
mod page_links;
pub mod picker;
pub mod share_bar;
pub mod sources_panel;
pub mod state;
pub mod update_line;

pub use app::{App, AppProps};
pub use format::Formatter;

use crate::model::Lang;
use crate::text::Part;

/// The parts of a language's texts a page needs before it first speaks it: the first table
/// (and the explore page's own). The later table follows the first results
/// (`hooks::use_later_texts`).
pub const FIRST_PARTS: &[Part] = if cfg!(feature = "explore") {
    &[Part::First, Part::Explore]
} else {
    &[Part::First]
};

/// Every part, before the page switches to a language: the whole page changes at once.
pub const ALL_PARTS: &[Part] = if cfg!(feature = "explore") {
    &[Part::First, Part::Explore, Part::Later]
} else {
    &[Part::First, Part::Later]
};

/// Makes sure the page has these parts of `lang`'s texts, loading those it has not, then calls
/// `then` with whether it has them all. (One loader for every caller: each `async` caller of
/// its own would carry a copy of it in the wasm.)
pub fn load_then(lang: Lang, parts: &'static [Part], then: impl FnOnce(bool) + 'static) {
    let then: Box<dyn FnOnce(bool)> = Box::new(then);
    wasm_bindgen_futures::spawn_local(async move {
        for &part in parts {
            if !load_part(lang, part).await {
                return then(false);
            }
        }
        then(true)
    });
}

/// One part of `lang`'s texts; false if it could not be had (offline with no copy, another
/// version's table: the browser's console says which).
async fn load_part(lang: Lang, part: Part) -> bool {
    if crate::text::available(lang, part) {
        return true;
    }
    let Some(table) = crate::browser::texts::fetch(lang, part).await else {
        return false;
    };
    match crate::text::install(table) {
        Ok(()) => true,
        Err(e) => {
            let file = crate::browser::texts::file_name(lang, part);
            web_sys::console::warn_1(&[file, ": ".to_owned(), e.to_string()].concat().into());
            false
        }
    }
}
