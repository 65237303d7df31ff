//! The `cca-lab` command line against the fixture folders in
//! `tests/fixtures/`.
//!
//! Run with `cargo test --features cli --test cli`. Every run uses the
//! package root as its current folder and relative paths, so the paths in
//! the expected output are exactly the arguments given.

mod common;

use common::cli::{Run, cca_lab};

/// Runs each case and reports every mismatch at once. A case is the
/// arguments, the exact standard output lines, the exact standard error
/// (without its final line end) and the exit code.
fn test_cli(cases: &[(&[&str], &[&str], &str, i32)]) {
    let mut failures = Vec::new();
    for (args, stdout, stderr, code) in cases {
        let run = cca_lab(args);
        if run.stdout != *stdout
            || run.stderr.trim_end_matches('\n') != *stderr
            || run.code != *code
        {
            failures.push(format!(
                "cca-lab {}:\n  expected: {stdout:#?}\n            stderr {stderr:?}, exit {code}\n  got:      {:#?}\n            stderr {:?}, exit {}",
                args.join(" "),
                run.stdout,
                run.stderr,
                run.code
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

#[test]
fn valid_folders_exit_0_with_no_output() {
    const CLEAN: &str = "checked 1 curriculum: 0 errors, 0 warnings";
    test_cli(&[
        (&["check", "tests/fixtures/valid"], &[], CLEAN, 0),
        (&["check", "tests/fixtures/valid/"], &[], CLEAN, 0),
        (&["check", "tests/fixtures/valid/demo"], &[], CLEAN, 0),
        (&["check", "tests/fixtures/valid/demo/"], &[], CLEAN, 0),
        (
            &["check", "tests/fixtures/valid", "tests/fixtures/valid/demo"],
            &[],
            "checked 2 curricula: 0 errors, 0 warnings",
            0,
        ),
    ]);
}

#[test]
fn warnings_alone_exit_0() {
    test_cli(&[(
        &["check", "tests/fixtures/warnings"],
        &[
            "tests/fixtures/warnings/demo/fr/basics.toml: warning[W001]: fr/basics.toml not found: French readers will see module `basics` in English — translate en/basics.toml into fr/basics.toml",
            "tests/fixtures/warnings/draft/curriculum.toml: warning[W002]: the curriculum `draft` is not in catalog.toml, so the app will not show it — add \"draft\" to `curricula` in catalog.toml",
        ],
        "checked 1 curriculum: 0 errors, 2 warnings",
        0,
    )]);
}

#[test]
fn broken_curricula_exit_1_with_every_problem() {
    test_cli(&[
        (
            &["check", "tests/fixtures/broken/syntax"],
            &[
                "tests/fixtures/broken/syntax/en/basics.toml:3:10: error[E001]: TOML syntax: unclosed array table, expected `]`",
            ],
            "checked 1 curriculum: 1 error, 0 warnings",
            1,
        ),
        (
            &["check", "tests/fixtures/broken/many"],
            &[
                "tests/fixtures/broken/many/en/about.toml:2:1: error[E012]: unknown field `sumary` in about.toml — did you mean `summary`?",
                "tests/fixtures/broken/many/fr/about.toml: warning[W001]: fr/about.toml not found: French readers will see the curriculum's title and summary in English — translate en/about.toml into fr/about.toml",
                "tests/fixtures/broken/many/fr/basics.toml:17:1: error[E050]: step `q1` has a different answer key than in English — write answer = [\"b\"]; translations cannot change the key",
            ],
            "checked 1 curriculum: 2 errors, 1 warning",
            1,
        ),
        (
            &["check", "tests/fixtures/broken/content"],
            &[
                "tests/fixtures/broken/content/en/basics.toml:16:16: error[E061]: unsafe link address `javascript:alert(1)`: links to `javascript:` addresses are not allowed — use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7",
                "tests/fixtures/broken/content/en/basics.toml:30:8: error[E020]: unknown step kind `multiple_choise` in step `q2` — did you mean `multiple_choice`?",
                "tests/fixtures/broken/content/en/basics.toml:44:9: error[E030]: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
                "tests/fixtures/broken/content/en/basics.toml:44:23: error[E030]: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
                "tests/fixtures/broken/content/en/basics.toml:44:33: error[E030]: unknown SDG sdg:18 — there are 17 goals, sdg:1 to sdg:17",
                "tests/fixtures/broken/content/en/basics.toml:44:43: error[E031]: `10.7` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                "tests/fixtures/broken/content/en/basics/intro.md:3:5: error[E060]: raw HTML is not allowed: `<b>` — write Markdown instead; the HTML is shown as plain text",
                "tests/fixtures/broken/content/en/basics/intro.md:3:12: error[E060]: raw HTML is not allowed: `</b>` — write Markdown instead; the HTML is shown as plain text",
            ],
            "checked 1 curriculum: 8 errors, 0 warnings",
            1,
        ),
        (
            &["check", "tests/fixtures/broken/mapping"],
            &[
                "tests/fixtures/broken/mapping/en/practice.toml:18:11: error[E043]: sdg:10.c.1 is not among this exercise's frameworks (GCM objectives, SDG targets) — add its framework to `frameworks`, or key a reference of the frameworks listed",
                "tests/fixtures/broken/mapping/en/practice.toml:21:32: error[E013]: `credit` must be more than 0 and less than 1 — write a share such as 0.5",
                "tests/fixtures/broken/mapping/en/practice.toml:22:11: error[E021]: gcm:20 is both expected and partial — it is expected on line 17; keep one",
                "tests/fixtures/broken/mapping/fr/keys.toml:8:1: error[E050]: step `map` has a different answer key for priority `recruitment` than in English — translations cannot change the key: copy `expected` and `partial` references from the original",
            ],
            "checked 1 curriculum: 4 errors, 0 warnings",
            1,
        ),
        (
            &["check", "tests/fixtures/broken/not-utf8"],
            &[
                "tests/fixtures/broken/not-utf8/en/basics/intro.md: error[E003]: the file is not valid UTF-8 — save it as UTF-8",
            ],
            "checked 1 curriculum: 1 error, 0 warnings",
            1,
        ),
        (
            &["check", "tests/fixtures/broken/wrong-id"],
            &[
                "tests/fixtures/broken/wrong-id/curriculum.toml:2:6: error[E013]: the id `demo` does not match the folder name `wrong-id` — write `id = \"wrong-id\"` or rename the folder",
            ],
            "checked 1 curriculum: 1 error, 0 warnings",
            1,
        ),
        (
            &["check", "tests/fixtures/broken/format"],
            &[
                "tests/fixtures/broken/format/curriculum.toml:1:10: error[E014]: this file uses format 2, and this CCA Migration Lab reads format 1 — update CCA Migration Lab to a version that reads it",
            ],
            "checked 1 curriculum: 1 error, 0 warnings",
            1,
        ),
        // Paths are printed as given.
        (
            &["check", "./tests/fixtures/broken/syntax/"],
            &[
                "./tests/fixtures/broken/syntax/en/basics.toml:3:10: error[E001]: TOML syntax: unclosed array table, expected `]`",
            ],
            "checked 1 curriculum: 1 error, 0 warnings",
            1,
        ),
        // Several folders: their problems in argument order, one summary.
        (
            &[
                "check",
                "tests/fixtures/valid",
                "tests/fixtures/broken/syntax",
                "tests/fixtures/broken/format",
            ],
            &[
                "tests/fixtures/broken/syntax/en/basics.toml:3:10: error[E001]: TOML syntax: unclosed array table, expected `]`",
                "tests/fixtures/broken/format/curriculum.toml:1:10: error[E014]: this file uses format 2, and this CCA Migration Lab reads format 1 — update CCA Migration Lab to a version that reads it",
            ],
            "checked 3 curricula: 2 errors, 0 warnings",
            1,
        ),
    ]);
}

#[test]
fn catalogue_problems() {
    test_cli(&[
        (
            &["check", "tests/fixtures/broken/catalog"],
            &[
                "tests/fixtures/broken/catalog/catalog.toml:4:3: error[E070]: the catalogue lists `missing`, but missing/curriculum.toml does not exist — create the folder missing/ with a curriculum.toml, or remove `missing` from the list",
                "tests/fixtures/broken/catalog/unlisted/curriculum.toml: warning[W002]: the curriculum `unlisted` is not in catalog.toml, so the app will not show it — add \"unlisted\" to `curricula` in catalog.toml",
            ],
            "checked 1 curriculum: 1 error, 1 warning",
            1,
        ),
        // A catalogue that cannot be read lists nothing, so no folder is
        // reported as unlisted.
        (
            &["check", "tests/fixtures/broken/catalog-syntax"],
            &[
                "tests/fixtures/broken/catalog-syntax/catalog.toml:2:20: error[E001]: TOML syntax: unclosed array, expected `]`",
            ],
            "checked 0 curricula: 1 error, 0 warnings",
            1,
        ),
        // One curriculum of a broken root can still be checked on its own.
        (
            &["check", "tests/fixtures/broken/catalog/listed"],
            &[],
            "checked 1 curriculum: 0 errors, 0 warnings",
            0,
        ),
    ]);
}

#[test]
fn usage_and_io_errors_exit_2() {
    test_cli(&[
        (
            &["check", "tests/fixtures/does-not-exist"],
            &[],
            "cca-lab: tests/fixtures/does-not-exist: not a folder",
            2,
        ),
        (
            &["check", "tests/fixtures/valid/catalog.toml"],
            &[],
            "cca-lab: tests/fixtures/valid/catalog.toml: not a folder",
            2,
        ),
        (
            &["check", "tests/fixtures/empty"],
            &[],
            "cca-lab: tests/fixtures/empty: no catalog.toml or curriculum.toml here; give a curricula folder or one curriculum's folder",
            2,
        ),
        // A usage error stops before anything is printed on standard output.
        (
            &[
                "check",
                "tests/fixtures/broken/syntax",
                "tests/fixtures/empty",
            ],
            &[],
            "cca-lab: tests/fixtures/empty: no catalog.toml or curriculum.toml here; give a curricula folder or one curriculum's folder",
            2,
        ),
    ]);

    // Argument errors come from the argument parser: exit 2, nothing on
    // standard output, a message on standard error.
    for (args, says) in [
        (&[][..], "Usage: cca-lab <COMMAND>"),
        (
            &["check"][..],
            "the following required arguments were not provided",
        ),
        (&["lint", "x"][..], "unrecognized subcommand 'lint'"),
        (
            &["check", "--format", "xml", "tests/fixtures/valid"][..],
            "invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            &["check", "--frmat", "json", "x"][..],
            "unexpected argument '--frmat'",
        ),
    ] {
        let run = cca_lab(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {run:?}");
        assert!(run.stderr.contains(says), "{args:?}: {run:?}");
    }
}

#[test]
fn help_and_version_exit_0() {
    let help = cca_lab(&["check", "--help"]);
    assert_eq!(help.code, 0, "{help:?}");
    assert!(help.raw_stdout.contains("Usage: cca-lab check"), "{help:?}");
    let version = cca_lab(&["--version"]);
    assert_eq!(version.code, 0, "{version:?}");
    assert_eq!(
        version.stdout,
        [format!("cca-lab {}", env!("CARGO_PKG_VERSION"))]
    );
}

/// The fields of one diagnostic in `--format json`, in order.
const JSON_FIELDS: [&str; 7] = [
    "path", "line", "column", "severity", "code", "message", "hint",
];

fn json(run: &Run) -> Vec<serde_json::Map<String, serde_json::Value>> {
    let value: serde_json::Value = serde_json::from_str(&run.raw_stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", run.raw_stdout));
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| d.as_object().expect("an object").clone())
        .collect()
}

#[test]
fn json_output() {
    let run = cca_lab(&["check", "--format", "json", "tests/fixtures/broken/many"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(run.stderr, "", "JSON mode prints no summary");
    let diagnostics = json(&run);
    assert_eq!(diagnostics.len(), 3);
    for d in &diagnostics {
        let mut keys: Vec<&str> = d.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut want = JSON_FIELDS;
        want.sort_unstable();
        assert_eq!(keys, want, "{d:?}");
    }
    assert_eq!(
        serde_json::Value::Object(diagnostics[0].clone()),
        serde_json::json!({
            "path": "tests/fixtures/broken/many/en/about.toml",
            "line": 2,
            "column": 1,
            "severity": "error",
            "code": "E012",
            "message": "unknown field `sumary` in about.toml",
            "hint": "did you mean `summary`?",
        })
    );
    assert_eq!(
        serde_json::Value::Object(diagnostics[1].clone()),
        serde_json::json!({
            "path": "tests/fixtures/broken/many/fr/about.toml",
            "line": 0,
            "column": 0,
            "severity": "warning",
            "code": "W001",
            "message": "fr/about.toml not found: French readers will see the curriculum's title and summary in English",
            "hint": "translate en/about.toml into fr/about.toml",
        })
    );
    assert_eq!(diagnostics[2]["code"], "E050");
    assert_eq!(diagnostics[2]["line"], 17);

    // Every text line has a JSON counterpart with the same content.
    let text = cca_lab(&["check", "tests/fixtures/broken/content"]);
    let as_json = json(&cca_lab(&[
        "check",
        "--format=json",
        "tests/fixtures/broken/content",
    ]));
    assert_eq!(text.stdout.len(), as_json.len());
    for (line, d) in text.stdout.iter().zip(&as_json) {
        let place = match d["line"].as_u64().unwrap() {
            0 => d["path"].as_str().unwrap().to_string(),
            l => format!("{}:{l}:{}", d["path"].as_str().unwrap(), d["column"]),
        };
        let mut rebuilt = format!(
            "{place}: {}[{}]: {}",
            d["severity"].as_str().unwrap(),
            d["code"].as_str().unwrap(),
            d["message"].as_str().unwrap()
        );
        if let Some(hint) = d["hint"].as_str() {
            rebuilt.push_str(&format!(" — {hint}"));
        }
        assert_eq!(&rebuilt, line);
    }

    // A clean curriculum gives an empty array; a null hint stays null.
    let clean = cca_lab(&["check", "--format", "json", "tests/fixtures/valid"]);
    assert_eq!((clean.code, clean.raw_stdout.trim()), (0, "[]"));
    let e014 = json(&cca_lab(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/broken/catalog-syntax",
    ]));
    assert_eq!(e014[0]["hint"], serde_json::Value::Null);
}

/// The curricula shipped with the app must always check clean.
///
/// Note: `curricula/` is written by another part of the project; this test
/// fails until it exists.
#[test]
fn shipped_curricula_check_clean() {
    let run = cca_lab(&["check", "curricula/"]);
    assert_eq!(
        (run.code, run.stdout.as_slice()),
        (0, &[][..] as &[String]),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(" 0 errors, 0 warnings\n"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------
// cca-lab suggest

use common::cli::cca_lab_with_input;

/// The JSON objects of a `cca-lab suggest` run, one per line.
fn suggestions(run: &Run) -> Vec<serde_json::Value> {
    run.stdout
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// The `ref` of each entry of `list` in the object `o`.
fn refs(o: &serde_json::Value, list: &str) -> Vec<String> {
    o[list]
        .as_array()
        .unwrap_or_else(|| panic!("{list} is not a list: {o}"))
        .iter()
        .map(|e| e["ref"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn suggest_writes_one_json_object_per_line() {
    let input = "Reduce the transaction costs of migrant remittances\n\nEliminate recruitment fees paid by workers placed abroad\r\nAchieve universal birth registration";
    let run = cca_lab_with_input(&["suggest", "--top", "3"], input.as_bytes());
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    let out = suggestions(&run);
    assert_eq!(out.len(), 4, "{run:?}");
    // Exactly the five keys, the text as given (without the line end).
    for (o, text) in out.iter().zip([
        "Reduce the transaction costs of migrant remittances",
        "",
        "Eliminate recruitment fees paid by workers placed abroad",
        "Achieve universal birth registration",
    ]) {
        let keys: Vec<&str> = o.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["gcm", "sdg_goals", "sdg_indicators", "sdg_targets", "text"],
            "{o}"
        );
        assert_eq!(o["text"], text);
    }
    // In the documented order.
    for line in &run.stdout {
        let at = |key: &str| line.find(&format!("\"{key}\":[")).unwrap_or(0);
        assert!(line.starts_with(r#"{"text":"#), "{line}");
        assert!(at("gcm") < at("sdg_targets"), "{line}");
        assert!(at("sdg_targets") < at("sdg_indicators"), "{line}");
        assert!(at("sdg_indicators") < at("sdg_goals"), "{line}");
    }
    // Ranked best first, at most --top, each entry with the four fields.
    for o in &out {
        for list in ["gcm", "sdg_targets", "sdg_indicators", "sdg_goals"] {
            let entries = o[list].as_array().unwrap();
            assert!(entries.len() <= 3, "{o}");
            let scores: Vec<f64> = entries
                .iter()
                .map(|e| e["score"].as_f64().unwrap())
                .collect();
            assert!(
                scores.windows(2).all(|w| w[0] >= w[1]),
                "{list}: {scores:?}"
            );
            for e in entries {
                let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
                assert_eq!(keys, ["evidence", "ref", "relevant", "score"], "{e}");
                assert!(e["relevant"].is_boolean());
                let evidence = e["evidence"].as_array().unwrap();
                assert!(!evidence.is_empty(), "{e}");
                for ev in evidence {
                    assert!(
                        o["text"]
                            .as_str()
                            .unwrap()
                            .contains(ev["matched"].as_str().unwrap())
                    );
                    assert!(!ev["in"].as_str().unwrap().is_empty());
                }
            }
        }
    }
    assert_eq!(refs(&out[0], "sdg_targets")[0], "sdg:10.c");
    assert_eq!(refs(&out[0], "gcm")[0], "gcm:20");
    // An empty line gives empty lists.
    for list in ["gcm", "sdg_targets", "sdg_indicators", "sdg_goals"] {
        assert_eq!(out[1][list], serde_json::json!([]), "{}", out[1]);
    }
    assert_eq!(refs(&out[2], "gcm")[0], "gcm:6");
    assert_eq!(refs(&out[2], "sdg_indicators")[0], "sdg:10.7.1");
    assert_eq!(refs(&out[3], "sdg_targets")[0], "sdg:16.9");
    assert_eq!(refs(&out[3], "gcm")[0], "gcm:4");
}

#[test]
fn suggest_reads_french_and_spanish() {
    let run = cca_lab_with_input(
        &["suggest", "--lang", "fr"],
        "Réduire le coût des envois de fonds des travailleurs migrants\n".as_bytes(),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let out = suggestions(&run);
    assert_eq!(refs(&out[0], "sdg_targets")[0], "sdg:10.c");
    let run = cca_lab_with_input(
        &["suggest", "--lang", "es"],
        "Universalizar el registro de nacimientos\n".as_bytes(),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(refs(&suggestions(&run)[0], "sdg_targets")[0], "sdg:16.9");
}

#[test]
fn suggest_with_no_input_writes_nothing() {
    let run = cca_lab_with_input(&["suggest"], b"");
    assert_eq!(
        (run.code, run.stdout.len(), run.stderr.as_str()),
        (0, 0, "")
    );
    // One empty line is one item with empty lists.
    let run = cca_lab_with_input(&["suggest"], b"\n");
    assert_eq!(
        run.stdout,
        [r#"{"text":"","gcm":[],"sdg_targets":[],"sdg_indicators":[],"sdg_goals":[]}"#]
    );
}

#[test]
fn suggest_rejects_invalid_utf8_naming_the_line_and_writes_nothing() {
    let run = cca_lab_with_input(
        &["suggest"],
        b"Reduce remittance costs\nBirth registration\nR\xe9duire les co\xfbts\n",
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");
    assert_eq!(
        run.stderr.trim_end(),
        "cca-lab: standard input, line 3: not valid UTF-8 (at byte 2 of the line); save the text as UTF-8"
    );
    // Bad arguments: exit 2, the parser's message.
    for (args, says) in [
        (
            &["suggest", "--lang", "de"][..],
            "invalid value 'de' for '--lang <LANG>'",
        ),
        (
            &["suggest", "--top", "x"][..],
            "invalid value 'x' for '--top <N>'",
        ),
    ] {
        let run = cca_lab_with_input(args, b"x\n");
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stdout.is_empty());
        assert!(run.stderr.contains(says), "{args:?}: {run:?}");
    }
}
