//! Writes the texts of every language but English (which the wasm carries) as the JSON files the
//! page loads when a reader needs them: `lang-it.json`, `lang-zh.json`, each
//! `{"lang": "it", "keys": <count>, "texts": [...]}` in the order of `T::all()`. Run by
//! tests/tools/postbuild.mjs (trunk's post_build hook) into the build's staging directory.
//!
//!   cargo run --example texts -- <directory>

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    use capex_calculator::model::Lang;
    use capex_calculator::ui::text::{text, T};

    let dir = std::env::args()
        .nth(1)
        .expect("usage: cargo run --example texts -- <directory>");
    let keys = T::all();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let texts: Vec<&str> = keys.iter().map(|&key| text(lang, key)).collect();
        let file = serde_json::json!({ "lang": lang.name(), "keys": keys.len(), "texts": texts });
        let path = std::path::Path::new(&dir).join(["lang-", lang.name(), ".json"].concat());
        std::fs::write(&path, file.to_string())?;
        println!("texts: {} ({} texts)", path.display(), keys.len());
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
