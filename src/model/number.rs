//! Reading the numbers readers type, in their notation, without the machine's locale. The
//! exact decimal arithmetic underneath, and writing numbers back, is `decimal.rs`'s.

use super::decimal::decimal_to_f64;
pub use super::decimal::plain_decimal;

/// Why a typed value was not taken.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Nothing but spaces.
    Empty,
    /// Not a number at all (`abc`, `1.2.3`, `12,34,567`).
    NotANumber,
    /// A number too large to hold (`1e400`).
    TooLarge,
    /// Below the field's minimum, given.
    BelowMin(f64),
    /// Above the field's maximum, given.
    AboveMax(f64),
    /// The AI-processor budget cannot exceed total capex, given (RMB bn).
    AiAboveCapex(f64),
    /// Total capex cannot be below the AI-processor budget, given (RMB bn).
    CapexBelowAi(f64),
    /// The text reads as either number (`27,000` typed by an Italian reader: 27, or 27,000 as
    /// written in English?), and both fit the field: the reader says which.
    Ambiguous(f64, f64),
}

/// How numbers are written: the decimal mark and the thousands separator, and whether a
/// reader's text may use the other convention's marks.
///
/// Links, storage and exports use [`Notation::LINK`]: a point for decimals, commas only to
/// group thousands, nothing guessed. Readers type in their language's notation, leniently:
/// Italian readers write `7,04` and `27.000`, but also `7.04`, a habit from English sources,
/// which is accepted where it can only mean one thing. Where it could mean two (`27,000` in
/// Italian: 27 or 27 thousand?), the reader is asked, unless the field's range rules one out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notation {
    pub decimal: u8,
    pub group: u8,
    /// Accepts the other convention's marks where unambiguous, and reports an ambiguity
    /// instead of guessing (typed text); or reads only this notation (links).
    pub lenient: bool,
}

impl Notation {
    /// Links, storage and exports: `1234.5` or `1,234.5`.
    pub const LINK: Notation = Notation {
        decimal: b'.',
        group: b',',
        lenient: false,
    };
    /// English and Chinese readers: `1,234.5`.
    pub const POINT: Notation = Notation {
        decimal: b'.',
        group: b',',
        lenient: true,
    };
    /// Italian readers: `1.234,5`.
    pub const COMMA: Notation = Notation {
        decimal: b',',
        group: b'.',
        lenient: true,
    };

    /// A plain decimal (`plain_decimal`) with this notation's decimal mark, no grouping: what a
    /// field shows. `Notation::COMMA.plain(7.04)` is `"7,04"`.
    pub fn plain(self, v: f64) -> String {
        let text = plain_decimal(v);
        if self.decimal == b'.' {
            text
        } else {
            text.replace('.', ",")
        }
    }
}

/// Parses what a reader typed, in their notation: optionally signed, optionally grouped in
/// thousands, optionally with an exponent. Surrounding spaces are ignored.
///
/// `parse_number(" 20,000 ", Notation::POINT)` is `Ok(20000.0)`;
/// `parse_number("27.000", Notation::COMMA)` is `Ok(27000.0)`;
/// `parse_number("7.04", Notation::COMMA)` is `Ok(7.04)` (a point cannot group `04`);
/// `parse_number("27,000", Notation::COMMA)` is `Err(InputError::Ambiguous(27.0, 27000.0))`;
/// `parse_number("1e400", Notation::LINK)` is `Err(InputError::TooLarge)`.
pub fn parse_number(text: &str, notation: Notation) -> Result<f64, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    // Only ASCII digits, sign, marks and exponent: this also rules out the words Rust's float
    // parser accepts ("inf", "NaN", "infinity").
    if !text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E' | b','))
    {
        return Err(InputError::NotANumber);
    }
    let (sign, body) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at_checked(1).unwrap_or(("", text)),
        _ => ("", text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => body.split_at_checked(i).unwrap_or((body, "")),
        None => (body, ""),
    };
    let read = |decimal: u8, group: u8| -> Result<f64, InputError> {
        let plain = plain_mantissa(mantissa, decimal, group).ok_or(InputError::NotANumber)?;
        decimal_to_f64(&[sign, &plain, exponent].concat())
    };
    let (d, g) = (notation.decimal, notation.group);
    let has = |mark: u8| mantissa.bytes().any(|b| b == mark);
    if !has(d) && !has(g) {
        return read(d, g);
    }
    if !notation.lenient {
        return read(d, g);
    }
    let own = read(d, g);
    let other = read(g, d);
    match (own, other) {
        // The reader's own marks used as their own (`20,000` or `7.04` in English). A single
        // decimal mark with exactly three digits after it, and one to three before, also
        // reads as the other convention's thousands (`27.000` in English): ask.
        (Ok(v), Ok(w)) if v != w => {
            let single_decimal = mantissa.bytes().filter(|&b| b == d).count() == 1 && !has(g);
            if single_decimal && could_group(mantissa, d) {
                Err(InputError::Ambiguous(v, w))
            } else {
                Ok(v)
            }
        }
        (Ok(v), _) => Ok(v),
        // Only the other convention reads it (`7,04` in English, `1.234,5` in English).
        (Err(_), Ok(w)) => Ok(w),
        (Err(e), Err(_)) => Err(e),
    }
}

/// Whether `mantissa`, with its one `mark`, also reads as a number grouped in thousands by
/// that mark: one to three digits, the mark, three digits.
fn could_group(mantissa: &str, mark: u8) -> bool {
    match mantissa.split_once(char::from(mark)) {
        Some((int, frac)) => (1..=3).contains(&int.len()) && frac.len() == 3,
        None => false,
    }
}

/// The mantissa as `digits[.digits]` for `decimal_to_f64`, if `decimal` and `group` are used
/// as such: at most one decimal mark, and group marks only between thousands of the integer
/// part (`1,234,567.8`); `7,04` or `12,34,567` with a comma for groups is not a number.
fn plain_mantissa(mantissa: &str, decimal: u8, group: u8) -> Option<String> {
    let (int_part, frac) = match mantissa.split_once(char::from(decimal)) {
        Some((int, frac)) => (int, Some(frac)),
        None => (mantissa, None),
    };
    let marks = |b: u8| b == decimal || b == group;
    if frac.is_some_and(|f| f.bytes().any(marks)) {
        return None;
    }
    let mut plain = String::with_capacity(mantissa.len());
    if int_part.bytes().any(|b| b == group) {
        for (i, digits) in int_part.split(char::from(group)).enumerate() {
            let grouped = if i == 0 {
                (1..=3).contains(&digits.len())
            } else {
                digits.len() == 3
            };
            if !grouped {
                return None;
            }
            plain.push_str(digits);
        }
    } else {
        plain.push_str(int_part);
    }
    if let Some(frac) = frac {
        plain.push('.');
        plain.push_str(frac);
    }
    Some(plain)
}
