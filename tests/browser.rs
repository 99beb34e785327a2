//! Component tests in headless Chromium (wasm-bindgen-test): mount the page into a fresh
//! element, fire the events a reader's browser fires, wait for Yew's scheduler, then read the
//! `data-value`s of the contract. Run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use capex_calculator::browser::{js, Start};
use capex_calculator::model::decode;
use capex_calculator::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, InputEvent, InputEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

struct Page {
    root: Element,
}

impl Page {
    async fn mount() -> Page {
        Page::mount_with(Start::default()).await
    }

    /// Mounts the page as if opened with this start (a link, storage).
    async fn mount_with(start: Start) -> Page {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = AppProps {
            start: Rc::new(start),
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        let page = Page { root };
        page.until_ready().await;
        page
    }

    /// Waits until the page is whole: it is built in two steps, the second after a frame.
    async fn until_ready(&self) {
        for _ in 0..200 {
            yew::scheduler::flush().await;
            if self
                .root
                .query_selector("[data-ready=\"true\"]")
                .unwrap()
                .is_some()
            {
                return;
            }
            gloo_timers::future::TimeoutFuture::new(10).await;
        }
        panic!("the page did not finish building within 2 s");
    }

    /// Mounts the page as if opened with this query's parameters.
    async fn open(pairs: &[(&str, &str)]) -> Page {
        Page::mount_with(Start {
            decoded: decode(pairs),
            ..Start::default()
        })
        .await
    }

    #[track_caller]
    fn find(&self, testid: &str) -> Element {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
    }

    fn has(&self, testid: &str) -> bool {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
            .is_some()
    }

    /// The unformatted number of `out-<name>`.
    #[track_caller]
    fn value(&self, name: &str) -> f64 {
        let raw = self
            .find(&format!("out-{name}"))
            .get_attribute("data-value")
            .unwrap();
        raw.parse()
            .unwrap_or_else(|_| panic!("data-value {raw:?} of {name} is not a plain decimal"))
    }

    fn text(&self, testid: &str) -> String {
        self.find(testid).text_content().unwrap_or_default()
    }

    fn input(&self, testid: &str) -> HtmlInputElement {
        self.find(testid).dyn_into().unwrap()
    }

    /// Sets an input's value and fires a bubbling `input` event, as typing or dragging does.
    async fn type_into(&self, testid: &str, text: &str) {
        let input = self.input(testid);
        input.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    async fn choose(&self, testid: &str, value: &str) {
        let select: HtmlSelectElement = self.find(testid).dyn_into().unwrap();
        select.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        select
            .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
    }

    /// Opens a folded section as a reader's click on its summary does (the browser sets
    /// `open`, then fires `toggle`), and waits until its content is built.
    async fn unfold(&self, selector: &str) -> Element {
        let details = self.root.query_selector(selector).unwrap().unwrap();
        details.set_attribute("open", "").unwrap();
        for _ in 0..100 {
            yew::scheduler::flush().await;
            if details.get_attribute("data-built").as_deref() == Some("true") {
                return details;
            }
            gloo_timers::future::TimeoutFuture::new(10).await;
        }
        panic!("{selector} was not built within 1 s of opening");
    }

    async fn click(&self, testid: &str) {
        self.find(testid)
            .dyn_into::<web_sys::HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        self.root.remove();
    }
}

#[track_caller]
fn close(actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "expected {expected} ± {tolerance}, got {actual}"
    );
}

#[wasm_bindgen_test]
async fn opens_on_the_articles_figures() {
    let page = Page::mount().await;
    close(page.value("capex-usd"), 160.0 / 7.04, 1e-6);
    close(page.value("capex-eur"), 160.0 / 7.04 / 1.17, 1e-6);
    close(page.value("growth"), 10.0 / 150.0 * 100.0, 1e-6);
    close(page.value("ai-usd"), 85.0 / 7.04, 1e-6);
    close(page.value("ai-share"), 53.125, 1e-9);
    close(page.value("rest-usd"), 75.0 / 7.04, 1e-6);
    assert_eq!(page.value("chips"), 603_693.0);
    close(page.value("order-cost"), 0.4, 1e-9);
    close(page.value("bigfour-usd"), 376.2, 1e-9);
    close(page.value("bigfour-ratio"), 376.2 / (160.0 / 7.04), 1e-6);
    assert_eq!(page.input("input-capex").value(), "160");
    assert_eq!(page.input("input-usdcny").value(), "7.04");
    assert_eq!(page.text("out-capex-usd"), "US$22.7 bn");
    assert_eq!(page.text("out-chips"), "603,693");
}

#[wasm_bindgen_test]
async fn typing_a_price_updates_the_chips_on_that_event() {
    let page = Page::mount().await;
    page.type_into("input-chip", "40000").await;
    // Twice the price, half the chips: 603,693.18 / 2 = 301,846.
    assert_eq!(page.value("chips"), 301_846.0);
    assert_eq!(page.input("input-chip-slider").value(), "40000");
    close(page.value("order-cost"), 0.8, 1e-9);
}

#[wasm_bindgen_test]
async fn moving_the_capex_slider_updates_field_and_results() {
    let page = Page::mount().await;
    page.type_into("input-capex-slider", "200").await;
    assert_eq!(page.input("input-capex").value(), "200");
    close(page.value("capex-usd"), 200.0 / 7.04, 1e-6);
    close(page.value("ai-share"), 42.5, 1e-9);
}

#[wasm_bindgen_test]
async fn bad_input_shows_an_error_and_keeps_text_and_results() {
    let page = Page::mount().await;
    for bad in ["abc", "-5", "1e400", "", "99999"] {
        page.type_into("input-capex", bad).await;
        assert!(page.has("error-capex"), "no error for {bad:?}");
        assert_eq!(
            page.find("error-capex").get_attribute("role").as_deref(),
            Some("alert")
        );
        assert_eq!(page.input("input-capex").value(), bad);
        assert_eq!(
            page.input("input-capex")
                .get_attribute("aria-invalid")
                .as_deref(),
            Some("true")
        );
        close(page.value("capex-usd"), 160.0 / 7.04, 1e-6);
    }
    page.type_into("input-capex", "176").await;
    assert!(!page.has("error-capex"));
    close(page.value("capex-usd"), 25.0, 1e-9);
}

#[wasm_bindgen_test]
async fn ai_budget_above_capex_is_refused_with_the_reason() {
    let page = Page::mount().await;
    page.type_into("input-ai", "170").await;
    assert!(
        page.text("error-ai").contains("160"),
        "{}",
        page.text("error-ai")
    );
    close(page.value("ai-usd"), 85.0 / 7.04, 1e-6);
}

#[wasm_bindgen_test]
async fn switching_currency_changes_the_text_not_the_data_value() {
    let page = Page::mount().await;
    page.choose("input-currency", "eur").await;
    assert_eq!(page.text("out-capex-usd"), "\u{20ac}19.4 bn");
    close(page.value("capex-usd"), 160.0 / 7.04, 1e-6);
    page.choose("input-currency", "cny").await;
    assert_eq!(page.text("out-capex-usd"), "RMB 160 bn");
    assert_eq!(page.text("out-ai-usd"), "RMB 85 bn");
}

#[wasm_bindgen_test]
async fn breakdown_lines_add_up_to_the_total_shown() {
    let page = Page::mount().await;
    // 12.07 + 10.65 would round to 12.1 + 10.7 = 22.8; the total is 22.7.
    assert_eq!(page.text("out-ai-usd"), "US$12.1 bn");
    assert_eq!(page.text("out-rest-usd"), "US$10.6 bn");
    assert_eq!(page.text("breakdown-total"), "US$22.7 bn");
    let label = page
        .find("chart-breakdown")
        .get_attribute("aria-label")
        .unwrap();
    // Read out with the currency in words.
    assert!(
        label.contains("AI processors: 12.1 billion US dollars")
            && label.contains("total: 22.7 billion US dollars"),
        "{label}"
    );
}

#[wasm_bindgen_test]
async fn hyperscaler_chart_has_a_bar_per_company_and_a_text_alternative() {
    let page = Page::mount().await;
    let chart = page.find("chart-hyperscalers");
    assert_eq!(chart.query_selector_all("rect").unwrap().length(), 6);
    let label = chart.get_attribute("aria-label").unwrap();
    for name in [
        "ByteDance",
        "Microsoft",
        "Alphabet",
        "Amazon",
        "Meta",
        "US four combined: 376.2 billion US dollars",
    ] {
        assert!(label.contains(name), "{name} missing from {label}");
    }
    page.choose("input-hyperscaler-set", "actual").await;
    close(page.value("bigfour-usd"), 406.65, 1e-9);
    assert_eq!(page.input("input-msft").value(), "118");
}

#[wasm_bindgen_test]
async fn picking_a_chip_sets_its_price_from_its_source() {
    let page = Page::mount().await;
    page.choose("input-chip-model", "h200-reuters").await;
    assert_eq!(page.input("input-chip").value(), "27000");
    assert_eq!(page.value("chips"), 447_180.0);
}

#[wasm_bindgen_test]
async fn reset_brings_back_the_articles_figures() {
    let page = Page::mount().await;
    page.type_into("input-capex", "300").await;
    page.type_into("input-order", "abc").await;
    page.click("reset").await;
    assert_eq!(page.input("input-capex").value(), "160");
    assert_eq!(page.input("input-order").value(), "20000");
    assert!(!page.has("error-order"));
    close(page.value("capex-usd"), 160.0 / 7.04, 1e-6);
}

#[wasm_bindgen_test]
async fn sources_panel_lists_every_figure_with_source_and_date() {
    let page = Page::mount().await;
    page.unfold("details.sources").await;
    let rows = page
        .find("sources")
        .query_selector_all("tbody tr")
        .unwrap()
        .length();
    assert_eq!(rows as usize, capex_calculator::model::FigureId::COUNT);
    let text = page.text("sources");
    for needle in [
        "Financial Times",
        "Reuters",
        "Goldman Sachs",
        "Sifma",
        "25 Dec 2025",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
}

#[wasm_bindgen_test]
async fn a_link_opens_its_scenario_and_notes_what_it_could_not_use() {
    let page = Page::open(&[
        ("v", "1"),
        ("capex", "abc"),
        ("chip", "30000"),
        ("currency", "eur"),
    ])
    .await;
    // RMB 85 bn at 7.04 is US$12.07 bn: 402,462 chips at US$30,000.
    assert_eq!(page.value("chips"), 402_462.0);
    close(page.value("capex-usd"), 160.0 / 7.04, 1e-6);
    assert_eq!(page.input("input-capex").value(), "160");
    assert!(
        page.text("url-note-capex").contains("abc"),
        "{}",
        page.text("url-note-capex")
    );
    assert!(!page.has("url-note-chip"));
    assert_eq!(page.text("out-capex-usd"), "\u{20ac}19.4 bn");
}

#[wasm_bindgen_test]
async fn a_clean_link_shows_no_notes() {
    let page = Page::open(&[("v", "1"), ("capex", "200")]).await;
    assert!(!page.has("url-notes"));
    close(page.value("capex-usd"), 200.0 / 7.04, 1e-6);
}

#[wasm_bindgen_test]
async fn an_embed_has_no_page_chrome_and_links_to_the_full_calculator() {
    let page = Page::open(&[("embed", "1"), ("capex", "200")]).await;
    let root = page.root.first_element_child().unwrap();
    assert_eq!(root.get_attribute("data-embed").as_deref(), Some("true"));
    assert!(page
        .root
        .query_selector("header, footer")
        .unwrap()
        .is_none());
    let href = page.find("open-full").get_attribute("href").unwrap();
    assert!(
        href.contains("capex=200") && !href.contains("embed"),
        "{href}"
    );
    // The key inputs stay on screen; the others are folded away.
    let more = page.root.query_selector("details.more").unwrap().unwrap();
    assert!(!more.has_attribute("open"));
    let more = page.unfold("details.more").await;
    assert!(more
        .query_selector("[data-testid=input-order]")
        .unwrap()
        .is_some());
}

/// In an article's frame the folded sections (the further assumptions, the results in
/// detail) and everywhere the sources are built when a reader first opens them, not at start:
/// the page's first tasks stay short on a phone. Once built they stay built.
#[wasm_bindgen_test]
async fn folded_sections_are_built_when_first_opened_not_before() {
    let page = Page::open(&[("embed", "1")]).await;
    let folded = [
        (
            "[data-testid=more-assumptions]",
            "[data-testid=input-order]",
        ),
        (
            "[data-testid=more-results]",
            "[data-testid=chart-breakdown]",
        ),
        ("[data-testid=sources]", "tbody tr"),
    ];
    for (section, content) in folded {
        let details = page.root.query_selector(section).unwrap().unwrap();
        assert!(!details.has_attribute("open"), "{section} starts folded");
        assert!(
            details.query_selector(content).unwrap().is_none(),
            "{section} holds {content} before it was ever opened"
        );
    }
    for (section, content) in folded {
        let details = page.unfold(section).await;
        assert!(
            details.query_selector(content).unwrap().is_some(),
            "{section} has no {content} once opened"
        );
        details.remove_attribute("open").unwrap();
        yew::scheduler::flush().await;
        assert!(
            details.query_selector(content).unwrap().is_some(),
            "{section} lost {content} when folded again"
        );
    }
}

/// A print opens every folded section, built, and folds it again after: on paper the results
/// in detail and the sources are there, on screen the page is as the reader left it.
#[wasm_bindgen_test]
async fn a_print_opens_and_builds_every_folded_section_then_folds_it_again() {
    let page = Page::open(&[("embed", "1")]).await;
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&Event::new("beforeprint").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    for (section, content) in [
        (
            "[data-testid=more-results]",
            "[data-testid=chart-hyperscalers]",
        ),
        ("[data-testid=sources]", "tbody tr"),
    ] {
        let details = page.root.query_selector(section).unwrap().unwrap();
        assert!(
            details.has_attribute("open"),
            "{section} open for the print"
        );
        assert!(
            details.query_selector(content).unwrap().is_some(),
            "{section} has no {content} for the print"
        );
    }
    window
        .dispatch_event(&Event::new("afterprint").unwrap())
        .unwrap();
    let sources = page.find("sources");
    assert!(
        !sources.has_attribute("open"),
        "folded again after the print"
    );
    assert!(
        page.has("print-link"),
        "the scenario's link is there for the paper"
    );
    assert!(
        page.text("print-link").contains("http"),
        "{}",
        page.text("print-link")
    );
}

#[wasm_bindgen_test]
async fn picking_a_preset_loads_it_and_names_its_source() {
    let page = Page::mount().await;
    assert!(page.text("preset-source").contains("Financial Times"));
    page.choose("input-preset", "capex-200").await;
    close(page.value("capex-usd"), 200.0 / 7.04, 1e-6);
    let source = page.text("preset-source");
    assert!(source.contains("low"), "{source}");
    page.type_into("input-capex", "201").await;
    assert!(!page.has("preset-source"));
}

#[wasm_bindgen_test]
async fn a_kept_scenario_that_could_not_be_read_is_reported() {
    let page = Page::mount_with(Start {
        storage_ignored: true,
        ..Start::default()
    })
    .await;
    assert!(page.has("storage-note"));
    close(page.value("capex-usd"), 160.0 / 7.04, 1e-6);
}

/// The engine's answers to a host page go to the sender's origin, and nowhere else: what it
/// posts names the origin the request came from.
#[wasm_bindgen_test]
fn the_engine_answers_a_host_at_its_own_origin_only() {
    use capex_calculator::engine::handle;
    let request = |json: &str| handle(js_sys::JSON::parse(json).unwrap());
    let field =
        |v: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(v, &name.into()).unwrap();
    let text =
        |v: &wasm_bindgen::JsValue, name: &str| field(v, name).as_string().unwrap_or_default();

    let replies = request(
        r#"{"kind":"host","id":"a","origin":"https://news.example","query":"v=1&capex=200",
            "data":{"type":"capex-calculator:subscribe"}}"#,
    );
    let kinds: Vec<String> = replies.iter().map(|r| text(r, "kind")).collect();
    assert_eq!(kinds, ["subscribe", "post"]);
    assert_eq!(text(&replies[0], "origin"), "https://news.example");
    assert_eq!(text(&replies[1], "origin"), "https://news.example");
    let message = field(&replies[1], "message");
    assert_eq!(text(&message, "type"), "capex-calculator:results");
    // RMB 200 bn at 7.04: US$28.41 bn.
    let results = field(&message, "results");
    close(
        field(&results, "capex-usd").as_f64().unwrap(),
        200.0 / 7.04,
        1e-9,
    );

    let replies =
        request(r#"{"kind":"results","id":"a","origin":"https://other.example","query":"v=1"}"#);
    assert_eq!(text(&replies[0], "origin"), "https://other.example");

    let replies = request(
        r#"{"kind":"host","id":"a","origin":"https://news.example","query":"v=1",
            "data":{"type":"capex-calculator:set","values":{"chip":1,"usdcny":6.96}}}"#,
    );
    let kinds: Vec<String> = replies.iter().map(|r| text(r, "kind")).collect();
    assert_eq!(kinds, ["post", "apply"]);
    assert_eq!(text(&replies[0], "origin"), "https://news.example");
    let error = field(&replies[0], "message");
    assert_eq!(text(&error, "type"), "capex-calculator:error");
    assert_eq!(
        text(&field(&error, "request"), "type"),
        "capex-calculator:set",
        "the request is echoed"
    );
    // A link without an edition is edition 1's; the answer names it.
    assert_eq!(text(&replies[1], "query"), "v=1&edition=1&usdcny=6.96");
}

#[wasm_bindgen_test]
async fn the_update_line_is_an_empty_polite_region_until_a_version_waits() {
    // Start::default() names no worker, as a page without the build's meta tag: nothing is
    // registered, and the line stays empty.
    let page = Page::mount().await;
    let line = page.find("update-status");
    assert_eq!(line.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(page.text("update-status"), "");
    assert!(!page.has("update-reload"));
}

#[yew::component]
fn WaitingVersion() -> yew::Html {
    capex_calculator::ui::update_line::update_line(capex_calculator::model::Lang::En, true)
}

#[wasm_bindgen_test]
async fn a_waiting_version_is_offered_in_one_line_with_a_reload_button() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<WaitingVersion>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let page = Page { root };
    assert_eq!(
        page.find("update-status").get_attribute("role").as_deref(),
        Some("status")
    );
    assert!(page.text("update-status").contains("new version"));
    let button = page.find("update-reload");
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
}

#[wasm_bindgen_test]
async fn the_served_page_links_its_offline_edition_and_the_single_file_edition_does_not() {
    let served = Page::mount().await;
    let link = served.find("download-offline");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("capex-calculator-offline.html")
    );
    assert!(link.has_attribute("download"));
    assert!(served.has("embed-open"));
    drop(served);

