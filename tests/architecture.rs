//! The layering ARCHITECTURE.md promises, checked on the sources: which place may import which.
//! The model, the texts and the chart geometry import nothing from the browser, so they build
//! and test natively and run anywhere (the engine's worker, the build's native tools); the
//! engine imports nothing of the page; the browser edges nothing of the UI.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const BROWSER: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

/// Every `.rs` file at `path`, or under it, recursively.
fn sources(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        out.extend(sources(&entry.unwrap().path()));
    }
    out.retain(|p| p.extension().is_some_and(|e| e == "rs"));
    out
}

/// The code of a file without its comment lines.
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Asserts that no file at or under `place` names any of `names` (as `name::` or `use name`),
/// and returns how many files it checked.
#[track_caller]
fn imports_none_of(place: &str, names: &[&str]) -> usize {
    let files = sources(&root().join(place));
    for file in &files {
        let code = code(file);
        for name in names {
            let uses = code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"));
            assert!(!uses, "{} names {name}", file.display());
        }
    }
    files.len()
}

#[test]
fn the_model_imports_nothing_from_the_browser_the_texts_or_the_page() {
    let names = [
        &BROWSER[..],
        &[
            "crate::ui",
            "crate::browser",
            "crate::engine",
            "crate::text",
        ],
    ]
    .concat();
    let checked = imports_none_of("src/model", &names);
    assert!(checked >= 20, "only {checked} model files found");
}

#[test]
fn the_texts_import_nothing_from_the_browser_or_the_page() {
    let names = [
        &BROWSER[..],
        &["crate::ui", "crate::browser", "crate::engine"],
    ]
    .concat();
    let checked = imports_none_of("src/text", &names);
    assert!(checked >= 8, "only {checked} text files found");
}

#[test]
fn the_pictures_import_nothing_from_the_browser_or_the_page() {
    imports_none_of(
        "src/picture",
        &[
            &BROWSER[..],
            &["crate::ui", "crate::browser", "crate::engine"],
        ]
        .concat(),
    );
}

#[test]
fn the_engine_imports_nothing_of_the_page() {
    let names = [
        "crate::ui",
        "crate::browser",
        "yew",
        "gloo",
        "capex_calculator::ui",
    ];
    imports_none_of("src/engine", &names);
    imports_none_of("src/bin/engine.rs", &names);
}

#[test]
fn the_browser_edges_import_nothing_of_the_ui() {
    imports_none_of("src/browser", &["crate::ui", "crate::engine", "yew"]);
}

/// serde-wasm-bindgen's decoders cost the first view 20 KB brotli (measured): structured
/// messages are read and written in the engine's worker only.
#[test]
fn only_the_engine_reads_structured_messages_with_serde_wasm_bindgen() {
    let mut checked = 0;
    for file in sources(&root().join("src")) {
        let in_engine =
            file.starts_with(root().join("src/engine")) || file.ends_with("bin/engine.rs");
        if !in_engine {
            assert!(
                !code(&file).contains("serde_wasm_bindgen"),
                "{} uses serde_wasm_bindgen outside the engine",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 40, "only {checked} files found");
}

/// The house rule: no file in `src/` over 300 lines, but for the language tables, which are one
/// `match` per language and grow with the page.
#[test]
fn no_source_file_is_over_300_lines_but_the_language_tables() {
    for file in sources(&root().join("src")) {
        let table = file.starts_with(root().join("src/text"))
            && file
                .file_stem()
                .is_some_and(|s| ["en", "it", "zh"].contains(&s.to_str().unwrap()));
        let lines = std::fs::read_to_string(&file).unwrap().lines().count();
        assert!(
            table || lines <= 300,
            "{} has {lines} lines",
            file.display()
        );
    }
}
