//! `cca-lab package --scorm12 | --cmi5`: LMS packages of one curriculum.
//!
//! Run with `cargo test --features cli --test package`. The packages are
//! built from a small fake release build made in a temporary folder (the
//! real `dist/` may not exist yet), opened with the `zip` crate, and their
//! manifests validated with `xmllint` (Debian: `libxml2-utils`) against the
//! published schemas in `tests/fixtures/schemas/` (see `SOURCES.md` there).

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use cca_lab::domain::curriculum;
use common::cli::{Run, cca_lab};

const SCORM12_SCHEMAS: [&str; 4] = [
    "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
    "ims_xml.xsd",
];

/// A fresh, empty temporary folder for one test.
fn temp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("package")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// A small stand-in for `dist/`: an index.html, scripts, data, a file whose
/// name has a space, a hidden file, and curricula that must not be packaged.
fn fake_dist(root: &Path) -> PathBuf {
    let dist = root.join("dist");
    write(
        &dist.join("index.html"),
        b"<!doctype html><title>CCA Migration Lab</title><script src=\"app-test.js\"></script>",
    );
    write(&dist.join("app-test.js"), b"console.log('app');\n");
    write(
        &dist.join("app-test_bg.wasm"),
        &(0..=255u8).collect::<Vec<_>>(),
    );
    write(
        &dist.join("data/sdg_goals.csv"),
        b"goal,title\n1,No poverty\n",
    );
    write(&dist.join("fonts/Noto Sans.woff2"), b"font");
    write(&dist.join(".hidden"), b"not packaged");
    write(
        &dist.join("curricula/catalog.toml"),
        b"format = 1\ncurricula = [\"other\"]\n",
    );
    write(
        &dist.join("curricula/other/curriculum.toml"),
        b"not packaged",
    );
    dist
}

/// Every file under `root`, relative, with `/` separators, sorted.
fn files_under(root: &Path) -> Vec<String> {
    fn go(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            let rel = format!("{prefix}{name}");
            if entry.file_type().unwrap().is_dir() {
                go(&entry.path(), &format!("{rel}/"), out);
            } else {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    go(root, "", &mut out);
    out.sort();
    out
}

fn copy_folder(from: &Path, to: &Path) {
    for rel in files_under(from) {
        write(&to.join(&rel), &std::fs::read(from.join(&rel)).unwrap());
    }
}

/// The entries of a zip file, by name, in the order stored.
fn unzip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().unwrap().into_owned(), bytes)
        })
        .collect()
}

fn text(entries: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(entries[name].clone()).unwrap()
}

/// Runs `cca-lab package …` with paths given as strings.
fn package(args: &[&str]) -> Run {
    let mut all = vec!["package"];
    all.extend_from_slice(args);
    cca_lab(&all)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Decodes `%XX` escapes.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The values of `attribute="…"` on every `<element …>` of `xml`.
fn attributes(xml: &str, element: &str, attribute: &str) -> Vec<String> {
    let key = format!(" {attribute}=\"");
    xml.split(&format!("<{element} "))
        .skip(1)
        .filter_map(|rest| {
            let tag = format!(" {}", &rest[..rest.find('>').unwrap()]);
            let from = tag.find(&key)? + key.len();
            Some(tag[from..from + tag[from..].find('"').unwrap()].to_string())
        })
        .collect()
}

/// Validates `xml` against `schema` with xmllint; panics with its output if
/// it does not validate.
fn xmllint(schema: &Path, xml: &Path) {
    let out = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(schema)
        .arg(xml)
        .output()
        .unwrap_or_else(|e| {
            panic!("xmllint could not run ({e}): install it with `apt-get install libxml2-utils`")
        });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.contains(" validates"),
        "{} does not validate against {}:\n{stderr}",
        xml.display(),
        schema.display()
    );
}

/// The languages the shipped starter curriculum declares, the default first.
fn starter_languages() -> Vec<String> {
    let text = std::fs::read_to_string("curricula/starter/curriculum.toml").unwrap();
    let (manifest, _) = curriculum::read_manifest("starter", &text);
    manifest
        .expect("curricula/starter/curriculum.toml reads")
        .languages
}

