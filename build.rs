//! Turns the editions of the figures (`src/editions/<n>.toml`, data an editor changes and
//! reviews in a diff) into Rust the crate compiles: the numbers of every edition
//! (`$OUT_DIR/editions.rs`, in every build, a few dozen bytes each) and their texts in three
//! languages (`$OUT_DIR/edition_texts.rs`, compiled only where texts are: native builds and the
//! bundled-languages builds). The page parses nothing at run time.
//!
//! A file that cannot be read, or that breaks a rule of `src/model/edition_file.rs`, stops the
//! build with a message naming the edition, the figure and the field. The crate checks the one
//! rule the build cannot (each default within its field's bounds) in its tests and again when
//! it writes the language tables (`build/texts.rs`).
//!
//! `CAPEX_EXTRA_EDITIONS=<dir>` adds the editions in another folder after these: the test
//! build's fixture edition (tests/fixtures/editions) comes in this way.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/model/units.rs"]
mod units;

#[allow(dead_code)]
#[path = "src/model/figures.rs"]
mod figures;

#[allow(dead_code)]
#[path = "src/model/edition_file/mod.rs"]
mod edition_file;

use edition_file::{EditionFile, LANGUAGES};
use figures::{Confidence, FigureId, When};
use units::Unit;

fn edition_files(dir: &Path) -> Vec<PathBuf> {
    edition_file::files_in(dir)
        .unwrap_or_else(|e| panic!("editions: cannot read the folder {}: {e}", dir.display()))
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut dirs = vec![root.join("src/editions")];
    println!("cargo:rerun-if-env-changed=CAPEX_EXTRA_EDITIONS");
    if let Some(extra) = std::env::var_os("CAPEX_EXTRA_EDITIONS").filter(|v| !v.is_empty()) {
        dirs.push(root.join(extra));
    }
    for file in [
        "src/model/units.rs",
        "src/model/figures.rs",
        "src/model/edition_file/mod.rs",
        "src/model/edition_file/check.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let mut editions: Vec<(String, EditionFile)> = Vec::new();
    let mut problems = Vec::new();
    for dir in &dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        for path in edition_files(dir) {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("editions: cannot read {name}: {e}"));
            match edition_file::parse(&name, &text) {
                Ok(edition) => editions.push((name, edition)),
                Err(problem) => problems.push(problem),
            }
        }
    }
    if editions.is_empty() && problems.is_empty() {
        panic!("editions: no edition in src/editions: the calculator needs at least one");
    }
    problems.extend(edition_file::check(&editions, &|_| None));
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        panic!(
            "editions: {} problem(s) in the edition files:\n{}",
            problems.len(),
            list.join("\n")
        );
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("editions.rs"), numbers(&editions)).unwrap();
    std::fs::write(out.join("edition_texts.rs"), texts(&editions)).unwrap();
}

/// `EDITIONS`, one entry per edition: its id, its date, and every figure's numbers.
fn numbers(editions: &[(String, EditionFile)]) -> String {
    let mut code = String::from("// Written by build.rs from the edition files: do not edit.\n");
    let _ = writeln!(
        code,
        "pub(super) static EDITIONS: [Edition; {}] = [",
        editions.len()
    );
    for (_, edition) in editions {
        let date = When::parse(&edition.date).unwrap();
        let _ = writeln!(
            code,
            "    Edition {{ id: {}, date: When::{date:?}, figures: [",
            edition.edition
        );
        for id in FigureId::ALL {
            let entry = &edition.figures[id.slug()];
            let unit = Unit::from_name(&entry.unit).unwrap();
            let range = match entry.range.as_deref() {
                Some(&[low, high]) => format!("Some(({low:?}, {high:?}))"),
                _ => "None".to_owned(),
            };
            let when = When::parse(&entry.date).unwrap();
            let confidence = Confidence::from_name(&entry.confidence).unwrap();
            let _ = writeln!(
                code,
                "        Figure {{ id: FigureId::{id:?}, value: {:?}, unit: Unit::{unit:?}, range: {range}, when: When::{when:?}, confidence: Confidence::{confidence:?} }},",
                entry.value
            );
        }
        code.push_str("    ] },\n");
    }
    code.push_str("];\n");
    code
}

/// `TEXTS`: for every edition and figure, what it is, who reported it and what they said, in
/// every language (in the order of `edition_file::LANGUAGES`), and where to find it.
fn texts(editions: &[(String, EditionFile)]) -> String {
    let mut code = String::from("// Written by build.rs from the edition files: do not edit.\n");
    let _ = writeln!(
        code,
        "pub(super) static TEXTS: [[FigureTexts; {}]; {}] = [",
        FigureId::COUNT,
        editions.len()
    );
    for (_, edition) in editions {
        code.push_str("    [\n");
        for id in FigureId::ALL {
            let entry = &edition.figures[id.slug()];
            let each = |texts: &Option<edition_file::Texts>| {
                let texts = texts.as_ref().unwrap();
                let list: Vec<String> = LANGUAGES
                    .iter()
                    .map(|l| format!("{:?}", texts.get(l).unwrap()))
                    .collect();
                format!("[{}]", list.join(", "))
            };
            let _ = writeln!(
                code,
                "        FigureTexts {{ what: {}, source: {}, note: {}, url: {:?} }},",
                each(&entry.what),
                each(&entry.source),
                each(&entry.note),
                entry.url
            );
        }
        code.push_str("    ],\n");
    }
    code.push_str("];\n");
    code
}
