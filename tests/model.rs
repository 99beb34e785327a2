//! Model tests, native: worked numbers from the article (FT, Dec 2025) and properties that must
//! hold for any scenario.
#![cfg(not(target_arch = "wasm32"))]

use capex_calculator::model::*;
use proptest::prelude::*;

/// Edition 1: the article's figures (FT, Dec 2025), which every worked number here is from.
fn first() -> &'static Edition {
    editions::get(1).expect("edition 1")
}

/// A value of edition 1.
fn value(id: FigureId) -> f64 {
    first().value(id)
}

/// The article's scenario.
fn article_scenario() -> Scenario {
    Scenario::of(first())
}

#[track_caller]
fn close(actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "expected {expected} ± {tolerance}, got {actual}"
    );
}

fn article() -> Outcome {
    evaluate(&article_scenario())
}

// ---- The article's scenario, worked by hand ----

#[test]
fn capex_rmb_160bn_at_7_04_is_usd_22_73bn() {
    close(article().capex_usd, 160.0 / 7.04, 1e-12);
    close(article().capex_usd, 22.727, 1e-3);
}

#[test]
fn capex_in_euro_at_1_17_is_19_43bn() {
    close(article().capex_eur, 22.727_272_7 / 1.17, 1e-6);
    close(article().capex_eur, 19.425, 1e-3);
}

#[test]
fn at_the_articles_own_rate_capex_is_about_usd_23bn() {
    // 160 / 23 = 6.96 RMB per US$: the article's conversion.
    let s = Scenario {
        usdcny: 6.96,
        ..article_scenario()
    };
    close(evaluate(&s).capex_usd, 22.99, 0.01);
    close(
        value(FigureId::CapexRmb2026) / value(FigureId::CapexUsd2026Article),
        6.96,
        0.01,
    );
}

#[test]
fn growth_from_rmb_150bn_to_160bn_is_6_7_percent() {
    close(article().growth_pct, 10.0 / 150.0 * 100.0, 1e-9);
}

#[test]
fn ai_processors_rmb_85bn_are_usd_12_07bn_and_53_percent_of_capex() {
    close(article().ai_usd, 12.0739, 1e-4);
    close(article().ai_share_pct, 53.125, 1e-9);
}

#[test]
fn rest_of_capex_is_rmb_75bn_or_usd_10_65bn() {
    close(article().rest_usd, 75.0 / 7.04, 1e-12);
}

#[test]
fn usd_12_07bn_buys_603_693_h200s_at_usd_20_000() {
    assert_eq!(article().chips, 603_693.0);
}

#[test]
fn at_the_reuters_price_of_usd_27_000_it_buys_447_180() {
    let s = Scenario {
        chip: ChipModel::H200Reuters.price(first()),
        ..article_scenario()
    };
    assert_eq!(evaluate(&s).chips, 447_180.0);
}

#[test]
fn an_exact_fit_does_not_lose_a_chip_to_rounding() {
    // RMB 84.48 bn at 7.04 is exactly US$12 bn: 600,000 chips at US$20,000.
    let s = Scenario {
        ai: 84.48,
        ..article_scenario()
    };
    assert_eq!(evaluate(&s).chips, 600_000.0);
}

#[test]
fn trial_order_of_20_000_at_usd_20_000_costs_usd_400m_or_3_3_percent() {
    close(article().order_cost_usd, 0.4, 1e-12);
    close(article().order_share_pct, 0.4 / (85.0 / 7.04) * 100.0, 1e-9);
    close(article().order_share_pct, 3.313, 1e-3);
}

#[test]
fn us_four_on_guidance_spend_usd_376_2bn_16_6_times_bytedance() {
    close(article().bigfour_usd, 88.2 + 92.0 + 125.0 + 71.0, 1e-9);
    close(article().bigfour_ratio, 376.2 / (160.0 / 7.04), 1e-9);
    close(article().bigfour_ratio, 16.55, 0.01);
    // The article's "over US$300 bn".
    assert!(article().bigfour_usd > value(FigureId::BigFourArticle));
}

