//! The pure parts of the page, natively: chart geometry and text templates.
#![cfg(not(target_arch = "wasm32"))]

use capex_calculator::model::{Currency, FigureId, Unit};
use capex_calculator::ui::charts::geometry::{coord, nice_step, stack, Axis, LinearScale};
use capex_calculator::ui::text::{fill, segments, text, Lang, Segment, T};

#[test]
fn axis_for_the_us_four_376_2bn_runs_to_400_by_100() {
    let axis = Axis::covering(376.2);
    assert_eq!((axis.max, axis.step), (400.0, 100.0));
    let ticks: Vec<f64> = axis.ticks().collect();
    assert_eq!(ticks, [0.0, 100.0, 200.0, 300.0, 400.0]);
}

#[test]
fn axis_for_bytedance_22_7bn_runs_to_30_by_10() {
    assert_eq!(
        Axis::covering(22.727),
        Axis {
            max: 30.0,
            step: 10.0
        }
    );
}

#[test]
fn axis_for_nothing_is_still_an_axis() {
    for v in [0.0, -3.0, f64::NAN, f64::INFINITY] {
        let axis = Axis::covering(v);
        assert!(axis.max > 0.0 && axis.step > 0.0);
    }
}

#[test]
fn nice_steps_are_1_2_or_5_times_a_power_of_ten() {
    assert_eq!(nice_step(94.05), 100.0);
    assert_eq!(nice_step(5.68), 10.0);
    assert_eq!(nice_step(1.5), 2.0);
    assert_eq!(nice_step(0.3), 0.5);
    assert_eq!(nice_step(2000.0), 2000.0);
}

#[test]
fn linear_scale_maps_and_clamps() {
    let s = LinearScale {
        max: 400.0,
        start: 130.0,
        len: 360.0,
    };
    assert_eq!(s.at(0.0), 130.0);
    assert_eq!(s.at(200.0), 310.0);
    assert_eq!(s.length(376.2), 376.2 / 400.0 * 360.0);
    assert_eq!(s.length(-5.0), 0.0);
    assert_eq!(s.length(800.0), 360.0);
}

#[test]
fn stacked_ai_85_and_rest_75_split_600_units_at_318_75() {
    let [(x0, w0), (x1, w1)] = stack([85.0, 75.0], 0.0, 600.0);
    assert_eq!((x0, w0), (0.0, 318.75));
    assert_eq!((x1, w1), (318.75, 281.25));
}

#[test]
fn coordinates_are_written_to_a_tenth() {
    assert_eq!(coord(318.75), "318.8");
    assert_eq!(coord(130.0), "130");
}

#[test]
fn templates_fill_their_slots_in_any_order() {
    assert_eq!(
        fill("{1} of {0}", &["US$12 bn", "3.3%"]),
        "3.3% of US$12 bn"
    );
    assert_eq!(fill("no slots", &[]), "no slots");
    assert_eq!(fill("{x} {0}", &["a"]), "{x} a");
    assert_eq!(fill("\u{20ac}{0} bn", &["19.4"]), "\u{20ac}19.4 bn");
    assert_eq!(fill("{3}", &["a"]), "");
    // A brace that opens no slot stays literal text, also at the end or unclosed.
    assert_eq!(fill("{", &[]), "{");
    assert_eq!(fill("50{% of {0}", &["x"]), "50{% of x");
    assert_eq!(fill("{0}{", &["\u{20ac}"]), "\u{20ac}{");
    let parts: Vec<_> = segments("{0} and {1}").collect();
    assert_eq!(
        parts,
        [Segment::Slot(0), Segment::Text(" and "), Segment::Slot(1)]
    );
}

