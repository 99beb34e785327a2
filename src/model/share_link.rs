//! The scenario as URL query parameters, so that a link reproduces it exactly.
//!
//! Format version 1: `v=1`, then each field that differs from the article's figures under its
//! contract name (`capex=200`), the display currency if not US$, and the embedding options.
//! A link is read leniently: unknown parameters are ignored, and a value that is malformed or
//! out of range is not applied but reported in a [`Note`], so any string opens *something*.
//! The browser edge splits and percent-decodes the query (`URLSearchParams`); this module only
//! sees name and value pairs, and never panics on any of them (property tests and a fuzz
//! target check).

use super::currency::Currency;
use super::editor::{check, Writing};
use super::lang::Lang;
use super::number::{plain_decimal, InputError};
use super::presets::Preset;
use super::ranges::Ranges;
use super::scenario::{Field, Scenario};

/// The format version this code writes, and the only one it reads.
pub const VERSION: &str = "1";

/// Light or dark colours, or the reader's system setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Link {
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
    /// differ from the article's).
    pub pinned: Option<Scenario>,
}

/// Whether a link uses what only the explore build reads (ranges, a pinned scenario, or a
/// preset made of ranges): the first view hands such a link over to it.
pub fn needs_explore(pairs: &[(&str, &str)]) -> bool {
    pairs.iter().any(|&(key, value)| {
        key == "seed"
            || key == "a"
            || key.starts_with("a.")
            || key.ends_with("_dist")
            || (key == "preset" && Preset::from_name(value).is_some_and(|p| p.has_ranges()))
            || (value.contains("..") && Field::from_name(key).is_some())
    })
}

/// An origin as a link may name it: `http://` or `https://`, a host name (letters, digits,
/// dots, hyphens) and an optional port, nothing after. Lower-cased, as browsers report origins.
///
/// `origin("https://News.example:8443")` is `Some("https://news.example:8443")`;
/// `origin("https://news.example/path")` is `None`.
pub fn origin(value: &str) -> Option<String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then(|| value.to_ascii_lowercase())
}

