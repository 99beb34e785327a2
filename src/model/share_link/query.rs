//! A link's query string: which parameters are the calculator's, and reading and writing the
//! string itself as `application/x-www-form-urlencoded`, by the `form_urlencoded` crate (the
//! URL Standard's own rules, as `URLSearchParams` applies them in the page).

use super::{decode, encode, Decoded, Link};
use crate::model::field::Field;

/// The parameters that are not a field's.
const OTHERS: [&str; 11] = [
    "v", "edition", "preset", "currency", "lang", "embed", "theme", "id", "host", "seed", "a",
];

/// Every parameter name a link can carry: the others, then each field's name, its range's
/// distribution (`capex_dist`) and its value in a pinned scenario (`a.capex`), all derived from
/// `Field`. The page reads only these from its address.
pub fn parameter_names() -> impl Iterator<Item = &'static str> {
    OTHERS
        .into_iter()
        .chain(Field::ALL.into_iter().map(Field::name))
        .chain(Field::ALL.into_iter().map(Field::dist_param))
        .chain(Field::ALL.into_iter().map(Field::pinned_param))
}

/// Whether a link parameter is one of the calculator's; a host's `set` may carry only these
/// (less the embedding ones).
pub fn is_parameter(name: &str) -> bool {
    parameter_names().any(|n| n == name)
}

/// The calculator's parameters among a query's, each with its last value, in the order of
/// those last values; others are someone else's (tracking tags, a CMS's own) and are dropped.
pub fn known_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut kept: Vec<(String, String)> = Vec::new();
    for (name, value) in pairs {
        if is_parameter(&name) {
            kept.retain(|(n, _)| *n != name);
            kept.push((name, value));
        }
    }
    kept
}

/// Reads a query string (with or without its `?`), percent-decoded:
/// `host=https%3A%2F%2Fnews.example` names the host `https://news.example`.
pub fn decode_query(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs = known_pairs(
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())),
    );
    let borrowed: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    decode(&borrowed)
}

/// A link's query string, percent-encoded: `v=1&edition=1&capex=200`.
pub fn encode_query(link: &Link) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in encode(link) {
        query.append_pair(name, &value);
    }
    query.finish()
}
