//! The few texts that only the build writes, into each language's entry page, its web app
//! manifest and its oEmbed response (`build/entry.rs`); the page itself never shows them, so
//! they are not in its tables.

use crate::model::Lang;

/// What an entry page says about itself beyond its title and description.
pub struct Entry {
    /// The manifest's `short_name`: under a phone's icon.
    pub short_name: &'static str,
    /// Added to the manifest's description.
    pub offline: &'static str,
    /// `og:locale`.
    pub og_locale: &'static str,
    /// oEmbed's `provider_name`.
    pub provider: &'static str,
    /// What the page says where no script runs, above the picture of the article's scenario.
    pub no_script: &'static str,
}

pub fn entry(lang: Lang) -> Entry {
    match lang {
        Lang::En => Entry {
            short_name: "AI budget",
            offline: "Works offline.",
            og_locale: "en_US",
            provider: "AI capex calculator",
            no_script: "This calculator needs JavaScript. With the article\u{2019}s figures it shows this:",
        },
        Lang::It => Entry {
            short_name: "Budget IA",
            offline: "Funziona anche offline.",
            og_locale: "it_IT",
            provider: "Simulatore della spesa per l\u{2019}IA",
            no_script: "Questo simulatore richiede JavaScript. Con i dati dell\u{2019}articolo mostra questo:",
        },
        Lang::Zh => Entry {
            short_name: "AI预算",
            offline: "可离线使用。",
            og_locale: "zh_CN",
            provider: "AI资本支出情景计算器",
            no_script: "本计算器需要启用JavaScript。按报道中的数据，结果如下：",
        },
    }
}
