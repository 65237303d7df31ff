//! CSV (RFC 4180): comma-separated, `"` quoting with `""` escapes, LF or CRLF
//! line ends. Read with the place of every field, so that a bad upload is
//! reported by line and column; written with quoting where needed.
//!
//! The reference tables are read with it too ([`Table`]): they are compiled
//! in, so a malformed table is a build defect, and the unit tests in
//! `reference` parse every one.

/// One field and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The text, unquoted.
    pub text: String,
    /// 1-based line where the field starts.
    pub line: usize,
    /// 1-based column (in characters) where the field starts.
    pub column: usize,
}

/// One record (row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// 1-based line where the record starts.
    pub line: usize,
    /// Its fields.
    pub fields: Vec<Field>,
}

impl Record {
    /// The texts of its fields.
    pub fn texts(&self) -> Vec<&str> {
        self.fields.iter().map(|f| f.text.as_str()).collect()
    }
}

/// A syntax error, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Splits `text` into records. A leading byte-order mark is skipped; blank
/// lines are kept as records of one empty field (callers decide).
pub fn read(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1usize, 1usize);
    let (mut start_line, mut start_column) = (1usize, 1usize);
    let mut record_line = 1usize;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                let (open_line, open_column) = (line, column);
                column += 1;
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            column += 2;
                            field.push('"');
                        }
                        Some('"') => {
                            column += 1;
                            break;
                        }
                        Some('\n') => {
                            line += 1;
                            column = 1;
                            field.push('\n');
                        }
                        Some(ch) => {
                            column += 1;
                            field.push(ch);
                        }
                        None => {
                            return Err(CsvError {
                                line: open_line,
                                column: open_column,
                                message: "this quoted field is never closed".into(),
                            });
                        }
                    }
                }
                at_field_start = false;
                match chars.peek() {
                    Some(',') | Some('\n') | Some('\r') | None => {}
                    Some(other) => {
                        return Err(CsvError {
                            line,
                            column,
                            message: format!(
                                "`{other}` after a closing quote; quote the whole field"
                            ),
                        });
                    }
                }
            }
            ',' => {
                fields.push(Field {
                    text: std::mem::take(&mut field),
                    line: start_line,
                    column: start_column,
                });
                column += 1;
                (start_line, start_column) = (line, column);
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(Field {
                    text: std::mem::take(&mut field),
                    line: start_line,
                    column: start_column,
                });
                out.push(Record {
                    line: record_line,
                    fields: std::mem::take(&mut fields),
                });
                line += 1;
                column = 1;
                (start_line, start_column) = (line, column);
                record_line = line;
                at_field_start = true;
            }
            other => {
                field.push(other);
                column += 1;
                at_field_start = false;
            }
        }
    }
    if !at_field_start || !field.is_empty() || !fields.is_empty() {
        fields.push(Field {
            text: field,
            line: start_line,
            column: start_column,
        });
        out.push(Record {
            line: record_line,
            fields,
        });
    }
    Ok(out)
}

/// One CSV line (with its `\r\n`), quoting fields that need it.
pub fn write_row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let f = f.as_ref();
        if f.contains([',', '"', '\n', '\r']) || f.starts_with(' ') || f.ends_with(' ') {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
    out
}

/// One parsed table: the header and the data rows, each row as many fields
/// as the header has.
#[derive(Debug)]
pub(crate) struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Parses `text` with one header row; every row must have as many fields.
    pub(crate) fn parse(name: &str, text: &str) -> Result<Table, String> {
        let mut records =
            read(text).map_err(|e| format!("{name}: line {}: {}", e.line, e.message))?;
        if records.is_empty() {
            return Err(format!("{name}: no header row"));
        }
        let header: Vec<String> = records
            .remove(0)
            .fields
            .into_iter()
            .map(|f| f.text)
            .collect();
        for r in &records {
            if r.fields.len() != header.len() {
                return Err(format!(
                    "{name}: row {} has {} fields, the header has {}",
                    r.line,
                    r.fields.len(),
                    header.len()
                ));
            }
        }
        let rows = records
            .into_iter()
            .map(|r| r.fields.into_iter().map(|f| f.text).collect())
            .collect();
        Ok(Table { header, rows })
    }

    /// The index of column `name`.
    pub(crate) fn column(&self, name: &str) -> Result<usize, String> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("no column `{name}`"))
    }

    /// The data rows.
    pub(crate) fn rows(&self) -> &[Vec<String>] {
        &self.rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<Vec<String>> {
        read(text)
            .unwrap()
            .iter()
            .map(|r| r.texts().iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn quoted_fields_commas_quotes_and_newlines() {
        assert_eq!(
            texts("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n"),
            [
                vec!["a", "b"],
                vec!["x, y", "say \"hi\""],
                vec!["multi\nline", "z"]
            ]
        );
    }

    #[test]
    fn crlf_bom_and_missing_final_newline() {
        assert_eq!(
            texts("\u{feff}a,b\r\n1,2\r\n3,"),
            [vec!["a", "b"], vec!["1", "2"], vec!["3", ""]]
        );
    }

    #[test]
    fn fields_know_their_place() {
        let r = read("id,text\np1,\"two\nlines\",é\nx,y\n").unwrap();
        let at: Vec<(usize, usize, usize)> = r
            .iter()
            .flat_map(|rec| rec.fields.iter().map(move |f| (rec.line, f.line, f.column)))
            .collect();
        assert_eq!(
            at,
            [
                (1, 1, 1),
                (1, 1, 4),
                (2, 2, 1),
                (2, 2, 4),
                (2, 3, 8),
                (4, 4, 1),
                (4, 4, 3)
            ]
        );
    }

    #[test]
    fn errors_have_places() {
        assert_eq!(
            read("a\n\"open\n").unwrap_err(),
            CsvError {
                line: 2,
                column: 1,
                message: "this quoted field is never closed".into()
            }
        );
        let e = read("a,\"x\"y\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 6));
        assert_eq!(
            Table::parse("t", "a,b\n1\n").unwrap_err(),
            "t: row 2 has 1 fields, the header has 2"
        );
    }

    #[test]
    fn written_rows_read_back() {
        let fields = ["plain", "a, b", "say \"hi\"", "two\nlines", " padded ", ""];
        let line = write_row(&fields);
        assert_eq!(
            line,
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",\r\n"
        );
        assert_eq!(texts(&line), [fields.to_vec()]);
    }
}
