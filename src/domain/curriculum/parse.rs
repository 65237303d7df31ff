//! Reading each kind of curriculum file into the model, collecting every
//! problem with its place.

use std::collections::HashSet;

use toml::de::DeTable;

use super::model::*;
use super::toml_reader::{At, Fields, check_id, parse};
use crate::domain::diagnostic::{Code, Diagnostic, SourceFile, WithHint};
use crate::domain::mapping::{Framework, KeyedRef, MappingExercise, Priority};
use crate::domain::markdown::{self, Markdown, did_you_mean};
use crate::domain::reference::{Ref, reference};

/// The step kinds this build knows, as written in files.
pub const STEP_KINDS: &[&str] = &[
    "reading",
    "single_choice",
    "multiple_choice",
    "reference_card",
    "mapping",
];

/// What a Markdown `file = "…"` path resolves to.
pub enum Lookup<'a> {
    /// The file's text.
    Found(&'a str),
    /// No such file.
    Missing,
    /// The file exists but could not be used (the reason was reported where
    /// the file was read).
    Unusable,
}

/// Returns true if and only if `s` looks like a language code: `en`, `fr`,
/// `zh-Hans`, `es-419`.
pub(crate) fn is_language_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn pos(file: &SourceFile<'_>, offset: usize) -> Pos {
    let (line, column) = file.position(offset);
    Pos { line, column }
}

/// Checks the `format` field of a catalogue or manifest.
fn check_format(file: &SourceFile<'_>, f: &mut Fields<'_, '_>, out: &mut Vec<Diagnostic>) -> bool {
    let Some(v) = f.integer("format", out) else {
        if !f.has("format") {
            out.push(
                file.diagnostic(
                    0,
                    Code::MissingField,
                    format!("{} has no `format`", f.what()),
                )
                .hint(format!("add `format = {FORMAT_VERSION}` at the top")),
            );
        }
        return false;
    };
    if v.value > FORMAT_VERSION {
        out.push(
            file.diagnostic(v.offset, Code::UnsupportedFormat, format!("this file uses format {}, and this CCA Migration Lab reads format {FORMAT_VERSION}", v.value))
                .hint("update CCA Migration Lab to a version that reads it"),
        );
        return false;
    }
    if v.value < 1 {
        out.push(
            file.diagnostic(
                v.offset,
                Code::InvalidValue,
                format!("`format = {}` is not a format version", v.value),
            )
            .hint(format!("write `format = {FORMAT_VERSION}`")),
        );
        return false;
    }
    true
}

/// Reports ids that appear twice in `ids`.
fn check_unique(file: &SourceFile<'_>, ids: &[At<String>], what: &str, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<&At<String>> = Vec::new();
    for id in ids {
        if let Some(first) = seen.iter().find(|s| s.value == id.value) {
            let (line, _) = file.position(first.offset);
            let (here, _) = file.position(id.offset);
            let place = if line == here {
                "earlier on this line".to_string()
            } else {
                format!("on line {line}")
            };
            out.push(
                file.diagnostic(
                    id.offset,
                    Code::DuplicateId,
                    format!("duplicate {what} id `{}`", id.value),
                )
                .hint(format!("it is already used {place}; ids must be unique")),
            );
        } else {
            seen.push(id);
        }
    }
}

/// Parses `catalog.toml`.
pub fn catalog(file: &SourceFile<'_>, out: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let doc = parse(file, out)?;
    let mut f = Fields::new(file, doc.get_ref(), 0, "the catalogue");
    let format_ok = check_format(file, &mut f, out);
    let list = f.required_strings("curricula", "the curriculum folders to show, in order", out);
    f.finish(out);
    let list = list?;
    let valid = list
        .iter()
        .filter(|id| check_id(file, id, "curriculum", out))
        .count()
        == list.len();
    check_unique(file, &list, "curriculum", out);
    (format_ok && valid).then(|| Catalog {
        curricula: list.into_iter().map(|a| a.value).collect(),
    })
}

