//! What each language's entry page says before any script runs, from a native build of the
//! same texts, model and embed code as the page: written as `entry.json` into a build's staging
//! directory for `build/postbuild.mjs`, which writes the pages' head tags (title, description,
//! Open Graph and Twitter cards, hreflang alternates, oEmbed discovery), each language's web
//! app manifest and its oEmbed response.
//!
//!   SITE_URL=https://news.example/tools/capex/ cargo run --example entry -- <directory>
//!
//! Cards, crawlers and CMSes need absolute addresses: they come from `SITE_URL`, the address
//! the build will be published at. Without it every address is relative, which a browser
//! follows but a crawler or a CMS on another site cannot, and the build says so.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use capex_calculator::engine::embed_code;
    use capex_calculator::model::{editions, Lang, Link};
    use capex_calculator::picture::{self, Kind};
    use capex_calculator::text::entry::entry;
    use capex_calculator::text::{locale, text, T};
    use serde_json::json;

    let dir = std::env::args()
        .nth(1)
        .expect("usage: cargo run --example entry -- <directory>");
    let site = std::env::var("SITE_URL").unwrap_or_default();
    let site = site.trim();
    let site = if site.is_empty() || site.ends_with('/') {
        site.to_owned()
    } else {
        [site, "/"].concat()
    };
    if !(site.is_empty() || site.starts_with("https://") || site.starts_with("http://")) {
        eprintln!("entry: SITE_URL must be an http(s) address, not {site:?}");
        std::process::exit(1);
    }
    if site.is_empty() {
        eprintln!(
            "entry: no SITE_URL: social cards and oEmbed get relative addresses, which crawlers \
             and CMSes cannot follow (SITE_URL=https://news.example/tools/capex/ make build)"
        );
    }
    let at = |file: &str| [site.as_str(), file].concat();
    let edition = editions::latest();
    let link = Link::on(edition);
    let page_of = |lang: Lang| match lang.entry_page() {
        "" => "index.html",
        page => page,
    };
    let pages: Vec<_> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let e = entry(lang);
            let href = if site.is_empty() {
                ["./", lang.entry_page()].concat()
            } else {
                at(lang.entry_page())
            };
            let picture_of = |kind: Kind, scale: f64| {
                let (width, height) = kind.size();
                json!({
                    "file": picture::file_name(kind, edition.id, lang),
                    "url": at(&picture::file_name(kind, edition.id, lang)),
                    "width": (width * scale) as u32, "height": (height * scale) as u32,
                })
            };
            let alt = picture::alt(&link, lang);
            // English keeps the manifest the page has always named, which installed apps know.
            let manifest = match lang {
                Lang::En => "manifest.webmanifest".to_owned(),
                _ => ["manifest-", lang.name(), ".webmanifest"].concat(),
            };
            let oembed = ["oembed-", lang.name(), ".json"].concat();
            // Pinned to the edition of this build, as the embed dialog's code is: a CMS asks
            // for the code once and keeps it, so the story around it stays true.
            let code = embed_code(&link, lang, &site, "", false);
            let (fallback_w, fallback_h) = Kind::Fallback.size();
            let described = [text(lang, T::Description), " ", e.offline].concat();
            json!({
                "lang": lang.name(),
                "locale": locale(lang),
                "file": page_of(lang),
                "href": href,
                "title": text(lang, T::Title),
                "description": text(lang, T::Description),
                "og_locale": e.og_locale,
                "no_script": e.no_script,
                "card": picture_of(Kind::Card, 1.0),
                "fallback": picture_of(Kind::Fallback, 2.0),
                "alt": alt,
                "manifest": {
                    "file": manifest,
                    "name": text(lang, T::Title),
                    "short_name": e.short_name,
                    "description": described,
                    "lang": locale(lang),
                    "start_url": (["./", lang.entry_page()].concat()),
                },
                "oembed": {
                    "file": oembed,
                    "url": at(&oembed),
                    "response": {
                        "version": "1.0",
                        "type": "rich",
                        "title": text(lang, T::IframeTitle),
                        "provider_name": e.provider,
                        "provider_url": href,
                        "width": fallback_w as u32,
                        "height": 900,
                        "html": code.html,
                        "thumbnail_url": at(&picture::file_name(Kind::Fallback, edition.id, lang)),
                        "thumbnail_width": (fallback_w * 2.0) as u32,
                        "thumbnail_height": (fallback_h * 2.0) as u32,
                    },
                },
            })
        })
        .collect();
    let out = std::path::Path::new(&dir).join("entry.json");
    let written = json!({ "site": site, "edition": edition.id, "pages": pages });
    std::fs::write(&out, serde_json::to_string_pretty(&written).expect("JSON"))
        .unwrap_or_else(|e| panic!("entry: cannot write {}: {e}", out.display()));
    println!("entry: {}", out.display());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
