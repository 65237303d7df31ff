//! Helpers shared by the integration tests.
//!
//! Each test crate (`tests/domain.rs`, `tests/cli.rs`) includes this module
//! with `mod common;` and uses only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;

use cca_lab::domain::curriculum::{self, Checked, FileSet, FileState, Scope};

/// A valid manifest for the curriculum `demo` in English and French with
/// one module, `basics`.
pub const MANIFEST: &str = r#"format = 1
id = "demo"
version = "1.0.0"
default_language = "en"
languages = ["en", "fr"]
modules = ["basics"]
"#;

/// `en/about.toml` of the valid curriculum.
pub const ABOUT_EN: &str = r#"title = "Migration in the CCA"
summary = "A first look at migration in a Common Country Analysis."
minutes = 20
"#;

/// `fr/about.toml` of the valid curriculum.
pub const ABOUT_FR: &str = r#"title = "La migration dans le CCA"
summary = "Un premier regard sur la migration dans une analyse commune de pays."
minutes = 20
"#;

/// `en/basics.toml`: one lesson with a reading from a file, a reading with
/// an inline body, a single-choice question, a multiple-choice question and
/// a reference card.
pub const BASICS_EN: &str = r#"title = "Basics"
summary = "Where migration sits in the 2030 Agenda."

[[lesson]]
id = "why"
title = "Why migration matters"

[[lesson.step]]
id = "intro"
kind = "reading"
file = "basics/intro.md"

[[lesson.step]]
id = "note"
kind = "reading"
body = "Target [10.7](sdg:10.7) is the central reference."

[[lesson.step]]
id = "q1"
kind = "single_choice"
prompt = "Which target is about migration policies?"
answer = ["b"]
options = [
  { id = "a", text = "8.8", feedback = "Labour rights." },
  { id = "b", text = "10.7", feedback = "Right." },
]

[[lesson.step]]
id = "q2"
kind = "multiple_choice"
prompt = "Which GCM objectives concern labour?"
answer = ["a", "c"]
explanation = "Objectives 6 and 18."
options = [
  { id = "a", text = "Objective 6", feedback = "Yes." },
  { id = "b", text = "Objective 13", feedback = "No, detention." },
  { id = "c", text = "Objective 18", feedback = "Yes." },
]

[[lesson.step]]
id = "card"
kind = "reference_card"
intro = "The official texts:"
refs = ["sdg:10.7", "sdg:10.7.2", "gcm:6"]
"#;

/// `en/basics/intro.md`.
pub const INTRO_EN: &str =
    "# Why migration\n\nSee [GCM objective 6](gcm:6) and <https://www.un.org>.\n";

/// `fr/basics.toml`: the French translation of [`BASICS_EN`], with the same
/// structure.
pub const BASICS_FR: &str = r#"title = "Les bases"

[[lesson]]
id = "why"
title = "Pourquoi la migration compte"

[[lesson.step]]
id = "intro"
kind = "reading"
file = "basics/intro.md"

[[lesson.step]]
id = "note"
kind = "reading"
body = "La cible [10.7](sdg:10.7) est la référence centrale."

[[lesson.step]]
id = "q1"
kind = "single_choice"
prompt = "Quelle cible porte sur les politiques migratoires ?"
answer = ["b"]
options = [
  { id = "a", text = "8.8", feedback = "Droits du travail." },
  { id = "b", text = "10.7", feedback = "Exact." },
]

[[lesson.step]]
id = "q2"
kind = "multiple_choice"
prompt = "Quels objectifs du PMM concernent le travail ?"
answer = ["a", "c"]
options = [
  { id = "a", text = "Objectif 6", feedback = "Oui." },
  { id = "b", text = "Objectif 13", feedback = "Non, la rétention." },
  { id = "c", text = "Objectif 18", feedback = "Oui." },
]

[[lesson.step]]
id = "card"
kind = "reference_card"
refs = ["sdg:10.7", "sdg:10.7.2", "gcm:6"]
"#;

/// `fr/basics/intro.md`.
pub const INTRO_FR: &str = "# Pourquoi la migration\n\nVoir l'[objectif 6 du PMM](gcm:6).\n";

