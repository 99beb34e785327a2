//! The mechanical rules of the style sheets (`src/text/style-it.md`, `src/text/style-zh.md`,
//! `src/text/glossary.md`), natively, for every string of every table: the page's first and
//! later parts, the explore page's, the words around every edition's figures, the build's
//! entry texts and the CSV's units; and for every template filled with the values its callers
//! put in its slots, so a rule that only shows once a sentence is whole (an article fused with
//! a preposition, two numbers run together, a doubled space) is checked too.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::slots;

use capex_calculator::model::export::{csv_header, unit_in};
use capex_calculator::model::{
    editions, evaluate, Confidence, Currency, Field, FigureId, InputError, Link, ResultId, Unit,
    When,
};
use capex_calculator::picture;
use capex_calculator::text::explore::{self, X};
use capex_calculator::text::numbers::{self, Numbers, Plain};
use capex_calculator::text::{entry, error_text, figure, fill, markup, text};
use capex_calculator::text::{Lang, T};

// ---------------------------------------------------------------------------------------------
// What is checked: every text, raw and filled.

/// A key of either table.
#[derive(Clone, Copy, Debug)]
enum Key {
    T(T),
    X(X),
}

impl Key {
    fn every() -> Vec<Key> {
        let mut keys: Vec<Key> = T::every().into_iter().map(Key::T).collect();
        keys.extend(X::all().into_iter().map(Key::X));
        keys
    }

    fn text(self, lang: Lang) -> &'static str {
        match self {
            Key::T(k) => text(lang, k),
            Key::X(k) => explore::text(lang, k),
        }
    }
}

/// What a slot is filled with, as its callers fill it (`src/ui`, `src/picture`, `src/text`).
#[derive(Clone, Copy, Debug)]
enum Kind {
    /// An amount in billions, as the page writes it (`numbers::bn`), in any currency.
    Money,
    /// An amount of a thousand billions and more: the bond figures.
    MoneyBig,
    /// An amount as a screen reader hears it (`numbers::bn_spoken`).
    Heard,
    Pct,
    SignedPct,
    /// A count: chips.
    Count,
    /// A bare number, as unit templates and errors take it.
    Bare,
    /// The number `numbers::bn` puts in a template for billions: below a thousand (below
    /// 10,000 in 亿).
    Billions,
    /// The number it puts in a template for trillions.
    Trillions,
    /// A field's number as the reader writes it (in 亿 for billions in Chinese).
    NumberOf(Field),
    Usd,
    UsdHeard,
    Times,
    /// Trillions of tokens, a bare number.
    Tokens,
    Date,
    MonthYear,
    FieldLabel,
    /// A field's value with its unit, for any field.
    FieldValue,
    /// A particular field's value with its unit (the story's live numbers).
    ValueOf(Field),
    ResultInText,
    /// A result as the explore page shows it: money, a percentage, a count or a ratio.
    Shown,
    Source,
    SourceDated,
    SourceList,
    What,
    FigureValue,
    Range,
    SelfName,
    Param,
    LinkValue,
    ErrorText,
    RangeError,
    Confidence,
    FieldList,
    ChartName,
    ChartItems,
    Url,
    Draws,
    Seed,
}

