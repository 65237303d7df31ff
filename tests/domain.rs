//! Public-API tests of the pure core, `cca_lab::domain`: the reference data,
//! the `Ref` syntax, search, and curriculum checking with its diagnostics.
//!
//! Runs with plain `cargo test` (no features).

mod common;

use std::collections::BTreeMap;

use cca_lab::domain::curriculum::{
    self, FileSet, FileState, Scope, StepKind, check, check_catalog, wanted,
};
use cca_lab::domain::diagnostic::{Code, Severity};
use cca_lab::domain::markdown;
use cca_lab::domain::reference::{Ref, reference};

use common::{
    ABOUT_EN, BASICS_EN, BASICS_FR, INTRO_EN, MANIFEST, check_demo, en_module, en_module_file,
    lines, load, valid, with, with_without,
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
                "en/basics.toml:7:1: error[E010]: a step has no `kind` (one of: reading, single_choice, multiple_choice, reference_card)",
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
                "en/basics.toml:14:8: error[E020]: unknown step kind `video` in step `b` — this CCA Migration Lab knows: reading, single_choice, multiple_choice, reference_card; a newer version may know more",
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
            "en/basics.toml:15:8: error[E020]: unknown step kind `quiz` in step `a` — this CCA Migration Lab knows: reading, single_choice, multiple_choice, reference_card; a newer version may know more",
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
            }
        }
    }
}

fn valid_bytes() -> BTreeMap<String, Vec<u8>> {
    valid()
        .into_iter()
        .map(|(p, t)| (p, t.into_bytes()))
        .collect()
}

#[test]
fn truncated_files_never_panic() {
    // Every byte offset of the default language's files; every third of
    // the translation's (to keep the test quick in debug builds).
    for (path, step) in [
        ("curriculum.toml", 1),
        ("en/about.toml", 1),
        ("en/basics.toml", 1),
        ("en/basics/intro.md", 1),
        ("fr/basics.toml", 3),
    ] {
        let full = valid_bytes()[path].clone();
        for cut in (0..=full.len()).step_by(step) {
            let mut disk = valid_bytes();
            disk.insert(path.to_string(), full[..cut].to_vec());
            check_mangled(&disk, &[Scope::All]);
            let _ = markdown::parse(&String::from_utf8_lossy(&full[..cut]));
        }
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
            "reference_card"
        ]
    );
    assert_eq!(curriculum::language_name("fr"), "French");
    let (about, report) = curriculum::read_about("en/about.toml", ABOUT_EN);
    assert!(report.is_empty());
    assert_eq!(about.unwrap().title, "Migration in the CCA");
    let _ = BASICS_EN;
}
