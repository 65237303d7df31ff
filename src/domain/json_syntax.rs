//! Where a JSON text stops being JSON.
//!
//! The browser reads JSON with its own parser, whose error messages do not
//! always say where the problem is. When it refuses a file, this small
//! checker finds the place, so that the learner is told the line and
//! column, as for every other file the app reads.

/// The first syntax error in `text`: 1-based line, 1-based column (in
/// characters) and what was expected. `None` if `text` is valid JSON.
pub fn first_error(text: &str) -> Option<(usize, usize, String)> {
    let bytes = text.as_bytes();
    let mut p = Scanner { s: bytes, i: 0 };
    let result = p.document();
    let Err(what) = result else { return None };
    let at = p.i.min(bytes.len());
    let before = &text[..floor_char_boundary(text, at)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some((line, column, what.to_string()))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Scanner<'a> {
    s: &'a [u8],
    i: usize,
}

type Step = Result<(), &'static str>;

impl Scanner<'_> {
    /// One value, with white space around it, and nothing else.
    fn document(&mut self) -> Step {
        self.ws();
        self.value(0)?;
        self.ws();
        if self.i < self.s.len() {
            Err("nothing more after the value")
        } else {
            Ok(())
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Step {
        if depth > 256 {
            return Err("nesting too deep");
        }
        match self.peek() {
            Some(b'{') => self.container(b'}', depth, true),
            Some(b'[') => self.container(b']', depth, false),
            Some(b'"') => self.string(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err("a value (an object, array, string, number, true, false or null)"),
            None => Err("a value, but the text ends"),
        }
    }

    fn container(&mut self, close: u8, depth: usize, object: bool) -> Step {
        self.i += 1;
        self.ws();
        if self.peek() == Some(close) {
            self.i += 1;
            return Ok(());
        }
        loop {
            if object {
                if self.peek() != Some(b'"') {
                    return Err("a name in double quotes");
                }
                self.string()?;
                self.ws();
                if self.peek() != Some(b':') {
                    return Err("`:` after the name");
                }
                self.i += 1;
                self.ws();
            }
            self.value(depth + 1)?;
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                }
                Some(c) if c == close => {
                    self.i += 1;
                    return Ok(());
                }
                _ if object => return Err("`,` or `}`"),
                _ => return Err("`,` or `]`"),
            }
        }
    }

    fn string(&mut self) -> Step {
        self.i += 1;
        loop {
            match self.peek() {
                None => return Err("the closing `\"` of a string, but the text ends"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.i += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        Some(b'u') => {
                            self.i += 1;
                            for _ in 0..4 {
                                if !self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                                    return Err("four hexadecimal digits after `\\u`");
                                }
                                self.i += 1;
                            }
                        }
                        _ => return Err("an escape such as `\\\"`, `\\\\` or `\\n`"),
                    }
                }
                Some(c) if c < 0x20 => return Err("`\\n` instead of a line break inside a string"),
                Some(_) => self.i += 1,
            }
        }
    }

    fn word(&mut self, w: &[u8]) -> Step {
        if self.s[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(())
        } else {
            Err("a value (an object, array, string, number, true, false or null)")
        }
    }

    fn number(&mut self) -> Step {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let start = p.i;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.i += 1;
            }
            p.i > start
        };
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else if !digits(self) {
            return Err("a digit");
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return Err("a digit after the decimal point");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err("a digit in the exponent");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_json_has_no_error() {
        for ok in [
            "{}",
            "[]",
            " {\"a\": [1, -2.5e3, true, false, null, \"x\\n\\u00e9\"]} ",
            "\"s\"",
            "0",
        ] {
            assert_eq!(first_error(ok), None, "{ok}");
        }
    }

    #[test]
    fn errors_are_placed_and_agree_with_serde_json() {
        for (text, line, column) in [
            ("{\"a\": [oops]}", 1, 8),
            ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7),
            ("{\"a\": 1,}", 1, 9),
            ("[1, 2", 1, 6),
            ("{\"é\": x}", 1, 7),
            ("{} {}", 1, 4),
            ("{\"a\": \"line\nbreak\"}", 1, 12),
            ("", 1, 1),
        ] {
            let (l, c, _) = first_error(text).unwrap_or_else(|| panic!("{text}: no error"));
            assert_eq!((l, c), (line, column), "{text}");
            assert!(
                serde_json::from_str::<serde_json::Value>(text).is_err(),
                "{text}"
            );
        }
    }
}
