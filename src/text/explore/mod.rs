//! The explore page's own texts (`explore.html`: ranges, which assumption matters most, two
//! scenarios side by side, the story with live numbers): a table of their own per language, in
//! a file of their own (`explore-lang-<code>.json`), that only the explore page loads, after
//! the two tables every page loads.

use super::layout::layout;
use super::Lang;
use crate::model::ranges::Dist;
use crate::model::ResultId;

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod en;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod it;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod zh;

/// Declares the explore page's keys that carry no value; those that do are listed after them.
macro_rules! explore_keys {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// Names of the explore page's texts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum X {
            $($(#[$doc])* $key,)*
            /// A result's name, as a label: "Chips the budget buys".
            Result(ResultId),
            /// How a range's distribution reads its ends.
            Dist(Dist),
            /// A result's name as running text writes it, to fill a slot inside a sentence
            /// (`HistogramLabel`, `TornadoChartLabel`): "ByteDance’s 2026 capex"; in Italian
            /// with its article ("il capex 2026 di ByteDance"), so a template puts it where an
            /// article may follow (after a verb, or "per"), never after "di", "a", "da", "in",
            /// "su", which would have to fuse with it.
            ResultInText(ResultId),
        }

        #[allow(non_camel_case_types, dead_code)]
        #[repr(u16)]
        enum Slot { $($key,)* }

        const UNITS: &[X] = &[$(X::$key,)*];
        const NAMES: &[&str] = &[$(stringify!($key),)*];

        impl X {
            /// Where in the explore table the key's text is.
            pub fn slot(self) -> usize {
                const U: usize = UNITS.len();
                match self {
                    $(X::$key => Slot::$key as usize,)*
                    X::Result(r) => U + r.index(),
                    X::Dist(d) => U + ResultId::COUNT + d as usize,
                    X::ResultInText(r) => U + ResultId::COUNT + Dist::ALL.len() + r.index(),
                }
            }
        }
    };
}

explore_keys! {
    /// How sure are these numbers? The uncertainty section's heading.
    HowSure,
    SingleValue,
    DrawsNote,
    /// A button: new draws, with the next seed.
    Redraw,
    HowSureIntro,
    RangeToggle,
    RangeToggleLabel,
    RangeLow,
    RangeHigh,
    RangeDist,
    NoteRange,
    RangeLowAboveHigh,
    RangeTouchesZero,
    IntervalShort,
    /// A histogram's text alternative: `{0}` the result (`ResultInText`), `{1}` the draws,
    /// `{2}` and `{3}` the 5th and 95th percentiles, `{4}` the median, amounts as heard.
    HistogramLabel,
    RangeReason,
    Tornado,
    TornadoFor,
    TornadoIntro,
    TornadoBar,
    TornadoEmpty,
    /// `{0}` the inputs, as a list, whose ranges do not move the chosen result.
    TornadoStill,
    /// `{0}` the result (`ResultInText`), `{1}` the inputs that move it, largest first.
    TornadoChartLabel,
    Compare,
    CompareIntro,
    PinA,
    Unpin,
    ColResult,
    ColA,
    ColB,
    ColDiff,
    ColDiffPct,
    Story,
    StoryHint,
    /// `{0}` capex, `{1}` the AI-processor budget: live numbers in their units (`FieldValue`).
    Story1,
    /// `{0}` the exchange rate (live), `{1}` the AI-processor budget in the reader's currency,
    /// `{2}` a chip's price (live), `{3}` the chips it buys.
    Story2,
    /// `{0}` the US four's 2025 capex, `{1}` its multiple of ByteDance's (`Times`).
    Story3,
}

/// The fingerprint of the explore table's layout.
pub const EXPLORE_LAYOUT: u64 = layout(
    NAMES,
    &[
        ("Result", ResultId::COUNT),
        ("Dist", Dist::ALL.len()),
        ("ResultInText", ResultId::COUNT),
    ],
);

impl X {
    /// Every key, in the order of the explore table.
    pub fn all() -> Vec<X> {
        let mut keys = UNITS.to_vec();
        keys.extend(ResultId::ALL.map(X::Result));
        keys.extend(Dist::ALL.map(X::Dist));
        keys.extend(ResultId::ALL.map(X::ResultInText));
        keys
    }
}

/// The explore page's text named `key` in `lang`.
pub fn text(lang: Lang, key: X) -> &'static str {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
    {
        match lang {
            Lang::En => en::text(key),
            Lang::It => it::text(key),
            Lang::Zh => zh::text(key),
        }
    }
    #[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-languages")))]
    {
        super::tables::loaded(lang, super::layout::Part::Explore, key.slot())
    }
}
