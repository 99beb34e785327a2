//! Every piece of text a reader sees, by name, per language. Components never hold prose of
//! their own: they ask this table, so a translation is one more column here.
//!
//! Templates take numbered slots (`{0}`, `{1}`) filled by [`fill`] with already-formatted
//! numbers, so word order can differ between languages.

use crate::model::{Currency, Field, FigureId, InputError};

/// A language the page can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag for `Intl` and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

/// Names of the page's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Title,
    Lede,
    Assumptions,
    ByteDanceBudget,
    ChipsAndOrder,
    KeyResults,
    ForAiProcessors,
    ChipsAt,
    BigFourTimes,
    Hyperscalers,
    Tokens,
    Currency,
    CurrencyHint,
    Chip,
    ChipCustom,
    HyperscalerSet,
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
    TokensHeading,
    TokensNote,
    TokensByteDance,
    TokensGoogle,
    Financing,
    FinancingText,
    Sources,
    SourcesIntro,
    Figure,
    Value,
    Source,
    Date,
    Confidence,
    ConfArticle,
    ConfHigh,
    ConfMedium,
    ConfLow,
    ConfDerived,
    BreakdownChartLabel,
    HyperscalerChartLabel,
    Footer,
    AlphabetGoogle,
    SourcesLine,
    UnitChips,
    UnitTokens,
    UnitRmbPerUsd,
    UnitUsdPerEur,
    Preset,
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
    EmbedCopy,
    EmbedCopied,
    Close,
    Download,
    DownloadCsv,
    DownloadJson,
    DownloadBreakdownSvg,
    DownloadHyperscalerSvg,
    OpenFull,
    MoreAssumptions,
    MoreResults,
    IframeTitle,
    UpdateReady,
    UpdateReload,
    DownloadOffline,
    DownloadOfflineHint,
}

/// The text named `key` in `lang`.
pub fn text(lang: Lang, key: T) -> &'static str {
    match lang {
        Lang::En => en(key),
    }
}

