//! Messages from a host page, natively: serde_json values drive the same Deserialize impls the
//! page's engine uses through serde-wasm-bindgen, then the same checks as links.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use capex_calculator::model::host_message::{apply_set, HostMessage, HostValue};
use capex_calculator::model::*;
use serde::Deserialize;
use serde_json::json;

#[track_caller]
fn message(value: serde_json::Value) -> HostMessage {
    HostMessage::deserialize(value).expect("a message")
}

#[track_caller]
fn values(value: serde_json::Value) -> BTreeMap<String, HostValue> {
    match message(json!({ "type": "capex-calculator:set", "values": value })) {
        HostMessage::Set { values } => values,
        other => panic!("not a set: {other:?}"),
    }
}

#[test]
fn the_three_messages_and_hello_read_as_themselves() {
    assert_eq!(
        message(json!({"type": "capex-calculator:reset"})),
        HostMessage::Reset
    );
    assert_eq!(
        message(json!({"type": "capex-calculator:subscribe", "extra": [1, 2]})),
        HostMessage::Subscribe
    );
    assert_eq!(
        message(json!({"type": "capex-calculator:hello"})),
        HostMessage::Hello
    );
    let v = values(json!({"chip": 27000, "currency": "eur", "capex": "200"}));
    assert_eq!(v["chip"], HostValue::Number(27000.0));
    assert_eq!(v["currency"], HostValue::Text("eur".into()));
    assert_eq!(v["capex"], HostValue::Text("200".into()));
}

#[test]
fn anything_else_is_an_error_not_a_guess() {
    for bad in [
        json!({"type": "capex-calculator:launch"}),
        json!({"type": "other:set", "values": {}}),
        json!({"type": 7}),
        json!({"values": {"chip": 1}}),
        json!({"type": "capex-calculator:set"}),
        json!({"type": "capex-calculator:set", "values": [1, 2]}),
        json!({"type": "capex-calculator:set", "values": "chip=1"}),
        json!("capex-calculator:reset"),
        json!(null),
    ] {
        assert!(HostMessage::deserialize(bad.clone()).is_err(), "{bad}");
    }
}

#[test]
fn reuters_price_sets_447_180_chips_and_nothing_is_reported() {
    let (link, errors) = apply_set(&Link::default(), &values(json!({"chip": 27000})));
    assert!(errors.is_empty(), "{errors:?}");
    // RMB 85 bn at 7.04 is US$12.07 bn: 447,180 chips at US$27,000.
    assert_eq!(evaluate(&link.scenario).chips, 447_180.0);
}

#[test]
fn a_bad_value_changes_nothing_and_is_named() {
    let current = Link {
        scenario: Scenario {
            capex: 200.0,
            ..Scenario::default()
        },
        ..Link::default()
    };
    let (link, errors) = apply_set(&current, &values(json!({"chip": 1, "usdcny": 6.96})));
    assert_eq!(
        link.scenario.chip, 20_000.0,
        "the bad chip price is not applied"
    );
    assert_eq!(link.scenario.usdcny, 6.96, "the good rate is");
    assert_eq!(
        link.scenario.capex, 200.0,
        "what the message does not set stays"
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].field.as_str(), errors[0].reason),
        ("chip", "below-min")
    );
}

#[test]
fn unknown_names_and_wrong_kinds_are_reported_and_the_rest_applies() {
    let (link, errors) = apply_set(
        &Link::default(),
        &values(json!({"capex": 210, "flux": 3, "ai": true, "embed": 0, "order": null})),
    );
    assert_eq!(link.scenario.capex, 210.0);
    let reasons: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("ai", "wrong-kind"),
            ("embed", "unknown-field"),
            ("flux", "unknown-field"),
            ("order", "wrong-kind")
        ]
    );
}