#[test]
fn us_four_on_calendar_2025_actuals_spend_usd_406_65bn() {
    let s = Scenario {
        hyperscalers: HyperscalerSet::Actual2025.values(first()),
        ..article_scenario()
    };
    close(evaluate(&s).bigfour_usd, 118.0 + 91.45 + 125.0 + 72.2, 1e-9);
}

#[test]
fn capex_per_trillion_daily_tokens_bytedance_0_76_vs_google_2_14() {
    close(
        article().bytedance_usd_per_trn_tokens,
        (160.0 / 7.04) / 30.0,
        1e-12,
    );
    close(article().google_usd_per_trn_tokens, 92.0 / 43.0, 1e-12);
}

#[test]
fn trial_order_is_400m_in_the_figures_too() {
    // 20,000 × US$20,000 = US$400 m (facts.md).
    close(
        value(FigureId::TrialOrderChips) * value(FigureId::H200PriceArticle),
        400e6,
        1e-3,
    );
}

// ---- Currencies ----

#[test]
fn rmb_85bn_at_7_04_shown_in_each_currency() {
    let o = article();
    close(o.rates.from_usd(o.ai_usd, Currency::Cny), 85.0, 1e-9);
    close(o.rates.from_usd(o.ai_usd, Currency::Usd), 12.0739, 1e-4);
    close(
        o.rates.from_usd(o.ai_usd, Currency::Eur),
        12.0739 / 1.17,
        1e-4,
    );
}

#[test]
fn currency_names_are_the_contract() {
    let names: Vec<_> = Currency::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names, ["usd", "cny", "eur"]);
    assert_eq!(Currency::from_name("eur"), Some(Currency::Eur));
    assert_eq!(Currency::from_name("EUR"), None);
}

// ---- The figures table ----

#[test]
fn every_figure_of_every_edition_is_at_its_ids_index() {
    for (i, f) in editions::all()
        .iter()
        .flat_map(|e| e.figures.iter().enumerate())
    {
        assert_eq!(f.id as usize, i, "{:?} is out of order", f.id);
        assert_eq!(f.unit, f.id.unit(), "{:?} has another unit", f.id);
        let year = match f.when {
            When::Year(y) | When::Month(y, _) | When::Day(y, _, _) | When::LateMonth(y, _) => y,
        };
        assert!(
            (2020..=2026).contains(&year),
            "{:?} has no plausible date",
            f.id
        );
        if let Some((low, high)) = f.range {
            assert!(
                low <= f.value && f.value <= high,
                "{:?}: value outside its range",
                f.id
            );
        }
    }
}

#[test]
fn defaults_come_from_the_figures() {
    let s = article_scenario();
    assert_eq!(s.capex, 160.0);
    assert_eq!(s.capex25, 150.0);
    assert_eq!(s.ai, 85.0);
    assert_eq!(s.chip, 20_000.0);
    assert_eq!(s.order, 20_000.0);
    assert_eq!(s.usdcny, 7.04);
    assert_eq!(s.eurusd, 1.17);
    assert_eq!(s.hyperscalers, [88.2, 92.0, 125.0, 71.0]);
    assert_eq!(
        HyperscalerSet::matching(s.hyperscalers, first()),
        Some(HyperscalerSet::Guidance2025)
    );
    assert_eq!(
        ChipModel::priced_at(s.chip, first()),
        Some(ChipModel::H200Article)
    );
}

#[test]
fn every_default_of_every_edition_is_inside_its_fields_range() {
    for edition in editions::all() {
        let s = Scenario::of(edition);
        for f in Field::ALL {
            let r = f.range();
            let v = f.get(&s);
            assert!(r.min <= v && v <= r.max, "{} = {v} outside {r:?}", f.name());
        }
        for chip in ChipModel::ALL {
            let r = Field::Chip.range();
            let price = chip.price(edition);
            assert!(r.min <= price && price <= r.max);
        }
    }
}

#[test]
fn field_names_are_the_contract_and_unique() {
    let names: Vec<_> = Field::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(
        &names[..7],
        ["capex", "capex25", "ai", "chip", "order", "usdcny", "eurusd"]
    );
    for (i, f) in Field::ALL.iter().enumerate() {
        assert_eq!(f.index(), i);
        assert_eq!(Field::from_name(f.name()), Some(*f));
    }
}

