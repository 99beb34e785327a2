//! Reading a link: the edition and a preset first, then every parameter, each checked as a
//! reader's typed value is, and the one rule between fields.

use super::{frame_id, note, origin, Decoded, NoteReason, Theme, VERSION};
use crate::model::currency::Currency;
use crate::model::editions::{self, Edition};
use crate::model::editor::{check, Writing};
use crate::model::field::Field;
use crate::model::lang::Lang;
use crate::model::number::InputError;
use crate::model::presets::Preset;
use crate::model::scenario::Scenario;

/// The edition a link asks for: its `edition` (the last one), or `latest`. A link that names
/// none is edition 1's if a release wrote it (it carries `v`, as every share link and stored
/// scenario does) or it is an embed; an address with neither (the bare page, `it.html`, a
/// `?lang=` of its own) is a new visit, on the newest figures. An edition this build does not
/// have is a note, and the newest stands in.
fn edition_of(pairs: &[(&str, &str)], out: &mut Decoded) -> &'static Edition {
    let Some(&(_, value)) = pairs.iter().rfind(|(k, _)| *k == "edition") else {
        let written = pairs.iter().any(|(k, _)| matches!(*k, "v" | "embed"));
        if !written {
            return editions::latest();
        }
        return editions::get(editions::FIRST).unwrap_or_else(editions::latest);
    };
    out.sets_scenario = true;
    if value == "latest" {
        out.link.follow_latest = true;
        return editions::latest();
    }
    match value.parse::<u16>().ok().and_then(editions::get) {
        Some(edition) => edition,
        None => {
            out.notes
                .push(note("edition", value, NoteReason::UnknownEdition));
            editions::latest()
        }
    }
}

/// Reads a link's parameters: the edition and a preset first (wherever they stand), then every
/// other parameter in order, the last of repeated ones winning.
///
/// `decode([("v", "1"), ("capex", "200")])` gives edition 1's scenario with capex RMB 200 bn;
/// `decode([("v", "1"), ("capex", "abc")])` gives edition 1's scenario and a note for `capex`.
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
    let edition = edition_of(pairs, &mut out);
    out.link.edition = edition.id;
    out.link.scenario = Scenario::of(edition);
    for &(key, value) in pairs {
        if key == "preset" {
            out.sets_scenario = true;
            match Preset::from_name(value) {
                Some(preset) if readable => {
                    out.preset = Some(preset);
                    out.link.scenario = preset.scenario(edition);
                    #[cfg(feature = "explore")]
                    {
                        out.link.ranges = preset.ranges(edition);
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
            "v" | "preset" | "edition" => {}
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
            "id" => match frame_id(value) {
                Some(id) => out.link.id = Some(id.to_owned()),
                None => out.notes.push(unknown()),
            },
            #[cfg(feature = "explore")]
            "seed" => match value.parse::<u64>() {
                Ok(seed) => out.link.seed = seed,
                Err(_) => out.notes.push(unknown()),
            },
            #[cfg(feature = "explore")]
            "a" => {
                out.link.pinned.get_or_insert(Scenario::of(edition));
            }
            _ => {
                #[cfg(feature = "explore")]
                if super::explore::read(&mut out, edition, key, value, pairs) {
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
        // budget if it set it, else the capex, back to the preset's (or the edition's) value.
        let base = out
            .preset
            .map_or_else(|| Scenario::of(edition), |p| p.scenario(edition));
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
