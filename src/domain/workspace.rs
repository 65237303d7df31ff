//! Workspaces: an analyst's own plan — priorities mapped to GCM objectives
//! and SDG targets and indicators — with import and export.
//!
//! # Files
//!
//! **CSV export**, one row per link (a priority without links gets one row
//! with empty `framework`, `code` and `official_text`, so it is kept):
//!
//! ```text
//! priority_id,priority_text,source,framework,code,official_text,note
//! p1,Lower the cost of remittances,NDP pillar 3,GCM objective,gcm:20,Promote faster…,
//! ```
//!
//! **JSON export**: `{"format": "cca-lab-workspace", "version": 1, "name": …,
//! "priorities": [{"id", "text", "source", "links": [{"ref", "official_text",
//! "note"}]}]}`. `official_text` is written for readers and ignored on import.
//!
//! **Import** takes either export back, unchanged (the workspace is
//! restored exactly; a CSV does not carry the name, which comes from the
//! file name), or a list of priorities: a CSV whose header has a `text` (or
//! `priority`) column and optional `id` and `source` columns, or plain text
//! with one priority per line. Every problem is reported with its line and
//! column, and nothing is imported when there is one.
//!
//! Spreadsheet programs run cells that start with `=`, `+`, `-` or `@` as
//! formulas. The CSV export therefore puts a `'` before such cells, and the
//! import removes it again.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::analytics::Mapped;
use crate::domain::csv::{self, Field, Record};
use crate::domain::markdown::did_you_mean;
use crate::domain::reference::{Ref, reference};

/// The `format` of a workspace JSON file.
pub const JSON_FORMAT: &str = "cca-lab-workspace";
/// The `version` of the workspace JSON file this build writes and reads.
pub const JSON_VERSION: u64 = 1;
/// The header of the CSV export.
pub const CSV_HEADER: [&str; 7] = [
    "priority_id",
    "priority_text",
    "source",
    "framework",
    "code",
    "official_text",
    "note",
];

/// A plan being analysed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    /// Its name, chosen by the analyst.
    pub name: String,
    /// Its priorities, in plan order.
    pub priorities: Vec<WsPriority>,
}

/// One priority of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WsPriority {
    /// Its id, unique in the workspace (`p1`, or the plan's own numbering).
    pub id: String,
    /// The priority as the plan words it.
    pub text: String,
    /// Where it comes from, e.g. "NDP 2024–2028, pillar 3".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Its links, in the order made.
    #[serde(default)]
    pub links: Vec<WsLink>,
}

/// A link from a priority to a reference, with the analyst's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WsLink {
    /// The reference.
    #[serde(rename = "ref")]
    pub reference: Ref,
    /// Why, in the analyst's words (may be empty).
    #[serde(default)]
    pub note: String,
}

/// What an imported file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    /// Decide from the content: `{` starts JSON; a first line with commas
    /// and a known column name (`priority_id`, `text`, `priority`, `code`)
    /// starts a CSV; anything else is one priority per line.
    Auto,
    /// A CSV file (named `*.csv`).
    Csv,
    /// A JSON file (named `*.json`).
    Json,
    /// Plain text, one priority per line.
    Lines,
}

impl ImportKind {
    /// The kind a file name suggests.
    pub fn from_file_name(name: &str) -> ImportKind {
        let lower = name.to_lowercase();
        if lower.ends_with(".csv") {
            ImportKind::Csv
        } else if lower.ends_with(".json") {
            ImportKind::Json
        } else if lower.ends_with(".txt") {
            ImportKind::Lines
        } else {
            ImportKind::Auto
        }
    }
}

/// A problem in an imported file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line (0 when the problem is about the whole file).
    pub line: usize,
    /// 1-based column (0 when about a whole line or file).
    pub column: usize,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => f.write_str(&self.message),
            (l, 0) => write!(f, "line {l}: {}", self.message),
            (l, c) => write!(f, "line {l}, column {c}: {}", self.message),
        }
    }
}

