//! The rules an edition file must keep before it is published ([`check`]).

use super::super::figures::{Confidence, FigureId, When};
use super::super::units::Unit;
use super::{EditionFile, Problem, LANGUAGES};

/// What a figure's value must satisfy beyond the file itself: the bounds of the field it is
/// the default or a preset of (the build has no fields; the crate's own check gives them).
pub type Bounds<'a> = &'a dyn Fn(FigureId) -> Option<(f64, f64)>;

/// Every problem of a set of editions (each with its file name), in file order. Empty if they
/// can be published.
///
/// The rules: each file names its edition, numbered 1, 2, 3, ... without a gap, in order of
/// their dates; every figure of the calculator is there and no other; each has its texts in
/// every language, its unit, a known confidence, a date no later than the edition's, an
/// `http(s)` address, a range (if any) that contains its value, and a value within its field's
/// bounds.
pub fn check(editions: &[(String, EditionFile)], bounds: Bounds) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut previous: Option<(u16, When)> = None;
    for (number, (file, edition)) in editions.iter().enumerate() {
        let problem = |figure: Option<&str>, field: &str, message: String| Problem {
            file: file.clone(),
            figure: figure.map(str::to_owned),
            field: field.to_owned(),
            message,
        };
        let expected_id = number + 1;
        if usize::from(edition.edition) != expected_id {
            problems.push(problem(
                None,
                "edition",
                format!(
                    "is {}, but editions are numbered 1, 2, 3, ... in order: this one should be {expected_id}",
                    edition.edition
                ),
            ));
        }
        let Some(date) = When::parse(&edition.date) else {
            problems.push(problem(
                None,
                "date",
                format!(
                    "{:?} is not a date (2026-01, 2026-01-15 or 2026)",
                    edition.date
                ),
            ));
            continue;
        };
        if let Some((id, before)) = previous {
            if date.end() < before.end() {
                problems.push(problem(
                    None,
                    "date",
                    format!("{} is before edition {id}'s date", edition.date),
                ));
            }
        }
        previous = Some((edition.edition, date));
        for id in FigureId::ALL {
            if !edition.figures.contains_key(id.slug()) {
                problems.push(problem(
                    Some(id.slug()),
                    "(figure)",
                    "is missing: every edition gives every figure".to_owned(),
                ));
            }
        }
        for (slug, entry) in &edition.figures {
            let figure = Some(slug.as_str());
            let Some(id) = FigureId::from_slug(slug) else {
                problems.push(problem(
                    figure,
                    "(figure)",
                    "is not a figure the calculator knows".to_owned(),
                ));
                continue;
            };
            for (field, texts) in [
                ("what", &entry.what),
                ("source", &entry.source),
                ("note", &entry.note),
            ] {
                for lang in LANGUAGES {
                    if texts.as_ref().and_then(|t| t.get(lang)).is_none() {
                        problems.push(problem(figure, field, format!("has no text in {lang}")));
                    }
                }
            }
            match Unit::from_name(&entry.unit) {
                Some(unit) if unit == id.unit() => {}
                Some(_) | None => problems.push(problem(
                    figure,
                    "unit",
                    format!(
                        "is {:?}; this figure is in {:?}",
                        entry.unit,
                        id.unit().name()
                    ),
                )),
            }
            if Confidence::from_name(&entry.confidence).is_none() {
                problems.push(problem(
                    figure,
                    "confidence",
                    format!(
                        "{:?} is not one of article, high, medium, low, derived",
                        entry.confidence
                    ),
                ));
            }
            match When::parse(&entry.date) {
                None => problems.push(problem(
                    figure,
                    "date",
                    format!(
                        "{:?} is not a date (2025-12, 2025-12-25, 2025 or late 2025-12)",
                        entry.date
                    ),
                )),
                Some(when) if when.start() > date.end() => problems.push(problem(
                    figure,
                    "date",
                    format!(
                        "{} is after the edition's date, {}",
                        entry.date, edition.date
                    ),
                )),
                Some(_) => {}
            }
            let address = entry
                .url
                .strip_prefix("https://")
                .or(entry.url.strip_prefix("http://"));
            if !address.is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
            {
                problems.push(problem(
                    figure,
                    "url",
                    format!("{:?} is not an http(s) address", entry.url),
                ));
            }
            if !entry.value.is_finite() {
                problems.push(problem(figure, "value", "is not a number".to_owned()));
            }
            match entry.range.as_deref() {
                None => {}
                Some(&[low, high]) if low <= high && !(low..=high).contains(&entry.value) => {
                    problems.push(problem(
                        figure,
                        "range",
                        format!(
                            "{low} to {high} does not contain the value, {}",
                            entry.value
                        ),
                    ));
                }
                Some(&[low, high]) if low > high => problems.push(problem(
                    figure,
                    "range",
                    format!("its low end, {low}, is above its high end, {high}"),
                )),
                Some(&[_, _]) => {}
                Some(_) => problems.push(problem(
                    figure,
                    "range",
                    "is not two numbers, [low, high]".to_owned(),
                )),
            }
            if let Some((min, max)) = bounds(id) {
                if !(min..=max).contains(&entry.value) {
                    problems.push(problem(
                        figure,
                        "value",
                        format!(
                            "{} is outside the bounds of its field, {min} to {max}",
                            entry.value
                        ),
                    ));
                }
            }
        }
    }
    problems
}
