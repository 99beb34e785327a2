//! The languages the page speaks, and how readers of each write numbers. The words themselves
//! are the UI's (`ui/text`); the model only needs to know how to read what a reader types.

use super::editor::Writing;
use super::number::Notation;

/// A language the page speaks: English, Italian (the story's language) or Simplified Chinese.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    It,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::It, Lang::Zh];

    /// The contract name (`lang=it` in a link).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Zh => "zh",
        }
    }

    pub fn from_name(name: &str) -> Option<Lang> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The page that speaks this language from its first byte, beside `index.html` (whose own
    /// HTML is English and which follows the reader's browser): `it.html`, `zh.html`. A share
    /// link in Italian is the Italian page's address.
    pub fn entry_page(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::It => "it.html",
            Lang::Zh => "zh.html",
        }
    }

    /// The language of the entry page at the end of a path (`/tools/capex/it.html`), if it is
    /// one of the languages' own pages: the page then speaks it unless its link asks for
    /// another.
    pub fn of_entry_page(path: &str) -> Option<Lang> {
        let file = path.rsplit('/').next()?;
        Self::ALL
            .into_iter()
            .find(|l| !l.entry_page().is_empty() && l.entry_page() == file)
    }

    /// The language a browser's language tag asks for, if the page speaks it: `it-IT` and `it`
    /// are Italian, `en-GB` English, `zh-CN`, `zh-SG`, `zh-Hans` and `zh` Simplified Chinese;
    /// `zh-TW`, `zh-HK` and `zh-Hant` ask for the traditional script, which the page does not
    /// write.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        let mut parts = tag.split(['-', '_']);
        match parts.next()? {
            "en" => Some(Lang::En),
            "it" => Some(Lang::It),
            "zh" => {
                let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::Zh)
            }
            _ => None,
        }
    }

    /// The first of a browser's languages (`navigator.languages`, most wanted first) that the
    /// page speaks, else English.
    pub fn first_spoken<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// How its readers write numbers: Italian `1.234,5`; English and Chinese `1,234.5`, and
    /// Chinese amounts in 亿 rather than billions.
    pub fn writing(self) -> Writing {
        match self {
            Lang::En => Writing {
                notation: Notation::POINT,
                yi: false,
            },
            Lang::It => Writing {
                notation: Notation::COMMA,
                yi: false,
            },
            Lang::Zh => Writing {
                notation: Notation::POINT,
                yi: true,
            },
        }
    }
}

/// The path of `lang`'s entry page beside `path`, where `path` is an entry page (the folder,
/// `index.html`, `it.html`, `zh.html`): a link in Italian is the Italian page's. Any other
/// page (the explore page, the single-file edition) keeps its path.
pub fn entry_path(path: &str, lang: Option<Lang>) -> String {
    let (folder, file) = path.rsplit_once('/').unwrap_or(("", path));
    let entry = file.is_empty() || file == "index.html" || Lang::of_entry_page(file).is_some();
    match lang.map(Lang::entry_page) {
        Some(page) if entry && !(page.is_empty() && file == "index.html") => {
            [folder, "/", page].concat()
        }
        _ => path.to_owned(),
    }
}
