//! Reading TOML with positions, collecting every problem.
//!
//! Curriculum files are read by walking the spanned TOML tree by hand rather
//! than with `serde::Deserialize`, because serde stops at the first problem
//! and a trainer should see every problem in one run. Each table is read
//! through [`Fields`], which records which keys were asked for and, at the
//! end, reports every key the format does not know, with a hint when it
//! looks like a typo of a known one.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::domain::diagnostic::{Code, Diagnostic, SourceFile, WithHint};
use crate::domain::reference::edit_distance;

/// A value and the byte offset where it starts in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct At<T> {
    pub value: T,
    pub offset: usize,
}

/// Parses `file` as TOML. Syntax errors are added to `out` and give `None`:
/// a half-parsed file would only produce confusing follow-on errors.
pub(crate) fn parse<'i>(
    file: &SourceFile<'i>,
    out: &mut Vec<Diagnostic>,
) -> Option<Spanned<DeTable<'i>>> {
    let (table, errors) = DeTable::parse_recoverable(file.text());
    if errors.is_empty() {
        return Some(table);
    }
    for e in errors {
        let offset = e.span().map_or(0, |s| s.start);
        let message = e.message().trim().trim_end_matches('.').to_string();
        out.push(file.diagnostic(offset, Code::TomlSyntax, format!("TOML syntax: {message}")));
    }
    None
}

/// The TOML type of a value, in words, for "expected … found …" messages.
fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// Reads the fields of one table.
pub(crate) struct Fields<'a, 'i> {
    file: &'a SourceFile<'i>,
    table: &'a DeTable<'i>,
    offset: usize,
    what: String,
    known: Vec<&'static str>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// Reads `table`, which starts at `offset`; `what` names it in messages
    /// ("step `intro`", "the module file").
    pub(crate) fn new(
        file: &'a SourceFile<'i>,
        table: &'a DeTable<'i>,
        offset: usize,
        what: impl Into<String>,
    ) -> Self {
        Fields {
            file,
            table,
            offset,
            what: what.into(),
            known: Vec::new(),
        }
    }

    /// The offset where this table starts.
    pub(crate) fn offset(&self) -> usize {
        self.offset
    }

    /// What this table is, in words.
    pub(crate) fn what(&self) -> &str {
        &self.what
    }

    /// Renames the table in later messages (once its id is known).
    pub(crate) fn rename(&mut self, what: impl Into<String>) {
        self.what = what.into();
    }

