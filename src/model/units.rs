//! The one vocabulary of units: what a figure's value, an input or a result is measured in.
//! Each name says the unit whole (`RmbBn` is billions of renminbi), so a figure of the sources
//! table, a field of the form and a row of the CSV download name their units the same way.

/// The unit of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Billions of renminbi: capex, the AI-processor budget.
    RmbBn,
    /// Billions of US dollars: the hyperscalers' capex, results in US$.
    UsdBn,
    /// Billions of euros: capex in euros.
    EurBn,
    /// US dollars: a chip's price.
    Usd,
    /// A count of chips.
    Chips,
    /// Renminbi per US dollar (7.04).
    RmbPerUsd,
    /// US dollars per euro (1.17).
    UsdPerEur,
    /// Trillions of tokens processed a day.
    TrillionTokensADay,
    /// A share, in percent.
    Percent,
    /// A share of capex, in percent.
    PercentOfCapex,
    /// A share of the AI-processor budget, in percent.
    PercentOfAiBudget,
    /// A multiple (16.6 times).
    Times,
    /// Billions of US dollars of capex per trillion tokens a day.
    UsdBnPerTrillionDailyTokens,
}

impl Unit {
    pub const ALL: [Unit; 13] = [
        Unit::RmbBn,
        Unit::UsdBn,
        Unit::EurBn,
        Unit::Usd,
        Unit::Chips,
        Unit::RmbPerUsd,
        Unit::UsdPerEur,
        Unit::TrillionTokensADay,
        Unit::Percent,
        Unit::PercentOfCapex,
        Unit::PercentOfAiBudget,
        Unit::Times,
        Unit::UsdBnPerTrillionDailyTokens,
    ];

    /// The stable name an edition file writes (`unit = "rmb-bn"`).
    pub fn name(self) -> &'static str {
        match self {
            Unit::RmbBn => "rmb-bn",
            Unit::UsdBn => "usd-bn",
            Unit::EurBn => "eur-bn",
            Unit::Usd => "usd",
            Unit::Chips => "chips",
            Unit::RmbPerUsd => "rmb-per-usd",
            Unit::UsdPerEur => "usd-per-eur",
            Unit::TrillionTokensADay => "trillion-tokens-a-day",
            Unit::Percent => "percent",
            Unit::PercentOfCapex => "percent-of-capex",
            Unit::PercentOfAiBudget => "percent-of-ai-budget",
            Unit::Times => "times",
            Unit::UsdBnPerTrillionDailyTokens => "usd-bn-per-trillion-daily-tokens",
        }
    }

    pub fn from_name(name: &str) -> Option<Unit> {
        Self::ALL.into_iter().find(|u| u.name() == name)
    }

    /// Whether values in this unit are amounts in billions (written in 亿 in Chinese).
    pub fn in_billions(self) -> bool {
        matches!(self, Unit::RmbBn | Unit::UsdBn | Unit::EurBn)
    }
}
