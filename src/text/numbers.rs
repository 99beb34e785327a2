//! Numbers, amounts and dates as each language writes them. The primitives (a decimal, a
//! percentage, a date) come from a [`Numbers`]: [`Plain`], written here as `Intl` writes them
//! and checked against each engine's `Intl` in the component tests, for the page
//! (`ui::Formatter`), the build's pictures and the engine's files alike. The amounts built on
//! them (billions in a currency, 亿 and 万亿 in Chinese, a ratio, a chip's
//! price, a field's value) are written once, below, for both.
//!
//! Signs: a fall is written with a true minus, `−`, in every number, amount and percentage
//! (`−25.9%`, `−US$0.08 bn`), never `Intl`'s hyphen-minus; a number that rounds to zero is
//! written without a sign.

use super::{fill, text, Lang, T};
use crate::model::{Currency, Field, Figure, Rates, Unit, When};

/// How a language writes the primitives: a decimal with at most `max` (0 to 2) fraction digits
/// (`603,693`, `22,7` in Italian), a percentage with one (`53.1%` for 53.1), a date.
pub trait Numbers {
    fn lang(&self) -> Lang;
    fn decimal(&self, v: f64, max: usize) -> String;
    fn percent(&self, v: f64) -> String;
    fn date(&self, when: When) -> String;
}

/// The true minus sign.
pub const MINUS: char = '\u{2212}';

/// A number as written, with the true minus for a fall and no sign for what rounds to zero.
fn signed(written: String) -> String {
    let Some(rest) = written.strip_prefix('-') else {
        return written;
    };
    if rest.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        rest.to_owned()
    } else {
        [MINUS.encode_utf8(&mut [0; 3]), rest].concat()
    }
}

/// A number with at most `max` (0 to 2) fraction digits: `603,693`, `−0.1`.
pub fn number(n: &impl Numbers, v: f64, max: usize) -> String {
    signed(n.decimal(v, max.min(2)))
}

/// A percentage with one decimal: `53.1%`, `−25.9%`.
pub fn percent(n: &impl Numbers, v: f64) -> String {
    signed(n.percent(v))
}

/// A percentage with a sign either way: `+6.7%`, `−25.9%`.
pub fn signed_percent(n: &impl Numbers, v: f64) -> String {
    let s = percent(n, v);
    if s.starts_with(MINUS) || s.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        s
    } else {
        ["+", &s].concat()
    }
}

/// Billions in a currency: `US$22.7 bn`, `22,7 miliardi di dollari`, `227亿美元`. Two decimals
/// below ten (`US$0.76 bn`), where one would hide most of the number; one fewer in 亿
/// (`7.6亿美元`). From a thousand billions up, as written once rounded, trillions: `US$1.7
/// trn`, `1,7 mila miliardi di dollari`, `1.7万亿美元` (never `17,000亿`, nor `10,000亿` for
/// 999.96 bn).
pub fn bn(n: &impl Numbers, amount: f64, currency: Currency) -> String {
    billions(n, amount, T::Bn(currency), T::Trn(currency))
}

/// Billions as a screen reader should hear them, with the currency in words: `22.7 billion US
/// dollars`, `22,7 miliardi di dollari`, `227亿美元`. For text alternatives and the
/// announcement; the numbers are `bn`'s.
pub fn bn_spoken(n: &impl Numbers, amount: f64, currency: Currency) -> String {
    billions(n, amount, T::BnSpoken(currency), T::TrnSpoken(currency))
}

/// An amount in billions written with a template for billions and one for trillions.
fn billions(n: &impl Numbers, amount: f64, billions: T, trillions: T) -> String {
    let (template, written) = billions_parts(n, amount, billions, trillions);
    fill(text(n.lang(), template), &[&written])
}

