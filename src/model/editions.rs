//! The editions of the figures. Each edition is a file in `src/editions/` (see
//! `edition_file.rs`) that the build turns into the table here; every edition stays in every
//! build, so a link or an embed made on an old one opens exactly as it did (`share_link`), and
//! the page can say what changed since.
//!
//! Edition 1 holds the figures the calculator was first published with: the story's, as the
//! Financial Times reported them in December 2025, with the exchange rates of that month and the
//! later reports its presets rest on. A link without an edition is edition 1's.

use super::field::Field;
use super::figures::{Confidence, Figure, FigureId, When};
use super::units::Unit;

/// One edition: its number, the date its figures are as of, and every figure.
#[derive(Debug, PartialEq)]
pub struct Edition {
    pub id: u16,
    pub date: When,
    pub figures: [Figure; FigureId::COUNT],
}

include!(concat!(env!("OUT_DIR"), "/editions.rs"));

/// The edition of every link and stored scenario that names none: links made before editions
/// existed are edition 1 forever.
pub const FIRST: u16 = 1;

/// Every edition, oldest first (the build makes sure there is at least one).
pub fn all() -> &'static [Edition] {
    &EDITIONS
}

/// The newest edition: what a new reader sees.
pub fn latest() -> &'static Edition {
    let [.., last] = &EDITIONS;
    last
}

/// The edition with this number, if the build has it.
pub fn get(id: u16) -> Option<&'static Edition> {
    EDITIONS.iter().find(|e| e.id == id)
}

impl Edition {
    pub fn figure(&self, id: FigureId) -> &Figure {
        &self.figures[id.index()]
    }

    pub fn value(&self, id: FigureId) -> f64 {
        self.figure(id).value
    }

    /// The edition's position in `all()`: editions are numbered 1, 2, 3, ... without a gap
    /// (the build checks).
    pub fn index(&self) -> usize {
        usize::from(self.id.saturating_sub(1))
    }

    pub fn is_latest(&self) -> bool {
        self.id == latest().id
    }

    /// The figures whose value, range, date or confidence differ from an older edition's, in
    /// the order of the sources panel. (Their sources' texts may differ too: the panel shows
    /// both.)
    pub fn changed_since<'a>(&'a self, older: &'a Edition) -> impl Iterator<Item = FigureId> + 'a {
        FigureId::ALL
            .into_iter()
            .filter(move |&id| self.figure(id) != older.figure(id))
    }
}

/// The field a figure is a value of (as a default, a preset or a chip's price), whose bounds it
/// must keep.
pub fn field_of(id: FigureId) -> Option<Field> {
    use FigureId as F;
    Some(match id {
        F::CapexRmb2026 | F::LaterReportsCapexRmb2026 => Field::Capex,
        F::AiSystemsRmb2025 => Field::Capex25,
        F::AiProcessorsRmb2026 => Field::Ai,
        F::H200PriceArticle | F::H200PriceReuters | F::H100Price | F::B200Price => Field::Chip,
        F::TrialOrderChips => Field::Order,
        F::UsdCny => Field::UsdCny,
        F::EurUsd => Field::EurUsd,
        F::MicrosoftFy2025 | F::MicrosoftCalendar2025 => Field::Microsoft,
        F::AlphabetGuidance2025 | F::AlphabetActual2025 => Field::Alphabet,
        F::AmazonGuidance2025 => Field::Amazon,
        F::MetaGuidance2025 | F::MetaActual2025 => Field::Meta,
        F::ByteDanceTokens => Field::TokensByteDance,
        F::GoogleTokens => Field::TokensGoogle,
        F::CapexUsd2026Article
        | F::SemiconductorShare
        | F::BigFourArticle
        | F::IgBonds2025
        | F::IgBonds2020
        | F::AiShareOfIgIssuance => return None,
    })
}

/// The words around an edition's figures: what each is, who reported it, what they said (in
/// the order of `edition_file::LANGUAGES`: English, Italian, Chinese), and where to find it.
/// Compiled where texts are (native builds, the engine, the component tests); the page loads
/// them with its later texts.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
pub mod texts {
    use super::super::figures::FigureId;
    use super::super::lang::Lang;

    #[derive(Debug)]
    pub struct FigureTexts {
        pub what: [&'static str; 3],
        pub source: [&'static str; 3],
        pub note: [&'static str; 3],
        pub url: &'static str,
    }

    include!(concat!(env!("OUT_DIR"), "/edition_texts.rs"));

    /// The texts of a figure in an edition (by its position in `editions::all()`).
    pub fn of(edition_index: usize, id: FigureId) -> Option<&'static FigureTexts> {
        TEXTS.get(edition_index)?.get(id.index())
    }

    /// The index of a language in the texts' arrays.
    pub fn slot(lang: Lang) -> usize {
        match lang {
            Lang::En => 0,
            Lang::It => 1,
            Lang::Zh => 2,
        }
    }
}

/// Every problem of the edition files, as the build reads them (`src/editions`, and the extra
/// folder `CAPEX_EXTRA_EDITIONS` names): the file rules of `edition_file::check`, each value
/// within its field's bounds, and the AI-processor budget within capex. Empty if they can be
/// published.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_files(dirs: &[std::path::PathBuf]) -> Vec<super::edition_file::Problem> {
    use super::edition_file::{check, parse, Problem};
    let mut editions = Vec::new();
    let mut problems = Vec::new();
    for dir in dirs {
        let Ok(files) = super::edition_file::files_in(dir) else {
            problems.push(Problem {
                file: dir.display().to_string(),
                figure: None,
                field: "(folder)".to_owned(),
                message: "cannot be read".to_owned(),
            });
            continue;
        };
        for path in files {
            let name = path.display().to_string();
            match std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| parse(&name, &text).map_err(|p| p.to_string()))
            {
                Ok(edition) => editions.push((name, edition)),
                Err(message) => problems.push(Problem {
                    file: name,
                    figure: None,
                    field: "(file)".to_owned(),
                    message,
                }),
            }
        }
    }
    let bounds = |id: FigureId| {
        field_of(id).map(|f| {
            let r = f.range();
            (r.min, r.max)
        })
    };
    problems.extend(check(&editions, &bounds));
    problems.extend(
        editions
            .iter()
            .flat_map(|(file, e)| ai_within_capex(file, e)),
    );
    problems
}

/// The rule between two figures: the AI-processor budget fits in capex (the article's and the
/// later reports').
#[cfg(not(target_arch = "wasm32"))]
fn ai_within_capex(
    file: &str,
    edition: &super::edition_file::EditionFile,
) -> Option<super::edition_file::Problem> {
    let value = |id: FigureId| edition.figures.get(id.slug()).map(|f| f.value);
    let ai = value(FigureId::AiProcessorsRmb2026)?;
    let capex = [FigureId::CapexRmb2026, FigureId::LaterReportsCapexRmb2026]
        .into_iter()
        .filter_map(value)
        .fold(f64::INFINITY, f64::min);
    (ai > capex).then(|| super::edition_file::Problem {
        file: file.to_owned(),
        figure: Some(FigureId::AiProcessorsRmb2026.slug().to_owned()),
        field: "value".to_owned(),
        message: format!("{ai} is above capex, {capex}: the AI-processor budget is part of capex"),
    })
}
