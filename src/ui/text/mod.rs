//! Every piece of text a reader sees, by name, in each language the page speaks: one table per
//! language (`en.rs`, `it.rs`, `zh.rs`, each one exhaustive `match`, so a key without a text
//! does not compile), behind one lookup, [`text`]. Components never hold prose of their own.
//!
//! No language is compiled into the page's wasm: each is written out at build time as
//! `lang-en.json`, `lang-it.json`, `lang-zh.json` (`tests/tools/texts.rs`: the same tables, in
//! the order of [`T::all`]) and loaded before the first render in that language ([`install`]),
//! while the wasm downloads (`static/theme.js` preloads the reader's table): a reader pays for
//! one language, not three, and English readers no longer carry English twice (in the wasm and
//! counted in the first view's budget as the largest table). Native builds and the component
//! tests (feature `bundled-languages`) compile all three in.
//!
//! Templates take numbered slots (`{0}`, `{1}`) filled by [`fill`] with already-formatted
//! numbers, so word order can differ between languages; `tests/presentation.rs` checks that
//! every language has the same slots in every template. Numbers, dates and percentages are
//! written by the browser's `Intl` with the language's locale (`ui/format.rs`); the glossary
//! of fixed terms is in ARCHITECTURE.md.

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod en;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod it;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod zh;

use std::cell::RefCell;

pub use crate::model::Lang;
use crate::model::{
    ChipModel, Confidence, Currency, Field, FigureId, HyperscalerSet, Preset, FIGURES,
};

/// The BCP 47 locale `Intl` formats numbers in, and the `lang` attribute.
pub fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::It => "it",
        Lang::Zh => "zh-CN",
    }
}

/// Each language's name in itself, as the language picker lists it: always in the page, whichever
/// languages' texts are.
pub fn self_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::It => "Italiano",
        Lang::Zh => "中文",
    }
}

/// The locale dates are written in: British English writes `25 Dec 2025`, as the story does.
pub fn date_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        lang => locale(lang),
    }
}

