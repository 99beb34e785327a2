//! The reader's last scenario in `localStorage`, as a version-1 query string. Storage can be
//! missing, full or forbidden (private modes, sandboxed iframes): every failure is `None` or a
//! no-op.

const KEY: &str = "capex-calculator:v1";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The kept query string, if any.
pub fn load() -> Option<String> {
    local()?.get_item(KEY).ok().flatten()
}

pub fn save(query: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(KEY, query);
    }
}