/// Why a parameter was not applied.
#[derive(Clone, Debug, PartialEq)]
pub enum NoteReason {
    /// A number field's value failed validation.
    Invalid(InputError),
    /// Not one of the values this parameter takes.
    UnknownValue,
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
    /// Whether the link sets any part of the scenario (a field, the currency or a preset): a
    /// link that does wins over a scenario kept in storage.
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

/// Reads a link's parameters: a preset first (wherever it stands), then every other parameter
/// in order, the last of repeated ones winning.
///
/// `decode([("v", "1"), ("capex", "200")])` gives the article's scenario with capex RMB 200 bn;
/// `decode([("capex", "abc")])` gives the article's scenario and a note for `capex`.
pub fn decode(pairs: &[(&str, &str)]) -> Decoded {
    let mut out = Decoded::default();
    let version = pairs.iter().rfind(|(k, _)| *k == "v");
    let readable = match version {
        None => true,
        Some(&(_, v)) => v == VERSION,
    };
    if let (false, Some(&(_, v))) = (readable, version) {
        out.notes.push(note("v", v, NoteReason::UnsupportedVersion));
    }
    for &(key, value) in pairs {
        if key == "preset" {
            out.sets_scenario = true;
            match Preset::from_name(value) {
                Some(preset) if readable => {
                    out.preset = Some(preset);
                    out.link.scenario = preset.scenario();
                    #[cfg(feature = "explore")]
                    {
                        out.link.ranges = preset.ranges();
                    }
                }
                Some(_) => {}
                None => out.notes.push(note(key, value, NoteReason::UnknownValue)),
            }
        }
    }
    // Fields that were set, to check the one rule between them once all are read.
    let mut set_ai = None;
    let mut set_capex = None;
    for &(key, value) in pairs {
        let unknown = || note(key, value, NoteReason::UnknownValue);
        match key {
            "v" | "preset" => {}
            "currency" => {
                out.sets_scenario = true;
                match Currency::from_name(value) {
                    Some(c) if readable => out.link.currency = c,
                    Some(_) => {}
                    None => out.notes.push(unknown()),
                }
            }
            "embed" => match value {
                "1" | "true" => out.link.embed = true,
                "0" | "false" => out.link.embed = false,
                _ => out.notes.push(unknown()),
            },
            "lang" => match Lang::from_name(value) {
                Some(l) => out.link.lang = Some(l),
                None => out.notes.push(unknown()),
            },
            "host" => match origin(value) {
                Some(o) => out.link.host = Some(o),
                None => out.notes.push(unknown()),
            },
            "theme" => match Theme::from_name(value) {
                Some(t) => out.link.theme = t,
                None => out.notes.push(unknown()),
            },
            "id" => {
                let ok = (1..=64).contains(&value.len())
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                if ok {
                    out.link.id = Some(value.to_owned());
                } else {
                    out.notes.push(unknown());
                }
            }
            #[cfg(feature = "explore")]
            "seed" => match value.parse::<u64>() {
                Ok(seed) => out.link.seed = seed,
                Err(_) => out.notes.push(unknown()),
            },
            #[cfg(feature = "explore")]
            "a" => {
                out.link.pinned.get_or_insert_with(Scenario::default);
            }
            _ => {
                #[cfg(feature = "explore")]
                if explore::read(&mut out, key, value, pairs) {
                    continue;
                }
                let Some(field) = Field::from_name(key) else {
                    continue; // Unknown parameters are someone else's: ignore them.
                };
                out.sets_scenario = true;
                if !readable {
                    continue;
                }
                match check(field, value, Writing::LINK) {
                    Ok(v) => {
                        field.set(&mut out.link.scenario, v);
                        // A single value after a preset's range (or an earlier one) wins.
                        #[cfg(feature = "explore")]
                        out.link.ranges.set(field, None);
                        match field {
                            Field::Ai => set_ai = Some(value),
                            Field::Capex => set_capex = Some(value),
                            _ => {}
                        }
                    }
                    Err(e) => out.notes.push(note(key, value, NoteReason::Invalid(e))),
                }
            }
        }
    }
    let s = &mut out.link.scenario;
    if s.ai > s.capex {
        // Every preset obeys the rule, so the link set the AI budget or capex: undo the AI
        // budget if it set it, else the capex, back to the preset's (or default) value.
        let base = out.preset.map(Preset::scenario).unwrap_or_default();
        let (blame, reason) = if set_ai.is_some() {
            (Field::Ai, InputError::AiAboveCapex(s.capex))
        } else {
            (Field::Capex, InputError::CapexBelowAi(s.ai))
        };
        blame.set(s, blame.get(&base));
        let value = set_ai.or(set_capex).unwrap_or_default();
        out.notes
            .push(note(blame.name(), value, NoteReason::Invalid(reason)));
        if s.ai > s.capex {
            // The link's capex is below even the base AI budget: it goes too.
            let reason = InputError::CapexBelowAi(s.ai);
            s.capex = base.capex;
            let value = set_capex.unwrap_or_default();
            out.notes
                .push(note("capex", value, NoteReason::Invalid(reason)));
        }
    }
    out
}

/// Every parameter name a link can carry: the browser reads only these from the URL.
pub fn parameter_names() -> impl Iterator<Item = &'static str> {
    [
        "v", "preset", "currency", "lang", "embed", "theme", "id", "host", "seed", "a",
    ]
    .into_iter()
    .chain(Field::ALL.into_iter().map(Field::name))
    .chain(DIST_NAMES)
    .chain(PINNED_NAMES)
}

/// `<name>_dist` for every field, as a link writes a range's distribution.
const DIST_NAMES: [&str; Field::COUNT] = [
    "capex_dist",
    "capex25_dist",
    "ai_dist",
    "chip_dist",
    "order_dist",
    "usdcny_dist",
    "eurusd_dist",
    "msft_dist",
    "googl_dist",
    "amzn_dist",
    "meta_dist",
    "tokens_dist",
    "tokens-google_dist",
];

/// `a.<name>` for every field, as a link writes the pinned scenario.
const PINNED_NAMES: [&str; Field::COUNT] = [
    "a.capex",
    "a.capex25",
    "a.ai",
    "a.chip",
    "a.order",
    "a.usdcny",
    "a.eurusd",
    "a.msft",
    "a.googl",
    "a.amzn",
    "a.meta",
    "a.tokens",
    "a.tokens-google",
];

