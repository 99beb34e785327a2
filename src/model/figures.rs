//! What a figure is: its id, when it was reported, how sure its source is, and its value with
//! its provenance. The values themselves are data, one file per edition (`src/editions/`),
//! turned into the `editions` table at build time; this file names what those files must hold.
//!
//! Pure and self-contained (it imports only `units`): `build.rs` compiles it too, to read the
//! edition files with the same names the page uses.

use super::units::Unit;

/// Declares every figure once: its id and the stable name an edition file keys it by.
macro_rules! figures {
    ($($(#[$doc:meta])* $id:ident => $slug:literal, $unit:ident;)*) => {
        /// Every figure the calculator knows, by name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum FigureId {
            $($(#[$doc])* $id,)*
        }

        impl FigureId {
            /// In the order of the sources panel and of every edition's table.
            pub const ALL: [FigureId; FigureId::COUNT] = [$(FigureId::$id,)*];

            /// The name an edition file gives the figure (`[figures.capex-2026]`).
            pub fn slug(self) -> &'static str {
                match self {
                    $(FigureId::$id => $slug,)*
                }
            }

            /// The unit every edition gives the figure in.
            pub fn unit(self) -> Unit {
                match self {
                    $(FigureId::$id => Unit::$unit,)*
                }
            }
        }
    };
}

figures! {
    /// ByteDance's 2026 capex, preliminary budget (RMB 160 bn).
    CapexRmb2026 => "capex-2026", RmbBn;
    /// The same in US$ as the article converts it (about US$23 bn).
    CapexUsd2026Article => "capex-2026-usd-article", UsdBn;
    /// ByteDance's spending on AI systems in 2025 (RMB 150 bn).
    AiSystemsRmb2025 => "ai-systems-2025", RmbBn;
    /// The share of the 2026 budget for advanced semiconductors ("about half").
    SemiconductorShare => "semiconductor-share", Percent;
    /// Of 2026 capex, set aside for AI processors (RMB 85 bn).
    AiProcessorsRmb2026 => "ai-processors-2026", RmbBn;
    /// The planned trial order of H200s (20,000).
    TrialOrderChips => "trial-order", Chips;
    /// The H200's price as the article gives it (US$20,000).
    H200PriceArticle => "h200-price-article", Usd;
    /// The H200's price as Reuters gives it (US$27,000).
    H200PriceReuters => "h200-price-reuters", Usd;
    H100Price => "h100-price", Usd;
    B200Price => "b200-price", Usd;
    /// RMB per US$.
    UsdCny => "usd-cny", RmbPerUsd;
    /// US$ per euro.
    EurUsd => "eur-usd", UsdPerEur;
    /// The US four's 2025 capex as the article rounds it ("over US$300 bn").
    BigFourArticle => "big-four-article", UsdBn;
    MicrosoftFy2025 => "microsoft-fy2025", UsdBn;
    MicrosoftCalendar2025 => "microsoft-calendar-2025", UsdBn;
    AlphabetGuidance2025 => "alphabet-guidance-2025", UsdBn;
    AlphabetActual2025 => "alphabet-actual-2025", UsdBn;
    AmazonGuidance2025 => "amazon-guidance-2025", UsdBn;
    MetaGuidance2025 => "meta-guidance-2025", UsdBn;
    MetaActual2025 => "meta-actual-2025", UsdBn;
    ByteDanceTokens => "bytedance-tokens", TrillionTokensADay;
    GoogleTokens => "google-tokens", TrillionTokensADay;
    IgBonds2025 => "ig-bonds-2025", UsdBn;
    IgBonds2020 => "ig-bonds-2020", UsdBn;
    AiShareOfIgIssuance => "ai-share-of-ig-issuance", Percent;
    /// Later, unconfirmed reports of ByteDance's 2026 capex (RMB 200 bn): a preset only.
    LaterReportsCapexRmb2026 => "capex-2026-later-reports", RmbBn;
}

impl FigureId {
    pub const COUNT: usize = 26;

    /// Index into an edition's figures (the declaration order).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_slug(slug: &str) -> Option<FigureId> {
        Self::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

/// How sure the reporting behind a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// Stated in the article itself.
    Article,
    High,
    Medium,
    Low,
    /// Computed from other figures.
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

    /// The name an edition file writes (`confidence = "high"`).
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Article => "article",
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
            Confidence::Derived => "derived",
        }
    }

    pub fn from_name(name: &str) -> Option<Confidence> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// When a figure was reported, as precisely as its source says. Each language writes it its own
/// way (`Dec 2025`, `dicembre 2025`, `2025年12月`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum When {
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
    /// The last days of a month: "late December 2025".
    LateMonth(u16, u8),
}

impl When {
    /// Reads a date as an edition file writes it: `2025`, `2025-12`, `2025-12-25`, or
    /// `late 2025-12`.
    pub fn parse(text: &str) -> Option<When> {
        let (late, date) = match text.strip_prefix("late ") {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mut parts = date.split('-');
        let year: u16 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let month: Option<u8> = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
            None => None,
        };
        let day: Option<u8> = match parts.next() {
            Some(d) if d.len() == 2 => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            Some(_) => return None,
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        match (late, month, day) {
            (false, None, None) => Some(When::Year(year)),
            (false, Some(m), None) => Some(When::Month(year, m)),
            (false, Some(m), Some(d)) if d <= days_in(year, m) => Some(When::Day(year, m, d)),
            (true, Some(m), None) => Some(When::LateMonth(year, m)),
            _ => None,
        }
    }

    /// The first day the date can mean, as (year, month, day): `2026` is 1 Jan 2026.
    pub fn start(self) -> (u16, u8, u8) {
        match self {
            When::Year(y) => (y, 1, 1),
            When::Month(y, m) => (y, m, 1),
            When::Day(y, m, d) => (y, m, d),
            When::LateMonth(y, m) => (y, m, 21),
        }
    }

    /// The last day the date can mean: `2025-12` is 31 Dec 2025.
    pub fn end(self) -> (u16, u8, u8) {
        match self {
            When::Year(y) => (y, 12, 31),
            When::Month(y, m) | When::LateMonth(y, m) => (y, m, days_in(y, m)),
            When::Day(y, m, d) => (y, m, d),
        }
    }
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// One figure of an edition with its provenance. Who reported it and what it is, in words,
/// are prose in three languages, loaded with the later texts (`text::Sources`); the numbers are
/// here.
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