// ---- Reading typed numbers ----

#[test]
fn parses_plain_and_grouped_numbers() {
    assert_eq!(parse_number("160", Notation::LINK), Ok(160.0));
    assert_eq!(parse_number(" 7.04 ", Notation::LINK), Ok(7.04));
    assert_eq!(parse_number("20,000", Notation::LINK), Ok(20_000.0));
    assert_eq!(parse_number("1,234,567.5", Notation::LINK), Ok(1_234_567.5));
    assert_eq!(parse_number("-5", Notation::LINK), Ok(-5.0));
    assert_eq!(parse_number("1e3", Notation::LINK), Ok(1000.0));
    assert_eq!(parse_number(".5", Notation::LINK), Ok(0.5));
    assert_eq!(parse_number("2.", Notation::LINK), Ok(2.0));
    assert_eq!(parse_number("+7.04", Notation::LINK), Ok(7.04));
    assert_eq!(parse_number("-1,234.5", Notation::LINK), Ok(-1_234.5));
    assert_eq!(parse_number("+20,000e0", Notation::LINK), Ok(20_000.0));
    assert_eq!(parse_number("0.000001e6", Notation::LINK), Ok(1.0));
    assert_eq!(parse_number("1e-400", Notation::LINK), Ok(0.0));
}

#[test]
fn italian_readers_type_decimal_commas_and_grouping_points() {
    let it = Notation::COMMA;
    assert_eq!(parse_number("7,04", it), Ok(7.04));
    assert_eq!(parse_number("27.000", it), Ok(27_000.0));
    assert_eq!(parse_number("27000", it), Ok(27_000.0));
    assert_eq!(parse_number("1.234.567,5", it), Ok(1_234_567.5));
    assert_eq!(parse_number("-1.234,5", it), Ok(-1_234.5));
    // A point that cannot group thousands is a decimal point, as in an English source.
    assert_eq!(parse_number("7.04", it), Ok(7.04));
    assert_eq!(parse_number("0.5", it), Ok(0.5));
    // One comma and three digits: 27 in Italian, 27 thousand in English. Ask.
    assert_eq!(
        parse_number("27,000", it),
        Err(InputError::Ambiguous(27.0, 27_000.0))
    );
    assert_eq!(
        parse_number("7,040", it),
        Err(InputError::Ambiguous(7.04, 7_040.0))
    );
    assert_eq!(parse_number("1,2,3", it), Err(InputError::NotANumber));
}

#[test]
fn english_readers_may_type_a_decimal_comma_where_it_cannot_group() {
    let en = Notation::POINT;
    assert_eq!(parse_number("20,000", en), Ok(20_000.0));
    assert_eq!(parse_number("7,04", en), Ok(7.04));
    assert_eq!(parse_number("1.234,5", en), Ok(1_234.5));
    assert_eq!(
        parse_number("27.000", en),
        Err(InputError::Ambiguous(27.0, 27_000.0))
    );
    assert_eq!(parse_number("1.234.567", en), Ok(1_234_567.0));
    assert_eq!(parse_number("7.04", en), Ok(7.04));
}

#[test]
fn links_read_only_their_own_notation() {
    assert_eq!(parse_number("27.000", Notation::LINK), Ok(27.0));
    assert_eq!(
        parse_number("7,04", Notation::LINK),
        Err(InputError::NotANumber)
    );
}

#[test]
fn an_ambiguous_text_takes_the_reading_the_field_allows() {
    let it = Lang::It.writing();
    // Chip prices run from US$5,000 to 60,000: 27 is no price, 27 thousand is Reuters' price.
    assert_eq!(check(Field::Chip, "27,000", it), Ok(27_000.0));
    // RMB per US$ runs from 6 to 8: 7.04, not 7,040.
    assert_eq!(check(Field::UsdCny, "7,040", it), Ok(7.04));
    // A trial order may be 20 chips or 20,000: the reader decides.
    assert_eq!(
        check(Field::Order, "20,000", it),
        Err(InputError::Ambiguous(20.0, 20_000.0))
    );
    assert_eq!(check(Field::Order, "20.000", it), Ok(20_000.0));
}

