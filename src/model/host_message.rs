//! Messages a host page sends an embedded calculator with `postMessage`, as typed values. The
//! engine turns the message object into a [`HostMessage`] through serde (serde-wasm-bindgen);
//! [`apply_set`] then checks every value exactly as a link's values are checked (the same
//! decoder, so the same ranges, presets, editions and rule between fields). A bad value changes
//! nothing and is reported; an unknown name is reported and the rest still applies.
//!
//! `{type: "capex-calculator:set", values: {chip: 27000, currency: "eur"}}` sets the chip price
//! and the currency; `{type: "capex-calculator:reset"}` goes back to the edition's figures;
//! `{type: "capex-calculator:subscribe"}` asks for results on every change;
//! `{type: "capex-calculator:hello"}` asks whether it is ready.

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::editions;
use super::number::plain_decimal;
use super::share_link::{decode, encode, is_parameter, Link, Note, NoteReason};

/// The prefix of every message type this calculator sends or reads.
pub const PREFIX: &str = "capex-calculator:";

/// A message from the host page.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "type")]
pub enum HostMessage {
    /// `{type: "capex-calculator:set", values: {...}}`
    #[serde(rename = "capex-calculator:set")]
    Set { values: BTreeMap<String, HostValue> },
    /// `{type: "capex-calculator:reset"}`
    #[serde(rename = "capex-calculator:reset")]
    Reset,
    /// `{type: "capex-calculator:subscribe"}`
    #[serde(rename = "capex-calculator:subscribe")]
    Subscribe,
    /// `{type: "capex-calculator:hello"}`: is the calculator ready? (`embed.js` asks, in case it
    /// started listening after the calculator said so.)
    #[serde(rename = "capex-calculator:hello")]
    Hello,
}

/// One value of a `set` message: a number (`chip: 27000`), a name (`currency: "eur"`,
/// `preset: "h200-reuters"`) or a number written as text (`chip: "27000"`). Anything else is
/// kept as what it was, to be reported, never a reason to refuse the whole message.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "AnyValue")]
pub enum HostValue {
    Number(f64),
    Text(String),
    /// A value of a kind no parameter takes: `true`, `null`, a list, an object.
    Other(OtherKind),
}

/// The kinds of value no parameter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherKind {
    Flag,
    Nothing,
    List,
    Object,
}

impl OtherKind {
    /// The kind in words, for a refusal's message.
    pub fn describe(self) -> &'static str {
        match self {
            OtherKind::Flag => "a true/false value",
            OtherKind::Nothing => "nothing (null)",
            OtherKind::List => "a list",
            OtherKind::Object => "an object",
        }
    }
}

