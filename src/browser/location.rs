//! The page's URL: reading the query with `URLSearchParams` (it splits and percent-decodes by
//! the standard) and writing the scenario back with `history.replaceState`.

use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

use crate::model::share_link::parameter_names;
use crate::model::{encode, Link};

/// The parameters of a query string (with or without the leading `?`) that a link can carry,
/// each with its last value. Others are someone else's (tracking tags, a CMS's own) and are
/// not read at all.
pub fn pairs_of(query: &str) -> Vec<(&'static str, String)> {
    let Ok(params) = UrlSearchParams::new_with_str(query) else {
        return Vec::new();
    };
    parameter_names()
        .filter_map(|name| {
            let all = params.get_all(name);
            let last = all.get(all.length().checked_sub(1)?).as_string()?;
            Some((name, last))
        })
        .collect()
}

/// A query string decoded as a link is (the engine's replies carry the scenarios it made).
pub fn decode_query(query: &str) -> crate::model::Decoded {
    let pairs = pairs_of(query);
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    crate::model::decode(&borrowed)
}

/// The current page's query as pairs.
pub fn query_pairs() -> Vec<(&'static str, String)> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|q| pairs_of(&q))
        .unwrap_or_default()
}

/// A query string from pairs, encoded by `URLSearchParams`.
pub fn query_of(pairs: &[(&str, String)]) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    for (k, v) in pairs {
        params.append(k, v);
    }
    String::from(params.to_string())
}

/// A link's query string: `v=1&edition=1&capex=200`.
pub fn link_query(link: &Link) -> String {
    query_of(&encode(link))
}

/// Shows a link's scenario in the address bar (no new history entry).
pub fn show_link(link: &Link) {
    replace_query(&link_query(link), link.lang);
}

/// This page's address with a link's query: what a reader shares or a newsroom embeds.
pub fn link_url(link: &Link) -> String {
    url_with(&link_query(link))
}

/// This page's address (origin and path) with the given query: a share link.
pub fn url_with(query: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    with_query(&[origin, path].concat(), query, "")
}

/// `before?query after`, or `before after` for an empty query: no lone `?`.
fn with_query(before: &str, query: &str, after: &str) -> String {
    if query.is_empty() {
        [before, after].concat()
    } else {
        [before, "?", query, after].concat()
    }
}

/// The language of the entry page the reader is on (`it.html`), if it is one.
pub fn entry_lang() -> Option<crate::model::Lang> {
    let path = web_sys::window()?.location().pathname().ok()?;
    crate::model::Lang::of_entry_page(&path)
}

/// Replaces the address bar's query without adding a history entry, on the entry page of
/// `lang` where the reader is on an entry page. Keeps the hash.
fn replace_query(query: &str, lang: Option<crate::model::Lang>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let to = crate::model::lang::entry_path(&path, lang);
    let search = location.search().unwrap_or_default();
    if to == path && search.trim_start_matches('?') == query {
        return;
    }
    let hash = location.hash().unwrap_or_default();
    let url = with_query(&to, query, &hash);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The explore page's address beside this one, with a query and a fragment (`#story`).
pub fn explore_url(query: &str, fragment: &str) -> String {
    with_query("explore.html", query, fragment)
}

/// Opens the explore page with `query` in place of this one.
pub fn open_explore(query: &str, fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(&explore_url(query, fragment));
    }
}

/// Hands a link that only the explore page reads (ranges, a pin, a preset of ranges) over to
/// it, keeping its query and fragment whole; true if it did. Where there is none (a file on
/// disk), the first view reads the link as it can: what it does not read gets a note.
#[cfg(not(feature = "explore"))]
pub fn hand_over() -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    hand_over_query(search.trim_start_matches('?'), &hash)
}

/// The same for a query the page was asked to show (a host page's `set` with ranges).
#[cfg(not(feature = "explore"))]
pub fn hand_over_query(query: &str, fragment: &str) -> bool {
    let pairs = pairs_of(query);
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // The single-file edition, opened from disk, has no explore page beside it.
    if !crate::model::share_link::needs_explore(&borrowed) || !super::offline::served() {
        return false;
    }
    web_sys::window().is_some_and(|w| w.location().replace(&explore_url(query, fragment)).is_ok())
}
