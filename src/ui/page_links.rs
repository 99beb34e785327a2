//! Where the page leads a standalone reader: the sharing bar, and the explore page's parts.

use std::rc::Rc;

use yew::prelude::*;

use super::share_bar::LatestLink;
use super::Formatter;
use crate::browser::location;
use crate::model::Link;
use crate::text::T;

/// The sharing bar: on the standalone page (the `sharing` build), not in an article's frame.
#[inline(never)]
pub fn share_bar(link: &LatestLink, fmt: &Rc<Formatter>, local_file: bool) -> Html {
    #[cfg(feature = "sharing")]
    return html! { <super::share_bar::ShareBar link={link.clone()} fmt={fmt.clone()} {local_file} /> };
    #[cfg(not(feature = "sharing"))]
    {
        let _ = (link, fmt, local_file);
        Html::default()
    }
}

/// Links to how sure the numbers are, a comparison and the story: on the explore page, to its
/// own parts; on the first view, to the explore page with the scenario on screen.
#[inline(never)]
pub fn explore_links(fmt: &Formatter, link: &Link) -> Html {
    let href = |part: &str| {
        if cfg!(feature = "explore") {
            ["#", part].concat()
        } else {
            location::explore_url(&location::link_query(link), &["#", part].concat())
        }
    };
    html! {
        <nav class="explore-links" aria-label={fmt.t(T::Explore)}>
            <a data-testid="explore-ranges" href={href("how-sure")}>{ fmt.t(T::ExploreRanges) }</a>
            <a data-testid="explore-compare" href={href("compare")}>{ fmt.t(T::ExploreCompare) }</a>
            <a data-testid="explore-story" href={href("story")}>{ fmt.t(T::ExploreStory) }</a>
        </nav>
    }
}