/// The template an amount in billions is written with, and the number that fills it.
fn billions_parts(n: &impl Numbers, amount: f64, billions: T, trillions: T) -> (T, String) {
    // 999.95 bn and more round to 1,000.0 bn (10,000亿): trillions from there.
    let (value, template) = if amount.abs() >= 999.95 {
        (amount / 1000.0, trillions)
    } else {
        (amount, billions)
    };
    let decimals = if value.abs() < 10.0 { 2 } else { 1 };
    let written = if n.lang().writing().yi && template == billions {
        number(n, value * 10.0, decimals - 1)
    } else {
        number(n, value, decimals)
    };
    (template, written)
}

/// US$ billions shown in `currency` at `rates`.
pub fn usd_bn_in(n: &impl Numbers, usd_bn: f64, currency: Currency, rates: Rates) -> String {
    bn(n, rates.from_usd(usd_bn, currency), currency)
}

/// US$ billions shown in `currency` at `rates`, as a screen reader should hear them.
pub fn usd_bn_in_spoken(n: &impl Numbers, usd_bn: f64, currency: Currency, rates: Rates) -> String {
    bn_spoken(n, rates.from_usd(usd_bn, currency), currency)
}

/// Whole US dollars: `US$20,000`, `20.000 dollari`, `20,000美元`.
pub fn usd(n: &impl Numbers, v: f64) -> String {
    fill(text(n.lang(), T::UsdAmount), &[&number(n, v, 0)])
}

/// Whole US dollars as a screen reader should hear them: `20,000 US dollars`.
pub fn usd_spoken(n: &impl Numbers, v: f64) -> String {
    fill(text(n.lang(), T::UsdSpoken), &[&number(n, v, 0)])
}

/// A ratio: `16.6×`, `16,6 volte`, `16.6倍`.
pub fn times(n: &impl Numbers, v: f64) -> String {
    fill(text(n.lang(), T::Times), &[&number(n, v, 1)])
}

/// A field's value with its unit, as a slider announces it: `RMB 160 bn`, `160 miliardi di
/// RMB`, `1,600亿元`.
pub fn field_value(n: &impl Numbers, field: Field, v: f64) -> String {
    let shown = v * n.lang().writing().scale(field);
    fill(
        text(n.lang(), T::FieldValue(field)),
        &[&number(n, shown, 2)],
    )
}

/// A figure's value in its unit: `US$27,500`; with the interval its source gives, where it
/// gives one, its unit written once around both ends where both take the same: `US$27,500
/// (range given: US$25,000–30,000)`, `27.500 dollari (forchetta indicata: 25.000–30.000
/// dollari)`, `27,500美元（来源给出的区间：25,000至30,000美元）`.
pub fn figure(n: &impl Numbers, f: &Figure) -> String {
    let lang = n.lang();
    // The template a value is written with and the number that fills it; `None` for what is
    // written whole (a percentage).
    let parts = |v: f64| -> (Option<T>, String) {
        let plain = |max: usize, unit: T| (Some(unit), number(n, v, max));
        let money = |c: Currency| {
            let (t, written) = billions_parts(n, v, T::Bn(c), T::Trn(c));
            (Some(t), written)
        };
        match f.unit {
            Unit::RmbBn => money(Currency::Cny),
            Unit::UsdBn => money(Currency::Usd),
            Unit::EurBn => money(Currency::Eur),
            Unit::Usd => plain(0, T::UsdAmount),
            Unit::Chips => plain(0, T::UnitChips),
            Unit::RmbPerUsd => plain(2, T::UnitRmbPerUsd),
            Unit::UsdPerEur => plain(2, T::UnitUsdPerEur),
            Unit::TrillionTokensADay => plain(1, T::UnitTokens),
            Unit::Times => plain(1, T::Times),
            Unit::Percent
            | Unit::PercentOfCapex
            | Unit::PercentOfAiBudget
            | Unit::UsdBnPerTrillionDailyTokens => (None, percent(n, v)),
        }
    };
    let whole = |(template, written): (Option<T>, String)| match template {
        Some(t) => fill(text(lang, t), &[&written]),
        None => written,
    };
    let value = whole(parts(f.value));
    match f.range {
        Some((low, high)) => {
            let ends = |a: &str, b: &str| fill(text(lang, T::RangeEnds), &[a, b]);
            let range = match (parts(low), parts(high)) {
                ((Some(a), low), (Some(b), high)) if a == b => {
                    fill(text(lang, a), &[&ends(&low, &high)])
                }
                (low, high) => ends(&whole(low), &whole(high)),
            };
            fill(text(lang, T::ValueInRange), &[&value, &range])
        }
        None => value,
    }
}

