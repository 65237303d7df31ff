//! Curricula: the file format, loading, checking and the model.
//!
//! A curriculum is a folder (see `curricula/README.md` for the format as
//! trainers read it):
//!
//! ```text
//! starter/
//!   curriculum.toml        format, id, version, languages, module order
//!   en/about.toml          title and summary in English
//!   en/basics.toml         module `basics`: lessons and steps
//!   en/basics/intro.md     Markdown named by a step's `file`
//!   fr/…                   the same files in French
//! ```
//!
//! [`wanted`] says which files to load, [`check`] reads them into a
//! [`Curriculum`] and a [`Report`] of every problem. The CLI, the tests and
//! the browser all go through these two functions.

mod files;
pub mod form;
mod model;
mod parse;
mod scaffold;
mod toml_reader;

use std::collections::BTreeMap;

pub use files::{FileSet, FileState, Scope, wanted};
pub use model::*;
pub use parse::STEP_KINDS;
pub use scaffold::scaffold;

/// Returns true if and only if `s` is a valid curriculum, module, lesson or
/// step id: 1–64 lower-case letters, digits and inner hyphens.
pub fn is_valid_id(s: &str) -> bool {
    toml_reader::is_plain_id(s)
}

/// Returns true if and only if `s` is a language code as curricula write
/// them: `en`, `fr`, `zh-Hans`, `es-419`.
pub fn is_valid_language(s: &str) -> bool {
    parse::is_language_code(s)
}

use crate::domain::diagnostic::{Code, Diagnostic, Report, SourceFile, WithHint, file_diagnostic};
use parse::Lookup;

/// The result of checking a curriculum.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The curriculum, when it has no errors (warnings allowed).
    pub curriculum: Option<Curriculum>,
    /// Every problem found, with paths relative to the curriculum's folder.
    pub report: Report,
}

/// The name of a language, for messages.
pub fn language_name(code: &str) -> &str {
    match code {
        "ar" => "Arabic",
        "zh" => "Chinese",
        "en" => "English",
        "fr" => "French",
        "ru" => "Russian",
        "es" => "Spanish",
        other => other,
    }
}

/// Reports a file that is not usable text, returning its text otherwise.
fn text_of<'a>(
    files: &'a FileSet,
    path: &str,
    missing: Option<Diagnostic>,
    out: &mut Vec<Diagnostic>,
) -> Option<&'a str> {
    match files.get(path) {
        Some(FileState::Text(t)) => Some(t),
        Some(FileState::Missing) | None => {
            out.extend(missing);
            None
        }
        Some(FileState::NotUtf8) => {
            out.push(
                file_diagnostic(path, Code::FileEncoding, "the file is not valid UTF-8")
                    .hint("save it as UTF-8"),
            );
            None
        }
        Some(FileState::Unreadable(why)) => {
            out.push(file_diagnostic(
                path,
                Code::FileUnreadable,
                format!("the file could not be read: {why}"),
            ));
            None
        }
    }
}

/// Checks the curriculum in folder `folder` (its name, used to check the
/// id) from the files loaded so far, for the languages in `scope`.
pub fn check(folder: &str, files: &FileSet, scope: &Scope) -> Checked {
    let mut out = Vec::new();
    let curriculum = read(folder, files, scope, &mut out);
    let report = Report::from_diagnostics(out);
    let curriculum = if report.has_errors() {
        None
    } else {
        curriculum
    };
    Checked { curriculum, report }
}

fn read(
    folder: &str,
    files: &FileSet,
    scope: &Scope,
    out: &mut Vec<Diagnostic>,
) -> Option<Curriculum> {
    let missing = file_diagnostic(
        "curriculum.toml",
        Code::FileMissing,
        "curriculum.toml not found",
    )
    .hint("every curriculum folder needs a curriculum.toml; see curricula/README.md");
    let text = text_of(files, "curriculum.toml", Some(missing), out)?;
    let manifest = parse::manifest(&SourceFile::new("curriculum.toml", text), folder, out)?;
    let default = manifest.default_language.clone();
    let mut content = BTreeMap::new();
    for lang in files::languages_in_scope(scope, &default, &manifest.languages) {
        let is_default = lang == default;
        let mut lc = LanguageContent::default();

        let path = format!("{lang}/about.toml");
        let missing = if is_default {
            file_diagnostic(&path, Code::FileMissing, format!("{path} not found"))
                .hint("add it with the curriculum's title")
        } else {
            fallback(&path, &lang, &default, "the curriculum's title and summary")
        };
        if let Some(text) = text_of(files, &path, Some(missing), out) {
            lc.about = parse::about(&SourceFile::new(&path, text), true, out);
        }

        for m in &manifest.modules {
            let path = format!("{lang}/{m}.toml");
            let missing = if is_default {
                file_diagnostic(
                    &path,
                    Code::FileMissing,
                    format!("module file {path} not found"),
                )
                .hint(format!(
                    "create it, or remove `{m}` from `modules` in curriculum.toml"
                ))
            } else {
                fallback(&path, &lang, &default, &format!("module `{m}`"))
            };
            let Some(text) = text_of(files, &path, Some(missing), out) else {
                continue;
            };
            let file = SourceFile::new(&path, text);
            let lang_dir = lang.clone();
            let resolve = |p: &str| -> Lookup<'_> {
                match files.get(&format!("{lang_dir}/{p}")) {
                    Some(FileState::Text(t)) => Lookup::Found(t),
                    Some(FileState::Missing) | None => Lookup::Missing,
                    Some(_) => Lookup::Unusable,
                }
            };
            // Report encoding problems of Markdown files once, where read.
            let md_path = |p: &str| format!("{lang_dir}/{p}");
            if let Some(module) = parse::module(&file, m, &resolve, &md_path, out) {
                lc.modules.insert(m.clone(), module);
            }
        }
        content.insert(lang, lc);
    }
    for path in files.paths() {
        if path.ends_with(".md") {
            text_of(files, path, None, out);
        }
    }
    translation_structure(&manifest, &content, out);
    Some(Curriculum { manifest, content })
}

