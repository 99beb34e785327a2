//! Numbers, amounts and dates as each language writes them. The primitives (a decimal, a
//! percentage, a date) come from a [`Numbers`]: the page's, which asks the browser's `Intl`
//! (`ui::Formatter`), or [`Plain`], written here for where there is no `Intl` (the build's
//! pictures) and for the engine's files, and checked against `Intl` in the component tests. The
//! amounts built on them (billions in a currency, 亿 and 万亿 in Chinese, a ratio, a chip's
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
/// (`7.6亿美元`). From a thousand billions up, trillions: `US$1.7 trn`, `1.7万亿美元`.
pub fn bn(n: &impl Numbers, amount: f64, currency: Currency) -> String {
    let (value, template) = if amount.abs() >= 1000.0 {
        (amount / 1000.0, T::Trn(currency))
    } else {
        (amount, T::Bn(currency))
    };
    let decimals = if value.abs() < 10.0 { 2 } else { 1 };
    let written = if n.lang().writing().yi && template == T::Bn(currency) {
        number(n, value * 10.0, decimals - 1)
    } else {
        number(n, value, decimals)
    };
    fill(text(n.lang(), template), &[&written])
}

/// US$ billions shown in `currency` at `rates`.
pub fn usd_bn_in(n: &impl Numbers, usd_bn: f64, currency: Currency, rates: Rates) -> String {
    bn(n, rates.from_usd(usd_bn, currency), currency)
}

/// Whole US dollars: `US$20,000`, `20.000 dollari`, `2万美元`.
pub fn usd(n: &impl Numbers, v: f64) -> String {
    fill(text(n.lang(), T::UsdAmount), &[&number(n, v, 0)])
}

/// A ratio: `16.6×`, `16,6 volte`, `16.6倍`.
pub fn times(n: &impl Numbers, v: f64) -> String {
    fill(text(n.lang(), T::Times), &[&number(n, v, 1)])
}

/// A field's value with its unit, as a slider announces it: `RMB 160 bn`, `1,600亿元`.
pub fn field_value(n: &impl Numbers, field: Field, v: f64) -> String {
    let shown = v * n.lang().writing().scale(field);
    fill(
        text(n.lang(), T::FieldValue(field)),
        &[&number(n, shown, 2)],
    )
}

/// A figure's value in its unit: `US$27,500`; with the interval its source gives, where it
/// gives one: `US$27,500 (range given: US$25,000–30,000)`.
pub fn figure(n: &impl Numbers, f: &Figure) -> String {
    let lang = n.lang();
    let plain = |v: f64, max: usize, unit: T| fill(text(lang, unit), &[&number(n, v, max)]);
    let write = |v: f64| match f.unit {
        Unit::RmbBn => bn(n, v, Currency::Cny),
        Unit::UsdBn => bn(n, v, Currency::Usd),
        Unit::EurBn => bn(n, v, Currency::Eur),
        Unit::Usd => usd(n, v),
        Unit::Chips => plain(v, 0, T::UnitChips),
        Unit::RmbPerUsd => plain(v, 2, T::UnitRmbPerUsd),
        Unit::UsdPerEur => plain(v, 2, T::UnitUsdPerEur),
        Unit::TrillionTokensADay => plain(v, 1, T::UnitTokens),
        Unit::Times => times(n, v),
        Unit::Percent
        | Unit::PercentOfCapex
        | Unit::PercentOfAiBudget
        | Unit::UsdBnPerTrillionDailyTokens => percent(n, v),
    };
    let value = write(f.value);
    match f.range {
        Some((low, high)) => {
            let range = [write(low), write(high)].join("\u{2013}");
            fill(text(lang, T::ValueInRange), &[&value, &range])
        }
        None => value,
    }
}

/// The primitives written here, as `Intl` writes them in these three languages: decimals
/// rounded half to even, grouped in thousands (in Italian only from five digits on, `5000` but
/// `20.000`); percentages with no space; dates as `Dec 2025`, `dicembre 2025`, `2025年12月`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plain(pub Lang);

/// The months as each language writes them in a date.
const MONTHS: [[&str; 12]; 3] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
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
        let scaled = (v.abs() * scale).round_ties_even();
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
