//! Writes the page's texts as the files it loads (the wasm carries none), from a native build of
//! the same tables (`src/text/`) and editions (`src/editions/`), into a build's staging
//! directory. Run by `build/postbuild.mjs` (trunk's post_build hook).
//!
//!   cargo run --example texts -- <directory>            # lang-<code>.json, lang-<code>-later.json
//!   cargo run --example texts -- <directory> --explore  # and explore-lang-<code>.json
//!
//! Each file: `{"lang": "it", "part": "first", "layout": "<16 hex>", "texts": [...]}`, the texts
//! in the order of their part's keys, and the layout's fingerprint, which the page checks. The
//! later file adds `figures`: for every edition, every figure's what, source, note and url.
//!
//! Before writing anything it checks the edition files (`model::editions::check_files`) and
//! stops the build with every problem, naming the figure and the field.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use capex_calculator::model::{editions, FigureId, Lang};
    use capex_calculator::text::explore::{self, X};
    use capex_calculator::text::{figure, layout_of, text, Panel, Part, T};
    use std::path::{Path, PathBuf};

    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .expect("usage: cargo run --example texts -- <directory> [--explore]");
    let exploring = args.next().as_deref() == Some("--explore");

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = vec![root.join("src/editions")];
    if let Some(extra) = std::env::var_os("CAPEX_EXTRA_EDITIONS").filter(|v| !v.is_empty()) {
        folders.push(root.join(PathBuf::from(extra)));
    }
    let problems = editions::check_files(&folders);
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("editions: {problem}");
        }
        eprintln!("editions: {} problem(s); no texts written", problems.len());
        std::process::exit(1);
    }

    let write = |name: String, json: serde_json::Value| {
        let path = Path::new(&dir).join(&name);
        std::fs::write(&path, json.to_string())
            .unwrap_or_else(|e| panic!("texts: cannot write {}: {e}", path.display()));
        println!("texts: {}", path.display());
    };
    for lang in Lang::ALL {
        let first: Vec<&str> = T::all(Part::First)
            .into_iter()
            .map(|k| text(lang, k))
            .collect();
        write(
            ["lang-", lang.name(), ".json"].concat(),
            serde_json::json!({
                "lang": lang.name(), "part": "first", "layout": layout_of(Part::First), "texts": first,
            }),
        );
        let later: Vec<&str> = T::all(Part::Later)
            .into_iter()
            .map(|k| text(lang, k))
            .collect();
        let mut figures: Vec<&str> = Vec::new();
        let mut panels: Vec<String> = Vec::new();
        for edition in editions::all() {
            for id in FigureId::ALL {
                let t = figure(lang, edition.index(), id).expect("every edition has every figure");
                figures.extend([t.what, t.source, t.note, t.url]);
            }
            panels.extend(Panel::ALL.map(|p| p.write(lang, edition)));
        }
        write(
            ["lang-", lang.name(), "-later.json"].concat(),
            serde_json::json!({
                "lang": lang.name(), "part": "later", "layout": layout_of(Part::Later),
                "texts": later, "figures": figures, "panels": panels,
            }),
        );
        if exploring {
            let texts: Vec<&str> = X::all()
                .into_iter()
                .map(|k| explore::text(lang, k))
                .collect();
            write(
                ["explore-lang-", lang.name(), ".json"].concat(),
                serde_json::json!({
                    "lang": lang.name(), "part": "explore", "layout": layout_of(Part::Explore),
                    "texts": texts,
                }),
            );
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
