//! The scenario and all its results as files a reader can download: CSV for spreadsheets,
//! JSON for code. Numbers are plain decimals (`plain_decimal`), names are the contract names.

use super::evaluate::Outcome;
use super::number::plain_decimal;
use super::scenario::Field;
use super::share_link::{Link, VERSION};

/// `name,value,unit`, one row per input (`input:capex`) and per result (`capex-usd`).
///
/// With the article's figures the first rows are `input:capex,160,RMB bn` and the results
/// include `chips,603693,chips`.
pub fn csv(link: &Link, outcome: &Outcome) -> String {
    let mut out = String::from("name,value,unit\n");
    let mut row = |name: &str, value: &str, unit: &str| {
        for (i, cell) in [name, value, unit].into_iter().enumerate() {
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
    for f in Field::ALL {
        let name = ["input:", f.name()].concat();
        row(&name, &plain_decimal(f.get(&link.scenario)), f.unit());
    }
    row("input:currency", link.currency.name(), "");
    for (name, value, unit) in outcome.named() {
        row(name, &plain_decimal(value), unit);
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
