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

/// One figure with its provenance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub id: FigureId,
    pub value: f64,
    pub unit: Unit,
    pub source: &'static str,
    pub date: &'static str,
    pub confidence: Confidence,
}

const fn fig(
    id: FigureId,
    value: f64,
    unit: Unit,
    source: &'static str,
    date: &'static str,
    confidence: Confidence,
) -> Figure {
    Figure {
        id,
        value,
        unit,
        source,
        date,
        confidence,
    }
}

use Confidence as C;
use FigureId as F;

/// The table. Order is the order of the sources panel, and of `FigureId`.
#[rustfmt::skip]
pub const FIGURES: [Figure; 26] = [
    fig(F::CapexRmb2026, 160.0, Unit::RmbBn, "Financial Times", "Dec 2025", C::Article),
    fig(F::CapexUsd2026Article, 23.0, Unit::UsdBn, "Financial Times", "Dec 2025", C::Article),
    fig(F::AiSystemsRmb2025, 150.0, Unit::RmbBn, "Financial Times", "Dec 2025", C::Article),
    fig(F::SemiconductorShare, 50.0, Unit::Percent, "Financial Times (\u{201c}about half\u{201d})", "Dec 2025", C::Article),
    fig(F::AiProcessorsRmb2026, 85.0, Unit::RmbBn, "Financial Times", "Dec 2025", C::Article),
    fig(F::TrialOrderChips, 20_000.0, Unit::Chips, "Financial Times", "Dec 2025", C::Article),
    fig(F::H200PriceArticle, 20_000.0, Unit::Usd, "Financial Times", "Dec 2025", C::Article),
    fig(F::H200PriceReuters, 27_000.0, Unit::Usd, "Reuters", "Jan 2026", C::Medium),
    fig(F::H100Price, 27_500.0, Unit::Usd, "Analyst estimates (US$25,000\u{2013}30,000, midpoint)", "2023", C::Medium),
    fig(F::B200Price, 35_000.0, Unit::Usd, "Nvidia CEO interview (US$30,000\u{2013}40,000, midpoint)", "Oct 2024", C::Medium),
    fig(F::UsdCny, 7.04, Unit::RmbPerUsd, "PBOC central parity 7.0392 (Reuters)", "25 Dec 2025", C::High),
    fig(F::EurUsd, 1.17, Unit::UsdPerEur, "Market reports (1.17\u{2013}1.18)", "late Dec 2025", C::High),
    fig(F::BigFourArticle, 300.0, Unit::UsdBn, "Article (\u{201c}over US$300 bn\u{201d})", "Dec 2025", C::Article),
    fig(F::MicrosoftFy2025, 88.2, Unit::UsdBn, "Microsoft, FY Jul 2024\u{2013}Jun 2025, incl. finance leases", "Jul 2025", C::High),
    fig(F::MicrosoftCalendar2025, 118.0, Unit::UsdBn, "Microsoft quarterly reports, sum of calendar 2025", "2025", C::High),
    fig(F::AlphabetGuidance2025, 92.0, Unit::UsdBn, "Alphabet guidance US$91\u{2013}93 bn (midpoint)", "Oct 2025", C::High),
    fig(F::AlphabetActual2025, 91.45, Unit::UsdBn, "Alphabet annual results", "2025", C::High),
    fig(F::AmazonGuidance2025, 125.0, Unit::UsdBn, "Amazon guidance (also used for actuals: none in our sources)", "Oct 2025", C::Medium),
    fig(F::MetaGuidance2025, 71.0, Unit::UsdBn, "Meta guidance US$70\u{2013}72 bn (midpoint)", "Oct 2025", C::High),
    fig(F::MetaActual2025, 72.2, Unit::UsdBn, "Meta annual results", "2025", C::High),
    fig(F::ByteDanceTokens, 30.0, Unit::TrillionTokensPerDay, "Goldman Sachs (\u{201c}more than 30 trillion\u{201d})", "Oct 2025", C::Article),
    fig(F::GoogleTokens, 43.0, Unit::TrillionTokensPerDay, "Goldman Sachs; Google: 1.3 quadrillion a month", "Oct 2025", C::Article),
    fig(F::IgBonds2025, 1_700.0, Unit::UsdBn, "Sifma, to end of November", "2025", C::Article),
    fig(F::IgBonds2020, 1_800.0, Unit::UsdBn, "Sifma (Covid record)", "2020", C::Article),
    fig(F::AiShareOfIgIssuance, 30.0, Unit::Percent, "Goldman Sachs", "Dec 2025", C::Article),
    fig(F::LaterReportsCapexRmb2026, 200.0, Unit::RmbBn, "Secondary reports (a \u{201c}what if\u{201d}, not confirmed)", "2026", C::Low),
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
