//! The text of a curriculum, as translation units, and back.
//!
//! [`units`] finds every translatable string of one curriculum file with its
//! place: in a TOML file, the values of the text fields (titles, prompts,
//! options, feedback, rationales…), never ids, kinds, file names, answer
//! keys, references or credits; a Markdown file is one unit. Each unit has a stable
//! id made of the ids around it (`lesson[compact].step[quiz].options[b].text`),
//! so a translation still finds its place when the file is reformatted.
//!
//! [`apply`] writes new texts into a file: only the bytes of a changed value
//! are replaced, so applying the texts a file already has returns it byte for
//! byte, and the structure, the comments and the answer keys are never
//! touched. [`crate::domain::xliff`] carries the units to translators.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The TOML keys whose string values are text for readers.
pub const TEXT_KEYS: &[&str] = &[
    "title",
    "summary",
    "description",
    "audience",
    "body",
    "prompt",
    "explanation",
    "intro",
    "text",
    "feedback",
    "source",
    "rationale",
];

/// One translatable string of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Its id, unique in the file.
    pub id: String,
    /// Its text, decoded (TOML escapes resolved).
    pub text: String,
    /// The byte range of its value in the file (with quotes, for TOML).
    pub span: (usize, usize),
    /// 1-based line where it starts.
    pub line: usize,
}

/// The kind of a curriculum file, from its name.
fn is_markdown(path: &str) -> bool {
    path.ends_with(".md")
}

/// The translatable units of the file at `path` (`about.toml`,
/// `gcm.toml`, `gcm/compact.md`). A TOML file that does not parse gives an
/// error message (with line) instead.
pub fn units(path: &str, text: &str) -> Result<Vec<Unit>, String> {
    if is_markdown(path) {
        return Ok(markdown_units(text));
    }
    let (doc, errors) = DeTable::parse_recoverable(text);
    if let Some(e) = errors.first() {
        let line = e.span().map_or(1, |s| {
            text[..s.start.min(text.len())].matches('\n').count() + 1
        });
        return Err(format!(
            "line {line}: TOML syntax: {}",
            e.message().trim().trim_end_matches('.')
        ));
    }
    let mut out = Vec::new();
    walk_table(doc.get_ref(), "", text, &mut out);
    // Tables iterate by key; translators read in file order.
    out.sort_by_key(|u| u.span.0);
    Ok(out)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn walk_table(table: &DeTable<'_>, prefix: &str, text: &str, out: &mut Vec<Unit>) {
    for (k, v) in table.iter() {
        let key = k.get_ref().as_ref();
        let path = if prefix.is_empty() {
            key.to_string()
        } else {
            format!("{prefix}.{key}")
        };
        walk_value(key, v, &path, text, out);
    }
}

fn walk_value(key: &str, v: &Spanned<DeValue<'_>>, path: &str, text: &str, out: &mut Vec<Unit>) {
    match v.get_ref() {
        DeValue::String(s) if TEXT_KEYS.contains(&key) => {
            let span = v.span();
            out.push(Unit {
                id: path.to_string(),
                text: s.to_string(),
                span: (span.start, span.end),
                line: line_of(text, span.start),
            });
        }
        DeValue::Table(t) => walk_table(t, path, text, out),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if let DeValue::Table(t) = item.get_ref() {
                    // Name the element by its id (or a key entry by its
                    // reference), so units keep their ids when elements move.
                    let name = ["id", "ref"]
                        .iter()
                        .find_map(|k| {
                            t.iter()
                                .find(|(key, _)| key.get_ref().as_ref() == *k)
                                .and_then(|(_, v)| v.get_ref().as_str())
                        })
                        .map_or_else(|| format!("#{}", i + 1), str::to_string);
                    walk_table(t, &format!("{path}[{name}]"), text, out);
                }
            }
        }
        _ => {}
    }
}

/// A Markdown file is one unit, `body`: translations of readings often add
/// or merge paragraphs (a translator's note, a table laid out differently),
/// and translation tools split the text into sentences themselves.
fn markdown_units(text: &str) -> Vec<Unit> {
    vec![Unit {
        id: "body".into(),
        text: text.to_string(),
        span: (0, text.len()),
        line: 1,
    }]
}

/// `text` as a TOML string value: a basic string, or a multi-line basic
/// string when it has line breaks (or the value it replaces was one).
pub fn toml_string(text: &str, multiline: bool) -> String {
    let multiline = multiline || text.contains('\n');
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(if multiline { "\"\"\"\n" } else { "\"" });
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' if multiline => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push_str(if multiline { "\"\"\"" } else { "\"" });
    out
}

/// `text` with the units named in `new` (id, text) replaced. Units whose
/// new text equals their current text keep their bytes. Returns the new
/// text, or the ids in `new` that the file does not have.
pub fn apply(path: &str, text: &str, new: &[(String, String)]) -> Result<String, Vec<String>> {
    let found = units(path, text).map_err(|e| vec![e])?;
    let unknown: Vec<String> = new
        .iter()
        .filter(|(id, _)| !found.iter().any(|u| &u.id == id))
        .map(|(id, _)| id.clone())
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for u in &found {
        let Some((_, t)) = new.iter().find(|(id, _)| *id == u.id) else {
            continue;
        };
        if *t == u.text {
            continue;
        }
        let replacement = if is_markdown(path) {
            t.clone()
        } else {
            let old = &text[u.span.0..u.span.1];
            toml_string(t, old.starts_with("\"\"\"") || old.starts_with("'''"))
        };
        edits.push((u.span.0, u.span.1, replacement));
    }
    let mut out = text.to_string();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (s, e, r) in edits {
        out.replace_range(s..e, &r);
    }
    Ok(out)
}

