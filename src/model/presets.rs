//! Named scenarios a reader can pick and a newsroom can link to (`preset=<name>`), each made of
//! an edition's figures.

use super::choices::{ChipModel, HyperscalerSet};
use super::editions::Edition;
use super::field::Field;
use super::figures::FigureId as F;
use super::ranges::{Dist, Ranges, Spread};
use super::scenario::Scenario;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The article's figures (FT, Dec 2025): the edition's defaults.
    Article,
    /// The H200 at the Reuters price (US$27,000, Jan 2026).
    H200Reuters,
    /// Later, unconfirmed reports of RMB 200 bn of capex for 2026: low confidence.
    Capex200,
    /// The US hyperscalers on calendar-2025 actuals.
    Actuals,
    /// Where the sources disagree, ranges from one to the other: the chip price from the
    /// article's US$20,000 to Reuters' US$27,000, capex from the article's RMB 160 bn to the
    /// later reports' 200 bn, the hyperscalers from guidance to actuals.
    SourcesDisagree,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::Article,
        Preset::H200Reuters,
        Preset::Capex200,
        Preset::Actuals,
        Preset::SourcesDisagree,
    ];

    /// The stable name used in links and markup.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Article => "article",
            Preset::H200Reuters => "h200-reuters",
            Preset::Capex200 => "capex-200",
            Preset::Actuals => "actuals",
            Preset::SourcesDisagree => "sources-disagree",
        }
    }

    pub fn from_name(name: &str) -> Option<Preset> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The preset's scenario: the edition's figures, with the preset's own.
    pub fn scenario(self, edition: &Edition) -> Scenario {
        let article = Scenario::of(edition);
        match self {
            Preset::Article => article,
            Preset::H200Reuters => Scenario {
                chip: ChipModel::H200Reuters.price(edition),
                ..article
            },
            Preset::Capex200 => Scenario {
                capex: edition.value(F::LaterReportsCapexRmb2026),
                ..article
            },
            Preset::Actuals => Scenario {
                hyperscalers: HyperscalerSet::Actual2025.values(edition),
                ..article
            },
            Preset::SourcesDisagree => self.ranges(edition).at_medians(&article),
        }
    }

    /// The figure whose source the preset rests on.
    pub fn figure(self) -> F {
        match self {
            Preset::Article => F::CapexRmb2026,
            Preset::H200Reuters => F::H200PriceReuters,
            Preset::Capex200 => F::LaterReportsCapexRmb2026,
            Preset::Actuals => F::MicrosoftCalendar2025,
            Preset::SourcesDisagree => F::H200PriceReuters,
        }
    }

    /// Whether the preset is made of ranges (the explore build's), not single values.
    pub fn has_ranges(self) -> bool {
        self == Preset::SourcesDisagree
    }

    /// The preset's ranges, each from one source's figure to another's (lognormal, read as
    /// the 90% interval between them).
    pub fn ranges(self, edition: &Edition) -> Ranges {
        let mut ranges = Ranges::default();
        if self == Preset::SourcesDisagree {
            for (field, low, high) in Self::DISAGREEMENTS {
                let (low, high) = (edition.value(low), edition.value(high));
                let spread = Spread {
                    low: low.min(high),
                    high: low.max(high),
                    dist: Dist::Lognormal,
                };
                ranges.set(field, Some(spread));
            }
        }
        ranges
    }

    /// Where the sources disagree: each input, the figure at one end and the figure at the
    /// other.
    pub const DISAGREEMENTS: [(Field, F, F); 5] = [
        (Field::Chip, F::H200PriceArticle, F::H200PriceReuters),
        (Field::Capex, F::CapexRmb2026, F::LaterReportsCapexRmb2026),
        (
            Field::Microsoft,
            F::MicrosoftFy2025,
            F::MicrosoftCalendar2025,
        ),
        (
            Field::Alphabet,
            F::AlphabetActual2025,
            F::AlphabetGuidance2025,
        ),
        (Field::Meta, F::MetaGuidance2025, F::MetaActual2025),
    ];

    /// The preset this scenario is in an edition, if it is one.
    pub fn matching(scenario: &Scenario, edition: &Edition) -> Option<Preset> {
        Self::ALL
            .into_iter()
            .find(|p| p.scenario(edition) == *scenario)
    }
}
