//! Cohort analytics: many trainees' results files (see [`crate::domain::results`])
//! read against one curriculum.
//!
//! [`analyse`] reads every file, leaves out (with the reason) those that are
//! not results files, that are for another curriculum or another version of
//! it, that duplicate another file, or that name steps the curriculum does
//! not have, and computes, for the rest:
//!
//! - **completion per module**: how many trainees completed every lesson of
//!   it, how many started it, and the mean share of its lessons completed;
//! - **per question**: answered, right, the share right, mean attempts and
//!   how often each option was chosen;
//! - **per mapping exercise**: the distribution of best scores (five bands,
//!   mean, median, lowest, highest), and per priority the mean score, the
//!   most common **wrong** references (chosen, no credit) and **missed**
//!   ones (expected, not fully found, with the key's rationale), and the
//!   trainees' **agreement** ([`fleiss_kappa`]);
//! - **trainees who may need help** ([`NeedsHelp`], thresholds below).
//!
//! A trainee's mapping answers are those of their best attempt (the latest
//! of equal best ones): the attempt their score counts.
//!
//! Everything is computed from the files alone, in the browser or the CLI;
//! nothing is sent anywhere.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::domain::csv::write_row;
use crate::domain::curriculum::{Localized, StepKind};
use crate::domain::mapping::{MappingExercise, Verdict, score_priority};
use crate::domain::progress::{lesson_key, step_key};
use crate::domain::reference::Ref;
use crate::domain::results::{RESULTS_FORMAT, RESULTS_VERSION, Results};

/// Below this share of answered questions right (with at least
/// [`HELP_MIN_ANSWERED`] answered), a trainee may need help.
pub const HELP_QUESTION_SHARE: f64 = 0.5;
/// Questions a trainee must have answered before their share right counts.
pub const HELP_MIN_ANSWERED: usize = 3;
/// Below this best score in a mapping exercise, a trainee may need help.
pub const HELP_MAPPING_SCORE: f64 = 0.5;
/// Below this share of the curriculum's lessons completed, a trainee may
/// need help (or may simply not have finished).
pub const HELP_LESSON_SHARE: f64 = 0.5;
/// Attempts at one question that count as a struggle…
pub const HELP_ATTEMPTS: u32 = 3;
/// … on at least this many questions.
pub const HELP_STRUGGLES: usize = 3;

/// One file handed in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Refused {
    /// The file's name.
    pub file: String,
    /// Why it was left out, and what to do.
    pub reason: String,
}

/// One trainee whose file was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trainee {
    /// The file's name.
    pub file: String,
    /// The learner's name, or the file's name when they gave none.
    pub name: String,
    /// When the file was made.
    pub exported_at: String,
    /// The language they used.
    pub language: String,
    /// Lessons completed.
    pub lessons_completed: usize,
    /// Questions answered and answered right.
    pub answered: usize,
    /// Questions answered right.
    pub correct: usize,
    /// The overall score of the file, 0 to 1.
    pub score: Option<f64>,
}

/// Completion of one module.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleCompletion {
    /// The module id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its lessons.
    pub lessons: usize,
    /// Trainees who completed every lesson.
    pub completed: usize,
    /// Trainees who completed at least one lesson.
    pub started: usize,
    /// The mean share of its lessons completed, over all trainees (0 to 1).
    pub mean_share: f64,
}

/// How often one option of a question was chosen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionCount {
    /// The option id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// Whether the key has it.
    pub right: bool,
    /// Trainees whose last answer included it.
    pub chosen: usize,
}

/// One question across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionStats {
    /// Its step key, `module/lesson/step`.
    pub step: String,
    /// Its module's title.
    pub module: String,
    /// Its lesson's title.
    pub lesson: String,
    /// The question, as plain text.
    pub prompt: String,
    /// Trainees who answered it.
    pub answered: usize,
    /// Trainees whose last answer was right.
    pub correct: usize,
    /// `correct ÷ answered`, when anyone answered.
    pub share_correct: Option<f64>,
    /// Mean attempts of those who answered.
    pub mean_attempts: Option<f64>,
    /// Each option, in order.
    pub options: Vec<OptionCount>,
}

