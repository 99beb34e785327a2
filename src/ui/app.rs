//! The calculator page: one reducer for the state, results derived from it, effects after.
//!
//! The result sections are view functions, not components: every one of them changes on every
//! input, so a component's props comparison would only cost bytes and time. What does not
//! change with the scenario (the sources and financing panels) and what a reader edits one at
//! a time (the input fields) are components, which Yew skips when their props are unchanged.
//!
//! One layout serves the standalone page and an article's frame (`embed=1`): the inputs the
//! story turns on, with the key results between them; the further assumptions, then the
//! results in detail. The frame drops the masthead and footer, folds what a reader of an
//! article needs least, and links to the full calculator instead of the share bar.

use std::rc::Rc;

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::assumptions::{assumptions, AssumptionsView};
use super::budget_breakdown::budget_breakdown;
use super::chip_maths::chip_maths;
use super::context_panels::{tokens_panel, FinancingPanel};
use super::hyperscaler_comparison::hyperscaler_comparison;
use super::key_figures::key_figures;
use super::key_results::key_results;
use super::language_picker::language_picker;
use super::link_notes::LinkNotes;
use super::share_bar::{share_url, LatestLink, ShareBar};
use super::sources_panel::SourcesPanel;
use super::state::{Action, AppState};
use super::text::{fill, locale, text, T};
use super::update_line::update_line;
use super::{load_language, Formatter};
use crate::browser::{document, download, embed, engine, host, location, offline, storage, Start};
use crate::model::{evaluate, Field, Lang, Link};

/// How long the URL (and storage) wait after the last change before following it: no history
/// work on every pixel of a drag.
const WRITE_DELAY_MS: u32 = 300;

/// The frame's name in messages to its host when the link gives none.
const DEFAULT_ID: &str = "capex-calculator";

/// How long the reader must pause before the key results are read out to a screen reader:
/// once per pause, never on every step of a drag.
const ANNOUNCE_DELAY_MS: u32 = 500;

