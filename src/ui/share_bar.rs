//! Sharing the scenario: a link to copy, code to embed it in an article, and downloads. The
//! engine's worker writes the code and every file (`crate::engine`); the bar only asks for them
//! and hands them on, so none of that weight is in the page.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::Formatter;
use crate::browser::{clipboard, document, engine, location};
use crate::model::Link;
use crate::text::T;

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

/// The full calculator's link for a scenario (never the embedded layout).
pub fn share_url(link: &Link) -> String {
    let standalone = Link {
        embed: false,
        id: None,
        ..link.clone()
    };
    location::link_url(&standalone)
}

/// The downloads the engine writes: button, format, label. (`download-png` is the picture.)
const DOWNLOADS: [(&str, &str, T); 5] = [
    ("export-csv", "csv", T::DownloadCsv),
    ("export-json", "json", T::DownloadJson),
    (
        "export-svg-breakdown",
        "chart-breakdown",
        T::DownloadBreakdownSvg,
    ),
    (
        "export-svg-hyperscalers",
        "chart-hyperscalers",
        T::DownloadHyperscalerSvg,
    ),
    ("download-png", "picture", T::DownloadPicture),
];

/// Asks the engine for a download of the scenario on screen; the page's reply handler saves
/// the file (or turns the picture into a PNG).
pub fn on_download(
    link: &LatestLink,
    lang: crate::model::Lang,
    format: &'static str,
) -> Callback<MouseEvent> {
    let link = link.clone();
    Callback::from(move |_: MouseEvent| {
        let query = location::link_query(&link.get()).into();
        let (kind, format) = match format {
            "picture" => ("picture", ""),
            format => ("export", format),
        };
        engine::request(
            kind,
            &[
                ("format", format.into()),
                ("query", query),
                ("lang", lang.name().into()),
                ("scheme", document::scheme().into()),
            ],
        );
    })
}

