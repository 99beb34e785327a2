//! Numbers and dates for the reader, in the language's own notation, by
//! [`text::numbers::Plain`](crate::text::numbers::Plain): what each engine's `Intl` writes for
//! these three locales (the component tests compare them), without making an `Intl` formatter.
//! The first one a page makes loads the browser's locale data, a task of 60-200 ms under 4x CPU
//! throttling (measured: ARCHITECTURE.md); the page, its pictures and its files now write
//! numbers the same way by construction. One `Formatter` is made per language and handed down;
//! nothing reads the machine's locale.

use crate::model::{Currency, Field, Figure, InputError, Rates, When};
use crate::text::numbers::{self, Numbers, Plain};
use crate::text::{fill, text, Lang, T};

/// Formats numbers and dates for one language.
pub struct Formatter {
    lang: Lang,
}

impl PartialEq for Formatter {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Formatter {
    pub fn new(lang: Lang) -> Self {
        Formatter { lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The primitives this language writes with.
    pub fn plain(&self) -> Plain {
        Plain(self.lang)
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
        numbers::number(&self.plain(), v, max_decimals)
    }

    /// Billions in the given currency: `US$22.7 bn`, `22,7 miliardi di dollari`, `227亿美元`.
    pub fn bn(&self, amount: f64, currency: Currency) -> String {
        numbers::bn(&self.plain(), amount, currency)
    }

    /// US$ billions shown in the reader's currency at the reader's rates.
    pub fn usd_bn_in(&self, usd_bn: f64, currency: Currency, rates: Rates) -> String {
        numbers::usd_bn_in(&self.plain(), usd_bn, currency, rates)
    }

    /// Billions as a screen reader should hear them, the currency in words: `22.7 billion US
    /// dollars`. For aria labels and the announcement.
    pub fn bn_spoken(&self, amount: f64, currency: Currency) -> String {
        numbers::bn_spoken(&self.plain(), amount, currency)
    }

    /// US$ billions in the reader's currency, as a screen reader should hear them.
    pub fn usd_bn_in_spoken(&self, usd_bn: f64, currency: Currency, rates: Rates) -> String {
        numbers::usd_bn_in_spoken(&self.plain(), usd_bn, currency, rates)
    }

    /// Whole US dollars: `US$20,000`.
    pub fn usd(&self, v: f64) -> String {
        numbers::usd(&self.plain(), v)
    }

    /// A percentage with one decimal: `53.1%`.
    pub fn percent(&self, v: f64) -> String {
        numbers::percent(&self.plain(), v)
    }

    /// A percentage with a sign either way: `+6.7%`, `−25.9%`.
    pub fn signed_percent(&self, v: f64) -> String {
        numbers::signed_percent(&self.plain(), v)
    }

    /// A ratio: `16.6×`, `16,6 volte`, `16.6倍`.
    pub fn times(&self, v: f64) -> String {
        numbers::times(&self.plain(), v)
    }

    /// A field's value with its unit, as a slider announces it: `RMB 160 bn`, `1,600亿元`.
    pub fn field_value(&self, field: Field, v: f64) -> String {
        numbers::field_value(&self.plain(), field, v)
    }

    /// A figure's value in its unit, with the interval its source gives, where it gives one.
    pub fn figure(&self, f: &Figure) -> String {
        numbers::figure(&self.plain(), f)
    }

    /// When a figure was reported: `Dec 2025`, `dicembre 2025`, `2025年12月`.
    pub fn date(&self, when: When) -> String {
        self.plain().date(when)
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
