//! Diagnostics: every problem found in a curriculum, with its place and a fix.
//!
//! Validation never stops at the first problem: it collects [`Diagnostic`]s in
//! a [`Report`]. The CLI prints them one per line as
//! `path:line:column: error[E030]: message — hint`, and the browser shows the
//! same list in a panel.

use std::fmt;

use serde::Serialize;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The curriculum cannot be shown as written.
    Error,
    /// The curriculum works, but not as the author probably meant.
    Warning,
}

/// A stable code for each kind of problem. The numbers never change meaning;
/// `curricula/README.md` lists them all with examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[non_exhaustive]
pub enum Code {
    /// E001: the TOML is not well-formed.
    TomlSyntax,
    /// E002: a file the curriculum names does not exist.
    FileMissing,
    /// E003: a file is not valid UTF-8.
    FileEncoding,
    /// E004: a file could not be read for another reason.
    FileUnreadable,
    /// E010: a required field is missing.
    MissingField,
    /// E011: a field has the wrong type.
    WrongType,
    /// E012: a field is not part of the format.
    UnknownField,
    /// E013: a value is not allowed (bad id, empty text, unknown language…).
    InvalidValue,
    /// E014: the file declares a format version this app does not know.
    UnsupportedFormat,
    /// E020: a step kind this app does not know.
    UnknownStepKind,
    /// E021: two items at the same level share an id.
    DuplicateId,
    /// E030: a reference names no GCM objective or SDG goal, target or indicator.
    UnknownReference,
    /// E031: a reference is not written `gcm:N` or `sdg:…`.
    BadReference,
    /// E040: an answer key names an option that does not exist.
    AnswerUnknownOption,
    /// E041: an answer key has the wrong number of options for its question.
    AnswerCount,
    /// E042: a question has too few options.
    TooFewOptions,
    /// E043: an answer key names a reference outside the exercise's frameworks.
    OutsideFrameworks,
    /// E050: a translation's structure differs from the default language.
    TranslationStructure,
    /// E060: Markdown contains raw HTML.
    RawHtml,
    /// E061: Markdown links or images to an unsafe address.
    UnsafeLink,
    /// E070: the catalogue names a curriculum that cannot be found or disagrees with it.
    CatalogEntry,
    /// W001: a language falls back to the default language for a file.
    TranslationFallback,
    /// W002: a curriculum folder is not listed in the catalogue.
    UnlistedCurriculum,
}

impl Code {
    /// The short code printed in diagnostics, e.g. `E030`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::TomlSyntax => "E001",
            Code::FileMissing => "E002",
            Code::FileEncoding => "E003",
            Code::FileUnreadable => "E004",
            Code::MissingField => "E010",
            Code::WrongType => "E011",
            Code::UnknownField => "E012",
            Code::InvalidValue => "E013",
            Code::UnsupportedFormat => "E014",
            Code::UnknownStepKind => "E020",
            Code::DuplicateId => "E021",
            Code::UnknownReference => "E030",
            Code::BadReference => "E031",
            Code::AnswerUnknownOption => "E040",
            Code::AnswerCount => "E041",
            Code::TooFewOptions => "E042",
            Code::OutsideFrameworks => "E043",
            Code::TranslationStructure => "E050",
            Code::RawHtml => "E060",
            Code::UnsafeLink => "E061",
            Code::CatalogEntry => "E070",
            Code::TranslationFallback => "W001",
            Code::UnlistedCurriculum => "W002",
        }
    }

    /// How serious problems of this kind are.
    pub fn severity(self) -> Severity {
        match self {
            Code::TranslationFallback | Code::UnlistedCurriculum => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Diagnostic", 7)?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("line", &self.line)?;
        st.serialize_field("column", &self.column)?;
        st.serialize_field("severity", &self.severity())?;
        st.serialize_field("code", self.code.as_str())?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("hint", &self.hint)?;
        st.end()
    }
}

