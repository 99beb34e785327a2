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

use super::figures::{Confidence, FigureId, When};
use super::units::Unit;

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

/// What a figure's value must satisfy beyond the file itself: the bounds of the field it is
/// the default or a preset of (the build has no fields; the crate's own check gives them).
pub type Bounds<'a> = &'a dyn Fn(FigureId) -> Option<(f64, f64)>;

/// Every problem of a set of editions (each with its file name), in file order. Empty if they
/// can be published.
///
/// The rules: each file names its edition, numbered 1, 2, 3, ... without a gap, in order of
/// their dates; every figure of the calculator is there and no other; each has its texts in
/// every language, its unit, a known confidence, a date no later than the edition's, an
/// `http(s)` address, a range (if any) that contains its value, and a value within its field's
/// bounds.
pub fn check(editions: &[(String, EditionFile)], bounds: Bounds) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut previous: Option<(u16, When)> = None;
    for (number, (file, edition)) in editions.iter().enumerate() {
        let problem = |figure: Option<&str>, field: &str, message: String| Problem {
            file: file.clone(),
            figure: figure.map(str::to_owned),
            field: field.to_owned(),
            message,
        };
        let expected_id = number + 1;
        if usize::from(edition.edition) != expected_id {
            problems.push(problem(
                None,
                "edition",
                format!(
                    "is {}, but editions are numbered 1, 2, 3, ... in order: this one should be {expected_id}",
                    edition.edition
                ),
            ));
        }
        let Some(date) = When::parse(&edition.date) else {
            problems.push(problem(
                None,
                "date",
                format!(
                    "{:?} is not a date (2026-01, 2026-01-15 or 2026)",
                    edition.date
                ),
            ));
            continue;
        };
        if let Some((id, before)) = previous {
            if date.end() < before.end() {
                problems.push(problem(
                    None,
                    "date",
                    format!("{} is before edition {id}'s date", edition.date),
                ));
            }
        }
        previous = Some((edition.edition, date));
        for id in FigureId::ALL {
            if !edition.figures.contains_key(id.slug()) {
                problems.push(problem(
                    Some(id.slug()),
                    "(figure)",
                    "is missing: every edition gives every figure".to_owned(),
                ));
            }
        }
        for (slug, entry) in &edition.figures {
            let figure = Some(slug.as_str());
            let Some(id) = FigureId::from_slug(slug) else {
                problems.push(problem(
                    figure,
                    "(figure)",
                    "is not a figure the calculator knows".to_owned(),
                ));
                continue;
            };
            for (field, texts) in [
                ("what", &entry.what),
                ("source", &entry.source),
                ("note", &entry.note),
            ] {
                for lang in LANGUAGES {
                    if texts.as_ref().and_then(|t| t.get(lang)).is_none() {
                        problems.push(problem(figure, field, format!("has no text in {lang}")));
                    }
                }
            }
            match Unit::from_name(&entry.unit) {
                Some(unit) if unit == id.unit() => {}
                Some(_) | None => problems.push(problem(
                    figure,
                    "unit",
                    format!(
                        "is {:?}; this figure is in {:?}",
                        entry.unit,
                        id.unit().name()
                    ),
                )),
            }
            if Confidence::from_name(&entry.confidence).is_none() {
                problems.push(problem(
                    figure,
                    "confidence",
                    format!(
                        "{:?} is not one of article, high, medium, low, derived",
                        entry.confidence
                    ),
                ));
            }
            match When::parse(&entry.date) {
                None => problems.push(problem(
                    figure,
                    "date",
                    format!(
                        "{:?} is not a date (2025-12, 2025-12-25, 2025 or late 2025-12)",
                        entry.date
                    ),
                )),
                Some(when) if when.start() > date.end() => problems.push(problem(
                    figure,
                    "date",
                    format!(
                        "{} is after the edition's date, {}",
                        entry.date, edition.date
                    ),
                )),
                Some(_) => {}
            }
            let address = entry
                .url
                .strip_prefix("https://")
                .or(entry.url.strip_prefix("http://"));
            if !address.is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
            {
                problems.push(problem(
                    figure,
                    "url",
                    format!("{:?} is not an http(s) address", entry.url),
                ));
            }
            if !entry.value.is_finite() {
                problems.push(problem(figure, "value", "is not a number".to_owned()));
            }
            match entry.range.as_deref() {
                None => {}
                Some(&[low, high]) if low <= high && !(low..=high).contains(&entry.value) => {
                    problems.push(problem(
                        figure,
                        "range",
                        format!(
                            "{low} to {high} does not contain the value, {}",
                            entry.value
                        ),
                    ));
                }
                Some(&[low, high]) if low > high => problems.push(problem(
                    figure,
                    "range",
                    format!("its low end, {low}, is above its high end, {high}"),
                )),
                Some(&[_, _]) => {}
                Some(_) => problems.push(problem(
                    figure,
                    "range",
                    "is not two numbers, [low, high]".to_owned(),
                )),
            }
            if let Some((min, max)) = bounds(id) {
                if !(min..=max).contains(&entry.value) {
                    problems.push(problem(
                        figure,
                        "value",
                        format!(
                            "{} is outside the bounds of its field, {min} to {max}",
                            entry.value
                        ),
                    ));
                }
            }
        }
    }
    problems
}
