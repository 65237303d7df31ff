//! A learner's progress: answers, completed lessons and language choices,
//! kept in browser storage under a versioned schema.
//!
//! The stored form is JSON: `{"schema": 2, "curricula": {…}}`. Reading it
//! never fails silently: a value that is not valid JSON, does not match the
//! schema, or comes from a newer version is returned as a [`StoredError`],
//! so the app can keep the value aside, tell the learner, and start afresh
//! without losing anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::reference::Ref;

/// The schema version this build writes. Schema 1 (before mapping
/// exercises) is read as is: it is schema 2 without `mappings`.
pub const PROGRESS_SCHEMA: u64 = 2;

/// All progress, for every curriculum.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The schema version; always [`PROGRESS_SCHEMA`] once read.
    pub schema: u64,
    /// Progress by curriculum id.
    #[serde(default)]
    pub curricula: BTreeMap<String, CurriculumProgress>,
}

/// Progress in one curriculum.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurriculumProgress {
    /// The language the learner chose, if they chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Answers by step key (`module/lesson/step`).
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Completed lessons (`module/lesson`).
    #[serde(default)]
    pub completed: BTreeSet<String>,
    /// The lesson opened last (`module/lesson`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_lesson: Option<String>,
    /// Mapping exercises by step key (`module/lesson/step`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mappings: BTreeMap<String, MappingProgress>,
}

/// A learner's work on one mapping exercise.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappingProgress {
    /// The current choices by priority id, kept while the learner works.
    #[serde(default)]
    pub draft: BTreeMap<String, Vec<Ref>>,
    /// Every submitted attempt, oldest first.
    #[serde(default)]
    pub attempts: Vec<MappingAttempt>,
}

/// One submitted attempt at a mapping exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappingAttempt {
    /// The choices submitted, by priority id.
    pub answers: BTreeMap<String, Vec<Ref>>,
    /// The score they earned, 0 to 1.
    pub score: f64,
}

/// The learner's latest answer to one question.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The option ids chosen.
    pub selected: Vec<String>,
    /// Whether they matched the key when checked.
    pub correct: bool,
    /// How many times the learner has checked an answer to this question.
    pub attempts: u32,
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredError {
    /// Not valid JSON, or not the shape of the schema it claims.
    Corrupt(String),
    /// Written by a newer version with schema `n`.
    NewerSchema(u64),
}

impl fmt::Display for StoredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredError::Corrupt(why) => write!(f, "the saved progress is damaged ({why})"),
            StoredError::NewerSchema(n) => write!(
                f,
                "the saved progress was written by a newer version of CCA Migration Lab (schema {n}; this version reads {PROGRESS_SCHEMA})"
            ),
        }
    }
}

/// The key of a step in progress records.
pub fn step_key(module: &str, lesson: &str, step: &str) -> String {
    format!("{module}/{lesson}/{step}")
}

/// The key of a lesson in progress records.
pub fn lesson_key(module: &str, lesson: &str) -> String {
    format!("{module}/{lesson}")
}

impl Progress {
    /// Empty progress at the current schema.
    pub fn new() -> Progress {
        Progress {
            schema: PROGRESS_SCHEMA,
            curricula: BTreeMap::new(),
        }
    }