#[test]
fn chinese_readers_write_billions_in_yi() {
    let zh = Lang::Zh.writing();
    // RMB 160 bn is 1,600亿元; RMB 200 bn typed as 2000 亿元.
    assert_eq!(zh.show(Field::Capex, 160.0), "1600");
    assert_eq!(check(Field::Capex, "2000", zh), Ok(200.0));
    assert_eq!(check(Field::Capex, "2,000", zh), Ok(200.0));
    // Prices and rates are not in billions.
    assert_eq!(check(Field::Chip, "27000", zh), Ok(27_000.0));
    assert_eq!(check(Field::UsdCny, "7.04", zh), Ok(7.04));
    // Alphabet's US$91.45 bn is 914.5亿美元.
    assert_eq!(check(Field::Alphabet, "914.5", zh), Ok(91.45));
    assert_eq!(
        check(Field::Capex, "50", zh),
        Err(InputError::BelowMin(10.0))
    );
}

#[test]
fn a_language_switch_rewrites_valid_fields_and_keeps_what_is_pending() {
    let mut editor = Editor::new(article_scenario(), Lang::En.writing());
    editor.edit(Field::Capex, "abc");
    editor.set_writing(Lang::It.writing());
    assert_eq!(editor.text(Field::UsdCny), "7,04");
    assert_eq!(editor.text(Field::Capex), "abc");
    editor.set_writing(Lang::Zh.writing());
    assert_eq!(editor.text(Field::Ai), "850");
    assert_eq!(editor.scenario().ai, 85.0);
}

#[test]
fn browsers_languages_pick_the_first_the_page_speaks() {
    assert_eq!(Lang::first_spoken(["fr-FR", "it-IT", "en"]), Lang::It);
    assert_eq!(Lang::first_spoken(["zh-TW", "zh-CN"]), Lang::Zh);
    assert_eq!(Lang::first_spoken(["zh-Hant-HK", "de"]), Lang::En);
    assert_eq!(Lang::first_spoken(["zh"]), Lang::Zh);
    assert_eq!(Lang::first_spoken(["en-GB", "it"]), Lang::En);
    assert_eq!(Lang::first_spoken([]), Lang::En);
}

#[test]
fn rejects_what_is_not_a_number() {
    assert_eq!(parse_number("", Notation::LINK), Err(InputError::Empty));
    assert_eq!(parse_number("   ", Notation::LINK), Err(InputError::Empty));
    for text in [
        "abc",
        "7,04",
        "12,34,567",
        "1.2.3",
        "inf",
        "NaN",
        "infinity",
        "1,000.5,0",
        "--1",
        "US$5",
    ] {
        assert_eq!(
            parse_number(text, Notation::LINK),
            Err(InputError::NotANumber),
            "{text}"
        );
    }
    assert_eq!(
        parse_number("1e400", Notation::LINK),
        Err(InputError::TooLarge)
    );
}

#[test]
fn values_of_ten_billion_and_more_are_written_whole_not_as_nan() {
    // A host's `set({chip: 1e12})` was written "NaN" and so reported as not a number; it is a
    // number, far above the maximum.
    assert_eq!(plain_decimal(1e10), "10000000000");
    assert_eq!(plain_decimal(1e12), "1000000000000");
    assert_eq!(plain_decimal(-2.5e11), "-250000000000");
    assert_eq!(plain_decimal(2.5e20), "2.5e20");
    assert_eq!(plain_decimal(-1e300), "-1e300");
    assert_eq!(plain_decimal(f64::NAN), "NaN");
    assert_eq!(plain_decimal(f64::INFINITY), "NaN");
    for v in [1e10, 1e12, 2.5e20, 1e300] {
        assert_eq!(
            check(Field::Chip, &plain_decimal(v), Writing::LINK),
            Err(InputError::AboveMax(60_000.0)),
            "{v}"
        );
    }
    assert_eq!(
        check(Field::Chip, &plain_decimal(-1e300), Writing::LINK),
        Err(InputError::BelowMin(5_000.0))
    );
}

