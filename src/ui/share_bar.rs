//! Sharing the scenario: a link to copy, code to embed it in an article, and downloads.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Formatter;
use crate::browser::{clipboard, download, engine, location};
use crate::model::share_link::origin;
use crate::model::Link;
use crate::text::{text, T};

/// The scenario on screen, as a link, read when a button is pressed. One shared cell that the
/// App updates on every render: the bar's props never change with the scenario, so Yew does
/// not re-render the bar on every input.
#[derive(Clone, Default)]
pub struct LatestLink(Rc<RefCell<Link>>);

impl LatestLink {
    pub fn set(&self, link: Link) {
        *self.0.borrow_mut() = link;
    }

    pub fn get(&self) -> Link {
        self.0.borrow().clone()
    }
}

impl PartialEq for LatestLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub link: LatestLink,
    pub fmt: Rc<Formatter>,
    /// Opened from a file on disk (the single-file edition): no embed code (it would point at
    /// the reader's disk) and no offline edition to download (this is it).
    #[prop_or_default]
    pub local_file: bool,
}

/// What the last copy did.
#[derive(Clone, PartialEq)]
enum Copied {
    Nothing,
    Done,
    /// The browser refused: show the text to copy by hand.
    ByHand(String),
}

/// The full calculator's link for a scenario (never the embedded layout).
pub fn share_url(link: &Link) -> String {
    let standalone = Link {
        embed: false,
        id: None,
        ..link.clone()
    };
    location::link_url(&standalone)
}

/// The iframe and script a newsroom pastes into its CMS.
fn embed_code(link: &Link, title: &str) -> String {
    let embedded = Link {
        embed: true,
        ..link.clone()
    };
    let src = location::link_url(&embedded);
    let page = location::url_with("");
    let script = [
        page.rfind('/')
            .and_then(|i| page.get(..=i))
            .unwrap_or(&page),
        "embed.js",
    ]
    .concat();
    let src = src.replace('&', "&amp;").replace('"', "&quot;");
    let title = title.replace('"', "&quot;");
    [
        "<iframe src=\"",
        &src,
        "\" title=\"",
        &title,
        "\" loading=\"lazy\" width=\"100%\" height=\"900\" data-capex-calculator></iframe>\n",
        "<script src=\"",
        &script,
        "\" async></script>",
    ]
    .concat()
}

fn chart_svg(testid: &str) -> Option<String> {
    let selector = ["[data-testid=\"", testid, "\"]"].concat();
    let chart = web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()??;
    download::svg_file(&chart)
}

