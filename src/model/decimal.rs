//! Decimals read and written exactly, with integer arithmetic only: no `str::parse::<f64>` (a
//! 10 KB table of powers of five in the wasm) and no float formatting code ship.

use super::number::InputError;

/// Reads `[+-]digits[.digits][(e|E)[+-]digits]`.
///
/// Not `str::parse::<f64>`: that brings core's correctly-rounded parser and its 10 KB table
/// of powers of five into the wasm, for precision no reader types. Up to 15 significant
/// digits with at most 22 decimals (every value a field accepts) the result is still the
/// correctly rounded double, because both the digits and the power of ten are exact doubles
/// and one IEEE division or multiplication rounds once (Clinger's fast path). Longer inputs
/// are read to within a few units in the last place.
pub(crate) fn decimal_to_f64(text: &str) -> Result<f64, InputError> {
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
/// `"160"`. From 10¹⁰ up, where nine decimals no longer fit the integer arithmetic, the value is
/// written whole (`1000000000000` for 10¹²), and from 1.8 × 10¹⁹ up with an exponent
/// (`2.5e20`), which every reader of this format takes: such values are far beyond any field's
/// range, and must read as too large, not as no number at all. Only a value that is not a
/// number (NaN, an infinity) is written `NaN`. Integer arithmetic only, so no float formatting
/// code ships.
pub fn plain_decimal(v: f64) -> String {
    const DECIMALS: u32 = 9;
    const SCALE: f64 = 1e9;
    if !v.is_finite() {
        return String::from("NaN");
    }
    let sign = if v < 0.0 { "-" } else { "" };
    if v.abs() >= 1.8e19 {
        // m × 10^e with 1 ≤ m < 10, by exact steps of ten.
        let (mut m, mut e) = (v.abs(), 0u32);
        while m >= 10.0 {
            m /= 10.0;
            e += 1;
        }
        return [sign, &plain_decimal(m), "e", &e.to_string()].concat();
    }
    if v.abs() >= 1e10 {
        return [sign, &(v.abs().round() as u64).to_string()].concat();
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