    let local = Page::mount_with(Start {
        local_file: true,
        ..Start::default()
    })
    .await;
    assert!(!local.has("download-offline"), "it is the offline edition");
    assert!(
        !local.has("embed-open"),
        "an embed code would point at the disk"
    );
    assert!(local.has("copy-link"));
}

// ---------------------------------------------------------------- numbers against Intl

/// The browser's own formatters, as the page used them before it wrote numbers with `Plain`.
mod intl {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl)]
        pub type NumberFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl)]
        pub fn new(locale: &str, options: &JsValue) -> NumberFormat;
        #[wasm_bindgen(method)]
        pub fn format(this: &NumberFormat, value: f64) -> String;

        #[wasm_bindgen(js_namespace = Intl)]
        pub type DateTimeFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl)]
        pub fn new(locale: &str, options: &JsValue) -> DateTimeFormat;
        #[wasm_bindgen(method, js_name = format)]
        pub fn format_date(this: &DateTimeFormat, date: &js_sys::Date) -> String;
    }
}

/// Italian groups thousands from five digits on (`src/text/style-it.md`: `5000`, `20.000`), as
/// Chromium's and Firefox's `Intl` write it; WebKit's groups four (`1.000`). The page writes
/// the style's in every engine: this is the one difference from `Intl` it allows.
fn four_digits_ungrouped(written: &str) -> String {
    let (sign, rest) = written.split_at(usize::from(written.starts_with('-')));
    let int = rest.split(',').next().unwrap_or("").as_bytes();
    let grouped = int.len() == 5
        && int[1] == b'.'
        && int
            .iter()
            .enumerate()
            .all(|(i, c)| i == 1 || c.is_ascii_digit());
    if grouped {
        [sign, &rest[..1], &rest[2..]].concat()
    } else {
        written.to_owned()
    }
}

