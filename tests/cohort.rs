//! Cohort analytics (`src/domain/cohort.rs`) on a small worked example
//! whose every figure was computed by hand (in the comments).
//!
//! Run with `cargo test --test cohort`.

use std::collections::BTreeMap;

use cca_lab::domain::cohort::{self, Distribution, fleiss_kappa};
use cca_lab::domain::curriculum::{self, FileSet, FileState, Localized, Scope};
use serde_json::{Value, json};

const MANIFEST: &str = "format = 1\nid = \"demo\"\nversion = \"1.0.0\"\ndefault_language = \"en\"\nlanguages = [\"en\"]\nmodules = [\"m1\", \"m2\"]\n";
const ABOUT: &str = "title = \"Demo\"\n";
const M1: &str = r#"title = "Module one"
[[lesson]]
id = "l1"
title = "Lesson one"
[[lesson.step]]
id = "q1"
kind = "single_choice"
prompt = "Which?"
answer = ["a"]
options = [
  { id = "a", text = "Alpha", feedback = "Yes" },
  { id = "b", text = "Beta", feedback = "No" },
  { id = "c", text = "Gamma", feedback = "No" },
]
[[lesson]]
id = "l2"
title = "Lesson two"
[[lesson.step]]
id = "r"
kind = "reading"
body = "Text"
"#;
const M2: &str = r#"title = "Module two"
[[lesson]]
id = "map"
title = "Mapping"
[[lesson.step]]
id = "ex"
kind = "mapping"
title = "Map it"
prompt = "Map"
frameworks = ["gcm"]
[[lesson.step.priority]]
id = "p1"
text = "Better migration data"
expected = [{ ref = "gcm:1", rationale = "Objective 1 is about data." }]
"#;

fn demo() -> Localized {
    let mut files = FileSet::new();
    for (p, t) in [
        ("curriculum.toml", MANIFEST),
        ("en/about.toml", ABOUT),
        ("en/m1.toml", M1),
        ("en/m2.toml", M2),
    ] {
        files.insert(p, FileState::Text(t.into()));
    }
    let checked = curriculum::check("demo", &files, &Scope::All);
    assert!(checked.report.is_empty(), "{:?}", checked.report);
    checked.curriculum.unwrap().localize("en").unwrap()
}

/// A results file of the demo curriculum.
fn results(
    learner: &str,
    at: &str,
    completed: &[&str],
    questions: Value,
    mappings: Value,
) -> String {
    json!({
        "format": "cca-lab-results", "version": 1, "exported_at": at, "learner": learner,
        "curriculum": { "id": "demo", "version": "1.0.0", "title": "Demo", "language": "en" },
        "lessons": { "total": 3, "completed": completed },
        "questions": questions, "mappings": mappings,
        "totals": { "questions": 1, "answered": 0, "correct": 0, "mappings": 1, "attempted": 0 },
        "score": 0.5, "complete": false
    })
    .to_string()
}

