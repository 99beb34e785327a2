//! The pictures the build publishes (social cards, the embed's fallback) and the engine's
//! picture download, drawn natively: their sizes, their text in each language, that the
//! scenario drawn is the one asked for, and alt text whose numbers come from the model.
//! Rasterised with the build's own rasteriser (`build/pictures.rs`) and the build's fonts.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/pictures.rs"]
mod pictures;

use capex_calculator::model::{editions, evaluate, Lang, Link};
use capex_calculator::picture::{picture, Kind, DARK, LIGHT};
use capex_calculator::text::{text, T};
use pictures::raster;
use resvg::usvg::{Group, Node};

fn article() -> Link {
    Link::on(editions::get(1).expect("edition 1"))
}

/// Every text node of a drawn picture: its characters and its box on the canvas, with the
/// number of glyph outlines the fonts gave it.
fn texts(group: &Group, out: &mut Vec<(String, resvg::usvg::Rect, usize)>) {
    for node in group.children() {
        match node {
            Node::Group(g) => texts(g, out),
            Node::Text(t) => {
                let outlines = count_paths(t.flattened());
                let chars: String = t.chunks().iter().map(|c| c.text()).collect();
                out.push((chars, t.abs_bounding_box(), outlines));
            }
            _ => {}
        }
    }
}

fn count_paths(group: &Group) -> usize {
    group
        .children()
        .iter()
        .map(|n| match n {
            Node::Path(_) => 1,
            Node::Group(g) => count_paths(g),
            _ => 0,
        })
        .sum()
}

#[test]
fn each_kind_has_its_published_size_in_pixels() {
    let fonts = raster::fonts().expect("the build's fonts");
    for lang in Lang::ALL {
        let card = picture(&article(), lang, &LIGHT, Kind::Card);
        let pixmap = raster::rasterise(&card.svg, Kind::Card, &fonts).unwrap();
        assert_eq!(
            (pixmap.width(), pixmap.height()),
            (1200, 630),
            "card, {lang:?}"
        );
        let fallback = picture(&article(), lang, &LIGHT, Kind::Fallback);
        assert_eq!((fallback.width, fallback.height), (600.0, 430.0));
        let pixmap = raster::rasterise(&fallback.svg, Kind::Fallback, &fonts).unwrap();
        // At least 600 CSS px wide, drawn at twice the size.
        assert_eq!(
            (pixmap.width(), pixmap.height()),
            (1200, 860),
            "fallback, {lang:?}"
        );
        let png = raster::encode(&pixmap);
        assert_eq!(&png[1..4], b"PNG");
    }
}

#[test]
fn every_text_is_in_the_pictures_language_set_in_real_glyphs_and_inside_the_canvas() {
    let fonts = raster::fonts().expect("the build's fonts");
    // The article's figures, and long values: large amounts in euros.
    let mut long = article();
    long.currency = capex_calculator::model::Currency::Eur;
    long.scenario.capex = 1_999.5;
    long.scenario.ai = 1_234.5;
    for (lang, link) in Lang::ALL
        .into_iter()
        .flat_map(|l| [(l, article()), (l, long.clone())])
    {
        for kind in [Kind::Card, Kind::Fallback] {
            let drawn = picture(&link, lang, &LIGHT, kind);
            let tree = raster::tree(&drawn.svg, &fonts).unwrap();
            let mut found = Vec::new();
            texts(tree.root(), &mut found);
            let all: String = found.iter().map(|(t, ..)| t.as_str()).collect();
            // The title (or its first line) and the chart's own names, in this language.
            let title_start: String = text(lang, T::Title).chars().take(6).collect();
            assert!(
                all.contains(&title_start),
                "{lang:?} {kind:?}: no title in {all}"
            );
            assert!(all.contains(text(lang, T::CombinedFour).split(' ').next().unwrap()));
            if lang == Lang::Zh {
                assert!(all.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
            }
            for (chars, rect, outlines) in &found {
                let visible = chars.chars().filter(|c| !c.is_whitespace()).count();
                assert!(
                    *outlines > 0 || visible == 0,
                    "{lang:?} {kind:?}: '{chars}' drew no glyphs"
                );
                assert!(
                    rect.left() >= 0.0
                        && rect.top() >= 0.0
                        && rect.right() <= drawn.width as f32
                        && rect.bottom() <= drawn.height as f32,
                    "{lang:?} {kind:?}: '{chars}' runs off the canvas at {rect:?}"
                );
            }
        }
    }
}

#[test]
fn two_scenarios_give_two_pictures_and_the_theme_is_drawn() {
    let fonts = raster::fonts().expect("the build's fonts");
    let article = article();
    let mut changed = article.clone();
    changed.scenario.capex = 200.0;
    let a = picture(&article, Lang::En, &LIGHT, Kind::Card);
    let b = picture(&changed, Lang::En, &LIGHT, Kind::Card);
    assert_ne!(a.svg, b.svg);
    let pa = raster::rasterise(&a.svg, Kind::Card, &fonts).unwrap();
    let pb = raster::rasterise(&b.svg, Kind::Card, &fonts).unwrap();
    assert_ne!(
        pa.data(),
        pb.data(),
        "the pixels differ, not only the markup"
    );
    let dark = picture(&article, Lang::En, &DARK, Kind::Card);
    let pd = raster::rasterise(&dark.svg, Kind::Card, &fonts).unwrap();
    // The corner is the background: light for one, dark for the other.
    let luminance = |p: &resvg::tiny_skia::Pixmap| {
        let c = p.pixel(5, p.height() - 5).unwrap();
        u32::from(c.red()) + u32::from(c.green()) + u32::from(c.blue())
    };
    assert!(luminance(&pa) > 600 && luminance(&pd) < 150);
}

#[test]
fn the_alt_text_states_the_finding_with_the_models_numbers() {
    let article = article();
    let o = evaluate(&article.scenario);
    // RMB 160 bn at 7.04 RMB/USD is about US$22.7 bn; RMB 85 bn buys about 603,700 chips at
    // US$20,000; the US four's 2025 capex is 16.6 times ByteDance's.
    assert_eq!((o.chips / 100.0).round() * 100.0, 603_700.0);
    let en = picture(&article, Lang::En, &LIGHT, Kind::Card).alt;
    for part in [
        "160 billion",
        "22.7 billion US dollars",
        "603,700",
        "20,000 US dollars",
        "16.6",
    ] {
        assert!(en.contains(part), "'{part}' not in: {en}");
    }
    let it = picture(&article, Lang::It, &LIGHT, Kind::Card).alt;
    for part in ["160 miliardi", "603.700", "16,6"] {
        assert!(it.contains(part), "'{part}' not in: {it}");
    }
    let zh = picture(&article, Lang::Zh, &LIGHT, Kind::Card).alt;
    for part in ["1,600亿元人民币", "227亿美元", "603,700", "16.6"] {
        assert!(zh.contains(part), "'{part}' not in: {zh}");
    }
    // Another scenario, other numbers: RMB 200 bn with AI processors at RMB 85 bn still buys
    // the same chips, and the US four spent 200/160 times less relative to it.
    let mut changed = article.clone();
    changed.scenario.capex = 200.0;
    let ratio = evaluate(&changed.scenario).bigfour_ratio;
    let alt = picture(&changed, Lang::En, &LIGHT, Kind::Card).alt;
    assert!(alt.contains("200 billion"), "{alt}");
    assert!(alt.contains(&format!("{ratio:.1}")), "{alt}");
    assert!(!alt.contains("16.6"), "{alt}");
}