fn err(line: usize, column: usize, message: impl Into<String>) -> ImportError {
    ImportError {
        line,
        column,
        message: message.into(),
    }
}

impl Workspace {
    /// An empty workspace called `name`.
    pub fn new(name: impl Into<String>) -> Workspace {
        Workspace {
            name: name.into(),
            priorities: Vec::new(),
        }
    }

    /// The priorities as the analytics take them.
    pub fn mapped(&self) -> Vec<Mapped> {
        self.priorities
            .iter()
            .map(|p| Mapped {
                id: p.id.clone(),
                text: p.text.clone(),
                refs: p.links.iter().map(|l| l.reference.clone()).collect(),
            })
            .collect()
    }

    /// Priority `id`, to change.
    pub fn priority_mut(&mut self, id: &str) -> Option<&mut WsPriority> {
        self.priorities.iter_mut().find(|p| p.id == id)
    }

    /// Links `priority` to `r` (no effect if already linked). Returns true
    /// if and only if a link was added.
    pub fn link(&mut self, priority: &str, r: Ref) -> bool {
        let Some(p) = self.priority_mut(priority) else {
            return false;
        };
        if p.links.iter().any(|l| l.reference == r) {
            return false;
        }
        p.links.push(WsLink {
            reference: r,
            note: String::new(),
        });
        true
    }

    /// Removes the link from `priority` to `r`. Returns true if and only if
    /// there was one.
    pub fn unlink(&mut self, priority: &str, r: &Ref) -> bool {
        let Some(p) = self.priority_mut(priority) else {
            return false;
        };
        let before = p.links.len();
        p.links.retain(|l| &l.reference != r);
        p.links.len() != before
    }

    /// Sets the note on the link from `priority` to `r`.
    pub fn set_note(&mut self, priority: &str, r: &Ref, note: String) {
        if let Some(l) = self
            .priority_mut(priority)
            .and_then(|p| p.links.iter_mut().find(|l| &l.reference == r))
        {
            l.note = note;
        }
    }

    /// The CSV export.
    pub fn to_csv(&self) -> String {
        let mut out = csv::write_row(&CSV_HEADER);
        for p in &self.priorities {
            let source = p.source.clone().unwrap_or_default();
            if p.links.is_empty() {
                out.push_str(&csv::write_row(&[
                    cell(&p.id),
                    cell(&p.text),
                    cell(&source),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]));
            }
            for l in &p.links {
                let text = reference().text(&l.reference).unwrap_or_default();
                out.push_str(&csv::write_row(&[
                    cell(&p.id),
                    cell(&p.text),
                    cell(&source),
                    l.reference.kind_name().to_string(),
                    l.reference.to_string(),
                    cell(text),
                    cell(&l.note),
                ]));
            }
        }
        out
    }