    /// The raw value of `key`, if present.
    pub(crate) fn value(&mut self, key: &'static str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.known.push(key);
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    /// Returns true if and only if the table has `key` (without marking it read).
    pub(crate) fn has(&self, key: &str) -> bool {
        self.table.iter().any(|(k, _)| k.get_ref().as_ref() == key)
    }

    fn missing(&self, key: &str, expected: &str, out: &mut Vec<Diagnostic>) {
        out.push(self.file.diagnostic(
            self.offset,
            Code::MissingField,
            format!("{} has no `{key}` ({expected})", self.what),
        ));
    }

    fn wrong(
        &self,
        key: &str,
        v: &Spanned<DeValue<'_>>,
        expected: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        out.push(self.file.diagnostic(
            v.span().start,
            Code::WrongType,
            format!(
                "`{key}` in {} must be {expected}, not {}",
                self.what,
                type_name(v.get_ref())
            ),
        ));
    }

    /// An optional string.
    pub(crate) fn string(
        &mut self,
        key: &'static str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<At<String>> {
        let v = self.value(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(At {
                value: s.to_string(),
                offset: v.span().start,
            }),
            _ => {
                self.wrong(key, v, "a string", out);
                None
            }
        }
    }

    /// A required string; `expected` says what it holds, for the message.
    pub(crate) fn required_string(
        &mut self,
        key: &'static str,
        expected: &str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<At<String>> {
        if !self.has(key) {
            self.known.push(key);
            self.missing(key, expected, out);
            return None;
        }
        self.string(key, out)
    }

    /// A required, non-blank string of prose.
    pub(crate) fn required_text(
        &mut self,
        key: &'static str,
        expected: &str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<At<String>> {
        let s = self.required_string(key, expected, out)?;
        if s.value.trim().is_empty() {
            out.push(self.file.diagnostic(
                s.offset,
                Code::InvalidValue,
                format!("`{key}` in {} is empty", self.what),
            ));
            return None;
        }
        Some(s)
    }

    /// An optional integer.
    pub(crate) fn integer(
        &mut self,
        key: &'static str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<At<i64>> {
        let v = self.value(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => {
                match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                    Ok(n) => Some(At {
                        value: n,
                        offset: v.span().start,
                    }),
                    Err(_) => {
                        out.push(self.file.diagnostic(
                            v.span().start,
                            Code::InvalidValue,
                            format!("`{key}` is out of range"),
                        ));
                        None
                    }
                }
            }
            _ => {
                self.wrong(key, v, "an integer", out);
                None
            }
        }
    }

    /// An optional boolean.
    pub(crate) fn boolean(
        &mut self,
        key: &'static str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<At<bool>> {
        let v = self.value(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(At {
                value: *b,
                offset: v.span().start,
            }),
            _ => {
                self.wrong(key, v, "true or false", out);
                None
            }
        }
    }

    /// An optional number (a TOML float, or an integer).
    pub(crate) fn number(
        &mut self,
        key: &'static str,
        expected: &str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<At<f64>> {
        let v = self.value(key)?;
        let parsed = match v.get_ref() {
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .ok()
                .map(|n| n as f64),
            _ => {
                self.wrong(key, v, expected, out);
                return None;
            }
        };
        match parsed {
            Some(n) if n.is_finite() => Some(At {
                value: n,
                offset: v.span().start,
            }),
            _ => {
                out.push(self.file.diagnostic(
                    v.span().start,
                    Code::InvalidValue,
                    format!("`{key}` must be {expected}"),
                ));
                None
            }
        }
    }

    /// An optional array of strings. Non-string items are reported and skipped.
    pub(crate) fn strings(
        &mut self,
        key: &'static str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Vec<At<String>>> {
        let v = self.value(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(key, v, "an array of strings", out);
            return None;
        };
        let mut result = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => result.push(At {
                    value: s.to_string(),
                    offset: item.span().start,
                }),
                other => out.push(self.file.diagnostic(
                    item.span().start,
                    Code::WrongType,
                    format!(
                        "items of `{key}` in {} must be strings, not {}",
                        self.what,
                        type_name(other)
                    ),
                )),
            }
        }
        Some(result)
    }

    /// A required array of strings.
    pub(crate) fn required_strings(
        &mut self,
        key: &'static str,
        expected: &str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Vec<At<String>>> {
        if !self.has(key) {
            self.known.push(key);
            self.missing(key, expected, out);
            return None;
        }
        self.strings(key, out)
    }

    /// An array of tables (`[[key]]` or `key = [{…}, …]`), each with the
    /// offset it starts at. Missing gives an empty list.
    pub(crate) fn tables(
        &mut self,
        key: &'static str,
        out: &mut Vec<Diagnostic>,
    ) -> Vec<(usize, &'a DeTable<'i>)> {
        let Some(v) = self.value(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(
                key,
                v,
                "a list of tables, such as `[[…]]` entries or `[{ … }, { … }]`",
                out,
            );
            return Vec::new();
        };
        let mut result = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => result.push((item.span().start, t)),
                other => out.push(self.file.diagnostic(
                    item.span().start,
                    Code::WrongType,
                    format!(
                        "items of `{key}` in {} must be tables, not {}",
                        self.what,
                        type_name(other)
                    ),
                )),
            }
        }
        result
    }