#[test]
fn writes_plain_decimals_as_a_reader_would_type_them() {
    assert_eq!(plain_decimal(160.0), "160");
    assert_eq!(plain_decimal(7.04), "7.04");
    assert_eq!(plain_decimal(91.45), "91.45");
    assert_eq!(plain_decimal(0.4), "0.4");
    assert_eq!(plain_decimal(-2.5), "-2.5");
    assert_eq!(plain_decimal(603_693.0), "603693");
    assert_eq!(plain_decimal(160.0 / 7.04), "22.727272727");
    assert_eq!(plain_decimal(0.000_000_000_1), "0");
    assert_eq!(plain_decimal(f64::NAN), "NaN");
}

// ---- The editor: bad input loses nothing ----

#[test]
fn a_valid_edit_updates_the_scenario() {
    let mut e = Editor::default();
    e.edit(Field::Capex, "200");
    assert_eq!(e.scenario().capex, 200.0);
    assert_eq!(e.error(Field::Capex), None);
}

#[test]
fn bad_input_keeps_the_text_and_the_last_valid_scenario() {
    let cases = [
        ("abc", InputError::NotANumber),
        ("-5", InputError::BelowMin(10.0)),
        ("1e400", InputError::TooLarge),
        ("", InputError::Empty),
        ("99999", InputError::AboveMax(500.0)),
    ];
    for (text, error) in cases {
        let mut e = Editor::default();
        e.edit(Field::Capex, text);
        assert_eq!(e.text(Field::Capex), text);
        assert_eq!(e.error(Field::Capex), Some(error), "{text:?}");
        assert_eq!(*e.scenario(), article_scenario(), "{text:?}");
    }
}

#[test]
fn ai_budget_above_capex_is_refused_on_the_ai_field() {
    let mut e = Editor::default();
    e.edit(Field::Ai, "170");
    assert_eq!(e.error(Field::Ai), Some(InputError::AiAboveCapex(160.0)));
    assert_eq!(e.scenario().ai, 85.0);
    assert_eq!(e.text(Field::Ai), "170");
}

#[test]
fn capex_below_ai_budget_is_refused_on_the_capex_field_until_ai_is_lowered() {
    let mut e = Editor::default();
    e.edit(Field::Capex, "50");
    assert_eq!(e.error(Field::Capex), Some(InputError::CapexBelowAi(85.0)));
    assert_eq!(e.scenario().capex, 160.0);
    // Lowering the AI budget makes the pending capex valid: both apply.
    e.edit(Field::Ai, "40");
    assert_eq!((e.scenario().capex, e.scenario().ai), (50.0, 40.0));
    assert!(!e.has_errors());
}

#[test]
fn one_bad_field_does_not_freeze_the_others() {
    let mut e = Editor::default();
    e.edit(Field::Order, "abc");
    e.edit(Field::Chip, "40000");
    assert_eq!(e.scenario().chip, 40_000.0);
    assert_eq!(e.text(Field::Order), "abc");
    assert_eq!(e.scenario().order, 20_000.0);
    // Doubling the price halves the chips: 603,693 → 301,846.
    assert_eq!(evaluate(e.scenario()).chips, 301_846.0);
}

#[test]
fn values_are_kept_to_nine_decimals_so_links_reproduce_them() {
    // Found by the fuzz target: 0.04588888888 was written to a link as 0.045888889.
    let mut e = Editor::default();
    e.edit(Field::Alphabet, "0.04588888888");
    assert_eq!(e.scenario().hyperscalers[1], 0.045_888_889);
    assert_eq!(e.text(Field::Alphabet), "0.04588888888");
    assert_eq!(
        check(
            Field::Alphabet,
            &plain_decimal(e.scenario().hyperscalers[1]),
            Writing::LINK
        ),
        Ok(0.045_888_889)
    );
}

#[test]
fn load_shows_every_value_and_clears_errors() {
    let mut e = Editor::default();
    e.edit(Field::Capex, "abc");
    e.load(article_scenario());
    assert_eq!(e.text(Field::Capex), "160");
    assert_eq!(e.text(Field::UsdCny), "7.04");
    assert!(!e.has_errors());
}

