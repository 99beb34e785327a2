//! The code a newsroom pastes into its CMS, written by the engine: the iframe (pinned to the
//! edition of the figures on screen, or following the newest with `edition=latest`), a
//! `<noscript>` fallback (the edition's picture with its text alternative, inside a link to the
//! standalone page) for newsletters, feeds and CMSes that strip scripts, and `embed.js`, which
//! sizes the frame. Beside it, the same embed for AMP pages: `amp-iframe` with the picture as
//! its placeholder and an overflow button.

use crate::model::share_link::{encode_query, origin};
use crate::model::{Lang, Link};
use crate::picture::{self, Kind};
use crate::text::{text, T};

/// The code, its AMP version, and whether the site typed is not an origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedCode {
    pub html: String,
    pub amp: String,
    pub site_error: bool,
}

/// HTML attribute text.
fn attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The code for `link` on the page whose folder is `base` (`https://news.example/capex/`),
/// in `lang`; `site` is what the newsroom typed as its site (empty, or an origin that alone may
/// then drive the calculator); `latest` makes the embed follow the newest edition.
///
/// For the article's figures in English on `https://calc.example/` the frame's address is
/// `https://calc.example/?v=1&edition=1&lang=en&embed=1`.
pub fn code(link: &Link, lang: Lang, base: &str, site: &str, latest: bool) -> EmbedCode {
    let site = site.trim().trim_end_matches('/');
    let host = origin(site);
    let site_error = !site.is_empty() && host.is_none();
    let base = match base.rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    };
    let page = [base, lang.entry_page()].concat();
    let shown = Link {
        lang: Some(lang),
        host: None,
        embed: false,
        id: None,
        follow_latest: latest,
        ..link.clone()
    };
    let framed = Link {
        embed: true,
        host,
        ..shown.clone()
    };
    let src = attr(&[page.as_str(), "?", &encode_query(&framed)].concat());
    let standalone = attr(&[page.as_str(), "?", &encode_query(&shown)].concat());
    let title = attr(text(lang, T::IframeTitle));
    let edition = link.figures();
    let (width, height) = Kind::Fallback.size();
    let image = attr(&[base, &picture::file_name(Kind::Fallback, edition.id, lang)].concat());
    let alt = attr(&picture::alt(&Link::on(edition), lang));
    let (w, h) = (width.to_string(), height.to_string());
    let html = [
        "<iframe src=\"", &src, "\" title=\"", &title,
        "\" loading=\"lazy\" width=\"100%\" height=\"900\" allow=\"web-share\" data-capex-calculator></iframe>\n",
        "<noscript><a href=\"", &standalone, "\"><img src=\"", &image, "\" width=\"", &w,
        "\" height=\"", &h, "\" alt=\"", &alt, "\"></a></noscript>\n",
        "<script src=\"", &attr(&[base, "embed.js"].concat()), "\" async></script>",
    ]
    .concat();
    let more = attr(text(lang, T::EmbedAmpMore));
    let amp = [
        "<amp-iframe src=\"", &src, "\" title=\"", &title,
        "\" width=\"600\" height=\"900\" layout=\"responsive\" sandbox=\"allow-scripts allow-same-origin allow-popups\" resizable frameborder=\"0\">\n",
        "  <amp-img placeholder src=\"", &image, "\" width=\"", &w, "\" height=\"", &h,
        "\" layout=\"fill\" alt=\"", &alt, "\"></amp-img>\n",
        "  <div overflow tabindex=\"0\" role=\"button\" aria-label=\"", &more, "\">", &more,
        "</div>\n</amp-iframe>",
    ]
    .concat();
    EmbedCode {
        html,
        amp,
        site_error,
    }
}
