//! The layering ARCHITECTURE.md promises: the model and the chart geometry import nothing from
//! the browser, so they build and test natively and can run anywhere.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "crate::ui",
];

#[track_caller]
fn assert_pure(path: &Path) {
    let source = std::fs::read_to_string(path).unwrap();
    for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for name in BROWSER_CRATES {
            let uses = line.contains(&format!("{name}::")) || line.contains(&format!("use {name}"));
            assert!(!uses, "{} imports {name}: {line}", path.display());
        }
    }
}

#[test]
fn the_model_imports_nothing_from_the_browser_or_the_ui() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        assert_pure(&entry.unwrap().path());
        checked += 1;
    }
    assert!(checked >= 7, "only {checked} model files found");
}

#[test]
fn chart_geometry_and_text_import_nothing_from_the_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in [
        "src/ui/charts/geometry.rs",
        "src/ui/text/mod.rs",
        "src/ui/text/en.rs",
        "src/ui/text/it.rs",
        "src/ui/text/zh.rs",
    ] {
        let source = std::fs::read_to_string(root.join(file)).unwrap();
        for name in ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
            assert!(
                !source.contains(&format!("{name}::")),
                "{file} imports {name}"
            );
        }
    }
}
