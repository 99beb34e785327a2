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
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(InputError::TooLarge),
        Err(_) => Err(InputError::NotANumber),
    }
}

/// Removes thousands separators if, and only if, they group the integer part in threes
/// (`1,234,567.8`); anything else (`7,04`, `12,34,567`) is not a number here.
fn ungroup(text: &str) -> Option<String> {
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let (int_part, tail) = rest.split_at(rest.find(['.', 'e', 'E']).unwrap_or(rest.len()));
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
    if !v.is_finite() || v.abs() >= 1e20 {
        return String::from("NaN");
    }
    let scaled = (v * SCALE).round() as i128;
    let negative = scaled < 0;
    let scaled = scaled.unsigned_abs();
    let int = scaled / SCALE as u128;
    let mut frac = scaled % SCALE as u128;
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