/// The slots a template fills, each once.
fn slots(template: &str) -> Vec<usize> {
    let mut found: Vec<usize> = segments(template)
        .filter_map(|s| match s {
            Segment::Slot(i) => Some(i),
            Segment::Text(_) => None,
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[test]
fn every_key_has_a_text_in_every_language_with_the_same_slots() {
    let keys = T::all();
    assert!(keys.len() > 200, "only {} keys listed", keys.len());
    for key in keys {
        let english = slots(text(Lang::En, key));
        for lang in Lang::ALL {
            let t = text(lang, key);
            assert!(!t.trim().is_empty(), "{key:?} has no text in {lang:?}");
            assert_eq!(
                slots(t),
                english,
                "{key:?}: {lang:?} fills other slots than English"
            );
        }
    }
}

/// Texts that read the same in Italian as in English: names, symbols and slots only, and two
/// words Italian newsrooms use as they are.
fn same_in_italian(key: T) -> bool {
    use capex_calculator::model::Field as Fd;
    matches!(
        key,
        T::Microsoft
            | T::Alphabet
            | T::Amazon
            | T::Meta
            | T::ByteDance2026
            | T::AlphabetGoogle
            | T::SourceDated
            | T::ListSeparator
            | T::UnitRmbPerUsd
            | T::PresetPicker
            | T::ChipPicker
            | T::CurrencyName(_)
            | T::Field(Fd::UsdCny | Fd::EurUsd)
            | T::FieldValue(Fd::UsdCny)
    ) || formula(key)
        || matches!(key, T::Source(_))
            && ["Financial Times", "Reuters", "Goldman Sachs"].contains(&text(Lang::En, key))
}

/// Texts that read the same in Chinese: company names written in Latin letters, and formulas.
fn same_in_chinese(key: T) -> bool {
    matches!(key, T::Alphabet | T::Meta) || formula(key)
}

/// A column heading that is a formula: `B − A`.
fn formula(key: T) -> bool {
    #[cfg(feature = "explore")]
    if key == T::ColDiff {
        return true;
    }
    let _ = key;
    false
}

#[test]
fn italian_and_chinese_are_translated_not_left_in_english() {
    for key in T::all() {
        let english = text(Lang::En, key);
        if text(Lang::It, key) == english {
            assert!(
                same_in_italian(key),
                "{key:?} is English on the Italian page: {english}"
            );
        }
        if text(Lang::Zh, key) == english {
            assert!(
                same_in_chinese(key),
                "{key:?} is English on the Chinese page: {english}"
            );
        }
    }
}

#[test]
fn money_templates_take_the_number_and_name_the_currency() {
    for lang in Lang::ALL {
        for c in Currency::ALL {
            assert_eq!(slots(text(lang, T::Bn(c))), [0], "{lang:?} {c:?}");
        }
    }
    assert_eq!(
        fill(text(Lang::It, T::Bn(Currency::Usd)), &["22,7"]),
        "22,7 miliardi di US$"
    );
    assert_eq!(
        fill(text(Lang::Zh, T::Bn(Currency::Cny)), &["1,600"]),
        "1,600亿元"
    );
    assert!(text(Lang::En, T::Figure(FigureId::IgBonds2025)).contains("2025"));
}

/// The CSV download in each language (the engine writes it; its words are a table of their own
/// in `model::export`).
fn csv_in(lang: Lang) -> String {
    use capex_calculator::model::export::csv;
    use capex_calculator::model::{evaluate, Link};
    let link = Link::default();
    csv(&link, &evaluate(&link.scenario), lang)
}

#[test]
fn the_csv_speaks_the_readers_language_and_keeps_the_contract_names_and_numbers() {
    let en = csv_in(Lang::En);
    assert!(
        en.starts_with("name,value,unit\ninput:capex,160,RMB bn\n"),
        "{en}"
    );
    assert!(en.contains("\nchips,603693,chips\n"), "{en}");
    let it = csv_in(Lang::It);
    assert!(
        it.starts_with("nome,valore,unità\ninput:capex,160,miliardi di RMB\n"),
        "{it}"
    );
    assert!(it.contains("\nchips,603693,chip\n"), "{it}");
    let zh = csv_in(Lang::Zh);
    assert!(
        zh.starts_with("名称,数值,单位\ninput:capex,160,十亿元人民币\n"),
        "{zh}"
    );
    // Same rows, same names, same numbers: only the words differ.
    let cells = |csv: &str| -> Vec<(String, String)> {
        csv.lines()
            .skip(1)
            .map(|l| {
                let mut c = l.splitn(3, ',');
                (c.next().unwrap().to_owned(), c.next().unwrap().to_owned())
            })
            .collect()
    };
    assert_eq!(cells(&it), cells(&en));
    assert_eq!(cells(&zh), cells(&en));
}

#[test]
fn the_csv_words_are_translated_with_three_columns_in_every_language() {
    use capex_calculator::model::export::{csv_header, unit_in};
    for lang in [Lang::En, Lang::It, Lang::Zh] {
        assert_eq!(csv_header(lang).split(',').count(), 3, "{lang:?}");
    }
    for unit in Unit::ALL {
        let english = unit_in(Lang::En, unit);
        assert!(!english.is_empty());
        // Currency codes and their ratio read the same in Italian.
        let same_in_italian = matches!(unit, Unit::Usd | Unit::RmbPerUsd);
        assert_eq!(
            unit_in(Lang::It, unit) == english,
            same_in_italian,
            "{unit:?} in Italian"
        );
        assert_ne!(unit_in(Lang::Zh, unit), english, "{unit:?} in Chinese");
    }
}