/// The page is built in steps, so the first results reach the screen before the rest of the
/// page is built, and no single task keeps a slow phone busy for long: first what a reader
/// looks at (the inputs the story turns on and the key results), then, each in a task of its
/// own after a frame has been painted, what lies below them. Nothing already built moves when
/// a later step arrives. Lighthouse's mobile run (a fourfold slower CPU) counts every task over
/// 50 ms as blocking: built in one second step, the rest of the page took 200-280 ms there.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Stage {
    /// The inputs the story turns on and the key results.
    First,
    /// The budget breakdown, the key figures and the chip maths.
    Results,
    /// The comparison with the US four, tokens, financing (and the explore page's parts).
    Comparisons,
    /// The further assumptions.
    Assumptions,
    /// Sharing, or in an article's frame the link to the full calculator.
    Sharing,
    /// The sources and the footer: the page is whole.
    Whole,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        Some(match self {
            Stage::First => Stage::Results,
            Stage::Results => Stage::Comparisons,
            Stage::Comparisons => Stage::Assumptions,
            Stage::Assumptions => Stage::Sharing,
            Stage::Sharing => Stage::Whole,
            Stage::Whole => return None,
        })
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// How the page was opened: from the URL and storage in the browser, or a test's choice.
    #[prop_or_default]
    pub start: Rc<Start>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::new(&props.start));
    let lang = state.lang;
    let fmt: Rc<Formatter> = use_memo(lang, |&lang| Formatter::new(lang));
    let scenario = *state.editor.scenario();
    let outcome = *use_memo(scenario, evaluate);
    let currency = state.currency;
    let link = state.link();
    let embedded = link.embed;
    let latest_link = use_memo((), |_| LatestLink::default());
    latest_link.set(link.clone());
    let stage = use_state(|| Stage::First);
    let built = *stage;
    let whole = built == Stage::Whole;
    // After each step's frame is painted, a new task builds the next one.
    use_effect_with(built, {
        let stage = stage.clone();
        move |built| {
            let frame = built.next().map(|next| {
                request_animation_frame(move |_| {
                    Timeout::new(0, move || stage.set(next)).forget();
                })
            });
            move || drop(frame)
        }
    });
    let on_action = {
        let dispatcher = state.dispatcher();
        #[cfg(not(feature = "explore"))]
        let latest = latest_link.clone();
        use_callback((), move |action: Action, _| {
            // A preset made of ranges is the explore page's: the first view opens it there,
            // with everything else the page's link carries (currency, language, embedding).
            #[cfg(not(feature = "explore"))]
            if let Action::PickPreset(preset) = &action {
                if preset.has_ranges() && offline::served() {
                    let rest = Link {
                        scenario: Default::default(),
                        ..latest.get()
                    };
                    let query =
                        ["preset=", preset.name(), "&", &location::link_query(&rest)].concat();
                    location::open_explore(&query, "");
                    return;
                }
            }
            dispatcher.dispatch(action)
        })
    };
    #[cfg(feature = "explore")]
    let on_explore = use_callback(on_action.clone(), |action, on| {
        on.emit(Action::Explore(action))
    });
    #[cfg(feature = "explore")]
    let (simulation, drawn, draws) = super::explore::use_draws(&link);
    let on_edit = use_callback(on_action.clone(), |(field, text): (Field, String), on| {
        on.emit(Action::Edit(field, text))
    });
    let on_slide = use_callback(on_action.clone(), |(field, value): (Field, f64), on| {
        on.emit(Action::Slide(field, value))
    });
    // A language is switched to once its texts are in the page; if they cannot be loaded, the
    // page stays as it is and says so.
    let lang_failed = use_state(|| None::<Lang>);
    let on_pick_lang = {
        let lang_failed = lang_failed.setter();
        use_callback(on_action.clone(), move |lang: Lang, on| {
            let (on, lang_failed) = (on.clone(), lang_failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if load_language(lang).await {
                    lang_failed.set(None);
                    on.emit(Action::SetLang(lang));
                } else {
                    lang_failed.set(Some(lang));
                }
            });
        })
    };

    // The URL, and on the standalone page storage, follow the scenario once the reader has
    // changed it; until then the address stays the one the reader opened.
    let opened = use_mut_ref(|| Some(link.clone()));
    use_effect_with(link.clone(), move |link| {
        let changed = opened.borrow().as_ref() != Some(link);
        let pending = changed.then(|| {
            opened.borrow_mut().take();
            let link = link.clone();
            Timeout::new(WRITE_DELAY_MS, move || {
                location::replace_query(&location::link_query(&link));
                if !link.embed {
                    // Storage keeps single values (each range's median), which every build
                    // reads; the link keeps the ranges and the pin.
                    let kept = Link {
                        ranges: Default::default(),
                        pinned: None,
                        ..link
                    };
                    storage::save(&location::link_query(&kept));
                }
            })
        });
        move || drop(pending)
    });

    // The document's language, title and description follow the page's.
    use_effect_with(lang, |&lang| {
        document::set_language(
            locale(lang),
            text(lang, T::Title),
            text(lang, T::Description),
        );
    });

    // Once the reader pauses, a screen reader hears the key results, politely: not on the
    // first render, not on every step of a drag.
    let announcement = use_state(String::new);
    let announced = use_mut_ref(|| (scenario, currency));
    use_effect_with((scenario, currency, fmt.clone()), {
        let announcement = announcement.setter();
        move |(scenario, currency, fmt)| {
            let changed = *announced.borrow() != (*scenario, *currency);
            let (fmt, currency, o) = (fmt.clone(), *currency, evaluate(scenario));
            let pending = changed.then(|| {
                *announced.borrow_mut() = (*scenario, currency);
                Timeout::new(ANNOUNCE_DELAY_MS, move || {
                    announcement.set(fill(
                        fmt.t(T::Announce),
                        &[
                            &fmt.usd_bn_in(o.capex_usd, currency, o.rates),
                            &fmt.usd_bn_in(o.ai_usd, currency, o.rates),
                            &fmt.number(o.chips, 0),
                            &fmt.times(o.bigfour_ratio),
                        ],
                    ))
                })
            });
            move || drop(pending)
        }
    });

    // The host page may drive an embedded calculator: its messages go to the engine (a
    // worker, started once the page is whole), which decodes and checks them and answers with
    // what to do (`on_engine_reply`). What does not pass is reported to the host and changes
    // nothing.
    let subscriber = use_mut_ref(|| None::<String>);
    let frame_id = link.id.clone().unwrap_or_else(|| DEFAULT_ID.to_owned());
    use_effect_with(embedded, {
        let (on_action, subscriber) = (on_action.clone(), subscriber.clone());
        let (latest, id, host) = (latest_link.clone(), frame_id.clone(), link.host.clone());
        #[cfg(feature = "explore")]
        let draws = draws.clone();
        move |&embedded| {
            engine::on_reply(move |reply| {
                #[cfg(feature = "explore")]
                if draws.take_reply(&reply) {
                    return;
                }
                on_engine_reply(&reply, &on_action, &subscriber)
            });
            let listener = embedded
                .then(|| {
                    host::listen(host, move |origin, data| {
                        let query = location::link_query(&latest.get()).into();
                        engine::request(
                            "host",
                            &[
                                ("id", id.as_str().into()),
                                ("origin", origin.into()),
                                ("query", query),
                                ("data", data),
                            ],
                        );
                    })
                })
                .flatten();
            move || drop(listener)
        }
    });
    // Once the whole page is built, an embedded calculator tells its host it is ready; after
    // that, results go to a subscriber on the next frame after each change: once per frame,
    // however fast a slider moves.
    let told_ready = use_mut_ref(|| false);
    use_effect_with((link.clone(), whole), {
        let (subscriber, id, host) = (subscriber.clone(), frame_id.clone(), link.host.clone());
        move |(link, whole)| {
            if *whole && link.embed && host::embedded() && !told_ready.replace(true) {
                let origin = host::ready_origin(host.as_deref());
                engine::request(
                    "ready",
                    &[("id", id.as_str().into()), ("origin", origin.into())],
                );
            }
            let query = location::link_query(link);
            let frame = subscriber.borrow().clone().map(|origin| {
                request_animation_frame(move |_| {
                    engine::request(
                        "results",
                        &[
                            ("id", id.into()),
                            ("origin", origin.into()),
                            ("query", query.into()),
                        ],
                    );
                })
            });
            move || drop(frame)
        }
    });

    // An embedded page keeps its host told of its height.
    let id = link.id.clone().unwrap_or_else(|| DEFAULT_ID.to_owned());
    // Opened by Pym.js (`childId=` in the URL), it reports its height as an embed does.
    use_effect_with(embedded, move |&embedded| {
        let pym = embed::pym_id();
        let reporter = (embedded || pym.is_some())
            .then(|| embed::report_height(id, pym))
            .flatten();
        move || drop(reporter)
    });

    // Offline use: the build's service worker, registered once the page has loaded, and the
    // line that offers a new version when one is waiting.
    let update_ready = use_state(|| false);
    use_effect_with(props.start.worker.clone(), {
        let update_ready = update_ready.clone();
        move |worker: &Option<String>| {
            if worker.is_some() {
                offline::watch(move || update_ready.set(true));
            }
        }
    });

    let f = &*fmt;
    // Every result's interval, while inputs are ranges.
    #[cfg(feature = "explore")]
    super::explore::show(simulation, lang);
    #[cfg(feature = "explore")]
    let range_field = |field: Field| {
        html! {
            <super::explore::range_field::RangeField field={field}
                draft={state.explore.draft(field).cloned()} on_explore={on_explore.clone()}
                fmt={fmt.clone()} />
        }
    };
    let form = assumptions(AssumptionsView {
        #[cfg(feature = "explore")]
        range_field: &range_field,
        #[cfg(feature = "explore")]
        ranged: &|field| link.ranges.get(field).is_some(),
        fmt: &fmt,
        editor: &state.editor,
        on_action: &on_action,
        on_edit: &on_edit,
        on_slide: &on_slide,
        embedded,
        whole: built >= Stage::Assumptions,
        summary: key_results(f, &scenario, &outcome, currency, &on_action),
    });
    // What the explore page adds to the results: how sure they are, a comparison, the story.
    #[cfg(feature = "explore")]
    let explore_parts = || {
        use super::explore::{compare::compare, story, tornado::HowSure};
        let ranged = |field: Field| link.ranges.get(field).is_some();
        html! {
            <>
                <HowSure scenario={scenario} ranges={link.ranges} seed={link.seed}
                    currency={currency} on_explore={on_explore.clone()} fmt={fmt.clone()} />
                { compare(f, link.pinned.as_ref(), &scenario, currency, &on_explore) }
                { story::story(story::StoryView {
                    fmt: &fmt, editor: &state.editor, outcome: &outcome, currency,
                    on_edit: &on_edit, on_slide: &on_slide, ranged: &ranged,
                }) }
            </>
        }
    };
    #[cfg(not(feature = "explore"))]
    let explore_parts = Html::default;
    let details = (built >= Stage::Results).then(|| {
        let sections = html! {
            <>
                { budget_breakdown(f, &outcome, currency) }
                { key_figures(f, &scenario, &outcome) }
                { chip_maths(f, &scenario, &outcome, currency) }
                if built >= Stage::Comparisons {
                    { hyperscaler_comparison(f, &scenario, &outcome, currency) }
                    { tokens_panel(f, &scenario, &outcome, currency) }
                    <FinancingPanel fmt={fmt.clone()} />
                    { explore_parts() }
                }
            </>
        };
        // In an article's frame the key results stand by the inputs; the detail is one click
        // away, so the frame stays short.
        if embedded {
            html! {
                <details class="more">
                    <summary>{ text(lang, T::MoreResults) }</summary>
                    { sections }
                </details>
            }
        } else {
            sections
        }
    });
    // `data-ready` marks the whole page built: tests and host pages wait for it.
    let ready = whole.then_some("true");
    // `data-drawn` marks intervals that are the latest scenario's: tests wait for it.
    #[cfg(feature = "explore")]
    let drawn = drawn.then_some("true");
    #[cfg(not(feature = "explore"))]
    let drawn: Option<&str> = None;
    html! {
        <div class="calc" data-ready={ready} data-drawn={drawn}
            data-embed={embedded.then_some("true")}
            lang={locale(lang)}>
            if !embedded {
                <header class="masthead">
                    { language_picker(f, &on_pick_lang, *lang_failed) }
                    <h1>{ text(lang, T::Title) }</h1>
                    <p class="lede">{ text(lang, T::Lede) }</p>
                </header>
            }
            <LinkNotes start={props.start.clone()} fmt={fmt.clone()} />
            <div class="layout">
                { form }
                <section class="results" aria-labelledby="h-results">
                    <h2 id="h-results">{ text(lang, T::Results) }</h2>
                    // The single-file edition has no explore page beside it.
                    if built >= Stage::Results && !embedded && !props.start.local_file {
                        { explore_links(f, &link) }
                    }
                    { details }
                </section>
            </div>
            if built >= Stage::Sharing {
                if embedded {
                    <div class="open-full">
                        <a data-testid="open-full" href={share_url(&link)} target="_blank"
                            rel="noopener">{ text(lang, T::OpenFull) }</a>
                        { language_picker(f, &on_pick_lang, *lang_failed) }
                    </div>
                } else {
                    <ShareBar link={(*latest_link).clone()} fmt={fmt.clone()}
                        local_file={props.start.local_file} />
                }
            }
            if whole {
                <SourcesPanel fmt={fmt.clone()} />
                if !embedded {
                    <footer class="colophon"><p>{ text(lang, T::Footer) }</p></footer>
                }
            }
            <p class="visually-hidden" role="status" aria-live="polite"
                data-testid="announcement">{ (*announcement).clone() }</p>
            { update_line(lang, *update_ready) }
        </div>
    }
}

