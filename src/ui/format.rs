//! Numbers and dates for the reader, by the browser's own `Intl.NumberFormat` and
//! `Intl.DateTimeFormat` with the language's locale passed explicitly: correct grouping,
//! decimal marks and month names for every language, and no formatting machinery of our own in
//! the wasm. One `Formatter` is made per language and handed down; nothing reads the machine's
//! locale.

use std::cell::OnceCell;

use wasm_bindgen::prelude::*;

use crate::model::{Currency, Field, Figure, InputError, Rates, When};
use crate::text::numbers::{self, Numbers};
use crate::text::{date_locale, fill, locale, text, Lang, T};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &JsValue) -> NumberFormat;

    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl)]
    type DateTimeFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &JsValue) -> DateTimeFormat;

    #[wasm_bindgen(method, js_name = format)]
    fn format_date(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

/// `Intl` options from name and value pairs.
fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    crate::browser::js::object(pairs).into()
}

/// Formats numbers and dates for one language. Building an `Intl` formatter is costly,
/// formatting with one is cheap, so each precision is built once here, and the date formats
/// only when a date is first shown (the page's first step shows none).
pub struct Formatter {
    lang: Lang,
    /// Indexed by the number of fraction digits, 0 to 2.
    decimals: [NumberFormat; 3],
    /// Percentages with one fraction digit, in the locale's own way (`53.1%`, `53,1%`).
    percent: NumberFormat,
    /// Year; month and year; day, month and year.
    dates: OnceCell<[DateTimeFormat; 3]>,
}

impl PartialEq for Formatter {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Formatter {
    pub fn new(lang: Lang) -> Self {
        let make = |max: u32, style: &str| {
            NumberFormat::new(
                locale(lang),
                &options(&[
                    ("maximumFractionDigits", max.into()),
                    ("style", style.into()),
                ]),
            )
        };
        Formatter {
            lang,
            decimals: [make(0, "decimal"), make(1, "decimal"), make(2, "decimal")],
            percent: make(1, "percent"),
            dates: OnceCell::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text named `key` in this language.
    pub fn t(&self, key: T) -> &'static str {
        text(self.lang, key)
    }

    /// The explore page's text named `key` in this language.
    #[cfg(feature = "explore")]
    pub fn x(&self, key: crate::text::explore::X) -> &'static str {
        crate::text::explore::text(self.lang, key)
    }

    /// A number with at most `max_decimals` (0 to 2) fraction digits, grouped: `603,693`,
    /// `603.693` in Italian, `−0.1` for a fall.
    pub fn number(&self, v: f64, max_decimals: usize) -> String {
        numbers::number(self, v, max_decimals)
    }

    /// Billions in the given currency: `US$22.7 bn`, `22,7 miliardi di dollari`, `227亿美元`.
    pub fn bn(&self, amount: f64, currency: Currency) -> String {
        numbers::bn(self, amount, currency)
    }

    /// US$ billions shown in the reader's currency at the reader's rates.
    pub fn usd_bn_in(&self, usd_bn: f64, currency: Currency, rates: Rates) -> String {
        numbers::usd_bn_in(self, usd_bn, currency, rates)
    }

    /// Billions as a screen reader should hear them, the currency in words: `22.7 billion US
    /// dollars`. For aria labels and the announcement.
    pub fn bn_spoken(&self, amount: f64, currency: Currency) -> String {
        numbers::bn_spoken(self, amount, currency)
    }

    /// US$ billions in the reader's currency, as a screen reader should hear them.
    pub fn usd_bn_in_spoken(&self, usd_bn: f64, currency: Currency, rates: Rates) -> String {
        numbers::usd_bn_in_spoken(self, usd_bn, currency, rates)
    }

    /// Whole US dollars: `US$20,000`.
    pub fn usd(&self, v: f64) -> String {
        numbers::usd(self, v)
    }

    /// A percentage with one decimal: `53.1%`.
    pub fn percent(&self, v: f64) -> String {
        numbers::percent(self, v)
    }

    /// A percentage with a sign either way: `+6.7%`, `−25.9%`.
    pub fn signed_percent(&self, v: f64) -> String {
        numbers::signed_percent(self, v)
    }

    /// A ratio: `16.6×`, `16,6 volte`, `16.6倍`.
    pub fn times(&self, v: f64) -> String {
        numbers::times(self, v)
    }

    /// A field's value with its unit, as a slider announces it: `RMB 160 bn`, `1,600亿元`.
    pub fn field_value(&self, field: Field, v: f64) -> String {
        numbers::field_value(self, field, v)
    }

    /// A figure's value in its unit, with the interval its source gives, where it gives one.
    pub fn figure(&self, f: &Figure) -> String {
        numbers::figure(self, f)
    }

    /// When a figure was reported: `Dec 2025`, `dicembre 2025`, `2025年12月`.
    pub fn date(&self, when: When) -> String {
        Numbers::date(self, when)
    }

    /// Why a value was refused, in words, with the numbers it names; `scale` turns the field's
    /// own unit into the one the reader wrote in (10 for billions written in 亿): "Too large:
    /// the maximum is 500."
    pub fn error(&self, error: InputError, scale: f64) -> String {
        let (a, b) = match error {
            InputError::BelowMin(v) | InputError::AboveMax(v) => {
                (self.number(v * scale, 2), String::new())
            }
            InputError::AiAboveCapex(v) | InputError::CapexBelowAi(v) => {
                (self.bn(v, Currency::Cny), String::new())
            }
            InputError::Ambiguous(x, y) => (self.number(x, 2), self.number(y, 2)),
            InputError::Empty | InputError::NotANumber | InputError::TooLarge => {
                (String::new(), String::new())
            }
        };
        fill(crate::text::error_text(self.lang, error), &[&a, &b])
    }
}

impl Numbers for Formatter {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn decimal(&self, v: f64, max: usize) -> String {
        self.decimals[max.min(2)].format(v)
    }

    fn percent(&self, v: f64) -> String {
        self.percent.format(v / 100.0)
    }

    /// `Dec 2025`, `dicembre 2025`, `2025年12月`; `late Dec 2025`: Italian running text writes
    /// the month whole.
    fn date(&self, when: When) -> String {
        let [year, month, day] = self.dates.get_or_init(|| {
            let make = |parts: &[&str]| {
                let mut pairs = vec![("timeZone", JsValue::from("UTC"))];
                for &part in parts {
                    let style = match (part, self.lang) {
                        ("month", Lang::It) => "long",
                        ("month", _) => "short",
                        _ => "numeric",
                    };
                    pairs.push((part, style.into()));
                }
                DateTimeFormat::new(date_locale(self.lang), &options(&pairs))
            };
            [
                make(&["year"]),
                make(&["year", "month"]),
                make(&["year", "month", "day"]),
            ]
        });
        let at = |y: u16, m: u8, d: u8| {
            let ms = js_sys::Date::utc(f64::from(y), f64::from(m) - 1.0)
                + (f64::from(d) - 1.0) * 86_400_000.0;
            js_sys::Date::new(&JsValue::from(ms))
        };
        match when {
            When::Year(y) => year.format_date(&at(y, 1, 1)),
            When::Month(y, m) => month.format_date(&at(y, m, 1)),
            When::Day(y, m, d) => day.format_date(&at(y, m, d)),
            When::LateMonth(y, m) => {
                fill(self.t(T::LateMonth), &[&month.format_date(&at(y, m, 1))])
            }
        }
    }
}
