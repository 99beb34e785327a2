//! The reader's page: Yew components, the state they share, and the text and number formatting
//! they show. May import the model; the model never imports this.

pub mod app;
pub mod assumptions;
pub mod budget_breakdown;
pub mod charts;
pub mod chip_maths;
pub mod context_panels;
#[cfg(feature = "explore")]
pub mod explore;
pub mod format;
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
pub mod text;
pub mod update_line;

pub use app::{App, AppProps};

use crate::model::Lang;

/// Makes sure the page can speak `lang`, loading its texts if they are not in the page yet.
/// False if they could not be had.
pub async fn load_language(lang: Lang) -> bool {
    if text::available(lang) {
        return true;
    }
    match crate::browser::texts::fetch(lang).await {
        Some(texts) => text::install(lang, texts).is_ok(),
        None => false,
    }
}
pub use format::Formatter;
