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
pub mod format;
pub mod hooks;
pub mod hyperscaler_comparison;
pub mod key_figures;
pub mod key_results;
pub mod language_picker;
pub mod link_notes;
pub mod number_field;
pub mod output;
pub mod picker;
pub mod share_bar;
pub mod sources_panel;
pub mod state;
pub mod update_line;

pub use app::{App, AppProps};
pub use format::Formatter;

use crate::model::Lang;
use crate::text::Part;

/// Makes sure the page has a part of `lang`'s texts, loading it if it is not in the page yet.
/// False if it could not be had (offline with no copy, another version's table: the browser's
/// console says which).
pub async fn load_part(lang: Lang, part: Part) -> bool {
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

/// The parts of `lang`'s texts a page needs before it first speaks it: the first table (and
/// the explore page's own). The later table follows the first results (`hooks::use_later_texts`).
pub async fn load_first(lang: Lang) -> bool {
    load_part(lang, Part::First).await
        && (!cfg!(feature = "explore") || load_part(lang, Part::Explore).await)
}

/// Every part of `lang`'s texts, before the page switches to it: the whole page changes
/// language at once.
pub async fn load_language(lang: Lang) -> bool {
    load_first(lang).await && load_part(lang, Part::Later).await
}
