//! Writing a link: its version and edition, then only what differs from that edition.

use super::{Link, Theme, VERSION};
use crate::model::currency::Currency;
use crate::model::field::Field;
use crate::model::number::plain_decimal;
use crate::model::scenario::Scenario;

/// Writes a link: `v=1`, its edition, then only what differs from that edition's figures, to
/// keep links short. `encode(&Link::on(edition 1))` is `[("v", "1"), ("edition", "1")]`.
pub fn encode(link: &Link) -> Vec<(&'static str, String)> {
    let defaults = Scenario::of(link.figures());
    let edition = if link.follow_latest {
        "latest".to_owned()
    } else {
        link.edition.to_string()
    };
    let mut pairs = vec![("v", VERSION.to_owned()), ("edition", edition)];
    for field in Field::ALL {
        let v = field.get(&link.scenario);
        if v != field.get(&defaults) {
            pairs.push((field.name(), plain_decimal(v)));
        }
    }
    if link.currency != Currency::default() {
        pairs.push(("currency", link.currency.name().to_owned()));
    }
    if let Some(lang) = link.lang {
        pairs.push(("lang", lang.name().to_owned()));
    }
    if link.embed {
        pairs.push(("embed", "1".to_owned()));
    }
    if link.theme != Theme::default() {
        pairs.push(("theme", link.theme.name().to_owned()));
    }
    if let Some(id) = &link.id {
        pairs.push(("id", id.clone()));
    }
    if let Some(host) = &link.host {
        pairs.push(("host", host.clone()));
    }
    #[cfg(feature = "explore")]
    super::explore::write(link, &defaults, &mut pairs);
    pairs
}