    /// The JSON export (also how a workspace is stored in the browser).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_file()).unwrap_or_default()
    }

    /// The JSON file's content, for any JSON writer.
    pub fn to_file(&self) -> WorkspaceFile {
        WorkspaceFile {
            format: Some(JSON_FORMAT.to_string()),
            version: Some(JSON_VERSION),
            name: Some(self.name.clone()),
            priorities: Some(
                self.priorities
                    .iter()
                    .map(|p| FilePriority {
                        id: Some(p.id.clone()),
                        text: Some(p.text.clone()),
                        source: p.source.clone(),
                        links: p
                            .links
                            .iter()
                            .map(|l| FileLink {
                                reference: Some(l.reference.to_string()),
                                official_text: reference().text(&l.reference).map(str::to_string),
                                note: Some(l.note.clone()),
                            })
                            .collect(),
                    })
                    .collect(),
            ),
        }
    }

    /// Reads a workspace JSON file (an export, or a stored workspace).
    pub fn from_json(text: &str) -> Result<Workspace, ImportError> {
        let file: WorkspaceFile = serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let message = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(m, _)| m);
            let what = if e.is_data() {
                "not a CCA Migration Lab workspace file"
            } else {
                "not valid JSON"
            };
            err(e.line(), e.column(), format!("{what}: {message}"))
        })?;
        Workspace::from_file(file)
    }

    /// Checks a workspace JSON file's content, read by any JSON reader.
    pub fn from_file(file: WorkspaceFile) -> Result<Workspace, ImportError> {
        if file.format.as_deref() != Some(JSON_FORMAT) {
            return Err(err(
                0,
                0,
                format!(
                    "this is not a CCA Migration Lab workspace (its `format` is not \"{JSON_FORMAT}\")"
                ),
            ));
        }
        match file.version {
            Some(JSON_VERSION) => {}
            Some(v) if v > JSON_VERSION => {
                return Err(err(
                    0,
                    0,
                    format!(
                        "this workspace was saved by a newer CCA Migration Lab (version {v}); update the app to open it"
                    ),
                ));
            }
            _ => {
                return Err(err(
                    0,
                    0,
                    format!("the workspace has no valid `version` (expected {JSON_VERSION})"),
                ));
            }
        }
        let Some(items) = file.priorities else {
            return Err(err(0, 0, "the workspace has no `priorities` list"));
        };
        let mut ws = Workspace::new(file.name.unwrap_or_default());
        for (i, item) in items.into_iter().enumerate() {
            let at = |what: &str| format!("priorities[{i}]{what}");
            let id = item
                .id
                .filter(|s| !s.trim().is_empty())
                .ok_or_else(|| err(0, 0, format!("{}: no `id`", at(""))))?;
            let text = item
                .text
                .filter(|s| !s.trim().is_empty())
                .ok_or_else(|| err(0, 0, format!("{}: no `text`", at(""))))?;
            let mut p = WsPriority {
                id,
                text,
                source: item.source.filter(|s| !s.is_empty()),
                links: Vec::new(),
            };
            for (j, link) in item.links.into_iter().enumerate() {
                let r = resolve(link.reference.as_deref().unwrap_or(""))
                    .map_err(|m| err(0, 0, format!("{}: {m}", at(&format!(".links[{j}].ref")))))?;
                if !p.links.iter().any(|l| l.reference == r) {
                    p.links.push(WsLink {
                        reference: r,
                        note: link.note.unwrap_or_default(),
                    });
                }
            }
            if ws.priorities.iter().any(|q| q.id == p.id) {
                return Err(err(
                    0,
                    0,
                    format!("{}: the id `{}` is used twice", at(""), p.id),
                ));
            }
            ws.priorities.push(p);
        }
        Ok(ws)
    }

    /// Reads an uploaded or pasted file: a workspace JSON, a CSV export, a
    /// CSV list of priorities, or plain text with one priority per line.
    /// `name` names the workspace when the file does not; `kind` says what
    /// the file is, when known (from its name).
    pub fn import(name: &str, text: &str, kind: ImportKind) -> Result<Workspace, Vec<ImportError>> {
        Workspace::import_with(name, text, kind, &Workspace::from_json)
    }

    /// [`Workspace::import`] with the JSON read by `read_json` (the browser
    /// passes its own parser, so the app does not ship a second one).
    pub fn import_with(
        name: &str,
        text: &str,
        kind: ImportKind,
        read_json: &dyn Fn(&str) -> Result<Workspace, ImportError>,
    ) -> Result<Workspace, Vec<ImportError>> {
        let trimmed = text.trim_start_matches('\u{feff}').trim_start();
        match kind {
            ImportKind::Csv => return from_csv(name, text),
            ImportKind::Lines => return Ok(from_lines(name, text)),
            ImportKind::Json | ImportKind::Auto => {}
        }
        if kind == ImportKind::Json || trimmed.starts_with('{') {
            // The whole text, so that error positions count every line.
            return read_json(text.trim_start_matches('\u{feff}'))
                .map(|mut w| {
                    if w.name.is_empty() {
                        w.name = name.to_string();
                    }
                    w
                })
                .map_err(|e| vec![e]);
        }
        let first_line = trimmed.lines().next().unwrap_or("").to_lowercase();
        let looks_csv = first_line.contains(',')
            && ["priority_id", "text", "priority", "code"].iter().any(|h| {
                first_line
                    .split(',')
                    .any(|c| c.trim().trim_matches('"') == *h)
            });
        if looks_csv {
            from_csv(name, text)
        } else {
            Ok(from_lines(name, text))
        }
    }
}