/// The files of the valid curriculum `demo`, by path.
pub fn valid() -> BTreeMap<String, String> {
    [
        ("curriculum.toml", MANIFEST),
        ("en/about.toml", ABOUT_EN),
        ("en/basics.toml", BASICS_EN),
        ("en/basics/intro.md", INTRO_EN),
        ("fr/about.toml", ABOUT_FR),
        ("fr/basics.toml", BASICS_FR),
        ("fr/basics/intro.md", INTRO_FR),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_string(), t.to_string()))
    .collect()
}

/// The valid curriculum with some files replaced (or added).
pub fn with(changes: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut files = valid();
    for (path, text) in changes {
        files.insert(path.to_string(), text.to_string());
    }
    files
}

/// The valid curriculum with some files replaced (or added) and some removed.
pub fn with_without(changes: &[(&str, &str)], removed: &[&str]) -> BTreeMap<String, String> {
    let mut files = with(changes);
    for path in removed {
        files.remove(*path);
    }
    files
}

/// Loads `disk` the way the CLI and the app do: asks [`curriculum::wanted`]
/// which files to fetch, adds them (or marks them missing), and repeats until
/// nothing more is wanted.
pub fn load(disk: &BTreeMap<String, String>, scope: &Scope) -> FileSet {
    let mut files = FileSet::new();
    // Each round adds at least one file, so this always ends; the bound only
    // turns a loading bug into a test failure instead of a hang.
    for _ in 0..100 {
        let want = curriculum::wanted(&files, scope);
        if want.is_empty() {
            return files;
        }
        for path in want {
            let state = match disk.get(&path) {
                Some(text) => FileState::Text(text.clone()),
                None => FileState::Missing,
            };
            files.insert(path, state);
        }
    }
    panic!("loading did not finish after 100 rounds");
}

/// Loads and checks `disk` as the curriculum in folder `demo`, all languages.
pub fn check_demo(disk: &BTreeMap<String, String>) -> Checked {
    curriculum::check("demo", &load(disk, &Scope::All), &Scope::All)
}

/// The diagnostics of checking `disk`, one `Display` line each.
pub fn lines(disk: &BTreeMap<String, String>) -> Vec<String> {
    check_demo(disk)
        .report
        .diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// A manifest for `demo` in English only, with the one module `basics`.
pub const MANIFEST_EN: &str = r#"format = 1
id = "demo"
version = "1.0.0"
default_language = "en"
languages = ["en"]
modules = ["basics"]
"#;

/// The first lines of a module file, up to its first lesson; steps written
/// after it start on line 7.
pub const MODULE_HEAD: &str = "title = \"Basics\"\n\n[[lesson]]\nid = \"why\"\ntitle = \"Why\"\n\n";

/// An English-only curriculum `demo` whose module `basics` is
/// [`MODULE_HEAD`] followed by `steps` (so that the first step is on line 7),
/// plus any `extra` files.
pub fn en_module(steps: &str, extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = [
        ("curriculum.toml", MANIFEST_EN.to_string()),
        ("en/about.toml", ABOUT_EN.to_string()),
        ("en/basics.toml", format!("{MODULE_HEAD}{steps}")),
        ("en/basics/intro.md", INTRO_EN.to_string()),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_string(), t))
    .collect();
    for (path, text) in extra {
        files.insert(path.to_string(), text.to_string());
    }
    files
}

/// An English-only curriculum whose module file is exactly `text`.
pub fn en_module_file(text: &str) -> BTreeMap<String, String> {
    let mut files = en_module("", &[]);
    files.insert("en/basics.toml".into(), text.to_string());
    files
}

/// A valid mapping step (`kind = "mapping"`) with three priorities: one
/// with expected and partial references written inline, one that expects
/// nothing, and one whose key is written as tables. Appended to
/// [`MODULE_HEAD`] by [`en_module`], its `[[lesson.step]]` is on line 7,
/// `frameworks` on line 11, the first priority on line 14 (its `expected`
/// entries on lines 19 and 20, its `partial` entry on line 23), the second
/// on line 26 and the third on line 31.
pub const MAPPING_STEP: &str = r#"[[lesson.step]]
id = "map"
kind = "mapping"
prompt = "Map each priority to the GCM objectives and SDG targets through which it concerns migration."
frameworks = ["gcm", "sdg_targets"]
hints = true

