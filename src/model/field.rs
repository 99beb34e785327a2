//! The numbers a reader can type: each field with its contract name, unit and bounds, declared
//! once; the names a link uses for a field's range and for a pinned scenario are derived from
//! the same literal.

use super::scenario::Scenario;
use super::units::Unit;

/// A field's allowed interval and slider step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

/// Declares the fields once: id, contract name, unit, bounds and step.
macro_rules! fields {
    ($($(#[$doc:meta])* $id:ident => $name:literal, $unit:ident, $min:expr, $max:expr, $step:expr;)*) => {
        /// Every number a reader can type, by its contract name (`data-testid="input-<name>"`,
        /// URL parameter `<name>`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $($(#[$doc])* $id,)*
        }

        impl Field {
            pub const ALL: [Field; Field::COUNT] = [$(Field::$id,)*];

            /// The contract name: `capex`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Field::$id => $name,)*
                }
            }

            /// The link parameter of the field's distribution when it is a range:
            /// `capex_dist`.
            pub fn dist_param(self) -> &'static str {
                match self {
                    $(Field::$id => concat!($name, "_dist"),)*
                }
            }

            /// The link parameter of the field in a pinned scenario A: `a.capex`.
            pub fn pinned_param(self) -> &'static str {
                match self {
                    $(Field::$id => concat!("a.", $name),)*
                }
            }

            /// The unit of the field's value.
            pub fn unit(self) -> Unit {
                match self {
                    $(Field::$id => Unit::$unit,)*
                }
            }

            /// Sensible bounds: wide enough for every preset and report in the sources, narrow
            /// enough that a slider step means something.
            pub fn range(self) -> Range {
                match self {
                    $(Field::$id => Range { min: $min, max: $max, step: $step },)*
                }
            }
        }
    };
}

fields! {
    /// ByteDance capital expenditure 2026, RMB bn.
    Capex => "capex", RmbBn, 10.0, 500.0, 1.0;
    /// ByteDance spending on AI systems 2025, RMB bn.
    Capex25 => "capex25", RmbBn, 10.0, 500.0, 1.0;
    /// Of 2026 capex, for AI processors, RMB bn (at most capex).
    Ai => "ai", RmbBn, 1.0, 500.0, 1.0;
    /// Price per AI chip, US$.
    Chip => "chip", Usd, 5_000.0, 60_000.0, 500.0;
    /// Size of the trial order, chips.
    Order => "order", Chips, 0.0, 1_000_000.0, 1_000.0;
    /// RMB per US$.
    UsdCny => "usdcny", RmbPerUsd, 6.0, 8.0, 0.01;
    /// US$ per euro.
    EurUsd => "eurusd", UsdPerEur, 0.8, 1.6, 0.01;
    /// 2025 capex, US$ bn.
    Microsoft => "msft", UsdBn, 0.0, 300.0, 0.5;
    Alphabet => "googl", UsdBn, 0.0, 300.0, 0.5;
    Amazon => "amzn", UsdBn, 0.0, 300.0, 0.5;
    Meta => "meta", UsdBn, 0.0, 300.0, 0.5;
    /// Daily tokens processed, trillions.
    TokensByteDance => "tokens", TrillionTokensADay, 1.0, 200.0, 1.0;
    TokensGoogle => "tokens-google", TrillionTokensADay, 1.0, 200.0, 1.0;
}

impl Field {
    pub const COUNT: usize = 13;

    /// Index into arrays of `Field::COUNT` (the declaration order).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The field whose distribution a link parameter names (`chip_dist`), if any.
    pub fn from_dist_param(param: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.dist_param() == param)
    }

    /// The field a pinned scenario's parameter names (`a.chip`), if any.
    pub fn from_pinned_param(param: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.pinned_param() == param)
    }

    /// Whether the field is an amount in billions (RMB bn or US$ bn).
    pub fn in_billions(self) -> bool {
        self.unit().in_billions()
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