/// The workspace JSON file as written, every field optional so that a
/// file missing one is reported clearly rather than refused by the reader.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceFile {
    /// Always `cca-lab-workspace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The file version, [`JSON_VERSION`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    /// The workspace name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The priorities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priorities: Option<Vec<FilePriority>>,
}

/// A priority in a workspace JSON file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FilePriority {
    /// Its id.
    #[serde(default)]
    pub id: Option<String>,
    /// Its text.
    #[serde(default)]
    pub text: Option<String>,
    /// Its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Its links.
    #[serde(default)]
    pub links: Vec<FileLink>,
}

/// A link in a workspace JSON file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileLink {
    /// The reference, e.g. `sdg:10.7`.
    #[serde(rename = "ref", default)]
    pub reference: Option<String>,
    /// The official text, for readers; ignored on import.
    #[serde(default)]
    pub official_text: Option<String>,
    /// The analyst's note.
    #[serde(default)]
    pub note: Option<String>,
}

/// A cell safe to open in a spreadsheet (see the module docs).
fn cell(s: &str) -> String {
    if is_formula_like(s) || s.strip_prefix('\'').is_some_and(is_guarded) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The cell's text with the spreadsheet guard removed.
fn uncell(s: &str) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if is_guarded(rest) => rest.to_string(),
        _ => s.to_string(),
    }
}

/// Whether a spreadsheet would run `s` as a formula.
fn is_formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Whether `s` is formula-like after any number of leading `'`. A text that
/// itself starts with `'` and then looks like a formula (`'=x`) gets one
/// more `'` on export, so that the import, which removes one, gives it back.
fn is_guarded(s: &str) -> bool {
    is_formula_like(s.trim_start_matches('\''))
}

/// Parses and checks a reference typed in a file.
fn resolve(code: &str) -> Result<Ref, String> {
    let r = Ref::parse(code.trim()).map_err(|e| e.to_string())?;
    if reference().contains(&r) {
        return Ok(r);
    }
    let hint = match &r {
        Ref::Gcm(_) => Some("the GCM has 23 objectives, gcm:1 to gcm:23".to_string()),
        Ref::Goal(_) => Some("there are 17 goals, sdg:1 to sdg:17".to_string()),
        _ => did_you_mean(&reference().near(&r)),
    };
    Err(match hint {
        Some(h) => format!("unknown {} {r} — {h}", r.kind_name()),
        None => format!("unknown {} {r}", r.kind_name()),
    })
}

/// Plain text: one priority per non-blank line, ids `p1`, `p2`, …
fn from_lines(name: &str, text: &str) -> Workspace {
    let priorities = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, l)| WsPriority {
            id: format!("p{}", i + 1),
            text: l.to_string(),
            source: None,
            links: Vec::new(),
        })
        .collect();
    Workspace {
        name: name.to_string(),
        priorities,
    }
}