/// The slots of a template by number, each with what fills it. A test below checks that this
/// list and the tables agree, so a new slot cannot go unchecked.
fn kinds(key: Key) -> Vec<Kind> {
    use Kind as K;
    match key {
        Key::T(t) => match t {
            T::LangUnavailable | T::LangUnavailableAtStart => vec![K::SelfName],
            T::ChipsAt => vec![K::Usd],
            T::Announce => vec![K::Heard, K::Heard, K::Count, K::Times],
            T::Growth => vec![K::SignedPct, K::Money],
            T::SemiconductorNote => vec![K::Pct],
            T::ChipsBought => vec![K::Count, K::Usd],
            T::OrderCost => vec![K::Count, K::Pct],
            T::TokensNote => vec![K::Tokens, K::Tokens],
            T::FinancingText => vec![K::MoneyBig, K::MoneyBig, K::Pct],
            T::ValueInRange => vec![K::FigureValue, K::Range],
            T::BreakdownChartLabel => vec![K::Heard, K::Heard, K::Heard],
            T::HyperscalerChartLabel => vec![K::ChartItems],
            T::SourcesLine => vec![K::SourceList],
            T::SourceDated => vec![K::Source, K::Date],
            T::PresetSource => vec![K::Source, K::Date, K::Confidence],
            T::NoteInvalid => vec![K::Param, K::LinkValue, K::ErrorText],
            T::NoteUnknownValue | T::NoteVersion | T::NoteEdition => {
                vec![K::Param, K::LinkValue]
            }
            T::PrintLink => vec![K::Url],
            T::UnitChips
            | T::UnitTokens
            | T::UnitRmbPerUsd
            | T::UnitUsdPerEur
            | T::UsdAmount
            | T::UsdSpoken
            | T::Times
            | T::ErrBelowMin
            | T::ErrAboveMax => vec![K::Bare],
            T::FieldValue(f) => vec![K::NumberOf(f)],
            T::Bn(_) | T::BnSpoken(_) => vec![K::Billions],
            T::Trn(_) | T::TrnSpoken(_) => vec![K::Trillions],
            T::LateMonth => vec![K::MonthYear],
            T::ErrAiAboveCapex | T::ErrCapexBelowAi => vec![K::Money],
            T::ErrAmbiguous | T::RangeEnds => vec![K::Bare, K::Bare],
            T::EditionAsOf | T::WhatChanged | T::EditionNewer => vec![K::Date],
            T::ChangedFigure => vec![
                K::What,
                K::FigureValue,
                K::SourceDated,
                K::FigureValue,
                K::SourceDated,
            ],
            T::ChartItem => vec![K::ChartName, K::Heard],
            T::PictureAlt => vec![K::Heard, K::Heard, K::Count, K::UsdHeard, K::Bare],
            _ => Vec::new(),
        },
        Key::X(x) => match x {
            X::HowSureIntro => vec![K::Draws],
            X::RangeToggleLabel => vec![K::FieldLabel],
            X::NoteRange => vec![K::Param, K::LinkValue, K::RangeError],
            X::IntervalShort => vec![K::Shown, K::Shown],
            X::HistogramLabel => {
                vec![K::ResultInText, K::Draws, K::Heard, K::Heard, K::Heard]
            }
            X::RangeReason => vec![
                K::FieldLabel,
                K::FieldValue,
                K::Source,
                K::FieldValue,
                K::Source,
            ],
            X::TornadoBar => vec![K::FieldLabel, K::Shown, K::Shown],
            X::TornadoStill => vec![K::FieldList],
            X::TornadoChartLabel => vec![K::ResultInText, K::FieldList],
            X::Story1 => vec![K::ValueOf(Field::Capex), K::ValueOf(Field::Ai)],
            X::Story2 => vec![
                K::ValueOf(Field::UsdCny),
                K::Money,
                K::ValueOf(Field::Chip),
                K::Count,
            ],
            X::Story3 => vec![K::Money, K::Times],
            X::DrawsNote => vec![K::Draws, K::Seed],
            _ => Vec::new(),
        },
    }
}

/// The values each kind of slot takes in one language, written by the page's own formatters
/// (`Plain` writes what `Intl` writes), chosen to catch what a template could get wrong: a
/// number whose article differs in Italian (l’8%, l’11%, lo 0,3%), a month that starts with a
/// vowel (ad aprile), an amount past a thousand billions.
struct Samples {
    lang: Lang,
    n: Plain,
}

const AMOUNTS: [f64; 8] = [0.4, 7.6, 12.07, 22.73, 160.0, 999.96, 1700.0, 17000.0];
const PERCENTS: [f64; 7] = [0.3, 3.3, 8.0, 11.0, 30.0, 53.1, 80.0];

impl Samples {
    fn new(lang: Lang) -> Samples {
        Samples {
            lang,
            n: Plain(lang),
        }
    }

    fn t(&self, key: T) -> String {
        text(self.lang, key).to_owned()
    }

    fn money(&self, amounts: &[f64], spoken: bool) -> Vec<String> {
        let mut out = Vec::new();
        for c in Currency::ALL {
            for &v in amounts {
                out.push(if spoken {
                    numbers::bn_spoken(&self.n, v, c)
                } else {
                    numbers::bn(&self.n, v, c)
                });
            }
        }
        out
    }

    fn dates() -> [When; 6] {
        [
            When::Month(2026, 1),
            When::Month(2026, 4),
            When::Month(2025, 8),
            When::Day(2025, 12, 25),
            When::LateMonth(2025, 12),
            When::Year(2025),
        ]
    }

