//! The named choices a reader picks from a list: a chip (which sets the price per chip) and a
//! set of hyperscaler figures (which sets all four).

use super::editions::Edition;
use super::figures::FigureId as F;

/// Which 2025 figures stand for the four US hyperscalers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HyperscalerSet {
    /// Guidance as of October 2025 (Microsoft: fiscal year to June 2025). Sum about US$376 bn.
    Guidance2025,
    /// Calendar-2025 actuals where reported. Sum about US$407 bn.
    Actual2025,
}

impl HyperscalerSet {
    pub const ALL: [HyperscalerSet; 2] = [HyperscalerSet::Guidance2025, HyperscalerSet::Actual2025];

    /// The stable name used in markup and links.
    pub fn name(self) -> &'static str {
        match self {
            HyperscalerSet::Guidance2025 => "guidance",
            HyperscalerSet::Actual2025 => "actual",
        }
    }

    pub fn from_name(name: &str) -> Option<HyperscalerSet> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Microsoft, Alphabet, Amazon, Meta, US$ bn.
    pub fn figures(self) -> [F; 4] {
        match self {
            HyperscalerSet::Guidance2025 => [
                F::MicrosoftFy2025,
                F::AlphabetGuidance2025,
                F::AmazonGuidance2025,
                F::MetaGuidance2025,
            ],
            HyperscalerSet::Actual2025 => [
                F::MicrosoftCalendar2025,
                F::AlphabetActual2025,
                F::AmazonGuidance2025,
                F::MetaActual2025,
            ],
        }
    }

    pub fn values(self, edition: &Edition) -> [f64; 4] {
        self.figures().map(|id| edition.value(id))
    }

    /// The set whose figures these are in an edition, if any.
    pub fn matching(values: [f64; 4], edition: &Edition) -> Option<HyperscalerSet> {
        Self::ALL
            .into_iter()
            .find(|set| set.values(edition) == values)
    }
}

/// Chips a reader can pick; each sets the price per chip from its own source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChipModel {
    H200Article,
    H200Reuters,
    H100,
    B200,
}

impl ChipModel {
    pub const ALL: [ChipModel; 4] = [
        ChipModel::H200Article,
        ChipModel::H200Reuters,
        ChipModel::H100,
        ChipModel::B200,
    ];

    pub fn figure(self) -> F {
        match self {
            ChipModel::H200Article => F::H200PriceArticle,
            ChipModel::H200Reuters => F::H200PriceReuters,
            ChipModel::H100 => F::H100Price,
            ChipModel::B200 => F::B200Price,
        }
    }

    pub fn price(self, edition: &Edition) -> f64 {
        edition.value(self.figure())
    }

    /// The stable name used in markup and links.
    pub fn name(self) -> &'static str {
        match self {
            ChipModel::H200Article => "h200",
            ChipModel::H200Reuters => "h200-reuters",
            ChipModel::H100 => "h100",
            ChipModel::B200 => "b200",
        }
    }

    pub fn from_name(name: &str) -> Option<ChipModel> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The first chip whose price is exactly this one in an edition, if any.
    pub fn priced_at(price: f64, edition: &Edition) -> Option<ChipModel> {
        Self::ALL.into_iter().find(|c| c.price(edition) == price)
    }
}
