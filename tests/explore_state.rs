//! The explore page's state, natively: a range switched on starts where the sources disagree,
//! a bad end keeps what the reader typed and the last valid range, a range holds only while
//! its field shows its median, and a pin is the scenario on screen.
#![cfg(all(not(target_arch = "wasm32"), feature = "explore"))]

use capex_calculator::model::ranges::{Dist, RangeError};
use capex_calculator::model::{editions, Edition, Editor, Field, Lang, Scenario};
use capex_calculator::ui::explore::{Explore, ExploreAction as A};

/// Edition 1: the article's figures and where its sources disagree.
fn first() -> &'static Edition {
    editions::get(1).expect("edition 1")
}

fn editor() -> Editor {
    Editor::new(Scenario::of(first()), Lang::En.writing())
}

#[test]
fn a_price_switched_to_a_range_starts_at_the_article_and_reuters_and_shows_its_median() {
    let (mut x, mut e) = (Explore::default(), editor());
    x.reduce(A::Toggle(Field::Chip), &mut e, first());
    let spread = x.ranges.get(Field::Chip).unwrap();
    assert_eq!(
        (spread.low, spread.high, spread.dist),
        (20_000.0, 27_000.0, Dist::Lognormal)
    );
    let draft = x.draft(Field::Chip).unwrap();
    assert_eq!(
        (draft.low.as_str(), draft.high.as_str()),
        ("20000", "27000")
    );
    // The field shows the lognormal's median, the geometric mean of the ends.
    assert!((e.scenario().chip - (20_000.0f64 * 27_000.0).sqrt()).abs() < 1e-6);
    x.reduce(A::Toggle(Field::Chip), &mut e, first());
    assert_eq!(x.ranges.get(Field::Chip), None);
    assert!(x.draft(Field::Chip).is_none());
}

#[test]
fn a_field_with_no_disagreement_starts_a_tenth_either_side_on_its_steps() {
    let (mut x, mut e) = (Explore::default(), editor());
    x.reduce(A::Toggle(Field::UsdCny), &mut e, first());
    let spread = x.ranges.get(Field::UsdCny).unwrap();
    // 7.04 less and more a tenth, on steps of 0.01: 6.34 and 7.74.
    assert!((spread.low - 6.34).abs() < 1e-9 && (spread.high - 7.74).abs() < 1e-9);
}

#[test]
fn a_bad_end_keeps_the_text_and_the_last_valid_range() {
    let (mut x, mut e) = (Explore::default(), editor());
    x.reduce(A::Toggle(Field::Chip), &mut e, first());
    let before = (x.ranges, *e.scenario());
    x.reduce(A::Low(Field::Chip, "30000".into()), &mut e, first());
    let draft = x.draft(Field::Chip).unwrap();
    assert_eq!(draft.error, Some(RangeError::LowAboveHigh));
    assert_eq!(draft.low, "30000");
    assert_eq!((x.ranges, *e.scenario()), before);
    x.reduce(A::High(Field::Chip, "abc".into()), &mut e, first());
    assert!(matches!(
        x.draft(Field::Chip).unwrap().error,
        Some(RangeError::End(_))
    ));
    assert!(x.draft(Field::Chip).unwrap().error_at_high);
    assert_eq!(x.ranges, before.0);
    x.reduce(A::High(Field::Chip, "32000".into()), &mut e, first());
    assert_eq!(x.draft(Field::Chip).unwrap().error, None);
    assert_eq!(x.ranges.get(Field::Chip).unwrap().high, 32_000.0);
}

#[test]
fn a_range_ends_when_its_field_is_set_to_another_single_value() {
    let (mut x, mut e) = (Explore::default(), editor());
    x.reduce(A::Toggle(Field::Chip), &mut e, first());
    x.reduce(A::Toggle(Field::Capex), &mut e, first());
    e.pick(Field::Chip, 27_000.0);
    x.follow(e.scenario());
    assert_eq!(
        x.ranges.get(Field::Chip),
        None,
        "the picked price ends the price's range"
    );
    assert!(
        x.ranges.get(Field::Capex).is_some(),
        "capex still shows its median"
    );
}

#[test]
fn a_pin_is_the_scenario_on_screen_and_new_draws_take_the_next_seed() {
    let (mut x, mut e) = (Explore::default(), editor());
    e.pick(Field::Chip, 27_000.0);
    x.reduce(A::Pin, &mut e, first());
    assert_eq!(x.pinned.map(|s| s.chip), Some(27_000.0));
    let seed = x.seed;
    x.reduce(A::Redraw, &mut e, first());
    assert_eq!(x.seed, seed + 1);
    x.reduce(A::Unpin, &mut e, first());
    assert_eq!(x.pinned, None);
}
