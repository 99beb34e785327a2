//! The scenario and all its results as files a reader can download: CSV for spreadsheets (the
//! `csv` crate), JSON for code (`serde_json`). Numbers are plain decimals, names are the
//! contract names; the CSV's header and units speak the reader's language. The engine's worker
//! writes both files, so none of this weighs on the page.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::field::Field;
use super::lang::Lang;
use super::number::plain_decimal;
use super::results::{Outcome, ResultId};
use super::share_link::{Link, VERSION};
use super::units::Unit;

/// The CSV's header line in `lang`: the names of its three columns.
pub fn csv_header(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => ["name", "value", "unit"],
        Lang::It => ["nome", "valore", "unità"],
        Lang::Zh => ["名称", "数值", "单位"],
    }
}

/// A unit as the CSV writes it in `lang`. The download's words are a table of their own, here
/// and not in the page's text tables: the engine writes the file, and the page's first view
/// should not carry words only a download uses. The values stay in billions, so the Chinese
/// units are 十亿 (billions), not 亿; exchange rates are named as the market quotes them
/// (美元兑人民币 for RMB per US dollar, 欧元兑美元 for US dollars per euro), as the page does.
pub fn unit_in(lang: Lang, unit: Unit) -> &'static str {
    use Unit as U;
    match lang {
        Lang::En => match unit {
            U::RmbBn => "RMB bn",
            U::UsdBn => "US$ bn",
            U::EurBn => "EUR bn",
            U::Usd => "US$",
            U::Chips => "chips",
            U::RmbPerUsd => "RMB per US$",
            U::UsdPerEur => "US$ per EUR",
            U::TrillionTokensADay => "trillion tokens a day",
            U::Percent => "percent",
            U::PercentOfCapex => "percent of capex",
            U::PercentOfAiBudget => "percent of AI-processor budget",
            U::Times => "times",
            U::UsdBnPerTrillionDailyTokens => "US$ bn per trillion daily tokens",
        },
        Lang::It => match unit {
            U::RmbBn => "miliardi di RMB",
            U::UsdBn => "miliardi di dollari",
            U::EurBn => "miliardi di euro",
            U::Usd => "dollari",
            U::Chips => "chip",
            U::RmbPerUsd => "RMB per dollaro",
            U::UsdPerEur => "dollari per euro",
            U::TrillionTokensADay => "migliaia di miliardi di token al giorno",
            U::Percent => "per cento",
            U::PercentOfCapex => "per cento del capex",
            U::PercentOfAiBudget => "per cento del budget per i processori IA",
            U::Times => "volte",
            U::UsdBnPerTrillionDailyTokens => {
                "miliardi di dollari per mille miliardi di token al giorno"
            }
        },
        Lang::Zh => match unit {
            U::RmbBn => "十亿元人民币",
            U::UsdBn => "十亿美元",
            U::EurBn => "十亿欧元",
            U::Usd => "美元",
            U::Chips => "枚芯片",
            U::RmbPerUsd => "美元兑人民币",
            U::UsdPerEur => "欧元兑美元",
            U::TrillionTokensADay => "万亿个token/日",
            U::Percent => "%",
            U::PercentOfCapex => "占资本支出的百分比",
            U::PercentOfAiBudget => "占AI处理器预算的百分比",
            U::Times => "倍",
            U::UsdBnPerTrillionDailyTokens => "十亿美元/万亿个日均token",
        },
    }
}

/// `name,value,unit`, one row per input (`input:capex`) and per result (`capex-usd`), then the
/// edition of the figures, with the header and the units in the reader's language; the names
/// are the contract's and the values plain decimals in every language.
///
/// With the article's figures the first rows are `input:capex,160,RMB bn` and the results
/// include `chips,603693,chips`.
pub fn csv(link: &Link, outcome: &Outcome, lang: Lang) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut rows: Vec<[String; 3]> = Vec::new();
    for f in Field::ALL {
        rows.push([
            ["input:", f.name()].concat(),
            plain_decimal(f.get(&link.scenario)),
            unit_in(lang, f.unit()).to_owned(),
        ]);
    }
    rows.push([
        "input:currency".into(),
        link.currency.name().into(),
        String::new(),
    ]);
    rows.push([
        "input:edition".into(),
        link.edition.to_string(),
        String::new(),
    ]);
    for (id, value) in outcome.all() {
        rows.push([
            id.name().to_owned(),
            plain_decimal(value),
            unit_in(lang, id.unit()).to_owned(),
        ]);
    }
    // Writing to memory cannot fail; a row that did would be left out, not panic.
    let _ = writer.write_record(csv_header(lang));
    for row in &rows {
        let _ = writer.write_record(row);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A value as the JSON writes it: to nine decimals, as links do, and whole numbers without a
/// fraction (`160`, not `160.0`).
struct Plain(f64);

impl Serialize for Plain {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = (self.0 * 1e9).round() / 1e9;
        if v.fract() == 0.0 && v.abs() < 9e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

/// Names and values in the order given (inputs in `Field::ALL` order, results in
/// `ResultId::ALL` order), not sorted.
struct Ordered(Vec<(&'static str, f64)>);

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for &(name, value) in &self.0 {
            map.serialize_entry(name, &Plain(value))?;
        }
        map.end()
    }
}

/// `{"v":1,"edition":1,"currency":"usd","scenario":{"capex":160,...},"results":{...}}`.
pub fn json(link: &Link, outcome: &Outcome) -> String {
    #[derive(serde::Serialize)]
    struct File {
        v: u32,
        edition: u16,
        currency: &'static str,
        scenario: Ordered,
        results: Ordered,
    }
    let file = File {
        v: VERSION.parse().unwrap_or(1),
        edition: link.edition,
        currency: link.currency.name(),
        scenario: Ordered(
            Field::ALL
                .iter()
                .map(|f| (f.name(), f.get(&link.scenario)))
                .collect(),
        ),
        results: Ordered(
            outcome
                .all()
                .iter()
                .map(|&(id, v): &(ResultId, f64)| (id.name(), v))
                .collect(),
        ),
    };
    let mut text = serde_json::to_string(&file).unwrap_or_default();
    text.push('\n');
    text
}
