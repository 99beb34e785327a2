//! The scenario a reader edits: every assumption as a plain number, defaulting to an edition's
//! figures.

use super::choices::HyperscalerSet;
use super::editions::{self, Edition};
use super::figures::FigureId as F;

/// Every assumption of the calculator, in the unit its field name states (`Field` reads and
/// writes each by its contract name).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// ByteDance capital expenditure 2026, RMB bn.
    pub capex: f64,
    /// ByteDance spending on AI systems 2025, RMB bn.
    pub capex25: f64,
    /// Of 2026 capex, set aside for AI processors, RMB bn.
    pub ai: f64,
    /// Price per AI chip, US$.
    pub chip: f64,
    /// Size of the trial order, chips.
    pub order: f64,
    /// RMB per US$.
    pub usdcny: f64,
    /// US$ per euro.
    pub eurusd: f64,
    /// 2025 capex of Microsoft, Alphabet, Amazon and Meta, US$ bn.
    pub hyperscalers: [f64; 4],
    /// Daily tokens processed, trillions: ByteDance.
    pub tokens_bytedance: f64,
    /// Daily tokens processed, trillions: Google.
    pub tokens_google: f64,
}

impl Scenario {
    /// An edition's figures: the article's (FT, Dec 2025) in edition 1, with the exchange rates
    /// of late December 2025 and the hyperscalers' 2025 guidance.
    pub fn of(edition: &Edition) -> Scenario {
        let value = |id| edition.value(id);
        Scenario {
            capex: value(F::CapexRmb2026),
            capex25: value(F::AiSystemsRmb2025),
            ai: value(F::AiProcessorsRmb2026),
            chip: value(F::H200PriceArticle),
            order: value(F::TrialOrderChips),
            usdcny: value(F::UsdCny),
            eurusd: value(F::EurUsd),
            hyperscalers: HyperscalerSet::Guidance2025.values(edition),
            tokens_bytedance: value(F::ByteDanceTokens),
            tokens_google: value(F::GoogleTokens),
        }
    }
}

impl Default for Scenario {
    /// The newest edition's figures: what a new reader sees.
    fn default() -> Self {
        Scenario::of(editions::latest())
    }
}