fn cohort_files() -> Vec<(String, String)> {
    let t1 = results(
        "Ana",
        "2026-11-20T10:00:00Z",
        &["m1/l1", "m1/l2", "m2/map"],
        json!([{ "step": "m1/l1/q1", "selected": ["a"], "correct": true, "attempts": 1 }]),
        json!([{ "step": "m2/map/ex", "best": 1.0, "last": 1.0,
                 "attempts": [{ "score": 1.0, "answers": { "p1": ["gcm:1"] } }] }]),
    );
    let t2 = results(
        "Ben",
        "2026-11-20T10:00:00Z",
        &["m1/l1"],
        json!([{ "step": "m1/l1/q1", "selected": ["b"], "correct": false, "attempts": 3 }]),
        // The best attempt is the first.
        json!([{ "step": "m2/map/ex", "best": 0.6667, "last": 0.0,
                 "attempts": [{ "score": 0.6667, "answers": { "p1": ["gcm:1", "gcm:2"] } },
                              { "score": 0.0, "answers": { "p1": ["gcm:4"] } }] }]),
    );
    let t3 = results(
        "Chloé",
        "2026-11-21T10:00:00Z",
        &["m2/map"],
        json!([]),
        // Two equal attempts: the latest counts (gcm:2, not gcm:5).
        json!([{ "step": "m2/map/ex", "best": 0.0, "last": 0.0,
                 "attempts": [{ "score": 0.0, "answers": { "p1": ["gcm:5"] } },
                              { "score": 0.0, "answers": { "p1": ["gcm:2"] } }] }]),
    );
    let older_ana = results("ana ", "2026-11-19T10:00:00Z", &[], json!([]), json!([]));
    let other = t1.replace("\"id\":\"demo\"", "\"id\":\"starter\"");
    let old = t1.replace("\"version\":\"1.0.0\"", "\"version\":\"0.9.0\"");
    let v2 = t1.replace("\"version\":1", "\"version\":2");
    let unknown = results(
        "Dan",
        "2026-11-20T10:00:00Z",
        &[],
        json!([{ "step": "m1/l1/zz", "selected": ["a"], "correct": true, "attempts": 1 }]),
        json!([]),
    );
    vec![
        ("t1.json".into(), t1.clone()),
        ("t2.json".into(), t2),
        ("dup.json".into(), t1),
        (
            "broken.json".into(),
            "{\n  \"format\": \"cca-lab-results\",\n  oops\n}".into(),
        ),
        ("t3.json".into(), t3),
        ("other.json".into(), other),
        ("old.json".into(), old),
        ("v2.json".into(), v2),
        ("older-ana.json".into(), older_ana),
        ("unknown.json".into(), unknown),
        ("notes.json".into(), "{\"hello\": 1}".into()),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-3
}

#[test]
fn fleiss_kappa_on_worked_examples() {
    // Subjects chosen by 2 of 3 raters each: P̄ = 1/3, p = 2/3, P̄e = 5/9,
    // κ = (1/3 − 5/9) / (1 − 5/9) = −0.5.
    assert!(close(fleiss_kappa(&[2, 2], 3).unwrap(), -0.5));
    // [3, 0, 1] of 3: P = 1, 1, 1/3 → P̄ = 7/9; p = 4/9, P̄e = 41/81;
    // κ = (63/81 − 41/81) / (40/81) = 22/40 = 0.55.
    assert!(close(fleiss_kappa(&[3, 0, 1], 3).unwrap(), 0.55));
    // Both chose one, neither the other: P̄ = 1, P̄e = 1/2, κ = 1.
    assert!(close(fleiss_kappa(&[2, 0], 2).unwrap(), 1.0));
    // Undefined: one rater, nothing to rate, everyone the same everywhere.
    assert!(fleiss_kappa(&[1], 1).unwrap_err().contains("two or more"));
    assert!(fleiss_kappa(&[], 4).is_err());
    assert!(
        fleiss_kappa(&[4, 4], 4)
            .unwrap_err()
            .contains("same choice")
    );
}

#[test]
fn distributions_by_hand() {
    let d = Distribution::of(&[1.0, 0.0, 0.6667]);
    assert_eq!(d.count, 3);
    assert!(close(d.mean.unwrap(), 0.5556));
    assert!(close(d.median.unwrap(), 0.6667));
    assert_eq!((d.min, d.max), (Some(0.0), Some(1.0)));
    // 0 → 0–20 %; 0.67 → 60–80 %; 1 → 80–100 %.
    assert_eq!(d.bands, [1, 0, 0, 1, 1]);
    let even = Distribution::of(&[0.2, 0.4, 0.6, 0.8]);
    assert!(close(even.median.unwrap(), 0.5));
    assert_eq!(even.bands, [0, 1, 1, 1, 1]);
    assert_eq!(Distribution::of(&[]).mean, None);
}

#[test]
fn refused_files_with_reasons_in_file_order() {
    let r = cohort::analyse(&demo(), &cohort_files());
    assert_eq!(r.files, 11);
    let names: Vec<&str> = r.trainees.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben", "Chloé"]);
    let refused: BTreeMap<&str, &str> = r
        .refused
        .iter()
        .map(|f| (f.file.as_str(), f.reason.as_str()))
        .collect();
    assert_eq!(refused.len(), 8);
    assert_eq!(refused["dup.json"], "the same file as t1.json");
    assert!(refused["broken.json"].starts_with("not valid JSON (line 3, column 3"));
    assert_eq!(
        refused["other.json"],
        "results of the curriculum `starter`, not `demo`"
    );
    assert!(refused["old.json"].starts_with("results of version 0.9.0 of this curriculum"));
    assert!(refused["v2.json"].starts_with("results file version 2;"));
    assert_eq!(
        refused["older-ana.json"],
        "an older export of ana ; the newer one, t1.json, is used"
    );
    assert!(refused["unknown.json"].contains("`m1/l1/zz`"));
    assert!(refused["notes.json"].starts_with("not a CCA Migration Lab results file"));
    let order: Vec<&str> = r.refused.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(
        order,
        [
            "dup.json",
            "broken.json",
            "other.json",
            "old.json",
            "v2.json",
            "older-ana.json",
            "unknown.json",
            "notes.json"
        ]
    );
}

#[test]
fn completion_per_module_by_hand() {
    let r = cohort::analyse(&demo(), &cohort_files());
    // m1 has 2 lessons: Ana 2/2, Ben 1/2, Chloé 0/2.
    let m1 = &r.modules[0];
    assert_eq!((m1.lessons, m1.completed, m1.started), (2, 1, 2));
    assert!(close(m1.mean_share, 0.5));
    // m2 has 1 lesson: Ana and Chloé.
    let m2 = &r.modules[1];
    assert_eq!((m2.lessons, m2.completed, m2.started), (1, 2, 2));
    assert!(close(m2.mean_share, 2.0 / 3.0));
}

#[test]
fn questions_by_hand() {
    let r = cohort::analyse(&demo(), &cohort_files());
    let q = &r.questions[0];
    assert_eq!(q.step, "m1/l1/q1");
    assert_eq!((q.answered, q.correct), (2, 1));
    assert!(close(q.share_correct.unwrap(), 0.5));
    assert!(close(q.mean_attempts.unwrap(), 2.0));
    let chosen: Vec<(&str, usize, bool)> = q
        .options
        .iter()
        .map(|o| (o.id.as_str(), o.chosen, o.right))
        .collect();
    assert_eq!(chosen, [("a", 1, true), ("b", 1, false), ("c", 0, false)]);
    assert_eq!(q.prompt, "Which?");
}

#[test]
fn mapping_exercise_by_hand() {
    let r = cohort::analyse(&demo(), &cohort_files());
    let m = &r.mappings[0];
    assert_eq!(
        (m.step.as_str(), m.title.as_str(), m.attempted),
        ("m2/map/ex", "Map it", 3)
    );
    assert!(close(m.mean_attempts.unwrap(), 5.0 / 3.0));
    assert_eq!(m.best.bands, [1, 0, 0, 1, 1]);
    let p = &m.priorities[0];
    // Ana {gcm:1}: F1 1. Ben {gcm:1, gcm:2}: precision 1/2, recall 1,
    // F1 2/3. Chloé {gcm:2}: F1 0. Mean 5/9.
    assert!(close(p.mean_score.unwrap(), 5.0 / 9.0));
    // Wrong: gcm:2 by Ben and Chloé (not gcm:4 or gcm:5: other attempts).
    assert_eq!(p.wrong.len(), 1);
    assert_eq!(
        (p.wrong[0].reference.to_string(), p.wrong[0].count),
        ("gcm:2".into(), 2)
    );
    assert!(close(p.wrong[0].share, 2.0 / 3.0));
    // Missed: gcm:1 by Chloé, with the key's rationale.
    assert_eq!(p.missed.len(), 1);
    assert_eq!(p.missed[0].count, 1);
    assert_eq!(
        p.missed[0].rationale.as_deref(),
        Some("Objective 1 is about data.")
    );
    // Agreement: subjects gcm:1 (2 of 3 chose it) and gcm:2 (2 of 3):
    // κ = −0.5 as in the worked example above.
    assert_eq!((p.agreement.raters, p.agreement.subjects), (3, 2));
    assert!(close(p.agreement.kappa.unwrap(), -0.5));
}

#[test]
fn trainees_who_may_need_help_by_hand() {
    let r = cohort::analyse(&demo(), &cohort_files());
    let help: Vec<(&str, Vec<&str>)> = r
        .needs_help
        .iter()
        .map(|h| {
            (
                h.name.as_str(),
                h.reasons.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        help,
        [
            // 1 of 3 lessons; one question only (fewer than 3 answered), 3
            // tries on one question only (fewer than 3 such questions).
            ("Ben", vec!["completed 1 of 3 lessons"]),
            (
                "Chloé",
                vec![
                    "best score 0\u{a0}% in “Map it”",
                    "completed 1 of 3 lessons"
                ]
            ),
        ]
    );
}

#[test]
fn csv_tables() {
    let r = cohort::analyse(&demo(), &cohort_files());
    let csv = r.csv();
    let names: Vec<&str> = csv.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "demo-modules.csv",
            "demo-questions.csv",
            "demo-mapping-exercises.csv",
            "demo-priorities.csv",
            "demo-references.csv",
            "demo-trainees.csv",
            "demo-refused-files.csv"
        ]
    );
    let get = |n: &str| csv.iter().find(|(x, _)| x == n).unwrap().1.clone();
    assert_eq!(
        get("demo-modules.csv"),
        "module,title,lessons,trainees,completed,started,mean_share_completed\r\nm1,Module one,2,3,1,2,0.500\r\nm2,Module two,1,3,2,2,0.667\r\n"
    );
    assert!(
        get("demo-references.csv")
            .contains("m2/map/ex,p1,missed,gcm:1,1,0.333,Objective 1 is about data.\r\n")
    );
    assert!(
        get("demo-priorities.csv")
            .contains("m2/map/ex,p1,Better migration data,0.556,-0.500,3,2,\r\n")
    );
    assert!(get("demo-trainees.csv").contains("Ben,t2.json,"));
    assert_eq!(get("demo-refused-files.csv").lines().count(), 9);
    // Every table reads back as CSV with as many fields per row as the header.
    for (name, text) in &csv {
        let rows = cca_lab::domain::csv::read(text).unwrap();
        let width = rows[0].fields.len();
        assert!(rows.iter().all(|r| r.fields.len() == width), "{name}");
    }
}

#[test]
fn nothing_crashes_on_nothing_or_garbage() {
    let c = demo();
    let r = cohort::analyse(&c, &[]);
    assert_eq!((r.trainees.len(), r.refused.len()), (0, 0));
    assert!(r.mappings[0].priorities[0].agreement.kappa.is_none());
    let junk: Vec<(String, String)> = [
        "",
        "null",
        "[]",
        "\u{feff}{}",
        "{\"format\":\"cca-lab-results\",\"version\":1}",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| (format!("f{i}.json"), t.to_string()))
    .collect();
    let r = cohort::analyse(&c, &junk);
    assert_eq!(r.refused.len(), 5);
    assert!(r.refused.iter().all(|f| !f.reason.is_empty()));
}

#[path = "common/sample.rs"]
mod sample;

/// The end-to-end cohort fixture (`tests/e2e/fixtures/cohort/`): 50 made-up
/// results files of the full course, a copy, a broken file and a file of
/// another curriculum, with `expected.json`, the analysis computed here.
/// `CCA_UPDATE_FIXTURES=1 cargo test --test cohort` rewrites them; without
/// it, this test fails when they differ from what the code computes.
#[test]
fn e2e_fixture_is_the_domain_computation() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let c = sample::load_localized(&root.join("curricula/cca-migration"), "en");
    let mut files = sample::sample_results(&c, 50, 2026);
    let copy = files[3].1.clone();
    files.push(("copy-of-results-0004.json".into(), copy));
    files.push(("broken.json".into(), files[0].1[..200].to_string()));
    let starter = sample::load_localized(&root.join("curricula/starter"), "en");
    files.push((
        "starter-results.json".into(),
        sample::sample_results(&starter, 1, 1)[0].1.clone(),
    ));
    let report = cohort::analyse(&c, &files);
    assert_eq!((report.trainees.len(), report.refused.len()), (50, 3));
    assert!(!report.needs_help.is_empty());
    assert!(report.mappings.iter().all(|m| m.attempted > 0));
    let expected = serde_json::to_string_pretty(&report).unwrap() + "\n";
    let dir = root.join("tests/e2e/fixtures/cohort");
    if std::env::var_os("CCA_UPDATE_FIXTURES").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("files")).unwrap();
        for (name, text) in &files {
            std::fs::write(dir.join("files").join(name), text).unwrap();
        }
        std::fs::write(dir.join("expected.json"), &expected).unwrap();
    }
    for (name, text) in &files {
        let on_disk = std::fs::read_to_string(dir.join("files").join(name)).unwrap_or_else(|e| {
            panic!("{name}: {e}; run CCA_UPDATE_FIXTURES=1 cargo test --test cohort")
        });
        assert!(
            on_disk == *text,
            "{name} differs: run CCA_UPDATE_FIXTURES=1 cargo test --test cohort"
        );
    }
    let on_disk = std::fs::read_to_string(dir.join("expected.json")).unwrap();
    assert!(
        on_disk == expected,
        "expected.json differs: run CCA_UPDATE_FIXTURES=1 cargo test --test cohort"
    );
}