    fn sources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for id in FigureId::ALL {
            let s = figure(self.lang, 0, id)
                .expect("every figure has texts")
                .source;
            if !out.iter().any(|o| o == s) {
                out.push(s.to_owned());
            }
        }
        out
    }

    fn figure_values(&self) -> Vec<String> {
        let edition = editions::latest();
        edition
            .figures
            .iter()
            .map(|f| numbers::figure(&self.n, f))
            .collect()
    }

    fn field_values(&self, fields: &[Field]) -> Vec<String> {
        let scenario = Link::on(editions::latest()).scenario;
        let mut out = Vec::new();
        for &f in fields {
            let r = f.range();
            for v in [f.get(&scenario), r.min, r.max] {
                out.push(numbers::field_value(&self.n, f, v));
            }
        }
        out
    }

    fn field_labels(&self) -> Vec<String> {
        Field::ALL.iter().map(|&f| self.t(T::Field(f))).collect()
    }

    fn pool(&self, kind: Kind) -> Vec<String> {
        let n = &self.n;
        match kind {
            Kind::Money => self.money(&AMOUNTS, false),
            Kind::MoneyBig => [1700.0, 1800.0, 17000.0]
                .map(|v| numbers::bn(n, v, Currency::Usd))
                .to_vec(),
            Kind::Heard => self.money(&AMOUNTS, true),
            Kind::Pct => PERCENTS.map(|v| numbers::percent(n, v)).to_vec(),
            Kind::SignedPct => [6.7, -25.9, 0.0, 8.0]
                .map(|v| numbers::signed_percent(n, v))
                .to_vec(),
            Kind::Count => [603_693.0, 447_180.0, 20_000.0, 8.0, 11.0, 1.0]
                .map(|v| numbers::number(n, v, 0))
                .to_vec(),
            Kind::Bare => [160.0, 7.04, 20_000.0, 1.17, 0.5, 8.0]
                .map(|v| numbers::number(n, v, 2))
                .to_vec(),
            Kind::Billions => [0.76, 8.0, 22.7, 160.0, 999.9]
                .map(|v| {
                    let small = v < 10.0;
                    if self.lang.writing().yi {
                        numbers::number(n, v * 10.0, if small { 1 } else { 0 })
                    } else {
                        numbers::number(n, v, if small { 2 } else { 1 })
                    }
                })
                .to_vec(),
            Kind::NumberOf(f) => {
                let scenario = Link::on(editions::latest()).scenario;
                let (r, scale) = (f.range(), self.lang.writing().scale(f));
                [f.get(&scenario), r.min, r.max]
                    .map(|v| numbers::number(n, v * scale, 2))
                    .to_vec()
            }
            Kind::Trillions => [1.0, 1.7, 17.0, 170.0]
                .map(|v| numbers::number(n, v, 2))
                .to_vec(),
            Kind::Usd => [20_000.0, 27_000.0, 8_000.0, 11_000.0]
                .map(|v| numbers::usd(n, v))
                .to_vec(),
            Kind::UsdHeard => [20_000.0, 27_000.0, 8_000.0]
                .map(|v| numbers::usd_spoken(n, v))
                .to_vec(),
            Kind::Times => [16.6, 8.0, 1.0, 11.2]
                .map(|v| numbers::times(n, v))
                .to_vec(),
            Kind::Tokens => [30.0, 43.0, 8.5].map(|v| numbers::number(n, v, 1)).to_vec(),
            Kind::Date => Samples::dates().map(|w| n.date(w)).to_vec(),
            Kind::MonthYear => [When::Month(2025, 12), When::Month(2026, 4)]
                .map(|w| n.date(w))
                .to_vec(),
            Kind::FieldLabel => self.field_labels(),
            Kind::FieldValue => self.field_values(&Field::ALL),
            Kind::ValueOf(f) => self.field_values(&[f]),
            Kind::ResultInText => ResultId::ALL
                .iter()
                .map(|&r| explore::text(self.lang, X::ResultInText(r)).to_owned())
                .collect(),
            Kind::Shown => {
                let mut out = self.money(&[22.73, 0.4], false);
                out.extend(self.pool(Kind::Pct));
                out.extend(self.pool(Kind::Count));
                out.extend(self.pool(Kind::Times));
                out
            }
            Kind::Source => self.sources(),
            Kind::SourceDated => {
                let dates = Samples::dates();
                self.sources()
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        fill(
                            text(self.lang, T::SourceDated),
                            &[s, &n.date(dates[i % dates.len()])],
                        )
                    })
                    .collect()
            }
            Kind::SourceList => {
                let dated = self.pool(Kind::SourceDated);
                let sep = text(self.lang, T::ListSeparator);
                vec![
                    dated[..3].join(sep),
                    dated[0].clone(),
                    self.sources().join(sep),
                ]
            }
            Kind::What => FigureId::ALL
                .iter()
                .map(|&id| figure(self.lang, 0, id).unwrap().what.to_owned())
                .collect(),
            Kind::FigureValue => self.figure_values(),
            Kind::Range => {
                let f = editions::latest().figure(FigureId::H100Price);
                let (low, high) = f.range.expect("the H100 price is a range");
                vec![[numbers::usd(n, low), numbers::usd(n, high)].join("\u{2013}")]
            }
            Kind::SelfName => Lang::ALL
                .iter()
                .map(|&l| capex_calculator::text::self_name(l).to_owned())
                .collect(),
            Kind::Param => ["capex", "chip", "v", "edition", "usdcny"]
                .map(str::to_owned)
                .to_vec(),
            Kind::LinkValue => ["abc", "7,04", "2", "1e9"].map(str::to_owned).to_vec(),
            Kind::ErrorText => [
                InputError::Empty,
                InputError::NotANumber,
                InputError::TooLarge,
                InputError::BelowMin(5_000.0),
                InputError::AboveMax(60_000.0),
                InputError::AiAboveCapex(160.0),
                InputError::CapexBelowAi(85.0),
                InputError::Ambiguous(20.0, 20_000.0),
            ]
            .map(|e| {
                let (a, b) = match e {
                    InputError::BelowMin(v) | InputError::AboveMax(v) => {
                        (numbers::number(n, v, 2), String::new())
                    }
                    InputError::AiAboveCapex(v) | InputError::CapexBelowAi(v) => {
                        (numbers::bn(n, v, Currency::Cny), String::new())
                    }
                    InputError::Ambiguous(x, y) => {
                        (numbers::number(n, x, 2), numbers::number(n, y, 2))
                    }
                    _ => (String::new(), String::new()),
                };
                fill(error_text(self.lang, e), &[&a, &b])
            })
            .to_vec(),
            Kind::RangeError => {
                let mut out = vec![
                    explore::text(self.lang, X::RangeLowAboveHigh).to_owned(),
                    explore::text(self.lang, X::RangeTouchesZero).to_owned(),
                ];
                out.extend(self.pool(Kind::ErrorText));
                out
            }
            Kind::Confidence => Confidence::ALL
                .iter()
                .map(|&k| self.t(T::Confidence(k)))
                .collect(),
            Kind::FieldList => {
                let labels = self.field_labels();
                let sep = text(self.lang, T::ListSeparator);
                vec![labels[..3].join(sep), labels[4].clone(), labels.join(sep)]
            }
            Kind::ChartName => picture::charts::comparison_values(
                self.lang,
                &Link::on(editions::latest()).scenario,
            )
            .iter()
            .map(|&(name, _, _)| name.to_owned())
            .collect(),
            Kind::ChartItems => {
                let link = Link::on(editions::latest());
                Currency::ALL
                    .iter()
                    .map(|&c| {
                        let rows = picture::charts::comparison_rows(n, &link.scenario, c);
                        let items: Vec<String> = rows
                            .iter()
                            .map(|r| fill(text(self.lang, T::ChartItem), &[r.name, &r.spoken]))
                            .collect();
                        items.join(text(self.lang, T::ListSeparator))
                    })
                    .collect()
            }
            Kind::Url => vec!["https://news.example/capex/it.html?capex=200".to_owned()],
            Kind::Draws => vec![numbers::number(n, 10_000.0, 0)],
            Kind::Seed => ["1", "42"].map(str::to_owned).to_vec(),
        }
    }
}