#[test]
fn scorm12_package_of_the_starter_curriculum() {
    let root = temp("scorm12");
    let dist = fake_dist(&root);
    // A copy of the shipped curriculum, with a facilitator guide (a file
    // checking does not read, with a space in its name) and a hidden file.
    let starter = root.join("starter");
    copy_folder(Path::new("curricula/starter"), &starter);
    write(&starter.join("facilitator guide.pdf"), b"%PDF-1.4 guide");
    write(&starter.join(".DS_Store"), b"not packaged");
    let out = root.join("starter-scorm12.zip");

    let run = package(&["--scorm12", s(&starter), "--dist", s(&dist), "-o", s(&out)]);
    assert_eq!((run.code, run.stdout.len()), (0, 0), "{run:?}");
    assert!(
        run.stderr.starts_with(&format!(
            "wrote {}: SCORM 1.2 package of starter ",
            out.display()
        )),
        "{run:?}"
    );

    // The layout: the manifest and its schemas at the root, then app/.
    let stored = unzip(&out);
    let names: Vec<&str> = stored.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "imsmanifest.xml");
    assert_eq!(names[1..5], SCORM12_SCHEMAS);
    let entries: BTreeMap<String, Vec<u8>> = stored.iter().cloned().collect();
    assert_eq!(entries.len(), stored.len(), "no name twice");
    let mut app_files = vec![
        "app/app-test.js".to_string(),
        "app/app-test_bg.wasm".into(),
        "app/curricula/catalog.toml".into(),
        "app/data/sdg_goals.csv".into(),
        "app/fonts/Noto Sans.woff2".into(),
        "app/index.html".into(),
    ];
    let own: Vec<String> = files_under(&starter)
        .into_iter()
        .filter(|f| f != ".DS_Store")
        .collect();
    assert!(own.contains(&"facilitator guide.pdf".to_string()));
    assert!(own.contains(&"en/about.toml".to_string()));
    app_files.extend(own.iter().map(|f| format!("app/curricula/starter/{f}")));
    app_files.sort();
    assert_eq!(names[5..], app_files, "app/ is sorted and complete");

    // The bytes: the schemas as published, dist/ and the curriculum as they are.
    for name in SCORM12_SCHEMAS {
        let published = std::fs::read(Path::new("tests/fixtures/schemas/scorm12").join(name));
        assert_eq!(entries[name], published.unwrap(), "{name}");
    }
    for f in files_under(&dist)
        .iter()
        .filter(|f| !f.starts_with("curricula/") && *f != ".hidden")
    {
        assert_eq!(
            entries[&format!("app/{f}")],
            std::fs::read(dist.join(f)).unwrap(),
            "{f}"
        );
    }
    for f in &own {
        assert_eq!(
            entries[&format!("app/curricula/starter/{f}")],
            std::fs::read(starter.join(f)).unwrap(),
            "{f}"
        );
    }

    // The catalogue lists only this curriculum, and checks clean.
    let catalog = text(&entries, "app/curricula/catalog.toml");
    let (read, report) = curriculum::check_catalog("catalog.toml", &catalog);
    assert!(report.diagnostics().is_empty(), "{catalog}");
    assert_eq!(read.unwrap().curricula, ["starter"]);
    assert!(catalog.contains("format = 1\n"), "{catalog}");

    // The manifest: every file under app/ listed once, nothing else.
    let manifest = text(&entries, "imsmanifest.xml");
    let listed: Vec<String> = attributes(&manifest, "file", "href")
        .iter()
        .map(|h| percent_decode(h))
        .collect();
    assert_eq!(listed, app_files, "{manifest}");
    assert!(manifest.contains("<file href=\"app/fonts/Noto%20Sans.woff2\"/>"));
    assert!(manifest.contains("<file href=\"app/curricula/starter/facilitator%20guide.pdf\"/>"));
    // … and what the schemas cannot say.
    assert!(manifest.contains("<schema>ADL SCORM</schema>"));
    assert!(manifest.contains("<schemaversion>1.2</schemaversion>"));
    assert_eq!(
        attributes(&manifest, "resource", "href"),
        ["app/index.html?lms=scorm12&amp;curriculum=starter"]
    );
    assert_eq!(attributes(&manifest, "resource", "type"), ["webcontent"]);
    assert_eq!(
        attributes(&manifest, "resource", "adlcp:scormtype"),
        ["sco"]
    );
    let resource = attributes(&manifest, "resource", "identifier");
    assert_eq!(attributes(&manifest, "item", "identifierref"), resource);
    let organization = attributes(&manifest, "organization", "identifier");
    assert_eq!(
        attributes(&manifest, "organizations", "default"),
        organization
    );
    assert_eq!(
        attributes(&manifest, "manifest", "identifier"),
        ["cca-lab.starter.v1.0.0"]
    );
    assert!(!manifest.contains("masteryscore"));
    let languages = starter_languages();
    let titles = attributes(&manifest, "langstring", "xml:lang");
    assert_eq!(
        titles.len(),
        2 * languages.len(),
        "a title and a description per language"
    );
    assert_eq!(titles[..languages.len()], languages);

    // Valid against the schemas shipped in the package itself. xmllint
    // ignores xsi:schemaLocation, so a one-line driver loads all three.
    let unpacked = root.join("unpacked");
    for (name, bytes) in &stored {
        write(&unpacked.join(name), bytes);
    }
    write(
        &unpacked.join("all-scorm12.xsd"),
        br#"<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>
"#,
    );
    xmllint(
        &unpacked.join("all-scorm12.xsd"),
        &unpacked.join("imsmanifest.xml"),
    );

    // The same inputs give the same bytes.
    let again = root.join("again.zip");
    let run = package(&[
        "--scorm12",
        s(&starter),
        "--dist",
        s(&dist),
        "--output",
        s(&again),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(&out).unwrap());
}