/// The primitives written here, as `Intl` writes them in these three languages (the component
/// tests compare the two in each engine): decimals rounded half away from zero (`Intl`'s
/// `halfExpand`: 2.5 to `3`, 0.125 to `0.13`), grouped in thousands (in Italian only from five
/// digits on, `5000` but `20.000`); percentages with no space; dates as `Dec 2025`,
/// `dicembre 2025`, `2025年12月`. The page writes its numbers with these too: no `Intl`
/// formatter is made at its start, whose first one loads the browser's locale data in a task
/// of 60-200 ms on a slow phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plain(pub Lang);

/// The months as each language writes them in a date.
const MONTHS: [[&str; 12]; 3] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
];

impl Numbers for Plain {
    fn lang(&self) -> Lang {
        self.0
    }

    fn decimal(&self, v: f64, max: usize) -> String {
        let (mark, group, min_grouped) = match self.0 {
            Lang::It => (',', '.', 5),
            Lang::En | Lang::Zh => ('.', ',', 4),
        };
        let scale = [1.0, 10.0, 100.0][max.min(2)];
        // `Intl` rounds the number as its shortest form writes it (9.995, not the double's
        // 9.99499…), ties away from zero: a product a few units in the last place short of a
        // half is that tie, so it is nudged up by as much (1e-15, about 4.5 of them) before
        // rounding (by `floor`, one wasm instruction, where `round` would bring in a function
        // of the maths library).
        let scaled = (v.abs() * scale * 1.000_000_000_000_001 + 0.5).floor();
        if !scaled.is_finite() {
            return String::from("NaN");
        }
        let scaled = scaled as u64;
        let (int, mut frac) = (scaled / scale as u64, scaled % scale as u64);
        let digits = int.to_string();
        let mut out = String::with_capacity(digits.len() + 6);
        if v < 0.0 {
            out.push('-');
        }
        for (i, d) in digits.chars().enumerate() {
            let left = digits.len() - i;
            if i > 0 && left % 3 == 0 && digits.len() >= min_grouped {
                out.push(group);
            }
            out.push(d);
        }
        let mut width = max.min(2);
        while width > 0 && frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        if width > 0 {
            out.push(mark);
            let frac = frac.to_string();
            out.extend(std::iter::repeat_n('0', width - frac.len()));
            out.push_str(&frac);
        }
        out
    }

    fn percent(&self, v: f64) -> String {
        [self.decimal(v, 1), "%".to_owned()].concat()
    }

    fn date(&self, when: When) -> String {
        let month = |m: u8| {
            let l = match self.0 {
                Lang::En => 0,
                Lang::It => 1,
                Lang::Zh => 2,
            };
            MONTHS[l][usize::from(m.clamp(1, 12) - 1)]
        };
        let (y, m, d) = when.start();
        let month_year = match self.0 {
            Lang::Zh => [y.to_string(), "年".to_owned(), month(m).to_owned()].concat(),
            _ => [month(m), " ", &y.to_string()].concat(),
        };
        match when {
            When::Year(y) => match self.0 {
                Lang::Zh => [y.to_string(), "年".to_owned()].concat(),
                _ => y.to_string(),
            },
            When::Month(..) => month_year,
            When::Day(..) => match self.0 {
                Lang::Zh => [&month_year, &d.to_string(), "日"].concat(),
                _ => [d.to_string(), " ".to_owned(), month_year].concat(),
            },
            When::LateMonth(..) => fill(text(self.0, T::LateMonth), &[&month_year]),
        }
    }
}