/// The warning for a translation that falls back to the default language.
fn fallback(path: &str, lang: &str, default: &str, what: &str) -> Diagnostic {
    file_diagnostic(
        path,
        Code::TranslationFallback,
        format!(
            "{path} not found: {} readers will see {what} in {}",
            language_name(lang),
            language_name(default)
        ),
    )
    .hint(format!(
        "translate {default}/{} into {path}",
        path.split_once('/').map_or(path, |(_, rest)| rest)
    ))
}

/// Compares every translated module with the default language's: the same
/// lessons and steps, in the same order, of the same kinds, with the same
/// options, answer keys and references.
fn translation_structure(
    manifest: &Manifest,
    content: &BTreeMap<String, LanguageContent>,
    out: &mut Vec<Diagnostic>,
) {
    let default = &manifest.default_language;
    let Some(original) = content.get(default) else {
        return;
    };
    for (lang, lc) in content.iter().filter(|(l, _)| *l != default) {
        for (id, module) in &lc.modules {
            let Some(orig) = original.modules.get(id) else {
                continue;
            };
            let path = format!("{lang}/{id}.toml");
            let lang_name = language_name(lang);
            let orig_name = language_name(default);
            let at = |pos: Pos, msg: String, hint: String| Diagnostic {
                path: path.clone(),
                line: pos.line,
                column: pos.column,
                code: Code::TranslationStructure,
                message: msg,
                hint: Some(hint),
            };
            let ids = |v: &[Lesson]| v.iter().map(|l| l.id.clone()).collect::<Vec<_>>();
            for l in &module.lessons {
                if !orig.lessons.iter().any(|o| o.id == l.id) {
                    out.push(at(
                        l.pos,
                        format!("lesson `{}` is not in the {orig_name} original", l.id),
                        format!("remove it, or add it to {default}/{id}.toml first"),
                    ));
                }
            }
            for o in &orig.lessons {
                if !module.lessons.iter().any(|l| l.id == o.id) {
                    out.push(at(
                        Pos { line: 1, column: 1 },
                        format!(
                            "lesson `{}` is missing from the {lang_name} translation",
                            o.id
                        ),
                        format!("translate it from {default}/{id}.toml"),
                    ));
                }
            }
            let (mine, theirs) = (ids(&module.lessons), ids(&orig.lessons));
            let common = |a: &[String], b: &[String]| {
                a.iter()
                    .filter(|x| b.contains(x))
                    .cloned()
                    .collect::<Vec<_>>()
            };
            if common(&mine, &theirs) != common(&theirs, &mine) {
                out.push(at(
                    Pos { line: 1, column: 1 },
                    format!("the lessons are in a different order than in {orig_name}"),
                    format!(
                        "order them as in {default}/{id}.toml: {}",
                        theirs.join(", ")
                    ),
                ));
            }
            for l in &module.lessons {
                let Some(o) = orig.lessons.iter().find(|o| o.id == l.id) else {
                    continue;
                };
                compare_steps(l, o, &at, lang_name, orig_name, out);
            }
        }
    }
}