    /// Reads the stored form.
    pub fn from_stored(text: &str) -> Result<Progress, StoredError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| StoredError::Corrupt(e.to_string()))?;
        Progress::check_schema(value.get("schema").and_then(serde_json::Value::as_u64))?;
        serde_json::from_value(value)
            .map(Progress::upgraded)
            .map_err(|e| StoredError::Corrupt(e.to_string()))
    }

    /// Progress read from an older schema, marked as the current one (the
    /// older schemas are subsets of it).
    pub fn upgraded(mut self) -> Progress {
        self.schema = PROGRESS_SCHEMA;
        self
    }

    /// Checks the `schema` number of a stored value before the rest is read
    /// (`None` when it has none or it is not a whole number). The browser
    /// reads the JSON with its own parser and calls this itself.
    pub fn check_schema(schema: Option<u64>) -> Result<(), StoredError> {
        match schema {
            None => Err(StoredError::Corrupt("it has no schema version".into())),
            Some(0) => Err(StoredError::Corrupt("schema 0 does not exist".into())),
            Some(n) if n > PROGRESS_SCHEMA => Err(StoredError::NewerSchema(n)),
            Some(_) => Ok(()),
        }
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        // Serialising maps of strings and numbers cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Progress in curriculum `id`, if any.
    pub fn curriculum(&self, id: &str) -> Option<&CurriculumProgress> {
        self.curricula.get(id)
    }

    fn entry(&mut self, id: &str) -> &mut CurriculumProgress {
        self.curricula.entry(id.to_string()).or_default()
    }

    /// Records a checked answer.
    pub fn record_answer(
        &mut self,
        curriculum: &str,
        step: &str,
        selected: Vec<String>,
        correct: bool,
    ) {
        let answer = self
            .entry(curriculum)
            .answers
            .entry(step.to_string())
            .or_default();
        answer.selected = selected;
        answer.correct = correct;
        answer.attempts = answer.attempts.saturating_add(1);
    }

    /// Marks a lesson complete.
    pub fn complete_lesson(&mut self, curriculum: &str, lesson: &str) {
        self.entry(curriculum).completed.insert(lesson.to_string());
    }

    /// Remembers the lesson opened last.
    pub fn visit_lesson(&mut self, curriculum: &str, lesson: &str) {
        self.entry(curriculum).last_lesson = Some(lesson.to_string());
    }

    /// Remembers the language chosen for a curriculum.
    pub fn set_language(&mut self, curriculum: &str, language: &str) {
        self.entry(curriculum).language = Some(language.to_string());
    }

    /// Sets the current choices for one priority of a mapping exercise.
    pub fn set_mapping_draft(
        &mut self,
        curriculum: &str,
        step: &str,
        priority: &str,
        refs: Vec<Ref>,
    ) {
        let m = self
            .entry(curriculum)
            .mappings
            .entry(step.to_string())
            .or_default();
        m.draft.insert(priority.to_string(), refs);
    }

    /// Records a submitted attempt at a mapping exercise.
    pub fn record_mapping_attempt(
        &mut self,
        curriculum: &str,
        step: &str,
        answers: BTreeMap<String, Vec<Ref>>,
        score: f64,
    ) {
        let m = self
            .entry(curriculum)
            .mappings
            .entry(step.to_string())
            .or_default();
        m.draft = answers.clone();
        m.attempts.push(MappingAttempt { answers, score });
    }

    /// Forgets everything recorded for a curriculum.
    pub fn reset(&mut self, curriculum: &str) {
        self.curricula.remove(curriculum);
    }
}

impl CurriculumProgress {
    /// The answer to step `key`, if any.
    pub fn answer(&self, key: &str) -> Option<&Answer> {
        self.answers.get(key)
    }

    /// Returns true if and only if lesson `key` is complete.
    pub fn is_complete(&self, key: &str) -> bool {
        self.completed.contains(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut p = Progress::new();
        p.record_answer("starter", "m/l/q", vec!["b".into()], true);
        p.record_answer("starter", "m/l/q", vec!["a".into()], false);
        p.complete_lesson("starter", "m/l");
        p.visit_lesson("starter", "m/l");
        p.set_language("starter", "fr");
        let back = Progress::from_stored(&p.to_stored()).unwrap();
        assert_eq!(back, p);
        let a = back.curriculum("starter").unwrap().answer("m/l/q").unwrap();
        assert_eq!(
            (a.selected.as_slice(), a.correct, a.attempts),
            (&["a".to_string()][..], false, 2)
        );
    }

    #[test]
    fn bad_values_are_errors_not_panics() {
        for (text, expect_newer) in [
            ("", false),
            ("{", false),
            ("null", false),
            ("[]", false),
            ("{\"curricula\":{}}", false),
            ("{\"schema\":0}", false),
            (
                "{\"schema\":1,\"curricula\":{\"x\":{\"answers\":{\"k\":{\"selected\":1}}}}}",
                false,
            ),
            ("{\"schema\":1,\"surprise\":true}", false),
            ("{\"schema\":3,\"whatever\":[]}", true),
        ] {
            match Progress::from_stored(text) {
                Err(StoredError::NewerSchema(3)) => assert!(expect_newer, "{text}"),
                Err(StoredError::Corrupt(_)) => assert!(!expect_newer, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        assert_eq!(
            Progress::from_stored("{\"schema\":1}").unwrap(),
            Progress::new()
        );
    }

    #[test]
    fn messages_name_the_problem() {
        assert!(
            StoredError::NewerSchema(3)
                .to_string()
                .contains("newer version")
        );
        assert!(
            StoredError::Corrupt("x".into())
                .to_string()
                .contains("damaged (x)")
        );
    }
}
