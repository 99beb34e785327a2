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
