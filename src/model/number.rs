//! Reading the numbers readers type, and writing numbers back as plain decimals, without the
//! machine's locale and without pulling float-formatting machinery into the wasm.

/// Why a typed value was not taken.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Nothing but spaces.
    Empty,
    /// Not a number at all (`abc`, `1.2.3`, `1,2`).
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
}

/// Parses what a reader typed: a plain decimal with a point, optionally signed, optionally
/// with an exponent, optionally grouped in thousands with commas (`20,000`, `1,234.5`).
/// Surrounding spaces are ignored.
///
/// `parse_number(" 20,000 ")` is `Ok(20000.0)`; `parse_number("1e400")` is
/// `Err(InputError::TooLarge)`.
pub fn parse_number(text: &str) -> Result<f64, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    // Only ASCII digits, sign, point, exponent and grouping commas: this also rules out the
    // words Rust's float parser accepts ("inf", "NaN", "infinity").
    if !text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E' | b','))
    {
        return Err(InputError::NotANumber);
    }
    let ungrouped;
    let plain = if text.contains(',') {
        ungrouped = ungroup(text).ok_or(InputError::NotANumber)?;
        ungrouped.as_str()
    } else {
        text
    };
    decimal_to_f64(plain)
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

/// Removes thousands separators if, and only if, they group the integer part in threes
/// (`1,234,567.8`); anything else (`7,04`, `12,34,567`) is not a number here.
fn ungroup(text: &str) -> Option<String> {
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at_checked(1).unwrap_or(("", text)),
        _ => ("", text),
    };
    let (int_part, tail) = rest
        .find(['.', 'e', 'E'])
        .and_then(|i| rest.split_at_checked(i))
        .unwrap_or((rest, ""));
    if tail.contains(',') {
        return None;
    }
    let mut plain = String::with_capacity(text.len());
    plain.push_str(sign);
    for (i, group) in int_part.split(',').enumerate() {
        let grouped = if i == 0 {
            (1..=3).contains(&group.len())
        } else {
            group.len() == 3
        };
        if !grouped {
            return None;
        }
        plain.push_str(group);
    }
    plain.push_str(tail);
    Some(plain)
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
