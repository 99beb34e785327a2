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

/// The colour scheme the page shows, `light` or `dark`, as `static/theme.js` resolved it (from
/// the link's theme, else the reader's system) into `<html data-scheme>`.
pub fn scheme() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-scheme"))
        .filter(|s| s == "dark")
        .unwrap_or_else(|| "light".to_owned())
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

/// Adds an element to the head with these attributes: a stylesheet of the page's own origin
/// (`explore.css`), a module loaded after the page (`offline.js`, `picture.js`).
pub fn add_to_head(tag: &str, attrs: &[(&str, &str)]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Some(head), Ok(element)) = (document.head(), document.create_element(tag)) {
        for (name, value) in attrs {
            let _ = element.set_attribute(name, value);
        }
        let _ = head.append_child(&element);
    }
}

/// Loads a module script beside the page, once asked.
pub fn add_module(src: &str) {
    add_to_head("script", &[("type", "module"), ("src", src)]);
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