/// Copies `text` to the clipboard, then tells `done` whether it worked.
fn copy_then(text: String, done: Callback<bool>) {
    wasm_bindgen_futures::spawn_local(async move { done.emit(clipboard::copy(&text).await) });
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = props.fmt.lang();
    let copied = use_state(|| Copied::Nothing);
    let code_copied = use_state(|| false);
    let dialog = use_node_ref();

    let on_copy = {
        let (link, copied) = (props.link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let url = share_url(&link.get());
            let copied = copied.clone();
            copy_then(
                url.clone(),
                Callback::from(move |ok| {
                    copied.set(if ok {
                        Copied::Done
                    } else {
                        Copied::ByHand(url.clone())
                    })
                }),
            );
        })
    };
    // The embed code is made when the dialog opens, not on every input.
    let code = use_state(String::new);
    // The newsroom's site, if it gives one: only that origin may then drive the calculator.
    let site = use_state(|| (String::new(), None::<String>));
    let on_open = {
        let (dialog, code_copied) = (dialog.clone(), code_copied.clone());
        let (link, code, site) = (props.link.clone(), code.clone(), site.clone());
        Callback::from(move |_: MouseEvent| {
            let host = site.1.clone();
            code.set(embed_code(
                &Link { host, ..link.get() },
                text(lang, T::IframeTitle),
            ));
            code_copied.set(false);
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let on_close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let on_site = {
        let (link, code, site) = (props.link.clone(), code.clone(), site.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let trimmed = typed.trim().trim_end_matches('/');
            let host = origin(trimmed);
            code.set(embed_code(
                &Link {
                    host: host.clone(),
                    ..link.get()
                },
                text(lang, T::IframeTitle),
            ));
            site.set((typed, host));
        })
    };
    let site_error = !site.0.trim().is_empty() && site.1.is_none();
    // Tab and Shift+Tab go round the dialog's controls: a modal dialog keeps focus inside it
    // (browsers make the page behind inert, but would let Tab leave for the browser's own UI).
    let on_dialog_key = Callback::from(|e: KeyboardEvent| {
        if e.key() != "Tab" {
            return;
        }
        let Some(dialog) = e
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(controls) = dialog.query_selector_all("button, textarea, input") else {
            return;
        };
        let (Some(first), Some(last)) = (
            controls.item(0),
            controls.item(controls.length().saturating_sub(1)),
        ) else {
            return;
        };
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .map(web_sys::Node::from);
        let wrap_to = match (e.shift_key(), active) {
            (true, Some(a)) if a == first => Some(last),
            (false, Some(a)) if a == last => Some(first),
            _ => None,
        };
        if let Some(target) = wrap_to.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            e.prevent_default();
            let _ = target.focus();
        }
    });
    let on_copy_code = {
        let (code, code_copied) = (code.clone(), code_copied.clone());
        Callback::from(move |_: MouseEvent| {
            let code_copied = code_copied.clone();
            copy_then(
                (*code).clone(),
                Callback::from(move |ok| code_copied.set(ok)),
            );
        })
    };
    // CSV and JSON are written by the engine (a worker, started on the first download), which
    // answers with the file; a chart is the chart on the page, written here.
    let download = |kind: &'static str| {
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let query = location::link_query(&link.get());
            match kind {
                "csv" | "json" => engine::request(
                    "export",
                    &[
                        ("format", kind.into()),
                        ("query", query.into()),
                        ("lang", lang.name().into()),
                    ],
                ),
                chart => {
                    if let Some(svg) = chart_svg(chart) {
                        download::save(&[chart, ".svg"].concat(), "image/svg+xml", &svg);
                    }
                }
            }
        })
    };
    html! {
        <section class="share" aria-labelledby="h-share">
            <h2 id="h-share">{ text(lang, T::Share) }</h2>
            <div class="actions">
                <button type="button" data-testid="copy-link" onclick={on_copy}>{ text(lang, T::CopyLink) }</button>
                if !props.local_file {
                    <button type="button" data-testid="embed-open" onclick={on_open}>{ text(lang, T::EmbedOpen) }</button>
                }
            </div>
            <p class="status" role="status" data-testid="copy-status">
                { match &*copied {
                    Copied::Nothing => Html::default(),
                    Copied::Done => html! { text(lang, T::LinkCopied) },
                    Copied::ByHand(url) => html! {
                        <label>{ text(lang, T::CopyByHand) }{ " " }
                            <input type="text" readonly=true data-testid="share-url" value={url.clone()} />
                        </label>
                    },
                } }
            </p>
            <p class="downloads">
                <span>{ text(lang, T::Download) }{ ": " }</span>
                // The data files come from the engine's worker, which the single-file edition
                // does not carry; its charts are in the page.
                if !props.local_file {
                    <button type="button" class="link" data-testid="export-csv" onclick={download("csv")}>{ text(lang, T::DownloadCsv) }</button>
                    <button type="button" class="link" data-testid="export-json" onclick={download("json")}>{ text(lang, T::DownloadJson) }</button>
                }
                <button type="button" class="link" data-testid="export-svg-breakdown" onclick={download("chart-breakdown")}>{ text(lang, T::DownloadBreakdownSvg) }</button>
                <button type="button" class="link" data-testid="export-svg-hyperscalers" onclick={download("chart-hyperscalers")}>{ text(lang, T::DownloadHyperscalerSvg) }</button>
            </p>
            if !props.local_file {
                // The build's single-file edition (tests/tools/single-file.mjs), beside index.html.
                <p class="offline-edition">
                    <a href="capex-calculator-offline.html" download="capex-calculator-offline.html"
                        data-testid="download-offline">{ text(lang, T::DownloadOffline) }</a>
                    { " " }<span class="hint">{ text(lang, T::DownloadOfflineHint) }</span>
                </p>
            }
            <dialog ref={dialog} class="embed-dialog" data-testid="embed-dialog" aria-labelledby="h-embed"
                onkeydown={on_dialog_key}>
                <h2 id="h-embed">{ text(lang, T::EmbedHeading) }</h2>
                <p>{ text(lang, T::EmbedIntro) }</p>
                <div class="field site">
                    <label for="f-site">{ text(lang, T::EmbedSite) }</label>
                    <input id="f-site" type="url" data-testid="embed-site" value={site.0.clone()}
                        placeholder="https://" autocomplete="url" oninput={on_site}
                        aria-invalid={site_error.then_some("true")}
                        aria-describedby={site_error.then_some("e-site")} />
                    if site_error {
                        <p class="error" id="e-site" role="alert" data-testid="error-site">{ text(lang, T::EmbedSiteError) }</p>
                    }
                </div>
                <textarea data-testid="embed-code" readonly=true rows="6" aria-labelledby="h-embed" value={(*code).clone()} />
                <div class="actions">
                    <button type="button" data-testid="embed-copy" onclick={on_copy_code}>{ text(lang, T::EmbedCopy) }</button>
                    <button type="button" data-testid="embed-close" onclick={on_close}>{ text(lang, T::Close) }</button>
                    <span role="status">{ if *code_copied { text(lang, T::EmbedCopied) } else { "" } }</span>
                </div>
            </dialog>
        </section>
    }
}