/// A distribution of scores from 0 to 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// How many scores.
    pub count: usize,
    /// Their mean.
    pub mean: Option<f64>,
    /// Their median (the mean of the middle two for an even count).
    pub median: Option<f64>,
    /// The lowest.
    pub min: Option<f64>,
    /// The highest.
    pub max: Option<f64>,
    /// Counts in the bands 0–20 %, 20–40 %, 40–60 %, 60–80 % and 80–100 %
    /// (each band holds its lower bound; the last also 100 %).
    pub bands: [usize; 5],
}

impl Distribution {
    /// The distribution of `scores`.
    pub fn of(scores: &[f64]) -> Distribution {
        let mut v: Vec<f64> = scores.iter().copied().filter(|s| s.is_finite()).collect();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let mut bands = [0; 5];
        for s in &v {
            bands[((s * 5.0).floor().max(0.0) as usize).min(4)] += 1;
        }
        let median = match n {
            0 => None,
            n if n % 2 == 1 => Some(v[n / 2]),
            n => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
        };
        Distribution {
            count: n,
            mean: (n > 0).then(|| v.iter().sum::<f64>() / n as f64),
            median,
            min: v.first().copied(),
            max: v.last().copied(),
            bands,
        }
    }
}

/// A reference and how many trainees chose (or missed) it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RefCount {
    /// The reference.
    pub reference: Ref,
    /// Trainees.
    pub count: usize,
    /// `count ÷` trainees who attempted the exercise.
    pub share: f64,
    /// The key's rationale (Markdown source), for missed references.
    pub rationale: Option<String>,
}

/// Agreement between trainees on one priority.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// Fleiss' kappa, when defined.
    pub kappa: Option<f64>,
    /// Trainees (raters).
    pub raters: usize,
    /// References rated: every reference of the key and every reference
    /// anyone chose.
    pub subjects: usize,
    /// Why kappa is not given, when it is not.
    pub note: Option<String>,
}

/// One priority of a mapping exercise across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityStats {
    /// Its id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// The mean of the trainees' scores on it (F1, 0 to 1).
    pub mean_score: Option<f64>,
    /// References chosen with no credit, most common first.
    pub wrong: Vec<RefCount>,
    /// Expected references not fully found, most common first.
    pub missed: Vec<RefCount>,
    /// The trainees' agreement.
    pub agreement: Agreement,
}

/// One mapping exercise across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MappingStats {
    /// Its step key.
    pub step: String,
    /// Its title (the step's, else the lesson's).
    pub title: String,
    /// Trainees who attempted it.
    pub attempted: usize,
    /// Their best scores.
    pub best: Distribution,
    /// Mean attempts of those who attempted it.
    pub mean_attempts: Option<f64>,
    /// Per priority, in order.
    pub priorities: Vec<PriorityStats>,
}

/// A trainee who may need help, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedsHelp {
    /// The trainee's name (or file name).
    pub name: String,
    /// The file's name.
    pub file: String,
    /// Every reason, in words.
    pub reasons: Vec<String>,
}

/// The whole analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CohortReport {
    /// The curriculum's id.
    pub curriculum: String,
    /// Its version.
    pub version: String,
    /// Its title.
    pub title: String,
    /// Files given.
    pub files: usize,
    /// The trainees read, in file order.
    pub trainees: Vec<Trainee>,
    /// Files left out.
    pub refused: Vec<Refused>,
    /// Per module, in order.
    pub modules: Vec<ModuleCompletion>,
    /// Per question, in order.
    pub questions: Vec<QuestionStats>,
    /// Per mapping exercise, in order.
    pub mappings: Vec<MappingStats>,
    /// Trainees who may need help, in file order.
    pub needs_help: Vec<NeedsHelp>,
}

