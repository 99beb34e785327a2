//! Any JSON a host page could post decodes to a message or an error, never a panic; a `set`
//! applied to any scenario leaves a valid one (every value in its range, the AI budget within
//! capex), names every value it did not apply, and writes a link that reads back the same.
#![no_main]

use capex_calculator::model::host_message::{apply_set, HostMessage};
use capex_calculator::model::{decode, encode, Field};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

fuzz_target!(|data: &[u8]| {
    // The first line is the current scenario as a link's query; the rest, the message.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (query, json) = text.split_once('\n').unwrap_or(("", text));
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return;
    };
    let Ok(HostMessage::Set { values }) = HostMessage::deserialize(value) else {
        return;
    };
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let current = decode(&pairs).link;
    let (link, errors) = apply_set(&current, &values);
    let s = link.scenario;
    assert!(s.ai <= s.capex);
    for f in Field::ALL {
        let r = f.range();
        assert!(r.min <= f.get(&s) && f.get(&s) <= r.max, "{f:?} out of range");
    }
    // Every error names a value the message sent (or the parameter a link's check blamed).
    for e in &errors {
        let named = values.contains_key(&e.field) || Field::from_name(&e.field).is_some();
        assert!(named && !e.reason.is_empty(), "{e:?}");
    }
    let written = encode(&link);
    let again: Vec<(&str, &str)> = written.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let back = decode(&again);
    assert!(back.notes.is_empty(), "{:?}", back.notes);
    assert_eq!(back.link, link);
});