/// One text to check: where it comes from, and the text.
struct Checked {
    name: String,
    key: Option<Key>,
    text: String,
}

/// HTML as text: tags dropped, entities read.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Every text of `lang` to check: every template filled with the values its slots take (a
/// template without slots as it is), the words around every edition's figures, the build's
/// entry texts, the CSV's words, the build-time panels, the picture's text alternative and the
/// formatters' own amounts.
fn every_text(lang: Lang) -> Vec<Checked> {
    let samples = Samples::new(lang);
    let mut out = Vec::new();
    for key in Key::every() {
        let template = key.text(lang);
        let kinds = kinds(key);
        let pools: Vec<Vec<String>> = kinds.iter().map(|&k| samples.pool(k)).collect();
        let rounds = pools.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for round in 0..rounds {
            let args: Vec<&str> = pools
                .iter()
                .enumerate()
                .map(|(slot, pool)| pool[(round + slot) % pool.len()].as_str())
                .collect();
            out.push(Checked {
                name: format!("{key:?}"),
                key: Some(key),
                text: fill(template, &args),
            });
        }
    }
    for edition in editions::all() {
        for id in FigureId::ALL {
            let t = figure(lang, edition.index(), id).expect("every figure has texts");
            for (field, value) in [("what", t.what), ("source", t.source), ("note", t.note)] {
                out.push(Checked {
                    name: format!("edition {} {} {field}", edition.id, id.slug()),
                    key: None,
                    text: value.to_owned(),
                });
            }
        }
        for (name, html) in [
            ("sources panel", markup::sources(lang, edition)),
            ("financing panel", markup::financing(lang, edition)),
        ] {
            out.push(Checked {
                name: format!("edition {} {name}", edition.id),
                key: None,
                text: html_text(&html),
            });
        }
        let link = Link::on(edition);
        out.push(Checked {
            name: format!("edition {} picture alt", edition.id),
            key: None,
            text: picture::alt(&link, lang),
        });
    }
    let e = entry::entry(lang);
    for (name, value) in [
        ("entry short_name", e.short_name),
        ("entry offline", e.offline),
        ("entry provider", e.provider),
        ("entry no_script", e.no_script),
    ] {
        out.push(Checked {
            name: name.to_owned(),
            key: None,
            text: value.to_owned(),
        });
    }
    for (i, column) in csv_header(lang).into_iter().enumerate() {
        out.push(Checked {
            name: format!("csv column {i}"),
            key: None,
            text: column.to_owned(),
        });
    }
    for unit in Unit::ALL {
        out.push(Checked {
            name: format!("csv unit {unit:?}"),
            key: None,
            text: unit_in(lang, unit).to_owned(),
        });
    }
    for kind in [
        Kind::Money,
        Kind::Heard,
        Kind::Usd,
        Kind::UsdHeard,
        Kind::FieldValue,
    ] {
        for value in samples.pool(kind) {
            out.push(Checked {
                name: format!("formatted {kind:?}"),
                key: None,
                text: value,
            });
        }
    }
    out
}

/// Fails with every offending text, named, not just the first.
#[track_caller]
fn assert_none(rule: &str, offending: Vec<String>) {
    assert!(
        offending.is_empty(),
        "{rule}: {} text(s)\n{}",
        offending.len(),
        offending.join("\n")
    );
}

