//! The document around the page: its language, title and description follow the language the
//! page speaks (screen readers and search engines read them), and the browser's own list of
//! the reader's languages.

/// The reader's languages, most wanted first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// Sets `<html lang>`, the `<title>` and the meta description.
pub fn set_language(tag: &str, title: &str, description: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tag);
    }
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Moves the keyboard focus to the element with `id`, opening any folded `<details>` around it
/// first, and brings it into view.
#[cfg(feature = "explore")]
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(element) = document.get_element_by_id(id) else {
        return;
    };
    let mut around = element.parent_element();
    while let Some(e) = around {
        if e.tag_name().eq_ignore_ascii_case("details") {
            let _ = e.set_attribute("open", "");
        }
        around = e.parent_element();
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Adds a stylesheet of the page's own origin (`explore.css`, beside the page) to the head.
#[cfg(feature = "explore")]
pub fn add_stylesheet(href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(Some(head)), Ok(link)) = (
        document.query_selector("head"),
        document.create_element("link"),
    ) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", href);
        let _ = head.append_child(&link);
    }
}

/// In place of the calculator when not even its English texts could be loaded (a network
/// failure on a first visit): what happened and what to do, the one sentence the wasm carries.
pub fn no_texts() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(Some(body)), Ok(p)) = (
        document.query_selector("body"),
        document.create_element("p"),
    ) {
        p.set_text_content(Some(
            "The calculator could not load its texts. Check the connection and reload the page.",
        ));
        let _ = p.set_attribute("role", "alert");
        let _ = body.append_child(&p);
    }
}
