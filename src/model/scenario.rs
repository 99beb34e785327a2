//! The scenario a reader edits: every assumption as a plain number, defaulting to the article.

use super::figures::{value, FigureId as F};

/// Every assumption of the calculator, in the unit its field name states.
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

/// Which 2025 figures stand for the four US hyperscalers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HyperscalerSet {
    /// Guidance as of October 2025 (Microsoft: fiscal year to June 2025). Sum about US$376 bn.
    Guidance2025,
    /// Calendar-2025 actuals where reported. Sum about US$407 bn.
    Actual2025,
}

impl HyperscalerSet {
    pub const ALL: [HyperscalerSet; 2] = [HyperscalerSet::Guidance2025, HyperscalerSet::Actual2025];

    /// The stable name used in markup and links.
    pub fn name(self) -> &'static str {
        match self {
            HyperscalerSet::Guidance2025 => "guidance",
            HyperscalerSet::Actual2025 => "actual",
        }
    }

    pub fn from_name(name: &str) -> Option<HyperscalerSet> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Microsoft, Alphabet, Amazon, Meta, US$ bn.
    pub fn figures(self) -> [F; 4] {
        match self {
            HyperscalerSet::Guidance2025 => [
                F::MicrosoftFy2025,
                F::AlphabetGuidance2025,
                F::AmazonGuidance2025,
                F::MetaGuidance2025,
            ],
            HyperscalerSet::Actual2025 => [
                F::MicrosoftCalendar2025,
                F::AlphabetActual2025,
                F::AmazonGuidance2025,
                F::MetaActual2025,
            ],
        }
    }

    pub fn values(self) -> [f64; 4] {
        self.figures().map(value)
    }

    /// The set whose figures these are, if any.
    pub fn matching(values: [f64; 4]) -> Option<HyperscalerSet> {
        Self::ALL.into_iter().find(|set| set.values() == values)
    }
}

/// Chips a reader can pick; each sets the price per chip from its own source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChipModel {
    H200Article,
    H200Reuters,
    H100,
    B200,
}

impl ChipModel {
    pub const ALL: [ChipModel; 4] = [
        ChipModel::H200Article,
        ChipModel::H200Reuters,
        ChipModel::H100,
        ChipModel::B200,
    ];

    pub fn figure(self) -> F {
        match self {
            ChipModel::H200Article => F::H200PriceArticle,
            ChipModel::H200Reuters => F::H200PriceReuters,
            ChipModel::H100 => F::H100Price,
            ChipModel::B200 => F::B200Price,
        }
    }

    pub fn price(self) -> f64 {
        value(self.figure())
    }

    /// The stable name used in markup and links.
    pub fn name(self) -> &'static str {
        match self {
            ChipModel::H200Article => "h200",
            ChipModel::H200Reuters => "h200-reuters",
            ChipModel::H100 => "h100",
            ChipModel::B200 => "b200",
        }
    }

    pub fn from_name(name: &str) -> Option<ChipModel> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The first chip whose price is exactly this one, if any.
    pub fn priced_at(price: f64) -> Option<ChipModel> {
        Self::ALL.into_iter().find(|c| c.price() == price)
    }
}

impl Default for Scenario {
    /// The article's figures (FT, Dec 2025) with the exchange rates of late December 2025 and
    /// the hyperscalers' 2025 guidance.
    fn default() -> Self {
        Scenario {
            capex: value(F::CapexRmb2026),
            capex25: value(F::AiSystemsRmb2025),
            ai: value(F::AiProcessorsRmb2026),
            chip: value(F::H200PriceArticle),
            order: value(F::TrialOrderChips),
            usdcny: value(F::UsdCny),
            eurusd: value(F::EurUsd),
            hyperscalers: HyperscalerSet::Guidance2025.values(),
            tokens_bytedance: value(F::ByteDanceTokens),
            tokens_google: value(F::GoogleTokens),
        }
    }
}

/// Every number a reader can type, by its contract name (`data-testid="input-<name>"`, URL
/// parameter `<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Capex,
    Capex25,
    Ai,
    Chip,
    Order,
    UsdCny,
    EurUsd,
    Microsoft,
    Alphabet,
    Amazon,
    Meta,
    TokensByteDance,
    TokensGoogle,
}

/// A field's allowed interval and slider step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

impl Field {
    pub const COUNT: usize = 13;
    pub const ALL: [Field; Field::COUNT] = [
        Field::Capex,
        Field::Capex25,
        Field::Ai,
        Field::Chip,
        Field::Order,
        Field::UsdCny,
        Field::EurUsd,
        Field::Microsoft,
        Field::Alphabet,
        Field::Amazon,
        Field::Meta,
        Field::TokensByteDance,
        Field::TokensGoogle,
    ];

