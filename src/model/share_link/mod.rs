//! The scenario as URL query parameters, so that a link reproduces it exactly.
//!
//! Format version 1: `v=1`, the edition of the figures the link was made on (`edition=2`, or
//! `edition=latest` for an embed that follows the newest), then each field that differs from
//! that edition's figures under its contract name (`capex=200`), the display currency if not
//! US$, the language, and the embedding options. A link without an edition is edition 1's,
//! forever: every link written before editions existed opens as it always did.
//!
//! A link is read leniently: unknown parameters are ignored, and a value that is malformed or
//! out of range is not applied but reported in a [`Note`], so any string opens *something*. It
//! never panics on any input (property tests and a fuzz target check).

mod embedding;
#[cfg(feature = "explore")]
mod explore;
mod query;
mod read;
mod write;

pub use embedding::{frame_id, origin, Theme};
pub use query::{decode_query, encode_query, is_parameter, known_pairs, parameter_names};
pub use read::decode;
pub use write::encode;

use super::currency::Currency;
use super::editions::{self, Edition};
use super::field::Field;
use super::lang::Lang;
use super::number::InputError;
use super::presets::Preset;
use super::ranges::Ranges;
use super::scenario::Scenario;

/// The format version this code writes, and the only one it reads.
pub const VERSION: &str = "1";

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// The edition of the figures the link was made on: the fields it does not set have that
    /// edition's values.
    pub edition: u16,
    /// The link follows the newest edition (`edition=latest`): an embed a newsroom wants always
    /// current.
    pub follow_latest: bool,
    pub scenario: Scenario,
    pub currency: Currency,
    /// Chromeless layout for an article's iframe.
    pub embed: bool,
    pub theme: Theme,
    /// The embedding page's name for this iframe, echoed in height messages.
    pub id: Option<String>,
    /// The language the link asks for; without one, the reader's browser decides.
    pub lang: Option<Lang>,
    /// The one origin (`https://news.example`) whose page may drive this embedded calculator
    /// with messages; without one, whichever page embeds it.
    pub host: Option<String>,
    /// Inputs given as ranges (`chip=20000..27000`, `chip_dist=normal`); the scenario holds each
    /// one's median. Read and written by the explore build only.
    pub ranges: Ranges,
    /// The Monte Carlo draws' seed (`seed=7`), written whenever a range is.
    pub seed: u64,
    /// A scenario pinned for comparison (`a=1` and `a.<name>=<value>` for its values that
    /// differ from the edition's).
    pub pinned: Option<Scenario>,
}

impl Default for Link {
    /// A new reader's link: the newest edition's figures, nothing changed.
    fn default() -> Self {
        Link::on(editions::latest())
    }
}

impl Link {
    /// An edition's figures, nothing changed.
    pub fn on(edition: &Edition) -> Link {
        Link {
            edition: edition.id,
            follow_latest: false,
            scenario: Scenario::of(edition),
            currency: Currency::default(),
            embed: false,
            theme: Theme::default(),
            id: None,
            lang: None,
            host: None,
            ranges: Ranges::default(),
            seed: 0,
            pinned: None,
        }
    }

    /// The edition the link's figures come from.
    pub fn figures(&self) -> &'static Edition {
        editions::get(self.edition).unwrap_or_else(editions::latest)
    }

    /// The same changes on another edition's figures: every field the link set keeps its
    /// value, every other field takes that edition's. For "open this on the newest figures".
    pub fn rebased(&self, to: &Edition) -> Link {
        let (from, to_defaults) = (Scenario::of(self.figures()), Scenario::of(to));
        let mut scenario = to_defaults;
        for field in Field::ALL {
            let value = field.get(&self.scenario);
            if value != field.get(&from) {
                field.set(&mut scenario, value);
            }
        }
        // The one rule between fields holds on the new figures too.
        if scenario.ai > scenario.capex {
            scenario.ai = to_defaults.ai.min(scenario.capex);
        }
        let pinned = self.pinned.map(|p| {
            let mut out = to_defaults;
            for field in Field::ALL {
                if field.get(&p) != field.get(&from) {
                    field.set(&mut out, field.get(&p));
                }
            }
            out
        });
        Link {
            edition: to.id,
            follow_latest: false,
            scenario,
            pinned,
            ..self.clone()
        }
    }
}

/// Whether a link uses what only the explore build reads (ranges, a pinned scenario, or a
/// preset made of ranges): the first view hands such a link over to it.
pub fn needs_explore(pairs: &[(&str, &str)]) -> bool {
    pairs.iter().any(|&(key, value)| {
        key == "seed"
            || key == "a"
            || Field::from_pinned_param(key).is_some()
            || Field::from_dist_param(key).is_some()
            || (key == "preset" && Preset::from_name(value).is_some_and(|p| p.has_ranges()))
            || (value.contains("..") && Field::from_name(key).is_some())
    })
}

/// Why a parameter was not applied.
#[derive(Clone, Debug, PartialEq)]
pub enum NoteReason {
    /// A number field's value failed validation.
    Invalid(InputError),
    /// Not one of the values this parameter takes.
    UnknownValue,
    /// An edition this build does not have: the newest is shown instead.
    UnknownEdition,
    /// A link in a format this version cannot read: its scenario was not applied.
    UnsupportedVersion,
    /// A range that cannot be drawn from: its ends, their order, or zero in a lognormal.
    #[cfg(feature = "explore")]
    Range(super::ranges::RangeError),
}

/// A parameter that was not applied, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub param: String,
    pub value: String,
    pub reason: NoteReason,
}

/// What a query decodes to.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Decoded {
    pub link: Link,
    /// The preset the link named, if it named a known one.
    pub preset: Option<Preset>,
    /// Whether the link sets any part of the scenario (an edition, a field, the currency or a
    /// preset): a link that does wins over a scenario kept in storage.
    pub sets_scenario: bool,
    pub notes: Vec<Note>,
}

fn note(param: &str, value: &str, reason: NoteReason) -> Note {
    Note {
        param: param.to_owned(),
        value: value.to_owned(),
        reason,
    }
}
