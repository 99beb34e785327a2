//! Everything the calculator shows, computed from a scenario in one pass with no allocation, so
//! that uncertainty ranges can run it many thousands of times per input event.

use super::currency::{Currency, Rates};
use super::scenario::{Scenario, Unit};

/// The results of a scenario. Amounts are in billions of the currency their name ends in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// 2026 capex in US$ bn (`out-capex-usd`).
    pub capex_usd: f64,
    /// 2026 capex in euro bn (`out-capex-eur`).
    pub capex_eur: f64,
    /// Growth of 2026 capex over 2025 AI spending, percent (`out-growth`).
    pub growth_pct: f64,
    /// AI-processor budget, US$ bn (`out-ai-usd`).
    pub ai_usd: f64,
    /// AI-processor budget as a share of capex, percent (`out-ai-share`).
    pub ai_share_pct: f64,
    /// Capex other than AI processors, US$ bn (`out-rest-usd`).
    pub rest_usd: f64,
    /// Whole chips the AI-processor budget buys at the chosen price (`out-chips`).
    pub chips: f64,
    /// Cost of the trial order, US$ bn (`out-order-cost`).
    pub order_cost_usd: f64,
    /// Trial order cost as a share of the AI-processor budget, percent (`out-order-share`).
    pub order_share_pct: f64,
    /// Microsoft, Alphabet, Amazon and Meta combined, US$ bn (`out-bigfour-usd`).
    pub bigfour_usd: f64,
    /// How many times ByteDance's capex the four spend together (`out-bigfour-ratio`).
    pub bigfour_ratio: f64,
    /// ByteDance capex per trillion daily tokens, US$ bn.
    pub bytedance_usd_per_trn_tokens: f64,
    /// Alphabet capex per trillion daily Google tokens, US$ bn.
    pub google_usd_per_trn_tokens: f64,
    /// The rates used, to show any amount in any currency.
    pub rates: Rates,
}

impl Outcome {
    /// Every result under its contract name (`out-<name>`), with its unit.
    pub fn named(&self) -> [(&'static str, f64, Unit); 13] {
        [
            ("capex-usd", self.capex_usd, Unit::UsdBn),
            ("capex-eur", self.capex_eur, Unit::EurBn),
            ("growth", self.growth_pct, Unit::Percent),
            ("ai-usd", self.ai_usd, Unit::UsdBn),
            ("ai-share", self.ai_share_pct, Unit::PercentOfCapex),
            ("rest-usd", self.rest_usd, Unit::UsdBn),
            ("chips", self.chips, Unit::Chips),
            ("order-cost", self.order_cost_usd, Unit::UsdBn),
            ("order-share", self.order_share_pct, Unit::PercentOfAiBudget),
            ("bigfour-usd", self.bigfour_usd, Unit::UsdBn),
            ("bigfour-ratio", self.bigfour_ratio, Unit::Times),
            (
                "tokens-bytedance",
                self.bytedance_usd_per_trn_tokens,
                Unit::UsdBnPerDailyTokens,
            ),
            (
                "tokens-google",
                self.google_usd_per_trn_tokens,
                Unit::UsdBnPerDailyTokens,
            ),
        ]
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
