//! The figures behind every default, each with its value, unit, source, date and how sure it is.
//! The UI reads this table; no other place repeats a number from the story.

/// How sure the reporting behind a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Stated in the article itself.
    Article,
    High,
    Medium,
    Low,
    /// Computed from other figures in this table.
    Derived,
}

impl Confidence {
    pub const ALL: [Confidence; 5] = [
        Confidence::Article,
        Confidence::High,
        Confidence::Medium,
        Confidence::Low,
        Confidence::Derived,
    ];
}

/// The unit a figure's `value` is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    RmbBn,
    UsdBn,
    Usd,
    Chips,
    RmbPerUsd,
    UsdPerEur,
    TrillionTokensPerDay,
    Percent,
}

/// Every figure the calculator knows, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureId {
    CapexRmb2026,
    CapexUsd2026Article,
    AiSystemsRmb2025,
    SemiconductorShare,
    AiProcessorsRmb2026,
    TrialOrderChips,
    H200PriceArticle,
    H200PriceReuters,
    H100Price,
    B200Price,
    UsdCny,
    EurUsd,
    BigFourArticle,
    MicrosoftFy2025,
    MicrosoftCalendar2025,
    AlphabetGuidance2025,
    AlphabetActual2025,
    AmazonGuidance2025,
    MetaGuidance2025,
    MetaActual2025,
    ByteDanceTokens,
    GoogleTokens,
    IgBonds2025,
    IgBonds2020,
    AiShareOfIgIssuance,
    LaterReportsCapexRmb2026,
}

/// When a figure was reported, as precisely as its source says. Each language writes it its own
/// way (`Dec 2025`, `dic 2025`, `2025年12月`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
    /// The last days of a month: "late December 2025".
    LateMonth(u16, u8),
}

/// One figure with its provenance. Who reported it, in words, is in each language's text
/// table (`ui/text`, by `FigureId`): source notes are prose, translated; the numbers are here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub id: FigureId,
    pub value: f64,
    pub unit: Unit,
    /// The interval the source gives, where it gives one rather than a single number (the
    /// value is then the one used: its midpoint, or the article's).
    pub range: Option<(f64, f64)>,
    pub when: When,
    pub confidence: Confidence,
}

const fn fig(
    id: FigureId,
    value: f64,
    unit: Unit,
    range: Option<(f64, f64)>,
    when: When,
    confidence: Confidence,
) -> Figure {
    Figure {
        id,
        value,
        unit,
        range,
        when,
        confidence,
    }
}

use Confidence as C;
use FigureId as F;
use When::{Day, LateMonth, Month, Year};

/// The table. Order is the order of the sources panel, and of `FigureId`.
#[rustfmt::skip]
pub const FIGURES: [Figure; 26] = [
    fig(F::CapexRmb2026, 160.0, Unit::RmbBn, None, Month(2025, 12), C::Article),
    fig(F::CapexUsd2026Article, 23.0, Unit::UsdBn, None, Month(2025, 12), C::Article),
    fig(F::AiSystemsRmb2025, 150.0, Unit::RmbBn, None, Month(2025, 12), C::Article),
    fig(F::SemiconductorShare, 50.0, Unit::Percent, None, Month(2025, 12), C::Article),
    fig(F::AiProcessorsRmb2026, 85.0, Unit::RmbBn, None, Month(2025, 12), C::Article),
    fig(F::TrialOrderChips, 20_000.0, Unit::Chips, None, Month(2025, 12), C::Article),
    fig(F::H200PriceArticle, 20_000.0, Unit::Usd, None, Month(2025, 12), C::Article),
    fig(F::H200PriceReuters, 27_000.0, Unit::Usd, None, Month(2026, 1), C::Medium),
    fig(F::H100Price, 27_500.0, Unit::Usd, Some((25_000.0, 30_000.0)), Year(2023), C::Medium),
    fig(F::B200Price, 35_000.0, Unit::Usd, Some((30_000.0, 40_000.0)), Month(2024, 10), C::Medium),
    fig(F::UsdCny, 7.04, Unit::RmbPerUsd, None, Day(2025, 12, 25), C::High),
    fig(F::EurUsd, 1.17, Unit::UsdPerEur, Some((1.17, 1.18)), LateMonth(2025, 12), C::High),
    fig(F::BigFourArticle, 300.0, Unit::UsdBn, None, Month(2025, 12), C::Article),
    fig(F::MicrosoftFy2025, 88.2, Unit::UsdBn, None, Month(2025, 7), C::High),
    fig(F::MicrosoftCalendar2025, 118.0, Unit::UsdBn, None, Year(2025), C::High),
    fig(F::AlphabetGuidance2025, 92.0, Unit::UsdBn, Some((91.0, 93.0)), Month(2025, 10), C::High),
    fig(F::AlphabetActual2025, 91.45, Unit::UsdBn, None, Year(2025), C::High),
    fig(F::AmazonGuidance2025, 125.0, Unit::UsdBn, None, Month(2025, 10), C::Medium),
    fig(F::MetaGuidance2025, 71.0, Unit::UsdBn, Some((70.0, 72.0)), Month(2025, 10), C::High),
    fig(F::MetaActual2025, 72.2, Unit::UsdBn, None, Year(2025), C::High),
    fig(F::ByteDanceTokens, 30.0, Unit::TrillionTokensPerDay, None, Month(2025, 10), C::Article),
    fig(F::GoogleTokens, 43.0, Unit::TrillionTokensPerDay, None, Month(2025, 10), C::Article),
    fig(F::IgBonds2025, 1_700.0, Unit::UsdBn, None, Year(2025), C::Article),
    fig(F::IgBonds2020, 1_800.0, Unit::UsdBn, None, Year(2020), C::Article),
    fig(F::AiShareOfIgIssuance, 30.0, Unit::Percent, None, Month(2025, 12), C::Article),
    fig(F::LaterReportsCapexRmb2026, 200.0, Unit::RmbBn, None, Year(2026), C::Low),
];

/// The figure with this id. The table lists the ids in declaration order (tested), so the id
/// is the row's index.
pub fn figure(id: FigureId) -> &'static Figure {
    &FIGURES[id as usize]
}

/// The value of the figure with this id.
pub fn value(id: FigureId) -> f64 {
    figure(id).value
}