/// Fleiss' kappa for `counts[i]` = how many of `raters` put subject `i` in
/// the first of two categories (here: chose the reference). `Err` says why
/// it is undefined.
pub fn fleiss_kappa(counts: &[usize], raters: usize) -> Result<f64, String> {
    if raters < 2 {
        return Err("needs two or more trainees".into());
    }
    if counts.is_empty() {
        return Err("nothing to agree on: nothing expected and nothing chosen".into());
    }
    let n = raters as f64;
    let subjects = counts.len() as f64;
    let mut p_bar = 0.0;
    let mut chosen = 0.0;
    for &c in counts {
        let c = c.min(raters) as f64;
        let other = n - c;
        p_bar += (c * (c - 1.0) + other * (other - 1.0)) / (n * (n - 1.0));
        chosen += c;
    }
    p_bar /= subjects;
    let p1 = chosen / (subjects * n);
    let pe = p1 * p1 + (1.0 - p1) * (1.0 - p1);
    if (1.0 - pe).abs() < 1e-12 {
        return Err(
            "everyone made the same choice on every reference: agreement is complete, but kappa is undefined"
                .into(),
        );
    }
    Ok((p_bar - pe) / (1.0 - pe))
}

/// One step of the curriculum, as the analysis needs it.
enum Scored<'a> {
    Question {
        key: String,
        module: &'a str,
        lesson: &'a str,
        q: &'a crate::domain::curriculum::Question,
    },
    Mapping {
        key: String,
        title: String,
        m: &'a MappingExercise,
    },
}

/// The reason for a file that is not a results file.
pub fn not_results_reason() -> String {
    "not a CCA Migration Lab results file (no \"format\": \"cca-lab-results\"); trainees download theirs from the curriculum's Results page".to_string()
}

/// The reason for a results file of another format version.
pub fn version_reason(version: u64) -> String {
    format!(
        "results file version {version}; this CCA Migration Lab reads version {RESULTS_VERSION}: update it"
    )
}

/// The reason for a file that is not JSON, with the place.
pub fn json_reason(line: usize, column: usize, what: &str) -> String {
    format!(
        "not valid JSON (line {line}, column {column}: {what}); it may be damaged: ask the trainee to download it again"
    )
}

/// The reason for a results file with a field missing or of the wrong type.
pub fn field_reason(what: &str) -> String {
    format!(
        "a results file with a missing or wrong field ({what}); ask the trainee to download it again"
    )
}

/// Reads a results file with `serde_json` (the CLI and tests; the browser
/// reads with its own JSON parser, `ui::services::files::read_results`).
pub fn read_json(text: &str) -> Result<Results, String> {
    /// The two fields that say what a file is, read when a file is not a
    /// results file of this version, to say why.
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<serde::de::IgnoredAny>,
        version: Option<serde::de::IgnoredAny>,
    }
    #[derive(serde::Deserialize)]
    struct Kind {
        format: Option<String>,
        version: Option<u64>,
    }
    // One pass for a good file; the reason, when it is not one, after.
    match serde_json::from_str::<Results>(text) {
        Ok(r) => Ok(r),
        Err(e) => {
            // Where it stops being JSON, said as the browser's reader says it.
            serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|e| {
                match crate::domain::json_syntax::first_error(text) {
                    Some((line, column, expected)) => {
                        json_reason(line, column, &format!("expected {expected}"))
                    }
                    None => json_reason(e.line(), e.column(), &e.to_string()),
                }
            })?;
            match serde_json::from_str::<Header>(text) {
                Ok(Header {
                    format: Some(_),
                    version: Some(_),
                }) => {}
                Ok(Header { format: None, .. }) | Err(_) => return Err(not_results_reason()),
                Ok(Header { version: None, .. }) => {
                    return Err("the file has no \"version\"".into());
                }
            }
            let kind = serde_json::from_str::<Kind>(text).map_err(|_| not_results_reason())?;
            if kind.format.as_deref() != Some(RESULTS_FORMAT) {
                return Err(not_results_reason());
            }
            if let Some(v) = kind.version.filter(|v| *v != RESULTS_VERSION) {
                return Err(version_reason(v));
            }
            Err(field_reason(&e.to_string()))
        }
    }
}

