//! Any query string decodes to a valid scenario (or the defaults) with notes, never a panic,
//! and re-encoding what was decoded reads back the same; any text typed into any field leaves
//! the editor's scenario valid.
#![no_main]

use capex_calculator::model::{decode, encode, Editor, Field};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let decoded = decode(&pairs);
    let s = decoded.link.scenario;
    assert!(s.ai <= s.capex);
    for f in Field::ALL {
        let r = f.range();
        assert!(r.min <= f.get(&s) && f.get(&s) <= r.max, "{f:?} out of range");
    }
    let written = encode(&decoded.link);
    let again: Vec<(&str, &str)> = written.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let back = decode(&again);
    assert!(back.notes.is_empty(), "{:?}", back.notes);
    assert_eq!(back.link, decoded.link);

    let mut editor = Editor::default();
    for (i, (_, value)) in pairs.iter().enumerate() {
        let field = Field::ALL[i % Field::COUNT];
        editor.edit(field, value);
        assert_eq!(editor.text(field), *value);
        let s = editor.scenario();
        assert!(s.ai <= s.capex);
    }
});