/// Declares the keys that carry no value once, as variants of [`T`] and as the list
/// [`T::all`] starts from.
macro_rules! keys {
    (
        $($(#[$doc:meta])* $key:ident,)*
        @explore { $($(#[$xdoc:meta])* $xkey:ident,)* }
    ) => {
        /// Names of the page's texts. Keys that carry a value name one text per value (a
        /// field's label, a figure's source).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T {
            $($(#[$doc])* $key,)*
            /// A field's label, with its unit.
            Field(Field),
            /// A field's value with its unit, `{0}` the number: what a slider says it is set to.
            FieldValue(Field),
            /// What a figure is, in the sources table.
            Figure(FigureId),
            /// Who reported a figure; `{0}` the interval it gives, where it gives one.
            Source(FigureId),
            Confidence(Confidence),
            Chip(ChipModel),
            Preset(Preset),
            Set(HyperscalerSet),
            /// A currency's name in the currency picker.
            CurrencyName(Currency),
            /// An amount in billions of a currency (written in 亿 in Chinese), `{0}` the number.
            Bn(Currency),
            $($(#[$xdoc])* #[cfg(feature = "explore")] $xkey,)*
        }

        /// The keys that carry no value, in declaration order.
        const PLAIN: &[T] = &[$(T::$key,)*];
        /// The explore build's own keys: last in the language tables, so the first view reads
        /// the same tables and stops before them.
        #[cfg(feature = "explore")]
        const EXPLORE: &[T] = &[$(T::$xkey,)*];
    };
}

keys! {
    /// `<title>` and the page's heading.
    Title,
    /// The meta description.
    Description,
    Lede,
    Language,
    /// `{0}` a language's own name: its texts could not be loaded.
    LangUnavailable,
    Assumptions,
    ByteDanceBudget,
    ChipsAndOrder,
    KeyResults,
    ForAiProcessors,
    ChipsAt,
    BigFourTimes,
    /// What a screen reader hears once the reader pauses: the four key results.
    Announce,
    Hyperscalers,
    Tokens,
    CurrencyPicker,
    ChipPicker,
    ChipCustom,
    SetPicker,
    SetCustom,
    Reset,
    Results,
    Capex2026,
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
    ColFigure,
    ColValue,
    ColSource,
    ColDate,
    ColConfidence,
    BreakdownChartLabel,
    HyperscalerChartLabel,
    /// "Sources: {0}": the sources behind a result.
    SourcesLine,
    /// A source and its date, `{0}` and `{1}`.
    SourceDated,
    /// Between items of a list: "; ".
    ListSeparator,
    PresetPicker,
    PresetCustom,
    PresetSource,
    NoteInvalid,
    NoteUnknownValue,
    NoteVersion,
    NotesHeading,
    StorageIgnored,
    StorageRestored,
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
    Close,
    Download,
    DownloadCsv,
    DownloadJson,
    DownloadBreakdownSvg,
    DownloadHyperscalerSvg,
    OpenFull,
    /// A newer version of the page is installed and waiting: the line that says so, and its button.
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
    /// An amount in US dollars: a chip's price.
    UsdAmount,
    /// An amount in US$ trillions.
    UsdTrillion,
    /// A ratio: 16.6 times.
    Times,
    /// The last days of a month, `{0}` the month: "late Dec 2025".
    LateMonth,
    Footer,
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
    @explore {
        /// How sure are these numbers? The uncertainty section's heading.
        HowSure,
        OutCapexUsd,
        OutCapexEur,
        OutGrowth,
        OutAiUsd,
        OutAiShare,
        OutRestUsd,
        OutChips,
        OutOrderCost,
        OutOrderShare,
        OutBigfourUsd,
        OutBigfourRatio,
        OutTokensBytedance,
        OutTokensGoogle,
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
        DistLognormal,
        DistNormal,
        DistUniform,
        DistTriangular,
        NoteRange,
        RangeLowAboveHigh,
        RangeTouchesZero,
        IntervalShort,
        HistogramLabel,
        RangeReason,
        Tornado,
        TornadoFor,
        TornadoIntro,
        TornadoBar,
        TornadoEmpty,
        /// `{0}` the inputs, as a list, whose ranges do not move the chosen result.
        TornadoStill,
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
        Story1,
        Story2,
        Story3,
    }
}

impl T {
    /// Every key, in the order of the language tables the page loads
    /// (`tests/tools/texts.rs`).
    pub fn all() -> Vec<T> {
        let mut keys = PLAIN.to_vec();
        keys.extend(Field::ALL.map(T::Field));
        keys.extend(Field::ALL.map(T::FieldValue));
        keys.extend(FIGURES.iter().map(|f| T::Figure(f.id)));
        keys.extend(FIGURES.iter().map(|f| T::Source(f.id)));
        keys.extend(Confidence::ALL.map(T::Confidence));
        keys.extend(ChipModel::ALL.map(T::Chip));
        keys.extend(Preset::ALL.map(T::Preset));
        keys.extend(HyperscalerSet::ALL.map(T::Set));
        keys.extend(Currency::ALL.map(T::CurrencyName));
        keys.extend(Currency::ALL.map(T::Bn));
        #[cfg(feature = "explore")]
        keys.extend_from_slice(EXPLORE);
        keys
    }
}

/// Whether `lang`'s texts are in the page: once installed, or always where all languages are
/// compiled in.
pub fn available(lang: Lang) -> bool {
    bundled() || LOADED.with(|l| l.borrow().iter().any(|(l, _)| *l == lang))
}

fn bundled() -> bool {
    cfg!(any(
        not(target_arch = "wasm32"),
        feature = "bundled-languages"
    ))
}

/// A language's texts, each beside its key.
type Table = &'static [(T, &'static str)];

thread_local! {
    /// Languages loaded at run time. Kept for the page's life: a reader who switches back and
    /// forth loads each language once.
    static LOADED: RefCell<Vec<(Lang, Table)>> = const { RefCell::new(Vec::new()) };
}

/// Installs `lang`'s texts, in the order of [`T::all`], as `tests/tools/texts.rs` writes
/// them. A table with fewer texts is from another version of the page: refused. One with more
/// may be the explore page's (its own texts come last): the first ones are this build's.
pub fn install(lang: Lang, texts: Vec<String>) -> Result<(), usize> {
    // A table may carry more texts than this build has keys (the explore build's, last).
    let keys = T::all();
    if texts.len() < keys.len() {
        return Err(texts.len());
    }
    // Leaked on purpose: a language's texts live as long as the page.
    let table: Vec<(T, &'static str)> = keys
        .into_iter()
        .zip(texts)
        .map(|(key, t)| (key, &*Box::leak(t.into_boxed_str())))
        .collect();
    let table: Table = Box::leak(table.into_boxed_slice());
    LOADED.with(|l| l.borrow_mut().push((lang, table)));
    Ok(())
}

/// The text named `key` in `lang`. The page only ever speaks a language whose texts are in
/// it (`main` and the language switch load them first); were they not, the text is empty.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
pub fn text(lang: Lang, key: T) -> &'static str {
    match lang {
        Lang::En => en::text(key),
        Lang::It => it::text(key),
        Lang::Zh => zh::text(key),
    }
}

/// The text named `key` in `lang`. The page only ever speaks a language whose texts are in
/// it (`main` and the language switch load them first); were they not, the text is empty.
#[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-languages")))]
pub fn text(lang: Lang, key: T) -> &'static str {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, table)| table.iter().find(|(k, _)| *k == key))
            .map_or("", |(_, t)| *t)
    })
}

/// Why a typed value was not taken; slots: `{0}` (and `{1}`) the numbers it names.
pub fn error_text(lang: Lang, error: crate::model::InputError) -> &'static str {
    use crate::model::InputError as E;
    text(
        lang,
        match error {
            E::Empty => T::ErrEmpty,
            E::NotANumber => T::ErrNotANumber,
            E::TooLarge => T::ErrTooLarge,
            E::BelowMin(_) => T::ErrBelowMin,
            E::AboveMax(_) => T::ErrAboveMax,
            E::AiAboveCapex(_) => T::ErrAiAboveCapex,
            E::CapexBelowAi(_) => T::ErrCapexBelowAi,
            E::Ambiguous(..) => T::ErrAmbiguous,
        },
    )
}

/// A piece of a template: literal text, or the index of a slot to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Slot(usize),
}

/// Splits a template into literal text and numbered slots: `"{0} of {1}"` gives
/// `Slot(0), Text(" of "), Slot(1)`. A brace that does not open a slot is literal text.
pub fn segments(template: &str) -> impl Iterator<Item = Segment<'_>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let slot = rest.strip_prefix('{').and_then(|after| {
            let (index, after) = after.split_once('}')?;
            Some((index.parse::<usize>().ok()?, after))
        });
        if let Some((index, after)) = slot {
            rest = after;
            return Some(Segment::Slot(index));
        }
        // Literal text up to the next brace that could open a slot (at least one character).
        let end = rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c == '{')
            .map_or(rest.len(), |(i, _)| i);
        let (literal, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
        rest = after;
        Some(Segment::Text(literal))
    })
}

/// Fills the numbered slots of a template: `fill("{0} of {1}", &["3%", "US$12 bn"])` is
/// `"3% of US$12 bn"`. A slot with no argument is left empty.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for segment in segments(template) {
        out.push_str(match segment {
            Segment::Text(t) => t,
            Segment::Slot(i) => args.get(i).copied().unwrap_or(""),
        });
    }
    out
}