fn from_csv(name: &str, text: &str) -> Result<Workspace, Vec<ImportError>> {
    let records = csv::read(text).map_err(|e| vec![err(e.line, e.column, e.message)])?;
    let mut records = records
        .into_iter()
        .filter(|r| !(r.fields.len() == 1 && r.fields[0].text.trim().is_empty()));
    let Some(header) = records.next() else {
        return Err(vec![err(0, 0, "the file is empty")]);
    };
    let names: Vec<String> = header
        .fields
        .iter()
        .map(|f| f.text.trim().to_lowercase())
        .collect();
    let col = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
    // Rows of the wrong length are reported (where the first missing or
    // extra field is) and left out, so that every other problem is found too.
    let mut errors = Vec::new();
    let rows: Vec<Record> = records
        .filter(|r| {
            let n = r.fields.len();
            if n == names.len() {
                return true;
            }
            let (line, column) = match r.fields.get(names.len()) {
                Some(extra) => (extra.line, extra.column),
                None => r
                    .fields
                    .last()
                    .map_or((r.line, 1), |f| (f.line, f.column + f.text.chars().count())),
            };
            errors.push(err(
                line,
                column,
                format!("{n} fields, but the header has {}", names.len()),
            ));
            false
        })
        .collect();
    let get = |r: &Record, c: Option<usize>| -> Option<Field> {
        c.and_then(|c| r.fields.get(c).cloned())
    };
    let mut ws = Workspace::new(name);
    if let Some(code_col) = col(&["code"]) {
        // The CSV export: one row per link.
        let (Some(id_col), Some(text_col)) = (col(&["priority_id"]), col(&["priority_text"]))
        else {
            return Err(vec![err(
                header.line,
                0,
                "the header has `code` but not both `priority_id` and `priority_text`; export the workspace again or use a list with a `text` column",
            )]);
        };
        let (source_col, note_col) = (col(&["source"]), col(&["note"]));
        for r in &rows {
            let mut id = get(r, Some(id_col)).unwrap_or_else(|| Field {
                text: String::new(),
                line: r.line,
                column: 1,
            });
            // The export guards ids like every other cell.
            id.text = uncell(&id.text);
            let text = get(r, Some(text_col))
                .map(|f| uncell(&f.text))
                .unwrap_or_default();
            if id.text.trim().is_empty() {
                errors.push(err(id.line, id.column, "the priority has no id"));
                continue;
            }
            let source = get(r, source_col)
                .map(|f| uncell(&f.text))
                .filter(|s| !s.is_empty());
            let existing = ws.priorities.iter().position(|p| p.id == id.text);
            let index = match existing {
                Some(i) => {
                    if ws.priorities[i].text != text {
                        errors.push(err(
                            r.line,
                            0,
                            format!(
                                "priority `{}` has a different text than on its earlier rows",
                                id.text
                            ),
                        ));
                    }
                    i
                }
                None => {
                    if text.trim().is_empty() {
                        errors.push(err(
                            r.line,
                            0,
                            format!("priority `{}` has no text", id.text),
                        ));
                    }
                    ws.priorities.push(WsPriority {
                        id: id.text.clone(),
                        text,
                        source,
                        links: Vec::new(),
                    });
                    ws.priorities.len() - 1
                }
            };
            let Some(code) = get(r, Some(code_col)) else {
                continue;
            };
            if code.text.trim().is_empty() {
                continue;
            }
            match resolve(&code.text) {
                Ok(reference) => {
                    let note = get(r, note_col)
                        .map(|f| uncell(&f.text))
                        .unwrap_or_default();
                    let p = &mut ws.priorities[index];
                    if p.links.iter().any(|l| l.reference == reference) {
                        errors.push(err(
                            code.line,
                            code.column,
                            format!("{reference} is linked to priority `{}` twice", p.id),
                        ));
                    } else {
                        p.links.push(WsLink { reference, note });
                    }
                }
                Err(m) => errors.push(err(code.line, code.column, m)),
            }
        }
    } else {
        // A list of priorities.
        let Some(text_col) = col(&["text", "priority", "priority_text"]) else {
            return Err(vec![err(
                header.line,
                0,
                "the header has no `text` column; name the column holding the priorities `text` (optional columns: `id`, `source`)",
            )]);
        };
        let (id_col, source_col) = (col(&["id", "priority_id"]), col(&["source"]));
        for (i, r) in rows.iter().enumerate() {
            let text = get(r, Some(text_col))
                .map(|f| uncell(&f.text))
                .unwrap_or_default();
            if text.trim().is_empty() {
                continue;
            }
            let id = get(r, id_col)
                .map(|f| f.text.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| format!("p{}", i + 1));
            if ws.priorities.iter().any(|p| p.id == id) {
                let place = get(r, id_col).map_or((r.line, 0), |f| (f.line, f.column));
                errors.push(err(
                    place.0,
                    place.1,
                    format!("the id `{id}` is used twice"),
                ));
                continue;
            }
            let source = get(r, source_col)
                .map(|f| uncell(&f.text))
                .filter(|s| !s.is_empty());
            ws.priorities.push(WsPriority {
                id,
                text: text.trim().to_string(),
                source,
                links: Vec::new(),
            });
        }
    }
    errors.sort_by_key(|e| (e.line, e.column));
    if errors.is_empty() {
        Ok(ws)
    } else {
        Err(errors)
    }
}

