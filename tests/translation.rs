//! `cca-lab export-strings` and `import-strings`: XLIFF 1.2 round trips on
//! copies of the shipped curricula.
//!
//! Run with `cargo test --features cli --test translation`.

mod common;

use std::path::{Path, PathBuf};

use cca_lab::domain::xliff;
use common::cli::cca_lab;

/// A fresh copy of `curricula/<name>` in a temporary folder of its own.
fn copy_of(name: &str, tag: &str) -> PathBuf {
    let base = std::env::temp_dir().join(format!("cca-tr-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let to = base.join(name);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("curricula")
            .join(name),
        &to,
    );
    to
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, by relative path.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_round_trip_with_no_edits_changes_no_byte() {
    for name in ["starter", "cca-migration"] {
        let dir = copy_of(name, &format!("rt-{name}"));
        let before = snapshot(&dir);
        let xlf = dir.parent().unwrap().join("fr.xlf");
        // Into the existing French: every text is prefilled, nothing changes.
        let out = cca_lab(&["export-strings", s(&dir), "--target", "fr", "-o", s(&xlf)]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let imp = cca_lab(&["import-strings", s(&dir), s(&xlf)]);
        assert_eq!(imp.code, 0, "{}", imp.stderr);
        assert!(imp.stderr.contains(": 0 of "), "{}", imp.stderr);
        assert!(snapshot(&dir) == before, "{name}: files changed");
        // The source alone, read back into the source language.
        let en = dir.parent().unwrap().join("en.xlf");
        assert_eq!(cca_lab(&["export-strings", s(&dir), "-o", s(&en)]).code, 0);
        let imp = cca_lab(&["import-strings", s(&dir), s(&en), "--language", "en"]);
        assert_eq!(imp.code, 0, "{}", imp.stderr);
        assert!(snapshot(&dir) == before, "{name}: files changed");
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }
}

#[test]
fn export_leaves_out_ids_keys_and_references() {
    let dir = copy_of("starter", "keys");
    let xlf = dir.parent().unwrap().join("es.xlf");
    assert_eq!(
        cca_lab(&["export-strings", s(&dir), "--target", "es", "-o", s(&xlf)]).code,
        0
    );
    let doc = xliff::read(&std::fs::read_to_string(&xlf).unwrap()).unwrap();
    let ids: Vec<&str> = doc
        .files
        .iter()
        .flat_map(|f| f.units.iter().map(|u| u.id.rsplit('.').next().unwrap()))
        .collect();
    for forbidden in [
        "id",
        "kind",
        "answer",
        "refs",
        "ref",
        "credit",
        "file",
        "frameworks",
    ] {
        assert!(!ids.contains(&forbidden), "{forbidden} exported");
    }
    for wanted in ["title", "prompt", "feedback", "rationale", "body"] {
        assert!(ids.contains(&wanted), "{wanted} not exported");
    }
    assert!(
        doc.files
            .iter()
            .all(|f| f.target_language.as_deref() == Some("es"))
    );
    assert!(
        doc.files
            .iter()
            .flat_map(|f| &f.units)
            .all(|u| u.target.is_none())
    );
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}

#[test]
fn a_translated_file_makes_a_valid_new_language() {
    let dir = copy_of("starter", "es");
    let xlf = dir.parent().unwrap().join("es.xlf");
    assert_eq!(
        cca_lab(&["export-strings", s(&dir), "--target", "es", "-o", s(&xlf)]).code,
        0
    );
    let mut doc = xliff::read(&std::fs::read_to_string(&xlf).unwrap()).unwrap();
    // "Translate": mark every text, keeping Markdown valid.
    for f in &mut doc.files {
        for u in &mut f.units {
            u.target = Some(format!("ES {}", u.source));
        }
    }
    std::fs::write(&xlf, xliff::write(&doc)).unwrap();
    let imp = cca_lab(&["import-strings", s(&dir), s(&xlf)]);
    assert_eq!(imp.code, 0, "{}\n{:?}", imp.stderr, imp.stdout);
    assert!(imp.stdout.is_empty(), "{:?}", imp.stdout);
    let manifest = std::fs::read_to_string(dir.join("curriculum.toml")).unwrap();
    assert!(
        manifest.contains("languages = [\"en\", \"fr\", \"es\"]"),
        "{manifest}"
    );
    let gcm = std::fs::read_to_string(dir.join("es/gcm.toml")).unwrap();
    let en = std::fs::read_to_string(dir.join("en/gcm.toml")).unwrap();
    assert!(gcm.contains("title = \"ES The Global Compact for Migration\""));
    // Keys and references are the source's, byte for byte.
    let keys = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("answer") || l.starts_with("refs") || l.starts_with("id ="))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&gcm), keys(&en));
    // The whole curriculum, with Spanish, checks clean.
    let check = cca_lab(&["check", s(&dir)]);
    assert_eq!(check.code, 0, "{:?}", check.stdout);
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}

#[test]
fn bad_xliff_is_refused_with_line_and_fix_and_nothing_written() {
    let dir = copy_of("starter", "bad");
    let before = snapshot(&dir);
    let xlf = dir.parent().unwrap().join("fr.xlf");
    assert_eq!(
        cca_lab(&["export-strings", s(&dir), "--target", "fr", "-o", s(&xlf)]).code,
        0
    );
    let good = std::fs::read_to_string(&xlf).unwrap();
    let bad = dir.parent().unwrap().join("bad.xlf");

    // A tag a translator broke.
    let line = good.lines().position(|l| l.contains("</target>")).unwrap() + 1;
    std::fs::write(&bad, good.replacen("</target>", "</targt>", 1)).unwrap();
    let run = cca_lab(&["import-strings", s(&dir), s(&bad)]);
    assert_eq!(run.code, 1);
    let expected = format!("{}:{line}:", bad.display());
    assert!(run.stderr.starts_with(&expected), "{}", run.stderr);
    assert!(
        run.stderr.contains("</targt> closes <target>"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(" — close <target> with </target>"),
        "{}",
        run.stderr
    );

    // A unit id that is not in the curriculum (edited, or an old export).
    std::fs::write(&bad, good.replacen("id=\"title\"", "id=\"titel\"", 1)).unwrap();
    let run = cca_lab(&["import-strings", s(&dir), s(&bad)]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("the text `titel` is not in en/about.toml"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("export again"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing written"), "{}", run.stderr);

    // A file of another curriculum.
    std::fs::write(
        &bad,
        good.replacen("original=\"about.toml\"", "original=\"../x.toml\"", 1),
    )
    .unwrap();
    let run = cca_lab(&["import-strings", s(&dir), s(&bad)]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("keep `original` as exported"),
        "{}",
        run.stderr
    );

    // Not XML at all.
    std::fs::write(&bad, "title,titre\n").unwrap();
    let run = cca_lab(&["import-strings", s(&dir), s(&bad)]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(":1:1: this is not an XML file"),
        "{}",
        run.stderr
    );

    assert!(snapshot(&dir) == before, "a refused import changed files");
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}
