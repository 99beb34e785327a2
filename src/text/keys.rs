//! The names of the page's texts, in two parts: the `first` table holds what the page's first
//! step shows (the masthead, the inputs the story turns on, the key results, notes and
//! errors), loaded before the first render; the `later` table everything built after it (the
//! results in detail, sharing, the sources), loaded while the first results are on screen.
//! Each part's texts are indexed by position, and each table carries a fingerprint of its
//! layout (`FIRST_LAYOUT`, `LATER_LAYOUT`): a table of another layout is refused, never read
//! by position into the wrong keys.

use super::layout::Part;
use crate::model::{ChipModel, Confidence, Currency, Field, HyperscalerSet, Preset};

/// Declares the keys that carry no value, each in its part; the keys that carry a value (a
/// field's label, a preset's name) are listed after them, in `T` and in `slot`, by hand.
macro_rules! keys {
    (
        first { $($(#[$fdoc:meta])* $first:ident,)* }
        later { $($(#[$ldoc:meta])* $later:ident,)* }
    ) => {
        /// Names of the page's texts. Keys that carry a value name one text per value.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T {
            $($(#[$fdoc])* $first,)*
            $($(#[$ldoc])* $later,)*
            /// A field's label, with its unit.
            Field(Field),
            /// A field's value with its unit, `{0}` the number: what a slider says it is set to.
            FieldValue(Field),
            Chip(ChipModel),
            Preset(Preset),
            /// A currency's name in the currency picker.
            CurrencyName(Currency),
            /// An amount in billions of a currency (written in 亿 in Chinese), `{0}` the number.
            Bn(Currency),
            /// An amount in trillions of a currency (万亿 in Chinese, "mila miliardi" in
            /// Italian), `{0}` the number.
            Trn(Currency),
            /// An amount in billions as a screen reader should hear it, `{0}` the number: the
            /// currency in words, never a symbol read out letter by letter ("22.7 billion US
            /// dollars", not "US$22.7 bn"). For aria labels, chart labels, the announcement.
            BnSpoken(Currency),
            /// An amount in trillions as a screen reader should hear it, `{0}` the number.
            TrnSpoken(Currency),
            Set(HyperscalerSet),
            Confidence(Confidence),
        }

        #[allow(non_camel_case_types, dead_code, clippy::enum_variant_names)]
        #[repr(u16)]
        enum FirstSlot { $($first,)* }

        #[allow(non_camel_case_types, dead_code, clippy::enum_variant_names)]
        #[repr(u16)]
        enum LaterSlot { $($later,)* }

        pub(super) const FIRST_UNITS: &[T] = &[$(T::$first,)*];
        pub(super) const LATER_UNITS: &[T] = &[$(T::$later,)*];
        pub(super) const FIRST_NAMES: &[&str] = &[$(stringify!($first),)*];
        pub(super) const LATER_NAMES: &[&str] = &[$(stringify!($later),)*];

        impl T {
            /// Which table holds the key's text, and where in it.
            pub fn slot(self) -> (Part, usize) {
                const F: usize = FIRST_UNITS.len();
                const L: usize = LATER_UNITS.len();
                match self {
                    $(T::$first => (Part::First, FirstSlot::$first as usize),)*
                    $(T::$later => (Part::Later, LaterSlot::$later as usize),)*
                    T::Field(f) => (Part::First, F + f.index()),
                    T::FieldValue(f) => (Part::First, F + Field::COUNT + f.index()),
                    T::Chip(c) => (Part::First, F + 2 * Field::COUNT + c as usize),
                    T::Preset(p) => (Part::First, F + 2 * Field::COUNT + 4 + p as usize),
                    T::CurrencyName(c) => (Part::First, F + 2 * Field::COUNT + 9 + c as usize),
                    T::Bn(c) => (Part::First, F + 2 * Field::COUNT + 12 + c as usize),
                    T::Trn(c) => (Part::First, F + 2 * Field::COUNT + 15 + c as usize),
                    T::BnSpoken(c) => (Part::First, F + 2 * Field::COUNT + 18 + c as usize),
                    T::TrnSpoken(c) => (Part::First, F + 2 * Field::COUNT + 21 + c as usize),
                    T::Set(s) => (Part::Later, L + s as usize),
                    T::Confidence(c) => (Part::Later, L + 2 + c as usize),
                }
            }
        }
    };
}

keys! {
    first {
        /// `<title>` and the page's heading.
        Title,
        /// The meta description.
        Description,
        Lede,
        Language,
        /// `{0}` a language's own name: its texts could not be loaded when the reader picked
        /// it, and the page stays in its language.
        LangUnavailable,
        /// `{0}` a language's own name: its texts could not be loaded at start, and the page
        /// opened in English.
        LangUnavailableAtStart,
        /// The texts built after the first step could not be loaded.
        LaterTextsFailed,
        Assumptions,
        ByteDanceBudget,
        ChipsAndOrder,
        KeyResults,
        Capex2026,
        ForAiProcessors,
        /// `{0}` a chip's price.
        ChipsAt,
        BigFourTimes,
        /// What a screen reader hears once the reader pauses, the four key results: `{0}`
        /// capex and `{1}` the AI-processor budget (amounts as heard, `T::BnSpoken`), `{2}` the
        /// chips it buys, `{3}` the US four's multiple (`Times`).
        Announce,
        CurrencyPicker,
        ChipPicker,
        ChipCustom,
        Results,
        PresetPicker,
        PresetCustom,
        NoteInvalid,
        NoteUnknownValue,
        NoteEdition,
        NoteVersion,
        /// The link's figures are an older edition's: `{0}` its date. With the action that
        /// opens the same changes on the newest figures.
        EditionNewer,
        EditionOpenNewest,
        NotesHeading,
        StorageIgnored,
        StorageRestored,
        /// An amount in US dollars: a chip's price.
        UsdAmount,
        /// A ratio: 16.6 times.
        Times,
        ErrEmpty,
        ErrNotANumber,
        ErrTooLarge,
        /// `{0}` the minimum.
        ErrBelowMin,
        ErrAboveMax,
        /// `{0}` total capex.
        ErrAiAboveCapex,
        /// `{0}` the AI-processor budget.
        ErrCapexBelowAi,
        /// `{0}` and `{1}`: the two numbers the text could be.
        ErrAmbiguous,
    }
    later {
        Hyperscalers,
        Tokens,
        SetPicker,
        SetCustom,
        Reset,
        CapexInCurrencies,
        CapexIn,
        Growth,
        Breakdown,
        AiProcessors,
        RestOfCapex,
        Total,
        SemiconductorNote,
        OpexNote,
        ChipMaths,
        ChipsBought,
        OrderCost,
        Comparison,
        BigFour,
        DefinitionsNote,
        ByteDance2026,
        CombinedFour,
        Microsoft,
        Alphabet,
        Amazon,
        Meta,
        TokensHeading,
        TokensNote,
        AlphabetGoogle,
        Financing,
        FinancingText,
        Sources,
        SourcesIntro,
        /// `{0}` an edition's date: "Figures as of Jan 2026".
        EditionAsOf,
        /// The heading of what changed in the newest figures, `{0}` their date.
        WhatChanged,
        /// One changed figure: `{0}` what it is, `{1}` and `{2}` its old value and source,
        /// `{3}` and `{4}` its new value and source.
        ChangedFigure,
        ColFigure,
        ColValue,
        ColSource,
        ColDate,
        ColConfidence,
        /// A figure's value and the interval its source gives, `{0}` the value, `{1}` the
        /// interval: "US$27,500 (range given: US$25,000–30,000)".
        ValueInRange,
        /// The two ends of an interval, `{0}` and `{1}`, inside the unit they share
        /// ("25,000–30,000" in "US$25,000–30,000"): an en dash, 至 in Chinese.
        RangeEnds,
        /// The breakdown chart's text alternative: `{0}` the AI processors, `{1}` the rest of
        /// capex, `{2}` the total, each as a screen reader hears an amount (`T::BnSpoken`).
        BreakdownChartLabel,
        /// The comparison chart's text alternative: `{0}` its items (`ChartItem`), joined by
        /// `ListSeparator`.
        HyperscalerChartLabel,
        /// A picture's text alternative, the finding with its numbers as a screen reader hears
        /// them: `{0}` capex in RMB, `{1}` in the currency shown, `{2}` the chips it buys (to
        /// the hundred), `{3}` a chip's price (`UsdSpoken`), `{4}` how many times as much the
        /// US four spent (a bare number).
        PictureAlt,
        /// A chart's item in its text alternative: `{0}` the name, `{1}` the amount as heard.
        /// The two are kept apart by punctuation, so a name ending in a number ("ByteDance
        /// 2026") never runs into the amount.
        ChartItem,
        /// Whole US dollars as a screen reader should hear them, `{0}` the number: "20,000 US
        /// dollars", not "US$20,000".
        UsdSpoken,
        /// "Sources: {0}": the sources behind a result.
        SourcesLine,
        /// A source and its date, `{0}` and `{1}`.
        SourceDated,
        /// Between items of a list: "; ".
        ListSeparator,
        PresetSource,
        Share,
        CopyLink,
        LinkCopied,
        CopyByHand,
        EmbedOpen,
        EmbedHeading,
        EmbedIntro,
        /// The optional field for the newsroom's site in the embed dialog.
        EmbedSite,
        EmbedSiteError,
        EmbedCopy,
        EmbedCopied,
        /// The embed dialog's choice to follow the newest figures rather than pin these.
        EmbedLatest,
        /// The AMP version's heading, and its overflow button.
        EmbedAmp,
        EmbedAmpMore,
        Close,
        Download,
        DownloadCsv,
        DownloadJson,
        DownloadBreakdownSvg,
        DownloadHyperscalerSvg,
        /// The picture of the scenario on screen (a PNG; shared on a phone).
        DownloadPicture,
        OpenFull,
        /// On paper only: where the scenario printed is online, `{0}` its link.
        PrintLink,
        /// A newer version of the page is installed and waiting: the line that says so, and its
        /// button.
        UpdateReady,
        UpdateReload,
        /// The link to the single-file edition, and what it is.
        DownloadOffline,
        DownloadOfflineHint,
        /// The links into the explore page (ranges, a comparison, the story): their list's name.
        Explore,
        ExploreRanges,
        ExploreCompare,
        ExploreStory,
        MoreAssumptions,
        MoreResults,
        IframeTitle,
        UnitChips,
        UnitTokens,
        UnitRmbPerUsd,
        UnitUsdPerEur,
        /// The last days of a month, `{0}` the month: "late Dec 2025".
        LateMonth,
        Footer,
    }
}
