//! The scenario and all its results as files a reader can download: CSV for spreadsheets,
//! JSON for code. Numbers are plain decimals (`plain_decimal`), names are the contract names.

use super::evaluate::Outcome;
use super::lang::Lang;
use super::number::plain_decimal;
use super::scenario::{Field, Unit};
use super::share_link::{Link, VERSION};

/// The CSV's header line in `lang`: the names of its three columns.
pub fn csv_header(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "name,value,unit",
        Lang::It => "nome,valore,unità",
        Lang::Zh => "名称,数值,单位",
    }
}

/// A unit as the CSV writes it in `lang`. The download's words are a table of their own, here
/// and not in the page's text tables: the engine writes the file, and the page's first view,
/// which loads its table before it shows anything, should not carry words only a download uses.
/// `tests/presentation.rs` checks the three columns as it checks the page's tables.
pub fn unit_in(lang: Lang, unit: Unit) -> &'static str {
    use Unit as U;
    match lang {
        Lang::En => unit.name(),
        Lang::It => match unit {
            U::RmbBn => "miliardi di RMB",
            U::Usd => "US$",
            U::Chips => "chip",
            U::RmbPerUsd => "RMB per US$",
            U::UsdPerEur => "US$ per euro",
            U::UsdBn => "miliardi di US$",
            U::TokensADay => "trilioni di token al giorno",
            U::EurBn => "miliardi di euro",
            U::Percent => "per cento",
            U::PercentOfCapex => "per cento del capex",
            U::PercentOfAiBudget => "per cento del budget per i processori IA",
            U::Times => "volte",
            U::UsdBnPerDailyTokens => "miliardi di US$ per trilione di token al giorno",
        },
        Lang::Zh => match unit {
            U::RmbBn => "十亿元人民币",
            U::Usd => "美元",
            U::Chips => "枚芯片",
            U::RmbPerUsd => "人民币/美元",
            U::UsdPerEur => "美元/欧元",
            U::UsdBn => "十亿美元",
            U::TokensADay => "万亿token/日",
            U::EurBn => "十亿欧元",
            U::Percent => "%",
            U::PercentOfCapex => "占资本支出的百分比",
            U::PercentOfAiBudget => "占AI处理器预算的百分比",
            U::Times => "倍",
            U::UsdBnPerDailyTokens => "十亿美元/每万亿日均token",
        },
    }
}

/// `name,value,unit`, one row per input (`input:capex`) and per result (`capex-usd`), with the
/// header and the units in the reader's language; the names are the contract's and the values
/// plain decimals in every language.
///
/// With the article's figures the first rows are `input:capex,160,RMB bn` and the results
/// include `chips,603693,chips`.
pub fn csv(link: &Link, outcome: &Outcome, lang: Lang) -> String {
    let mut out = String::new();
    let mut row = |cells: [&str; 3]| {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains([',', '"', '\n']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push('\n');
    };
    let mut header = csv_header(lang).split(',');
    row([(); 3].map(|_| header.next().unwrap_or_default()));
    for f in Field::ALL {
        let name = ["input:", f.name()].concat();
        row([
            &name,
            &plain_decimal(f.get(&link.scenario)),
            unit_in(lang, f.unit()),
        ]);
    }
    row(["input:currency", link.currency.name(), ""]);
    for (name, value, unit) in outcome.named() {
        row([name, &plain_decimal(value), unit_in(lang, unit)]);
    }
    out
}

/// `{"v":1,"currency":"usd","scenario":{"capex":160,...},"results":{"capex-usd":22.7...}}`.
/// Every key is a fixed contract name and every value a plain decimal, so no escaping is
/// needed beyond what those names already satisfy.
pub fn json(link: &Link, outcome: &Outcome) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str("{\"v\":");
    out.push_str(VERSION);
    out.push_str(",\"currency\":\"");
    out.push_str(link.currency.name());
    out.push_str("\",\"scenario\":{");
    let object = |out: &mut String, entries: &mut dyn Iterator<Item = (&str, f64)>| {
        for (i, (name, value)) in entries.enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(name);
            out.push_str("\":");
            out.push_str(&plain_decimal(value));
        }
    };
    object(
        &mut out,
        &mut Field::ALL.iter().map(|f| (f.name(), f.get(&link.scenario))),
    );
    out.push_str("},\"results\":{");
    object(
        &mut out,
        &mut outcome
            .named()
            .into_iter()
            .map(|(name, value, _)| (name, value)),
    );
    out.push_str("}}\n");
    out
}