fn en(key: T) -> &'static str {
    match key {
        T::Title => "ByteDance\u{2019}s 2026 AI budget: what if?",
        T::Lede => "ByteDance, TikTok\u{2019}s owner, has drafted a preliminary capital-spending budget for 2026 with a large share for AI processors, according to the Financial Times. Every figure below starts from the article; change any assumption and the results follow.",
        T::Assumptions => "Assumptions",
        T::ByteDanceBudget => "ByteDance\u{2019}s budget",
        T::ChipsAndOrder => "Chips",
        T::KeyResults => "Key results",
        T::ForAiProcessors => "of it for AI processors",
        T::ChipsAt => "chips at {0} each",
        T::BigFourTimes => "the US four\u{2019}s 2025 capex vs ByteDance\u{2019}s",
        T::Hyperscalers => "US hyperscalers\u{2019} 2025 capex",
        T::Tokens => "Daily tokens (October)",
        T::Currency => "Show amounts in",
        T::CurrencyHint => "Amounts in the chosen currency at your exchange rates.",
        T::Chip => "Chip",
        T::ChipCustom => "Custom price",
        T::HyperscalerSet => "Figures",
        T::SetCustom => "Custom",
        T::Reset => "Reset",
        T::Results => "Results",
        T::Capex2026 => "ByteDance capex 2026",
        T::CapexInCurrencies => "ByteDance capex 2026 in each currency",
        T::CapexIn => "In each currency",
        T::Growth => "{0} on the {1} ByteDance put into AI systems in 2025",
        T::Breakdown => "Budget breakdown",
        T::AiProcessors => "AI processors",
        T::RestOfCapex => "Rest of capex",
        T::Total => "Total capex",
        T::SemiconductorNote => "The FT reports that about half of the 2026 budget is for advanced semiconductors; the AI-processor line alone is {0} of capex, so it is most or all of that half.",
        T::OpexNote => "Not in this budget: ByteDance also spends billions of dollars renting data centres abroad to use Nvidia\u{2019}s most advanced hardware legally. Those payments are operating costs, not capital spending (FT).",
        T::ChipMaths => "What the money buys",
        T::ChipsBought => "The AI-processor budget buys {0} chips at {1} each.",
        T::OrderCost => "for a trial order of {0} chips: {1} of the AI-processor budget",
        T::Comparison => "Beside the US hyperscalers",
        T::BigFour => "Microsoft, Alphabet, Amazon and Meta, 2025",
        T::DefinitionsNote => "Definitions differ: Microsoft\u{2019}s 2025 guidance is its fiscal year to June 2025, including finance leases; the others are calendar years. The article rounds the four to \u{201c}over US$300 bn\u{201d}.",
        T::ByteDance2026 => "ByteDance 2026",
        T::CombinedFour => "US four combined",
        T::TokensHeading => "Capex per trillion daily tokens",
        T::TokensNote => "Goldman Sachs counted more than {0} trillion tokens a day at ByteDance in October and {1} trillion at Google: capex per trillion daily tokens, ByteDance 2026 vs Alphabet 2025.",
        T::TokensByteDance => "ByteDance daily tokens, trillions",
        T::TokensGoogle => "Google daily tokens, trillions",
        T::Financing => "How the US build-out is financed",
        T::FinancingText => "US companies sold {0} of investment-grade bonds in 2025 (to the end of November, Sifma), close to the {1} record of 2020. Goldman Sachs estimates that AI-related borrowing is about {2} of net investment-grade issuance, and expects it to rise in 2026.",
        T::Sources => "Sources and assumptions",
        T::SourcesIntro => "Every default, with its source and date. Figures the article does not give are assumptions from public reporting, marked by confidence.",
        T::Figure => "Figure",
        T::Value => "Value",
        T::Source => "Source",
        T::Date => "Date",
        T::Confidence => "Confidence",
        T::ConfArticle => "in the article",
        T::ConfHigh => "high",
        T::ConfMedium => "medium",
        T::ConfLow => "low",
        T::ConfDerived => "derived",
        T::BreakdownChartLabel => "Bar chart of the 2026 capex: AI processors {0}, rest of capex {1}, total {2}.",
        T::HyperscalerChartLabel => "Bar chart of capex, ByteDance 2026 and the US hyperscalers 2025: {0}.",
        T::AlphabetGoogle => "Alphabet / Google 2025",
        T::SourcesLine => "Sources: {0}",
        T::Preset => "Scenario",
        T::PresetCustom => "Your own figures",
        T::PresetSource => "Source: {0}, {1}; confidence: {2}.",
        T::NoteInvalid => "The link\u{2019}s \u{201c}{0}\u{201d} value \u{201c}{1}\u{201d} was not used: {2}",
        T::NoteUnknownValue => "The link\u{2019}s \u{201c}{0}\u{201d} value \u{201c}{1}\u{201d} is not one this calculator knows, and was not used.",
        T::NoteVersion => "This link was made for another version of the calculator (v={1}); its figures were not used.",
        T::NotesHeading => "Some of the link was not used; the article\u{2019}s figures stand in:",
        T::StorageIgnored => "Your saved scenario could not be read and was ignored; these are the article\u{2019}s figures.",
        T::StorageRestored => "Your last scenario was restored.",
        T::Share => "Share and download",
        T::CopyLink => "Copy link to this scenario",
        T::LinkCopied => "Link copied.",
        T::CopyByHand => "Copy this link:",
        T::EmbedOpen => "Embed in a page",
        T::EmbedHeading => "Embed this calculator",
        T::EmbedIntro => "Paste this code into your article. The script resizes the frame to its content; it is optional but keeps the frame free of scrollbars.",
        T::EmbedCopy => "Copy code",
        T::EmbedCopied => "Code copied.",
        T::Close => "Close",
        T::Download => "Download",
        T::DownloadCsv => "Scenario and results, CSV",
        T::DownloadJson => "Scenario and results, JSON",
        T::DownloadBreakdownSvg => "Breakdown chart, SVG",
        T::DownloadHyperscalerSvg => "Comparison chart, SVG",
        T::OpenFull => "Open the full calculator",
        T::MoreAssumptions => "More assumptions",
        T::MoreResults => "Results in detail",
        T::IframeTitle => "What-if calculator: ByteDance\u{2019}s 2026 AI budget",
        T::UnitChips => "{0} chips",
        T::UnitTokens => "{0} trillion a day",
        T::UnitRmbPerUsd => "{0} RMB per US$",
        T::UnitUsdPerEur => "US${0} per \u{20ac}",
        T::Footer => "Figures: Financial Times, Reuters, Goldman Sachs, Sifma and company reports, as listed in the sources. Nothing you enter leaves this page.",
        T::UpdateReady => "A new version of this calculator is ready.",
        T::UpdateReload => "Reload",
        T::DownloadOffline => "Download for offline use",
        T::DownloadOfflineHint => "(one HTML file: open it in any browser, no connection needed)",
    }
}