/// What the page does with the engine's replies: show a scenario a host set (loading the
/// texts of a language it asks for first), reset, remember a subscriber, post a message to the
/// host, offer a file.
fn on_engine_reply(
    reply: &wasm_bindgen::JsValue,
    on_action: &Callback<Action>,
    subscriber: &std::rc::Rc<std::cell::RefCell<Option<String>>>,
) {
    let text = |name| engine::text(reply, name).unwrap_or_default();
    match text("kind").as_str() {
        "apply" => {
            // A host's `set` with ranges is the explore page's to show: this frame becomes it.
            #[cfg(not(feature = "explore"))]
            if location::hand_over_query(&text("query"), "") {
                return;
            }
            let next = location::decode_query(&text("query")).link;
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = load_language(next.lang.unwrap_or_default()).await;
                // If the texts cannot be had, everything else applies and the language stays.
                let lang = if loaded { next.lang } else { None };
                on_action.emit(Action::Apply(Box::new(Link { lang, ..next })));
            });
        }
        "reset" => on_action.emit(Action::Reset),
        "subscribe" => *subscriber.borrow_mut() = Some(text("origin")),
        "post" => host::post(&text("origin"), &engine::field(reply, "message")),
        "file" => {
            download::save(&text("name"), &text("mime"), &text("content"));
        }
        _ => {}
    }
}

/// Links to how sure the numbers are, a comparison and the story: on the explore page, to its
/// own parts; on the first view, to the explore page with the scenario on screen.
fn explore_links(fmt: &Formatter, link: &Link) -> Html {
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
