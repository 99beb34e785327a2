//! What only the explore build reads and writes: ranges (`chip=20000..27000`), their
//! distributions (`chip_dist=normal`) and seed, and the pinned scenario (`a=1`, `a.chip=27000`).

use super::{note, Decoded, Link, NoteReason};
use crate::model::editions::Edition;
use crate::model::editor::{check, Writing};
use crate::model::field::Field;
use crate::model::number::plain_decimal;
use crate::model::ranges::{Dist, RangeError, Spread};
use crate::model::scenario::Scenario;

/// Reads a range, a distribution or a pinned value; false if `key` is none of these.
pub fn read(
    out: &mut Decoded,
    edition: &Edition,
    key: &str,
    value: &str,
    pairs: &[(&str, &str)],
) -> bool {
    if Field::from_dist_param(key).is_some() {
        if Dist::from_name(value).is_none() {
            out.notes.push(note(key, value, NoteReason::UnknownValue));
        }
        return true;
    }
    if let Some(field) = Field::from_pinned_param(key) {
        match check(field, value, Writing::LINK) {
            Ok(v) => field.set(out.link.pinned.get_or_insert(Scenario::of(edition)), v),
            Err(e) => out.notes.push(note(key, value, NoteReason::Invalid(e))),
        }
        return true;
    }
    let (Some(field), Some((low, high))) = (Field::from_name(key), value.split_once("..")) else {
        return false;
    };
    out.sets_scenario = true;
    let dist = pairs
        .iter()
        .rfind(|(k, _)| *k == field.dist_param())
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

/// Writes ranges (with their seed) and the pinned scenario's differences from the edition's
/// figures (`defaults`).
pub fn write(link: &Link, defaults: &Scenario, pairs: &mut Vec<(&'static str, String)>) {
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
            pairs.push((field.dist_param(), spread.dist.name().to_owned()));
        }
    }
    if link.ranges.any() {
        pairs.push(("seed", link.seed.to_string()));
    }
    if let Some(pinned) = &link.pinned {
        pairs.push(("a", "1".to_owned()));
        for field in Field::ALL {
            let v = field.get(pinned);
            if v != field.get(defaults) {
                pairs.push((field.pinned_param(), plain_decimal(v)));
            }
        }
    }
}