/// The label of an input field.
pub fn field_label(lang: Lang, field: Field) -> &'static str {
    match lang {
        Lang::En => match field {
            Field::Capex => "Capex 2026, RMB bn",
            Field::Capex25 => "AI spending 2025, RMB bn",
            Field::Ai => "Of 2026 capex, AI processors, RMB bn",
            Field::Chip => "Price per AI chip, US$",
            Field::Order => "Trial order, chips",
            Field::UsdCny => "RMB per US$",
            Field::EurUsd => "US$ per \u{20ac}",
            Field::Microsoft => "Microsoft, US$ bn",
            Field::Alphabet => "Alphabet, US$ bn",
            Field::Amazon => "Amazon, US$ bn",
            Field::Meta => "Meta, US$ bn",
            Field::TokensByteDance => "ByteDance, trillions",
            Field::TokensGoogle => "Google, trillions",
        },
    }
}

/// What a figure in the sources table is.
pub fn figure_label(lang: Lang, id: FigureId) -> &'static str {
    use FigureId as F;
    match lang {
        Lang::En => match id {
            F::CapexRmb2026 => "ByteDance capex 2026 (preliminary budget)",
            F::CapexUsd2026Article => {
                "The same in US$, the article\u{2019}s conversion (about 6.96 RMB per US$)"
            }
            F::AiSystemsRmb2025 => "ByteDance spending on AI systems, 2025",
            F::SemiconductorShare => "Share of the 2026 budget for advanced semiconductors",
            F::AiProcessorsRmb2026 => "Of 2026 capex, set aside for AI processors",
            F::TrialOrderChips => "Planned trial order of Nvidia H200s, if sales go ahead",
            F::H200PriceArticle => "Price per H200 (article)",
            F::H200PriceReuters => "Price per H200 (Reuters)",
            F::H100Price => "Price per H100",
            F::B200Price => "Price per B200",
            F::UsdCny => "Exchange rate, RMB per US$",
            F::EurUsd => "Exchange rate, US$ per euro",
            F::BigFourArticle => "Microsoft, Alphabet, Amazon and Meta, 2025 capex (article)",
            F::MicrosoftFy2025 => "Microsoft capex, fiscal 2025",
            F::MicrosoftCalendar2025 => "Microsoft capex, calendar 2025",
            F::AlphabetGuidance2025 => "Alphabet capex 2025, guidance",
            F::AlphabetActual2025 => "Alphabet capex 2025, actual",
            F::AmazonGuidance2025 => "Amazon capex 2025, guidance",
            F::MetaGuidance2025 => "Meta capex 2025, guidance",
            F::MetaActual2025 => "Meta capex 2025, actual",
            F::ByteDanceTokens => "ByteDance tokens processed a day, October",
            F::GoogleTokens => "Google tokens processed a day, October",
            F::IgBonds2025 => "US investment-grade bonds sold, 2025",
            F::IgBonds2020 => "US investment-grade bonds sold, 2020",
            F::AiShareOfIgIssuance => "AI-related share of net investment-grade issuance",
            F::LaterReportsCapexRmb2026 => {
                "ByteDance capex 2026, later unconfirmed reports (preset only)"
            }
        },
    }
}

