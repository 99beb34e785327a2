//! Saving a file the page made: a Blob, an object URL and a link with `download`.

use wasm_bindgen::JsCast;

/// Offers `contents` for download as `filename`. False if the browser refused.
pub fn save(filename: &str, mime: &str, contents: &str) -> bool {
    try_save(filename, mime, contents).is_some()
}

fn try_save(filename: &str, mime: &str, contents: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// A chart as a standalone SVG file: the element's markup with its namespace, and the
/// colours and fonts the page's stylesheet gives each shape written onto the shape, so the file
/// looks as the chart did on the page (in either theme) without the stylesheet.
pub fn svg_file(element: &web_sys::Element) -> Option<String> {
    const SHAPES: &str = "rect, text, line";
    const PROPERTIES: [&str; 5] = ["fill", "stroke", "font-size", "font-family", "font-weight"];
    let window = web_sys::window()?;
    let copy: web_sys::Element = element.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    let originals = element.query_selector_all(SHAPES).ok()?;
    let copies = copy.query_selector_all(SHAPES).ok()?;
    for i in 0..originals.length().min(copies.length()) {
        let (Some(original), Some(target)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let original: web_sys::Element = original.dyn_into().ok()?;
        let target: web_sys::Element = target.dyn_into().ok()?;
        let Ok(Some(style)) = window.get_computed_style(&original) else {
            continue;
        };
        for property in PROPERTIES {
            if let Ok(value) = style.get_property_value(property) {
                if !value.is_empty() {
                    let _ = target.set_attribute(property, &value);
                }
            }
        }
    }
    web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()
}