#[test]
fn picking_a_chip_sets_its_price() {
    let mut e = Editor::default();
    e.pick(Field::Chip, ChipModel::B200.price(first()));
    assert_eq!(e.text(Field::Chip), "35000");
    assert_eq!(
        ChipModel::priced_at(e.scenario().chip, first()),
        Some(ChipModel::B200)
    );
}

// ---- Rounding parts to their total ----

#[test]
fn usd_12_07_plus_10_65_shows_as_12_1_plus_10_6_equals_22_7() {
    let parts = round_parts_to_total([85.0 / 7.04, 75.0 / 7.04], 1);
    close(parts[0], 12.1, 1e-9);
    close(parts[1], 10.6, 1e-9);
    close(parts[0] + parts[1], 22.7, 1e-9);
}

// ---- Properties ----

fn in_range(field: Field) -> impl Strategy<Value = f64> {
    let r = field.range();
    r.min..=r.max
}

prop_compose! {
    fn scenario()(
        capex in in_range(Field::Capex),
        ai_share in 0.0..=1.0f64,
        capex25 in in_range(Field::Capex25),
        chip in in_range(Field::Chip),
        order in in_range(Field::Order),
        usdcny in in_range(Field::UsdCny),
        eurusd in in_range(Field::EurUsd),
        h in prop::array::uniform4(in_range(Field::Microsoft)),
    ) -> Scenario {
        Scenario {
            capex,
            capex25,
            ai: (capex * ai_share).max(1.0).min(capex),
            chip,
            order,
            usdcny,
            eurusd,
            hyperscalers: h,
            ..article_scenario()
        }
    }
}

proptest! {
    #[test]
    fn breakdown_sums_to_the_total(s in scenario()) {
        let o = evaluate(&s);
        prop_assert!((o.ai_usd + o.rest_usd - o.capex_usd).abs() <= 1e-9 * o.capex_usd);
        prop_assert!(o.ai_share_pct >= 0.0 && o.ai_share_pct <= 100.0);
    }

    #[test]
    fn rounded_parts_add_up_to_the_rounded_total(a in 0.0..1e4f64, b in 0.0..1e4f64, d in 0i32..=2) {
        let parts = round_parts_to_total([a, b], d);
        let scale = 10f64.powi(d);
        let units = (parts[0] * scale).round() + (parts[1] * scale).round();
        prop_assert_eq!(units, ((a + b) * scale).round());
        prop_assert!((parts[0] - a).abs() < 1.0 / scale && (parts[1] - b).abs() < 1.0 / scale);
    }

    #[test]
    fn chips_are_whole_chips_the_budget_can_pay_for(s in scenario()) {
        let o = evaluate(&s);
        let budget = o.ai_usd * 1e9;
        prop_assert_eq!(o.chips, o.chips.floor());
        prop_assert!(o.chips * s.chip <= budget * (1.0 + 1e-9));
        prop_assert!((o.chips + 1.0) * s.chip > budget);
    }

    #[test]
    fn chips_scale_inversely_with_price(s in scenario(), factor in 1.0..4.0f64) {
        let dearer = Scenario { chip: s.chip * factor, ..s };
        let (cheap, dear) = (evaluate(&s).chips, evaluate(&dearer).chips);
        prop_assert!(dear <= cheap);
        // Whole chips: the exact counts are in ratio `factor`, the floors within one chip.
        prop_assert!((cheap / factor - dear).abs() <= 1.0 / factor + 1.0);
    }

    #[test]
    fn conversions_round_trip(usd in 0.0..1e4f64, usdcny in in_range(Field::UsdCny), eurusd in in_range(Field::EurUsd)) {
        let rates = Rates { usdcny, eurusd };
        for c in Currency::ALL {
            let back = rates.to_usd(rates.from_usd(usd, c), c);
            prop_assert!((back - usd).abs() <= 1e-9 * usd.max(1.0));
        }
    }

    #[test]
    fn plain_decimals_read_back_as_the_same_number(v in -1e9..1e9f64) {
        let text = plain_decimal(v);
        let back = parse_number(&text, Notation::LINK).unwrap();
        prop_assert!((back - v).abs() <= 5e-10 * v.abs().max(1.0), "{} -> {} -> {}", v, text, back);
    }

    #[test]
    fn typed_decimals_read_exactly_as_the_standard_parser_reads_them(
        int in 0u64..1_000_000, frac in 0u64..1_000_000_000, decimals in 0usize..=9, neg: bool,
    ) {
        // Up to 15 significant digits: what readers type, and what plain_decimal writes.
        let mut text = String::new();
        if neg { text.push('-'); }
        text.push_str(&int.to_string());
        if decimals > 0 {
            let digits = format!("{frac:09}");
            text.push('.');
            text.push_str(&digits[..decimals]);
        }
        prop_assert_eq!(parse_number(&text, Notation::LINK), Ok(text.parse::<f64>().unwrap()), "{}", text);
    }

    #[test]
    fn exponents_read_as_the_standard_parser_reads_them(m in 1u64..1_000_000, e in -20i32..=20) {
        let text = format!("{m}e{e}");
        prop_assert_eq!(parse_number(&text, Notation::LINK), Ok(text.parse::<f64>().unwrap()), "{}", text);
    }

    #[test]
    fn any_text_in_any_field_leaves_a_valid_scenario(
        edits in prop::collection::vec((0..Field::COUNT, ".{0,12}"), 1..20)
    ) {
        let mut e = Editor::default();
        for (i, text) in &edits {
            let field = Field::ALL[*i];
            e.edit(field, text);
            prop_assert_eq!(e.text(field), text.as_str());
            let s = e.scenario();
            prop_assert!(s.ai <= s.capex);
            for f in Field::ALL {
                let r = f.range();
                prop_assert!(r.min <= f.get(s) && f.get(s) <= r.max);
            }
            // A field without an error holds what its text says, to nine decimals.
            for f in Field::ALL {
                if e.error(f).is_none() {
                    let typed = parse_number(e.text(f), Notation::LINK).unwrap();
                    prop_assert!((f.get(s) - typed).abs() <= 5e-10, "{} vs {}", f.get(s), typed);
                }
            }
        }
    }

    #[test]
    fn numeric_text_near_the_ranges_never_panics(v in -1e6..1e7f64, i in 0..Field::COUNT) {
        let mut e = Editor::default();
        e.edit(Field::ALL[i], &plain_decimal(v));
        prop_assert!(e.scenario().ai <= e.scenario().capex);
    }
}