/// Checks a results file read by `read` against the curriculum; `Err` is
/// the reason it is left out.
fn read_one(
    c: &Localized,
    text: &str,
    known_steps: &HashSet<String>,
    read: &dyn Fn(&str) -> Result<Results, String>,
) -> Result<Results, String> {
    let r = read(text)?;
    if r.format != RESULTS_FORMAT {
        return Err(not_results_reason());
    }
    if r.version != RESULTS_VERSION {
        return Err(version_reason(r.version));
    }
    if r.curriculum.id != c.id {
        return Err(format!(
            "results of the curriculum `{}`, not `{}`",
            r.curriculum.id, c.id
        ));
    }
    if r.curriculum.version != c.version {
        return Err(format!(
            "results of version {} of this curriculum; this analysis is of version {}: analyse them separately with that version",
            r.curriculum.version, c.version
        ));
    }
    let bad_score = |s: f64| !(0.0..=1.0).contains(&s);
    for q in &r.questions {
        if !known_steps.contains(&q.step) {
            return Err(format!(
                "names a question `{}` that this curriculum does not have; it may have been edited",
                q.step
            ));
        }
    }
    for m in &r.mappings {
        if !known_steps.contains(&m.step) {
            return Err(format!(
                "names a mapping exercise `{}` that this curriculum does not have; it may have been edited",
                m.step
            ));
        }
        if bad_score(m.best) || bad_score(m.last) || m.attempts.iter().any(|a| bad_score(a.score)) {
            return Err(format!(
                "a score of `{}` is outside 0 to 1; the file was edited",
                m.step
            ));
        }
    }
    if r.score.is_some_and(bad_score) {
        return Err("its overall score is outside 0 to 1; the file was edited".into());
    }
    Ok(r)
}

/// Analyses `files` (name, text) against curriculum `c`, reading them with
/// [`read_json`].
pub fn analyse(c: &Localized, files: &[(String, String)]) -> CohortReport {
    analyse_with(c, files, &read_json)
}

