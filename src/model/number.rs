//! Reading the numbers readers type, and writing numbers back as plain decimals, without the
//! machine's locale and without pulling float-formatting machinery into the wasm.

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

/// Reads `[+-]digits[.digits][(e|E)[+-]digits]`.
///
/// Not `str::parse::<f64>`: that brings core's correctly-rounded parser and its 10 KB table
/// of powers of five into the wasm, for precision no reader types. Up to 15 significant
/// digits with at most 22 decimals (every value a field accepts) the result is still the
/// correctly rounded double, because both the digits and the power of ten are exact doubles
/// and one IEEE division or multiplication rounds once (Clinger's fast path). Longer inputs
/// are read to within a few units in the last place.
fn decimal_to_f64(text: &str) -> Result<f64, InputError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    // Significant digits beyond 19 do not fit a u64: they only shift the exponent.
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut seen_point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return Err(InputError::NotANumber);
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let sign = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            e = (e * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return Err(InputError::NotANumber);
        }
        exponent += sign * e;
    }
    if i != bytes.len() {
        return Err(InputError::NotANumber);
    }
    let value = scale_by_power_of_ten(mantissa as f64, exponent);
    if value.is_finite() {
        Ok(if negative { -value } else { value })
    } else {
        Err(InputError::TooLarge)
    }
}

/// `m × 10^e`, dividing by exact powers of ten where possible so that the common case rounds
/// only once.
fn scale_by_power_of_ten(m: f64, e: i64) -> f64 {
    if m == 0.0 {
        return 0.0;
    }
    if e >= 0 {
        if e > 400 {
            return f64::INFINITY;
        }
        m * power_of_ten(e as u32)
    } else {
        if e < -400 {
            return 0.0;
        }
        let e = e.unsigned_abs() as u32;
        if e <= 22 {
            m / power_of_ten(e)
        } else {
            m / power_of_ten(22) / power_of_ten(e - 22)
        }
    }
}

/// 10^e by squaring: exact up to 10^22.
pub(crate) fn power_of_ten(mut e: u32) -> f64 {
    let mut result = 1.0;
    let mut base = 10.0;
    while e > 0 {
        if e & 1 == 1 {
            result *= base;
        }
        base *= base;
        e >>= 1;
    }
    result
}

/// Writes a number as a plain decimal with at most nine decimals and no trailing zeros, the
/// way a reader would type it: `plain_decimal(7.04)` is `"7.04"`, `plain_decimal(160.0)` is
/// `"160"`. Integer arithmetic only, so no float formatting code ships.
pub fn plain_decimal(v: f64) -> String {
    const DECIMALS: u32 = 9;
    const SCALE: f64 = 1e9;
    // u64 holds 1.8e19: values up to 1e10 keep all nine decimals, far beyond any field's range.
    if !v.is_finite() || v.abs() >= 1e10 {
        return String::from("NaN");
    }
    let scaled = (v * SCALE).round() as i64;
    let negative = scaled < 0;
    let scaled = scaled.unsigned_abs();
    let int = scaled / SCALE as u64;
    let mut frac = scaled % SCALE as u64;
    let mut out = String::new();
    if negative && scaled != 0 {
        out.push('-');
    }
    out.push_str(&int.to_string());
    if frac != 0 {
        let mut width = DECIMALS;
        while frac.is_multiple_of(10) {
            frac /= 10;
            width -= 1;
        }
        out.push('.');
        let digits = frac.to_string();
        for _ in digits.len() as u32..width {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}