/// Parses `curriculum.toml` of the curriculum in folder `folder`.
pub fn manifest(
    file: &SourceFile<'_>,
    folder: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<Manifest> {
    let before = out.len();
    let doc = parse(file, out)?;
    let mut f = Fields::new(file, doc.get_ref(), 0, "curriculum.toml");
    let format_ok = check_format(file, &mut f, out);
    let id = f.required_string("id", "the curriculum id, the same as its folder name", out);
    let version = f.required_text("version", "the content version, such as \"1.0.0\"", out);
    let default_language =
        f.required_string("default_language", "a language code such as \"en\"", out);
    let languages = f.required_strings(
        "languages",
        "every language offered, such as [\"en\", \"fr\"]",
        out,
    );
    let modules = f.required_strings("modules", "the module ids, in order", out);
    f.finish(out);
    if !format_ok {
        return None;
    }

    if let Some(id) = &id
        && check_id(file, id, "curriculum", out)
        && id.value != folder
        && !folder.is_empty()
    {
        out.push(
            file.diagnostic(
                id.offset,
                Code::InvalidValue,
                format!(
                    "the id `{}` does not match the folder name `{folder}`",
                    id.value
                ),
            )
            .hint(format!("write `id = \"{folder}\"` or rename the folder")),
        );
    }
    for lang in default_language.iter().chain(languages.iter().flatten()) {
        if !is_language_code(&lang.value) {
            out.push(
                file.diagnostic(
                    lang.offset,
                    Code::InvalidValue,
                    format!("`{}` is not a language code", lang.value),
                )
                .hint("use a code such as \"en\", \"fr\", \"ar\", \"zh\", \"ru\" or \"es\""),
            );
        }
    }
    if let Some(languages) = &languages {
        check_unique(file, languages, "language", out);
        if let Some(d) = &default_language
            && !languages.iter().any(|l| l.value == d.value)
        {
            out.push(
                file.diagnostic(
                    d.offset,
                    Code::InvalidValue,
                    format!("the default language `{}` is not in `languages`", d.value),
                )
                .hint(format!("add \"{}\" to `languages`", d.value)),
            );
        }
    }
    if let Some(modules) = &modules {
        if modules.is_empty() {
            out.push(
                file.diagnostic(0, Code::InvalidValue, "`modules` is empty")
                    .hint("list at least one module id"),
            );
        }
        for m in modules {
            check_id(file, m, "module", out);
        }
        check_unique(file, modules, "module", out);
    }
    if out.len() > before {
        return None;
    }
    let default_language = default_language?.value;
    let mut languages: Vec<String> = languages?.into_iter().map(|a| a.value).collect();
    // The default language first, the others in the order written.
    languages.retain(|l| *l != default_language);
    languages.insert(0, default_language.clone());
    Some(Manifest {
        id: id?.value,
        version: version?.value,
        default_language,
        languages,
        modules: modules?.into_iter().map(|a| a.value).collect(),
    })
}

/// Parses inline Markdown held in a TOML string that starts at `at.offset`,
/// reporting its problems at their place in the TOML file.
fn inline_markdown(file: &SourceFile<'_>, at: &At<String>, out: &mut Vec<Diagnostic>) -> Markdown {
    let (md, issues) = markdown::parse(&at.value);
    for issue in issues {
        let mut d = file.diagnostic(
            inline_offset(file, at, issue.offset),
            issue.code,
            issue.message,
        );
        d.hint = issue.hint;
        out.push(d);
    }
    md
}

/// Maps a byte offset inside a TOML string's value to the file, exactly when
/// nothing before it was escaped, else to the string's start.
fn inline_offset(file: &SourceFile<'_>, at: &At<String>, inner: usize) -> usize {
    let raw = &file.text()[at.offset.min(file.text().len())..];
    let skip = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        3 + if raw[3..].starts_with("\r\n") {
            2
        } else {
            usize::from(raw[3..].starts_with('\n'))
        }
    } else {
        1
    };
    match (raw.get(skip..skip + inner), at.value.get(..inner)) {
        (Some(a), Some(b)) if a == b => at.offset + skip + inner,
        _ => at.offset,
    }
}

