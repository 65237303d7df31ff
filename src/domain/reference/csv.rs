//! A small RFC 4180 reader for the reference tables embedded in the binary.
//!
//! The tables are compiled in with `include_str!`, so a malformed table is a
//! build defect, not user input: the unit tests in `reference` parse every
//! table, and a failure there names the table, row and column.

/// One parsed table: the header and the data rows, each row as many fields as
/// the header has.
#[derive(Debug)]
pub(crate) struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Parses `text` (UTF-8, comma-separated, `"` quoting with `""` escapes,
    /// LF or CRLF line ends, one header row).
    pub(crate) fn parse(name: &str, text: &str) -> Result<Table, String> {
        let mut records = records(text).map_err(|e| format!("{name}: {e}"))?;
        if records.is_empty() {
            return Err(format!("{name}: no header row"));
        }
        let header = records.remove(0);
        for (i, row) in records.iter().enumerate() {
            if row.len() != header.len() {
                return Err(format!(
                    "{name}: row {} has {} fields, the header has {}",
                    i + 2,
                    row.len(),
                    header.len()
                ));
            }
        }
        Ok(Table {
            header,
            rows: records,
        })
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

/// Splits `text` into records of fields.
fn records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1usize;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                // Quoted field: runs to the next lone quote.
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(ch) => {
                            if ch == '\n' {
                                line += 1;
                            }
                            field.push(ch);
                        }
                        None => return Err(format!("line {line}: unclosed quote")),
                    }
                }
                at_field_start = false;
                match chars.peek() {
                    Some(',') | Some('\n') | Some('\r') | None => {}
                    Some(other) => {
                        return Err(format!("line {line}: `{other}` after a closing quote"));
                    }
                }
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut record));
                at_field_start = true;
                line += 1;
            }
            other => {
                field.push(other);
                at_field_start = false;
            }
        }
    }
    if !at_field_start || !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push(record);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_commas_quotes_and_newlines() {
        let t = Table::parse("t", "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n").unwrap();
        assert_eq!(
            t.rows(),
            &[
                vec!["x, y".to_string(), "say \"hi\"".into()],
                vec!["multi\nline".into(), "z".into()]
            ]
        );
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let t = Table::parse("t", "a,b\r\n1,2\r\n3,").unwrap();
        assert_eq!(
            t.rows(),
            &[
                vec!["1".to_string(), "2".into()],
                vec!["3".into(), String::new()]
            ]
        );
    }

    #[test]
    fn ragged_rows_and_unclosed_quotes_are_errors() {
        assert_eq!(
            Table::parse("t", "a,b\n1\n").unwrap_err(),
            "t: row 2 has 1 fields, the header has 2"
        );
        assert_eq!(
            Table::parse("t", "a\n\"open\n").unwrap_err(),
            "t: line 3: unclosed quote"
        );
        assert!(Table::parse("t", "a\n\"x\"y\n").is_err());
    }
}