#[test]
fn each_language_has_its_entry_page_and_a_link_moves_to_its_language_s() {
    use capex_calculator::model::lang::entry_path;
    assert_eq!(Lang::of_entry_page("/tools/capex/it.html"), Some(Lang::It));
    assert_eq!(Lang::of_entry_page("/zh.html"), Some(Lang::Zh));
    assert_eq!(Lang::of_entry_page("/tools/capex/"), None);
    assert_eq!(Lang::of_entry_page("/tools/capex/index.html"), None);
    assert_eq!(Lang::of_entry_page("/explore.html"), None);
    // From the folder, index.html or another language's page to the language's own page.
    assert_eq!(
        entry_path("/tools/capex/", Some(Lang::It)),
        "/tools/capex/it.html"
    );
    assert_eq!(
        entry_path("/tools/capex/index.html", Some(Lang::Zh)),
        "/tools/capex/zh.html"
    );
    assert_eq!(
        entry_path("/tools/capex/it.html", Some(Lang::Zh)),
        "/tools/capex/zh.html"
    );
    // English is the folder's page; index.html stays as the reader opened it.
    assert_eq!(
        entry_path("/tools/capex/zh.html", Some(Lang::En)),
        "/tools/capex/"
    );
    assert_eq!(
        entry_path("/tools/capex/index.html", Some(Lang::En)),
        "/tools/capex/index.html"
    );
    // No language asked, or not an entry page: the path stays.
    assert_eq!(
        entry_path("/tools/capex/it.html", None),
        "/tools/capex/it.html"
    );
    assert_eq!(entry_path("/explore.html", Some(Lang::It)), "/explore.html");
    assert_eq!(
        entry_path("/capex-calculator-offline.html", Some(Lang::It)),
        "/capex-calculator-offline.html"
    );
}
