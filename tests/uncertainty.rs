//! Ranges and Monte Carlo draws, natively: each distribution's quantiles, results that move one
//! way with an input landing on its range's ends, collapse to a point, reproducibility by seed,
//! the tornado's order, and ranges and a pinned scenario through a link.
#![cfg(all(not(target_arch = "wasm32"), feature = "explore"))]

use capex_calculator::model::ranges::{Dist, Ranges, Spread};
use capex_calculator::model::uncertainty::{simulate, tornado, Simulation, DRAWS};
use capex_calculator::model::*;

/// Edition 1: the article's figures, and where its sources disagree.
fn first() -> &'static Edition {
    editions::get(1).expect("edition 1")
}

/// A result by its contract name.
fn at(name: &str) -> ResultId {
    ResultId::from_name(name).unwrap()
}

fn with(field: Field, low: f64, high: f64, dist: Dist) -> Ranges {
    let mut r = Ranges::default();
    r.set(
        field,
        Some(Spread::checked(field, low, high, dist).unwrap()),
    );
    r
}

#[track_caller]
fn near(actual: f64, expected: f64, relative: f64) {
    assert!(
        (actual - expected).abs() <= relative * expected.abs(),
        "expected {expected} within {relative:e}, got {actual}"
    );
}

#[test]
fn each_distribution_draws_its_known_quantiles() {
    // US$ capex is capex / 7.04: its percentiles are capex's, divided by the rate.
    for dist in Dist::ALL {
        let spread = Spread::checked(Field::Capex, 160.0, 200.0, dist).unwrap();
        let ranges = with(Field::Capex, 160.0, 200.0, dist);
        let sim = simulate(&Scenario::of(first()), &ranges, 7, 200_000);
        let i = sim.interval(at("capex-usd"));
        for (got, p) in [(i.p5, 0.05), (i.p50, 0.5), (i.p95, 0.95)] {
            near(got, spread.quantile(p) / 7.04, 2e-3);
        }
    }
}

#[test]
fn a_90_percent_interval_is_what_low_and_high_mean() {
    // For the lognormal and the normal, low and high are the 5th and 95th percentiles.
    for dist in [Dist::Lognormal, Dist::Normal] {
        let s = Spread::checked(Field::Chip, 20_000.0, 27_000.0, dist).unwrap();
        near(s.quantile(0.05), 20_000.0, 1e-8);
        near(s.quantile(0.95), 27_000.0, 1e-8);
    }
    // For the uniform and the triangular, they are the bounds.
    let s = Spread::checked(Field::Chip, 20_000.0, 27_000.0, Dist::Uniform).unwrap();
    assert_eq!((s.quantile(0.0), s.quantile(1.0)), (20_000.0, 27_000.0));
    // The lognormal's median is the geometric mean: 160 to 200 has sqrt(32,000) = 178.9.
    near(
        Spread::checked(Field::Capex, 160.0, 200.0, Dist::Lognormal)
            .unwrap()
            .median(),
        178.885_438_2,
        1e-9,
    );
}

#[test]
fn chips_land_on_the_price_range_ends_the_article_and_reuters_give() {
    // RMB 85 bn at 7.04 is US$12.07 bn: 603,693 chips at US$20,000, 447,180 at US$27,000. The
    // count falls as the price rises, so its 5th percentile is the count at the 95th-percentile
    // price.
    let ranges = with(Field::Chip, 20_000.0, 27_000.0, Dist::Lognormal);
    let sim = simulate(&Scenario::of(first()), &ranges, 1, DRAWS);
    let chips = sim.interval(at("chips"));
    near(chips.p95, 603_693.0, 5e-3);
    near(chips.p5, 447_180.0, 5e-3);
    // The median at the price's median, the geometric mean 23,238.
    near(
        chips.p50,
        (85.0 / 7.04 * 1e9 / (20_000.0_f64 * 27_000.0).sqrt()).floor(),
        5e-3,
    );
}

