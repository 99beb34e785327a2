//! The editions of the figures, natively: the files the build publishes pass the check, and
//! every rule of the check refuses a file that breaks it, with a message naming the figure and
//! the field.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use capex_calculator::model::edition_file::{check, parse, EditionFile, Problem};
use capex_calculator::model::{editions, Edition, FigureId, Scenario};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Edition 1's file as the repository holds it.
fn edition_1() -> String {
    std::fs::read_to_string(root().join("src/editions/1.toml")).unwrap()
}

/// The problems of one edition's text (as edition 1, unless it says otherwise), with the bounds
/// the crate checks.
fn problems_of(text: &str) -> Vec<Problem> {
    let edition = match parse("test.toml", text) {
        Ok(edition) => edition,
        Err(problem) => return vec![problem],
    };
    problems_of_editions(vec![edition])
}

fn problems_of_editions(editions: Vec<EditionFile>) -> Vec<Problem> {
    let named: Vec<(String, EditionFile)> = editions
        .into_iter()
        .enumerate()
        .map(|(i, e)| (format!("{}.toml", i + 1), e))
        .collect();
    let bounds = |id: FigureId| {
        capex_calculator::model::editions::field_of(id).map(|f| {
            let r = f.range();
            (r.min, r.max)
        })
    };
    check(&named, &bounds)
}

/// Edition 1 with one line replaced: the line of `figure`'s table that starts with `field =`.
fn with(figure: &str, field: &str, line: &str) -> String {
    let text = edition_1();
    let header = format!("[figures.{figure}]");
    let start = text.find(&header).unwrap_or_else(|| panic!("no {header}"));
    let end = text[start + 1..]
        .find("\n[")
        .map_or(text.len(), |i| start + 1 + i);
    let table = &text[start..end];
    let old = table
        .lines()
        .find(|l| l.starts_with(&format!("{field} =")))
        .unwrap_or_else(|| panic!("{figure} has no {field}"));
    let changed = if line.is_empty() {
        table.replace(&format!("{old}\n"), "")
    } else {
        table.replace(old, line)
    };
    [&text[..start], &changed, &text[end..]].concat()
}