/// The name of a chip choice.
pub fn chip_label(lang: Lang, chip: crate::model::ChipModel) -> &'static str {
    use crate::model::ChipModel as C;
    match lang {
        Lang::En => match chip {
            C::H200Article => "Nvidia H200, article price (FT)",
            C::H200Reuters => "Nvidia H200, Reuters price",
            C::H100 => "Nvidia H100, analyst estimate",
            C::B200 => "Nvidia B200, Nvidia CEO",
        },
    }
}

/// How sure a figure is, in words.
pub fn confidence_label(lang: Lang, confidence: crate::model::Confidence) -> &'static str {
    use crate::model::Confidence as C;
    text(
        lang,
        match confidence {
            C::Article => T::ConfArticle,
            C::High => T::ConfHigh,
            C::Medium => T::ConfMedium,
            C::Low => T::ConfLow,
            C::Derived => T::ConfDerived,
        },
    )
}

/// The name of a preset scenario.
pub fn preset_label(lang: Lang, preset: crate::model::Preset) -> &'static str {
    use crate::model::Preset as P;
    match lang {
        Lang::En => match preset {
            P::Article => "The article\u{2019}s figures (FT, Dec 2025)",
            P::H200Reuters => "H200 at the Reuters price (Jan 2026)",
            P::Capex200 => "What if: RMB 200 bn capex (unconfirmed reports)",
            P::Actuals => "Hyperscalers on calendar-2025 actuals",
        },
    }
}

/// The name of a set of hyperscaler figures.
pub fn set_label(lang: Lang, set: crate::model::HyperscalerSet) -> &'static str {
    use crate::model::HyperscalerSet as H;
    match lang {
        Lang::En => match set {
            H::Guidance2025 => "2025 guidance (Oct 2025)",
            H::Actual2025 => "Calendar-2025 actuals",
        },
    }
}

/// Company names, in the order of `Scenario::hyperscalers`.
pub fn hyperscaler_names(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::En => ["Microsoft", "Alphabet", "Amazon", "Meta"],
    }
}

/// An amount in billions: the template for each currency, `{0}` the number.
pub fn money_bn(lang: Lang, currency: Currency) -> &'static str {
    match lang {
        Lang::En => match currency {
            Currency::Usd => "US${0} bn",
            Currency::Cny => "RMB {0} bn",
            Currency::Eur => "\u{20ac}{0} bn",
        },
    }
}

/// An amount in US dollars, `{0}` the number: a chip's price.
pub fn money_usd(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "US${0}",
    }
}

/// An amount in US$ trillions.
pub fn money_usd_trn(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "US${0} trillion",
    }
}

/// A currency's name in the currency picker.
pub fn currency_label(lang: Lang, currency: Currency) -> &'static str {
    match lang {
        Lang::En => match currency {
            Currency::Usd => "US$",
            Currency::Cny => "RMB",
            Currency::Eur => "\u{20ac}",
        },
    }
}

/// Why a typed value was not taken. Slots: `{0}` the limit, formatted.
pub fn error_text(lang: Lang, error: InputError) -> &'static str {
    match lang {
        Lang::En => match error {
            InputError::Empty => "Enter a number.",
            InputError::NotANumber => "Not a number: use digits and a decimal point, e.g. 7.04.",
            InputError::TooLarge => "Too large a number.",
            InputError::BelowMin(_) => "Too small: the minimum is {0}.",
            InputError::AboveMax(_) => "Too large: the maximum is {0}.",
            InputError::AiAboveCapex(_) => "Cannot exceed total capex (RMB {0} bn).",
            InputError::CapexBelowAi(_) => "Cannot be below the AI-processor budget (RMB {0} bn).",
        },
    }
}

/// A ratio, `{0}` the number: 16.6 times.
pub fn times(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "{0}\u{d7}",
    }
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