/// Analyses `files` (name, text) against curriculum `c`, reading each with
/// `read` (which gives the reason when a file is not a results file).
pub fn analyse_with(
    c: &Localized,
    files: &[(String, String)],
    reader: &dyn Fn(&str) -> Result<Results, String>,
) -> CohortReport {
    // The curriculum's scored steps, in order.
    let mut steps: Vec<Scored<'_>> = Vec::new();
    let mut lesson_keys: Vec<(usize, String)> = Vec::new();
    for (mi, (m, _)) in c.modules.iter().enumerate() {
        for l in &m.lessons {
            lesson_keys.push((mi, lesson_key(&m.id, &l.id)));
            for s in &l.steps {
                let key = step_key(&m.id, &l.id, &s.id);
                match &s.kind {
                    StepKind::Question(q) => steps.push(Scored::Question {
                        key,
                        module: &m.title,
                        lesson: &l.title,
                        q,
                    }),
                    StepKind::Mapping(ex) => steps.push(Scored::Mapping {
                        key,
                        title: s.title.clone().unwrap_or_else(|| l.title.clone()),
                        m: ex,
                    }),
                    _ => {}
                }
            }
        }
    }
    let known: HashSet<String> = steps
        .iter()
        .map(|s| match s {
            Scored::Question { key, .. } | Scored::Mapping { key, .. } => key.clone(),
        })
        .collect();

    // Read, refuse, deduplicate.
    let mut refused = Vec::new();
    let mut read: Vec<(String, Results)> = Vec::new();
    let mut by_content: HashMap<&str, &str> = HashMap::new();
    for (name, text) in files {
        if let Some(first) = by_content.get(text.as_str()) {
            refused.push(Refused {
                file: name.clone(),
                reason: format!("the same file as {first}"),
            });
            continue;
        }
        by_content.insert(text, name);
        match read_one(c, text, &known, reader) {
            Ok(r) => read.push((name.clone(), r)),
            Err(reason) => refused.push(Refused {
                file: name.clone(),
                reason,
            }),
        }
    }
    // The same named learner twice: keep the latest export.
    let mut latest: HashMap<String, usize> = HashMap::new();
    for (i, (_, r)) in read.iter().enumerate() {
        let Some(name) = r.learner.as_ref().map(|l| l.trim().to_lowercase()) else {
            continue;
        };
        match latest.get(&name) {
            Some(&j) if read[j].1.exported_at >= r.exported_at => {}
            _ => {
                latest.insert(name, i);
            }
        }
    }
    let mut kept: Vec<(String, Results)> = Vec::new();
    for (i, (file, r)) in read.iter().enumerate() {
        if let Some(name) = r.learner.as_ref().map(|l| l.trim().to_lowercase())
            && latest[&name] != i
        {
            let j = latest[&name];
            let same_time = read[j].1.exported_at == r.exported_at;
            refused.push(Refused {
                file: file.clone(),
                reason: if same_time {
                    format!(
                        "a copy of {} ({}, exported at the same time)",
                        read[j].0,
                        r.learner.as_deref().unwrap_or_default()
                    )
                } else {
                    format!(
                        "an older export of {}; the newer one, {}, is used",
                        r.learner.as_deref().unwrap_or_default(),
                        read[j].0
                    )
                },
            });
            continue;
        }
        kept.push((file.clone(), r.clone()));
    }
    // Files are listed in the order given.
    let order: HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.as_str(), i))
        .collect();
    refused.sort_by_key(|r| order.get(r.file.as_str()).copied().unwrap_or(usize::MAX));

    let n = kept.len();
    let trainees: Vec<Trainee> = kept
        .iter()
        .map(|(file, r)| Trainee {
            file: file.clone(),
            name: r
                .learner
                .clone()
                .filter(|l| !l.trim().is_empty())
                .unwrap_or_else(|| file.clone()),
            exported_at: r.exported_at.clone(),
            language: r.curriculum.language.clone(),
            lessons_completed: r.lessons.completed.len(),
            answered: r.questions.len(),
            correct: r.questions.iter().filter(|q| q.correct).count(),
            score: r.score,
        })
        .collect();

    // Completion per module.
    let completed_sets: Vec<HashSet<&str>> = kept
        .iter()
        .map(|(_, r)| r.lessons.completed.iter().map(String::as_str).collect())
        .collect();
    let modules = c
        .modules
        .iter()
        .enumerate()
        .map(|(mi, (m, _))| {
            let keys: Vec<&str> = lesson_keys
                .iter()
                .filter(|(i, _)| *i == mi)
                .map(|(_, k)| k.as_str())
                .collect();
            let done: Vec<usize> = completed_sets
                .iter()
                .map(|set| keys.iter().filter(|k| set.contains(*k)).count())
                .collect();
            ModuleCompletion {
                id: m.id.clone(),
                title: m.title.clone(),
                lessons: keys.len(),
                completed: done
                    .iter()
                    .filter(|d| **d == keys.len() && !keys.is_empty())
                    .count(),
                started: done.iter().filter(|d| **d > 0).count(),
                mean_share: if n == 0 || keys.is_empty() {
                    0.0
                } else {
                    done.iter()
                        .map(|d| *d as f64 / keys.len() as f64)
                        .sum::<f64>()
                        / n as f64
                },
            }
        })
        .collect();

    // Index each trainee's answers by step.
    let answers: Vec<HashMap<&str, &crate::domain::results::QuestionResult>> = kept
        .iter()
        .map(|(_, r)| r.questions.iter().map(|q| (q.step.as_str(), q)).collect())
        .collect();
    let maps: Vec<HashMap<&str, &crate::domain::results::MappingResult>> = kept
        .iter()
        .map(|(_, r)| r.mappings.iter().map(|m| (m.step.as_str(), m)).collect())
        .collect();

    let mut questions = Vec::new();
    let mut mappings = Vec::new();
    for s in &steps {
        match s {
            Scored::Question {
                key,
                module,
                lesson,
                q,
            } => {
                let given: Vec<_> = answers.iter().filter_map(|a| a.get(key.as_str())).collect();
                let answered = given.len();
                let correct = given.iter().filter(|a| a.correct).count();
                let options = q
                    .options
                    .iter()
                    .map(|o| OptionCount {
                        id: o.id.clone(),
                        text: o.text.plain_text(),
                        right: q.answer.contains(&o.id),
                        chosen: given.iter().filter(|a| a.selected.contains(&o.id)).count(),
                    })
                    .collect();
                questions.push(QuestionStats {
                    step: key.clone(),
                    module: module.to_string(),
                    lesson: lesson.to_string(),
                    prompt: q.prompt.plain_text(),
                    answered,
                    correct,
                    share_correct: (answered > 0).then(|| correct as f64 / answered as f64),
                    mean_attempts: (answered > 0).then(|| {
                        given.iter().map(|a| a.attempts as f64).sum::<f64>() / answered as f64
                    }),
                    options,
                });
            }
            Scored::Mapping { key, title, m } => {
                let given: Vec<_> = maps.iter().filter_map(|a| a.get(key.as_str())).collect();
                let attempted = given.len();
                let best: Vec<f64> = given.iter().map(|g| g.best).collect();
                // The attempt each trainee's score counts: the latest best.
                let chosen: Vec<Option<&BTreeMap<String, Vec<Ref>>>> = given
                    .iter()
                    .map(|g| {
                        // `max_by` returns the last of equal maxima.
                        g.attempts
                            .iter()
                            .max_by(|a, b| a.score.total_cmp(&b.score))
                            .map(|a| &a.answers)
                    })
                    .collect();
                let priorities = m
                    .priorities
                    .iter()
                    .map(|p| priority_stats(p, &chosen, attempted))
                    .collect();
                mappings.push(MappingStats {
                    step: key.clone(),
                    title: title.clone(),
                    attempted,
                    best: Distribution::of(&best),
                    mean_attempts: (attempted > 0).then(|| {
                        given.iter().map(|g| g.attempts.len() as f64).sum::<f64>()
                            / attempted as f64
                    }),
                    priorities,
                });
            }
        }
    }

    // Trainees who may need help.
    let titles: HashMap<&str, &str> = steps
        .iter()
        .filter_map(|s| match s {
            Scored::Mapping { key, title, .. } => Some((key.as_str(), title.as_str())),
            Scored::Question { .. } => None,
        })
        .collect();
    let total_lessons = lesson_keys.len();
    let needs_help = kept
        .iter()
        .zip(&trainees)
        .filter_map(|((file, r), t)| {
            let mut reasons = Vec::new();
            if t.answered >= HELP_MIN_ANSWERED
                && (t.correct as f64) < HELP_QUESTION_SHARE * t.answered as f64
            {
                reasons.push(format!(
                    "answered {} of {} questions right",
                    t.correct, t.answered
                ));
            }
            let struggles = r
                .questions
                .iter()
                .filter(|q| q.attempts >= HELP_ATTEMPTS)
                .count();
            if struggles >= HELP_STRUGGLES {
                reasons.push(format!(
                    "needed {HELP_ATTEMPTS} or more tries on {struggles} questions"
                ));
            }
            for m in &r.mappings {
                if m.best < HELP_MAPPING_SCORE {
                    reasons.push(format!(
                        "best score {} in “{}”",
                        percent(m.best),
                        titles.get(m.step.as_str()).copied().unwrap_or(&m.step)
                    ));
                }
            }
            if total_lessons > 0
                && (t.lessons_completed as f64) < HELP_LESSON_SHARE * total_lessons as f64
            {
                reasons.push(format!(
                    "completed {} of {} lessons",
                    t.lessons_completed, total_lessons
                ));
            }
            (!reasons.is_empty()).then(|| NeedsHelp {
                name: t.name.clone(),
                file: file.clone(),
                reasons,
            })
        })
        .collect();

    CohortReport {
        curriculum: c.id.clone(),
        version: c.version.clone(),
        title: c.about.0.title.clone(),
        files: files.len(),
        trainees,
        refused,
        modules,
        questions,
        mappings,
        needs_help,
    }
}

