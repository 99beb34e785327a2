//! Everything the calculator shows, computed from a scenario in one pass with no allocation, so
//! that uncertainty ranges can run it many thousands of times per input event; and the names
//! results go by, one enum from which every list of them is derived.

use super::currency::{Currency, Rates};
use super::scenario::Scenario;
use super::units::Unit;

/// Declares the results once: each id with its contract name and unit. The name tables
/// (`name`, `testid`) are derived from the one literal, so they cannot drift apart.
macro_rules! results {
    ($($(#[$doc:meta])* $id:ident => $name:literal, $unit:ident;)*) => {
        /// A result, by its contract name (`data-testid="out-<name>"`, the host API's
        /// `results`, the CSV's and JSON's rows).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ResultId {
            $($(#[$doc])* $id,)*
        }

        impl ResultId {
            /// Every result, in the order the downloads and the explore page list them.
            pub const ALL: [ResultId; ResultId::COUNT] = [$(ResultId::$id,)*];

            /// The contract name: `chips`.
            pub fn name(self) -> &'static str {
                match self {
                    $(ResultId::$id => $name,)*
                }
            }

            /// `out-<name>`: the result's element on the page.
            pub fn testid(self) -> &'static str {
                match self {
                    $(ResultId::$id => concat!("out-", $name),)*
                }
            }

            /// The unit of the result's value (its `data-value`).
            pub fn unit(self) -> Unit {
                match self {
                    $(ResultId::$id => Unit::$unit,)*
                }
            }
        }
    };
}

results! {
    /// 2026 capex in US$.
    CapexUsd => "capex-usd", UsdBn;
    /// 2026 capex in euros.
    CapexEur => "capex-eur", EurBn;
    /// 2026 capex over 2025 AI spending.
    Growth => "growth", Percent;
    /// The AI-processor budget in US$.
    AiUsd => "ai-usd", UsdBn;
    AiShare => "ai-share", PercentOfCapex;
    RestUsd => "rest-usd", UsdBn;
    /// The chips the AI-processor budget buys.
    Chips => "chips", Chips;
    OrderCost => "order-cost", UsdBn;
    OrderShare => "order-share", PercentOfAiBudget;
    BigfourUsd => "bigfour-usd", UsdBn;
    /// The US four's 2025 capex as a multiple of ByteDance's 2026 capex.
    BigfourRatio => "bigfour-ratio", Times;
    TokensBytedance => "tokens-bytedance", UsdBnPerTrillionDailyTokens;
    TokensGoogle => "tokens-google", UsdBnPerTrillionDailyTokens;
}

impl ResultId {
    pub const COUNT: usize = 13;

    /// The key results that get a histogram on the explore page: the story's question (capex,
    /// the chips it buys, the US four as a multiple).
    pub const WITH_HISTOGRAM: [ResultId; 3] =
        [ResultId::CapexUsd, ResultId::Chips, ResultId::BigfourRatio];

    /// Index into arrays of `ResultId::COUNT` (the declaration order, that of `ALL`).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_name(name: &str) -> Option<ResultId> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// The results of a scenario. Amounts are in billions of the currency their name ends in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// 2026 capex in US$ bn.
    pub capex_usd: f64,
    /// 2026 capex in euro bn.
    pub capex_eur: f64,
    /// Growth of 2026 capex over 2025 AI spending, percent.
    pub growth_pct: f64,
    /// AI-processor budget, US$ bn.
    pub ai_usd: f64,
    /// AI-processor budget as a share of capex, percent.
    pub ai_share_pct: f64,
    /// Capex other than AI processors, US$ bn.
    pub rest_usd: f64,
    /// Whole chips the AI-processor budget buys at the chosen price.
    pub chips: f64,
    /// Cost of the trial order, US$ bn.
    pub order_cost_usd: f64,
    /// Trial order cost as a share of the AI-processor budget, percent.
    pub order_share_pct: f64,
    /// Microsoft, Alphabet, Amazon and Meta combined, US$ bn.
    pub bigfour_usd: f64,
    /// How many times ByteDance's capex the four spend together.
    pub bigfour_ratio: f64,
    /// ByteDance capex per trillion daily tokens, US$ bn.
    pub bytedance_usd_per_trn_tokens: f64,
    /// Alphabet capex per trillion daily Google tokens, US$ bn.
    pub google_usd_per_trn_tokens: f64,
    /// The rates used, to show any amount in any currency.
    pub rates: Rates,
}

impl Outcome {
    /// One result's value, in its unit.
    pub fn get(&self, id: ResultId) -> f64 {
        match id {
            ResultId::CapexUsd => self.capex_usd,
            ResultId::CapexEur => self.capex_eur,
            ResultId::Growth => self.growth_pct,
            ResultId::AiUsd => self.ai_usd,
            ResultId::AiShare => self.ai_share_pct,
            ResultId::RestUsd => self.rest_usd,
            ResultId::Chips => self.chips,
            ResultId::OrderCost => self.order_cost_usd,
            ResultId::OrderShare => self.order_share_pct,
            ResultId::BigfourUsd => self.bigfour_usd,
            ResultId::BigfourRatio => self.bigfour_ratio,
            ResultId::TokensBytedance => self.bytedance_usd_per_trn_tokens,
            ResultId::TokensGoogle => self.google_usd_per_trn_tokens,
        }
    }

    /// Every result with its id, in the order of `ResultId::ALL`.
    pub fn all(&self) -> [(ResultId, f64); ResultId::COUNT] {
        ResultId::ALL.map(|id| (id, self.get(id)))
    }
}

/// Computes every result of a scenario.
///
/// With the article's figures: RMB 160 bn at 7.04 RMB per US$ is US$22.73 bn; RMB 85 bn is
/// US$12.07 bn, which buys 603,693 chips at US$20,000; the four US hyperscalers' US$376.2 bn
/// is 16.6 times ByteDance's capex.
pub fn evaluate(s: &Scenario) -> Outcome {
    let rates = Rates {
        usdcny: s.usdcny,
        eurusd: s.eurusd,
    };
    let capex_usd = rates.to_usd(s.capex, Currency::Cny);
    let ai_usd = rates.to_usd(s.ai, Currency::Cny);
    let order_cost_usd = s.order * s.chip / 1e9;
    let bigfour_usd = s.hyperscalers.iter().sum::<f64>();
    Outcome {
        capex_usd,
        capex_eur: rates.from_usd(capex_usd, Currency::Eur),
        growth_pct: (s.capex - s.capex25) / s.capex25 * 100.0,
        ai_usd,
        ai_share_pct: s.ai / s.capex * 100.0,
        rest_usd: rates.to_usd(s.capex - s.ai, Currency::Cny),
        // The tiny epsilon keeps an exact fit (US$12 bn at US$20,000 is 600,000 chips) from
        // losing a chip to binary rounding.
        chips: (ai_usd * 1e9 / s.chip * (1.0 + 1e-12)).floor(),
        order_cost_usd,
        order_share_pct: order_cost_usd / ai_usd * 100.0,
        bigfour_usd,
        bigfour_ratio: bigfour_usd / capex_usd,
        bytedance_usd_per_trn_tokens: capex_usd / s.tokens_bytedance,
        google_usd_per_trn_tokens: s.hyperscalers[1] / s.tokens_google,
        rates,
    }
}
