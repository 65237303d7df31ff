//! Public-API tests of the pure core, `cca_lab::domain`: the reference data,
//! the `Ref` syntax, search, curriculum checking with its diagnostics
//! (mapping exercises included), mapping scores, analytics, and workspace
//! import and export.
//!
//! Runs with plain `cargo test` (no features).

mod common;

use std::collections::BTreeMap;

use cca_lab::domain::analytics::{self, Mapped};
use cca_lab::domain::csv;
use cca_lab::domain::curriculum::{
    self, FileSet, FileState, Scope, StepKind, check, check_catalog, wanted,
};
use cca_lab::domain::diagnostic::{Code, Severity};
use cca_lab::domain::mapping::{self, Framework, KeyedRef, MappingExercise, Priority, Verdict};
use cca_lab::domain::markdown;
use cca_lab::domain::reference::{Ref, reference};
use cca_lab::domain::workspace::{self, ImportKind, Workspace, WsPriority};

use common::{
    ABOUT_EN, BASICS_EN, BASICS_FR, INTRO_EN, MANIFEST, MAPPING_STEP, MAPPING_STEP_FR,
    PRACTICE_LESSON, check_demo, en_module, en_module_file, lines, load, valid, with, with_mapping,
    with_without,
};

type Disk = BTreeMap<String, String>;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Checks every case and reports all mismatches at once, serde_json style:
/// each case is a name, the files of a curriculum `demo`, and the exact
/// diagnostic lines expected, in order.
fn test_check(cases: &[(&str, Disk, &[&str])]) {
    let mut failures = Vec::new();
    for (name, disk, expected) in cases {
        let got = lines(disk);
        if got != *expected {
            failures.push(format!(
                "case `{name}`:\n  expected: {expected:#?}\n  got:      {got:#?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The diagnostic lines of checking an in-memory file set as `demo`.
fn lines_of(files: &FileSet) -> Vec<String> {
    check("demo", files, &Scope::All)
        .report
        .diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn r(s: &str) -> Ref {
    Ref::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

fn refs(v: &[Ref]) -> Vec<String> {
    v.iter().map(ToString::to_string).collect()
}

// ---------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------

#[test]
fn reference_data_counts() {
    let data = reference();
    assert_eq!(data.goals().len(), 17);
    assert_eq!(data.targets().len(), 169);
    assert_eq!(data.indicators().len(), 251);
    assert_eq!(data.objectives().len(), 23);
    assert_eq!(data.actions().len(), 187);
    assert_eq!(data.principles().len(), 10);
    assert_eq!(data.migration_relevant_targets().len(), 11);

    let distinct: std::collections::BTreeSet<&str> = data
        .indicators()
        .iter()
        .map(|i| i.unsd_code.as_str())
        .collect();
    assert_eq!(distinct.len(), 235);

    // Numbers run 1..=n without gaps.
    let goals: Vec<u8> = data.goals().iter().map(|g| g.number).collect();
    assert_eq!(goals, (1..=17).collect::<Vec<u8>>());
    let objectives: Vec<u8> = data.objectives().iter().map(|o| o.number).collect();
    assert_eq!(objectives, (1..=23).collect::<Vec<u8>>());
    let letters: Vec<&str> = data
        .principles()
        .iter()
        .map(|p| p.letter.as_str())
        .collect();
    assert_eq!(letters, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
}

#[test]
fn gcm_actions_per_objective() {
    let data = reference();
    let counts: Vec<usize> = (1..=23).map(|n| data.actions_of(n).count()).collect();
    assert_eq!(
        counts,
        [
            11, 12, 5, 7, 10, 12, 12, 6, 6, 10, 7, 5, 8, 6, 6, 9, 7, 12, 10, 9, 9, 3, 5
        ]
    );
    assert_eq!(data.actions_of(0).count(), 0);
    assert_eq!(data.actions_of(24).count(), 0);
    let six: Vec<&str> = data.actions_of(6).map(|a| a.citation.as_str()).collect();
    assert_eq!(
        six,
        [
            "6(a)", "6(b)", "6(c)", "6(d)", "6(e)", "6(f)", "6(g)", "6(h)", "6(i)", "6(j)", "6(k)",
            "6(l)"
        ]
    );
    // Every action's citation is its objective and letter.
    for a in data.actions() {
        assert_eq!(
            a.citation,
            format!("{}({})", a.objective, a.letter),
            "{a:?}"
        );
    }
}

#[test]
fn repeated_indicators_share_one_unsd_code() {
    let data = reference();
    let code = |c: &str| data.indicator(c).unwrap().unsd_code.clone();
    assert_eq!(code("1.5.1"), code("11.5.1"));
    assert_eq!(code("1.5.1"), code("13.1.1"));
    assert_eq!(
        data.indicator("1.5.1").unwrap().repeated_as,
        ["11.5.1", "13.1.1"]
    );
    assert_eq!(
        data.indicator("13.1.1").unwrap().repeated_as,
        ["1.5.1", "11.5.1"]
    );
    assert_eq!(
        data.indicator("1.5.1").unwrap().text,
        data.indicator("11.5.1").unwrap().text
    );
    assert!(data.indicator("10.7.2").unwrap().repeated_as.is_empty());

    // `repeated_as` is symmetric and matches the shared codes.
    for i in data.indicators() {
        for other in &i.repeated_as {
            let o = data
                .indicator(other)
                .unwrap_or_else(|| panic!("{} names missing {other}", i.code));
            assert_eq!(o.unsd_code, i.unsd_code, "{} / {other}", i.code);
            assert!(o.repeated_as.contains(&i.code), "{} / {other}", i.code);
        }
    }
    // 251 rows - 235 codes = 16 extra listings.
    let extra: usize = data.indicators().iter().map(|i| i.repeated_as.len()).sum();
    assert!(extra >= 16, "{extra}");
}

#[test]
fn migration_relevant_targets() {
    let data = reference();
    let mut got: Vec<&str> = data
        .migration_relevant_targets()
        .iter()
        .map(|t| t.target.as_str())
        .collect();
    got.sort_unstable();
    let mut want = [
        "10.7", "10.c", "8.8", "8.7", "5.2", "16.2", "17.18", "4.b", "17.3", "16.9", "3.c",
    ];
    want.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(data.migration_relevant_targets()[0].target, "10.7");
    assert_eq!(data.migration_relevant_targets()[0].relevance, "central");
    for t in data.migration_relevant_targets() {
        assert!(data.target(&t.target).is_some(), "{}", t.target);
    }
}

/// Expected strings copied from /work/shared/data/*.csv.
#[test]
fn official_texts_verbatim() {
    let data = reference();
    for (reference, text) in [
        (
            "sdg:10.7",
            "Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies",
        ),
        (
            "sdg:10.7.2",
            "Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people",
        ),
        (
            "sdg:10.c.1",
            "Remittance costs as a proportion of the amount remitted",
        ),
        ("sdg:17.18.1", "Statistical capacity indicators"),
        (
            "sdg:1.5.1",
            "Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population",
        ),
        (
            "gcm:6",
            "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
        ),
        (
            "gcm:13",
            "Use migration detention only as a measure of last resort and work towards alternatives",
        ),
        ("sdg:1", "End poverty in all its forms everywhere"),
    ] {
        assert_eq!(data.text(&r(reference)), Some(text), "{reference}");
    }
    assert_eq!(data.principles()[0].name, "People-centred");
    assert_eq!(data.goal(10).unwrap().short_title, "Reduced inequalities");
    assert_eq!(data.objective(20).unwrap().short_label_en, "Remittances");
    assert_eq!(data.indicator("10.7.2").unwrap().unsd_code, "C100702");
}

#[test]
fn every_entry_round_trips_and_has_its_parents() {
    let data = reference();
    let all: Vec<Ref> = data.all().collect();
    assert_eq!(all.len(), 23 + 17 + 169 + 251);
    for x in &all {
        assert_eq!(Ref::parse(&x.to_string()).as_ref(), Ok(x), "{x}");
        assert!(data.contains(x), "{x}");
        assert!(!data.text(x).unwrap().trim().is_empty(), "{x}");
        let chain = data.ancestry(x);
        match x {
            Ref::Gcm(_) | Ref::Goal(_) => assert_eq!(chain.len(), 1, "{x}"),
            Ref::Target(_) => assert_eq!(chain.len(), 2, "{x}"),
            Ref::Indicator(_) => assert_eq!(chain.len(), 3, "{x}"),
        }
        for p in &chain {
            assert!(data.contains(p), "{x}: {p}");
            assert_eq!(p.goal(), x.goal(), "{x}: {p}");
        }
    }
}

#[test]
fn parent_ancestry_children() {
    let data = reference();
    assert_eq!(data.parent(&r("sdg:10.7.2")), Some(r("sdg:10.7")));
    assert_eq!(data.parent(&r("sdg:10.7")), Some(r("sdg:10")));
    assert_eq!(data.parent(&r("sdg:10")), None);
    assert_eq!(data.parent(&r("gcm:6")), None);
    assert_eq!(data.parent(&r("sdg:10.7.9")), None);
    assert_eq!(
        refs(&data.ancestry(&r("sdg:10.7.2"))),
        ["sdg:10.7.2", "sdg:10.7", "sdg:10"]
    );
    assert_eq!(refs(&data.ancestry(&r("gcm:6"))), ["gcm:6"]);
    assert_eq!(
        refs(&data.children(&r("sdg:10"))),
        [
            "sdg:10.1", "sdg:10.2", "sdg:10.3", "sdg:10.4", "sdg:10.5", "sdg:10.6", "sdg:10.7",
            "sdg:10.a", "sdg:10.b", "sdg:10.c"
        ]
    );
    assert_eq!(
        refs(&data.children(&r("sdg:10.7"))),
        ["sdg:10.7.1", "sdg:10.7.2", "sdg:10.7.3", "sdg:10.7.4"]
    );
    assert!(data.children(&r("sdg:10.7.2")).is_empty());
    assert!(data.children(&r("gcm:6")).is_empty());
    assert!(data.children(&r("sdg:18")).is_empty());
    // Every goal's targets and every target's indicators.
    let targets: usize = (1..=17).map(|g| data.children(&Ref::Goal(g)).len()).sum();
    assert_eq!(targets, 169);
    let indicators: usize = data
        .targets()
        .iter()
        .map(|t| data.children(&Ref::Target(t.code.clone())).len())
        .sum();
    assert_eq!(indicators, 251);
}

#[test]
fn near_suggests_close_matches() {
    let data = reference();
    for (input, expected) in [
        (
            "sdg:10.7.9",
            &["sdg:10.7.1", "sdg:10.7.2", "sdg:10.7.3", "sdg:10.7.4"][..],
        ),
        ("sdg:99.1.1", &["sdg:9.1.1"]),
        ("sdg:1.1.9", &["sdg:1.1.1"]),
        (
            "sdg:10.8",
            &["sdg:10.1", "sdg:10.2", "sdg:10.3", "sdg:10.4"],
        ),
        ("gcm:24", &["gcm:2", "gcm:4", "gcm:14", "gcm:20"]),
        ("sdg:18", &["sdg:1", "sdg:8", "sdg:10", "sdg:11"]),
        // Too far from anything.
        ("sdg:999.999", &[]),
    ] {
        assert_eq!(refs(&data.near(&r(input))), expected, "{input}");
    }
}

#[test]
fn search_by_code_and_by_words() {
    let data = reference();
    let first = |q: &str| data.search(q, 10).first().map(ToString::to_string);
    for (query, expected) in [
        ("10.7", "sdg:10.7"),
        ("sdg:10.7.2", "sdg:10.7.2"),
        ("10.7.2", "sdg:10.7.2"),
        ("gcm 6", "gcm:6"),
        ("GCM:6", "gcm:6"),
        ("objective 13", "gcm:13"),
        ("Goal 10", "sdg:10"),
        ("recruitment", "gcm:6"),
        ("remittances", "gcm:20"),
        ("detention", "gcm:13"),
    ] {
        assert_eq!(first(query).as_deref(), Some(expected), "{query}");
    }
    assert_eq!(
        refs(&data.search("remittances", 3)),
        ["gcm:20", "sdg:10.c", "sdg:17.3.2"]
    );
    let recruitment = refs(&data.search("recruitment", 10));
    assert!(
        recruitment.contains(&"sdg:10.7.1".to_string()),
        "{recruitment:?}"
    );
    assert!(data.search("", 10).is_empty());
    assert!(data.search("the of and", 10).is_empty());
    assert!(data.search("zzzzqqq", 10).is_empty());
    assert!(data.search("gcm:99", 10).is_empty());
    assert_eq!(data.search("migrant", 2).len(), 2);
    assert!(data.search("migrant", 0).is_empty());
}

#[test]
fn ref_parse_and_display() {
    for (input, expected, label) in [
        ("gcm:6", Ref::Gcm(6), "GCM objective 6"),
        ("sdg:10", Ref::Goal(10), "SDG 10"),
        ("sdg:10.7", Ref::Target("10.7".into()), "SDG target 10.7"),
        ("sdg:10.c", Ref::Target("10.c".into()), "SDG target 10.c"),
        (
            "sdg:10.7.2",
            Ref::Indicator("10.7.2".into()),
            "SDG indicator 10.7.2",
        ),
        (
            "sdg:17.18.1",
            Ref::Indicator("17.18.1".into()),
            "SDG indicator 17.18.1",
        ),
    ] {
        let parsed: Ref = input.parse().unwrap();
        assert_eq!(parsed, expected, "{input}");
        assert_eq!(parsed.to_string(), input);
        assert_eq!(parsed.label(), label);
    }
    assert_eq!(Ref::Indicator("10.7.2".into()).code(), "10.7.2");
    assert_eq!(Ref::Gcm(6).code(), "6");
    assert_eq!(Ref::Gcm(6).goal(), None);
    assert_eq!(Ref::Indicator("10.c.1".into()).goal(), Some(10));
}

#[test]
fn ref_parse_errors() {
    const WRITE: &str = "(write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)";
    for (input, why) in [
        ("10.7", "it has no `gcm:` or `sdg:` prefix"),
        ("", "it has no `gcm:` or `sdg:` prefix"),
        ("gcm:six", "a GCM objective is a number"),
        ("gcm:", "a GCM objective is a number"),
        ("gcm:-1", "a GCM objective is a number"),
        ("gcm:1000", "a GCM objective is a number"),
        (
            "sdg:",
            "an SDG code is numbers or letters separated by dots",
        ),
        (
            "sdg:10..7",
            "an SDG code is numbers or letters separated by dots",
        ),
        (
            "sdg:10.7.",
            "an SDG code is numbers or letters separated by dots",
        ),
        (
            "sdg:10.C",
            "an SDG code is numbers or letters separated by dots",
        ),
        ("sdg:10.7.2.1", "an SDG code has at most three parts"),
        ("sdg:300", "a goal is a number"),
        ("SDG:10", "the prefix must be `gcm:` or `sdg:`"),
        ("sdg :10", "the prefix must be `gcm:` or `sdg:`"),
        ("gcm: 6", "a GCM objective is a number"),
    ] {
        assert_eq!(
            Ref::parse(input).unwrap_err().to_string(),
            format!("`{input}` is not a reference: {why} {WRITE}"),
            "{input}"
        );
    }
}

// ---------------------------------------------------------------------------
// Curricula: valid content
// ---------------------------------------------------------------------------

#[test]
fn valid_curriculum_has_no_diagnostics_and_localizes() {
    let checked = check_demo(&valid());
    assert!(checked.report.is_empty(), "{:#?}", checked.report);
    let c = checked.curriculum.expect("a valid curriculum loads");
    assert_eq!(c.manifest.id, "demo");
    assert_eq!(c.manifest.languages, ["en", "fr"]);
    assert_eq!(c.manifest.modules, ["basics"]);

    let en = c.localize("en").unwrap();
    assert_eq!(en.about.0.title, "Migration in the CCA");
    assert_eq!(en.about.0.minutes, Some(20));
    let (basics, lang) = en.module("basics").unwrap();
    assert_eq!((basics.title.as_str(), lang.as_str()), ("Basics", "en"));
    let steps: Vec<(&str, &str)> = basics.lessons[0]
        .steps
        .iter()
        .map(|s| (s.id.as_str(), s.kind.name()))
        .collect();
    assert_eq!(
        steps,
        [
            ("intro", "reading"),
            ("note", "reading"),
            ("q1", "single_choice"),
            ("q2", "multiple_choice"),
            ("card", "reference_card"),
        ]
    );
    let StepKind::Reading { body } = &basics.lessons[0].steps[0].kind else {
        panic!("{:?}", basics.lessons[0].steps[0]);
    };
    assert_eq!(body.source, INTRO_EN);
    assert_eq!(body.references(), [&Ref::Gcm(6)]);
    let StepKind::Question(q2) = &basics.lessons[0].steps[3].kind else {
        panic!()
    };
    assert!(q2.is_correct(&["c".into(), "a".into()]));
    assert!(!q2.is_correct(&["a".into()]));
    let StepKind::ReferenceCard { refs: card, .. } = &basics.lessons[0].steps[4].kind else {
        panic!()
    };
    assert_eq!(refs(card), ["sdg:10.7", "sdg:10.7.2", "gcm:6"]);
    assert_eq!(basics.lessons[0].steps[2].pos.line, 18);
    assert_eq!(en.lessons().count(), 1);
    assert_eq!(en.neighbours("basics", "why"), (None, None));

    let fr = c.localize("fr").unwrap();
    assert_eq!(fr.language, "fr");
    assert_eq!(
        (fr.about.0.title.as_str(), fr.about.1.as_str()),
        ("La migration dans le CCA", "fr")
    );
    let (basics, lang) = fr.module("basics").unwrap();
    assert_eq!((basics.title.as_str(), lang.as_str()), ("Les bases", "fr"));

    // A language the curriculum does not offer gets the default language.
    let ar = c.localize("ar").unwrap();
    assert_eq!((ar.language.as_str(), ar.about.1.as_str()), ("en", "en"));
}

#[test]
fn loading_asks_for_files_in_rounds() {
    let disk = valid();
    let mut files = FileSet::new();
    let mut rounds = Vec::new();
    loop {
        let want = wanted(&files, &Scope::All);
        if want.is_empty() {
            break;
        }
        for p in &want {
            files.insert(p.clone(), FileState::Text(disk[p].clone()));
        }
        rounds.push(want);
    }
    assert_eq!(
        rounds,
        [
            vec!["curriculum.toml"],
            vec![
                "en/about.toml",
                "en/basics.toml",
                "fr/about.toml",
                "fr/basics.toml"
            ],
            vec!["en/basics/intro.md", "fr/basics/intro.md"],
        ]
    );

    // The app loads one language and the default it falls back to.
    let paths = |scope: &Scope| {
        load(&disk, scope)
            .paths()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        paths(&Scope::Language("en".into())),
        [
            "curriculum.toml",
            "en/about.toml",
            "en/basics.toml",
            "en/basics/intro.md"
        ]
    );
    assert_eq!(paths(&Scope::Language("fr".into())).len(), 7);
    let fr = check(
        "demo",
        &load(&disk, &Scope::Language("fr".into())),
        &Scope::Language("fr".into()),
    );
    assert!(fr.report.is_empty(), "{:#?}", fr.report);
    assert_eq!(fr.curriculum.unwrap().content.len(), 2);
}

#[test]
fn windows_line_ends_and_byte_order_marks_are_fine() {
    let mut files = FileSet::new();
    for (path, text) in valid() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend(text.replace('\n', "\r\n").into_bytes());
        files.insert(path, FileState::from_bytes(bytes));
    }
    assert!(wanted(&files, &Scope::All).is_empty());
    assert_eq!(lines_of(&files), Vec::<String>::new());

    // Positions are the same as with LF line ends.
    let text = format!(
        "{}[[lesson.step]]\r\nid = \"c\"\r\nkind = \"reference_card\"\r\nrefs = [\"gcm:24\"]\r\n",
        common::MODULE_HEAD.replace('\n', "\r\n")
    );
    assert_eq!(
        lines(&en_module_file(&text)),
        [
            "en/basics.toml:10:9: error[E030]: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23"
        ]
    );
}

// ---------------------------------------------------------------------------
// Curricula: each kind of problem, with its exact message
// ---------------------------------------------------------------------------

#[test]
fn toml_problems() {
    test_check(&[
        (
            "syntax error with its position",
            en_module_file("title = \"Basics\"\n[[lesson]\nid = \"why\"\n"),
            &["en/basics.toml:2:10: error[E001]: TOML syntax: unclosed array table, expected `]`"],
        ),
        (
            "unterminated string",
            en_module_file("title = \"Basics\n"),
            &["en/basics.toml:1:16: error[E001]: TOML syntax: invalid basic string, expected `\"`"],
        ),
        (
            "missing field",
            en_module_file(
                "summary = \"s\"\n\n[[lesson]]\nid = \"why\"\ntitle = \"Why\"\n\n[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nbody = \"x\"\n",
            ),
            &[
                "en/basics.toml:1:1: error[E010]: module `basics` has no `title` (the module's title)",
            ],
        ),
        (
            "missing step id and kind",
            en_module("[[lesson.step]]\nbody = \"x\"\n", &[]),
            &[
                "en/basics.toml:7:1: error[E010]: a step has no `id` (a short id such as \"intro\")",
                "en/basics.toml:7:1: error[E010]: a step has no `kind` (one of: reading, single_choice, multiple_choice, reference_card, mapping)",
            ],
        ),
        (
            "lesson without steps",
            en_module_file("title = \"Basics\"\n\n[[lesson]]\nid = \"why\"\ntitle = \"Why\"\n"),
            &[
                "en/basics.toml:3:1: error[E010]: lesson `why` has no steps — add a `[[lesson.step]]` table after it",
            ],
        ),
        (
            "module without lessons",
            en_module_file("title = \"Basics\"\n"),
            &[
                "en/basics.toml:1:1: error[E010]: module `basics` has no lessons — add a `[[lesson]]` table",
            ],
        ),
        (
            "wrong type",
            en_module(
                "[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nbody = 3\n",
                &[],
            ),
            &[
                "en/basics.toml:10:8: error[E011]: `body` in step `a` must be a string, not an integer",
            ],
        ),
        (
            "wrong types in the module and the lesson",
            en_module_file(
                "title = [\"Basics\"]\n\n[[lesson]]\nid = 7\ntitle = \"Why\"\n\n[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nbody = \"x\"\n",
            ),
            &[
                "en/basics.toml:1:9: error[E011]: `title` in module `basics` must be a string, not an array",
                "en/basics.toml:4:6: error[E011]: `id` in a lesson must be a string, not an integer",
            ],
        ),
        (
            "unknown field with did-you-mean",
            en_module(
                "[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\ntitel = \"Intro\"\nbody = \"x\"\n",
                &[],
            ),
            &[
                "en/basics.toml:10:1: error[E012]: unknown field `titel` in step `a` — did you mean `title`?",
            ],
        ),
        (
            "unknown field far from any known one",
            en_module(
                "[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nbody = \"x\"\ncolour = \"red\"\n",
                &[],
            ),
            &[
                "en/basics.toml:11:1: error[E012]: unknown field `colour` in step `a` — known fields here: body, file, id, kind, title",
            ],
        ),
        (
            "unknown step kinds",
            en_module(
                "[[lesson.step]]\nid = \"a\"\nkind = \"readng\"\nbody = \"x\"\n\n[[lesson.step]]\nid = \"b\"\nkind = \"video\"\nurl = \"https://example.org\"\n",
                &[],
            ),
            &[
                "en/basics.toml:9:8: error[E020]: unknown step kind `readng` in step `a` — did you mean `reading`?",
                "en/basics.toml:14:8: error[E020]: unknown step kind `video` in step `b` — this CCA Migration Lab knows: reading, single_choice, multiple_choice, reference_card, mapping; a newer version may know more",
            ],
        ),
        (
            "bad ids",
            en_module(
                "[[lesson.step]]\nid = \"Intro Step\"\nkind = \"reading\"\nbody = \"x\"\n",
                &[],
            ),
            &[
                "en/basics.toml:8:6: error[E013]: `Intro Step` is not a valid step id — use 1 to 64 lower-case letters, digits and hyphens, such as `why-migration`",
            ],
        ),
        (
            "both body and file",
            en_module(
                "[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nbody = \"x\"\nfile = \"basics/intro.md\"\n",
                &[],
            ),
            &[
                "en/basics.toml:11:8: error[E013]: step `a` has both `body` and `file` — keep one of them",
            ],
        ),
    ]);
}

#[test]
fn duplicate_ids() {
    let step =
        |id: &str| format!("[[lesson.step]]\nid = \"{id}\"\nkind = \"reading\"\nbody = \"x\"\n");
    test_check(&[
        (
            "lesson",
            en_module(
                &format!(
                    "{}\n[[lesson]]\nid = \"why\"\ntitle = \"Again\"\n\n{}",
                    step("a"),
                    step("a")
                ),
                &[],
            ),
            &[
                "en/basics.toml:13:6: error[E021]: duplicate lesson id `why` — it is already used on line 4; ids must be unique",
            ],
        ),
        (
            "step",
            en_module(&format!("{}{}", step("a"), step("a")), &[]),
            &[
                "en/basics.toml:12:6: error[E021]: duplicate step id `a` — it is already used on line 8; ids must be unique",
            ],
        ),
        (
            "option",
            en_module(
                "[[lesson.step]]\nid = \"q\"\nkind = \"single_choice\"\nprompt = \"P\"\nanswer = [\"a\"]\noptions = [\n  { id = \"a\", text = \"A\", feedback = \"F\" },\n  { id = \"a\", text = \"B\", feedback = \"G\" },\n]\n",
                &[],
            ),
            &[
                "en/basics.toml:14:10: error[E021]: duplicate option id `a` — it is already used on line 13; ids must be unique",
            ],
        ),
        (
            "module",
            with(&[(
                "curriculum.toml",
                &MANIFEST.replace("[\"basics\"]", "[\"basics\", \"basics\"]"),
            )]),
            &[
                "curriculum.toml:6:22: error[E021]: duplicate module id `basics` — it is already used earlier on this line; ids must be unique",
            ],
        ),
        (
            "language",
            with(&[(
                "curriculum.toml",
                &MANIFEST.replace("[\"en\", \"fr\"]", "[\"en\", \"fr\", \"en\"]"),
            )]),
            &[
                "curriculum.toml:5:26: error[E021]: duplicate language id `en` — it is already used earlier on this line; ids must be unique",
            ],
        ),
    ]);
}

#[test]
fn references() {
    let card = |refs: &str| {
        en_module(
            &format!("[[lesson.step]]\nid = \"c\"\nkind = \"reference_card\"\nrefs = {refs}\n"),
            &[],
        )
    };
    test_check(&[
        (
            "unknown references with hints",
            card("[\"sdg:10.7.9\", \"gcm:24\", \"sdg:18\", \"sdg:99.1.1\"]"),
            &[
                "en/basics.toml:10:9: error[E030]: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
                "en/basics.toml:10:23: error[E030]: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
                "en/basics.toml:10:33: error[E030]: unknown SDG sdg:18 — there are 17 goals, sdg:1 to sdg:17",
                "en/basics.toml:10:43: error[E030]: unknown SDG indicator sdg:99.1.1 — did you mean sdg:9.1.1?",
            ],
        ),
        (
            "bad reference syntax",
            card("[\"10.7\", \"gcm:six\", \"SDG:10\", \"sdg:10.7.2.1\"]"),
            &[
                "en/basics.toml:10:9: error[E031]: `10.7` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                "en/basics.toml:10:17: error[E031]: `gcm:six` is not a reference: a GCM objective is a number (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                "en/basics.toml:10:28: error[E031]: `SDG:10` is not a reference: the prefix must be `gcm:` or `sdg:` (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                "en/basics.toml:10:38: error[E031]: `sdg:10.7.2.1` is not a reference: an SDG code has at most three parts (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
            ],
        ),
        (
            "empty and mistyped lists",
            card("[]"),
            &[
                "en/basics.toml:7:1: error[E013]: `refs` in step `c` is empty — list at least one reference",
            ],
        ),
        (
            "a reference that is not a string",
            card("[\"gcm:6\", 10.7]"),
            &[
                "en/basics.toml:10:18: error[E011]: items of `refs` in step `c` must be strings, not a float",
            ],
        ),
        (
            "unknown reference in a Markdown link",
            en_module(
                "[[lesson.step]]\nid = \"intro\"\nkind = \"reading\"\nfile = \"basics/intro.md\"\n",
                &[(
                    "en/basics/intro.md",
                    "# Targets\n\nSee [the target](sdg:10.7.9) and [this](gcm:x).\n",
                )],
            ),
            &[
                "en/basics/intro.md:3:5: error[E030]: link to unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
                "en/basics/intro.md:3:34: error[E031]: `gcm:x` is not a reference: a GCM objective is a number (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
            ],
        ),
    ]);
}

#[test]
fn questions() {
    let question = |kind: &str, answer: &str, options: &str| {
        en_module(
            &format!(
                "[[lesson.step]]\nid = \"q\"\nkind = \"{kind}\"\nprompt = \"P\"\nanswer = {answer}\noptions = [{options}]\n"
            ),
            &[],
        )
    };
    let ab = "{ id = \"a\", text = \"A\", feedback = \"F\" }, { id = \"b\", text = \"B\", feedback = \"G\" }";
    test_check(&[
        (
            "valid single choice",
            question("single_choice", "[\"b\"]", ab),
            &[],
        ),
        (
            "valid multiple choice",
            question("multiple_choice", "[\"a\", \"b\"]", ab),
            &[],
        ),
        (
            "answer naming a missing option",
            question("single_choice", "[\"c\"]", ab),
            &[
                "en/basics.toml:11:11: error[E040]: the answer names option `c`, which step `q` does not have — its options are `a`, `b`",
            ],
        ),
        (
            "single choice with two answers",
            question("single_choice", "[\"a\", \"b\"]", ab),
            &[
                "en/basics.toml:11:11: error[E041]: step `q` is single_choice but its answer lists 2 options — list exactly one option, or use kind = \"multiple_choice\"",
            ],
        ),
        (
            "single choice with no answer",
            question("single_choice", "[]", ab),
            &[
                "en/basics.toml:7:1: error[E041]: step `q` is single_choice but its answer lists 0 options — list exactly one option, or use kind = \"multiple_choice\"",
            ],
        ),
        (
            "multiple choice with an empty answer",
            question("multiple_choice", "[]", ab),
            &[
                "en/basics.toml:7:1: error[E041]: step `q` has an empty answer — list at least one right option",
            ],
        ),
        (
            "fewer than two options",
            question(
                "single_choice",
                "[\"a\"]",
                "{ id = \"a\", text = \"A\", feedback = \"F\" }",
            ),
            &[
                "en/basics.toml:7:1: error[E042]: step `q` has 1 option(s); a question needs at least 2",
            ],
        ),
        (
            "no options at all",
            en_module(
                "[[lesson.step]]\nid = \"q\"\nkind = \"single_choice\"\nprompt = \"P\"\nanswer = [\"a\"]\n",
                &[],
            ),
            &[
                "en/basics.toml:7:1: error[E010]: step `q` has no `options` — add `options = [{ id = \"a\", text = \"…\", feedback = \"…\" }, …]`",
            ],
        ),
        (
            "an option without feedback",
            question(
                "single_choice",
                "[\"a\"]",
                "{ id = \"a\", text = \"A\" }, { id = \"b\", text = \"B\", feedback = \"G\" }",
            ),
            &[
                "en/basics.toml:12:12: error[E010]: option `a` has no `feedback` (why this option is right or wrong)",
            ],
        ),
    ]);
}

#[test]
fn markdown_safety() {
    let reading_file =
        "[[lesson.step]]\nid = \"intro\"\nkind = \"reading\"\nfile = \"basics/intro.md\"\n";
    test_check(&[
        (
            "raw HTML and a javascript: link in a Markdown file",
            en_module(
                reading_file,
                &[(
                    "en/basics/intro.md",
                    "# Hi\n\nSome <b>bold</b> text.\n\n[click](javascript:alert(1))\n",
                )],
            ),
            &[
                "en/basics/intro.md:3:6: error[E060]: raw HTML is not allowed: `<b>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics/intro.md:3:13: error[E060]: raw HTML is not allowed: `</b>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics/intro.md:5:1: error[E061]: unsafe link address `javascript:alert(1)`: links to `javascript:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
            ],
        ),
        (
            "an HTML block and an unsafe image in a Markdown file",
            en_module(
                reading_file,
                &[(
                    "en/basics/intro.md",
                    "Text.\n\n<script>\nalert(1)\n</script>\n\n![x](data:image/png;base64,AAAA)\n",
                )],
            ),
            &[
                // An HTML block is reported once, at its first line.
                "en/basics/intro.md:3:1: error[E060]: raw HTML is not allowed: `<script>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics/intro.md:7:1: error[E061]: unsafe image address `data:image/png;base64,AAAA`: links to `data:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
            ],
        ),
        (
            "raw HTML and a javascript: link in an inline TOML string",
            en_module(
                "[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nbody = \"Hello <script>x</script> and [y](javascript:alert(1))\"\n",
                &[],
            ),
            &[
                "en/basics.toml:10:15: error[E060]: raw HTML is not allowed: `<script>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics.toml:10:24: error[E060]: raw HTML is not allowed: `</script>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics.toml:10:38: error[E061]: unsafe link address `javascript:alert(1)`: links to `javascript:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
            ],
        ),
        (
            "unsafe Markdown in a question's prompt, option and feedback",
            en_module(
                "[[lesson.step]]\nid = \"q\"\nkind = \"single_choice\"\nprompt = \"Pick <img src=x onerror=alert(1)>\"\nanswer = [\"a\"]\noptions = [\n  { id = \"a\", text = \"[A](vbscript:x)\", feedback = \"F\" },\n  { id = \"b\", text = \"B\", feedback = \"<i>no</i>\" },\n]\n",
                &[],
            ),
            &[
                "en/basics.toml:10:16: error[E060]: raw HTML is not allowed: `<img src=x onerror=alert(1)>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics.toml:13:23: error[E061]: unsafe link address `vbscript:x`: links to `vbscript:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
                "en/basics.toml:14:39: error[E060]: raw HTML is not allowed: `<i>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics.toml:14:44: error[E060]: raw HTML is not allowed: `</i>` — write Markdown instead; the HTML is shown as plain text",
            ],
        ),
        (
            "unsafe Markdown in about.toml",
            en_module(
                reading_file,
                &[(
                    "en/about.toml",
                    "title = \"T\"\ndescription = \"\"\"\nRead [this](javascript:void(0)).\n\"\"\"\n",
                )],
            ),
            &[
                "en/about.toml:3:6: error[E061]: unsafe link address `javascript:void(0)`: links to `javascript:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
            ],
        ),
    ]);
}

#[test]
fn markdown_files_and_paths() {
    let reading = |path: &str| {
        en_module(
            &format!("[[lesson.step]]\nid = \"a\"\nkind = \"reading\"\nfile = \"{path}\"\n"),
            &[],
        )
    };
    let usable = |path: &str| {
        format!(
            "en/basics.toml:10:8: error[E013]: `{path}` is not a usable Markdown file path — name a `.md` file inside this language's folder, such as \"basics/intro.md\", without `..`"
        )
    };
    test_check(&[
        (
            "missing Markdown file",
            reading("basics/missing.md"),
            &[
                "en/basics.toml:10:8: error[E002]: Markdown file `basics/missing.md` not found — create en/basics/missing.md or correct the path",
            ],
        ),
        (
            "path outside the folder",
            reading("../x.md"),
            &[&usable("../x.md")],
        ),
        (
            "absolute path",
            reading("/etc/x.md"),
            &[&usable("/etc/x.md")],
        ),
        (
            "backslashes",
            reading("basics\\\\intro.md"),
            &[&usable("basics\\intro.md")],
        ),
        (
            "not Markdown",
            reading("basics/intro.txt"),
            &[&usable("basics/intro.txt")],
        ),
        (
            "empty segment",
            reading("basics//intro.md"),
            &[&usable("basics//intro.md")],
        ),
        ("valid path", reading("basics/intro.md"), &[]),
    ]);
}

#[test]
fn missing_files() {
    test_check(&[
        (
            "no curriculum.toml",
            Disk::new(),
            &[
                "curriculum.toml: error[E002]: curriculum.toml not found — every curriculum folder needs a curriculum.toml; see curricula/README.md",
            ],
        ),
        (
            "no default about.toml",
            with_without(&[], &["en/about.toml"]),
            &[
                "en/about.toml: error[E002]: en/about.toml not found — add it with the curriculum's title",
            ],
        ),
        (
            "no default module file",
            with_without(&[], &["en/basics.toml"]),
            &[
                "en/basics.toml: error[E002]: module file en/basics.toml not found — create it, or remove `basics` from `modules` in curriculum.toml",
            ],
        ),
        (
            "missing translated Markdown file",
            with_without(&[], &["fr/basics/intro.md"]),
            &[
                "fr/basics.toml:10:8: error[E002]: Markdown file `basics/intro.md` not found — create fr/basics/intro.md or correct the path",
            ],
        ),
    ]);
}

#[test]
fn manifest_problems() {
    let manifest = |from: &str, to: &str| {
        assert!(MANIFEST.contains(from), "{from}");
        with(&[("curriculum.toml", &MANIFEST.replace(from, to))])
    };
    test_check(&[
        (
            "format version 2",
            manifest("format = 1", "format = 2"),
            &[
                "curriculum.toml:1:10: error[E014]: this file uses format 2, and this CCA Migration Lab reads format 1 — update CCA Migration Lab to a version that reads it",
            ],
        ),
        (
            "format version 0",
            manifest("format = 1", "format = 0"),
            &[
                "curriculum.toml:1:10: error[E013]: `format = 0` is not a format version — write `format = 1`",
            ],
        ),
        (
            "no format",
            manifest("format = 1\n", ""),
            &[
                "curriculum.toml:1:1: error[E010]: curriculum.toml has no `format` — add `format = 1` at the top",
            ],
        ),
        (
            "id not matching the folder",
            manifest("id = \"demo\"", "id = \"other\""),
            &[
                "curriculum.toml:2:6: error[E013]: the id `other` does not match the folder name `demo` — write `id = \"demo\"` or rename the folder",
            ],
        ),
        (
            "default language not offered",
            manifest("default_language = \"en\"", "default_language = \"es\""),
            &[
                "curriculum.toml:4:20: error[E013]: the default language `es` is not in `languages` — add \"es\" to `languages`",
            ],
        ),
        (
            "many problems at once",
            with(&[(
                "curriculum.toml",
                "format = 1\nid = \"Demo\"\nversoin = \"1\"\ndefault_language = \"english\"\nlanguages = \"en\"\nmodules = []\n",
            )]),
            &[
                "curriculum.toml:1:1: error[E010]: curriculum.toml has no `version` (the content version, such as \"1.0.0\")",
                "curriculum.toml:1:1: error[E013]: `modules` is empty — list at least one module id",
                "curriculum.toml:2:6: error[E013]: `Demo` is not a valid curriculum id — use 1 to 64 lower-case letters, digits and hyphens, such as `why-migration`",
                "curriculum.toml:3:1: error[E012]: unknown field `versoin` in curriculum.toml — did you mean `version`?",
                "curriculum.toml:4:20: error[E013]: `english` is not a language code — use a code such as \"en\", \"fr\", \"ar\", \"zh\", \"ru\" or \"es\"",
                "curriculum.toml:5:13: error[E011]: `languages` in curriculum.toml must be an array of strings, not a string",
            ],
        ),
    ]);
}

#[test]
fn translations_keep_the_structure() {
    let note = "[[lesson.step]]\nid = \"note\"\nkind = \"reading\"\nbody = \"La cible [10.7](sdg:10.7) est la référence centrale.\"\n\n";
    assert!(BASICS_FR.contains(note));
    let fr = |text: &str| with(&[("fr/basics.toml", text)]);
    let fr_replace = |from: &str, to: &str| {
        assert!(BASICS_FR.contains(from), "{from}");
        fr(&BASICS_FR.replacen(from, to, 1))
    };
    test_check(&[
        (
            "translation missing a step",
            fr_replace(note, ""),
            &[
                "fr/basics.toml:3:1: error[E050]: step `note` of lesson `why` is missing from the French translation — translate it; the English original has steps `intro`, `note`, `q1`, `q2`, `card`",
            ],
        ),
        (
            "translation adding a step",
            fr(&format!(
                "{BASICS_FR}\n[[lesson.step]]\nid = \"extra\"\nkind = \"reading\"\nbody = \"En plus.\"\n"
            )),
            &[
                "fr/basics.toml:43:1: error[E050]: step `extra` of lesson `why` is not in the English original — remove it, or add it to the original first",
            ],
        ),
        (
            "different answer key",
            fr_replace("answer = [\"b\"]", "answer = [\"a\"]"),
            &[
                "fr/basics.toml:17:1: error[E050]: step `q1` has a different answer key than in English — write answer = [\"b\"]; translations cannot change the key",
            ],
        ),
        (
            "different order",
            fr(&BASICS_FR.replacen(note, "", 1).replacen(
                "[[lesson.step]]\nid = \"card\"",
                &format!("{note}[[lesson.step]]\nid = \"card\""),
                1,
            )),
            &[
                "fr/basics.toml:3:1: error[E050]: the steps of lesson `why` are in a different order than in English — order them as in the original: intro, note, q1, q2, card",
            ],
        ),
        (
            "different kind",
            fr(&BASICS_FR
                .replacen("kind = \"multiple_choice\"", "kind = \"single_choice\"", 1)
                .replacen("answer = [\"a\", \"c\"]", "answer = [\"a\"]", 1)),
            &[
                "fr/basics.toml:27:1: error[E050]: step `q2` is a different kind than in English — use kind = \"multiple_choice\"",
                "fr/basics.toml:27:1: error[E050]: step `q2` has a different answer key than in English — write answer = [\"a\", \"c\"]; translations cannot change the key",
            ],
        ),
        (
            "different references",
            fr_replace(
                "refs = [\"sdg:10.7\", \"sdg:10.7.2\", \"gcm:6\"]",
                "refs = [\"sdg:10.7\", \"gcm:6\"]",
            ),
            &[
                "fr/basics.toml:38:1: error[E050]: step `card` shows different references than in English — write refs = [\"sdg:10.7\", \"sdg:10.7.2\", \"gcm:6\"]",
            ],
        ),
        (
            "a reading turned into a reference card",
            fr_replace(
                "kind = \"reading\"\nbody = \"La cible [10.7](sdg:10.7) est la référence centrale.\"",
                "kind = \"reference_card\"\nrefs = [\"sdg:10.7\"]",
            ),
            &[
                "fr/basics.toml:12:1: error[E050]: step `note` is a different kind than in English — use kind = \"reading\"",
            ],
        ),
        (
            "different lesson id",
            fr_replace("id = \"why\"", "id = \"pourquoi\""),
            &[
                "fr/basics.toml:1:1: error[E050]: lesson `why` is missing from the French translation — translate it from en/basics.toml",
                "fr/basics.toml:3:1: error[E050]: lesson `pourquoi` is not in the English original — remove it, or add it to en/basics.toml first",
            ],
        ),
        (
            "missing translated about.toml",
            with_without(&[], &["fr/about.toml"]),
            &[
                "fr/about.toml: warning[W001]: fr/about.toml not found: French readers will see the curriculum's title and summary in English — translate en/about.toml into fr/about.toml",
            ],
        ),
    ]);
}

#[test]
fn missing_translated_module_falls_back_to_the_default_language() {
    let disk = with_without(&[], &["fr/basics.toml"]);
    assert_eq!(
        lines(&disk),
        [
            "fr/basics.toml: warning[W001]: fr/basics.toml not found: French readers will see module `basics` in English — translate en/basics.toml into fr/basics.toml"
        ]
    );
    let checked = check_demo(&disk);
    let d = &checked.report.diagnostics()[0];
    assert_eq!(
        (d.code, d.severity(), d.is_error()),
        (Code::TranslationFallback, Severity::Warning, false)
    );
    assert_eq!(
        (checked.report.error_count(), checked.report.warning_count()),
        (0, 1)
    );
    let c = checked.curriculum.expect("warnings do not stop loading");
    let fr = c.localize("fr").unwrap();
    assert_eq!(fr.language, "fr");
    assert_eq!(fr.about.1, "fr");
    let (module, lang) = fr.module("basics").unwrap();
    assert_eq!((module.title.as_str(), lang.as_str()), ("Basics", "en"));
}

#[test]
fn files_that_are_not_utf8() {
    let broken = |path: &str| {
        let mut files = load(&valid(), &Scope::All);
        files.insert(
            path,
            FileState::from_bytes(b"title = \"caf\xe9\"\n".to_vec()),
        );
        lines_of(&files)
    };
    let e003 =
        |path: &str| format!("{path}: error[E003]: the file is not valid UTF-8 — save it as UTF-8");
    for path in [
        "curriculum.toml",
        "en/about.toml",
        "en/basics.toml",
        "en/basics/intro.md",
        "fr/basics.toml",
        "fr/basics/intro.md",
    ] {
        assert_eq!(broken(path), [e003(path)], "{path}");
    }
    // A translation's about.toml that cannot be read is an error, not a fallback.
    assert_eq!(broken("fr/about.toml"), [e003("fr/about.toml")]);

    let mut files = load(&valid(), &Scope::All);
    files.insert(
        "en/about.toml",
        FileState::Unreadable("permission denied".into()),
    );
    assert_eq!(
        lines_of(&files),
        ["en/about.toml: error[E004]: the file could not be read: permission denied"]
    );
}

#[test]
fn check_reports_every_problem_at_once() {
    // One module file with five different problems.
    let text = "title = \"Basics\"
sumary = \"typo\"

[[lesson]]
id = \"why\"
title = \"Why\"

[[lesson.step]]
id = \"a\"
kind = \"reading\"
body = \"Hello.\"

[[lesson.step]]
id = \"a\"
kind = \"quiz\"

[[lesson.step]]
id = \"c\"
kind = \"reference_card\"
refs = [\"sdg:10.7.9\"]

[[lesson.step]]
id = \"q\"
kind = \"single_choice\"
prompt = \"P\"
answer = [\"z\"]
options = [{ id = \"a\", text = \"A\", feedback = \"F\" }, { id = \"b\", text = \"B\", feedback = \"G\" }]
";
    let checked = check_demo(&en_module_file(text));
    let got: Vec<String> = checked
        .report
        .diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "en/basics.toml:2:1: error[E012]: unknown field `sumary` in module `basics` — did you mean `summary`?",
            "en/basics.toml:14:6: error[E021]: duplicate step id `a` — it is already used on line 9; ids must be unique",
            "en/basics.toml:15:8: error[E020]: unknown step kind `quiz` in step `a` — this CCA Migration Lab knows: reading, single_choice, multiple_choice, reference_card, mapping; a newer version may know more",
            "en/basics.toml:20:9: error[E030]: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
            "en/basics.toml:26:11: error[E040]: the answer names option `z`, which step `q` does not have — its options are `a`, `b`",
        ]
    );
    let mut codes: Vec<Code> = checked
        .report
        .diagnostics()
        .iter()
        .map(|d| d.code)
        .collect();
    codes.dedup();
    assert_eq!(codes.len(), 5);
    assert_eq!(checked.report.error_count(), 5);
    assert!(checked.curriculum.is_none());

    // Problems in several files of one curriculum are all reported too, in
    // path order.
    let disk = with(&[
        ("en/about.toml", "title = \"\"\n"),
        ("en/basics/intro.md", "<br>\n"),
        (
            "fr/basics.toml",
            &BASICS_FR.replacen("\"gcm:6\"]", "\"gcm:66\"]", 1),
        ),
    ]);
    assert_eq!(
        lines(&disk),
        [
            "en/about.toml:1:9: error[E013]: `title` in about.toml is empty",
            "en/basics/intro.md:1:1: error[E060]: raw HTML is not allowed: `<br>` — write Markdown instead; the HTML is shown as plain text",
            "fr/basics.toml:41:35: error[E030]: unknown GCM objective gcm:66 — the GCM has 23 objectives, gcm:1 to gcm:23",
        ]
    );
}

// ---------------------------------------------------------------------------
// Mapping exercises (`kind = "mapping"`)
// ---------------------------------------------------------------------------

/// [`MAPPING_STEP`] with each `(from, to)` replaced once (each `from` must
/// be there), as the English-only module `basics` (the step starts on
/// line 7).
fn mapping_with(changes: &[(&str, &str)]) -> Disk {
    let mut step = MAPPING_STEP.to_string();
    for (from, to) in changes {
        assert!(step.contains(from), "`{from}` is not in MAPPING_STEP");
        step = step.replacen(from, to, 1);
    }
    en_module(&step, &[])
}

/// [`with_mapping`] with each `(from, to)` replaced once in the French
/// mapping step.
fn fr_mapping_with(changes: &[(&str, &str)]) -> Disk {
    let mut step = MAPPING_STEP_FR.to_string();
    for (from, to) in changes {
        assert!(step.contains(from), "`{from}` is not in MAPPING_STEP_FR");
        step = step.replacen(from, to, 1);
    }
    let mut disk = with_mapping();
    disk.insert(
        "fr/basics.toml".into(),
        format!("{BASICS_FR}{PRACTICE_LESSON}{step}"),
    );
    disk
}

/// The mapping exercise of the `n`th step of lesson `lesson` of module
/// `basics` in `language`.
fn exercise_of(disk: &Disk, language: &str, lesson: usize) -> MappingExercise {
    let checked = check_demo(disk);
    assert!(checked.report.is_empty(), "{:#?}", checked.report);
    let c = checked.curriculum.expect("a valid curriculum loads");
    let l = c.localize(language).unwrap();
    let (module, _) = l.module("basics").unwrap();
    match &module.lessons[lesson].steps[0].kind {
        StepKind::Mapping(m) => m.clone(),
        other => panic!("not a mapping step: {other:?}"),
    }
}

#[test]
fn mapping_step_problems() {
    // The first priority without its `partial` list, and the text up to the
    // second priority, for cases that cut the step.
    let head = &MAPPING_STEP[..MAPPING_STEP.find("\n[[lesson.step.priority]]").unwrap()];
    const FW: &str = "frameworks = [\"gcm\", \"sdg_targets\"]";
    test_check(&[
        ("valid", mapping_with(&[]), &[]),
        (
            "valid with one framework and no hints",
            mapping_with(&[
                (
                    FW,
                    "frameworks = [\"gcm\", \"sdg_targets\", \"sdg_indicators\"]",
                ),
                ("hints = true\n", ""),
            ]),
            &[],
        ),
        (
            "missing prompt",
            mapping_with(&[(
                "prompt = \"Map each priority to the GCM objectives and SDG targets through which it concerns migration.\"\n",
                "",
            )]),
            &[
                "en/basics.toml:7:1: error[E010]: step `map` has no `prompt` (the task, such as \"Map each priority to the GCM objectives it serves\")",
            ],
        ),
        (
            "empty prompt",
            mapping_with(&[(
                "prompt = \"Map each priority to the GCM objectives and SDG targets through which it concerns migration.\"",
                "prompt = \"  \"",
            )]),
            &["en/basics.toml:10:10: error[E013]: `prompt` in step `map` is empty"],
        ),
        (
            // The key is not checked against missing frameworks (no E043 for
            // every reference).
            "missing frameworks",
            mapping_with(&[(&format!("{FW}\n"), "")]),
            &[
                "en/basics.toml:7:1: error[E010]: step `map` has no `frameworks` (one or more of [\"gcm\", \"sdg_targets\", \"sdg_indicators\"])",
            ],
        ),
        (
            "misspelt frameworks",
            mapping_with(&[(FW, "framework = [\"gcm\", \"sdg_targets\"]")]),
            &[
                "en/basics.toml:7:1: error[E010]: step `map` has no `frameworks` (one or more of [\"gcm\", \"sdg_targets\", \"sdg_indicators\"])",
                "en/basics.toml:11:1: error[E012]: unknown field `framework` in step `map` — did you mean `frameworks`?",
            ],
        ),
        (
            "empty frameworks",
            mapping_with(&[(FW, "frameworks = []")]),
            &[
                "en/basics.toml:7:1: error[E013]: `frameworks` in step `map` is empty — list one or more of \"gcm\", \"sdg_targets\", \"sdg_indicators\"",
            ],
        ),
        (
            "unknown framework",
            mapping_with(&[(FW, "frameworks = [\"gcm\", \"sdg_goals\"]")]),
            &[
                "en/basics.toml:11:22: error[E013]: unknown framework `sdg_goals` — use one or more of \"gcm\", \"sdg_targets\", \"sdg_indicators\"",
            ],
        ),
        (
            "duplicate framework",
            mapping_with(&[(FW, "frameworks = [\"gcm\", \"sdg_targets\", \"gcm\"]")]),
            &["en/basics.toml:11:37: error[E021]: `gcm` is listed twice in `frameworks`"],
        ),
        (
            "frameworks of the wrong type",
            mapping_with(&[(FW, "frameworks = \"gcm\"")]),
            &[
                "en/basics.toml:11:14: error[E011]: `frameworks` in step `map` must be an array of strings, not a string",
            ],
        ),
        (
            "a framework that is not a string",
            mapping_with(&[(FW, "frameworks = [\"gcm\", 2]")]),
            &[
                "en/basics.toml:11:22: error[E011]: items of `frameworks` in step `map` must be strings, not an integer",
            ],
        ),
        (
            "hints of the wrong type",
            mapping_with(&[("hints = true", "hints = \"yes\"")]),
            &[
                "en/basics.toml:12:9: error[E011]: `hints` in step `map` must be true or false, not a string",
            ],
        ),
        (
            "no priorities",
            en_module(&format!("{head}\n"), &[]),
            &[
                "en/basics.toml:7:1: error[E010]: step `map` has no priorities — add `[[lesson.step.priority]]` tables with `id`, `text` and `expected`",
            ],
        ),
        (
            "an empty list of priorities",
            en_module(&format!("{head}\npriority = []\n"), &[]),
            &[
                "en/basics.toml:7:1: error[E010]: step `map` has no priorities — add `[[lesson.step.priority]]` tables with `id`, `text` and `expected`",
            ],
        ),
        (
            "priorities of the wrong type",
            en_module(&format!("{head}\npriority = \"p1\"\n"), &[]),
            &[
                "en/basics.toml:14:12: error[E011]: `priority` in step `map` must be a list of tables, such as `[[…]]` entries or `[{ … }, { … }]`, not a string",
            ],
        ),
        (
            "missing expected",
            mapping_with(&[("expected = []\n", "")]),
            &[
                "en/basics.toml:26:1: error[E010]: priority `roads` has no answer key (`expected`) — add `expected = [{ ref = \"gcm:6\", rationale = \"…\" }]`, or `expected = []` if nothing should be mapped",
            ],
        ),
        (
            "expected of the wrong type",
            mapping_with(&[("expected = []", "expected = \"gcm:6\"")]),
            &[
                "en/basics.toml:29:12: error[E011]: `expected` in priority `roads` must be a list of tables, such as `[[…]]` entries or `[{ … }, { … }]`, not a string",
            ],
        ),
        (
            "expected as a list of references",
            mapping_with(&[("expected = []", "expected = [\"gcm:6\"]")]),
            &[
                "en/basics.toml:29:13: error[E011]: items of `expected` in priority `roads` must be tables, not a string",
            ],
        ),
        (
            "missing and empty priority fields",
            mapping_with(&[
                ("id = \"roads\"\n", ""),
                (
                    "text = \"End recruitment fees charged to workers placed abroad.\"",
                    "text = \"\"",
                ),
            ]),
            &[
                "en/basics.toml:26:1: error[E010]: a priority has no `id` (a short id such as \"p1\")",
                "en/basics.toml:32:8: error[E013]: `text` in priority `recruitment` is empty",
            ],
        ),
        (
            "missing text, unknown field",
            mapping_with(&[
                ("text = \"Resurface the national road network.\"\n", ""),
                ("source = ", "sorce = "),
            ]),
            &[
                "en/basics.toml:17:1: error[E012]: unknown field `sorce` in priority `remittances` — did you mean `source`?",
                "en/basics.toml:26:1: error[E010]: priority `roads` has no `text` (the priority as the plan words it)",
            ],
        ),
        (
            "duplicate and invalid priority ids",
            mapping_with(&[
                ("id = \"roads\"", "id = \"remittances\""),
                ("id = \"recruitment\"", "id = \"Recruitment 1\""),
            ]),
            &[
                "en/basics.toml:27:6: error[E021]: duplicate priority id `remittances` — it is already used on line 15; ids must be unique",
                "en/basics.toml:32:6: error[E013]: `Recruitment 1` is not a valid priority id — use 1 to 64 lower-case letters, digits and hyphens, such as `why-migration`",
            ],
        ),
        (
            "unknown references in expected and partial, with hints",
            mapping_with(&[
                ("ref = \"gcm:20\"", "ref = \"gcm:24\""),
                ("ref = \"sdg:17.3\"", "ref = \"sdg:17.33\""),
                ("ref = \"sdg:8.8\"", "ref = \"sdg:8.z\""),
            ]),
            &[
                "en/basics.toml:19:11: error[E030]: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
                "en/basics.toml:23:11: error[E030]: unknown SDG target sdg:17.33 — did you mean sdg:17.3 or sdg:17.13?",
                "en/basics.toml:40:7: error[E030]: unknown SDG target sdg:8.z — did you mean sdg:8.1, sdg:8.2, sdg:8.3 or sdg:8.4?",
            ],
        ),
        (
            "badly written references",
            mapping_with(&[
                ("ref = \"gcm:20\"", "ref = \"GCM 20\""),
                ("ref = \"sdg:10.7\"", "ref = \"10.7\""),
            ]),
            &[
                "en/basics.toml:19:11: error[E031]: `GCM 20` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                "en/basics.toml:44:7: error[E031]: `10.7` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
            ],
        ),
        (
            "references outside the frameworks (E043)",
            mapping_with(&[
                ("ref = \"sdg:10.c\"", "ref = \"sdg:10.c.1\""),
                ("ref = \"sdg:17.3\"", "ref = \"sdg:17\""),
            ]),
            &[
                "en/basics.toml:20:11: error[E043]: sdg:10.c.1 is not among this exercise's frameworks (GCM objectives, SDG targets) — add its framework to `frameworks`, or key a reference of the frameworks listed",
                "en/basics.toml:23:11: error[E043]: sdg:17 is not among this exercise's frameworks (GCM objectives, SDG targets) — add its framework to `frameworks`, or key a reference of the frameworks listed",
            ],
        ),
        (
            "GCM objectives in an SDG-only exercise (E043)",
            mapping_with(&[(FW, "frameworks = [\"sdg_targets\"]")]),
            &[
                "en/basics.toml:19:11: error[E043]: gcm:20 is not among this exercise's frameworks (SDG targets) — add its framework to `frameworks`, or key a reference of the frameworks listed",
                "en/basics.toml:36:7: error[E043]: gcm:6 is not among this exercise's frameworks (SDG targets) — add its framework to `frameworks`, or key a reference of the frameworks listed",
            ],
        ),
        (
            "the same reference expected and partial",
            mapping_with(&[
                ("ref = \"sdg:17.3\"", "ref = \"gcm:20\""),
                ("ref = \"sdg:10.7\"", "ref = \"sdg:8.8\""),
            ]),
            &[
                "en/basics.toml:23:11: error[E021]: gcm:20 is both expected and partial — it is expected on line 19; keep one",
                "en/basics.toml:44:7: error[E021]: sdg:8.8 is both expected and partial — it is expected on line 40; keep one",
            ],
        ),
        (
            "duplicate references in expected and in partial",
            mapping_with(&[
                ("ref = \"sdg:10.c\"", "ref = \"gcm:20\""),
                ("ref = \"sdg:8.7\"", "ref = \"sdg:10.7\""),
            ]),
            &[
                "en/basics.toml:20:11: error[E021]: gcm:20 is listed twice in `expected` — it is already listed on line 19",
                "en/basics.toml:48:7: error[E021]: sdg:10.7 is listed twice in `partial` — it is already listed on line 44",
            ],
        ),
        (
            "credit above 1 and 0",
            mapping_with(&[
                ("credit = 0.5", "credit = 1.5"),
                ("credit = 0.75", "credit = 0"),
            ]),
            &[
                "en/basics.toml:23:32: error[E013]: `credit` must be more than 0 and less than 1 — write a share such as 0.5",
                "en/basics.toml:49:10: error[E013]: `credit` must be more than 0 and less than 1 — write a share such as 0.5",
            ],
        ),
        (
            "credit of 1 and below 0",
            mapping_with(&[
                ("credit = 0.5", "credit = 1"),
                ("credit = 0.75", "credit = -0.25"),
            ]),
            &[
                "en/basics.toml:23:32: error[E013]: `credit` must be more than 0 and less than 1 — write a share such as 0.5",
                "en/basics.toml:49:10: error[E013]: `credit` must be more than 0 and less than 1 — write a share such as 0.5",
            ],
        ),
        (
            "credit of the wrong type, and in expected",
            mapping_with(&[
                ("credit = 0.5", "credit = \"half\""),
                ("{ ref = \"gcm:20\",", "{ ref = \"gcm:20\", credit = 0.5,"),
            ]),
            &[
                "en/basics.toml:19:21: error[E012]: unknown field `credit` in an entry of `expected` — known fields here: rationale, ref",
                "en/basics.toml:23:32: error[E011]: `credit` in an entry of `partial` must be a number between 0 and 1, such as 0.5, not a string",
            ],
        ),
        (
            "key entries without ref or rationale",
            mapping_with(&[
                ("ref = \"gcm:20\", ", ""),
                ("rationale = \"Target 8.8 names migrant workers.\"\n", ""),
            ]),
            &[
                "en/basics.toml:19:3: error[E010]: an entry of `expected` has no `ref` (a reference such as \"gcm:6\" or \"sdg:10.7\")",
                "en/basics.toml:39:1: error[E010]: an entry of `expected` has no `rationale` (why this reference belongs, shown to the learner after submitting)",
            ],
        ),
        (
            "unsafe Markdown in the prompt and a rationale",
            mapping_with(&[
                (
                    "through which it concerns migration.",
                    "through <b>which</b> it concerns migration.",
                ),
                (
                    "about [remittances](gcm:20).",
                    "about [remittances](javascript:x) and [this](sdg:10.7.9).",
                ),
            ]),
            &[
                "en/basics.toml:10:75: error[E060]: raw HTML is not allowed: `<b>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics.toml:10:83: error[E060]: raw HTML is not allowed: `</b>` — write Markdown instead; the HTML is shown as plain text",
                "en/basics.toml:19:56: error[E061]: unsafe link address `javascript:x`: links to `javascript:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
                "en/basics.toml:19:88: error[E030]: link to unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
            ],
        ),
    ]);
}

#[test]
fn mapping_translation_problems() {
    let line = common::fr_mapping_line();
    let e050 = |what: &str, fix: &str| {
        format!("fr/basics.toml:{line}:1: error[E050]: step `map` {what} than in English — {fix}")
    };
    const KEY: &str = "translations cannot change the key: copy `expected` and `partial` references from the original";
    let cases: Vec<(&str, Disk, Vec<String>)> = vec![
        ("valid translation", with_mapping(), vec![]),
        (
            "a different reference in the key",
            fr_mapping_with(&[("ref = \"sdg:17.3\"", "ref = \"sdg:10.7\"")]),
            vec![e050(
                "has a different answer key for priority `remittances`",
                KEY,
            )],
        ),
        (
            "a different credit",
            fr_mapping_with(&[("credit = 0.75", "credit = 0.5")]),
            vec![e050(
                "has a different answer key for priority `recruitment`",
                KEY,
            )],
        ),
        (
            "the default credit written out is the same key",
            fr_mapping_with(&[(
                "rationale = \"L’indicateur 10.7.1",
                "credit = 0.5\nrationale = \"L’indicateur 10.7.1",
            )]),
            vec![],
        ),
        (
            "expected references in another order",
            fr_mapping_with(&[(
                "  { ref = \"gcm:20\", rationale = \"L’objectif 20 porte sur les envois de fonds.\" },\n  { ref = \"sdg:10.c\", rationale = \"La cible 10.c nomme le coût des envois de fonds.\" },",
                "  { ref = \"sdg:10.c\", rationale = \"La cible 10.c nomme le coût des envois de fonds.\" },\n  { ref = \"gcm:20\", rationale = \"L’objectif 20 porte sur les envois de fonds.\" },",
            )]),
            vec![e050(
                "has a different answer key for priority `remittances`",
                KEY,
            )],
        ),
        (
            "a reference expected in one language and partial in the other",
            fr_mapping_with(&[
                (
                    "partial = [\n  { ref = \"sdg:17.3\", credit = 0.5, rationale = \"Son indicateur 17.3.2 mesure le volume des envois.\" },\n]\n",
                    "",
                ),
                (
                    "expected = []",
                    "expected = [{ ref = \"sdg:17.3\", rationale = \"Le volume.\" }]",
                ),
            ]),
            vec![
                e050("has a different answer key for priority `remittances`", KEY),
                e050("has a different answer key for priority `roads`", KEY),
            ],
        ),
        (
            "a renamed priority",
            fr_mapping_with(&[("id = \"roads\"", "id = \"routes\"")]),
            vec![e050(
                "has different priorities",
                "use the priorities remittances, roads, recruitment in this order",
            )],
        ),
        (
            "a missing priority",
            fr_mapping_with(&[(
                "[[lesson.step.priority]]\nid = \"roads\"\ntext = \"Refaire le revêtement des routes nationales.\"\nexpected = []\n\n",
                "",
            )]),
            vec![e050(
                "has different priorities",
                "use the priorities remittances, roads, recruitment in this order",
            )],
        ),
        (
            "different frameworks",
            fr_mapping_with(&[(
                "frameworks = [\"gcm\", \"sdg_targets\"]",
                "frameworks = [\"gcm\", \"sdg_targets\", \"sdg_indicators\"]",
            )]),
            vec![e050(
                "maps to different frameworks",
                "write frameworks = [\"gcm\", \"sdg_targets\"]",
            )],
        ),
        (
            "frameworks in another order",
            fr_mapping_with(&[(
                "frameworks = [\"gcm\", \"sdg_targets\"]",
                "frameworks = [\"sdg_targets\", \"gcm\"]",
            )]),
            vec![e050(
                "maps to different frameworks",
                "write frameworks = [\"gcm\", \"sdg_targets\"]",
            )],
        ),
        (
            "a reading in place of the exercise",
            {
                let mut disk = with_mapping();
                disk.insert(
                    "fr/basics.toml".into(),
                    format!(
                        "{BASICS_FR}{PRACTICE_LESSON}[[lesson.step]]\nid = \"map\"\nkind = \"reading\"\nbody = \"Lisez.\"\n"
                    ),
                );
                disk
            },
            vec![e050("is a different kind", "use kind = \"mapping\"")],
        ),
    ];
    let mut failures = Vec::new();
    for (name, disk, expected) in &cases {
        let got = lines(disk);
        if got != *expected {
            failures.push(format!(
                "case `{name}`:\n  expected: {expected:#?}\n  got:      {got:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_mapping_exercise_loads() {
    let ex = exercise_of(&with_mapping(), "en", 1);
    assert_eq!(ex.frameworks, [Framework::Gcm, Framework::SdgTargets]);
    assert!(ex.hints);
    assert_eq!(
        ex.prompt.source,
        "Map each priority to the GCM objectives and SDG targets through which it concerns migration."
    );
    /// (id, text, source, expected, partial), with (reference, credit) keys.
    type Summary<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        Vec<(String, f64)>,
        Vec<(String, f64)>,
    );
    let summary: Vec<Summary<'_>> = ex
        .priorities
        .iter()
        .map(|p| {
            let key = |v: &[KeyedRef]| -> Vec<(String, f64)> {
                v.iter()
                    .map(|k| (k.reference.to_string(), k.credit))
                    .collect()
            };
            (
                p.id.as_str(),
                p.text.as_str(),
                p.source.as_deref(),
                key(&p.expected),
                key(&p.partial),
            )
        })
        .collect();
    let s = |v: &[(&str, f64)]| -> Vec<(String, f64)> {
        v.iter().map(|(r, c)| (r.to_string(), *c)).collect()
    };
    assert_eq!(
        summary,
        [
            (
                "remittances",
                "Lower the cost of sending money home.",
                Some("A fictional plan, pillar 1"),
                s(&[("gcm:20", 1.0), ("sdg:10.c", 1.0)]),
                s(&[("sdg:17.3", 0.5)]),
            ),
            (
                "roads",
                "Resurface the national road network.",
                None,
                vec![],
                vec![],
            ),
            (
                "recruitment",
                "End recruitment fees charged to workers placed abroad.",
                None,
                s(&[("gcm:6", 1.0), ("sdg:8.8", 1.0)]),
                // An unset credit is 0.5.
                s(&[("sdg:10.7", 0.5), ("sdg:8.7", 0.75)]),
            ),
        ]
    );
    // Rationales are Markdown, with their references.
    let first = &ex.priorities[0].expected[0].rationale;
    assert_eq!(first.source, "Objective 20 is about [remittances](gcm:20).");
    assert_eq!(first.references(), [&Ref::Gcm(20)]);
    assert_eq!(
        ex.priorities[2].partial[1].rationale.plain_text().trim(),
        "Fees can lead to forced labour."
    );

    // The French exercise has its own words and the same key.
    let fr = exercise_of(&with_mapping(), "fr", 1);
    assert_eq!(
        fr.priorities[1].text,
        "Refaire le revêtement des routes nationales."
    );
    assert_eq!(fr.frameworks, ex.frameworks);
    for (a, b) in fr.priorities.iter().zip(&ex.priorities) {
        assert_eq!(a.id, b.id);
        let refs = |v: &[KeyedRef]| {
            v.iter()
                .map(|k| (k.reference.clone(), k.credit))
                .collect::<Vec<_>>()
        };
        assert_eq!(refs(&a.expected), refs(&b.expected));
        assert_eq!(refs(&a.partial), refs(&b.partial));
    }

    // The step sits where it was written; `kind` names it.
    let c = check_demo(&with_mapping()).curriculum.unwrap();
    let en = c.localize("en").unwrap();
    let (basics, _) = en.module("basics").unwrap();
    let step = &basics.lessons[1].steps[0];
    assert_eq!((step.id.as_str(), step.kind.name()), ("map", "mapping"));
    assert_eq!(step.pos.line, BASICS_EN.lines().count() + 6);
    assert_eq!(en.lessons().count(), 2);

    // English alone, as a single-language curriculum, is valid too.
    assert_eq!(exercise_of(&en_module(MAPPING_STEP, &[]), "en", 0), ex);
}

/// Chosen references by priority id, from `(id, ["gcm:6", …])` pairs.
fn answers(v: &[(&str, &[&str])]) -> BTreeMap<String, Vec<Ref>> {
    v.iter()
        .map(|(id, refs)| (id.to_string(), refs.iter().map(|s| r(s)).collect()))
        .collect()
}

fn score_of(ex: &MappingExercise, chosen: &BTreeMap<String, Vec<Ref>>) -> mapping::Score {
    mapping::score(ex, |id| chosen.get(id).map_or(&[][..], Vec::as_slice))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn mapping_scores_through_the_public_api() {
    let ex = exercise_of(&with_mapping(), "en", 1);

    // The example of curricula/README.md: one right, one keyed partial and
    // one under the right goal; the two other priorities exactly right.
    let s = score_of(
        &ex,
        &answers(&[
            ("remittances", &["gcm:20", "sdg:17.3", "sdg:10.7"]),
            ("roads", &[]),
            ("recruitment", &["sdg:8.8", "gcm:6"]),
        ]),
    );
    let p = &s.priorities[0];
    let judged: Vec<(String, Verdict, f64, Option<String>)> = p
        .chosen
        .iter()
        .map(|j| {
            (
                j.chosen.to_string(),
                j.verdict,
                j.credit,
                j.matched.as_ref().map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(
        judged,
        [
            ("gcm:20".into(), Verdict::Right, 1.0, Some("gcm:20".into())),
            ("sdg:17.3".into(), Verdict::KeyedPartial, 0.5, None),
            (
                "sdg:10.7".into(),
                Verdict::RightGoal,
                0.25,
                Some("sdg:10.c".into())
            ),
        ]
    );
    assert!(close(p.precision.unwrap(), 1.75 / 3.0), "{:?}", p.precision);
    assert!(close(p.recall.unwrap(), 0.625), "{:?}", p.recall);
    let f1 = 2.0 * (1.75 / 3.0) * 0.625 / (1.75 / 3.0 + 0.625);
    assert!(close(p.f1, f1), "{}", p.f1);
    assert!((p.f1 - 0.60).abs() < 0.005, "README rounds it to 0.60");
    assert_eq!(p.expected[1].by, Some(r("sdg:10.7")));
    assert!(p.missed().map(|f| f.expected.to_string()).eq(["sdg:10.c"]));
    // `roads` expects nothing and nothing was chosen.
    assert_eq!(
        (
            s.priorities[1].precision,
            s.priorities[1].recall,
            s.priorities[1].f1
        ),
        (None, None, 1.0)
    );
    assert_eq!(s.priorities[2].f1, 1.0);
    assert!(close(s.score, (f1 + 2.0) / 3.0), "{}", s.score);
    assert!((s.score - 0.87).abs() < 0.005, "README rounds it to 0.87");
    // Pooled: 3.75 credits for 5 choices; 3.25 of 4 expected found.
    assert!(close(s.precision.unwrap(), 0.75));
    assert!(close(s.recall.unwrap(), 0.8125));

    // Nothing chosen for a priority that expects something, something for
    // one that expects nothing; a keyed partial reference that also sits
    // under the right goal does not take the expected target away from
    // another choice; duplicates count once.
    let s = score_of(
        &ex,
        &answers(&[
            ("remittances", &[]),
            ("roads", &["sdg:9.1"]),
            ("recruitment", &["sdg:8.7", "sdg:8.5", "sdg:8.7"]),
        ]),
    );
    let [remittances, roads, recruitment] = &s.priorities[..] else {
        panic!("{s:?}")
    };
    assert_eq!(
        (remittances.precision, remittances.recall, remittances.f1),
        (None, Some(0.0), 0.0)
    );
    assert_eq!(
        (roads.precision, roads.recall, roads.f1),
        (Some(0.0), None, 0.0)
    );
    assert_eq!(roads.chosen[0].verdict, Verdict::Extra);
    let v: Vec<(Verdict, f64)> = recruitment
        .chosen
        .iter()
        .map(|j| (j.verdict, j.credit))
        .collect();
    assert_eq!(
        v,
        [(Verdict::KeyedPartial, 0.75), (Verdict::RightGoal, 0.25)]
    );
    assert_eq!(recruitment.expected[1].by, Some(r("sdg:8.5")));
    assert!(close(recruitment.precision.unwrap(), 0.5));
    assert!(close(recruitment.recall.unwrap(), 0.125));
    assert!(close(recruitment.f1, 0.2), "{}", recruitment.f1);
    assert!(close(s.score, 0.2 / 3.0));

    // Priorities the answers do not mention score as if nothing was chosen.
    let s = score_of(&ex, &BTreeMap::new());
    assert_eq!(
        s.priorities.iter().map(|p| p.f1).collect::<Vec<_>>(),
        [0.0, 1.0, 0.0]
    );
    assert_eq!((s.precision, s.recall), (None, Some(0.0)));
}

/// The scoring table of `src/domain/mapping.rs`, case by case, on
/// priorities built through the public API.
#[test]
fn mapping_credit_rules() {
    let keyed = |refs: &[(&str, f64)]| -> Vec<KeyedRef> {
        refs.iter()
            .map(|(s, credit)| KeyedRef {
                reference: r(s),
                rationale: markdown::parse("why").0,
                credit: *credit,
            })
            .collect()
    };
    #[allow(clippy::type_complexity)]
    let cases: &[(
        &str,
        &[&str],
        &[(&str, f64)],
        &[&str],
        &[(Verdict, f64)],
        f64,
    )] = &[
        (
            "exact",
            &["sdg:10.7"],
            &[],
            &["sdg:10.7"],
            &[(Verdict::Right, 1.0)],
            1.0,
        ),
        (
            "indicator of an expected target",
            &["sdg:10.7"],
            &[],
            &["sdg:10.7.2"],
            &[(Verdict::RightTarget, 0.5)],
            0.5,
        ),
        (
            "target of an expected indicator",
            &["sdg:10.c.1"],
            &[],
            &["sdg:10.c"],
            &[(Verdict::RightTarget, 0.5)],
            0.5,
        ),
        (
            "another indicator of the same target",
            &["sdg:10.7.1"],
            &[],
            &["sdg:10.7.4"],
            &[(Verdict::RightTarget, 0.5)],
            0.5,
        ),
        (
            "an indicator under the same goal",
            &["sdg:10.7"],
            &[],
            &["sdg:10.c.1"],
            &[(Verdict::RightGoal, 0.25)],
            0.25,
        ),
        (
            "GCM objectives have no hierarchy",
            &["gcm:20"],
            &[],
            &["gcm:19"],
            &[(Verdict::Extra, 0.0)],
            0.0,
        ),
        (
            "a goal itself earns nothing",
            &["sdg:10.7"],
            &[],
            &["sdg:10"],
            &[(Verdict::Extra, 0.0)],
            0.0,
        ),
        (
            "a tie between a keyed credit and the hierarchy goes to the hierarchy",
            &["sdg:10.7"],
            &[("sdg:10.7.1", 0.5)],
            &["sdg:10.7.1"],
            &[(Verdict::RightTarget, 0.5)],
            0.5,
        ),
        (
            "a better keyed credit wins and finds nothing",
            &["sdg:10.7"],
            &[("sdg:10.7.1", 0.6)],
            &["sdg:10.7.1"],
            &[(Verdict::KeyedPartial, 0.6)],
            0.0,
        ),
        (
            "a keyed partial reference leaves the expected target to the next choice",
            &["sdg:10.7"],
            &[("sdg:10.7.1", 0.9)],
            &["sdg:10.7.1", "sdg:10.7.2"],
            &[(Verdict::KeyedPartial, 0.9), (Verdict::RightTarget, 0.5)],
            0.5,
        ),
        (
            "each expected reference is matched once, by the best choice",
            &["sdg:10.7"],
            &[],
            &["sdg:10.c", "sdg:10.7.3", "sdg:10.7"],
            &[
                (Verdict::Extra, 0.0),
                (Verdict::Extra, 0.0),
                (Verdict::Right, 1.0),
            ],
            1.0,
        ),
        (
            "ties go to the earlier choice",
            &["sdg:10.7"],
            &[],
            &["sdg:10.7.3", "sdg:10.7.1"],
            &[(Verdict::RightTarget, 0.5), (Verdict::Extra, 0.0)],
            0.5,
        ),
    ];
    let mut failures = Vec::new();
    for (name, expected, partial, chosen, verdicts, recall) in cases {
        let p = Priority {
            id: "p".into(),
            text: "t".into(),
            source: None,
            expected: keyed(&expected.iter().map(|e| (*e, 1.0)).collect::<Vec<_>>()),
            partial: keyed(partial),
        };
        let chosen: Vec<Ref> = chosen.iter().map(|s| r(s)).collect();
        let s = mapping::score_priority(&p, &chosen);
        let got: Vec<(Verdict, f64)> = s.chosen.iter().map(|j| (j.verdict, j.credit)).collect();
        if got != *verdicts || !close(s.recall.unwrap(), *recall) {
            failures.push(format!(
                "{name}: expected {verdicts:?} recall {recall}, got {got:?} recall {:?}",
                s.recall
            ));
        }
        // The score is always between 0 and 1, and F1 follows P and R.
        assert!((0.0..=1.0).contains(&s.f1), "{name}");
        if let (Some(pr), Some(rc)) = (s.precision, s.recall) {
            let f1 = if pr + rc > 0.0 {
                2.0 * pr * rc / (pr + rc)
            } else {
                0.0
            };
            assert!(close(s.f1, f1), "{name}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(Verdict::RightGoal.label(), "partly right (the right goal)");
    assert_eq!(
        Framework::from_name("sdg_targets"),
        Some(Framework::SdgTargets)
    );
    assert_eq!(Framework::from_name("sdg_goals"), None);
    assert_eq!(Framework::of(&r("sdg:10")), None);
    assert_eq!(
        mapping::hierarchy_credit(&r("sdg:10.7.2"), &r("sdg:10.7")),
        (0.5, Verdict::RightTarget)
    );
}

/// The shipped starter curriculum, read from `curricula/starter`.
fn starter_disk() -> Disk {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Disk) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("curricula/starter");
    let mut disk = Disk::new();
    walk(&root, &root, &mut disk);
    disk
}

/// The texts between straight double quotes in `s`.
fn quoted(s: &str) -> Vec<&str> {
    s.split('"').skip(1).step_by(2).collect()
}

#[test]
fn starter_mapping_exercise_quotes_the_official_texts() {
    let disk = starter_disk();
    let checked = curriculum::check("starter", &load(&disk, &Scope::All), &Scope::All);
    assert!(checked.report.is_empty(), "{:#?}", checked.report);
    let c = checked.curriculum.unwrap();
    let exercise = |lang: &str| -> MappingExercise {
        let l = c.localize(lang).unwrap();
        let (gcm, module_lang) = l.module("gcm").unwrap();
        assert_eq!(module_lang, lang);
        let lesson = gcm
            .lessons
            .iter()
            .find(|l| l.id == "mapping-ardenia")
            .unwrap();
        let ids: Vec<&str> = lesson.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["ardenia", "map-ardenia", "mapping-sources"]);
        match &lesson.steps[1].kind {
            StepKind::Mapping(m) => m.clone(),
            other => panic!("{other:?}"),
        }
    };
    let en = exercise("en");
    let fr = exercise("fr");
    assert_eq!(en.frameworks, [Framework::Gcm, Framework::SdgTargets]);
    assert!(en.prompt.source.contains("fictional"));
    assert!(fr.prompt.source.contains("fictif"));
    let ids: Vec<&str> = en.priorities.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "remittances",
            "recruitment",
            "trafficking",
            "legal-identity",
            "data",
            "roads"
        ]
    );
    // One priority with nothing to map; two partial references.
    assert_eq!(
        en.priorities
            .iter()
            .filter(|p| p.expected.is_empty())
            .count(),
        1
    );
    let partial: Vec<(String, f64)> = en
        .priorities
        .iter()
        .flat_map(|p| &p.partial)
        .map(|k| (k.reference.to_string(), k.credit))
        .collect();
    assert_eq!(
        partial,
        [("sdg:17.3".to_string(), 0.5), ("sdg:10.7".to_string(), 0.5)]
    );
    // Every source says the plan is fictional.
    for p in &en.priorities {
        assert!(
            p.source.as_deref().unwrap().contains("(fictional)"),
            "{}",
            p.id
        );
    }
    for p in &fr.priorities {
        assert!(
            p.source.as_deref().unwrap().contains("(fictif)"),
            "{}",
            p.id
        );
    }

    // Every English rationale quotes the official text of its reference (or,
    // for a partial target, of one of its indicators) verbatim.
    let data = reference();
    for p in &en.priorities {
        for k in p.expected.iter().chain(&p.partial) {
            let mut texts = vec![data.text(&k.reference).unwrap().to_string()];
            texts.extend(
                data.children(&k.reference)
                    .iter()
                    .map(|i| data.text(i).unwrap().to_string()),
            );
            let quotes = quoted(&k.rationale.source);
            assert!(
                quotes
                    .iter()
                    .any(|q| q.len() > 20 && texts.iter().any(|t| t.contains(q))),
                "{} {}: no official text quoted in {:?}",
                p.id,
                k.reference,
                k.rationale.source
            );
        }
    }
    // In French, GCM titles are quoted in English and said to be so.
    for p in &fr.priorities {
        for k in &p.expected {
            if let Ref::Gcm(_) = k.reference {
                let title = data.text(&k.reference).unwrap();
                assert!(
                    k.rationale
                        .source
                        .contains(&format!("« {title} » (titre officiel en anglais)")),
                    "{} {}",
                    p.id,
                    k.reference
                );
            }
        }
    }

    // Choosing exactly the key scores 1, in both languages; mapping only the
    // central target 10.7 everywhere scores little.
    for ex in [&en, &fr] {
        let key: BTreeMap<String, Vec<Ref>> = ex
            .priorities
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    p.expected.iter().map(|k| k.reference.clone()).collect(),
                )
            })
            .collect();
        assert!(close(score_of(ex, &key).score, 1.0));
    }
    let lazy: BTreeMap<String, Vec<Ref>> = en
        .priorities
        .iter()
        .map(|p| (p.id.clone(), vec![r("sdg:10.7")]))
        .collect();
    let s = score_of(&en, &lazy);
    let f1: Vec<f64> = s
        .priorities
        .iter()
        .map(|p| (p.f1 * 1000.0).round() / 1000.0)
        .collect();
    // remittances: 10.7 under Goal 10 like 10.c (P 0.25, R 0.125);
    // recruitment: keyed partial 0.5 (P 0.5, R 0); data: nothing.
    assert_eq!(f1, [0.167, 0.0, 0.0, 0.0, 0.0, 0.0]);
}

// ---------------------------------------------------------------------------
// Analytics (public API; the unit tests in src/domain/analytics.rs cover
// each function on a small plan)
// ---------------------------------------------------------------------------

fn mapped(id: &str, links: &[&str]) -> Mapped {
    Mapped {
        id: id.into(),
        text: format!("priority {id}"),
        refs: links.iter().map(|s| r(s)).collect(),
    }
}

#[test]
fn analytics_of_a_small_plan() {
    let plan = [
        mapped("jobs", &["gcm:6", "sdg:8.8", "sdg:10.7.1"]),
        mapped("remit", &["gcm:20", "sdg:10.c.1", "sdg:17.3.2", "gcm:20"]),
        mapped("data", &["gcm:1", "sdg:17.18", "sdg:17.18.1"]),
        mapped("roads", &[]),
        mapped("id", &["sdg:16.9", "gcm:4", "sdg:16.9.1"]),
    ];
    let a = analytics::analyse(&plan);

    // A link chosen twice counts once, in both matrices.
    assert_eq!(a.gcm.cells[1][19], 1);
    assert_eq!(a.gcm.max(), 1);
    assert_eq!(a.sdg.cells[1][9], 1, "10.c.1 under Goal 10");
    assert_eq!(a.sdg.cells[1][16], 1, "17.3.2 under Goal 17");
    assert_eq!(a.sdg.cells[2][16], 2, "17.18 and 17.18.1");
    assert_eq!(a.sdg.max(), 2);
    assert_eq!(
        a.gcm.column_totals().iter().sum::<u32>(),
        4,
        "gcm:6, 20, 1 and 4, one priority each"
    );
    assert_eq!(a.sdg.cells[3], vec![0; 17]);

    assert_eq!(
        refs(&a.gcm_gaps).len(),
        19,
        "23 objectives less 1, 4, 6 and 20"
    );
    assert!(!a.gcm_gaps.contains(&Ref::Gcm(4)));
    // Indicators reflect their targets: 10.7 (via 10.7.1), 10.c, 17.3,
    // 17.18, 16.9 and 8.8 are covered.
    assert_eq!(
        refs(&a.target_gaps),
        ["sdg:8.7", "sdg:4.b", "sdg:5.2", "sdg:16.2", "sdg:3.c"]
    );
    assert_eq!(
        (a.alignment_migration.total, a.alignment_migration.covered),
        (11, 6)
    );
    assert_eq!((a.alignment_all.total, a.alignment_all.covered), (169, 6));
    let g17 = a.alignment_all.goals.iter().find(|g| g.goal == 17).unwrap();
    assert_eq!(g17.covered, ["17.3", "17.18"]);
    assert_eq!(g17.total, 19);
    assert_eq!(a.alignment_all.indicators["16.9"], ["16.9.1"]);
    assert_eq!(a.alignment_all.indicators["17.3"], ["17.3.1", "17.3.2"]);
    assert!((a.alignment_migration.share() - 6.0 / 11.0).abs() < 1e-9);

    // Nothing is shared; reach is widest first, then in plan order.
    assert!(a.interlinkages.shared.is_empty());
    let reach: Vec<(&str, usize, usize, usize)> = a
        .interlinkages
        .reach
        .iter()
        .map(|r| (r.priority.as_str(), r.objectives, r.goals, r.links))
        .collect();
    assert_eq!(
        reach,
        [
            ("jobs", 1, 2, 3),
            ("remit", 1, 2, 3),
            ("data", 1, 1, 3),
            ("id", 1, 1, 3),
            ("roads", 0, 0, 0),
        ]
    );
    assert_eq!(a.interlinkages.unlinked, ["roads"]);
}

#[test]
fn analytics_shared_references_most_shared_first() {
    let plan = [
        mapped("a", &["sdg:10.7", "gcm:6"]),
        mapped("b", &["gcm:6", "sdg:10.7", "gcm:23"]),
        mapped("c", &["gcm:23", "sdg:10.7"]),
        mapped("d", &["gcm:6", "sdg:10.7"]),
    ];
    let shared: Vec<(String, Vec<String>)> = analytics::interlinkages(&plan)
        .shared
        .into_iter()
        .map(|s| (s.reference.to_string(), s.priorities))
        .collect();
    let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        shared,
        [
            ("sdg:10.7".to_string(), ids(&["a", "b", "c", "d"])),
            ("gcm:6".to_string(), ids(&["a", "b", "d"])),
            ("gcm:23".to_string(), ids(&["b", "c"])),
        ]
    );
}

#[test]
fn analytics_hold_together_on_a_generated_plan() {
    let ws = generated_workspace(120);
    let plan = ws.mapped();
    let a = analytics::analyse(&plan);
    assert_eq!(a.gcm.cells.len(), 120);
    assert_eq!(a.sdg.cells.len(), 120);
    assert_eq!(a.gcm.columns.len(), 23);
    assert_eq!(a.sdg.columns.len(), 17);
    let linked: std::collections::BTreeSet<&Ref> = plan.iter().flat_map(|p| &p.refs).collect();
    for (j, col) in a.gcm.columns.iter().enumerate() {
        let total = a.gcm.column_totals()[j];
        assert_eq!(total > 0, linked.contains(col), "{col}");
        assert_eq!(total == 0, a.gcm_gaps.contains(col), "{col}");
    }
    // Each row of the SDG matrix counts the distinct SDG links.
    for (p, row) in plan.iter().zip(&a.sdg.cells) {
        let distinct: std::collections::BTreeSet<&Ref> =
            p.refs.iter().filter(|r| r.goal().is_some()).collect();
        assert_eq!(row.iter().sum::<u32>() as usize, distinct.len(), "{}", p.id);
    }
    let covered = analytics::covered_targets(&plan);
    assert_eq!(a.alignment_all.covered, covered.len());
    assert_eq!(
        a.alignment_all.goals.iter().map(|g| g.total).sum::<usize>(),
        169
    );
    for t in &a.target_gaps {
        assert!(!covered.contains(t.code().as_ref()), "{t}");
    }
    assert_eq!(
        a.target_gaps.len() + a.alignment_migration.covered,
        a.alignment_migration.total
    );
    for w in a.interlinkages.shared.windows(2) {
        assert!(w[0].priorities.len() >= w[1].priorities.len());
    }
    for w in a.interlinkages.reach.windows(2) {
        assert!(w[0].objectives + w[0].goals >= w[1].objectives + w[1].goals);
    }
    assert_eq!(a.interlinkages.reach.len(), 120);
}

// ---------------------------------------------------------------------------
// Workspaces: import and export (public API)
// ---------------------------------------------------------------------------

/// Texts that CSV and spreadsheets get wrong: commas, quotes, line ends,
/// formula-like starts, spaces at either end, apostrophes, non-Latin text.
const AWKWARD: &[&str] = &[
    "Lower the cost of remittances, and \"fees\"",
    "two\nlines",
    "Windows\r\nline end",
    "=SUM(A1:A9)",
    "+33 1 23 45 67 89",
    "-5% informal work",
    "@mention",
    "\ttab first",
    "'=already guarded",
    "'apostrophe first",
    "  spaces around  ",
    "Réduire la pauvreté — هجرة — 移民",
    "\"quoted\"",
    "ends with a comma,",
    "",
];

/// A deterministic workspace of `n` priorities, each with 0 to 5 links
/// spread over GCM objectives, SDG targets and indicators, and awkward
/// texts, ids, sources and notes.
fn generated_workspace(n: usize) -> Workspace {
    let data = reference();
    let pool: Vec<Ref> = data.all().filter(|r| !matches!(r, Ref::Goal(_))).collect();
    let mut rng = XorShift(0x1234_5678_9abc_def1);
    let mut ws = Workspace::new("Ardenia NDP, draft \"2\"");
    for i in 0..n {
        let awkward = |k: usize| AWKWARD[k % AWKWARD.len()];
        let id = match i % 10 {
            3 => format!("-{i}"),
            7 => format!("={i}"),
            _ => format!("{}.{}", i / 10 + 1, i % 10 + 1),
        };
        let mut text = format!("{} {i}", awkward(i));
        if i % 4 == 0 {
            text = awkward(i + 3).to_string() + &text;
        }
        if text.trim().is_empty() {
            text.push('x');
        }
        ws.priorities.push(WsPriority {
            id: id.clone(),
            text,
            source: (i % 3 != 0).then(|| format!("{}pillar {}", awkward(i + 5), i % 4)),
            links: Vec::new(),
        });
        for k in 0..(i % 6) {
            let r = pool[rng.below(pool.len())].clone();
            if ws.link(&id, r.clone()) {
                ws.set_note(&id, &r, awkward(i + k).to_string());
            }
        }
    }
    ws
}

#[test]
fn workspace_csv_round_trip_of_30_priorities() {
    let ws = generated_workspace(30);
    assert_eq!(ws.priorities.len(), 30);
    let links: usize = ws.priorities.iter().map(|p| p.links.len()).sum();
    assert!(links > 50, "{links}");
    let csv_text = ws.to_csv();

    // Every row has the 7 columns; no cell starts like a formula.
    let records = csv::read(&csv_text).expect("the export is valid CSV");
    assert_eq!(
        records[0].texts(),
        [
            "priority_id",
            "priority_text",
            "source",
            "framework",
            "code",
            "official_text",
            "note"
        ]
    );
    let unlinked = ws.priorities.iter().filter(|p| p.links.is_empty()).count();
    assert_eq!(records.len(), 1 + links + unlinked);
    for rec in &records {
        assert_eq!(rec.fields.len(), 7, "line {}", rec.line);
        for f in &rec.fields {
            assert!(
                !f.text.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "line {}, column {}: {:?}",
                f.line,
                f.column,
                f.text
            );
        }
    }
    // Official texts are written for readers.
    let first_link = records[1..]
        .iter()
        .find(|rec| !rec.fields[4].text.is_empty())
        .unwrap();
    let code = r(&first_link.fields[4].text);
    assert_eq!(
        Some(first_link.fields[5].text.trim_start_matches('\'')),
        reference().text(&code)
    );

    // The workspace comes back exactly, whichever way the kind is given.
    for kind in [
        ImportKind::Auto,
        ImportKind::Csv,
        ImportKind::from_file_name("plan.CSV"),
    ] {
        let back = Workspace::import("Ardenia NDP, draft \"2\"", &csv_text, kind)
            .unwrap_or_else(|e| panic!("{kind:?}: {e:#?}"));
        for (a, b) in back.priorities.iter().zip(&ws.priorities) {
            assert_eq!(a, b);
        }
        assert_eq!(back, ws, "{kind:?}");
    }
    // Exporting again gives the same bytes; a byte-order mark is fine.
    let back = Workspace::import("x", &format!("\u{feff}{csv_text}"), ImportKind::Auto).unwrap();
    assert_eq!(back.to_csv(), csv_text);
    assert_eq!(back.mapped(), ws.mapped());
}

#[test]
fn workspace_json_round_trip_of_30_priorities() {
    let ws = generated_workspace(30);
    let json = ws.to_json();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["format"], workspace::JSON_FORMAT);
    assert_eq!(doc["version"], workspace::JSON_VERSION);
    assert_eq!(doc["priorities"].as_array().unwrap().len(), 30);
    let some_link = doc["priorities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["links"].as_array().unwrap())
        .next()
        .unwrap();
    assert_eq!(
        some_link["official_text"].as_str(),
        reference().text(&r(some_link["ref"].as_str().unwrap()))
    );
    for kind in [ImportKind::Auto, ImportKind::Json] {
        assert_eq!(
            Workspace::import("other name", &json, kind).unwrap(),
            ws,
            "{kind:?}"
        );
    }
    assert_eq!(Workspace::from_json(&json).unwrap(), ws);
    // Leading spaces and a byte-order mark are fine; a file without a name
    // takes the one given.
    let unnamed = json.replacen(
        "\"name\": \"Ardenia NDP, draft \\\"2\\\"\"",
        "\"name\": \"\"",
        1,
    );
    assert_ne!(unnamed, json);
    let back = Workspace::import(
        "plan.json",
        &format!("\u{feff}  \n{unnamed}"),
        ImportKind::Auto,
    )
    .unwrap();
    assert_eq!(back.name, "plan.json");
    assert_eq!(back.priorities, ws.priorities);
    // The stored form (serde) round-trips too.
    let stored = serde_json::to_string(&ws).unwrap();
    assert_eq!(serde_json::from_str::<Workspace>(&stored).unwrap(), ws);
}

#[test]
fn workspace_import_errors_name_line_and_column() {
    const HEADER: &str = "priority_id,priority_text,source,framework,code,official_text,note\n";
    let csv_cases: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "unclosed quote",
            format!("{HEADER}p1,\"open,,,,,\n"),
            vec!["line 2, column 4: this quoted field is never closed"],
        ),
        (
            "text after a closing quote",
            format!("{HEADER}p1,\"a\"b,,,,,\n"),
            vec!["line 2, column 7: `b` after a closing quote; quote the whole field"],
        ),
        ("empty file", String::new(), vec!["the file is empty"]),
        (
            "blank lines only",
            "\n\n\r\n".into(),
            vec!["the file is empty"],
        ),
        (
            "rows with the wrong number of fields, all reported",
            format!("{HEADER}p1,x,,,gcm:6,,\np2,y\np3,z,,,,,,,\n"),
            vec![
                "line 3, column 5: 2 fields, but the header has 7",
                "line 4, column 11: 9 fields, but the header has 7",
            ],
        ),
        (
            "a code column without the priority columns",
            "id,code\np1,gcm:6\n".into(),
            vec![
                "line 1: the header has `code` but not both `priority_id` and `priority_text`; export the workspace again or use a list with a `text` column",
            ],
        ),
        (
            "a row without an id",
            format!("{HEADER}p1,x,,,gcm:6,,\n ,y,,,gcm:7,,\n"),
            vec!["line 3, column 1: the priority has no id"],
        ),
        (
            "a priority without text",
            format!("{HEADER}p1,,,,gcm:6,,\n"),
            vec!["line 2: priority `p1` has no text"],
        ),
        (
            "a priority whose text changes",
            format!("{HEADER}p1,x,,,gcm:6,,\np1,changed,,,gcm:7,,\n"),
            vec!["line 3: priority `p1` has a different text than on its earlier rows"],
        ),
        (
            "a link made twice",
            format!("{HEADER}p1,x,,,gcm:6,,\np1,x,,,gcm:6,,again\n"),
            vec!["line 3, column 8: gcm:6 is linked to priority `p1` twice"],
        ),
        (
            "bad and unknown references, every one reported",
            format!(
                "{HEADER}p1,x,,,sdg10,,\np1,x,,,gcm:24,,\np2,\"multi\nline\",,,sdg:18,,\np2,\"multi\nline\",,,sdg:10.7.9,,\n"
            ),
            vec![
                "line 2, column 8: `sdg10` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                "line 3, column 8: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
                "line 5, column 9: unknown SDG sdg:18 — there are 17 goals, sdg:1 to sdg:17",
                "line 7, column 9: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
            ],
        ),
        (
            "a list without a text column",
            "id,title\na,b\n".into(),
            vec![
                "line 1: the header has no `text` column; name the column holding the priorities `text` (optional columns: `id`, `source`)",
            ],
        ),
        (
            "a list with an id used twice",
            "id,text\n1.1,Jobs\n1.2,Health\n1.1,Roads\n".into(),
            vec!["line 4, column 1: the id `1.1` is used twice"],
        ),
        (
            "a list whose missing id collides with a given one",
            "text,id\nJobs,p2\nHealth,\n".into(),
            vec!["line 3, column 8: the id `p2` is used twice"],
        ),
    ];
    let json_cases: Vec<(&str, &str, Vec<&str>)> = vec![
        (
            "not JSON",
            "{\"format\": \"cca-lab-workspace\",\n  \"version\": 1,\n  \"priorities\": [}\n",
            vec!["line 3, column 18: not valid JSON: expected value"],
        ),
        (
            "another format",
            "{\"format\": \"something-else\", \"version\": 1}",
            vec![
                "this is not a CCA Migration Lab workspace (its `format` is not \"cca-lab-workspace\")",
            ],
        ),
        (
            "a newer version",
            "{\"format\": \"cca-lab-workspace\", \"version\": 2, \"priorities\": []}",
            vec![
                "this workspace was saved by a newer CCA Migration Lab (version 2); update the app to open it",
            ],
        ),
        (
            "no version",
            "{\"format\": \"cca-lab-workspace\", \"priorities\": []}",
            vec!["the workspace has no valid `version` (expected 1)"],
        ),
        (
            "a version that is not a number",
            "{\"format\": \"cca-lab-workspace\", \"version\": \"1\", \"priorities\": []}",
            vec![
                "line 1, column 46: not a CCA Migration Lab workspace file: invalid type: string \"1\", expected u64",
            ],
        ),
        (
            "no priorities",
            "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"name\": \"w\"}",
            vec!["the workspace has no `priorities` list"],
        ),
        (
            "a priority without id",
            "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"priorities\": [{\"id\": \"a\", \"text\": \"A\"}, {\"text\": \"B\"}]}",
            vec!["priorities[1]: no `id`"],
        ),
        (
            "a priority with blank text",
            "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"priorities\": [{\"id\": \"a\", \"text\": \"  \"}]}",
            vec!["priorities[0]: no `text`"],
        ),
        (
            "an unknown reference",
            "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"priorities\": [{\"id\": \"a\", \"text\": \"A\", \"links\": [{\"ref\": \"gcm:6\"}, {\"ref\": \"sdg:10.8\"}]}]}",
            vec![
                "priorities[0].links[1].ref: unknown SDG target sdg:10.8 — did you mean sdg:10.1, sdg:10.2, sdg:10.3 or sdg:10.4?",
            ],
        ),
        (
            "a link without a reference",
            "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"priorities\": [{\"id\": \"a\", \"text\": \"A\", \"links\": [{\"note\": \"n\"}]}]}",
            vec![
                "priorities[0].links[0].ref: `` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
            ],
        ),
        (
            "an id used twice",
            "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"priorities\": [{\"id\": \"a\", \"text\": \"A\"}, {\"id\": \"a\", \"text\": \"B\"}]}",
            vec!["priorities[1]: the id `a` is used twice"],
        ),
    ];
    let mut failures = Vec::new();
    let mut check =
        |name: &str, text: &str, kind: ImportKind, expected: &[&str]| match Workspace::import(
            "w", text, kind,
        ) {
            Ok(ws) => failures.push(format!("{name}: imported {ws:?}")),
            Err(errors) => {
                let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
                if got != expected {
                    failures.push(format!(
                        "{name}:\n  expected: {expected:#?}\n  got:      {got:#?}"
                    ));
                }
            }
        };
    for (name, text, expected) in &csv_cases {
        check(name, text, ImportKind::Csv, expected);
    }
    for (name, text, expected) in &json_cases {
        check(name, text, ImportKind::Auto, expected);
        check(name, text, ImportKind::Json, expected);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // The places are also available as numbers.
    let e = &Workspace::import("w", &format!("{HEADER}p1,x,,,gcm:0,,\n"), ImportKind::Auto)
        .unwrap_err()[0];
    assert_eq!((e.line, e.column), (2, 8));
    let e = &Workspace::import("w", "{\"format\": ", ImportKind::Auto).unwrap_err()[0];
    assert_eq!((e.line, e.column), (1, 11));
    let e = &Workspace::import("w", "{}", ImportKind::Auto).unwrap_err()[0];
    assert_eq!((e.line, e.column), (0, 0));
}

#[test]
fn workspace_imports_lists_of_priorities() {
    let texts = |ws: &Workspace| -> Vec<(String, String, Option<String>)> {
        ws.priorities
            .iter()
            .map(|p| (p.id.clone(), p.text.clone(), p.source.clone()))
            .collect()
    };
    let t = |id: &str, text: &str, source: Option<&str>| {
        (id.to_string(), text.to_string(), source.map(str::to_string))
    };
    // Pasted lines: blank lines skipped, spaces trimmed, ids p1, p2, …
    let ws = Workspace::import(
        "pasted",
        "  Jobs, skills\n\n\tHealth \r\n",
        ImportKind::Auto,
    )
    .unwrap();
    assert_eq!(
        texts(&ws),
        [t("p1", "Jobs, skills", None), t("p2", "Health", None)]
    );
    assert_eq!(ws.name, "pasted");
    // A text file is lines even with a CSV-like first line.
    let ws = Workspace::import("w", "text,id\nx,y\n", ImportKind::Lines).unwrap();
    assert_eq!(texts(&ws), [t("p1", "text,id", None), t("p2", "x,y", None)]);
    // A CSV list: columns in any order and case, optional id and source,
    // rows without text skipped, formula guards removed.
    let ws = Workspace::import(
        "w",
        "Source,TEXT,Id\n\"Pillar 1, jobs\",\"'=Decent work, \"\"fair\"\" pay\",1.1\n,,1.2\nPillar 2,Health,\n",
        ImportKind::Auto,
    )
    .unwrap();
    assert_eq!(
        texts(&ws),
        [
            t("1.1", "=Decent work, \"fair\" pay", Some("Pillar 1, jobs")),
            t("p3", "Health", Some("Pillar 2")),
        ]
    );
    assert!(ws.priorities.iter().all(|p| p.links.is_empty()));
    // `priority` names the text column too.
    let ws = Workspace::import("w", "priority\nA\nB\n", ImportKind::Csv).unwrap();
    assert_eq!(ws.priorities.len(), 2);
    // An empty workspace exports a header and imports back empty.
    let empty = Workspace::new("empty");
    assert_eq!(
        Workspace::import("empty", &empty.to_csv(), ImportKind::Auto).unwrap(),
        empty
    );
    assert_eq!(
        Workspace::import("x", &empty.to_json(), ImportKind::Auto).unwrap(),
        empty
    );
}

// ---------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------

#[test]
fn catalog_problems() {
    let mut failures = Vec::new();
    for (name, text, expected, listed) in [
        (
            "valid",
            "format = 1\ncurricula = [\"starter\", \"demo\"]\n",
            &[][..],
            Some(&["starter", "demo"][..]),
        ),
        (
            "duplicate and invalid ids",
            "format = 1\ncurricula = [\"a\", \"a\", \"B\"]\n",
            &[
                "catalog.toml:2:19: error[E021]: duplicate curriculum id `a` — it is already used earlier on this line; ids must be unique",
                "catalog.toml:2:24: error[E013]: `B` is not a valid curriculum id — use 1 to 64 lower-case letters, digits and hyphens, such as `why-migration`",
            ],
            None,
        ),
        (
            "missing list",
            "format = 1\n",
            &[
                "catalog.toml:1:1: error[E010]: the catalogue has no `curricula` (the curriculum folders to show, in order)",
            ],
            None,
        ),
        (
            "misspelt list",
            "format = 1\ncuricula = [\"a\"]\n",
            &[
                "catalog.toml:1:1: error[E010]: the catalogue has no `curricula` (the curriculum folders to show, in order)",
                "catalog.toml:2:1: error[E012]: unknown field `curicula` in the catalogue — did you mean `curricula`?",
            ],
            None,
        ),
        (
            "newer format",
            "format = 2\ncurricula = []\n",
            &[
                "catalog.toml:1:10: error[E014]: this file uses format 2, and this CCA Migration Lab reads format 1 — update CCA Migration Lab to a version that reads it",
            ],
            None,
        ),
        (
            "syntax error",
            "format = 1\ncurricula = [\n",
            &["catalog.toml:2:14: error[E001]: TOML syntax: unclosed array, expected `]`"],
            None,
        ),
        (
            "wrong types",
            "format = \"1\"\ncurricula = \"a\"\n",
            &[
                "catalog.toml:1:10: error[E011]: `format` in the catalogue must be an integer, not a string",
                "catalog.toml:2:13: error[E011]: `curricula` in the catalogue must be an array of strings, not a string",
            ],
            None,
        ),
    ] {
        let (catalog, report) = check_catalog("catalog.toml", text);
        let got: Vec<String> = report
            .diagnostics()
            .iter()
            .map(ToString::to_string)
            .collect();
        let got_listed = catalog.as_ref().map(|c| c.curricula.clone());
        let want_listed = listed.map(|l| l.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        if got != expected || got_listed != want_listed {
            failures.push(format!(
                "case `{name}`:\n  expected: {expected:#?} {want_listed:?}\n  got:      {got:#?} {got_listed:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Never panics
// ---------------------------------------------------------------------------

/// A tiny deterministic random number generator (xorshift64).
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Loads a curriculum from raw bytes, as the CLI does from disk.
fn load_bytes(disk: &BTreeMap<String, Vec<u8>>, scope: &Scope) -> FileSet {
    let mut files = FileSet::new();
    for _ in 0..100 {
        let want = wanted(&files, scope);
        if want.is_empty() {
            break;
        }
        for path in want {
            let state = match disk.get(&path) {
                Some(bytes) => FileState::from_bytes(bytes.clone()),
                None => FileState::Missing,
            };
            files.insert(path, state);
        }
    }
    assert!(wanted(&files, scope).is_empty(), "loading does not finish");
    files
}

/// Checks mangled bytes in every scope and asserts what must hold whatever
/// the input: a curriculum exactly when there are no errors, every
/// diagnostic about a loaded file, and a usable curriculum in every language.
fn check_mangled(disk: &BTreeMap<String, Vec<u8>>, scopes: &[Scope]) {
    for scope in scopes {
        let files = load_bytes(disk, scope);
        let checked = check("demo", &files, scope);
        assert_eq!(
            checked.curriculum.is_some(),
            !checked.report.has_errors(),
            "{:#?}",
            checked.report
        );
        for d in checked.report.diagnostics() {
            assert!(
                files.get(&d.path).is_some(),
                "{d} is about a file not loaded"
            );
            assert!(!d.message.is_empty(), "{d:?}");
        }
        if let Some(c) = &checked.curriculum {
            for lang in ["en", "fr", "ar"] {
                let l = c.localize(lang).expect("a checked curriculum localizes");
                assert_eq!(l.modules.len(), c.manifest.modules.len());
                // Whatever a mapping exercise became, choosing exactly its
                // key scores 1 and choosing nothing scores at most 1.
                for (_, lesson) in l.lessons() {
                    for step in &lesson.steps {
                        let StepKind::Mapping(ex) = &step.kind else {
                            continue;
                        };
                        let key: BTreeMap<String, Vec<Ref>> = ex
                            .priorities
                            .iter()
                            .map(|p| {
                                let refs = p.expected.iter().map(|k| k.reference.clone());
                                (p.id.clone(), refs.collect())
                            })
                            .collect();
                        assert!(close(score_of(ex, &key).score, 1.0), "{ex:?}");
                        let nothing = score_of(ex, &BTreeMap::new()).score;
                        assert!((0.0..=1.0).contains(&nothing), "{ex:?}");
                    }
                }
            }
        }
    }
}

/// The valid curriculum, with a mapping exercise in both languages, as bytes.
fn valid_bytes() -> BTreeMap<String, Vec<u8>> {
    with_mapping()
        .into_iter()
        .map(|(p, t)| (p, t.into_bytes()))
        .collect()
}

#[test]
fn truncated_files_never_panic() {
    // Every byte offset of the default language's files; every third of
    // the translation's (to keep the test quick in debug builds).
    let bytes = |disk: Disk| -> BTreeMap<String, Vec<u8>> {
        disk.into_iter().map(|(p, t)| (p, t.into_bytes())).collect()
    };
    for (path, step) in [
        ("curriculum.toml", 1),
        ("en/about.toml", 1),
        ("en/basics.toml", 1),
        ("en/basics/intro.md", 1),
        ("fr/basics.toml", 3),
    ] {
        let full = bytes(valid())[path].clone();
        for cut in (0..=full.len()).step_by(step) {
            let mut disk = bytes(valid());
            disk.insert(path.to_string(), full[..cut].to_vec());
            check_mangled(&disk, &[Scope::All]);
            let _ = markdown::parse(&String::from_utf8_lossy(&full[..cut]));
        }
    }
    // Every byte offset of a module file whose only step is a mapping
    // exercise (an English-only curriculum, to keep the test quick).
    let module = format!("{}{MAPPING_STEP}", common::MODULE_HEAD).into_bytes();
    for cut in 0..=module.len() {
        let mut disk = bytes(en_module("", &[]));
        disk.insert("en/basics.toml".into(), module[..cut].to_vec());
        check_mangled(&disk, &[Scope::All]);
    }
}

#[test]
fn mangled_files_never_panic() {
    // Bytes that matter to TOML, Markdown and references, plus a few that
    // break UTF-8.
    const INTERESTING: &[u8] = b"\"'[]{}=.,:#\n\r\\<>()!*_`|-~0123456789abz \t\x00\xc3\xa9\xff\xe2";
    let paths: Vec<String> = valid().into_keys().collect();
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    for _ in 0..800 {
        let mut disk = valid_bytes();
        for _ in 0..=rng.below(3) {
            let path = &paths[rng.below(paths.len())];
            let bytes = disk.get_mut(path).unwrap();
            let at = rng.below(bytes.len() + 1);
            let byte = if rng.below(2) == 0 {
                INTERESTING[rng.below(INTERESTING.len())]
            } else {
                rng.next() as u8
            };
            match rng.below(4) {
                0 if at < bytes.len() => bytes[at] = byte,
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                2 => {
                    // Duplicate a slice, as a bad copy and paste would.
                    let end = (at + rng.below(40)).min(bytes.len());
                    let slice = bytes[at..end].to_vec();
                    bytes.splice(at..at, slice);
                }
                _ => bytes.insert(at, byte),
            }
        }
        check_mangled(&disk, &[Scope::All, Scope::Language("fr".into())]);
        for bytes in disk.values() {
            let _ = markdown::parse(&String::from_utf8_lossy(bytes));
        }
    }
}

#[test]
fn odd_markdown_never_panics() {
    let doc = "# Title\n\n> quote with [link](sdg:10.7) and ![img](a.png)\n\n- a\n  - b **strong _em_**\n\n1. x\n2. `code`\n\n| a | b |\n|---|---|\n| [x](gcm:6) | ~~y~~ |\n\n```\ncode <b>\n```\n\n<div>html</div>\n\n[ref]: https://un.org\n[see][ref] and [j](javascript:x) and <mailto:a@b.c>\n";
    let bytes = doc.as_bytes();
    for cut in 0..=bytes.len() {
        let (md, _) = markdown::parse(&String::from_utf8_lossy(&bytes[..cut]));
        let _ = md.plain_text();
        let _ = md.references();
    }
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let specials = b"[]()<>!*_`|-#>\n \\:";
    for _ in 0..3000 {
        let mut v = bytes.to_vec();
        for _ in 0..=rng.below(6) {
            let at = rng.below(v.len());
            v[at] = specials[rng.below(specials.len())];
        }
        let (md, _) = markdown::parse(&String::from_utf8_lossy(&v));
        let _ = md.plain_text();
        let _ = md.references();
    }
    // Moderately deep nesting.
    for unit in ["> ", "- ", "> - ", "1. ", "*", "[", "[a](", "**a ", "~~a"] {
        let (md, _) = markdown::parse(&unit.repeat(200));
        let _ = md.plain_text();
        let _ = md.references();
    }
}

#[test]
fn curriculum_module_is_reexported() {
    // The re-exports the CLI and the app rely on.
    assert_eq!(
        curriculum::STEP_KINDS,
        [
            "reading",
            "single_choice",
            "multiple_choice",
            "reference_card",
            "mapping"
        ]
    );
    assert_eq!(curriculum::language_name("fr"), "French");
    let (about, report) = curriculum::read_about("en/about.toml", ABOUT_EN);
    assert!(report.is_empty());
    assert_eq!(about.unwrap().title, "Migration in the CCA");
    let _ = BASICS_EN;
}
