//! The JSON Schemas of the curriculum files (`curricula/schema/`) and
//! `cca-lab new`.
//!
//! Run with `cargo test --features cli --test schema`. Proves that the
//! shipped schemas are the ones the types in
//! `src/domain/curriculum/form.rs` make, that every shipped curriculum file
//! validates against them, that the types and the checker know the same
//! fields, and that a new curriculum from `cca-lab new` checks clean.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cca_lab::domain::curriculum::{self, FileSet, FileState, STEP_KINDS, Scope, form};
use cca_lab::domain::mapping::Framework;
use common::cli::cca_lab;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema_json(name: &str) -> Value {
    let (_, _, text) = form::schemas()
        .into_iter()
        .find(|(n, _, _)| *n == name)
        .expect("schema exists");
    serde_json::from_str(&text).expect("schema is JSON")
}

/// A compiled schema and a validator for TOML texts.
struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new(name: &str) -> Validator {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let url = format!("file:///schema/{name}");
        compiler
            .add_resource(&url, schema_json(name))
            .expect("schema added");
        let index = compiler
            .compile(&url, &mut schemas)
            .expect("schema compiles");
        Validator { schemas, index }
    }

    /// Validates a TOML text; the error in words if it does not validate.
    fn validate(&self, toml_text: &str) -> Result<(), String> {
        let value: Value = toml::from_str(toml_text).map_err(|e| e.to_string())?;
        self.schemas
            .validate(&value, self.index)
            .map_err(|e| format!("{e:#}"))
    }
}

/// The schema file that describes a curriculum file at `rel` (relative to
/// the curricula folder).
fn schema_for(rel: &str) -> &'static str {
    let parts: Vec<&str> = rel.split('/').collect();
    match parts.as_slice() {
        ["catalog.toml"] => "catalog.schema.json",
        [_, "curriculum.toml"] => "curriculum.schema.json",
        [_, _, "about.toml"] => "about.schema.json",
        _ => "module.schema.json",
    }
}

/// Every TOML file under `dir`, relative to it, sorted.
fn toml_files(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("folder readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "schema" {
                toml_files(&path, &format!("{prefix}{name}/"), out);
            }
        } else if name.ends_with(".toml") {
            out.push((format!("{prefix}{name}"), path));
        }
    }
}