/// The page writes its numbers with `Plain`, not `Intl` (no formatter at start): this engine's
/// `Intl` must write the same for each language, at each precision, for values around every
/// grouping step, exact ties (`Intl` rounds them away from zero: 2.5 to 3, 0.125 to 0.13),
/// falls, and the article's own figures.
#[wasm_bindgen_test]
fn plain_numbers_are_what_intl_writes() {
    use capex_calculator::model::Lang;
    use capex_calculator::text::{locale, numbers::Numbers, numbers::Plain};
    let values = [
        0.0,
        0.004,
        0.005,
        0.125,
        0.25,
        0.5,
        1.5,
        2.5,
        7.04,
        7.125,
        9.995,
        12.07,
        53.14,
        85.0,
        160.0,
        999.5,
        1_000.0,
        1_234.5,
        4_999.0,
        5_000.0,
        9_999.99,
        12_345.678,
        20_000.0,
        603_693.2,
        603_693.5,
        1_000_000.0,
        1_234_567.891,
        -0.5,
        -2.5,
        -25.94,
        -1_234.5,
    ];
    for lang in [Lang::En, Lang::It, Lang::Zh] {
        let plain = Plain(lang);
        for max in 0..=2usize {
            let intl = intl::NumberFormat::new(
                locale(lang),
                &js::object(&[("maximumFractionDigits", (max as u32).into())]),
            );
            for v in values {
                let mut written = intl.format(v);
                if lang == Lang::It {
                    written = four_digits_ungrouped(&written);
                }
                assert_eq!(
                    plain.decimal(v, max),
                    written,
                    "{lang:?} {v} to {max} digits"
                );
            }
        }
        let percent = intl::NumberFormat::new(
            locale(lang),
            &js::object(&[
                ("style", "percent".into()),
                ("maximumFractionDigits", 1.into()),
            ]),
        );
        // Away from ties: Intl is given a hundredth of the value, which moves a tie.
        for v in [0.0, 6.7, 12.34, 49.96, 53.1, 100.0, 1_234.56, -25.9] {
            let mut written = percent.format(v / 100.0);
            if lang == Lang::It {
                written = four_digits_ungrouped(&written);
            }
            assert_eq!(plain.percent(v), written, "{lang:?} {v}%");
        }
    }
}

