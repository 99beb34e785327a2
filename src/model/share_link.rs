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
            _ => {
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
        "v", "preset", "currency", "lang", "embed", "theme", "id", "host",
    ]
    .into_iter()
    .chain(Field::ALL.into_iter().map(Field::name))
}

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
    pairs
}