fn compare_steps(
    l: &Lesson,
    o: &Lesson,
    at: &dyn Fn(Pos, String, String) -> Diagnostic,
    lang_name: &str,
    orig_name: &str,
    out: &mut Vec<Diagnostic>,
) {
    for s in &l.steps {
        if !o.steps.iter().any(|os| os.id == s.id) {
            out.push(at(
                s.pos,
                format!(
                    "step `{}` of lesson `{}` is not in the {orig_name} original",
                    s.id, l.id
                ),
                "remove it, or add it to the original first".into(),
            ));
        }
    }
    for os in &o.steps {
        if !l.steps.iter().any(|s| s.id == os.id) {
            out.push(at(
                l.pos,
                format!(
                    "step `{}` of lesson `{}` is missing from the {lang_name} translation",
                    os.id, l.id
                ),
                format!(
                    "translate it; the {orig_name} original has steps {}",
                    o.steps
                        .iter()
                        .map(|s| format!("`{}`", s.id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    let mine: Vec<&str> = l
        .steps
        .iter()
        .filter(|s| o.steps.iter().any(|os| os.id == s.id))
        .map(|s| s.id.as_str())
        .collect();
    let theirs: Vec<&str> = o
        .steps
        .iter()
        .filter(|os| l.steps.iter().any(|s| s.id == os.id))
        .map(|s| s.id.as_str())
        .collect();
    if mine != theirs {
        out.push(at(
            l.pos,
            format!(
                "the steps of lesson `{}` are in a different order than in {orig_name}",
                l.id
            ),
            format!("order them as in the original: {}", theirs.join(", ")),
        ));
    }
    for s in &l.steps {
        let Some(os) = o.steps.iter().find(|os| os.id == s.id) else {
            continue;
        };
        let differ = |what: &str, fix: String| {
            at(
                s.pos,
                format!("step `{}` {what} than in {orig_name}", s.id),
                fix,
            )
        };
        match (&s.kind, &os.kind) {
            (StepKind::Question(q), StepKind::Question(oq)) => {
                if q.multiple != oq.multiple {
                    out.push(differ(
                        "is a different kind",
                        format!("use kind = \"{}\"", os.kind.name()),
                    ));
                }
                let ids = |q: &Question| q.options.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
                if ids(q) != ids(oq) {
                    out.push(differ(
                        "has different options",
                        format!("use the options {} in this order", ids(oq).join(", ")),
                    ));
                }
                if !q.is_correct(&oq.answer) {
                    out.push(differ(
                        "has a different answer key",
                        format!(
                            "write answer = [{}]; translations cannot change the key",
                            oq.answer
                                .iter()
                                .map(|a| format!("\"{a}\""))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            }
            (StepKind::ReferenceCard { refs, .. }, StepKind::ReferenceCard { refs: orefs, .. })
                if refs != orefs =>
            {
                out.push(differ(
                    "shows different references",
                    format!(
                        "write refs = [{}]",
                        orefs
                            .iter()
                            .map(|r| format!("\"{r}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            (StepKind::Mapping(m), StepKind::Mapping(om)) => {
                if m.frameworks != om.frameworks {
                    let names = om
                        .frameworks
                        .iter()
                        .map(|f| format!("\"{}\"", f.name()))
                        .collect::<Vec<_>>()
                        .join(", ");
                    out.push(differ(
                        "maps to different frameworks",
                        format!("write frameworks = [{names}]"),
                    ));
                }
                let ids = |m: &crate::domain::mapping::MappingExercise| {
                    m.priorities
                        .iter()
                        .map(|p| p.id.clone())
                        .collect::<Vec<_>>()
                };
                if ids(m) != ids(om) {
                    out.push(differ(
                        "has different priorities",
                        format!("use the priorities {} in this order", ids(om).join(", ")),
                    ));
                } else {
                    for (p, op) in m.priorities.iter().zip(&om.priorities) {
                        let key = |v: &[crate::domain::mapping::KeyedRef]| {
                            v.iter()
                                .map(|k| (k.reference.clone(), k.credit.to_bits()))
                                .collect::<Vec<_>>()
                        };
                        if key(&p.expected) != key(&op.expected)
                            || key(&p.partial) != key(&op.partial)
                        {
                            out.push(differ(
                                &format!("has a different answer key for priority `{}`", p.id),
                                "translations cannot change the key: copy `expected` and `partial` references from the original".into(),
                            ));
                        }
                    }
                }
            }
            (a, b) if a.name() != b.name() => out.push(differ(
                "is a different kind",
                format!("use kind = \"{}\"", b.name()),
            )),
            _ => {}
        }
    }
}

/// Checks `catalog.toml` (at `path`, for messages).
pub fn check_catalog(path: &str, text: &str) -> (Option<Catalog>, Report) {
    let mut out = Vec::new();
    let catalog = parse::catalog(&SourceFile::new(path, text), &mut out);
    let report = Report::from_diagnostics(out);
    (catalog, report)
}

/// Reads just `about.toml` for the catalogue: everything but the
/// description, which stays `None` (see [`check`] for the whole file).
pub fn read_about(path: &str, text: &str) -> (Option<About>, Report) {
    let mut out = Vec::new();
    let about = parse::about(&SourceFile::new(path, text), false, &mut out);
    let report = Report::from_diagnostics(out);
    (about, report)
}

/// Reads just `curriculum.toml` (for the catalogue), checking it fully.
pub fn read_manifest(folder: &str, text: &str) -> (Option<Manifest>, Report) {
    let mut out = Vec::new();
    let manifest = parse::manifest(&SourceFile::new("curriculum.toml", text), folder, &mut out);
    let report = Report::from_diagnostics(out);
    (manifest, report)
}