#[test]
fn shipped_schemas_are_the_generated_ones() {
    for (name, _, text) in form::schemas() {
        let path = root().join("curricula/schema").join(name);
        let shipped = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run `cca-lab schema`", path.display()));
        assert!(
            shipped == text,
            "{name} differs from the schema the types make: run `cargo run --features cli --bin cca-lab -- schema` and commit"
        );
    }
    let run = cca_lab(&["schema", "--check"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn schema_check_reports_a_stale_file() {
    let dir = std::env::temp_dir().join(format!("cca-schema-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().unwrap();
    assert_eq!(cca_lab(&["schema", "--out", d]).code, 0);
    assert_eq!(cca_lab(&["schema", "--out", d, "--check"]).code, 0);
    std::fs::write(dir.join("about.schema.json"), "{}\n").unwrap();
    let run = cca_lab(&["schema", "--out", d, "--check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("about.schema.json: differs"),
        "{}",
        run.stderr
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_shipped_curriculum_file_validates_and_deserializes() {
    let mut files = Vec::new();
    toml_files(&root().join("curricula"), "", &mut files);
    assert!(files.len() > 20, "found {} files", files.len());
    let validators: Vec<(&str, Validator)> = form::schemas()
        .into_iter()
        .map(|(n, _, _)| (n, Validator::new(n)))
        .collect();
    let mut failures = Vec::new();
    for (rel, path) in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let schema = schema_for(rel);
        let v = &validators.iter().find(|(n, _)| *n == schema).unwrap().1;
        if let Err(e) = v.validate(&text) {
            failures.push(format!("{rel} against {schema}: {e}"));
        }
        let typed = match schema {
            "catalog.schema.json" => toml::from_str::<form::CatalogFile>(&text).map(|_| ()),
            "curriculum.schema.json" => toml::from_str::<form::ManifestFile>(&text).map(|_| ()),
            "about.schema.json" => toml::from_str::<form::AboutFile>(&text).map(|_| ()),
            _ => toml::from_str::<form::ModuleFile>(&text).map(|_| ()),
        };
        if let Err(e) = typed {
            failures.push(format!("{rel} into the form types: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_schema_refuses_what_checking_refuses() {
    let module = Validator::new("module.schema.json");
    let ok = "title = \"T\"\n[[lesson]]\nid = \"l\"\ntitle = \"L\"\n[[lesson.step]]\nid = \"s\"\nkind = \"reading\"\nbody = \"Hi\"\n";
    assert_eq!(module.validate(ok), Ok(()));
    for bad in [
        // a typo in a field name
        ok.replace("body =", "bodyy ="),
        // an unknown kind
        ok.replace("\"reading\"", "\"quiz\""),
        // a missing title
        ok.replace("title = \"L\"\n", ""),
        // a field of another kind
        ok.replace("body = \"Hi\"", "body = \"Hi\"\nrefs = [\"gcm:1\"]"),
    ] {
        assert!(module.validate(&bad).is_err(), "accepted:\n{bad}");
    }
    let manifest = Validator::new("curriculum.schema.json");
    let m = "format = 1\nid = \"a-b\"\nversion = \"1\"\ndefault_language = \"en\"\nlanguages = [\"en\"]\nmodules = [\"m\"]\n";
    assert_eq!(manifest.validate(m), Ok(()));
    assert!(
        manifest
            .validate(&m.replace("format = 1", "format = 2"))
            .is_err()
    );
    assert!(manifest.validate(&m.replace("a-b", "A B")).is_err());
}

/// Every property name anywhere in a schema, with the enum values of every
/// `kind` property.
fn properties(v: &Value, names: &mut BTreeSet<String>, kinds: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Object(props)) = o.get("properties") {
                for (k, p) in props {
                    names.insert(k.clone());
                    if k == "kind" {
                        for e in p["enum"].as_array().into_iter().flatten() {
                            kinds.insert(e.as_str().unwrap().to_string());
                        }
                    }
                }
            }
            for x in o.values() {
                properties(x, names, kinds);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| properties(x, names, kinds)),
        _ => {}
    }
}

/// Every key anywhere in a TOML-as-JSON value.
fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                out.insert(k.clone());
                keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

#[test]
fn the_types_the_schema_and_checking_know_the_same_fields() {
    // The scaffold uses every field of the format once. Checking reports any
    // field it does not know (E0xx unknown field), and accepts it clean, so
    // checking knows every field the scaffold has; the scaffold's keys are
    // every schema property, so the schema has no field checking lacks.
    let files = curriculum::scaffold("demo", "en", None);
    let mut used = BTreeSet::new();
    let (mut declared, mut kinds) = (BTreeSet::new(), BTreeSet::new());
    for (rel, text) in &files {
        if let Some(schema) = match rel.as_str() {
            "curriculum.toml" => Some("curriculum.schema.json"),
            "en/about.toml" => Some("about.schema.json"),
            r if r.ends_with(".toml") => Some("module.schema.json"),
            _ => None,
        } {
            let value: Value = toml::from_str(text).unwrap();
            keys(&value, &mut used);
            properties(&schema_json(schema), &mut declared, &mut kinds);
            assert_eq!(Validator::new(schema).validate(text), Ok(()), "{rel}");
        }
    }
    assert_eq!(used, declared, "the scaffold must use every schema field");
    assert_eq!(
        kinds,
        STEP_KINDS
            .iter()
            .map(|s| s.to_string())
            .collect::<BTreeSet<_>>(),
        "the schema's step kinds are the ones checking knows"
    );
    let frameworks: Vec<String> = schema_json("module.schema.json")["definitions"]["FrameworkName"]
        ["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["enum"][0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        frameworks,
        Framework::ALL.map(|f| f.name().to_string()).to_vec()
    );
    // And the scaffold checks clean.
    let mut set = FileSet::new();
    for (rel, text) in files {
        set.insert(rel, FileState::Text(text));
    }
    let checked = curriculum::check("demo", &set, &Scope::All);
    assert!(
        checked.report.diagnostics().is_empty(),
        "{:?}",
        checked.report.diagnostics()
    );
    let c = checked.curriculum.unwrap();
    let lesson = &c.content["en"].modules["first-module"].lessons[0];
    let mut step_kinds: Vec<&str> = lesson.steps.iter().map(|s| s.kind.name()).collect();
    step_kinds.sort();
    step_kinds.dedup();
    let mut all = STEP_KINDS.to_vec();
    all.sort();
    assert_eq!(step_kinds, all, "one step of every kind");
}

#[test]
fn new_makes_a_folder_check_accepts() {
    let dir = std::env::temp_dir().join(format!("cca-new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("schema")).unwrap();
    for (name, _, text) in form::schemas() {
        std::fs::write(dir.join("schema").join(name), text).unwrap();
    }
    let d = dir.to_str().unwrap();
    let run = cca_lab(&["new", "my-course", "--dir", d, "--language", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let course = dir.join("my-course");
    let check = cca_lab(&["check", course.to_str().unwrap()]);
    assert_eq!(
        (check.code, check.stdout.len(), check.stderr.trim()),
        (0, 0, "checked 1 curriculum: 0 errors, 0 warnings")
    );
    let module = std::fs::read_to_string(course.join("fr/first-module.toml")).unwrap();
    assert!(module.starts_with("#:schema ../../schema/module.schema.json\n"));
    // The schema line resolves from where the file is.
    assert!(course.join("fr/../../schema/module.schema.json").is_file());
    // A second run refuses to overwrite; a bad id is refused with the rule.
    let again = cca_lab(&["new", "my-course", "--dir", d]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    let bad = cca_lab(&["new", "My Course", "--dir", d]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("lower-case letters"), "{}", bad.stderr);
    std::fs::remove_dir_all(&dir).unwrap();
}