fn priority_stats(
    p: &crate::domain::mapping::Priority,
    chosen: &[Option<&BTreeMap<String, Vec<Ref>>>],
    attempted: usize,
) -> PriorityStats {
    let empty: Vec<Ref> = Vec::new();
    let mut wrong: BTreeMap<Ref, usize> = BTreeMap::new();
    let mut missed: BTreeMap<Ref, usize> = BTreeMap::new();
    let mut chose: BTreeMap<Ref, usize> = BTreeMap::new();
    let mut scores = Vec::new();
    let mut raters = 0;
    for answers in chosen.iter().flatten() {
        raters += 1;
        let refs = answers.get(&p.id).unwrap_or(&empty);
        let s = score_priority(p, refs);
        scores.push(s.f1);
        for j in &s.chosen {
            *chose.entry(j.chosen.clone()).or_default() += 1;
            if j.verdict == Verdict::Extra {
                *wrong.entry(j.chosen.clone()).or_default() += 1;
            }
        }
        for f in s.missed() {
            *missed.entry(f.expected.clone()).or_default() += 1;
        }
    }
    let share = |c: usize| {
        if attempted == 0 {
            0.0
        } else {
            c as f64 / attempted as f64
        }
    };
    let ranked = |m: BTreeMap<Ref, usize>, with_rationale: bool| {
        let mut v: Vec<RefCount> = m
            .into_iter()
            .map(|(r, count)| RefCount {
                rationale: with_rationale
                    .then(|| {
                        p.expected
                            .iter()
                            .find(|k| k.reference == r)
                            .map(|k| k.rationale.source.clone())
                    })
                    .flatten(),
                share: share(count),
                reference: r,
                count,
            })
            .collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.reference.cmp(&b.reference)));
        v
    };
    // Subjects: the key's references and every reference anyone chose.
    for k in p.expected.iter().chain(&p.partial) {
        chose.entry(k.reference.clone()).or_default();
    }
    let counts: Vec<usize> = chose.values().copied().collect();
    let (kappa, note) = match fleiss_kappa(&counts, raters) {
        Ok(k) => (Some(k), None),
        Err(why) => (None, Some(why)),
    };
    PriorityStats {
        id: p.id.clone(),
        text: p.text.clone(),
        mean_score: (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64),
        wrong: ranked(wrong, false),
        missed: ranked(missed, true),
        agreement: Agreement {
            kappa,
            raters,
            subjects: counts.len(),
            note,
        },
    }
}