#[test]
fn cmi5_package_of_the_shipped_starter_curriculum() {
    let root = temp("cmi5");
    let dist = fake_dist(&root);
    let out = root.join("starter-cmi5.zip");
    let run = package(&[
        "--cmi5",
        "curricula/starter/",
        "--dist",
        s(&dist),
        "-o",
        s(&out),
    ]);
    assert_eq!((run.code, run.stdout.len()), (0, 0), "{run:?}");
    assert!(
        run.stderr.starts_with(&format!(
            "wrote {}: cmi5 package of starter ",
            out.display()
        )),
        "{run:?}"
    );

    let stored = unzip(&out);
    let names: Vec<&str> = stored.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "cmi5.xml");
    let mut app_files = vec![
        "app/app-test.js".to_string(),
        "app/app-test_bg.wasm".into(),
        "app/curricula/catalog.toml".into(),
        "app/data/sdg_goals.csv".into(),
        "app/fonts/Noto Sans.woff2".into(),
        "app/index.html".into(),
    ];
    app_files.extend(
        files_under(Path::new("curricula/starter"))
            .iter()
            .map(|f| format!("app/curricula/starter/{f}")),
    );
    app_files.sort();
    assert_eq!(names[1..], app_files, "no SCORM files, app/ complete");

    let entries: BTreeMap<String, Vec<u8>> = stored.iter().cloned().collect();
    let (read, _) = curriculum::check_catalog(
        "catalog.toml",
        &text(&entries, "app/curricula/catalog.toml"),
    );
    assert_eq!(read.unwrap().curricula, ["starter"]);

    let xml = text(&entries, "cmi5.xml");
    assert_eq!(
        attributes(&xml, "course", "id"),
        ["https://cca-lab.invalid/course/starter/1.0.0"]
    );
    assert_eq!(
        attributes(&xml, "au", "id"),
        ["https://cca-lab.invalid/course/starter/1.0.0/au/curriculum"]
    );
    assert_eq!(attributes(&xml, "au", "moveOn"), ["Completed"]);
    assert_eq!(attributes(&xml, "au", "launchMethod"), ["AnyWindow"]);
    assert!(!xml.contains("masteryScore"));
    assert!(xml.contains("<url>app/index.html?lms=cmi5&amp;curriculum=starter</url>"));
    let languages = starter_languages();
    let langs = attributes(&xml, "langstring", "lang");
    assert_eq!(
        langs.len(),
        4 * languages.len(),
        "course and AU, title and description"
    );
    assert_eq!(langs[..languages.len()], languages);

    let unpacked = root.join("unpacked");
    write(&unpacked.join("cmi5.xml"), xml.as_bytes());
    xmllint(
        Path::new("tests/fixtures/schemas/cmi5/CourseStructure.xsd"),
        &unpacked.join("cmi5.xml"),
    );
}

