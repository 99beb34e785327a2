//! Copying a link to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; false where the browser refuses (no permission in an iframe,
/// an insecure origin), so the caller can offer the text to copy by hand.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Older browsers have no navigator.clipboard: the binding then holds `undefined`.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
