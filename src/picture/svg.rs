//! Writing standalone SVG: elements with escaped attributes and text, the two colour schemes
//! the page has, and an estimate of how wide a line of text sets, to wrap labels before they
//! run out of their place.

use std::fmt::Write as _;

use super::geometry::coord;

/// The page's colours (`static/style.css`), for a file or picture drawn without its stylesheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub bg: &'static str,
    pub fg: &'static str,
    pub muted: &'static str,
    pub line: &'static str,
    pub panel: &'static str,
    pub accent: &'static str,
    pub ai: &'static str,
    pub rest: &'static str,
    pub us: &'static str,
    pub sum: &'static str,
}

pub const LIGHT: Palette = Palette {
    bg: "#ffffff",
    fg: "#1b1f24",
    muted: "#57606a",
    line: "#d0d7de",
    panel: "#f6f8fa",
    accent: "#1f4e79",
    ai: "#d1495b",
    rest: "#6b7f94",
    us: "#4a7ab5",
    sum: "#1f4e79",
};

pub const DARK: Palette = Palette {
    bg: "#0d1117",
    fg: "#e6edf3",
    muted: "#9da7b1",
    line: "#30363d",
    panel: "#161b22",
    accent: "#79b8ff",
    ai: "#f47c8c",
    rest: "#6e7f91",
    us: "#6ea8e6",
    sum: "#a5cdf7",
};

/// The fonts a file names: the build's (Debian's DejaVu and Noto CJK), then a reader's own.
pub const FONTS: &str =
    "'DejaVu Sans', 'Noto Sans CJK SC', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// The families FONTS names first, in its order: the ones the build rasterises with
/// (`build/pictures.rs` stops if one is missing; `tests/pictures.rs` checks the two lists agree).
pub const BUILD_FONTS: [&str; 2] = ["DejaVu Sans", "Noto Sans CJK SC"];

pub use crate::text::markup::escape;

/// A document being written.
#[derive(Default)]
pub struct Svg {
    body: String,
}

impl Svg {
    /// An element with attributes and, unless `content` is `None`, what is inside it
    /// (markup, already written).
    pub fn element(&mut self, name: &str, attrs: &[(&str, &str)], content: Option<&str>) {
        let _ = write!(self.body, "<{name}");
        for (key, value) in attrs {
            let _ = write!(self.body, " {key}=\"{}\"", escape(value));
        }
        match content {
            Some(inner) => {
                let _ = write!(self.body, ">{inner}</{name}>");
            }
            None => self.body.push_str("/>"),
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: &str) {
        let (x, y, w, h) = (coord(x), coord(y), coord(width), coord(height));
        self.element(
            "rect",
            &[
                ("x", &x),
                ("y", &y),
                ("width", &w),
                ("height", &h),
                ("fill", fill),
            ],
            None,
        );
    }

    /// A line of text at (x, y), its baseline; `weight` 400 or 700.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        weight: u16,
        fill: &str,
        anchor: &str,
        content: &str,
    ) {
        let (x, y, size, weight) = (coord(x), coord(y), coord(size), weight.to_string());
        self.element(
            "text",
            &[
                ("x", &x),
                ("y", &y),
                ("font-size", &size),
                ("font-weight", &weight),
                ("fill", fill),
                ("text-anchor", anchor),
            ],
            Some(&escape(content)),
        );
    }

    /// Raw markup (a `<defs>` block), already written.
    pub fn raw(&mut self, markup: &str) {
        self.body.push_str(markup);
    }

    /// The document as an `<svg>` element with these attributes, for a page that styles it.
    pub fn element_with(self, attrs: &[(&str, &str)]) -> String {
        let mut out = String::from("<svg");
        for (key, value) in attrs {
            let _ = write!(out, " {key}=\"{}\"", escape(value));
        }
        out.push('>');
        out.push_str(&self.body);
        out.push_str("</svg>");
        out
    }

    /// The whole document, `width` by `height` units, with a title for what it shows.
    pub fn finish(self, width: f64, height: f64, title: &str, lang: &str) -> String {
        let (w, h) = (coord(width), coord(height));
        [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"",
            &w,
            "\" height=\"",
            &h,
            "\" viewBox=\"0 0 ",
            &w,
            " ",
            &h,
            "\" font-family=\"",
            &escape(FONTS),
            "\" xml:lang=\"",
            lang,
            "\" role=\"img\" aria-label=\"",
            &escape(title),
            "\"><title>",
            &escape(title),
            "</title>",
            &self.body,
            "</svg>",
        ]
        .concat()
    }
}

/// How wide `text` sets at `size`, roughly: Han characters and full-width marks an em, Latin
/// capitals and digits a little over half, the rest a little under. A bold line is an eighth
/// wider. Used to wrap with room to spare, never to fit to the pixel.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            c if is_wide(c) => 1.0,
            ' ' => 0.3,
            '.' | ',' | ':' | ';' | '\'' | '’' | 'i' | 'l' | 'j' | 'I' | '|' | '!' => 0.3,
            'm' | 'w' | 'M' | 'W' | '€' | '%' => 0.85,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() || c == '$' => 0.64,
            _ => 0.56,
        })
        .sum();
    ems * size * if bold { 1.12 } else { 1.0 }
}

/// Whether a character sets a full em wide: Han, kana, hangul and full-width forms.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// `text` broken into lines that each set within `max` at `size`: at spaces, and between any
/// two wide characters. A word longer than a line is a line of its own.
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for word in text.split(' ') {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if is_wide(c) {
                pieces.push(std::mem::take(&mut piece));
            }
        }
        if !piece.is_empty() {
            pieces.push(piece);
        }
        // A space after the word, unless it ended on a wide character.
        if let Some(last) = pieces.last_mut() {
            if !last.ends_with(is_wide) {
                last.push(' ');
            }
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let candidate = [line.as_str(), piece.as_str()].concat();
        if !line.is_empty() && width(candidate.trim_end(), size, bold) > max {
            lines.push(line.trim_end().to_owned());
            line = piece;
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}
