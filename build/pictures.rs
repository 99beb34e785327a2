//! Draws the article's scenario (each edition's figures, nothing changed) in every language as
//! the pictures the build publishes, from the same code as the engine's picture download
//! (`src/picture/card.rs`), rasterised natively with resvg and the system's fonts:
//!
//!   cargo run --release --example pictures -- <directory>
//!
//! writes, for every edition N and language,
//! - `card-eN-<lang>.png`: the social card a shared link unfurls into, 1200 × 630 px;
//! - `fallback-eN-<lang>.png`: the embed's picture where no script runs, 600 × 430 CSS px
//!   drawn at twice the size (1200 × 860 px);
//!
//! and `pictures.json`, which later build steps read (og:image:alt, the oEmbed thumbnail):
//!
//! ```json
//! {"pictures": [{"file": "card-e1-it.png", "kind": "card", "edition": 1, "lang": "it",
//!   "width": 1200, "height": 630, "pixel_width": 1200, "pixel_height": 630, "alt": "…"}]}
//! ```
//!
//! `width` and `height` are CSS pixels (what an `<img>` is given), `pixel_*` the PNG's own.
//!
//! The fonts are the ones `picture::svg::BUILD_FONTS` names (Debian's `fonts-dejavu-core` and
//! `fonts-noto-cjk`, installed by `.ci/setup`). If one is missing the run stops and says which,
//! rather than drawing boxes. `tests/pictures.rs` includes this file to test the same
//! rasteriser.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use capex_calculator::model::{editions, Lang, Link};
    use capex_calculator::picture::{file_name, picture, Kind, LIGHT};
    use std::path::Path;

    let dir = std::env::args()
        .nth(1)
        .expect("usage: cargo run --release --example pictures -- <directory>");
    let dir = Path::new(&dir);
    let started = std::time::Instant::now();
    let fonts = raster::fonts().unwrap_or_else(|problem| {
        eprintln!("pictures: {problem}");
        std::process::exit(1);
    });
    std::fs::create_dir_all(dir)
        .unwrap_or_else(|e| panic!("pictures: cannot create {}: {e}", dir.display()));

    let mut manifest = Vec::new();
    for edition in editions::all() {
        let link = Link::on(edition);
        for lang in Lang::ALL {
            for kind in [Kind::Card, Kind::Fallback] {
                let drawn = picture(&link, lang, &LIGHT, kind);
                let pixmap = raster::rasterise(&drawn.svg, kind, &fonts)
                    .unwrap_or_else(|e| panic!("pictures: {kind:?} {}: {e}", lang.name()));
                let png = raster::encode(&pixmap);
                let name = file_name(kind, edition.id, lang);
                let path = dir.join(&name);
                std::fs::write(&path, &png)
                    .unwrap_or_else(|e| panic!("pictures: cannot write {}: {e}", path.display()));
                println!("pictures: {} ({} bytes)", path.display(), png.len());
                manifest.push(serde_json::json!({
                    "file": name,
                    "kind": match kind { Kind::Card => "card", Kind::Fallback => "fallback" },
                    "edition": edition.id,
                    "lang": lang.name(),
                    "width": drawn.width,
                    "height": drawn.height,
                    "pixel_width": pixmap.width(),
                    "pixel_height": pixmap.height(),
                    "alt": drawn.alt,
                }));
            }
        }
    }
    let path = dir.join("pictures.json");
    let json = serde_json::json!({ "pictures": manifest });
    std::fs::write(&path, format!("{json:#}\n"))
        .unwrap_or_else(|e| panic!("pictures: cannot write {}: {e}", path.display()));
    println!(
        "pictures: {} pictures and {} in {:.1} s",
        manifest.len(),
        path.display(),
        started.elapsed().as_secs_f64()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// SVG to pixels with the build's fonts: shared by the build and its tests.
#[cfg(not(target_arch = "wasm32"))]
pub mod raster {
    use capex_calculator::picture::svg::BUILD_FONTS;
    use capex_calculator::picture::Kind;
    use resvg::tiny_skia::{Pixmap, Transform};
    use resvg::usvg::fontdb::{Database, Family, Query, Style, Weight};
    use resvg::usvg::{FontResolver, Options, Tree};
    use std::sync::Arc;

    /// The Debian package each of `BUILD_FONTS` comes in, for the message when one is missing.
    const PACKAGES: [&str; 2] = ["fonts-dejavu-core", "fonts-noto-cjk"];

    /// How many pixels a CSS pixel of the picture gets: the social card at its own size, the
    /// embed's fallback at twice it, sharp on high-density screens.
    pub fn scale(kind: Kind) -> u32 {
        match kind {
            Kind::Card => 1,
            Kind::Fallback => 2,
        }
    }

    /// The system's fonts, once it is known that every family of `BUILD_FONTS` is there in
    /// regular (400) and bold (700), the two weights the pictures set.
    pub fn fonts() -> Result<Arc<Database>, String> {
        let mut db = Database::new();
        db.load_system_fonts();
        let mut missing = Vec::new();
        for (family, package) in BUILD_FONTS.iter().zip(PACKAGES) {
            for weight in [Weight::NORMAL, Weight::BOLD] {
                let found = db
                    .query(&Query {
                        families: &[Family::Name(family)],
                        weight,
                        style: Style::Normal,
                        ..Query::default()
                    })
                    .and_then(|id| db.face(id))
                    .is_some_and(|face| face.weight == weight);
                if !found {
                    missing.push(format!(
                        "'{family}' weight {} (apt-get install {package})",
                        weight.0
                    ));
                }
            }
        }
        if !missing.is_empty() {
            return Err(format!(
                "fonts missing, the pictures would draw boxes: {}",
                missing.join(", ")
            ));
        }
        db.set_sans_serif_family(BUILD_FONTS[0]);
        Ok(Arc::new(db))
    }

    /// Parsing options whose fonts are `fonts`. A character the first family lacks (a Han
    /// character in DejaVu) is looked up in the build's families first, at the same weight,
    /// so Chinese sets in Noto Sans CJK SC and not whichever CJK face loaded first (the
    /// Japanese one draws some characters differently).
    pub fn options(fonts: &Arc<Database>) -> Options<'static> {
        let fallback = FontResolver::default_fallback_selector();
        Options {
            font_family: BUILD_FONTS[0].to_owned(),
            fontdb: fonts.clone(),
            font_resolver: FontResolver {
                select_font: FontResolver::default_font_selector(),
                select_fallback: Box::new(move |c, used, db| {
                    let base = db.face(*used.first()?)?;
                    let (weight, style, stretch) = (base.weight, base.style, base.stretch);
                    BUILD_FONTS
                        .iter()
                        .filter_map(|family| {
                            db.query(&Query {
                                families: &[Family::Name(family)],
                                weight,
                                style,
                                stretch,
                            })
                        })
                        // A face already tried lacked the character: then any face that has it.
                        .find(|id| !used.contains(id))
                        .or_else(|| fallback(c, used, db))
                }),
            },
            ..Options::default()
        }
    }

    /// The SVG parsed, its text laid out with `fonts`.
    pub fn tree(svg: &str, fonts: &Arc<Database>) -> Result<Tree, String> {
        Tree::from_str(svg, &options(fonts)).map_err(|e| e.to_string())
    }

    /// The picture in pixels, at its kind's scale.
    pub fn rasterise(svg: &str, kind: Kind, fonts: &Arc<Database>) -> Result<Pixmap, String> {
        let tree = tree(svg, fonts)?;
        let scale = scale(kind);
        let size = tree
            .size()
            .to_int_size()
            .scale_by(scale as f32)
            .ok_or("empty picture")?;
        let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or("empty picture")?;
        resvg::render(
            &tree,
            Transform::from_scale(scale as f32, scale as f32),
            &mut pixmap.as_mut(),
        );
        Ok(pixmap)
    }

    /// The pixels as a PNG file.
    pub fn encode(pixmap: &Pixmap) -> Vec<u8> {
        pixmap.encode_png().expect("a pixmap encodes as PNG")
    }
}
