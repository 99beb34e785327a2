//! An edition of the figures as an editor writes it: one TOML file per edition in
//! `src/editions/` (`1.toml`, `2.toml`, ...), read at build time. `build.rs` compiles this file
//! too (with `figures.rs` and `units.rs`), so the build and the tests read and check the files
//! the same way; the page only ever sees the numbers the build made of them.
//!
//! ```toml
//! edition = 1
//! date = "2026-01"
//!
//! [figures.capex-2026]
//! what = { en = "ByteDance capex 2026 (preliminary budget)", it = "…", zh = "…" }
//! value = 160
//! unit = "rmb-bn"
//! date = "2025-12"
//! confidence = "article"
//! source = { en = "Financial Times", it = "Financial Times", zh = "英国《金融时报》" }
//! url = "https://www.ft.com/"
//! note = { en = "…", it = "…", zh = "…" }
//! ```
//!
//! [`check`] refuses a file that is incomplete or inconsistent, with a message that names the
//! edition, the figure and the field.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

mod check;

// build.rs, which compiles this module on its own, calls `check` with a closure and never
// names `Bounds`.
#[allow(unused_imports)]
pub use check::{check, Bounds};

/// The languages every text of an edition is written in, by their link names.
pub const LANGUAGES: [&str; 3] = ["en", "it", "zh"];

/// One edition file, as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionFile {
    pub edition: u16,
    /// The day, month or year the figures are as of: no figure may be dated after it.
    pub date: String,
    pub figures: BTreeMap<String, FigureEntry>,
}

/// A figure as an edition file writes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    /// What the figure is, in each language.
    pub what: Option<Texts>,
    pub value: f64,
    pub unit: String,
    /// The interval the source gives, where it gives one: `[low, high]`.
    pub range: Option<Vec<f64>>,
    /// When it was reported (`2025-12`, `2025-12-25`, `2025`, `late 2025-12`).
    pub date: String,
    pub confidence: String,
    /// Who reported it, in each language.
    pub source: Option<Texts>,
    /// Where a reader can find the source.
    pub url: String,
    /// What the source says about it, in each language.
    pub note: Option<Texts>,
}

/// A text in each language; a missing one is reported by [`check`], not by the parser, so
/// that the message can name the figure.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub en: Option<String>,
    pub it: Option<String>,
    pub zh: Option<String>,
}

impl Texts {
    /// The text in a language (`"it"`), if it is there and not blank.
    pub fn get(&self, lang: &str) -> Option<&str> {
        let text = match lang {
            "en" => self.en.as_deref(),
            "it" => self.it.as_deref(),
            "zh" => self.zh.as_deref(),
            _ => None,
        };
        text.filter(|t| !t.trim().is_empty())
    }
}

/// A reason a file was refused: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file (`src/editions/2.toml`).
    pub file: String,
    /// The figure, if the problem is one figure's.
    pub figure: Option<String>,
    /// The field of the figure or of the file (`value`, `note`, `edition`).
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.figure {
            Some(figure) => write!(
                f,
                "{}: figure {}, field {}: {}",
                self.file, figure, self.field, self.message
            ),
            None => write!(f, "{}: field {}: {}", self.file, self.field, self.message),
        }
    }
}

/// The edition files of a folder (`<n>.toml`), in the order of their numbers: `2.toml` before
/// `10.toml`.
pub fn files_in(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort_by_key(|p| {
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        (stem.parse::<u32>().unwrap_or(u32::MAX), stem.to_owned())
    });
    Ok(files)
}

/// Reads one file's text; a file that is not TOML of this shape is one problem.
pub fn parse(file: &str, text: &str) -> Result<EditionFile, Problem> {
    toml::from_str(text).map_err(|e| Problem {
        file: file.to_owned(),
        figure: None,
        field: "(file)".to_owned(),
        message: e.to_string().trim().replace('\n', " "),
    })
}