/// Writes a link: `v=1`, then only what differs from the defaults, to keep links short.
/// `encode(&Link::default())` is `[("v", "1")]`.
pub fn encode(link: &Link) -> Vec<(&'static str, String)> {
    let defaults = Scenario::default();
    let mut pairs = vec![("v", VERSION.to_owned())];
    for field in Field::ALL {
        let v = field.get(&link.scenario);
        if v != field.get(&defaults) {
            pairs.push((field.name(), plain_decimal(v)));
        }
    }
    if link.currency != Currency::default() {
        pairs.push(("currency", link.currency.name().to_owned()));
    }
    if let Some(lang) = link.lang {
        pairs.push(("lang", lang.name().to_owned()));
    }
    if link.embed {
        pairs.push(("embed", "1".to_owned()));
    }
    if link.theme != Theme::default() {
        pairs.push(("theme", link.theme.name().to_owned()));
    }
    if let Some(id) = &link.id {
        pairs.push(("id", id.clone()));
    }
    if let Some(host) = &link.host {
        pairs.push(("host", host.clone()));
    }
    #[cfg(feature = "explore")]
    explore::write(link, &mut pairs);
    pairs
}

/// What only the explore build reads and writes: ranges, their distributions and seed, and the
/// pinned scenario.
#[cfg(feature = "explore")]
mod explore {
    use super::{check, note, Decoded, NoteReason, Writing, DIST_NAMES, PINNED_NAMES};
    use crate::model::number::plain_decimal;
    use crate::model::ranges::{Dist, RangeError, Spread};
    use crate::model::scenario::{Field, Scenario};

    /// Reads a range (`chip=20000..27000`), a distribution (`chip_dist=normal`) or a pinned
    /// value (`a.chip=27000`); false if `key` is none of these.
    pub fn read(out: &mut Decoded, key: &str, value: &str, pairs: &[(&str, &str)]) -> bool {
        if DIST_NAMES.contains(&key) {
            if Dist::from_name(value).is_none() {
                out.notes.push(note(key, value, NoteReason::UnknownValue));
            }
            return true;
        }
        if let Some(i) = PINNED_NAMES.iter().position(|n| *n == key) {
            let field = Field::ALL[i];
            match check(field, value, Writing::LINK) {
                Ok(v) => field.set(out.link.pinned.get_or_insert_with(Scenario::default), v),
                Err(e) => out.notes.push(note(key, value, NoteReason::Invalid(e))),
            }
            return true;
        }
        let (Some(field), Some((low, high))) = (Field::from_name(key), value.split_once(".."))
        else {
            return false;
        };
        out.sets_scenario = true;
        let dist_key = DIST_NAMES[field.index()];
        let dist = pairs
            .iter()
            .rfind(|(k, _)| *k == dist_key)
            .and_then(|(_, v)| Dist::from_name(v))
            .unwrap_or_default();
        let ends = check(field, low, Writing::LINK)
            .and_then(|l| Ok((l, check(field, high, Writing::LINK)?)))
            .map_err(RangeError::End);
        match ends.and_then(|(l, h)| Spread::checked(field, l, h, dist)) {
            Ok(spread) => {
                out.link.ranges.set(field, Some(spread));
                field.set(&mut out.link.scenario, spread.median());
            }
            Err(e) => out.notes.push(note(key, value, NoteReason::Range(e))),
        }
        true
    }

    /// Writes ranges (with their seed) and the pinned scenario.
    pub fn write(link: &super::Link, pairs: &mut Vec<(&'static str, String)>) {
        for (field, spread) in link.ranges.fields() {
            let value = [
                plain_decimal(spread.low),
                "..".to_owned(),
                plain_decimal(spread.high),
            ]
            .concat();
            match pairs.iter_mut().find(|(k, _)| *k == field.name()) {
                Some(pair) => pair.1 = value,
                None => pairs.push((field.name(), value)),
            }
            if spread.dist != Dist::default() {
                pairs.push((DIST_NAMES[field.index()], spread.dist.name().to_owned()));
            }
        }
        if link.ranges.any() {
            pairs.push(("seed", link.seed.to_string()));
        }
        if let Some(pinned) = &link.pinned {
            pairs.push(("a", "1".to_owned()));
            let defaults = Scenario::default();
            for field in Field::ALL {
                let v = field.get(pinned);
                if v != field.get(&defaults) {
                    pairs.push((PINNED_NAMES[field.index()], plain_decimal(v)));
                }
            }
        }
    }
}