    /// Index into arrays of `Field::COUNT` (the declaration order).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The contract name.
    pub fn name(self) -> &'static str {
        match self {
            Field::Capex => "capex",
            Field::Capex25 => "capex25",
            Field::Ai => "ai",
            Field::Chip => "chip",
            Field::Order => "order",
            Field::UsdCny => "usdcny",
            Field::EurUsd => "eurusd",
            Field::Microsoft => "msft",
            Field::Alphabet => "googl",
            Field::Amazon => "amzn",
            Field::Meta => "meta",
            Field::TokensByteDance => "tokens",
            Field::TokensGoogle => "tokens-google",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The unit of the field's value, for exports.
    pub fn unit(self) -> Unit {
        match self {
            Field::Capex | Field::Capex25 | Field::Ai => Unit::RmbBn,
            Field::Chip => Unit::Usd,
            Field::Order => Unit::Chips,
            Field::UsdCny => Unit::RmbPerUsd,
            Field::EurUsd => Unit::UsdPerEur,
            Field::Microsoft | Field::Alphabet | Field::Amazon | Field::Meta => Unit::UsdBn,
            Field::TokensByteDance | Field::TokensGoogle => Unit::TokensADay,
        }
    }

    /// Whether the field is an amount in billions (RMB bn or US$ bn).
    pub fn in_billions(self) -> bool {
        matches!(
            self,
            Field::Capex
                | Field::Capex25
                | Field::Ai
                | Field::Microsoft
                | Field::Alphabet
                | Field::Amazon
                | Field::Meta
        )
    }

    /// Sensible bounds: wide enough for every preset and report in the sources, narrow enough
    /// that a slider step means something.
    pub fn range(self) -> Range {
        let (min, max, step) = match self {
            Field::Capex | Field::Capex25 => (10.0, 500.0, 1.0),
            Field::Ai => (1.0, 500.0, 1.0),
            Field::Chip => (5_000.0, 60_000.0, 500.0),
            Field::Order => (0.0, 1_000_000.0, 1_000.0),
            Field::UsdCny => (6.0, 8.0, 0.01),
            Field::EurUsd => (0.8, 1.6, 0.01),
            Field::Microsoft | Field::Alphabet | Field::Amazon | Field::Meta => (0.0, 300.0, 0.5),
            Field::TokensByteDance | Field::TokensGoogle => (1.0, 200.0, 1.0),
        };
        Range { min, max, step }
    }

    pub fn get(self, s: &Scenario) -> f64 {
        match self {
            Field::Capex => s.capex,
            Field::Capex25 => s.capex25,
            Field::Ai => s.ai,
            Field::Chip => s.chip,
            Field::Order => s.order,
            Field::UsdCny => s.usdcny,
            Field::EurUsd => s.eurusd,
            Field::Microsoft => s.hyperscalers[0],
            Field::Alphabet => s.hyperscalers[1],
            Field::Amazon => s.hyperscalers[2],
            Field::Meta => s.hyperscalers[3],
            Field::TokensByteDance => s.tokens_bytedance,
            Field::TokensGoogle => s.tokens_google,
        }
    }

    pub fn set(self, s: &mut Scenario, v: f64) {
        let slot = match self {
            Field::Capex => &mut s.capex,
            Field::Capex25 => &mut s.capex25,
            Field::Ai => &mut s.ai,
            Field::Chip => &mut s.chip,
            Field::Order => &mut s.order,
            Field::UsdCny => &mut s.usdcny,
            Field::EurUsd => &mut s.eurusd,
            Field::Microsoft => &mut s.hyperscalers[0],
            Field::Alphabet => &mut s.hyperscalers[1],
            Field::Amazon => &mut s.hyperscalers[2],
            Field::Meta => &mut s.hyperscalers[3],
            Field::TokensByteDance => &mut s.tokens_bytedance,
            Field::TokensGoogle => &mut s.tokens_google,
        };
        *slot = v;
    }
}

/// The unit of an input's or a result's value, as the CSV download names it: in English here,
/// in the reader's language from the page's text tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    RmbBn,
    Usd,
    Chips,
    RmbPerUsd,
    UsdPerEur,
    UsdBn,
    TokensADay,
    EurBn,
    Percent,
    PercentOfCapex,
    PercentOfAiBudget,
    Times,
    UsdBnPerDailyTokens,
}

impl Unit {
    pub const ALL: [Unit; 13] = [
        Unit::RmbBn,
        Unit::Usd,
        Unit::Chips,
        Unit::RmbPerUsd,
        Unit::UsdPerEur,
        Unit::UsdBn,
        Unit::TokensADay,
        Unit::EurBn,
        Unit::Percent,
        Unit::PercentOfCapex,
        Unit::PercentOfAiBudget,
        Unit::Times,
        Unit::UsdBnPerDailyTokens,
    ];

    /// The unit in English.
    pub fn name(self) -> &'static str {
        match self {
            Unit::RmbBn => "RMB bn",
            Unit::Usd => "US$",
            Unit::Chips => "chips",
            Unit::RmbPerUsd => "RMB per US$",
            Unit::UsdPerEur => "US$ per EUR",
            Unit::UsdBn => "US$ bn",
            Unit::TokensADay => "trillion tokens a day",
            Unit::EurBn => "EUR bn",
            Unit::Percent => "percent",
            Unit::PercentOfCapex => "percent of capex",
            Unit::PercentOfAiBudget => "percent of AI-processor budget",
            Unit::Times => "times",
            Unit::UsdBnPerDailyTokens => "US$ bn per trillion daily tokens",
        }
    }
}
