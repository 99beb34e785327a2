//! Messages a host page sends an embedded calculator with `postMessage`, as typed values. The
//! browser edge turns the message object into a [`HostMessage`] through serde
//! (serde-wasm-bindgen); [`apply_set`] then checks every value exactly as a link's values are
//! checked (the same decoder, so the same ranges, presets and rule between fields). A bad value
//! changes nothing and is reported; an unknown name is reported and the rest still applies.
//!
//! `{type: "capex-calculator:set", values: {chip: 27000, currency: "eur"}}` sets the chip price
//! and the currency; `{type: "capex-calculator:reset"}` goes back to the article's figures;
//! `{type: "capex-calculator:subscribe"}` asks for results on every change;
//! `{type: "capex-calculator:hello"}` asks whether it is ready.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Error as _, MapAccess, Visitor};
use serde::Deserialize;

use super::number::plain_decimal;
use super::share_link::{decode, encode, parameter_names, Link, Note, NoteReason};

/// The prefix of every message type this calculator sends or reads.
pub const PREFIX: &str = "capex-calculator:";

/// A message from the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    /// `{type: "capex-calculator:set", values: {...}}`
    Set { values: BTreeMap<String, HostValue> },
    /// `{type: "capex-calculator:reset"}`
    Reset,
    /// `{type: "capex-calculator:subscribe"}`
    Subscribe,
    /// `{type: "capex-calculator:hello"}`: is the calculator ready? (`embed.js` asks, in case it
    /// started listening after the calculator said so.)
    Hello,
}

/// One value of a `set` message: a number (`chip: 27000`), a name (`currency: "eur"`,
/// `preset: "h200-reuters"`) or a number written as text (`chip: "27000"`). Anything else is
/// kept as what it was, to be reported, never a reason to refuse the whole message.
#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    Number(f64),
    Text(String),
    /// A value of a kind no parameter takes: `true`, `null`, a list, an object.
    Other(&'static str),
}