/// Asserts that exactly one problem is found, about `figure`'s `field`, and that its message
/// (as the build prints it) names both and says `says`.
#[track_caller]
fn refused(text: &str, figure: Option<&str>, field: &str, says: &str) {
    let problems = problems_of(text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = &problems[0];
    assert_eq!(p.figure.as_deref(), figure, "{p}");
    assert_eq!(p.field, field, "{p}");
    let message = p.to_string();
    if let Some(figure) = figure {
        assert!(message.contains(figure), "{message}");
    }
    assert!(message.contains(field), "{message}");
    assert!(message.contains(says), "{message}");
}

#[test]
fn the_published_editions_pass_the_check() {
    let problems = editions::check_files(&[root().join("src/editions")]);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn edition_1_is_the_articles_figures() {
    let first = editions::get(1).unwrap();
    let s = Scenario::of(first);
    assert_eq!(
        (s.capex, s.ai, s.chip, s.order),
        (160.0, 85.0, 20_000.0, 20_000.0)
    );
    assert_eq!((s.usdcny, s.eurusd), (7.04, 1.17));
    assert_eq!(s.hyperscalers, [88.2, 92.0, 125.0, 71.0]);
    assert_eq!(first.index(), 0);
}

#[test]
fn a_missing_language_is_refused() {
    let text = with(
        "h100-price",
        "note",
        r#"note = { en = "Estimates.", it = "Stime." }"#,
    );
    refused(&text, Some("h100-price"), "note", "no text in zh");
    let text = with(
        "h100-price",
        "what",
        r#"what = { en = "Price", it = "Prezzo", zh = " " }"#,
    );
    refused(&text, Some("h100-price"), "what", "no text in zh");
}

#[test]
fn a_missing_or_unknown_figure_is_refused() {
    let text = edition_1();
    let start = text.find("[figures.b200-price]").unwrap();
    let end = start + text[start..].find("\n\n").unwrap();
    let without = [&text[..start], &text[end + 2..]].concat();
    refused(&without, Some("b200-price"), "(figure)", "missing");
    let extra = edition_1().replacen("[figures.b200-price]", "[figures.b300-price]", 1);
    let problems = problems_of(&extra);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems
        .iter()
        .any(|p| p.figure.as_deref() == Some("b300-price") && p.message.contains("not a figure")));
}

#[test]
fn a_default_outside_its_fields_bounds_is_refused() {
    // Capex is between RMB 10 bn and 500 bn.
    let text = with("capex-2026", "value", "value = 600");
    refused(
        &text,
        Some("capex-2026"),
        "value",
        "outside the bounds of its field, 10 to 500",
    );
    let text = with("h200-price-reuters", "value", "value = 1000");
    refused(&text, Some("h200-price-reuters"), "value", "5000 to 60000");
}

#[test]
fn a_range_that_does_not_contain_its_value_is_refused() {
    let text = with("alphabet-guidance-2025", "range", "range = [93, 95]");
    refused(
        &text,
        Some("alphabet-guidance-2025"),
        "range",
        "does not contain the value, 92",
    );
    let text = with("alphabet-guidance-2025", "range", "range = [93, 91]");
    refused(
        &text,
        Some("alphabet-guidance-2025"),
        "range",
        "above its high end",
    );
    let text = with("alphabet-guidance-2025", "range", "range = [91]");
    refused(
        &text,
        Some("alphabet-guidance-2025"),
        "range",
        "two numbers",
    );
}

#[test]
fn a_figure_dated_after_its_edition_is_refused() {
    // Edition 1 is as of January 2026.
    let text = with("usd-cny", "date", r#"date = "2026-02-01""#);
    refused(
        &text,
        Some("usd-cny"),
        "date",
        "after the edition's date, 2026-01",
    );
    let text = with("usd-cny", "date", r#"date = "25 December""#);
    refused(&text, Some("usd-cny"), "date", "not a date");
    let text = with("usd-cny", "date", r#"date = "2025-02-30""#);
    refused(&text, Some("usd-cny"), "date", "not a date");
}

#[test]
fn a_wrong_unit_confidence_or_address_is_refused() {
    let text = with("capex-2026", "unit", r#"unit = "usd-bn""#);
    refused(&text, Some("capex-2026"), "unit", "rmb-bn");
    let text = with("capex-2026", "confidence", r#"confidence = "sure""#);
    refused(&text, Some("capex-2026"), "confidence", "not one of");
    let text = with("capex-2026", "url", r#"url = "ft.com""#);
    refused(&text, Some("capex-2026"), "url", "not an http(s) address");
}

#[test]
fn a_file_that_is_not_an_edition_is_refused_as_a_whole() {
    let problems = problems_of("edition = 1\ndate = \"2026-01\"\nfigures = 3\n");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].field, "(file)");
    let text = with("capex-2026", "value", r#"value = "160""#);
    assert_eq!(problems_of(&text)[0].field, "(file)");
    let text = edition_1().replacen(
        "confidence = \"article\"",
        "confidence = \"article\"\nsize = 3",
        1,
    );
    assert!(problems_of(&text)[0].message.contains("size"));
}

#[test]
fn editions_are_numbered_in_order_and_dated_in_order() {
    let one = parse("1.toml", &edition_1()).unwrap();
    let mut two = one.clone();
    two.edition = 3;
    let problems = problems_of_editions(vec![one.clone(), two]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        (problems[0].field.as_str(), problems[0].file.as_str()),
        ("edition", "2.toml")
    );
    let mut earlier = one.clone();
    earlier.edition = 2;
    earlier.date = "2025-12".into();
    earlier
        .figures
        .values_mut()
        .for_each(|f| f.date = "2025".into());
    let problems = problems_of_editions(vec![one, earlier]);
    assert!(problems
        .iter()
        .any(|p| p.field == "date" && p.message.contains("before edition 1")));
}

#[test]
fn an_ai_budget_above_capex_is_refused() {
    let text = with("ai-processors-2026", "value", "value = 170");
    let file = std::env::temp_dir().join("capex-edition-check");
    let _ = std::fs::create_dir_all(&file);
    std::fs::write(file.join("1.toml"), text).unwrap();
    let problems = editions::check_files(&[PathBuf::from(&file)]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].figure.as_deref(), Some("ai-processors-2026"));
    assert!(
        problems[0].message.contains("above capex"),
        "{}",
        problems[0]
    );
}

#[test]
fn what_changed_lists_the_figures_whose_numbers_differ() {
    let first = editions::get(1).unwrap();
    assert_eq!(first.changed_since(first).count(), 0);
    let mut second = Edition {
        id: 2,
        date: first.date,
        figures: first.figures,
    };
    second.figures[FigureId::CapexRmb2026.index()].value = 200.0;
    let changed: Vec<FigureId> = second.changed_since(first).collect();
    assert_eq!(changed, [FigureId::CapexRmb2026]);
}
