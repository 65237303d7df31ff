//! The curriculum model: what the files say, after parsing and checking.

use std::collections::BTreeMap;

use crate::domain::mapping::MappingExercise;
use crate::domain::markdown::Markdown;
use crate::domain::reference::Ref;

/// The version of the file format this build reads. Files declare it with
/// `format = 1`; a file with a higher number was written for a newer
/// CCA Migration Lab and is refused with a clear message.
pub const FORMAT_VERSION: i64 = 1;

/// A place in a file: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// The catalogue: which curricula a host offers, in the order shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// Curriculum folder names, which are also their ids.
    pub curricula: Vec<String>,
}

/// `curriculum.toml`: the language-independent facts about a curriculum.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    /// The id; equal to the folder name. Progress is stored under it.
    pub id: String,
    /// The author's version of the content, e.g. `1.0.0`.
    pub version: String,
    /// The language every other language falls back to.
    pub default_language: String,
    /// Every language the curriculum offers, the default first.
    pub languages: Vec<String>,
    /// The module ids, in order; each has a `<lang>/<module>.toml` file.
    pub modules: Vec<String>,
}

/// `<lang>/about.toml`: what the catalogue shows.
#[derive(Debug, Clone, PartialEq)]
pub struct About {
    /// The curriculum's title.
    pub title: String,
    /// One or two sentences for the catalogue card.
    pub summary: Option<String>,
    /// A longer introduction for the curriculum's first page.
    pub description: Option<Markdown>,
    /// Who it is for, in a few words.
    pub audience: Option<String>,
    /// Estimated minutes to complete.
    pub minutes: Option<u32>,
}

/// A module: a titled sequence of lessons.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// Its id, unique in the curriculum.
    pub id: String,
    /// Its title.
    pub title: String,
    /// A sentence saying what it covers.
    pub summary: Option<String>,
    /// Its lessons, in order.
    pub lessons: Vec<Lesson>,
}

/// A lesson: a titled sequence of steps shown on one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    /// Its id, unique in the module.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its steps, in order.
    pub steps: Vec<Step>,
    /// Where it is declared.
    pub pos: Pos,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Its id, unique in the lesson.
    pub id: String,
    /// An optional heading.
    pub title: Option<String>,
    /// What the step is.
    pub kind: StepKind,
    /// Where it is declared.
    pub pos: Pos,
}

/// The kinds of step. New kinds are added as new variants; files name the
/// kind with `kind = "…"`, so adding one never changes existing files.
#[derive(Debug, Clone, PartialEq)]
pub enum StepKind {
    /// `kind = "reading"`: Markdown prose.
    Reading {
        /// The text.
        body: Markdown,
    },
    /// `kind = "single_choice"` or `"multiple_choice"`: a question with
    /// feedback for every option.
    Question(Question),
    /// `kind = "reference_card"`: the official texts of GCM objectives and
    /// SDG goals, targets or indicators.
    ReferenceCard {
        /// Text shown before the cards.
        intro: Option<Markdown>,
        /// The entries shown, in order.
        refs: Vec<Ref>,
    },
    /// `kind = "mapping"`: map national priorities to GCM objectives and SDG
    /// targets or indicators, scored against the trainer's key.
    Mapping(MappingExercise),
}

impl StepKind {
    /// The name used in files for this kind.
    pub fn name(&self) -> &'static str {
        match self {
            StepKind::Reading { .. } => "reading",
            StepKind::Question(q) if q.multiple => "multiple_choice",
            StepKind::Question(_) => "single_choice",
            StepKind::ReferenceCard { .. } => "reference_card",
            StepKind::Mapping(_) => "mapping",
        }
    }
}

/// A question with one or several right options.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// True when several options may be chosen (`multiple_choice`).
    pub multiple: bool,
    /// The question.
    pub prompt: Markdown,
    /// The options, in the order shown.
    pub options: Vec<Choice>,
    /// The ids of the right options.
    pub answer: Vec<String>,
    /// Shown once the learner has checked an answer, whatever they chose.
    pub explanation: Option<Markdown>,
}