impl<'de> Deserialize<'de> for HostValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;

        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = HostValue;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number or a text")
            }
            fn visit_f64<E>(self, v: f64) -> Result<HostValue, E> {
                Ok(HostValue::Number(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<HostValue, E> {
                Ok(HostValue::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<HostValue, E> {
                Ok(HostValue::Number(v as f64))
            }
            fn visit_str<E>(self, v: &str) -> Result<HostValue, E> {
                Ok(HostValue::Text(v.to_owned()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<HostValue, E> {
                Ok(HostValue::Other("a true/false value"))
            }
            fn visit_unit<E>(self) -> Result<HostValue, E> {
                Ok(HostValue::Other("nothing (null)"))
            }
            fn visit_none<E>(self) -> Result<HostValue, E> {
                Ok(HostValue::Other("nothing (null)"))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<HostValue, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(HostValue::Other("a list"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HostValue, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(HostValue::Other("an object"))
            }
        }

        deserializer.deserialize_any(ValueVisitor)
    }
}

// The Deserialize impls below are written out rather than derived: derived ones (an internally
// tagged enum, `String` keys) reach serde's generic error messages, which format floats, and
// that machinery cost the page's wasm 25 KB brotli, measured. These visit exactly the shapes a
// message has and name what else they met in plain words.

/// The kind of value a visitor met where it did not want one.
fn unexpected<E: de::Error>(what: &'static str, wanted: &'static str) -> E {
    E::custom(ExpectedFound(wanted, what))
}

struct ExpectedFound(&'static str, &'static str);

impl fmt::Display for ExpectedFound {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("expected ")?;
        f.write_str(self.0)?;
        f.write_str(", found ")?;
        f.write_str(self.1)
    }
}

/// A text: a message's type, a value's name.
struct Name(String);

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NameVisitor)
    }
}

struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = Name;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text")
    }
    fn visit_str<E>(self, v: &str) -> Result<Name, E> {
        Ok(Name(v.to_owned()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Name, E> {
        Err(unexpected("a number", "a text"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Name, E> {
        Err(unexpected("a number", "a text"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Name, E> {
        Err(unexpected("a number", "a text"))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Name, E> {
        Err(unexpected("a true/false value", "a text"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Name, E> {
        Err(unexpected("nothing", "a text"))
    }
    fn visit_none<E: de::Error>(self) -> Result<Name, E> {
        Err(unexpected("nothing", "a text"))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Name, A::Error> {
        Err(unexpected("a list", "a text"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Name, A::Error> {
        Err(unexpected("an object", "a text"))
    }
}

/// A `set` message's values: names to values.
struct Values(BTreeMap<String, HostValue>);

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValuesVisitor;

        impl<'de> Visitor<'de> for ValuesVisitor {
            type Value = Values;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of names and values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Values, A::Error> {
                let mut values = BTreeMap::new();
                while let Some((Name(name), value)) = map.next_entry::<Name, HostValue>()? {
                    values.insert(name, value);
                }
                Ok(Values(values))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Values, E> {
                Err(unexpected("a number", "an object"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Values, E> {
                Err(unexpected("a number", "an object"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Values, E> {
                Err(unexpected("a number", "an object"))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Values, E> {
                Err(unexpected("a text", "an object"))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Values, E> {
                Err(unexpected("a true/false value", "an object"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Values, E> {
                Err(unexpected("nothing", "an object"))
            }
            fn visit_none<E: de::Error>(self) -> Result<Values, E> {
                Err(unexpected("nothing", "an object"))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Values, A::Error> {
                Err(unexpected("a list", "an object"))
            }
        }

        deserializer.deserialize_any(ValuesVisitor)
    }
}

impl<'de> Deserialize<'de> for HostMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MessageVisitor;

        impl<'de> Visitor<'de> for MessageVisitor {
            type Value = HostMessage;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a message object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HostMessage, A::Error> {
                let mut kind = None;
                let mut values = None;
                while let Some(Name(key)) = map.next_key::<Name>()? {
                    match key.as_str() {
                        "type" => kind = Some(map.next_value::<Name>()?.0),
                        "values" => values = Some(map.next_value::<Values>()?.0),
                        _ => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                let kind = kind.ok_or_else(|| A::Error::custom("no type"))?;
                match kind.strip_prefix(PREFIX) {
                    Some("set") => Ok(HostMessage::Set {
                        values: values
                            .ok_or_else(|| A::Error::custom("a set message needs values"))?,
                    }),
                    Some("reset") => Ok(HostMessage::Reset),
                    Some("subscribe") => Ok(HostMessage::Subscribe),
                    Some("hello") => Ok(HostMessage::Hello),
                    _ => Err(A::Error::custom("not a message type this calculator reads")),
                }
            }
        }

        deserializer.deserialize_map(MessageVisitor)
    }
}

/// Why a value of a message was not applied, for the host page's developers (in English, with
/// the parameter's contract name).
#[derive(Clone, Debug, PartialEq)]
pub struct HostError {
    pub field: String,
    /// A short code: `unknown-field`, `not-a-number`, `below-min`, `above-max`,
    /// `ai-above-capex`, `capex-below-ai`, `unknown-value`, `wrong-kind`.
    pub reason: &'static str,
    pub message: String,
}

/// Names a `set` message may carry: every scenario parameter of a link.
fn settable(name: &str) -> bool {
    !matches!(name, "v" | "embed" | "theme" | "id" | "host") && parameter_names().any(|n| n == name)
}

/// Applies a `set` message's values to the current link: a preset first (it replaces the
/// scenario, as picking it on the page does), then every value, each checked as a link's value
/// is. Returns the new link and what could not be applied.
///
/// Setting `chip: 27000` on the article's figures gives the Reuters price and no error;
/// setting `chip: 1` changes nothing and reports `below-min`.
pub fn apply_set(current: &Link, values: &BTreeMap<String, HostValue>) -> (Link, Vec<HostError>) {
    let mut errors = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let preset_set = values.contains_key("preset");
    // What the message does not set stays as it is; with a preset, the scenario is the preset's.
    for (name, value) in encode(current) {
        let keep = !preset_set || super::scenario::Field::from_name(name).is_none();
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
        match value {
            HostValue::Number(v) if v.is_finite() => pairs.push((name.clone(), plain_decimal(*v))),
            HostValue::Number(_) => errors.push(HostError {
                field: name.clone(),
                reason: "not-a-number",
                message: "Not a finite number.".to_owned(),
            }),
            HostValue::Text(t) => pairs.push((name.clone(), t.clone())),
            HostValue::Other(kind) => errors.push(HostError {
                field: name.clone(),
                reason: "wrong-kind",
                message: ["Expected a number or a text, got ", kind, "."].concat(),
            }),
        }
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
            E::TooLarge => ("not-a-number", "Too large a number.".to_owned()),
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
