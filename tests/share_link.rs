//! Share links, natively: worked examples, round trips, editions, and any input decoding
//! without a panic.
#![cfg(not(target_arch = "wasm32"))]

use capex_calculator::model::share_link::{decode_query, encode_query, parameter_names};
use capex_calculator::model::*;
use proptest::prelude::*;

/// Edition 1, the article's figures: what every link without an edition opens on.
fn first() -> &'static Edition {
    editions::get(1).expect("edition 1")
}

fn article() -> Scenario {
    Scenario::of(first())
}

/// A link on edition 1 with nothing changed.
fn on_first() -> Link {
    Link::on(first())
}

fn pairs(query: &str) -> Vec<(&str, &str)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect()
}

fn decode_str(query: &str) -> Decoded {
    decode(&pairs(query))
}

fn decode_owned(pairs: &[(&'static str, String)]) -> Decoded {
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    decode(&borrowed)
}

#[track_caller]
fn params_of(notes: &[Note]) -> Vec<&str> {
    notes.iter().map(|n| n.param.as_str()).collect()
}

#[test]
fn the_article_encodes_as_the_version_and_its_edition() {
    assert_eq!(
        encode(&on_first()),
        [("v", "1".to_owned()), ("edition", "1".to_owned())]
    );
}

#[test]
fn only_values_that_differ_from_the_defaults_are_written() {
    let link = Link {
        scenario: Scenario {
            capex: 200.0,
            usdcny: 6.96,
            ..article()
        },
        currency: Currency::Eur,
        ..on_first()
    };
    let written: Vec<String> = encode(&link)
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    assert_eq!(
        written,
        [
            "v=1",
            "edition=1",
            "capex=200",
            "usdcny=6.96",
            "currency=eur"
        ]
    );
}

#[test]
fn a_link_with_capex_200_at_6_96_opens_at_us_28_74bn() {
    let d = decode_str("v=1&capex=200&usdcny=6.96&currency=eur");
    assert!(d.notes.is_empty());
    assert!(d.sets_scenario);
    assert_eq!(d.link.currency, Currency::Eur);
    let o = evaluate(&d.link.scenario);
    assert!((o.capex_usd - 200.0 / 6.96).abs() < 1e-12);
}

#[test]
fn malformed_values_are_not_applied_and_each_gets_a_note() {
    let d = decode_str("capex=abc&chip=-5&usdcny=1e400&ai=999&currency=xyz&foo=bar&theme=neon");
    assert_eq!(d.link.scenario, article());
    assert_eq!(d.link.currency, Currency::Usd);
    let mut params = params_of(&d.notes);
    params.sort();
    assert_eq!(
        params,
        ["ai", "capex", "chip", "currency", "theme", "usdcny"]
    );
    let capex = d.notes.iter().find(|n| n.param == "capex").unwrap();
    assert_eq!(capex.reason, NoteReason::Invalid(InputError::NotANumber));
    assert_eq!(capex.value, "abc");
}

#[test]
fn an_ai_budget_above_the_links_capex_is_refused() {
    let d = decode_str("capex=100&ai=120");
    assert_eq!((d.link.scenario.capex, d.link.scenario.ai), (100.0, 85.0));
    assert_eq!(d.notes.len(), 1);
    assert_eq!(d.notes[0].param, "ai");
    assert_eq!(
        d.notes[0].reason,
        NoteReason::Invalid(InputError::AiAboveCapex(100.0))
    );
}

#[test]
fn a_capex_below_the_default_ai_budget_is_refused() {
    let d = decode_str("capex=50");
    assert_eq!(d.link.scenario.capex, 160.0);
    assert_eq!(params_of(&d.notes), ["capex"]);
    // Both set and at odds: the AI budget is refused first, then capex, which is still below
    // the default AI budget; both are reported.
    let d = decode_str("capex=50&ai=60");
    assert_eq!((d.link.scenario.capex, d.link.scenario.ai), (160.0, 85.0));
    assert_eq!(params_of(&d.notes), ["ai", "capex"]);
    // Capex alone fits the lowered AI budget: both apply.
    let d = decode_str("capex=50&ai=40");
    assert_eq!((d.link.scenario.capex, d.link.scenario.ai), (50.0, 40.0));
    assert!(d.notes.is_empty());
}

#[test]
fn a_preset_applies_first_and_explicit_values_override_it() {
    let d = decode_str("chip=30000&preset=h200-reuters");
    assert_eq!(d.preset, Some(Preset::H200Reuters));
    assert_eq!(d.link.scenario.chip, 30_000.0);
    let d = decode_str("preset=h200-reuters");
    assert_eq!(evaluate(&d.link.scenario).chips, 447_180.0);
    let d = decode_str("preset=actuals");
    assert!((evaluate(&d.link.scenario).bigfour_usd - 406.65).abs() < 1e-9);
    let d = decode_str("preset=capex-200");
    assert_eq!(d.link.scenario.capex, 200.0);
    let d = decode_str("preset=nope");
    assert_eq!(params_of(&d.notes), ["preset"]);
}

#[test]
fn every_preset_is_valid_and_recognised() {
    for p in Preset::ALL {
        let s = p.scenario(first());
        assert!(s.ai <= s.capex);
        for f in Field::ALL {
            assert_eq!(
                check(f, &plain_decimal(f.get(&s)), Writing::LINK),
                Ok(f.get(&s)),
                "{p:?} {f:?}"
            );
        }
        assert_eq!(Preset::matching(&s, first()), Some(p));
        assert_eq!(Preset::from_name(p.name()), Some(p));
    }
}

#[test]
fn a_link_from_another_format_version_is_not_applied() {
    let d = decode_str("v=2&capex=200&currency=eur");
    assert_eq!(d.link.scenario, article());
    assert_eq!(d.link.currency, Currency::Usd);
    assert_eq!(params_of(&d.notes), ["v"]);
    assert!(d.sets_scenario);
}

#[test]
fn embedding_options_are_read_and_written() {
    let d = decode_str("embed=1&theme=dark&id=story-chart_2");
    assert!(d.link.embed);
    assert_eq!(d.link.theme, Theme::Dark);
    assert_eq!(d.link.id.as_deref(), Some("story-chart_2"));
    assert!(!d.sets_scenario);
    assert_eq!(
        d.link.edition, 1,
        "a link without an edition is edition 1's"
    );
    let back = decode_owned(&encode(&d.link));
    assert_eq!(back.link, d.link);
    let d = decode_str("id=%3Cscript%3E&embed=maybe");
    assert_eq!(d.link.id, None);
    assert_eq!(params_of(&d.notes), ["id", "embed"]);
}

#[test]
fn the_browser_reads_every_parameter_a_link_writes() {
    let link = Link {
        scenario: Scenario {
            capex: 200.0,
            tokens_google: 50.0,
            ..article()
        },
        currency: Currency::Cny,
        embed: true,
        theme: Theme::Light,
        id: Some("a".into()),
        lang: Some(Lang::Zh),
        host: Some("https://news.example".into()),
        ..on_first()
    };
    let names: Vec<_> = parameter_names().collect();
    for (name, _) in encode(&link) {
        assert!(names.contains(&name), "{name} would not be read back");
    }
}

#[test]
fn a_value_with_more_than_nine_decimals_survives_a_second_round_trip() {
    // The fuzz target's find: googl=.04588888888.
    let d = decode_str("googl=.04588888888");
    let back = decode_owned(&encode(&d.link));
    assert_eq!(back.link, d.link);
}

#[test]
fn unknown_parameters_are_ignored_silently() {
    let d = decode_str("utm_source=news&fbclid=x&hl=it");
    assert!(d.notes.is_empty());
    assert!(!d.sets_scenario);
}

#[test]
fn a_link_names_its_language_without_setting_a_scenario() {
    let d = decode_str("v=1&lang=it");
    assert_eq!(d.link.lang, Some(Lang::It));
    assert!(d.notes.is_empty());
    assert!(
        !d.sets_scenario,
        "a language alone leaves a kept scenario in place"
    );
    let d = decode_str("lang=fr");
    assert_eq!(d.link.lang, None);
    assert_eq!(params_of(&d.notes), ["lang"]);
    let link = Link {
        lang: Some(Lang::Zh),
        ..on_first()
    };
    assert_eq!(
        encode(&link),
        [
            ("v", "1".to_owned()),
            ("edition", "1".to_owned()),
            ("lang", "zh".to_owned())
        ]
    );
}

fn value_in(field: Field) -> impl Strategy<Value = f64> {
    let r = field.range();
    // Six decimals at most: what a reader or the slider can set, exact through the link.
    (r.min..=r.max).prop_map(|v| (v * 1e6).round() / 1e6)
}

prop_compose! {
    fn link()(
        values in Field::ALL.map(value_in),
        currency in prop::sample::select(Currency::ALL.to_vec()),
        embed: bool,
        theme in prop::sample::select(Theme::ALL.to_vec()),
        id in prop::option::of("[a-z0-9_-]{1,20}"),
        lang in prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        host in prop::option::of("https?://[a-z0-9.-]{1,30}(:[0-9]{1,5})?"),
    ) -> Link {
        let mut scenario = article();
        for (f, v) in Field::ALL.into_iter().zip(values) {
            f.set(&mut scenario, v);
        }
        scenario.ai = scenario.ai.min(scenario.capex);
        Link { scenario, currency, embed, theme, id, lang, host, ..on_first() }
    }
}

proptest! {
    #[test]
    fn encode_then_decode_returns_the_same_link(link in link()) {
        let encoded = encode(&link);
        let d = decode_owned(&encoded);
        prop_assert!(d.notes.is_empty(), "{:?}", d.notes);
        prop_assert_eq!(d.link, link);
    }

    #[test]
    fn any_pairs_decode_to_a_valid_scenario(
        raw in prop::collection::vec(
            (prop::sample::select(vec!["v", "capex", "capex25", "ai", "chip", "order", "usdcny",
                "eurusd", "msft", "googl", "amzn", "meta", "tokens", "tokens-google", "currency",
                "preset", "embed", "theme", "id", "x"]), ".{0,16}"),
            0..12)
    ) {
        let borrowed: Vec<(&str, &str)> = raw.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let d = decode(&borrowed);
        let s = d.link.scenario;
        prop_assert!(s.ai <= s.capex);
        for f in Field::ALL {
            let r = f.range();
            prop_assert!(r.min <= f.get(&s) && f.get(&s) <= r.max);
        }
        // Every note names a parameter that was in the link.
        for n in &d.notes {
            prop_assert!(raw.iter().any(|(k, _)| *k == n.param));
        }
    }
}

#[test]
fn a_link_may_name_the_one_site_allowed_to_drive_it() {
    let d = decode_str("v=1&embed=1&host=https://News.example:8443");
    assert_eq!(d.link.host.as_deref(), Some("https://news.example:8443"));
    assert!(d.notes.is_empty());
    for bad in [
        "news.example",
        "https://news.example/path",
        "javascript:alert(1)",
        "https://",
        "https://a b",
    ] {
        let d = decode(&[("host", bad)]);
        assert_eq!(d.link.host, None, "{bad}");
        assert_eq!(params_of(&d.notes), ["host"], "{bad}");
    }
}

// ---- Editions ----

#[test]
fn a_link_without_an_edition_is_edition_1_forever() {
    // Every `v=1` link written before editions existed.
    let d = decode_str("v=1&chip=27000");
    assert_eq!(d.link.edition, 1);
    assert!(!d.link.follow_latest);
    assert_eq!(
        d.link.scenario,
        Scenario {
            chip: 27_000.0,
            ..article()
        }
    );
    assert!(d.notes.is_empty());
}

#[test]
fn a_link_opens_on_the_edition_it_names_or_follows_the_newest() {
    let d = decode_str("v=1&edition=1&capex=170");
    assert_eq!(d.link.edition, 1);
    assert!(d.sets_scenario, "an edition sets the figures");
    let d = decode_str("v=1&edition=latest");
    assert_eq!(d.link.edition, editions::latest().id);
    assert!(d.link.follow_latest);
    assert_eq!(
        encode(&d.link)[1],
        ("edition", "latest".to_owned()),
        "and keeps following"
    );
}

#[test]
fn an_edition_the_build_does_not_have_is_noted_and_the_newest_stands_in() {
    for bad in ["0", "999", "two", "1.5", ""] {
        let d = decode(&[("v", "1"), ("edition", bad)]);
        assert_eq!(d.link.edition, editions::latest().id, "{bad}");
        assert_eq!(params_of(&d.notes), ["edition"], "{bad}");
        assert_eq!(d.notes[0].reason, NoteReason::UnknownEdition);
    }
}

#[test]
fn rebasing_keeps_what_the_link_changed_and_takes_the_rest_from_the_new_edition() {
    let link = decode_str("v=1&edition=1&chip=27000").link;
    let latest = editions::latest();
    let rebased = link.rebased(latest);
    assert_eq!(rebased.edition, latest.id);
    assert_eq!(rebased.scenario.chip, 27_000.0, "the reader's change stays");
    assert_eq!(
        rebased.scenario.capex,
        Scenario::of(latest).capex,
        "what the link did not set is the newest edition's"
    );
}

// ---- Query strings, as the engine reads and writes them ----

#[test]
fn the_engine_reads_a_host_percent_encoded_as_url_search_params_writes_it() {
    // `URLSearchParams` writes `host=https%3A%2F%2Fnews.example`; the engine split the query by
    // hand and named no host. It reads it as the page does now.
    let d = decode_query("v=1&embed=1&host=https%3A%2F%2Fnews.example");
    assert_eq!(d.link.host.as_deref(), Some("https://news.example"));
    assert!(d.notes.is_empty(), "{:?}", d.notes);
    let d = decode_query("?capex=200&lang=it&utm_source=x+y");
    assert_eq!(
        (d.link.scenario.capex, d.link.lang),
        (200.0, Some(Lang::It))
    );
}

#[test]
fn the_engines_query_reads_back_as_the_same_link() {
    let link = Link {
        host: Some("https://news.example:8443".into()),
        id: Some("story_1".into()),
        lang: Some(Lang::It),
        scenario: Scenario {
            capex: 175.5,
            ..article()
        },
        ..on_first()
    };
    let query = encode_query(&link);
    assert!(
        query.contains("host=https%3A%2F%2Fnews.example%3A8443"),
        "{query}"
    );
    assert_eq!(decode_query(&query).link, link);
}

#[test]
fn the_last_of_repeated_parameters_wins_and_others_are_dropped() {
    let d = decode_query("capex=170&tracking=1&capex=180");
    assert_eq!(d.link.scenario.capex, 180.0);
    assert!(d.notes.is_empty());
}
