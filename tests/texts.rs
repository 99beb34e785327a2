//! The texts, natively: templates, every key in every language with the same slots, the
//! translations, the CSV download's words, and the tables' layouts.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::slots;

use capex_calculator::model::{editions, Currency, FigureId, Unit};
use capex_calculator::text::explore::{self, X};
use capex_calculator::text::{figure, fill, segments, text, Lang, Part, Segment, T};

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

/// Every text of every table: the page's two parts, the explore page's, and the words around
/// every edition's figures, each with a name for messages.
fn every_text(lang: Lang) -> Vec<(String, &'static str)> {
    let mut texts: Vec<(String, &'static str)> = T::every()
        .into_iter()
        .map(|k| (format!("{k:?}"), text(lang, k)))
        .collect();
    texts.extend(
        X::all()
            .into_iter()
            .map(|k| (format!("{k:?}"), explore::text(lang, k))),
    );
    for edition in editions::all() {
        for id in FigureId::ALL {
            let t = figure(lang, edition.index(), id).expect("every figure has texts");
            for (field, value) in [("what", t.what), ("source", t.source), ("note", t.note)] {
                texts.push((
                    format!("edition {} {} {field}", edition.id, id.slug()),
                    value,
                ));
            }
        }
    }
    texts
}

#[test]
fn every_key_has_a_text_in_every_language_with_the_same_slots() {
    let english = every_text(Lang::En);
    assert!(english.len() > 250, "only {} texts listed", english.len());
    for lang in Lang::ALL {
        let texts = every_text(lang);
        assert_eq!(texts.len(), english.len());
        for ((name, t), (_, en)) in texts.iter().zip(&english) {
            assert!(!t.trim().is_empty(), "{name} has no text in {lang:?}");
            assert_eq!(
                slots(t),
                slots(en),
                "{name}: {lang:?} fills other slots than English"
            );
        }
    }
}

#[test]
fn each_part_lists_its_keys_in_the_order_of_their_slots() {
    for part in [Part::First, Part::Later] {
        for (i, key) in T::all(part).into_iter().enumerate() {
            assert_eq!(key.slot(), (part, i), "{key:?}");
        }
    }
    for (i, key) in X::all().into_iter().enumerate() {
        assert_eq!(key.slot(), i, "{key:?}");
    }
    assert_eq!(
        T::every().len(),
        T::all(Part::First).len() + T::all(Part::Later).len()
    );
}

#[test]
fn each_table_has_its_own_layout_fingerprint() {
    use capex_calculator::text::{layout, layout_of};
    let [first, later, explore] = [Part::First, Part::Later, Part::Explore].map(layout_of);
    assert!(first != later && later != explore && first != explore);
    assert_eq!(first.len(), 16);
    // Any change to the list of keys changes the fingerprint.
    assert_ne!(
        layout(&["Title", "Lede"], &[]),
        layout(&["Lede", "Title"], &[])
    );
    assert_ne!(
        layout(&["Title"], &[("Field", 13)]),
        layout(&["Title"], &[("Field", 14)])
    );
    assert_ne!(layout(&["TitleLede"], &[]), layout(&["Title", "Lede"], &[]));
}

/// Texts that read the same in Italian as in English: names, symbols and slots only, and two
/// words Italian newsrooms use as they are.
fn same_in_italian(key: T) -> bool {
    matches!(
        key,
        T::Microsoft
            | T::Alphabet
            | T::Amazon
            | T::Meta
            | T::ByteDance2026
            | T::AlphabetGoogle
            | T::SourceDated
            | T::ChartItem
            | T::ListSeparator
            | T::RangeEnds
            | T::PresetPicker
            | T::ChipPicker
    )
}

/// Texts that read the same in Chinese: company names written in Latin letters.
fn same_in_chinese(key: T) -> bool {
    matches!(key, T::Alphabet | T::Meta)
}

#[test]
fn italian_and_chinese_are_translated_not_left_in_english() {
    for key in T::every() {
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
        "22,7 miliardi di dollari"
    );
    assert_eq!(
        fill(text(Lang::Zh, T::Bn(Currency::Cny)), &["1,600"]),
        "1,600亿元"
    );
    let bonds = figure(Lang::En, 0, FigureId::IgBonds2025).unwrap();
    assert!(bonds.what.contains("2025"));
}

/// The CSV download in each language (the engine writes it; its words are a table of their own
/// in `model::export`).
fn csv_in(lang: Lang) -> String {
    use capex_calculator::model::export::csv;
    use capex_calculator::model::{evaluate, Link};
    let link = Link::on(editions::get(1).unwrap());
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
        assert!(csv_header(lang).iter().all(|c| !c.is_empty()), "{lang:?}");
    }
    for unit in Unit::ALL {
        let english = unit_in(Lang::En, unit);
        assert!(!english.is_empty());
        assert_ne!(unit_in(Lang::It, unit), english, "{unit:?} in Italian");
        assert_ne!(unit_in(Lang::Zh, unit), english, "{unit:?} in Chinese");
    }
}