/// A download's button.
pub fn download_button(fmt: &Formatter, link: &LatestLink, which: usize) -> Html {
    let (testid, format, label) = DOWNLOADS[which];
    html! {
        <button type="button" class="link" data-testid={testid}
            onclick={on_download(link, fmt.lang(), format)}>{ fmt.t(label) }</button>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub link: LatestLink,
    pub fmt: Rc<Formatter>,
    /// Opened from a file on disk (the single-file edition): no embed code (it would point at
    /// the reader's disk), no engine for the files, and no offline edition to download (this
    /// is it).
    #[prop_or_default]
    pub local_file: bool,
}

/// What the embed dialog shows.
#[derive(Clone, Default, PartialEq)]
struct Code {
    html: String,
    amp: String,
    site_error: bool,
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let fmt = &*props.fmt;
    let lang = fmt.lang();
    // The link copied: `Some(None)` once copied, `Some(Some(url))` where the browser refused
    // and the reader copies it by hand.
    let copied = use_state(|| None::<Option<String>>);
    let code_copied = use_state(|| false);
    let code = use_state(Code::default);
    let site = use_state(String::new);
    let latest = use_state(|| false);
    let dialog = use_node_ref();

    let on_copy = {
        let (link, copied) = (props.link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let url = share_url(&link.get());
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = clipboard::copy(&url).await;
                copied.set(Some((!ok).then_some(url)));
            });
        })
    };
    // The code is asked of the engine when the dialog opens and whenever its choices change.
    let ask = {
        let (link, code) = (props.link.clone(), code.clone());
        move |site: &str, latest: bool| {
            let code = code.clone();
            engine::ask(
                "embed-code",
                &[
                    ("query", location::link_query(&link.get()).into()),
                    ("lang", lang.name().into()),
                    ("base", location::url_with("").into()),
                    ("site", site.into()),
                    ("latest", latest.into()),
                ],
                move |reply| {
                    code.set(Code {
                        html: reply.code().unwrap_or_default(),
                        amp: reply.amp().unwrap_or_default(),
                        site_error: reply.site_error().unwrap_or_default(),
                    })
                },
            );
        }
    };
    let on_open = {
        let (dialog, code_copied, ask) = (dialog.clone(), code_copied.clone(), ask.clone());
        let (site, latest) = (site.clone(), latest.clone());
        Callback::from(move |_: MouseEvent| {
            ask(&site, *latest);
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
        let (site, latest, ask) = (site.clone(), latest.clone(), ask.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            ask(&typed, *latest);
            site.set(typed);
        })
    };
    let on_latest = {
        let (site, latest) = (site.clone(), latest.clone());
        Callback::from(move |_: Event| {
            ask(&site, !*latest);
            latest.set(!*latest);
        })
    };
    let copy_code = |text: String| {
        let code_copied = code_copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, code_copied) = (text.clone(), code_copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                code_copied.set(clipboard::copy(&text).await)
            });
        })
    };
    let site_error = code.site_error;
    html! {
        <section class="share" aria-labelledby="h-share">
            <h2 id="h-share">{ fmt.t(T::Share) }</h2>
            <div class="actions">
                <button type="button" data-testid="copy-link" onclick={on_copy}>{ fmt.t(T::CopyLink) }</button>
                if !props.local_file {
                    <button type="button" data-testid="embed-open" onclick={on_open}>{ fmt.t(T::EmbedOpen) }</button>
                }
            </div>
            <p class="status" role="status" data-testid="copy-status">
                { match &*copied {
                    None => Html::default(),
                    Some(None) => html! { fmt.t(T::LinkCopied) },
                    Some(Some(url)) => html! {
                        <label>{ fmt.t(T::CopyByHand) }{ " " }
                            <input type="text" readonly=true data-testid="share-url" value={url.clone()} />
                        </label>
                    },
                } }
            </p>
            // The files come from the engine's worker, which the single-file edition does not
            // carry.
            if !props.local_file {
                <p class="downloads">
                    <span>{ fmt.t(T::Download) }{ ": " }</span>
                    for which in 0..DOWNLOADS.len() {
                        { download_button(fmt, &props.link, which) }
                    }
                </p>
                // The build's single-file edition (build/single-file.mjs), beside index.html.
                <p class="offline-edition">
                    <a href="capex-calculator-offline.html" download="capex-calculator-offline.html"
                        data-testid="download-offline">{ fmt.t(T::DownloadOffline) }</a>
                    { " " }<span class="hint">{ fmt.t(T::DownloadOfflineHint) }</span>
                </p>
            }
            <dialog ref={dialog} class="embed-dialog" data-testid="embed-dialog" aria-labelledby="h-embed">
                <h2 id="h-embed">{ fmt.t(T::EmbedHeading) }</h2>
                <p>{ fmt.t(T::EmbedIntro) }</p>
                <div class="field site">
                    <label for="f-site">{ fmt.t(T::EmbedSite) }</label>
                    <input id="f-site" type="url" data-testid="embed-site" value={(*site).clone()}
                        placeholder="https://" autocomplete="url" oninput={on_site}
                        aria-invalid={site_error.then_some("true")}
                        aria-describedby={site_error.then_some("e-site")} />
                    if site_error {
                        <p class="error" id="e-site" role="alert" data-testid="error-site">{ fmt.t(T::EmbedSiteError) }</p>
                    }
                </div>
                <label class="toggle"><input type="checkbox" data-testid="embed-latest"
                    checked={*latest} onchange={on_latest} />{ fmt.t(T::EmbedLatest) }</label>
                <textarea data-testid="embed-code" readonly=true rows="6" aria-labelledby="h-embed" value={code.html.clone()} />
                <h3 id="h-embed-amp">{ fmt.t(T::EmbedAmp) }</h3>
                <textarea data-testid="embed-amp" readonly=true rows="4" aria-labelledby="h-embed-amp" value={code.amp.clone()} />
                <div class="actions">
                    <button type="button" data-testid="embed-copy" onclick={copy_code(code.html.clone())}>{ fmt.t(T::EmbedCopy) }</button>
                    <button type="button" data-testid="embed-close" onclick={on_close}>{ fmt.t(T::Close) }</button>
                    <span role="status">{ if *code_copied { fmt.t(T::EmbedCopied) } else { "" } }</span>
                </div>
            </dialog>
        </section>
    }
}
