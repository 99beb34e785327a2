//! Pictures and files drawn from the scenario, with no browser: the charts' layout (used by
//! the page's SVG charts too), the charts as standalone SVG files, and a picture of a whole
//! scenario. Pure like the model and the texts, so the engine's worker draws the reader's
//! downloads and the build draws the social cards and the embed's fallback (`build/pictures.rs`)
//! from the same code.

pub mod card;
pub mod charts;
pub mod geometry;
pub mod layout;
pub mod svg;

pub use card::{alt, picture, Kind, Picture};
pub use svg::{Palette, DARK, LIGHT};

use crate::model::Lang;

/// The file of a picture of edition `edition`'s scenario: `card-e1-it.png`,
/// `fallback-e1-it.png`. Every edition keeps its own, so an embed code's fallback keeps showing
/// the figures it was made on.
pub fn file_name(kind: Kind, edition: u16, lang: Lang) -> String {
    let kind = match kind {
        Kind::Card => "card",
        Kind::Fallback => "fallback",
    };
    [kind, "-e", &edition.to_string(), "-", lang.name(), ".png"].concat()
}
