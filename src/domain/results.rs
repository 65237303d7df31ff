//! A learner's results in one curriculum, as a file they can download and
//! hand in (and that trainers' cohort analytics read).
//!
//! # The results file (format version 1)
//!
//! ```json
//! {
//!   "format": "cca-lab-results",
//!   "version": 1,
//!   "exported_at": "2026-11-28T19:30:00Z",
//!   "learner": "A. Learner",
//!   "curriculum": { "id": "cca-migration", "version": "1.0.0", "title": "…", "language": "en" },
//!   "lessons": { "total": 20, "completed": ["why-migration/numbers", "…"] },
//!   "questions": [ { "step": "module/lesson/step", "selected": ["b"], "correct": true, "attempts": 2 } ],
//!   "mappings": [ { "step": "mapping/practice/map", "best": 0.83, "last": 0.83,
//!                   "attempts": [ { "score": 0.5, "answers": { "p1": ["gcm:20"] } } ] } ],
//!   "totals": { "questions": 12, "answered": 10, "correct": 8, "mappings": 4, "attempted": 2 },
//!   "score": 0.61,
//!   "complete": false
//! }
//! ```
//!
//! - `step` keys are `module/lesson/step`; lesson keys `module/lesson`.
//! - `score` (0 to 1) counts every question and every mapping exercise of
//!   the curriculum once: a question 1 if answered correctly (0 otherwise),
//!   an exercise its best score; it is their mean (`null` if the curriculum
//!   has neither).
//! - `complete` is true when every lesson is completed.
//! - A reader must check `format` and refuse a `version` it does not know;
//!   fields may be added in a later version without changing this one's.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::curriculum::{Localized, StepKind};
use crate::domain::progress::{CurriculumProgress, MappingAttempt, lesson_key, step_key};
use crate::domain::reference::Ref;

/// The `format` of a results file.
pub const RESULTS_FORMAT: &str = "cca-lab-results";
/// The version of the results file this build writes.
pub const RESULTS_VERSION: u64 = 1;

/// A results file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// Always [`RESULTS_FORMAT`].
    pub format: String,
    /// [`RESULTS_VERSION`].
    pub version: u64,
    /// When it was made (ISO 8601, UTC).
    pub exported_at: String,
    /// The name the learner typed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learner: Option<String>,
    /// Which curriculum.
    pub curriculum: CurriculumInfo,
    /// Lessons.
    pub lessons: LessonsInfo,
    /// Every question answered, in curriculum order.
    pub questions: Vec<QuestionResult>,
    /// Every mapping exercise attempted, in curriculum order.
    pub mappings: Vec<MappingResult>,
    /// Counts.
    pub totals: Totals,
    /// The overall score, 0 to 1 (see the module docs).
    pub score: Option<f64>,
    /// True when every lesson is completed.
    pub complete: bool,
}

/// The curriculum a results file is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurriculumInfo {
    /// Its id.
    pub id: String,
    /// Its content version.
    pub version: String,
    /// Its title, in the language used.
    pub title: String,
    /// The language the learner used.
    pub language: String,
}

/// Lessons completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonsInfo {
    /// Lessons in the curriculum.
    pub total: usize,
    /// Keys (`module/lesson`) of the lessons completed, in curriculum order.
    pub completed: Vec<String>,
}

/// One answered question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    /// Its step key.
    pub step: String,
    /// The options chosen last.
    pub selected: Vec<String>,
    /// Whether they were right.
    pub correct: bool,
    /// How many times the learner checked an answer.
    pub attempts: u32,
}

/// One attempted mapping exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MappingResult {
    /// Its step key.
    pub step: String,
    /// The best score, 0 to 1.
    pub best: f64,
    /// The last score, 0 to 1.
    pub last: f64,
    /// Every attempt, oldest first.
    pub attempts: Vec<AttemptResult>,
}

/// One attempt at a mapping exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptResult {
    /// Its score, 0 to 1.
    pub score: f64,
    /// The references chosen, by priority id.
    pub answers: BTreeMap<String, Vec<Ref>>,
}

/// Counts of a results file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Questions in the curriculum.
    pub questions: usize,
    /// Questions answered.
    pub answered: usize,
    /// Questions answered correctly.
    pub correct: usize,
    /// Mapping exercises in the curriculum.
    pub mappings: usize,
    /// Mapping exercises attempted.
    pub attempted: usize,
}

impl Results {
    /// The results of `progress` in curriculum `c`, made at `exported_at`.
    pub fn build(
        c: &Localized,
        progress: &CurriculumProgress,
        learner: Option<String>,
        exported_at: String,
    ) -> Results {
        let mut lessons_total = 0;
        let mut completed = Vec::new();
        let mut questions = Vec::new();
        let mut mappings = Vec::new();
        let (mut n_questions, mut n_mappings) = (0, 0);
        let mut credit = 0.0;
        for (m, l) in c.lessons() {
            lessons_total += 1;
            let lk = lesson_key(&m.id, &l.id);
            if progress.is_complete(&lk) {
                completed.push(lk);
            }
            for s in &l.steps {
                let key = step_key(&m.id, &l.id, &s.id);
                match &s.kind {
                    StepKind::Question(_) => {
                        n_questions += 1;
                        if let Some(a) = progress.answer(&key) {
                            credit += if a.correct { 1.0 } else { 0.0 };
                            questions.push(QuestionResult {
                                step: key,
                                selected: a.selected.clone(),
                                correct: a.correct,
                                attempts: a.attempts,
                            });
                        }
                    }
                    StepKind::Mapping(_) => {
                        n_mappings += 1;
                        let attempts: &[MappingAttempt] = progress
                            .mappings
                            .get(&key)
                            .map_or(&[], |m| m.attempts.as_slice());
                        if let Some(last) = attempts.last() {
                            let best = attempts.iter().map(|a| a.score).fold(0.0, f64::max);
                            credit += best;
                            mappings.push(MappingResult {
                                step: key,
                                best,
                                last: last.score,
                                attempts: attempts
                                    .iter()
                                    .map(|a| AttemptResult {
                                        score: a.score,
                                        answers: a.answers.clone(),
                                    })
                                    .collect(),
                            });
                        }
                    }
                    StepKind::Reading { .. } | StepKind::ReferenceCard { .. } => {}
                }
            }
        }
        let scored = n_questions + n_mappings;
        Results {
            format: RESULTS_FORMAT.into(),
            version: RESULTS_VERSION,
            exported_at,
            learner: learner.filter(|l| !l.trim().is_empty()),
            curriculum: CurriculumInfo {
                id: c.id.clone(),
                version: c.version.clone(),
                title: c.about.0.title.clone(),
                language: c.language.clone(),
            },
            complete: lessons_total > 0 && completed.len() == lessons_total,
            lessons: LessonsInfo {
                total: lessons_total,
                completed,
            },
            totals: Totals {
                questions: n_questions,
                answered: questions.len(),
                correct: questions.iter().filter(|q| q.correct).count(),
                mappings: n_mappings,
                attempted: mappings.len(),
            },
            questions,
            mappings,
            score: (scored > 0).then(|| credit / scored as f64),
        }
    }
}