/// Parses `<lang>/about.toml`.
/// Parses `<lang>/about.toml`. With `with_description` false the
/// description is left unparsed (`None`): the catalogue shows only the title
/// and summary, and checks the description's links when the curriculum is
/// opened, once the reference data they name is at hand.
pub fn about(
    file: &SourceFile<'_>,
    with_description: bool,
    out: &mut Vec<Diagnostic>,
) -> Option<About> {
    let before = out.len();
    let doc = parse(file, out)?;
    let mut f = Fields::new(file, doc.get_ref(), 0, "about.toml");
    let title = f.required_text("title", "the curriculum's title", out);
    let summary = f.string("summary", out);
    let description = f
        .string("description", out)
        .filter(|_| with_description)
        .map(|d| inline_markdown(file, &d, out));
    let audience = f.string("audience", out);
    let minutes = f.integer("minutes", out);
    f.finish(out);
    let minutes = match minutes {
        Some(m) if m.value > 0 && m.value <= 100_000 => Some(m.value as u32),
        Some(m) => {
            out.push(file.diagnostic(
                m.offset,
                Code::InvalidValue,
                "`minutes` must be a positive number of minutes",
            ));
            None
        }
        None => None,
    };
    if out.len() > before {
        return None;
    }
    Some(About {
        title: title?.value,
        summary: summary.map(|s| s.value),
        description,
        audience: audience.map(|a| a.value),
        minutes,
    })
}

/// Parses a module file, `<lang>/<module>.toml`. `resolve` finds Markdown
/// files named by `file = "…"`, relative to the language folder, and
/// `md_path` gives the path to report their problems under.
pub fn module<'f>(
    file: &SourceFile<'_>,
    id: &str,
    resolve: &dyn Fn(&str) -> Lookup<'f>,
    md_path: &dyn Fn(&str) -> String,
    out: &mut Vec<Diagnostic>,
) -> Option<Module> {
    let before = out.len();
    let doc = parse(file, out)?;
    let mut f = Fields::new(file, doc.get_ref(), 0, format!("module `{id}`"));
    let title = f.required_text("title", "the module's title", out);
    let summary = f.string("summary", out);
    let lesson_tables = f.tables("lesson", out);
    f.finish(out);
    if lesson_tables.is_empty() {
        out.push(
            file.diagnostic(
                0,
                Code::MissingField,
                format!("module `{id}` has no lessons"),
            )
            .hint("add a `[[lesson]]` table"),
        );
    }
    let ctx = Ctx {
        file,
        resolve,
        md_path,
        unusable: std::cell::Cell::new(false),
    };
    let mut lessons = Vec::new();
    let mut lesson_ids = Vec::new();
    for (offset, table) in lesson_tables {
        if let Some((lesson, at)) = ctx.lesson(table, offset, out) {
            lesson_ids.push(at);
            lessons.push(lesson);
        }
    }
    check_unique(file, &lesson_ids, "lesson", out);
    // An unusable Markdown file was reported where it was read; the module
    // is still incomplete without it.
    if out.len() > before || ctx.unusable.get() {
        return None;
    }
    Some(Module {
        id: id.to_string(),
        title: title?.value,
        summary: summary.map(|s| s.value),
        lessons,
    })
}

struct Ctx<'a, 'i, 'f> {
    file: &'a SourceFile<'i>,
    resolve: &'a dyn Fn(&str) -> Lookup<'f>,
    md_path: &'a dyn Fn(&str) -> String,
    /// Set when a Markdown file exists but could not be used.
    unusable: std::cell::Cell<bool>,
}