#[test]
fn warnings_do_not_stop_packaging() {
    let root = temp("warnings");
    let dist = fake_dist(&root);
    let out = root.join("demo.zip");
    let run = package(&[
        "--cmi5",
        "tests/fixtures/warnings/demo",
        "--dist",
        s(&dist),
        "-o",
        s(&out),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stdout,
        [
            "tests/fixtures/warnings/demo/fr/basics.toml: warning[W001]: fr/basics.toml not found: French readers will see module `basics` in English — translate en/basics.toml into fr/basics.toml"
        ]
    );
    let names: Vec<String> = unzip(&out).into_iter().map(|(n, _)| n).collect();
    assert!(
        names.contains(&"app/curricula/demo/fr/about.toml".to_string()),
        "{names:?}"
    );
}

#[test]
fn a_curriculum_with_errors_is_not_packaged() {
    let root = temp("errors");
    let dist = fake_dist(&root);
    let out = root.join("many.zip");
    let run = package(&[
        "--scorm12",
        "tests/fixtures/broken/many",
        "--dist",
        s(&dist),
        "-o",
        s(&out),
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    // The same diagnostics as `check`, then why nothing was written.
    let check = cca_lab(&["check", "tests/fixtures/broken/many"]);
    assert_eq!(run.stdout, check.stdout);
    assert_eq!(run.stdout.len(), 3, "{run:?}");
    assert_eq!(
        run.stderr,
        "tests/fixtures/broken/many: 2 errors, 1 warning; no package written: fix the errors and run again\n"
    );
    assert!(!out.exists());
    assert!(files_under(&root).iter().all(|f| !f.ends_with(".partial")));
}

#[test]
fn a_missing_release_build_exits_2() {
    let root = temp("no-dist");
    let out = root.join("starter.zip");
    let missing = root.join("dist");
    let empty = root.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for dist in [&missing, &empty] {
        let run = package(&[
            "--scorm12",
            "curricula/starter",
            "--dist",
            s(dist),
            "-o",
            s(&out),
        ]);
        assert_eq!((run.code, run.stdout.len()), (2, 0), "{run:?}");
        assert_eq!(
            run.stderr,
            format!(
                "cca-lab: {}: no release build here (index.html not found); build it with `trunk build --offline --release` (after `.ci/setup build`), or give its folder with --dist\n",
                dist.display()
            )
        );
        assert!(!out.exists());
    }
}

#[test]
fn paths_that_are_not_a_curriculum_folder_exit_2() {
    let root = temp("not-a-folder");
    let dist = fake_dist(&root);
    let out = root.join("x.zip");
    for (path, says) in [
        (
            "tests/fixtures/valid/catalog.toml",
            "tests/fixtures/valid/catalog.toml: not a folder",
        ),
        (
            "tests/fixtures/does-not-exist",
            "tests/fixtures/does-not-exist: not a folder",
        ),
        (
            "tests/fixtures/valid",
            "tests/fixtures/valid: no curriculum.toml here; give one curriculum's folder",
        ),
    ] {
        for standard in ["--scorm12", "--cmi5"] {
            let run = package(&[standard, path, "--dist", s(&dist), "-o", s(&out)]);
            assert_eq!(
                (run.code, run.stdout.len(), run.stderr.as_str()),
                (2, 0, format!("cca-lab: {says}\n").as_str())
            );
        }
    }
    assert!(!out.exists());
}

#[test]
fn argument_errors_exit_2() {
    for (args, says) in [
        (
            &["package", "-o", "x.zip"][..],
            "required arguments were not provided",
        ),
        (
            &[
                "package",
                "--scorm12",
                "curricula/starter",
                "--cmi5",
                "curricula/starter",
                "-o",
                "x.zip",
            ][..],
            "cannot be used with",
        ),
        (
            &["package", "--scorm12", "curricula/starter"][..],
            "--output <FILE>",
        ),
    ] {
        let run = cca_lab(args);
        assert_eq!((run.code, run.stdout.len()), (2, 0), "{args:?}: {run:?}");
        assert!(run.stderr.contains(says), "{args:?}: {run:?}");
    }
    let help = cca_lab(&["package", "--help"]);
    assert_eq!(help.code, 0, "{help:?}");
    assert!(
        help.raw_stdout.contains("Usage: cca-lab package"),
        "{help:?}"
    );
}
