//! Writes the texts of every language as the JSON files the page loads before it speaks one
//! (the wasm carries none): `lang-en.json`, `lang-it.json`, `lang-zh.json`, each
//! `{"lang": "it", "keys": <count>, "texts": [...]}` in the order of `T::all()`. Run by
//! tests/tools/postbuild.mjs (trunk's post_build hook) into the build's staging directory.
//!
//!   cargo run --example texts -- <directory> [<file prefix>]
//!
//! With `--features explore` and the prefix `explore-`, the explore page's tables
//! (`explore-lang-it.json`), which add its own texts.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    use capex_calculator::model::Lang;
    use capex_calculator::ui::text::{text, T};

    let dir = std::env::args()
        .nth(1)
        .expect("usage: cargo run --example texts -- <directory>");
    let prefix = std::env::args().nth(2).unwrap_or_default();
    let keys = T::all();
    for lang in Lang::ALL {
        let texts: Vec<&str> = keys.iter().map(|&key| text(lang, key)).collect();
        let file = serde_json::json!({ "lang": lang.name(), "keys": keys.len(), "texts": texts });
        let name = [prefix.as_str(), "lang-", lang.name(), ".json"].concat();
        let path = std::path::Path::new(&dir).join(name);
        std::fs::write(&path, file.to_string())?;
        println!("texts: {} ({} texts)", path.display(), keys.len());
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