/// The dates the page shows, written as this engine's `Intl` writes them in each language's
/// date locale: every month, a year alone, a day.
#[wasm_bindgen_test]
fn plain_dates_are_what_intl_writes() {
    use capex_calculator::model::{Lang, When};
    use capex_calculator::text::{date_locale, numbers::Numbers, numbers::Plain};
    for lang in [Lang::En, Lang::It, Lang::Zh] {
        let month_style = if lang == Lang::It { "long" } else { "short" };
        let intl = |parts: &[(&str, &str)]| {
            let mut pairs = vec![("timeZone", "UTC".into())];
            pairs.extend(
                parts
                    .iter()
                    .map(|&(k, v)| (k, wasm_bindgen::JsValue::from(v))),
            );
            intl::DateTimeFormat::new(date_locale(lang), &js::object(&pairs))
        };
        let year = intl(&[("year", "numeric")]);
        let month = intl(&[("year", "numeric"), ("month", month_style)]);
        let day = intl(&[
            ("year", "numeric"),
            ("month", month_style),
            ("day", "numeric"),
        ]);
        let at = |y: u16, m: u8, d: u8| {
            let ms =
                js_sys::Date::utc(f64::from(y), f64::from(m - 1)) + f64::from(d - 1) * 86_400_000.0;
            js_sys::Date::new(&ms.into())
        };
        let plain = Plain(lang);
        assert_eq!(
            plain.date(When::Year(2025)),
            year.format_date(&at(2025, 1, 1)),
            "{lang:?}"
        );
        for m in 1..=12 {
            assert_eq!(
                plain.date(When::Month(2025, m)),
                month.format_date(&at(2025, m, 1)),
                "{lang:?} {m}"
            );
        }
        assert_eq!(
            plain.date(When::Day(2025, 12, 25)),
            day.format_date(&at(2025, 12, 25)),
            "{lang:?}"
        );
    }
}
