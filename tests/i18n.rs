//! Interface messages: every language file parses, and has exactly the
//! messages of the English file. A failure lists every untranslated (and
//! every unknown) message per language.

#![cfg(not(target_arch = "wasm32"))]

use cca_lab::domain::i18n::{ENGLISH, LANGUAGES, Localizer, message_ids};

fn source(code: &str) -> String {
    let path = format!("{}/www/i18n/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = message_ids(ENGLISH).expect("en.ftl parses");
    let mut problems = Vec::new();
    for l in LANGUAGES.iter().filter(|l| l.code != "en") {
        let text = source(l.code);
        let ids = match message_ids(&text) {
            Ok(ids) => ids,
            Err(errors) => {
                problems.push(format!(
                    "{}.ftl has syntax errors: {}",
                    l.code,
                    errors.join("; ")
                ));
                continue;
            }
        };
        let missing: Vec<_> = english.iter().filter(|k| !ids.contains(k)).collect();
        let extra: Vec<_> = ids.iter().filter(|k| !english.contains(k)).collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{}.ftl lacks {} messages (shown in English): {}",
                l.code,
                missing.len(),
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if !extra.is_empty() {
            problems.push(format!(
                "{}.ftl has messages English lacks: {}",
                l.code,
                extra
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if let Err(e) = Localizer::new(l.code, &text) {
            problems.push(format!("{}.ftl: {}", l.code, e.join("; ")));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    // Arguments every message may use; a message that names another
    // variable, or a selector without a default, shows up as its id.
    let args: Vec<(&str, cca_lab::domain::i18n::Arg)> = [
        "count",
        "done",
        "total",
        "x",
        "y",
        "hours",
        "minutes",
        "errors",
        "warnings",
        "line",
        "column",
        "position",
        "number",
        "right",
        "wrong",
        "correct",
        "answered",
        "attempted",
        "whole",
        "value",
        "credit",
        "rest",
        "files",
    ]
    .into_iter()
    .map(|k| (k, 3usize.into()))
    .chain(
        [
            "title",
            "language",
            "shown",
            "requested",
            "modules",
            "why",
            "id",
            "version",
            "code",
            "name",
            "text",
            "precision",
            "recall",
            "score",
            "detail",
            "frameworks",
            "source",
            "verdict",
            "expected",
            "reference",
            "paragraph",
            "label",
            "kinds",
            "examples",
            "query",
            "example",
            "facts",
            "current",
            "new",
            "file",
            "note",
            "date",
            "priorities",
            "links",
            "most",
            "set",
            "init",
            "last",
            "list",
            "share",
            "action",
            "mean",
            "median",
            "min",
            "max",
            "tries",
        ]
        .into_iter()
        .map(|k| (k, "x".into())),
    )
    .collect();
    let english = message_ids(ENGLISH).unwrap();
    let mut bad = Vec::new();
    for l in LANGUAGES {
        let text = if l.code == "en" {
            ENGLISH.to_string()
        } else {
            source(l.code)
        };
        let Ok(loc) = Localizer::new(l.code, &text) else {
            continue;
        };
        for id in &english {
            match loc.format_own(id, &args) {
                Ok(out) if !out.contains('{') && !out.trim().is_empty() => {}
                Ok(out) => bad.push(format!("{}: {id} → {out}", l.code)),
                Err(e) => bad.push(format!("{}: {id}: {e}", l.code)),
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}