/// One problem, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, relative to the folder being checked (`starter/en/basics.toml`).
    pub path: String,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 when the problem is about the whole file.
    pub column: usize,
    /// What kind of problem.
    pub code: Code,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// How serious the problem is.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// Returns true if and only if this is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The diagnostic with its path prefixed by `dir/`.
    pub fn under(mut self, dir: &str) -> Diagnostic {
        if !dir.is_empty() {
            self.path = format!("{}/{}", dir.trim_end_matches('/'), self.path);
        }
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line:column: error[E030]: message — hint`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line > 0 {
            write!(f, "{}:{}:{}: ", self.path, self.line, self.column)?;
        } else {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{level}[{}]: {}", self.code, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " — {hint}")?;
        }
        Ok(())
    }
}

/// All the problems found, in file and position order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// A report of `diagnostics`, sorted (see [`Report::sort`]).
    pub fn from_diagnostics(diagnostics: Vec<Diagnostic>) -> Report {
        let mut report = Report { diagnostics };
        report.sort();
        report
    }

    /// Adds a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Adds every diagnostic of `other`.
    pub fn extend(&mut self, other: Report) {
        self.diagnostics.extend(other.diagnostics);
    }

    /// The diagnostics, sorted by path, line and column (stable for equal
    /// places, so problems on one line keep the order they were found in).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Sorts the diagnostics by path, line and column and drops exact
    /// duplicates.
    pub fn sort(&mut self) {
        self.diagnostics
            .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        self.diagnostics.dedup();
    }

    /// The number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// The number of warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }

    /// Returns true if and only if there is at least one error.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Returns true if and only if there are no diagnostics at all.
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// Every diagnostic with its path prefixed by `dir/`.
    pub fn under(self, dir: &str) -> Report {
        Report {
            diagnostics: self.diagnostics.into_iter().map(|d| d.under(dir)).collect(),
        }
    }
}

/// A text file with a line index, to turn byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct SourceFile<'a> {
    path: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceFile<'a> {
    /// Indexes `text`, read from `path`.
    pub fn new(path: &'a str, text: &'a str) -> SourceFile<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// The file's path.
    pub fn path(&self) -> &'a str {
        self.path
    }

    /// The file's text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// 1-based line and character column of byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        (line + 1, self.text[start..end].chars().count() + 1)
    }

    /// The text of 1-based line `line`, without its line end.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// A diagnostic at byte `offset` of this file.
    pub fn diagnostic(&self, offset: usize, code: Code, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.position(offset);
        Diagnostic {
            path: self.path.to_string(),
            line,
            column,
            code,
            message: message.into(),
            hint: None,
        }
    }
}

/// A diagnostic about a whole file (no position).
pub fn file_diagnostic(path: &str, code: Code, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        path: path.to_string(),
        line: 0,
        column: 0,
        code,
        message: message.into(),
        hint: None,
    }
}

/// Adds a hint to a diagnostic, builder-style.
pub trait WithHint {
    /// The diagnostic with `hint`.
    fn hint(self, hint: impl Into<String>) -> Self;
}

impl WithHint for Diagnostic {
    fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_lines_and_character_columns() {
        let f = SourceFile::new("x", "ab\nçé = 1\n\nlast");
        assert_eq!(f.position(0), (1, 1));
        assert_eq!(f.position(3), (2, 1));
        // `=` comes after two two-byte characters and a space.
        assert_eq!(f.position(8), (2, 4));
        assert_eq!(f.position(12), (3, 1));
        assert_eq!(f.position(999), (4, 5));
        assert_eq!(f.line_text(2), "çé = 1");
        assert_eq!(f.line_text(9), "");
    }

    #[test]
    fn display_is_editor_clickable() {
        let f = SourceFile::new("starter/en/basics.toml", "a\nrefs = [\"sdg:10.7.9\"]\n");
        let d = f
            .diagnostic(
                10,
                Code::UnknownReference,
                "unknown SDG indicator sdg:10.7.9",
            )
            .hint("did you mean sdg:10.7.2?");
        assert_eq!(
            d.to_string(),
            "starter/en/basics.toml:2:9: error[E030]: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.2?"
        );
        let w = file_diagnostic("c/fr/m.toml", Code::TranslationFallback, "no French file");
        assert_eq!(w.to_string(), "c/fr/m.toml: warning[W001]: no French file");
    }

    #[test]
    fn report_counts_and_sorts() {
        let mut r = Report::new();
        r.push(file_diagnostic("b", Code::TranslationFallback, "w"));
        r.push(Diagnostic {
            path: "a".into(),
            line: 3,
            column: 1,
            code: Code::DuplicateId,
            message: "x".into(),
            hint: None,
        });
        r.push(Diagnostic {
            path: "a".into(),
            line: 1,
            column: 9,
            code: Code::WrongType,
            message: "y".into(),
            hint: None,
        });
        r.sort();
        assert_eq!(
            r.diagnostics().iter().map(|d| d.line).collect::<Vec<_>>(),
            [1, 3, 0]
        );
        assert_eq!(
            (r.error_count(), r.warning_count(), r.has_errors()),
            (2, 1, true)
        );
    }
}