/// The texts of `langs` that break `rule` (a check that returns what is wrong, if anything).
fn breaking(langs: &[Lang], rule: impl Fn(&Checked) -> Option<String>) -> Vec<String> {
    let mut out = Vec::new();
    for &lang in langs {
        for checked in every_text(lang) {
            if let Some(why) = rule(&checked) {
                out.push(format!(
                    "{lang:?} {}: {why}\n    {}",
                    checked.name, checked.text
                ));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

// ---------------------------------------------------------------------------------------------
// The list of slots above agrees with the tables.

#[test]
fn every_template_has_its_slots_described_for_these_checks() {
    for key in Key::every() {
        let found = slots(key.text(Lang::En));
        let described = kinds(key).len();
        let wanted = found.last().map_or(0, |&last| last + 1);
        assert_eq!(
            described, wanted,
            "{key:?}: its slots {found:?}, described {described}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Every language.

#[test]
fn apostrophes_are_typographic_in_every_language() {
    assert_none(
        "a straight apostrophe (write \u{2019})",
        breaking(&Lang::ALL, |c| c.text.contains('\'').then(String::new)),
    );
}

#[test]
fn quotes_are_each_languages_own() {
    // English “ ”, Italian « », Chinese “ ”: never a straight quote mark in what a reader reads.
    assert_none(
        "a straight quote mark",
        breaking(&Lang::ALL, |c| c.text.contains('"').then(String::new)),
    );
    assert_none(
        "English quotes in Italian (write « »)",
        breaking(&[Lang::It], |c| {
            c.text.contains(['\u{201c}', '\u{201d}']).then(String::new)
        }),
    );
    assert_none(
        "guillemets outside Italian",
        breaking(&[Lang::En, Lang::Zh], |c| {
            c.text.contains(['\u{ab}', '\u{bb}']).then(String::new)
        }),
    );
}

/// A hyphen-minus that stands for a minus: before a digit and not inside a word (`H-100`).
fn hyphen_as_minus(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).enumerate().find_map(|(i, w)| {
        let before = i.checked_sub(1).map(|b| chars[b]);
        (w[0] == '-' && w[1].is_ascii_digit() && !before.is_some_and(char::is_alphabetic))
            .then(|| format!("at {i}"))
    })
}

#[test]
fn a_minus_is_the_true_minus_in_every_text() {
    assert!(hyphen_as_minus("-25,9%").is_some());
    assert!(hyphen_as_minus("a fall of -3").is_some());
    assert!(hyphen_as_minus("2025-12").is_some());
    assert!(hyphen_as_minus("\u{2212}25,9%").is_none());
    assert!(hyphen_as_minus("B-52").is_none());
    assert_none(
        "a hyphen-minus before a digit (write \u{2212}, or \u{2013} for a range)",
        breaking(&Lang::ALL, |c| hyphen_as_minus(&c.text)),
    );
}

#[test]
fn the_formatters_write_a_fall_with_the_true_minus() {
    for lang in Lang::ALL {
        let n = Plain(lang);
        let written = [
            numbers::number(&n, -0.1, 1),
            numbers::number(&n, -20_000.0, 0),
            numbers::percent(&n, -25.9),
            numbers::signed_percent(&n, -25.9),
            numbers::bn(&n, -0.08, Currency::Usd),
            numbers::bn(&n, -1_700.0, Currency::Cny),
            numbers::bn_spoken(&n, -12.1, Currency::Eur),
            numbers::times(&n, -1.5),
            numbers::usd(&n, -20_000.0),
        ];
        for w in written {
            assert!(!w.contains('-'), "{lang:?}: {w}");
            assert!(w.contains('\u{2212}'), "{lang:?}: {w} has lost its sign");
        }
        assert_eq!(numbers::signed_percent(&n, 6.7).chars().next(), Some('+'));
        // What rounds to zero has no sign.
        assert!(
            !numbers::percent(&n, -0.01).contains('\u{2212}'),
            "{lang:?}"
        );
    }
    assert_eq!(
        numbers::signed_percent(&Plain(Lang::It), -25.9),
        "\u{2212}25,9%"
    );
}

/// Spaces where the sentence puts none: two in a row, before closing punctuation, after an
/// opening one, at either end.
fn bad_spacing(c: &Checked) -> Option<String> {
    let t = &c.text;
    if matches!(c.key, Some(Key::T(T::ListSeparator))) {
        return None;
    }
    if t.contains("  ") {
        return Some("two spaces".into());
    }
    if t != t.trim() {
        return Some("a space at an end".into());
    }
    let chars: Vec<char> = t.chars().collect();
    for w in chars.windows(2) {
        if w[0].is_whitespace() && ",.;:!?)\u{bb}\u{201d}".contains(w[1]) {
            return Some(format!("a space before {:?}", w[1]));
        }
        if "(\u{ab}\u{201c}".contains(w[0]) && w[1].is_whitespace() {
            return Some(format!("a space after {:?}", w[0]));
        }
    }
    None
}

#[test]
fn filled_templates_have_no_stray_spaces() {
    assert_none("stray spaces", breaking(&Lang::ALL, bad_spacing));
}

/// Texts written to follow others, lower case on purpose: a label under its number ("chip a
/// 20.000 dollari l’uno"), a reason after a colon, a name inside a sentence.
fn continues_another(key: Option<Key>) -> bool {
    matches!(
        key,
        Some(Key::X(
            X::RangeLowAboveHigh | X::RangeTouchesZero | X::ResultInText(_)
        ))
    )
}

/// A sentence (a text that ends as one) starts with a capital letter, and so does every
/// sentence after a full stop inside it.
fn lower_case_sentence(c: &Checked) -> Option<String> {
    if continues_another(c.key) {
        return None;
    }
    let t = c.text.trim();
    let ends_as_sentence = t.ends_with(['.', '?', '!']);
    let first = t.chars().find(|ch| !"(\u{ab}\u{201c}".contains(*ch));
    if ends_as_sentence && first.is_some_and(|f| f.is_lowercase()) {
        return Some("starts with a lower-case letter".into());
    }
    let chars: Vec<char> = t.chars().collect();
    chars.windows(3).find_map(|w| {
        (matches!(w[0], '.' | '?' | '!') && w[1] == ' ' && w[2].is_lowercase())
            .then(|| "a sentence after a full stop starts in lower case".into())
    })
}

#[test]
fn sentences_start_with_a_capital_in_english_and_italian() {
    assert_none(
        "lower-case sentence",
        breaking(&[Lang::En, Lang::It], lower_case_sentence),
    );
}

#[test]
fn no_word_is_written_twice_in_a_row() {
    assert_none(
        "a doubled word",
        breaking(&Lang::ALL, |c| {
            let words: Vec<&str> = c.text.split_whitespace().collect();
            words.windows(2).find_map(|w| {
                // Words set apart by punctuation ("Meta; Meta annual results") are a list.
                let ends_clean = w[0].ends_with(char::is_alphanumeric);
                let [a, b] = [w[0], w[1]].map(|w| {
                    w.trim_matches(|ch: char| !ch.is_alphanumeric())
                        .to_lowercase()
                });
                let word = !a.is_empty() && !a.chars().any(|ch| ch.is_ascii_digit());
                (ends_clean && word && a == b).then(|| format!("{a:?} twice"))
            })
        }),
    );
}

/// The amounts a screen reader reads: the spoken amounts and the texts that carry them.
fn heard_texts(lang: Lang) -> Vec<(String, String)> {
    let s = Samples::new(lang);
    let mut out: Vec<(String, String)> = Vec::new();
    for kind in [Kind::Heard, Kind::UsdHeard, Kind::ChartItems] {
        out.extend(s.pool(kind).into_iter().map(|t| (format!("{kind:?}"), t)));
    }
    for c in every_text(lang) {
        let spoken = matches!(
            c.key,
            Some(
                Key::T(T::Announce | T::BreakdownChartLabel | T::HyperscalerChartLabel)
                    | Key::T(T::PictureAlt | T::ChartItem)
                    | Key::X(X::HistogramLabel)
            )
        ) || c.name.ends_with("picture alt");
        if spoken {
            out.push((c.name, c.text));
        }
    }
    out
}

#[test]
fn screen_readers_hear_currencies_in_words() {
    let mut offending = Vec::new();
    for lang in Lang::ALL {
        for (name, t) in heard_texts(lang) {
            // `US$` is read letter by letter, `bn` as two letters.
            let symbol = t.contains('$') || t.contains('\u{20ac}');
            let abbreviated = t
                .split_whitespace()
                .any(|w| matches!(w.trim_matches(|c: char| !c.is_alphanumeric()), "bn" | "trn"));
            if symbol || abbreviated {
                offending.push(format!("{lang:?} {name}: {t}"));
            }
        }
    }
    assert_none("a currency symbol or abbreviation read aloud", offending);
}

#[test]
fn chart_labels_keep_each_name_apart_from_its_amount() {
    // "ByteDance 2026 22,7 miliardi" reads as one number: a name and its amount are set apart
    // by punctuation.
    let mut offending = Vec::new();
    for lang in Lang::ALL {
        for (name, t) in heard_texts(lang) {
            let chars: Vec<char> = t.chars().collect();
            if chars
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == ' ' && w[2].is_ascii_digit())
            {
                offending.push(format!("{lang:?} {name}: {t}"));
            }
        }
    }
    assert_none("two numbers run together", offending);
}

#[test]
fn a_thousand_billions_and_more_are_trillions_in_every_language() {
    let written = |lang: Lang, v: f64| numbers::bn(&Plain(lang), v, Currency::Usd);
    assert_eq!(written(Lang::En, 1_700.0), "US$1.7 trn");
    assert_eq!(written(Lang::En, 17_000.0), "US$17 trn");
    assert_eq!(written(Lang::En, 999.96), "US$1 trn");
    assert_eq!(written(Lang::En, 999.9), "US$999.9 bn");
    assert_eq!(written(Lang::It, 1_700.0), "1,7 mila miliardi di dollari");
    assert_eq!(written(Lang::It, 17_000.0), "17 mila miliardi di dollari");
    assert_eq!(written(Lang::Zh, 1_700.0), "1.7万亿美元");
    assert_eq!(written(Lang::Zh, 17_000.0), "17万亿美元");
    assert_eq!(written(Lang::Zh, 999.96), "1万亿美元");
    assert_eq!(written(Lang::Zh, 999.9), "9,999亿美元");
    assert_eq!(
        numbers::bn_spoken(&Plain(Lang::En), 1_700.0, Currency::Usd),
        "1.7 trillion US dollars"
    );
}

// ---------------------------------------------------------------------------------------------
// Italian.

#[test]
fn italian_writes_dollars_as_dollari_and_the_us_as_usa() {
    assert_none(
        "US$ or USA in Italian (write «dollari», «Usa»)",
        breaking(&[Lang::It], |c| {
            let upper_usa = c
                .text
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w == "USA" || w == "USD");
            (c.text.contains('$') || upper_usa).then(String::new)
        }),
    );
}

/// Text outside «quotations»: a quotation keeps its source's words.
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{ab}' => depth += 1,
            '\u{bb}' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn italian_keeps_to_its_glossary() {
    // Each, the word the style sheet replaces, and with what.
    const NOT: [(&str, &str); 10] = [
        ("alcolatore", "simulatore"),
        ("what-if", "simulatore"),
        ("numeri vivi", "numeri interattivi"),
        ("Dati tuoi", "I tuoi dati"),
        ("vendut", "emesse (obbligazioni)"),
        ("trilion", "mila miliardi"),
        ("investment-grade", "investment grade"),
        ("big USA", "i quattro colossi Usa"),
        ("quattro big", "i quattro colossi Usa"),
        ("ricavata", "calcolata"),
    ];
    assert_none(
        "a word the Italian glossary replaces",
        breaking(&[Lang::It], |c| {
            let t = unquoted(&c.text);
            NOT.iter()
                .find(|(word, _)| t.contains(word))
                .map(|(word, with)| format!("{word:?}: write {with:?}"))
        }),
    );
}

#[test]
fn italian_writes_months_in_full() {
    const SHORT: [&str; 12] = [
        "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
    ];
    assert_none(
        "a month cut short (write «dicembre 2025»)",
        breaking(&[Lang::It], |c| {
            let words: Vec<&str> = c.text.split_whitespace().collect();
            words.windows(2).find_map(|w| {
                let month = w[0].trim_start_matches('(');
                (SHORT.contains(&month) && w[1].starts_with(|d: char| d.is_ascii_digit()))
                    .then(|| format!("{} {}", w[0], w[1]))
            })
        }),
    );
}

/// Where an Italian article or preposition does not fit the word after it: a preposition that
/// must fuse with its article ("di il" is "del"), "a" before a word in "a" ("ad aprile"), "il"
/// before a number read with a vowel or a z ("l’8%", "l’11%", "lo 0,3%").
fn unfused(text: &str) -> Option<String> {
    // Lower case, or capitalised at a sentence's start; never the letter "A" of scenario A.
    const PREPOSITIONS: [&str; 9] = ["di", "a", "da", "in", "su", "Di", "Da", "In", "Su"];
    const ARTICLES: [&str; 6] = ["il", "lo", "la", "i", "gli", "le"];
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || "(«:;,".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let (a, b) = (w[0].to_lowercase(), w[1].to_lowercase());
        let article = ARTICLES.contains(&b.as_str()) || b.starts_with("l\u{2019}");
        let fused = PREPOSITIONS.contains(&w[0]) && article;
        let ad = a == "a" && b.starts_with(['a', '\u{e0}']);
        let elided =
            a == "il" && (b.starts_with('8') || b.starts_with("11") || b.starts_with("0,"));
        (fused || ad || elided).then(|| format!("{} {}", w[0], w[1]))
    })
}

#[test]
fn italian_articles_fit_the_words_after_them() {
    assert_eq!(unfused("Istogramma di il capex"), Some("di il".into()));
    assert_eq!(unfused("rispetto a i quattro"), Some("a i".into()));
    assert_eq!(unfused("Di il capex"), Some("Di il".into()));
    assert_eq!(unfused("Fissa come A lo scenario"), None);
    assert_eq!(unfused("aggiornati a aprile 2026"), Some("a aprile".into()));
    assert_eq!(unfused("vale il 8% del capex"), Some("il 8%".into()));
    assert_eq!(unfused("vale il 53,1% del capex"), None);
    assert_eq!(unfused("per il capex 2026 di ByteDance"), None);
    assert_none(
        "an Italian article that does not fit",
        breaking(&[Lang::It], |c| unfused(&c.text)),
    );
}

// ---------------------------------------------------------------------------------------------
// Chinese.

#[test]
fn chinese_puts_no_space_beside_a_han_character() {
    // As 财新 and 第一财经 write: 2026年AI预算, 英伟达H200, 1,600亿元.
    assert_none(
        "a space beside a Han character",
        breaking(&[Lang::Zh], |c| {
            let chars: Vec<char> = c.text.chars().collect();
            chars.windows(2).find_map(|w| {
                let beside = (w[0].is_whitespace() && is_han(w[1]))
                    || (is_han(w[0]) && w[1].is_whitespace());
                beside.then(|| format!("{}{}", w[0], w[1]))
            })
        }),
    );
}

#[test]
fn chinese_punctuation_is_full_width_beside_han() {
    // ，。：；？！（） beside Han; a half-width mark only inside Latin and numbers (7.04, v=1).
    assert_none(
        "half-width punctuation beside a Han character",
        breaking(&[Lang::Zh], |c| {
            let chars: Vec<char> = c.text.chars().collect();
            chars.windows(2).find_map(|w| {
                let half = |ch: char| ",.:;?!()".contains(ch);
                ((half(w[0]) && is_han(w[1])) || (is_han(w[0]) && half(w[1])))
                    .then(|| format!("{}{}", w[0], w[1]))
            })
        }),
    );
}

/// Amounts in 亿 (not 万亿) of ten thousand or more: "17,000亿" is "1.7万亿".
fn yi_of_ten_thousand(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().find_map(|(i, &c)| {
        if c != '亿' || (i > 0 && chars[i - 1] == '万') {
            return None;
        }
        let start = chars[..i]
            .iter()
            .rposition(|c| !(c.is_ascii_digit() || *c == ',' || *c == '.'))
            .map_or(0, |p| p + 1);
        let number: String = chars[start..i].iter().filter(|c| **c != ',').collect();
        let value: f64 = number.parse().ok()?;
        (value >= 10_000.0).then(|| format!("{}亿", chars[start..i].iter().collect::<String>()))
    })
}

#[test]
fn chinese_writes_a_trillion_and_more_in_wan_yi() {
    assert!(yi_of_ten_thousand("17,000亿美元").is_some());
    assert!(yi_of_ten_thousand("1.7万亿美元").is_none());
    assert!(yi_of_ten_thousand("9,999亿美元").is_none());
    let n = Plain(Lang::Zh);
    let rates = evaluate(&Link::on(editions::latest()).scenario).rates;
    for v in [999.96, 1_000.0, 1_700.0, 1_800.0, 17_000.0, 170_000.0] {
        for c in Currency::ALL {
            for w in [numbers::bn(&n, v, c), numbers::bn_spoken(&n, v, c)] {
                assert!(w.contains("万亿"), "{v} bn in {c:?}: {w}");
                assert!(yi_of_ten_thousand(&w).is_none(), "{v} bn in {c:?}: {w}");
            }
            // Converted, the amount may fall below a trillion, never into 10,000亿.
            for w in [
                numbers::usd_bn_in(&n, v, c, rates),
                numbers::usd_bn_in_spoken(&n, v, c, rates),
            ] {
                assert!(yi_of_ten_thousand(&w).is_none(), "US${v} bn in {c:?}: {w}");
            }
        }
    }
    assert_none(
        "an amount of 10,000亿 or more",
        breaking(&[Lang::Zh], |c| yi_of_ten_thousand(&c.text)),
    );
}

#[test]
fn chinese_keeps_to_its_glossary() {
    const NOT: [(&str, &str); 6] = [
        ("假设计算器", "情景计算器"),
        ("可靠", "可信度"),
        ("确定", "可信度"),
        ("资本开支", "资本支出"),
        ("美国四大公司", "美国四大科技巨头"),
        ("人民币/美元", "美元兑人民币"),
    ];
    assert_none(
        "a word the Chinese glossary replaces",
        breaking(&[Lang::Zh], |c| {
            NOT.iter()
                .find(|(word, _)| c.text.contains(word))
                .map(|(word, with)| format!("{word:?}: write {with:?}"))
        }),
    );
}

#[test]
fn chinese_names_sifma_in_full_where_it_first_appears() {
    const FULL: &str = "美国证券业与金融市场协会（Sifma）";
    let at = FULL.find("Sifma").unwrap_or(0);
    assert_none(
        "Sifma in Latin letters at its first mention",
        breaking(&[Lang::Zh], |c| {
            let first = c.text.find("Sifma")?;
            let full = c.text.find(FULL);
            (full.map(|f| f + at) != Some(first)).then(String::new)
        }),
    );
}

#[test]
fn the_csv_quotes_exchange_rates_as_the_market_does() {
    assert_eq!(unit_in(Lang::Zh, Unit::RmbPerUsd), "美元兑人民币");
    assert_eq!(unit_in(Lang::Zh, Unit::UsdPerEur), "欧元兑美元");
    assert_eq!(unit_in(Lang::It, Unit::RmbPerUsd), "RMB per dollaro");
}

/// The keys of every group are among those checked, so none is left out by accident.
#[test]
fn the_checks_cover_every_group_of_keys() {
    let keys = Key::every();
    let has = |f: &dyn Fn(&Key) -> bool| keys.iter().any(f);
    assert!(has(&|k| matches!(k, Key::T(T::BnSpoken(_)))));
    assert!(has(&|k| matches!(k, Key::T(T::Chip(_)))));
    assert!(has(&|k| matches!(k, Key::T(T::Preset(_)))));
    assert!(has(&|k| matches!(k, Key::T(T::Set(_)))));
    assert!(has(&|k| matches!(k, Key::X(X::ResultInText(_)))));
    assert!(has(&|k| matches!(k, Key::X(X::Dist(_)))));
    assert_eq!(
        keys.len(),
        T::every().len() + X::all().len(),
        "every key of both tables"
    );
}