/// One option of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Its id, unique in the question (`a`, `b`, …).
    pub id: String,
    /// What the learner reads.
    pub text: Markdown,
    /// Why it is right or wrong, shown after checking.
    pub feedback: Markdown,
    /// Where it is declared.
    pub pos: Pos,
}

impl Question {
    /// Returns true if and only if `selected` is exactly the answer key
    /// (order and duplicates ignored).
    pub fn is_correct(&self, selected: &[String]) -> bool {
        let mut a: Vec<&String> = selected.iter().collect();
        let mut b: Vec<&String> = self.answer.iter().collect();
        a.sort();
        a.dedup();
        b.sort();
        b.dedup();
        a == b
    }
}

/// Everything loaded for one language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageContent {
    /// `about.toml`, if present and valid.
    pub about: Option<About>,
    /// The modules that have a valid file in this language, by id.
    pub modules: BTreeMap<String, Module>,
}

/// A checked curriculum: its manifest and the content of every language that
/// was loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Curriculum {
    /// `curriculum.toml`.
    pub manifest: Manifest,
    /// Content by language code.
    pub content: BTreeMap<String, LanguageContent>,
}

/// A curriculum as one reader sees it: in one language, with every missing
/// piece filled in from the default language.
#[derive(Debug, Clone, PartialEq)]
pub struct Localized {
    /// The curriculum's id.
    pub id: String,
    /// The author's version.
    pub version: String,
    /// The language asked for.
    pub language: String,
    /// Every language the curriculum offers.
    pub languages: Vec<String>,
    /// The default language.
    pub default_language: String,
    /// The about text, and the language it is in.
    pub about: (About, String),
    /// The modules in order, each with the language it is shown in.
    pub modules: Vec<(Module, String)>,
}

impl Curriculum {
    /// The curriculum in `language`, falling back to the default language
    /// for anything that language lacks (and to the default language
    /// entirely if `language` is not offered). `None` only when the default
    /// language itself is incomplete, which checking reports as errors.
    pub fn localize(&self, language: &str) -> Option<Localized> {
        let m = &self.manifest;
        let lang = if m.languages.iter().any(|l| l == language) {
            language
        } else {
            m.default_language.as_str()
        };
        let default = self.content.get(&m.default_language)?;
        let wanted = self.content.get(lang);
        let about = match wanted.and_then(|c| c.about.clone()) {
            Some(a) => (a, lang.to_string()),
            None => (default.about.clone()?, m.default_language.clone()),
        };
        let mut modules = Vec::new();
        for id in &m.modules {
            match wanted.and_then(|c| c.modules.get(id)) {
                Some(module) => modules.push((module.clone(), lang.to_string())),
                None => {
                    modules.push((default.modules.get(id)?.clone(), m.default_language.clone()))
                }
            }
        }
        Some(Localized {
            id: m.id.clone(),
            version: m.version.clone(),
            language: lang.to_string(),
            languages: m.languages.clone(),
            default_language: m.default_language.clone(),
            about,
            modules,
        })
    }
}

/// A lesson and the module it belongs to.
pub type LessonRef<'a> = (&'a Module, &'a Lesson);

impl Localized {
    /// Module `id` and its language.
    pub fn module(&self, id: &str) -> Option<&(Module, String)> {
        self.modules.iter().find(|(m, _)| m.id == id)
    }

    /// Every lesson in order, as (module, lesson) pairs.
    pub fn lessons(&self) -> impl Iterator<Item = (&Module, &Lesson)> {
        self.modules
            .iter()
            .flat_map(|(m, _)| m.lessons.iter().map(move |l| (m, l)))
    }

    /// The lessons before and after `module`/`lesson` in reading order.
    pub fn neighbours(
        &self,
        module: &str,
        lesson: &str,
    ) -> (Option<LessonRef<'_>>, Option<LessonRef<'_>>) {
        let all: Vec<_> = self.lessons().collect();
        match all
            .iter()
            .position(|(m, l)| m.id == module && l.id == lesson)
        {
            Some(i) => (i.checked_sub(1).map(|j| all[j]), all.get(i + 1).copied()),
            None => (None, None),
        }
    }
}