impl Ctx<'_, '_, '_> {
    fn lesson(
        &self,
        table: &DeTable<'_>,
        offset: usize,
        out: &mut Vec<Diagnostic>,
    ) -> Option<(Lesson, At<String>)> {
        let mut f = Fields::new(self.file, table, offset, "a lesson");
        let id = f.required_string("id", "a short id such as \"why-migration\"", out);
        if let Some(id) = &id {
            f.rename(format!("lesson `{}`", id.value));
        }
        let title = f.required_text("title", "the lesson's title", out);
        let step_tables = f.tables("step", out);
        if step_tables.is_empty() {
            out.push(
                self.file
                    .diagnostic(
                        offset,
                        Code::MissingField,
                        format!("{} has no steps", f.what()),
                    )
                    .hint("add a `[[lesson.step]]` table after it"),
            );
        }
        f.finish(out);
        let mut steps = Vec::new();
        let mut step_ids = Vec::new();
        for (offset, table) in step_tables {
            let (step, id) = self.step(table, offset, out);
            step_ids.extend(id);
            steps.extend(step);
        }
        check_unique(self.file, &step_ids, "step", out);
        let id = id?;
        check_id(self.file, &id, "lesson", out).then_some(())?;
        Some((
            Lesson {
                id: id.value.clone(),
                title: title?.value,
                steps,
                pos: pos(self.file, offset),
            },
            id,
        ))
    }

    /// Reads a step. The id comes back even when the step is unusable, so
    /// that duplicate ids are still found.
    fn step(
        &self,
        table: &DeTable<'_>,
        offset: usize,
        out: &mut Vec<Diagnostic>,
    ) -> (Option<Step>, Option<At<String>>) {
        let file = self.file;
        let mut f = Fields::new(file, table, offset, "a step");
        let id = f.required_string("id", "a short id such as \"intro\"", out);
        if let Some(id) = &id {
            f.rename(format!("step `{}`", id.value));
        }
        let title = f.string("title", out);
        let kind = f.required_string("kind", &format!("one of: {}", STEP_KINDS.join(", ")), out);
        let kind_value = match &kind {
            Some(k) if STEP_KINDS.contains(&k.value.as_str()) => k.value.clone(),
            Some(k) => {
                let near = STEP_KINDS
                    .iter()
                    .min_by_key(|s| crate::domain::reference::edit_distance(&k.value, s))
                    .copied();
                let mut d = file.diagnostic(
                    k.offset,
                    Code::UnknownStepKind,
                    format!("unknown step kind `{}` in {}", k.value, f.what()),
                );
                d = match near {
                    Some(n) if crate::domain::reference::edit_distance(&k.value, n) <= 3 => {
                        d.hint(format!("did you mean `{n}`?"))
                    }
                    _ => d.hint(format!(
                        "this CCA Migration Lab knows: {}; a newer version may know more",
                        STEP_KINDS.join(", ")
                    )),
                };
                out.push(d);
                // The other fields depend on the kind; do not report them.
                return (None, id);
            }
            None => return (None, id),
        };
        let kind = match kind_value.as_str() {
            "reading" => self.reading(&mut f, out),
            "single_choice" | "multiple_choice" => {
                self.question(&mut f, kind_value == "multiple_choice", out)
            }
            "mapping" => self.mapping(&mut f, out),
            _ => self.reference_card(&mut f, out),
        };
        f.finish(out);
        let Some(id) = id else { return (None, None) };
        if !check_id(file, &id, "step", out) {
            return (None, None);
        }
        let step = kind.map(|kind| Step {
            id: id.value.clone(),
            title: title.map(|t| t.value),
            kind,
            pos: pos(file, offset),
        });
        (step, Some(id))
    }

    /// `body = "…"` or `file = "…"`, exactly one: Markdown for a reading.
    fn reading(&self, f: &mut Fields<'_, '_>, out: &mut Vec<Diagnostic>) -> Option<StepKind> {
        let body = f.string("body", out);
        let path = f.string("file", out);
        match (body, path) {
            (Some(_), Some(p)) => {
                out.push(
                    self.file
                        .diagnostic(
                            p.offset,
                            Code::InvalidValue,
                            format!("{} has both `body` and `file`", f.what()),
                        )
                        .hint("keep one of them"),
                );
                None
            }
            (Some(b), None) => Some(StepKind::Reading {
                body: inline_markdown(self.file, &b, out),
            }),
            (None, Some(p)) => self
                .markdown_file(&p, out)
                .map(|body| StepKind::Reading { body }),
            // A `body` or `file` of the wrong type was reported already.
            (None, None) if f.has("body") || f.has("file") => None,
            (None, None) => {
                out.push(
                    self.file.diagnostic(f.offset(), Code::MissingField, format!("{} has no text", f.what()))
                        .hint("add `file = \"…md\"` naming a Markdown file, or `body = \"…\"` with the text"),
                );
                None
            }
        }
    }

    /// Loads and parses a Markdown file named in a `file` field.
    fn markdown_file(&self, p: &At<String>, out: &mut Vec<Diagnostic>) -> Option<Markdown> {
        let path = &p.value;
        let safe = super::files::is_safe_path(path) && path.ends_with(".md");
        if !safe {
            out.push(
                self.file.diagnostic(p.offset, Code::InvalidValue, format!("`{path}` is not a usable Markdown file path"))
                    .hint("name a `.md` file inside this language's folder, such as \"basics/intro.md\", without `..`"),
            );
            return None;
        }
        match (self.resolve)(path) {
            Lookup::Found(text) => {
                let shown = (self.md_path)(path);
                let md_file = SourceFile::new(&shown, text);
                let (md, issues) = markdown::parse(text);
                for issue in issues {
                    let mut d = md_file.diagnostic(issue.offset, issue.code, issue.message);
                    d.hint = issue.hint;
                    out.push(d);
                }
                Some(md)
            }
            Lookup::Missing => {
                out.push(
                    self.file
                        .diagnostic(
                            p.offset,
                            Code::FileMissing,
                            format!("Markdown file `{path}` not found"),
                        )
                        .hint(format!(
                            "create {} or correct the path",
                            (self.md_path)(path)
                        )),
                );
                None
            }
            Lookup::Unusable => {
                self.unusable.set(true);
                None
            }
        }
    }

    fn question(
        &self,
        f: &mut Fields<'_, '_>,
        multiple: bool,
        out: &mut Vec<Diagnostic>,
    ) -> Option<StepKind> {
        let before = out.len();
        let prompt = f
            .required_text("prompt", "the question", out)
            .map(|p| inline_markdown(self.file, &p, out));
        let explanation = f
            .string("explanation", out)
            .map(|e| inline_markdown(self.file, &e, out));
        let answer = f.required_strings(
            "answer",
            "the ids of the right options, such as [\"b\"]",
            out,
        );
        let errors_before_options = out.len();
        let option_tables = f.tables("options", out);
        let options_malformed = out.len() > errors_before_options;
        if !f.has("options") {
            out.push(
                self.file
                    .diagnostic(
                        f.offset(),
                        Code::MissingField,
                        format!("{} has no `options`", f.what()),
                    )
                    .hint("add `options = [{ id = \"a\", text = \"…\", feedback = \"…\" }, …]`"),
            );
        } else if option_tables.len() < 2 && !options_malformed {
            out.push(self.file.diagnostic(
                f.offset(),
                Code::TooFewOptions,
                format!(
                    "{} has {} option(s); a question needs at least 2",
                    f.what(),
                    option_tables.len()
                ),
            ));
        }
        let mut options = Vec::new();
        let mut ids = Vec::new();
        for (offset, table) in option_tables {
            let mut of = Fields::new(self.file, table, offset, "an option");
            let id = of.required_string("id", "a short id such as \"a\"", out);
            if let Some(id) = &id {
                of.rename(format!("option `{}`", id.value));
            }
            let text = of
                .required_text("text", "what the learner reads", out)
                .map(|t| inline_markdown(self.file, &t, out));
            let feedback = of
                .required_text("feedback", "why this option is right or wrong", out)
                .map(|t| inline_markdown(self.file, &t, out));
            of.finish(out);
            if let Some(id) = id
                && check_id(self.file, &id, "option", out)
            {
                ids.push(id.clone());
                if let (Some(text), Some(feedback)) = (text, feedback) {
                    options.push(Choice {
                        id: id.value,
                        text,
                        feedback,
                        pos: pos(self.file, offset),
                    });
                }
            }
        }
        check_unique(self.file, &ids, "option", out);
        if let Some(answer) = &answer {
            let known: HashSet<&str> = ids.iter().map(|i| i.value.as_str()).collect();
            for a in answer {
                if !known.contains(a.value.as_str()) && !ids.is_empty() {
                    let list = ids
                        .iter()
                        .map(|i| format!("`{}`", i.value))
                        .collect::<Vec<_>>()
                        .join(", ");
                    out.push(
                        self.file
                            .diagnostic(
                                a.offset,
                                Code::AnswerUnknownOption,
                                format!(
                                    "the answer names option `{}`, which {} does not have",
                                    a.value,
                                    f.what()
                                ),
                            )
                            .hint(format!("its options are {list}")),
                    );
                }
            }
            check_unique(self.file, answer, "answer", out);
            let n = answer.len();
            if multiple && n == 0 {
                out.push(
                    self.file
                        .diagnostic(
                            f.offset(),
                            Code::AnswerCount,
                            format!("{} has an empty answer", f.what()),
                        )
                        .hint("list at least one right option"),
                );
            } else if !multiple && n != 1 {
                out.push(
                    self.file
                        .diagnostic(
                            answer.first().map_or(f.offset(), |a| a.offset),
                            Code::AnswerCount,
                            format!(
                                "{} is single_choice but its answer lists {n} options",
                                f.what()
                            ),
                        )
                        .hint("list exactly one option, or use kind = \"multiple_choice\""),
                );
            }
        }
        if out.len() > before {
            return None;
        }
        Some(StepKind::Question(Question {
            multiple,
            prompt: prompt?,
            options,
            answer: answer?.into_iter().map(|a| a.value).collect(),
            explanation,
        }))
    }

    /// A mapping exercise: `prompt`, `frameworks`, optional `hints`, and
    /// `[[lesson.step.priority]]` tables, each with `id`, `text`, optional
    /// `source`, `expected` (may be empty) and optional `partial`.
    fn mapping(&self, f: &mut Fields<'_, '_>, out: &mut Vec<Diagnostic>) -> Option<StepKind> {
        let before = out.len();
        let file = self.file;
        let prompt = f
            .required_text(
                "prompt",
                "the task, such as \"Map each priority to the GCM objectives it serves\"",
                out,
            )
            .map(|p| inline_markdown(file, &p, out));
        let names = Framework::ALL.map(Framework::name).join("\", \"");
        let errors_before_frameworks = out.len();
        let frameworks_at =
            f.required_strings("frameworks", &format!("one or more of [\"{names}\"]"), out);
        // A missing, mistyped or unknown framework is reported once, here;
        // the answer key is then not checked against `frameworks` (E043),
        // which would only repeat the same problem for every reference.
        let mut frameworks_usable = out.len() == errors_before_frameworks;
        let hints = f.boolean("hints", out).is_some_and(|h| h.value);
        let mut frameworks = Vec::new();
        for name in frameworks_at.iter().flatten() {
            match Framework::from_name(&name.value) {
                Some(fw) if !frameworks.contains(&fw) => frameworks.push(fw),
                Some(_) => out.push(file.diagnostic(
                    name.offset,
                    Code::DuplicateId,
                    format!("`{}` is listed twice in `frameworks`", name.value),
                )),
                None => {
                    frameworks_usable = false;
                    out.push(
                        file.diagnostic(
                            name.offset,
                            Code::InvalidValue,
                            format!("unknown framework `{}`", name.value),
                        )
                        .hint(format!("use one or more of \"{names}\"")),
                    );
                }
            }
        }
        if frameworks.is_empty() {
            frameworks_usable = false;
        }
        if frameworks_at.as_ref().is_some_and(|v| v.is_empty()) {
            out.push(
                file.diagnostic(
                    f.offset(),
                    Code::InvalidValue,
                    format!("`frameworks` in {} is empty", f.what()),
                )
                .hint(format!("list one or more of \"{names}\"")),
            );
        }
        let errors_before_priorities = out.len();
        let tables = f.tables("priority", out);
        // `priority = []` is as empty as no priority at all; a mistyped
        // `priority` was reported by `tables`.
        if tables.is_empty() && out.len() == errors_before_priorities {
            out.push(
                file.diagnostic(
                    f.offset(),
                    Code::MissingField,
                    format!("{} has no priorities", f.what()),
                )
                .hint("add `[[lesson.step.priority]]` tables with `id`, `text` and `expected`"),
            );
        }
        let mut priorities = Vec::new();
        let mut ids = Vec::new();
        for (offset, table) in tables {
            let (p, id) = self.priority(
                table,
                offset,
                frameworks_usable.then_some(frameworks.as_slice()),
                out,
            );
            ids.extend(id);
            priorities.extend(p);
        }
        check_unique(file, &ids, "priority", out);
        if out.len() > before {
            return None;
        }
        Some(StepKind::Mapping(MappingExercise {
            prompt: prompt?,
            frameworks,
            hints,
            priorities,
        }))
    }

    /// One priority of a mapping exercise, with its answer key. Its
    /// references are checked against `frameworks` unless that is `None`
    /// (the exercise's `frameworks` field has a problem of its own).
    fn priority(
        &self,
        table: &DeTable<'_>,
        offset: usize,
        frameworks: Option<&[Framework]>,
        out: &mut Vec<Diagnostic>,
    ) -> (Option<Priority>, Option<At<String>>) {
        let file = self.file;
        let before = out.len();
        let mut f = Fields::new(file, table, offset, "a priority");
        let id = f.required_string("id", "a short id such as \"p1\"", out);
        if let Some(id) = &id {
            f.rename(format!("priority `{}`", id.value));
        }
        let text = f.required_text("text", "the priority as the plan words it", out);
        let source = f.string("source", out);
        if !f.has("expected") {
            out.push(
                file.diagnostic(offset, Code::MissingField, format!("{} has no answer key (`expected`)", f.what()))
                    .hint("add `expected = [{ ref = \"gcm:6\", rationale = \"…\" }]`, or `expected = []` if nothing should be mapped"),
            );
        }
        let expected = self.keyed(&mut f, "expected", frameworks, out);
        let partial = self.keyed(&mut f, "partial", frameworks, out);
        f.finish(out);
        for p in &partial {
            if let Some(e) = expected.iter().find(|e| e.0.reference == p.0.reference) {
                let (line, _) = file.position(e.1);
                out.push(
                    file.diagnostic(
                        p.1,
                        Code::DuplicateId,
                        format!("{} is both expected and partial", p.0.reference),
                    )
                    .hint(format!("it is expected on line {line}; keep one")),
                );
            }
        }
        let id = id.filter(|id| check_id(file, id, "priority", out));
        if out.len() > before {
            return (None, id);
        }
        let (Some(id_at), Some(text)) = (id.clone(), text) else {
            return (None, id);
        };
        let priority = Priority {
            id: id_at.value,
            text: text.value,
            source: source.map(|s| s.value),
            expected: expected.into_iter().map(|k| k.0).collect(),
            partial: partial.into_iter().map(|k| k.0).collect(),
        };
        (Some(priority), id)
    }

    /// The keyed references under `key` (`expected` or `partial`), each with
    /// the offset of its `ref`.
    fn keyed(
        &self,
        f: &mut Fields<'_, '_>,
        key: &'static str,
        frameworks: Option<&[Framework]>,
        out: &mut Vec<Diagnostic>,
    ) -> Vec<(KeyedRef, usize)> {
        let file = self.file;
        let mut result: Vec<(KeyedRef, usize)> = Vec::new();
        for (offset, table) in f.tables(key, out) {
            let mut kf = Fields::new(file, table, offset, format!("an entry of `{key}`"));
            let r = kf.required_string("ref", "a reference such as \"gcm:6\" or \"sdg:10.7\"", out);
            let rationale = kf
                .required_text(
                    "rationale",
                    "why this reference belongs, shown to the learner after submitting",
                    out,
                )
                .map(|t| inline_markdown(file, &t, out));
            let credit = if key == "partial" {
                match kf.number("credit", "a number between 0 and 1, such as 0.5", out) {
                    Some(c) if c.value > 0.0 && c.value < 1.0 => c.value,
                    Some(c) => {
                        out.push(
                            file.diagnostic(
                                c.offset,
                                Code::InvalidValue,
                                "`credit` must be more than 0 and less than 1",
                            )
                            .hint("write a share such as 0.5"),
                        );
                        0.5
                    }
                    None => 0.5,
                }
            } else {
                1.0
            };
            kf.finish(out);
            let Some(r) = r else { continue };
            let Some(parsed) = check_ref(file, &r, out) else {
                continue;
            };
            match (Framework::of(&parsed), frameworks) {
                (_, None) => {}
                (Some(fw), Some(frameworks)) if frameworks.contains(&fw) => {}
                (_, Some(frameworks)) => {
                    let allowed = frameworks
                        .iter()
                        .map(|f| f.label())
                        .collect::<Vec<_>>()
                        .join(", ");
                    out.push(
                        file.diagnostic(r.offset, Code::OutsideFrameworks, format!("{parsed} is not among this exercise's frameworks ({allowed})"))
                            .hint("add its framework to `frameworks`, or key a reference of the frameworks listed"),
                    );
                    continue;
                }
            }
            if let Some(first) = result.iter().find(|k| k.0.reference == parsed) {
                let (line, _) = file.position(first.1);
                out.push(
                    file.diagnostic(
                        r.offset,
                        Code::DuplicateId,
                        format!("{parsed} is listed twice in `{key}`"),
                    )
                    .hint(format!("it is already listed on line {line}")),
                );
                continue;
            }
            if let Some(rationale) = rationale {
                result.push((
                    KeyedRef {
                        reference: parsed,
                        rationale,
                        credit,
                    },
                    r.offset,
                ));
            }
        }
        result
    }

    fn reference_card(
        &self,
        f: &mut Fields<'_, '_>,
        out: &mut Vec<Diagnostic>,
    ) -> Option<StepKind> {
        let before = out.len();
        let intro = f
            .string("intro", out)
            .map(|i| inline_markdown(self.file, &i, out));
        let refs = f.required_strings(
            "refs",
            "the entries to show, such as [\"gcm:6\", \"sdg:10.7\"]",
            out,
        )?;
        if refs.is_empty() {
            out.push(
                self.file
                    .diagnostic(
                        f.offset(),
                        Code::InvalidValue,
                        format!("`refs` in {} is empty", f.what()),
                    )
                    .hint("list at least one reference"),
            );
        }
        let parsed: Vec<Ref> = refs
            .iter()
            .filter_map(|r| check_ref(self.file, r, out))
            .collect();
        if out.len() > before {
            return None;
        }
        Some(StepKind::ReferenceCard {
            intro,
            refs: parsed,
        })
    }
}