#[test]
fn the_rule_between_fields_holds_for_hosts_too() {
    let (link, errors) = apply_set(&Link::default(), &values(json!({"ai": 170})));
    assert_eq!(link.scenario.ai, 85.0);
    assert_eq!(errors[0].reason, "ai-above-capex");
    let (link, errors) = apply_set(&Link::default(), &values(json!({"ai": 170, "capex": 180})));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!((link.scenario.capex, link.scenario.ai), (180.0, 170.0));
}

#[test]
fn a_preset_replaces_the_scenario_and_explicit_values_win_over_it() {
    let current = Link {
        scenario: Scenario {
            capex: 300.0,
            ..Scenario::default()
        },
        currency: Currency::Eur,
        lang: Some(Lang::It),
        embed: true,
        id: Some("story".into()),
        ..Link::default()
    };
    let (link, errors) = apply_set(
        &current,
        &values(json!({"preset": "h200-reuters", "usdcny": 7.1})),
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        link.scenario.capex, 160.0,
        "the preset's capex, not the old one"
    );
    assert_eq!(link.scenario.chip, 27_000.0);
    assert_eq!(link.scenario.usdcny, 7.1);
    // How the page is shown stays: currency, language, embedding.
    assert_eq!(
        (link.currency, link.lang, link.embed),
        (Currency::Eur, Some(Lang::It), true)
    );
    assert_eq!(link.id.as_deref(), Some("story"));
}

#[test]
fn names_are_checked_as_links_check_them() {
    let (link, errors) = apply_set(
        &Link::default(),
        &values(json!({"currency": "gbp", "lang": "zh", "preset": "moon"})),
    );
    assert_eq!(link.lang, Some(Lang::Zh));
    assert_eq!(link.currency, Currency::Usd);
    let mut fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    fields.sort_unstable();
    assert_eq!(fields, ["currency", "preset"]);
}

#[test]
fn a_number_of_ten_billion_and_more_is_above_the_maximum_not_no_number() {
    // `set({chip: 1e12})` was written "NaN" on its way to the check and reported as
    // not-a-number.
    for (value, reason) in [
        (1e12, "above-max"),
        (2.5e20, "above-max"),
        (-1e15, "below-min"),
    ] {
        let (link, errors) = apply_set(&Link::default(), &values(json!({ "chip": value })));
        assert_eq!(link.scenario.chip, Link::default().scenario.chip, "{value}");
        assert_eq!(errors.len(), 1, "{value}: {errors:?}");
        assert_eq!(
            (errors[0].field.as_str(), errors[0].reason),
            ("chip", reason),
            "{value}"
        );
    }
}

#[test]
fn an_edition_is_set_only_if_the_build_has_it() {
    let first = editions::get(1).expect("edition 1");
    let on_first = Link {
        scenario: Scenario {
            chip: 27_000.0,
            ..Scenario::of(first)
        },
        ..Link::on(first)
    };
    let beyond = editions::latest().id + 1;
    for bad in [json!(beyond), json!("two"), json!(0), json!(1.5)] {
        let (link, errors) = apply_set(&on_first, &values(json!({ "edition": bad, "capex": 170 })));
        assert_eq!(link.edition, 1, "{bad}: the edition stays");
        assert_eq!(
            link.scenario.chip, 27_000.0,
            "{bad}: nothing the page set is lost"
        );
        assert_eq!(link.scenario.capex, 170.0, "{bad}: the rest applies");
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert_eq!(
            (errors[0].field.as_str(), errors[0].reason),
            ("edition", "unknown-edition")
        );
        assert!(
            errors[0].message.contains("edition"),
            "{}",
            errors[0].message
        );
    }
    let (link, errors) = apply_set(&on_first, &values(json!({ "edition": "latest" })));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        (link.edition, link.follow_latest),
        (editions::latest().id, true)
    );
    assert_eq!(link.scenario.chip, 27_000.0, "the page's own change stays");
    let (link, errors) = apply_set(&on_first, &values(json!({ "edition": 1 })));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(link.edition, 1);
}