#[cfg(all(test, feature = "embedded-data"))]
mod tests {
    use super::*;

    fn sample() -> Workspace {
        let mut ws = Workspace::new("Ardenia NDP");
        ws.priorities = vec![
            WsPriority {
                id: "p1".into(),
                text: "Lower the cost of sending remittances".into(),
                source: Some("NDP, pillar 3".into()),
                links: Vec::new(),
            },
            WsPriority {
                id: "p2".into(),
                text: "=Ethical recruitment, \"fair\" fees".into(),
                source: None,
                links: Vec::new(),
            },
            WsPriority {
                id: "p3".into(),
                text: "Road safety".into(),
                source: None,
                links: Vec::new(),
            },
        ];
        ws.link("p1", Ref::Gcm(20));
        ws.link("p1", Ref::parse("sdg:10.c").unwrap());
        ws.set_note(
            "p1",
            &Ref::Gcm(20),
            "remittance costs, line 2\nsee annex".into(),
        );
        ws.link("p2", Ref::Gcm(6));
        ws.link("p2", Ref::parse("sdg:10.7.1").unwrap());
        ws
    }

    #[test]
    fn csv_round_trip_is_exact() {
        let ws = sample();
        let csv = ws.to_csv();
        assert!(
            csv.starts_with(
                "priority_id,priority_text,source,framework,code,official_text,note\r\n"
            )
        );
        assert!(csv.contains(
            "p1,Lower the cost of sending remittances,\"NDP, pillar 3\",GCM objective,gcm:20,"
        ));
        assert!(
            csv.contains("p2,\"'=Ethical recruitment, \"\"fair\"\" fees\""),
            "formula guard: {csv}"
        );
        assert!(csv.contains("p3,Road safety,,,,,\r\n"));
        let back = Workspace::import("Ardenia NDP", &csv, ImportKind::Auto).unwrap();
        assert_eq!(back, ws);
    }

    #[test]
    fn json_round_trip_is_exact() {
        let ws = sample();
        let json = ws.to_json();
        assert!(json.contains("\"format\": \"cca-lab-workspace\""));
        assert!(json.contains(
            "\"official_text\": \"Promote faster, safer and cheaper transfer of remittances"
        ));
        assert_eq!(
            Workspace::import("other name", &json, ImportKind::Auto).unwrap(),
            ws
        );
    }

    #[test]
    fn pasted_lines_and_priority_lists() {
        let ws = Workspace::import(
            "w",
            "Lower remittance costs\n\n  Fair recruitment  \n",
            ImportKind::Auto,
        )
        .unwrap();
        assert_eq!(
            ws.priorities
                .iter()
                .map(|p| (p.id.as_str(), p.text.as_str()))
                .collect::<Vec<_>>(),
            [("p1", "Lower remittance costs"), ("p2", "Fair recruitment")]
        );
        let ws = Workspace::import(
            "w",
            "id,text,source\n1.1,\"Jobs, skills\",Pillar 1\n1.2,Health,\n",
            ImportKind::Auto,
        )
        .unwrap();
        assert_eq!(
            ws.priorities[0],
            WsPriority {
                id: "1.1".into(),
                text: "Jobs, skills".into(),
                source: Some("Pillar 1".into()),
                links: Vec::new()
            }
        );
        assert_eq!(ws.priorities[1].source, None);
        let ws = Workspace::import("w", "Priority\nA\nB\n", ImportKind::Csv)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(ws.priorities.len(), 2);
    }