/// A share as a whole percentage, `83 %` (with a no-break space).
pub fn percent(x: f64) -> String {
    format!("{}\u{a0}%", (x * 100.0).round() as i64)
}

fn num(x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| format!("{:.3}", v))
}

impl CohortReport {
    /// The tables as CSV files: (file name, text), each with a header row.
    pub fn csv(&self) -> Vec<(String, String)> {
        let id = &self.curriculum;
        let mut out = Vec::new();
        let mut t = write_row(&[
            "module",
            "title",
            "lessons",
            "trainees",
            "completed",
            "started",
            "mean_share_completed",
        ]);
        for m in &self.modules {
            t.push_str(&write_row(&[
                m.id.clone(),
                m.title.clone(),
                m.lessons.to_string(),
                self.trainees.len().to_string(),
                m.completed.to_string(),
                m.started.to_string(),
                format!("{:.3}", m.mean_share),
            ]));
        }
        out.push((format!("{id}-modules.csv"), t));

        let mut t = write_row(&[
            "step",
            "module",
            "lesson",
            "question",
            "answered",
            "correct",
            "share_correct",
            "mean_attempts",
            "option",
            "option_text",
            "option_right",
            "option_chosen",
        ]);
        for q in &self.questions {
            for o in &q.options {
                t.push_str(&write_row(&[
                    q.step.clone(),
                    q.module.clone(),
                    q.lesson.clone(),
                    q.prompt.clone(),
                    q.answered.to_string(),
                    q.correct.to_string(),
                    num(q.share_correct),
                    num(q.mean_attempts),
                    o.id.clone(),
                    o.text.clone(),
                    if o.right { "yes" } else { "no" }.to_string(),
                    o.chosen.to_string(),
                ]));
            }
        }
        out.push((format!("{id}-questions.csv"), t));

        let mut t = write_row(&[
            "step",
            "exercise",
            "attempted",
            "mean_attempts",
            "mean_best",
            "median_best",
            "min_best",
            "max_best",
            "band_0_20",
            "band_20_40",
            "band_40_60",
            "band_60_80",
            "band_80_100",
        ]);
        for m in &self.mappings {
            let mut row = vec![
                m.step.clone(),
                m.title.clone(),
                m.attempted.to_string(),
                num(m.mean_attempts),
                num(m.best.mean),
                num(m.best.median),
                num(m.best.min),
                num(m.best.max),
            ];
            row.extend(m.best.bands.iter().map(|b| b.to_string()));
            t.push_str(&write_row(&row));
        }
        out.push((format!("{id}-mapping-exercises.csv"), t));

        let mut t = write_row(&[
            "step",
            "priority",
            "priority_text",
            "mean_score",
            "fleiss_kappa",
            "raters",
            "references_rated",
            "kappa_note",
        ]);
        let mut r = write_row(&[
            "step",
            "priority",
            "kind",
            "reference",
            "trainees",
            "share",
            "key_rationale",
        ]);
        for m in &self.mappings {
            for p in &m.priorities {
                t.push_str(&write_row(&[
                    m.step.clone(),
                    p.id.clone(),
                    p.text.clone(),
                    num(p.mean_score),
                    num(p.agreement.kappa),
                    p.agreement.raters.to_string(),
                    p.agreement.subjects.to_string(),
                    p.agreement.note.clone().unwrap_or_default(),
                ]));
                for (kind, list) in [("wrong", &p.wrong), ("missed", &p.missed)] {
                    for c in list {
                        r.push_str(&write_row(&[
                            m.step.clone(),
                            p.id.clone(),
                            kind.to_string(),
                            c.reference.to_string(),
                            c.count.to_string(),
                            format!("{:.3}", c.share),
                            c.rationale.clone().unwrap_or_default(),
                        ]));
                    }
                }
            }
        }
        out.push((format!("{id}-priorities.csv"), t));
        out.push((format!("{id}-references.csv"), r));

        let mut t = write_row(&[
            "trainee",
            "file",
            "exported_at",
            "language",
            "lessons_completed",
            "answered",
            "correct",
            "score",
            "may_need_help",
        ]);
        for tr in &self.trainees {
            let help = self
                .needs_help
                .iter()
                .find(|h| h.file == tr.file)
                .map(|h| h.reasons.join("; "))
                .unwrap_or_default();
            t.push_str(&write_row(&[
                tr.name.clone(),
                tr.file.clone(),
                tr.exported_at.clone(),
                tr.language.clone(),
                tr.lessons_completed.to_string(),
                tr.answered.to_string(),
                tr.correct.to_string(),
                num(tr.score),
                help,
            ]));
        }
        out.push((format!("{id}-trainees.csv"), t));

        let mut t = write_row(&["file", "reason"]);
        for f in &self.refused {
            t.push_str(&write_row(&[f.file.clone(), f.reason.clone()]));
        }
        out.push((format!("{id}-refused-files.csv"), t));
        out
    }
}