    /// Reports every key that was never asked for.
    pub(crate) fn finish(self, out: &mut Vec<Diagnostic>) {
        for (k, _) in self.table.iter() {
            let key = k.get_ref().as_ref();
            if self.known.contains(&key) {
                continue;
            }
            let mut d = self.file.diagnostic(
                k.span().start,
                Code::UnknownField,
                format!("unknown field `{key}` in {}", self.what),
            );
            let near = self
                .known
                .iter()
                .map(|known| (edit_distance(key, known), *known))
                .min();
            d = match near {
                Some((dist, known)) if dist <= 2 && dist < key.len() => {
                    d.hint(format!("did you mean `{known}`?"))
                }
                _ => {
                    let mut names: Vec<&str> = self.known.clone();
                    names.sort_unstable();
                    names.dedup();
                    d.hint(format!("known fields here: {}", names.join(", ")))
                }
            };
            out.push(d);
        }
    }
}

/// Returns true if and only if `s` is a valid id: 1–64 lower-case letters,
/// digits and inner hyphens.
pub(crate) fn is_plain_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Checks an id: lower-case letters, digits and inner hyphens, 1–64
/// characters. Ids appear in addresses, so they are kept plain.
pub(crate) fn check_id(
    file: &SourceFile<'_>,
    id: &At<String>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let ok = is_plain_id(&id.value);
    if !ok {
        let s = &id.value;
        out.push(
            file.diagnostic(
                id.offset,
                Code::InvalidValue,
                format!("`{s}` is not a valid {what} id"),
            )
            .hint("use 1 to 64 lower-case letters, digits and hyphens, such as `why-migration`"),
        );
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, f: impl FnOnce(&mut Fields<'_, '_>, &mut Vec<Diagnostic>)) -> Vec<String> {
        let file = SourceFile::new("t.toml", text);
        let mut out = Vec::new();
        if let Some(t) = parse(&file, &mut out) {
            let mut fields = Fields::new(&file, t.get_ref(), t.span().start, "the test table");
            f(&mut fields, &mut out);
            fields.finish(&mut out);
        }
        out.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn syntax_errors_have_positions() {
        let d = run("a = 1\nb = \"unterminated\n", |_, _| {});
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].starts_with("t.toml:2:"), "{d:?}");
        assert!(d[0].contains("error[E001]: TOML syntax:"), "{d:?}");
    }

    #[test]
    fn missing_wrong_and_unknown_fields_are_all_reported() {
        let d = run(
            "title = 3\nsumary = \"x\"\nzzzzzz = 1\nlist = [\"a\", 2]\n",
            |f, out| {
                f.required_string("title", "the title", out);
                f.required_string("id", "a short id", out);
                f.string("summary", out);
                f.strings("list", out);
            },
        );
        assert_eq!(
            d,
            [
                "t.toml:1:9: error[E011]: `title` in the test table must be a string, not an integer",
                "t.toml:1:1: error[E010]: the test table has no `id` (a short id)",
                "t.toml:4:14: error[E011]: items of `list` in the test table must be strings, not an integer",
                "t.toml:2:1: error[E012]: unknown field `sumary` in the test table — did you mean `summary`?",
                "t.toml:3:1: error[E012]: unknown field `zzzzzz` in the test table — known fields here: id, list, summary, title",
            ]
        );
    }

    #[test]
    fn arrays_of_tables_report_their_offsets() {
        let file = SourceFile::new("t.toml", "[[step]]\nid = \"a\"\n\n[[step]]\nid = \"b\"\n");
        let mut out = Vec::new();
        let t = parse(&file, &mut out).unwrap();
        let mut f = Fields::new(&file, t.get_ref(), 0, "x");
        let steps = f.tables("step", &mut out);
        assert_eq!(steps.len(), 2);
        let lines: Vec<usize> = steps.iter().map(|(o, _)| file.position(*o).0).collect();
        assert!(lines == [1, 4] || lines == [2, 5], "{lines:?}");
    }

    #[test]
    fn ids_are_plain() {
        let file = SourceFile::new("t", "");
        let mut out = Vec::new();
        for good in ["a", "why-migration", "m2"] {
            assert!(check_id(
                &file,
                &At {
                    value: good.into(),
                    offset: 0
                },
                "step",
                &mut out
            ));
        }
        for bad in ["", "Why", "a b", "-a", "a-", "é"] {
            assert!(!check_id(
                &file,
                &At {
                    value: bad.into(),
                    offset: 0
                },
                "step",
                &mut out
            ));
        }
    }
}