    #[test]
    fn bad_files_name_line_and_column() {
        let cases: &[(&str, &[&str])] = &[
            (
                "priority_id,priority_text,source,framework,code,official_text,note\np1,x,,,sdg:10.7.9,,\n",
                &[
                    "line 2, column 8: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
                ],
            ),
            (
                "priority_id,priority_text,source,framework,code,official_text,note\np1,x,,,gcm:24,,\np2,y\n",
                &[
                    "line 2, column 8: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
                    "line 3, column 5: 2 fields, but the header has 7",
                ],
            ),
            (
                "priority_id,priority_text,source,framework,code,official_text,note\np1,x,,,gcm:24,,\n",
                &[
                    "line 2, column 8: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
                ],
            ),
            (
                "priority_id,priority_text,source,framework,code,official_text,note\np1,x,,,gcm:6,,\np1,changed,,,gcm:7,,\n",
                &["line 3: priority `p1` has a different text than on its earlier rows"],
            ),
            (
                "id,text\na,\"open\n",
                &["line 2, column 3: this quoted field is never closed"],
            ),
            (
                "id,title\na,b\n",
                &[
                    "line 1: the header has no `text` column; name the column holding the priorities `text` (optional columns: `id`, `source`)",
                ],
            ),
            (
                "id,text\na,x\na,y\n",
                &["line 3, column 1: the id `a` is used twice"],
            ),
            (
                "{\"format\":\"cca-lab-workspace\",\"version\":9,\"priorities\":[]}",
                &[
                    "this workspace was saved by a newer CCA Migration Lab (version 9); update the app to open it",
                ],
            ),
            (
                "{\"format\":\"other\"}",
                &[
                    "this is not a CCA Migration Lab workspace (its `format` is not \"cca-lab-workspace\")",
                ],
            ),
            (
                "{\"format\":\"cca-lab-workspace\",\"version\":1,\"priorities\":[{\"id\":\"p\",\"text\":\"t\",\"links\":[{\"ref\":\"sdg10\"}]}]}",
                &[
                    "priorities[0].links[0].ref: `sdg10` is not a reference: it has no `gcm:` or `sdg:` prefix (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)",
                ],
            ),
            (
                "{\"format\": 1}",
                &[
                    "line 1, column 12: not a CCA Migration Lab workspace file: invalid type: integer `1`, expected a string",
                ],
            ),
            (
                "{\"format\": \"cca-lab-workspace\",",
                &["line 1, column 31: not valid JSON: EOF while parsing a value"],
            ),
        ];
        for (text, expected) in cases {
            let kind = if text.starts_with('{') {
                ImportKind::Auto
            } else {
                ImportKind::Csv
            };
            let got: Vec<String> = Workspace::import("w", text, kind)
                .unwrap_err()
                .iter()
                .map(ToString::to_string)
                .collect();
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn kinds_from_file_names() {
        assert_eq!(ImportKind::from_file_name("Plan.CSV"), ImportKind::Csv);
        assert_eq!(ImportKind::from_file_name("w.json"), ImportKind::Json);
        assert_eq!(ImportKind::from_file_name("list.txt"), ImportKind::Lines);
        assert_eq!(ImportKind::from_file_name("pasted"), ImportKind::Auto);
        // A pasted list with a comma in the first line is still a list.
        let ws =
            Workspace::import("w", "Jobs, skills and growth\nHealth\n", ImportKind::Auto).unwrap();
        assert_eq!(ws.priorities.len(), 2);
    }

    #[test]
    fn linking_and_unlinking() {
        let mut ws = sample();
        assert!(!ws.link("p1", Ref::Gcm(20)), "already linked");
        assert!(ws.unlink("p1", &Ref::Gcm(20)));
        assert!(!ws.unlink("p1", &Ref::Gcm(20)));
        assert!(!ws.link("nope", Ref::Gcm(1)));
        assert_eq!(ws.mapped()[0].refs, [Ref::parse("sdg:10.c").unwrap()]);
    }
}
