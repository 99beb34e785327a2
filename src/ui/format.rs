//! Number formatting for the reader, by the browser's own `Intl.NumberFormat`: correct
//! grouping and digits for every locale, and no formatting machinery of our own in the wasm.
//! One `Formatter` is made per language and handed down; nothing reads the machine's locale.

use wasm_bindgen::prelude::*;

use super::text::{self, fill, Lang};
use crate::model::{Currency, InputError, Rates};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &JsValue) -> NumberFormat;

    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, value: f64) -> String;
}

/// Formats numbers for one language. Building an `Intl.NumberFormat` is costly, formatting
/// with one is cheap, so each precision is built once here.
pub struct Formatter {
    lang: Lang,
    /// Indexed by the number of fraction digits, 0 to 2.
    decimals: [NumberFormat; 3],
    /// Percentages with one fraction digit, in the locale's own way (`53.1%`, `53,1 %`).
    percent: NumberFormat,
}

impl PartialEq for Formatter {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Formatter {
    pub fn new(lang: Lang) -> Self {
        let make = |max: u32, style: &str| {
            let options = js_sys::Object::new();
            let set = |key: &str, value: JsValue| {
                let _ = js_sys::Reflect::set(&options, &key.into(), &value);
            };
            set("maximumFractionDigits", max.into());
            set("style", style.into());
            NumberFormat::new(lang.tag(), &options)
        };
        Formatter {
            lang,
            decimals: [make(0, "decimal"), make(1, "decimal"), make(2, "decimal")],
            percent: make(1, "percent"),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A number with at most `max_decimals` (0 to 2) fraction digits, grouped: `603,693`.
    pub fn number(&self, v: f64, max_decimals: usize) -> String {
        self.decimals[max_decimals.min(2)].format(v)
    }

    /// Billions in the given currency: `US$22.7 bn`, `RMB 160 bn`; two decimals below ten
    /// (`US$0.76 bn`), where one would hide most of the number.
    pub fn bn(&self, amount: f64, currency: Currency) -> String {
        let decimals = if amount.abs() < 10.0 { 2 } else { 1 };
        fill(
            text::money_bn(self.lang, currency),
            &[&self.number(amount, decimals)],
        )
    }

    /// US$ billions shown in the reader's currency at the reader's rates.
    pub fn usd_bn_in(&self, usd_bn: f64, currency: Currency, rates: Rates) -> String {
        self.bn(rates.from_usd(usd_bn, currency), currency)
    }

    /// Whole US dollars: `US$20,000`.
    pub fn usd(&self, v: f64) -> String {
        fill(text::money_usd(self.lang), &[&self.number(v, 0)])
    }

    /// A percentage with one decimal: `53.1%`.
    pub fn percent(&self, v: f64) -> String {
        self.percent.format(v / 100.0)
    }

    /// A percentage with a sign: `+6.7%`.
    pub fn signed_percent(&self, v: f64) -> String {
        let s = self.percent(v);
        if v > 0.0 {
            format!("+{s}")
        } else {
            s
        }
    }

    /// A ratio: `16.6×`.
    pub fn times(&self, v: f64) -> String {
        fill(text::times(self.lang), &[&self.number(v, 1)])
    }

    /// Why a value was refused, in words, with the limit it broke: "Too large: the maximum
    /// is 500."
    pub fn error(&self, error: InputError) -> String {
        let limit = match error {
            InputError::BelowMin(v)
            | InputError::AboveMax(v)
            | InputError::AiAboveCapex(v)
            | InputError::CapexBelowAi(v) => self.number(v, 2),
            InputError::Empty | InputError::NotANumber | InputError::TooLarge => String::new(),
        };
        fill(text::error_text(self.lang, error), &[&limit])
    }
}