/// Whatever JSON value a host sent, by kind.
#[derive(Deserialize)]
#[serde(untagged)]
enum AnyValue {
    Number(f64),
    Text(String),
    Flag(#[allow(dead_code)] bool),
    Nothing(()),
    List(#[allow(dead_code)] Vec<IgnoredAny>),
    Object(#[allow(dead_code)] BTreeMap<String, IgnoredAny>),
}

impl From<AnyValue> for HostValue {
    fn from(value: AnyValue) -> HostValue {
        match value {
            AnyValue::Number(v) => HostValue::Number(v),
            AnyValue::Text(t) => HostValue::Text(t),
            AnyValue::Flag(_) => HostValue::Other(OtherKind::Flag),
            AnyValue::Nothing(()) => HostValue::Other(OtherKind::Nothing),
            AnyValue::List(_) => HostValue::Other(OtherKind::List),
            AnyValue::Object(_) => HostValue::Other(OtherKind::Object),
        }
    }
}

/// Why a value of a message was not applied, for the host page's developers (in English, with
/// the parameter's contract name).
#[derive(Clone, Debug, PartialEq)]
pub struct HostError {
    pub field: String,
    /// A short code: `unknown-field`, `not-a-number`, `below-min`, `above-max`,
    /// `ai-above-capex`, `capex-below-ai`, `unknown-value`, `unknown-edition`, `wrong-kind`,
    /// `bad-range`.
    pub reason: &'static str,
    pub message: String,
}

/// Names a `set` message may carry: every scenario parameter of a link (an edition, a preset,
/// each field, the currency, the language; not how the frame is embedded).
fn settable(name: &str) -> bool {
    !matches!(name, "v" | "embed" | "theme" | "id" | "host") && is_parameter(name)
}

/// The editions this build has, for a refusal's message: "1 to 3", or "1".
fn edition_list() -> String {
    let all = editions::all();
    match (all.first(), all.last()) {
        (Some(first), Some(last)) if first.id != last.id => {
            [first.id.to_string(), " to ".to_owned(), last.id.to_string()].concat()
        }
        _ => editions::latest().id.to_string(),
    }
}

/// Applies a `set` message's values to the current link: a preset first (it replaces the
/// scenario, as picking it on the page does), then every value, each checked as a link's value
/// is. An `edition` the build has moves the scenario to that edition's figures (the values the
/// page set stay); one it has not is refused and changes nothing. Returns the new link and what
/// could not be applied.
///
/// Setting `chip: 27000` on the article's figures gives the Reuters price and no error;
/// setting `chip: 1` changes nothing and reports `below-min`.
pub fn apply_set(current: &Link, values: &BTreeMap<String, HostValue>) -> (Link, Vec<HostError>) {
    let mut errors = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let preset_set = values.contains_key("preset");
    // What the message does not set stays as it is; with a preset, the scenario is the preset's.
    for (name, value) in encode(current) {
        let keep = !preset_set || super::field::Field::from_name(name).is_none();
        if keep && name != "v" {
            pairs.push((name.to_owned(), value));
        }
    }
    for (name, value) in values {
        if !settable(name) {
            errors.push(HostError {
                field: name.clone(),
                reason: "unknown-field",
                message: "Not a parameter this calculator takes; ignored.".to_owned(),
            });
            continue;
        }
        let text = match value {
            HostValue::Number(v) if v.is_finite() => plain_decimal(*v),
            HostValue::Number(_) => {
                errors.push(HostError {
                    field: name.clone(),
                    reason: "not-a-number",
                    message: "Not a finite number.".to_owned(),
                });
                continue;
            }
            HostValue::Text(t) => t.clone(),
            HostValue::Other(kind) => {
                errors.push(HostError {
                    field: name.clone(),
                    reason: "wrong-kind",
                    message: ["Expected a number or a text, got ", kind.describe(), "."].concat(),
                });
                continue;
            }
        };
        let known_edition = text == "latest" || text.parse().ok().and_then(editions::get).is_some();
        if name == "edition" && !known_edition {
            errors.push(HostError {
                field: name.clone(),
                reason: "unknown-edition",
                message: [
                    "This calculator has no edition ",
                    &text,
                    " of its figures (it has ",
                    &edition_list(),
                    ", or latest); the edition did not change.",
                ]
                .concat(),
            });
            continue;
        }
        pairs.push((name.clone(), text));
    }
    let borrowed: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let decoded = decode(&borrowed);
    errors.extend(decoded.notes.iter().map(error_of));
    let link = Link {
        embed: current.embed,
        theme: current.theme,
        id: current.id.clone(),
        host: current.host.clone(),
        ..decoded.link
    };
    (link, errors)
}

/// A link decoder's note as an error for the host.
fn error_of(note: &Note) -> HostError {
    use super::number::InputError as E;
    let (reason, message) = match &note.reason {
        NoteReason::Invalid(e) => match e {
            E::Empty | E::NotANumber => ("not-a-number", "Not a number.".to_owned()),
            E::TooLarge => ("above-max", "Too large a number.".to_owned()),
            E::BelowMin(v) => (
                "below-min",
                ["Below the minimum, ", &plain_decimal(*v), "."].concat(),
            ),
            E::AboveMax(v) => (
                "above-max",
                ["Above the maximum, ", &plain_decimal(*v), "."].concat(),
            ),
            E::AiAboveCapex(v) => (
                "ai-above-capex",
                [
                    "Cannot exceed total capex, RMB ",
                    &plain_decimal(*v),
                    " bn.",
                ]
                .concat(),
            ),
            E::CapexBelowAi(v) => (
                "capex-below-ai",
                [
                    "Cannot be below the AI-processor budget, RMB ",
                    &plain_decimal(*v),
                    " bn.",
                ]
                .concat(),
            ),
            E::Ambiguous(..) => ("not-a-number", "Ambiguous.".to_owned()),
        },
        NoteReason::UnknownValue => (
            "unknown-value",
            "Not one of the values this parameter takes.".to_owned(),
        ),
        NoteReason::UnknownEdition => (
            "unknown-edition",
            [
                "Not an edition this calculator has (",
                &edition_list(),
                ").",
            ]
            .concat(),
        ),
        NoteReason::UnsupportedVersion => ("unknown-value", "Another version's format.".to_owned()),
        #[cfg(feature = "explore")]
        NoteReason::Range(_) => (
            "bad-range",
            "Not a range that can be drawn from.".to_owned(),
        ),
    };
    HostError {
        field: note.param.clone(),
        reason,
        message,
    }
}
