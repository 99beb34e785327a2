//! The browser edges: the page's URL, local storage, the clipboard, downloads, the messages
//! an embedded page sends its host, and the service worker that keeps the page usable offline. Each is a thin wrapper over a web API that turns failures
//! into `None` or `false`, never a panic; the decisions stay in the model and the UI.

pub mod clipboard;
pub mod document;
pub mod download;
pub mod embed;
pub mod engine;
pub mod host;
pub mod js;
pub mod location;
pub mod offline;
pub mod picture;
pub mod print;
pub mod storage;
pub mod texts;

use crate::model::share_link::VERSION;
use crate::model::{decode, Decoded, Lang, Link};

/// How the page starts: the link it was opened with, and a scenario kept from the last visit
/// where the link sets none.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Start {
    pub decoded: Decoded,
    /// A kept scenario was found but could not be read (damaged, or an old format), and was
    /// ignored.
    pub storage_ignored: bool,
    /// The kept scenario was restored.
    pub restored: bool,
    /// The language the page opens in: the link's, else the one kept from the last visit,
    /// else the first of the browser's languages the page speaks, else English.
    pub lang: Lang,
    /// The language the reader asked for, whose texts could not be loaded: the page opens in
    /// English and says so.
    pub lang_unavailable: Option<Lang>,
    /// The service worker script to register (`offline::worker_script`), if any.
    pub worker: Option<String>,
    /// Opened from a file on disk (the single-file edition), not served: there is no address
    /// to embed or to download the offline edition from.
    pub local_file: bool,
}

fn decode_pairs(pairs: &[(&str, String)]) -> Decoded {
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    decode(&borrowed)
}

/// Reads the URL, then storage if the URL sets no scenario and the page is not embedded (an
/// embed shows exactly what the newsroom linked), then picks the language: the link's, else
/// the entry page's (`it.html`), else the one kept from the last visit, else the browser's.
pub fn start() -> Start {
    let mut start = from_url_and_storage();
    start.lang = start.decoded.link.lang.unwrap_or_else(|| {
        Lang::first_spoken(document::browser_languages().iter().map(String::as_str))
    });
    start
}

fn from_url_and_storage() -> Start {
    let mut decoded = decode_pairs(&location::query_pairs());
    // A language's own page (`it.html`) speaks it unless its link asks for another, whatever
    // was kept from a visit in another language.
    decoded.link.lang = decoded.link.lang.or_else(location::entry_lang);
    let mut start = Start {
        decoded,
        worker: offline::worker_script(),
        local_file: !offline::served(),
        ..Start::default()
    };
    if start.decoded.sets_scenario || start.decoded.link.embed {
        return start;
    }
    let Some(kept) = storage::load() else {
        return start;
    };
    let pairs = location::pairs_of(&kept);
    let from_storage = decode_pairs(&pairs);
    let readable = pairs.iter().any(|(k, v)| *k == "v" && v == VERSION);
    if !readable || !from_storage.notes.is_empty() {
        // Old format or damaged: ignore all of it rather than apply half of it.
        start.storage_ignored = true;
        return start;
    }
    let link = &mut start.decoded.link;
    *link = Link {
        scenario: from_storage.link.scenario,
        currency: from_storage.link.currency,
        lang: link.lang.or(from_storage.link.lang),
        ..link.clone()
    };
    start.restored = true;
    start
}
