//! Named scenarios a reader can pick and a newsroom can link to (`preset=<name>`).

use super::figures::{value, FigureId as F};
use super::scenario::{ChipModel, HyperscalerSet, Scenario};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The article's figures (FT, Dec 2025): the defaults.
    Article,
    /// The H200 at the Reuters price (US$27,000, Jan 2026).
    H200Reuters,
    /// Later, unconfirmed reports of RMB 200 bn of capex for 2026: low confidence.
    Capex200,
    /// The US hyperscalers on calendar-2025 actuals.
    Actuals,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Article,
        Preset::H200Reuters,
        Preset::Capex200,
        Preset::Actuals,
    ];

    /// The stable name used in links and markup.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Article => "article",
            Preset::H200Reuters => "h200-reuters",
            Preset::Capex200 => "capex-200",
            Preset::Actuals => "actuals",
        }
    }

    pub fn from_name(name: &str) -> Option<Preset> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The preset's scenario: the article's, with the preset's own figures.
    pub fn scenario(self) -> Scenario {
        let article = Scenario::default();
        match self {
            Preset::Article => article,
            Preset::H200Reuters => Scenario {
                chip: ChipModel::H200Reuters.price(),
                ..article
            },
            Preset::Capex200 => Scenario {
                capex: value(F::LaterReportsCapexRmb2026),
                ..article
            },
            Preset::Actuals => Scenario {
                hyperscalers: HyperscalerSet::Actual2025.values(),
                ..article
            },
        }
    }

    /// The figure whose source the preset rests on.
    pub fn figure(self) -> F {
        match self {
            Preset::Article => F::CapexRmb2026,
            Preset::H200Reuters => F::H200PriceReuters,
            Preset::Capex200 => F::LaterReportsCapexRmb2026,
            Preset::Actuals => F::MicrosoftCalendar2025,
        }
    }

    /// The preset this scenario is, if it is one.
    pub fn matching(scenario: &Scenario) -> Option<Preset> {
        Self::ALL.into_iter().find(|p| p.scenario() == *scenario)
    }
}