[[lesson.step.priority]]
id = "remittances"
text = "Lower the cost of sending money home."
source = "A fictional plan, pillar 1"
expected = [
  { ref = "gcm:20", rationale = "Objective 20 is about [remittances](gcm:20)." },
  { ref = "sdg:10.c", rationale = "Target 10.c names remittance costs." },
]
partial = [
  { ref = "sdg:17.3", credit = 0.5, rationale = "Its indicator 17.3.2 is the volume of remittances." },
]

[[lesson.step.priority]]
id = "roads"
text = "Resurface the national road network."
expected = []

[[lesson.step.priority]]
id = "recruitment"
text = "End recruitment fees charged to workers placed abroad."

[[lesson.step.priority.expected]]
ref = "gcm:6"
rationale = "Objective 6: fair and ethical recruitment."

[[lesson.step.priority.expected]]
ref = "sdg:8.8"
rationale = "Target 8.8 names migrant workers."

[[lesson.step.priority.partial]]
ref = "sdg:10.7"
rationale = "Indicator 10.7.1 measures recruitment costs."

[[lesson.step.priority.partial]]
ref = "sdg:8.7"
credit = 0.75
rationale = "Fees can lead to forced labour."
"#;

/// [`MAPPING_STEP`] in French: the same structure and key, other words.
pub const MAPPING_STEP_FR: &str = r#"[[lesson.step]]
id = "map"
kind = "mapping"
prompt = "Reliez chaque priorité aux objectifs du Pacte et aux cibles des ODD."
frameworks = ["gcm", "sdg_targets"]
hints = true

[[lesson.step.priority]]
id = "remittances"
text = "Réduire le coût des envois de fonds."
source = "Un plan fictif, pilier 1"
expected = [
  { ref = "gcm:20", rationale = "L’objectif 20 porte sur les envois de fonds." },
  { ref = "sdg:10.c", rationale = "La cible 10.c nomme le coût des envois de fonds." },
]
partial = [
  { ref = "sdg:17.3", credit = 0.5, rationale = "Son indicateur 17.3.2 mesure le volume des envois." },
]

[[lesson.step.priority]]
id = "roads"
text = "Refaire le revêtement des routes nationales."
expected = []

[[lesson.step.priority]]
id = "recruitment"
text = "Supprimer les frais de recrutement des travailleurs partant à l’étranger."

[[lesson.step.priority.expected]]
ref = "gcm:6"
rationale = "Objectif 6 : recrutement équitable et éthique."

[[lesson.step.priority.expected]]
ref = "sdg:8.8"
rationale = "La cible 8.8 nomme les travailleurs migrants."

[[lesson.step.priority.partial]]
ref = "sdg:10.7"
rationale = "L’indicateur 10.7.1 mesure les dépenses de recrutement."

[[lesson.step.priority.partial]]
ref = "sdg:8.7"
credit = 0.75
rationale = "Les frais peuvent mener au travail forcé."
"#;

/// The lines that start a second lesson, `practice`, before a mapping step
/// appended to a module file.
pub const PRACTICE_LESSON: &str = "\n[[lesson]]\nid = \"practice\"\ntitle = \"Practice\"\n\n";

/// The valid curriculum `demo` with a second lesson, `practice`, holding
/// [`MAPPING_STEP`] in English and [`MAPPING_STEP_FR`] in French, appended
/// to the module files (so the lines of the first lesson do not change).
pub fn with_mapping() -> BTreeMap<String, String> {
    with(&[
        (
            "en/basics.toml",
            &format!("{BASICS_EN}{PRACTICE_LESSON}{MAPPING_STEP}"),
        ),
        (
            "fr/basics.toml",
            &format!("{BASICS_FR}{PRACTICE_LESSON}{MAPPING_STEP_FR}"),
        ),
    ])
}

/// The line of `fr/basics.toml` in [`with_mapping`] where the French mapping
/// step starts.
pub fn fr_mapping_line() -> usize {
    BASICS_FR.lines().count() + PRACTICE_LESSON.lines().count() + 1
}

#[cfg(feature = "cli")]
pub mod cli;
