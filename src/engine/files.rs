//! The files a reader downloads, written by the engine: the scenario as CSV or JSON, the two
//! charts as standalone SVG in the page's language and colour scheme, and the picture of the
//! scenario (an SVG the page turns into a PNG, `static/picture.js`).

use crate::model::{evaluate, export, Lang, Link};
use crate::picture::{self, charts, Kind, Palette, DARK, LIGHT};

/// A file to offer: its name, type and content.
pub struct File {
    pub name: &'static str,
    pub mime: &'static str,
    pub content: String,
}

/// The colours of the page's scheme, as it says it shows them (`dark` or anything else).
pub fn palette(scheme: &str) -> &'static Palette {
    if scheme == "dark" {
        &DARK
    } else {
        &LIGHT
    }
}

/// The file of `format` (`csv`, `json`, `chart-breakdown`, `chart-hyperscalers`) for a link,
/// or none for a format the engine does not write.
pub fn file(format: &str, link: &Link, lang: Lang, scheme: &str) -> Option<File> {
    let outcome = evaluate(&link.scenario);
    Some(match format {
        "csv" => File {
            name: "capex-scenario.csv",
            mime: "text/csv",
            content: export::csv(link, &outcome, lang),
        },
        "json" => File {
            name: "capex-scenario.json",
            mime: "application/json",
            content: export::json(link, &outcome),
        },
        "chart-breakdown" => File {
            name: "chart-breakdown.svg",
            mime: "image/svg+xml",
            content: charts::breakdown_file(link, lang, palette(scheme)),
        },
        "chart-hyperscalers" => File {
            name: "chart-hyperscalers.svg",
            mime: "image/svg+xml",
            content: charts::comparison_file(link, lang, palette(scheme)),
        },
        _ => return None,
    })
}

/// The picture of a link's scenario, in the page's language and scheme, at the social card's
/// size (1200 × 630 and up).
pub fn picture(link: &Link, lang: Lang, scheme: &str) -> picture::Picture {
    picture::picture(link, lang, palette(scheme), Kind::Card)
}
