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

/// Every `.rs` file under `dir`, recursively.
fn sources(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
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

#[test]
fn the_engine_imports_nothing_of_the_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = sources(&root.join("src/engine"));
    files.push(root.join("src/bin/engine.rs"));
    for file in files {
        let code = code(&file);
        for name in [
            "crate::ui",
            "crate::browser",
            "yew",
            "gloo",
            "capex_calculator::ui",
        ] {
            assert!(
                !code.contains(&format!("{name}::")) && !code.contains(&format!("use {name}")),
                "{} imports {name}",
                file.display()
            );
        }
    }
}

/// serde-wasm-bindgen's decoders cost the first view 20 KB brotli (measured): structured
/// messages are read and written in the engine's worker only.
#[test]
fn only_the_engine_reads_structured_messages_with_serde_wasm_bindgen() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for file in sources(&root.join("src")) {
        let in_engine =
            file.starts_with(root.join("src/engine")) || file.ends_with("bin/engine.rs");
        if !in_engine {
            assert!(
                !code(&file).contains("serde_wasm_bindgen"),
                "{} uses serde_wasm_bindgen outside the engine",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} files found");
}
