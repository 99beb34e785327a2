//! Which table each text is in, and the fingerprint of each table's layout of keys.

use super::keys::{FIRST_NAMES, FIRST_UNITS, LATER_NAMES, LATER_UNITS, T};
use crate::model::{ChipModel, Confidence, Currency, Field, HyperscalerSet, Preset};

/// Which table a text is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    First,
    Later,
    /// The explore page's own texts (`text::explore`).
    Explore,
}

/// FNV-1a over the names of a part's keys, in order, and the sizes of its groups of keys that
/// carry a value: two builds whose tables line up have the same fingerprint, and any key
/// added, removed or moved changes it. Computed at compile time; none of the names ships.
pub const fn layout(names: &[&str], groups: &[(&str, usize)]) -> u64 {
    const fn eat(mut hash: u64, bytes: &[u8]) -> u64 {
        let mut i = 0;
        while i < bytes.len() {
            hash ^= bytes[i] as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        hash ^ 0xff
    }
    let mut hash = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < names.len() {
        hash = eat(hash, names[i].as_bytes());
        i += 1;
    }
    let mut g = 0;
    while g < groups.len() {
        hash = eat(hash, groups[g].0.as_bytes());
        hash = eat(hash, &(groups[g].1 as u64).to_le_bytes());
        g += 1;
    }
    hash
}

/// The groups of keys that carry a value, in each part's order, with their sizes.
const FIRST_GROUPS: &[(&str, usize)] = &[
    ("Field", Field::COUNT),
    ("FieldValue", Field::COUNT),
    ("Chip", ChipModel::ALL.len()),
    ("Preset", Preset::ALL.len()),
    ("CurrencyName", Currency::ALL.len()),
    ("Bn", Currency::ALL.len()),
    ("Trn", Currency::ALL.len()),
    ("BnSpoken", Currency::ALL.len()),
    ("TrnSpoken", Currency::ALL.len()),
];
const LATER_GROUPS: &[(&str, usize)] = &[
    ("Set", HyperscalerSet::ALL.len()),
    ("Confidence", Confidence::ALL.len()),
];

/// The fingerprint of the first table's layout.
pub const FIRST_LAYOUT: u64 = layout(FIRST_NAMES, FIRST_GROUPS);
/// The fingerprint of the later table's layout.
pub const LATER_LAYOUT: u64 = layout(LATER_NAMES, LATER_GROUPS);

impl T {
    /// Every key of a part, in the order of its table.
    pub fn all(part: Part) -> Vec<T> {
        match part {
            Part::First => {
                let mut keys = FIRST_UNITS.to_vec();
                keys.extend(Field::ALL.map(T::Field));
                keys.extend(Field::ALL.map(T::FieldValue));
                keys.extend(ChipModel::ALL.map(T::Chip));
                keys.extend(Preset::ALL.map(T::Preset));
                keys.extend(Currency::ALL.map(T::CurrencyName));
                keys.extend(Currency::ALL.map(T::Bn));
                keys.extend(Currency::ALL.map(T::Trn));
                keys.extend(Currency::ALL.map(T::BnSpoken));
                keys.extend(Currency::ALL.map(T::TrnSpoken));
                keys
            }
            Part::Later => {
                let mut keys = LATER_UNITS.to_vec();
                keys.extend(HyperscalerSet::ALL.map(T::Set));
                keys.extend(Confidence::ALL.map(T::Confidence));
                keys
            }
            // The explore page's texts are `text::explore::X`'s.
            Part::Explore => Vec::new(),
        }
    }

    /// Every key, of both parts.
    pub fn every() -> Vec<T> {
        let mut keys = T::all(Part::First);
        keys.extend(T::all(Part::Later));
        keys
    }
}