/// Parses and resolves one reference, reporting syntax errors and unknown
/// entries (with the nearest known ones as a hint).
pub(crate) fn check_ref(
    file: &SourceFile<'_>,
    r: &At<String>,
    out: &mut Vec<Diagnostic>,
) -> Option<Ref> {
    match Ref::parse(&r.value) {
        Err(e) => {
            out.push(file.diagnostic(r.offset, Code::BadReference, e.to_string()));
            None
        }
        Ok(parsed) if reference().contains(&parsed) => Some(parsed),
        Ok(parsed) => {
            let mut d = file.diagnostic(
                r.offset,
                Code::UnknownReference,
                format!("unknown {} {parsed}", parsed.kind_name()),
            );
            d.hint = match &parsed {
                Ref::Gcm(_) => Some("the GCM has 23 objectives, gcm:1 to gcm:23".into()),
                Ref::Goal(_) => Some("there are 17 goals, sdg:1 to sdg:17".into()),
                _ => did_you_mean(&reference().near(&parsed)),
            };
            out.push(d);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        for ok in ["en", "fr", "zh", "zh-Hans", "es-419", "ast"] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in ["", "e", "EN", "english", "en_", "en-", "fr-x"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }

    #[test]
    fn inline_offsets_map_into_the_file() {
        let text = "a = \"see <b>\"\nb = \"\"\"\nline <i>\"\"\"\nc = \"\\u0041 <x>\"\n";
        let file = SourceFile::new("t", text);
        let mut out = Vec::new();
        inline_markdown(
            &file,
            &At {
                value: "see <b>".into(),
                offset: 4,
            },
            &mut out,
        );
        inline_markdown(
            &file,
            &At {
                value: "line <i>".into(),
                offset: 18,
            },
            &mut out,
        );
        inline_markdown(
            &file,
            &At {
                value: "A <x>".into(),
                offset: 38,
            },
            &mut out,
        );
        let at: Vec<String> = out
            .iter()
            .map(|d| format!("{}:{}", d.line, d.column))
            .collect();
        // Exact when nothing was escaped; the string's start otherwise.
        assert_eq!(at, ["1:10", "3:6", "4:5"]);
    }
}