#[test]
fn a_zero_width_range_is_the_point() {
    let ranges = with(Field::Chip, 27_000.0, 27_000.0, Dist::Lognormal);
    let sim = simulate(&Scenario::of(first()), &ranges, 3, 1_000);
    let chips = sim.interval(at("chips"));
    assert_eq!(
        (chips.p5, chips.p50, chips.p95),
        (447_180.0, 447_180.0, 447_180.0)
    );
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_another_seed_nearly_the_same() {
    let ranges = Preset::SourcesDisagree.ranges(first());
    let s = Preset::SourcesDisagree.scenario(first());
    let a = simulate(&s, &ranges, 42, DRAWS);
    let b = simulate(&s, &ranges, 42, DRAWS);
    assert_eq!(a, b);
    let c = simulate(&s, &ranges, 43, DRAWS);
    assert_ne!(a.intervals, c.intervals);
    let (x, y) = (
        a.interval(at("bigfour-ratio")),
        c.interval(at("bigfour-ratio")),
    );
    near(y.p50, x.p50, 1e-2);
}

#[test]
fn the_sources_disagree_preset_ranges_each_input_between_its_two_sources() {
    let ranges = Preset::SourcesDisagree.ranges(first());
    let chip = ranges.get(Field::Chip).unwrap();
    assert_eq!((chip.low, chip.high), (20_000.0, 27_000.0));
    let capex = ranges.get(Field::Capex).unwrap();
    assert_eq!((capex.low, capex.high), (160.0, 200.0));
    let msft = ranges.get(Field::Microsoft).unwrap();
    assert_eq!((msft.low, msft.high), (88.2, 118.0));
    assert!(
        ranges.get(Field::Amazon).is_none(),
        "guidance is the actual: no range"
    );
    assert_eq!(
        Preset::SourcesDisagree.scenario(first()).chip,
        chip.median()
    );
}

#[test]
fn the_tornado_puts_the_input_that_moves_the_result_most_first() {
    // On the ratio of the US four to ByteDance: capex from 160 to 200 moves it by a fifth;
    // Microsoft's figure, 88.2 to 118, by less than a tenth.
    let ranges = Preset::SourcesDisagree.ranges(first());
    let bars = tornado(
        &Preset::SourcesDisagree.scenario(first()),
        &ranges,
        at("bigfour-ratio"),
    );
    let order: Vec<Field> = bars.iter().map(|(f, _, _)| *f).collect();
    assert_eq!(order[0], Field::Capex);
    assert!(!order.contains(&Field::Amazon));
    // The chip price does not move the ratio at all: a bar of zero, last.
    let (field, low, high) = *bars.last().unwrap();
    assert_eq!(field, Field::Chip);
    assert_eq!(low, high);
    // Higher capex, lower ratio.
    let (_, low, high) = bars[0];
    assert!(low > high);
}

#[test]
fn ranges_a_seed_and_a_pinned_scenario_go_through_a_link() {
    let pairs = [
        ("v", "1"),
        ("chip", "20000..27000"),
        ("chip_dist", "uniform"),
        ("capex", "160..200"),
        ("seed", "9"),
        ("a", "1"),
        ("a.capex", "180"),
    ];
    let d = decode(&pairs);
    assert!(d.notes.is_empty(), "{:?}", d.notes);
    let link = d.link;
    assert_eq!(link.ranges.get(Field::Chip).unwrap().dist, Dist::Uniform);
    assert_eq!(link.scenario.chip, 23_500.0, "a uniform range's middle");
    assert_eq!(link.seed, 9);
    assert_eq!(link.pinned.unwrap().capex, 180.0);
    let written = encode(&link);
    let again: Vec<(&str, &str)> = written.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(decode(&again).link, link);
    assert!(share_link::needs_explore(&pairs));
    assert!(!share_link::needs_explore(&[("v", "1"), ("capex", "200")]));
}

#[test]
fn a_range_that_cannot_be_drawn_gets_a_note_and_is_not_applied() {
    for (value, dist) in [
        ("27000..20000", "lognormal"),
        ("0..1000", "lognormal"),
        ("-5..1000", "normal"),
        ("20000..27000", "cauchy"),
    ] {
        let d = decode(&[("order", value), ("order_dist", dist)]);
        assert!(
            d.link.ranges.get(Field::Order).is_none() || dist == "cauchy",
            "{value} {dist}"
        );
        assert!(!d.notes.is_empty(), "{value} {dist}");
    }
    let d = decode(&[("chip", "27000..20000")]);
    assert!(!d.link.ranges.any());
    assert_eq!(d.link.scenario.chip, 20_000.0);
    assert_eq!(d.notes.len(), 1);
}

#[test]
fn a_simulation_crosses_to_the_page_as_numbers_and_back_unchanged() {
    let ranges = Preset::SourcesDisagree.ranges(first());
    let sim = simulate(
        &Preset::SourcesDisagree.scenario(first()),
        &ranges,
        7,
        2_000,
    );
    let numbers = sim.to_numbers();
    assert_eq!(numbers.len(), Simulation::NUMBERS);
    assert_eq!(Simulation::from_numbers(&numbers), Some(sim));
    // Anything else is refused, never half-read.
    assert_eq!(Simulation::from_numbers(&numbers[1..]), None);
    let mut bad = numbers.clone();
    bad[0] = f64::NAN;
    assert_eq!(Simulation::from_numbers(&bad), None);
    let mut fractional_count = numbers;
    let last = fractional_count.len() - 1;
    fractional_count[last] = 2.5;
    assert_eq!(Simulation::from_numbers(&fractional_count), None);
}

#[test]
fn a_link_with_the_sources_disagree_preset_carries_its_ranges_and_a_value_after_it_wins() {
    let d = decode(&[("preset", "sources-disagree")]);
    assert_eq!(d.link.ranges, Preset::SourcesDisagree.ranges(first()));
    let d = decode(&[("preset", "sources-disagree"), ("chip", "25000")]);
    assert_eq!(d.link.ranges.get(Field::Chip), None);
    assert_eq!(d.link.scenario.chip, 25_000.0);
    assert!(d.link.ranges.get(Field::Capex).is_some());
}