/// `curriculum.toml` with `language` added at the end of `languages`, or
/// `None` when it is already there or the list cannot be found. Only the
/// list's bytes change.
pub fn add_language(manifest: &str, language: &str) -> Option<String> {
    let (doc, errors) = DeTable::parse_recoverable(manifest);
    if !errors.is_empty() {
        return None;
    }
    let (_, v) = doc
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == "languages")?;
    let DeValue::Array(items) = v.get_ref() else {
        return None;
    };
    let mut list: Vec<String> = Vec::new();
    for i in items.iter() {
        list.push(i.get_ref().as_str()?.to_string());
    }
    if list.iter().any(|l| l == language) {
        return None;
    }
    list.push(language.to_string());
    let span = v.span();
    let new = format!(
        "[{}]",
        list.iter()
            .map(|l| toml_string(l, false))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut out = manifest.to_string();
    out.replace_range(span.start..span.end, &new);
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_language_is_added_once() {
        let m = "format = 1 # f\nlanguages = [\"en\",\n  \"fr\"] # two\nmodules = []\n";
        let out = super::add_language(m, "es").unwrap();
        assert_eq!(
            out,
            "format = 1 # f\nlanguages = [\"en\", \"fr\", \"es\"] # two\nmodules = []\n"
        );
        assert_eq!(super::add_language(&out, "fr"), None);
    }

    use super::*;

    const MODULE: &str = r#"title = "Basics" # a comment
[[lesson]]
id = "why"
title = 'Why'
[[lesson.step]]
id = "q"
kind = "single_choice"
prompt = """
Which "one"?"""
answer = ["a"]
options = [
  { id = "a", text = "Yes", feedback = "Right\\ok" },
  { id = "b", text = "No", feedback = "Wrong" },
]
[[lesson.step]]
id = "m"
kind = "mapping"
frameworks = ["gcm"]
[[lesson.step.priority]]
id = "p1"
text = "Data"
expected = [{ ref = "gcm:1", rationale = "Because" }]
"#;

    #[test]
    fn units_are_the_text_fields_named_by_ids() {
        let u = units("basics.toml", MODULE).unwrap();
        let ids: Vec<&str> = u.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "title",
                "lesson[why].title",
                "lesson[why].step[q].prompt",
                "lesson[why].step[q].options[a].text",
                "lesson[why].step[q].options[a].feedback",
                "lesson[why].step[q].options[b].text",
                "lesson[why].step[q].options[b].feedback",
                "lesson[why].step[m].priority[p1].text",
                "lesson[why].step[m].priority[p1].expected[gcm:1].rationale",
            ]
        );
        assert_eq!(u[2].text, "Which \"one\"?");
        assert_eq!(u[2].line, 8);
        assert_eq!(u[4].text, "Right\\ok");
    }

    #[test]
    fn applying_the_same_texts_changes_nothing() {
        let same: Vec<(String, String)> = units("basics.toml", MODULE)
            .unwrap()
            .into_iter()
            .map(|u| (u.id, u.text))
            .collect();
        assert_eq!(apply("basics.toml", MODULE, &same).unwrap(), MODULE);
    }

    #[test]
    fn applying_new_texts_keeps_structure_and_keys() {
        let new = vec![
            ("lesson[why].title".to_string(), "Pourquoi".to_string()),
            (
                "lesson[why].step[q].prompt".to_string(),
                "Laquelle \"une\" ?\nDeux lignes \\ ici".to_string(),
            ),
            (
                "lesson[why].step[q].options[b].feedback".to_string(),
                "Faux\tvraiment".to_string(),
            ),
        ];
        let out = apply("basics.toml", MODULE, &new).unwrap();
        assert!(out.contains("title = \"Pourquoi\""));
        assert!(out.contains("answer = [\"a\"]"));
        assert!(out.contains("# a comment"));
        let again = units("basics.toml", &out).unwrap();
        let get = |id: &str| again.iter().find(|u| u.id == id).unwrap().text.clone();
        assert_eq!(get("lesson[why].title"), "Pourquoi");
        assert_eq!(
            get("lesson[why].step[q].prompt"),
            "Laquelle \"une\" ?\nDeux lignes \\ ici"
        );
        assert_eq!(
            get("lesson[why].step[q].options[b].feedback"),
            "Faux\tvraiment"
        );
        assert_eq!(get("lesson[why].step[q].options[a].text"), "Yes");
        let err = apply("basics.toml", MODULE, &[("nope".into(), "x".into())]).unwrap_err();
        assert_eq!(err, ["nope"]);
    }

    #[test]
    fn a_markdown_file_is_one_unit() {
        let md = "# Title\n\nFirst para\n";
        let u = units("x/intro.md", md).unwrap();
        assert_eq!(
            (u.len(), u[0].id.as_str(), u[0].text.as_str()),
            (1, "body", md)
        );
        let out = apply("x/intro.md", md, &[("body".into(), "# Titre\n".into())]).unwrap();
        assert_eq!(out, "# Titre\n");
    }

    #[test]
    fn toml_strings_read_back() {
        for s in [
            "plain",
            "a \"q\" \\ b",
            "two\nlines",
            "ctrl\u{1}",
            "tab\tx",
            "\"\"\"end\"\"\"",
        ] {
            for multi in [false, true] {
                let doc = format!("v = {}\n", toml_string(s, multi));
                let v: toml::Table = toml::from_str(&doc).unwrap_or_else(|e| panic!("{doc}: {e}"));
                assert_eq!(v["v"].as_str(), Some(s), "{doc}");
            }
        }
    }
}
