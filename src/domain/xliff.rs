//! XLIFF 1.2 files for translators: writing and reading.
//!
//! XLIFF 1.2 is the exchange format every computer-assisted translation tool
//! opens as it is (Trados, memoQ, Phrase, OmegaT, Weblate, Crowdin…): source
//! and target side by side, one `<trans-unit>` per text, with ids a tool
//! keeps and notes it shows. A CSV would need a column mapping in each tool,
//! has no standard place for the language pair or the state of a
//! translation, and breaks on line breaks in cells.
//!
//! One `<file>` per curriculum file, named by its path inside the language
//! folder (`about.toml`, `gcm.toml`, `gcm/compact.md`); one `<trans-unit>` per
//! unit of [`crate::domain::translation`]. The reader takes what tools write
//! back: `<group>`s, `<seg-source>`, `<mrk>` and `<g>` inside targets (their
//! text is kept), notes and alternatives (ignored). Placeholders (`<x/>`,
//! `<ph>`…) cannot come from these files and are refused.

use std::fmt;

/// The namespace of XLIFF 1.2.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// An XLIFF document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Xliff {
    /// Its `<file>` elements.
    pub files: Vec<XFile>,
}

/// One `<file>`: one curriculum file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct XFile {
    /// `original`: the path inside the language folder.
    pub original: String,
    /// `source-language`.
    pub source_language: String,
    /// `target-language`, if given.
    pub target_language: Option<String>,
    /// A note for translators in the header (the curriculum and version).
    pub note: Option<String>,
    /// Its units, in order.
    pub units: Vec<XUnit>,
    /// The line of the `<file>` tag (when read).
    pub line: usize,
}

/// One `<trans-unit>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct XUnit {
    /// `id`.
    pub id: String,
    /// The source text.
    pub source: String,
    /// The target text, if there is a `<target>`.
    pub target: Option<String>,
    /// A note for translators (written only).
    pub note: Option<String>,
    /// The line of the `<trans-unit>` tag (when read).
    pub line: usize,
}

/// A problem reading an XLIFF file: where, what, and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct XliffError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl fmt::Display for XliffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {} — {}",
            self.line, self.column, self.message, self.hint
        )
    }
}

fn escape(s: &str, attr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes `x` as XLIFF 1.2.
pub fn write(x: &Xliff) -> String {
    let mut o = String::new();
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.push_str(&format!("<xliff version=\"1.2\" xmlns=\"{XLIFF_NS}\">\n"));
    for f in &x.files {
        o.push_str(&format!(
            "  <file original=\"{}\" source-language=\"{}\"",
            escape(&f.original, true),
            escape(&f.source_language, true)
        ));
        if let Some(t) = &f.target_language {
            o.push_str(&format!(" target-language=\"{}\"", escape(t, true)));
        }
        let datatype = if f.original.ends_with(".md") {
            "x-markdown"
        } else {
            "x-toml"
        };
        o.push_str(&format!(" datatype=\"{datatype}\">\n"));
        o.push_str(
            "    <header>\n      <tool tool-id=\"cca-lab\" tool-name=\"CCA Migration Lab\"/>\n",
        );
        if let Some(n) = &f.note {
            o.push_str(&format!("      <note>{}</note>\n", escape(n, false)));
        }
        o.push_str("    </header>\n    <body>\n");
        for u in &f.units {
            o.push_str(&format!(
                "      <trans-unit id=\"{}\" xml:space=\"preserve\">\n        <source>{}</source>\n",
                escape(&u.id, true),
                escape(&u.source, false)
            ));
            if let Some(t) = &u.target {
                o.push_str(&format!(
                    "        <target state=\"translated\">{}</target>\n",
                    escape(t, false)
                ));
            }
            if let Some(n) = &u.note {
                o.push_str(&format!("        <note>{}</note>\n", escape(n, false)));
            }
            o.push_str("      </trans-unit>\n");
        }
        o.push_str("    </body>\n  </file>\n");
    }
    o.push_str("</xliff>\n");
    o
}

/// A parsed XML element.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    line: usize,
    column: usize,
}

#[derive(Debug)]
enum Node {
    Text(String),
    Element(Element),
}

impl Element {
    fn local(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(&self.name)
    }
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }
}

/// A small XML reader: elements, attributes, text, entities, character
/// references, CDATA, comments, processing instructions and a DOCTYPE
/// without an internal subset.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn position(&self, offset: usize) -> (usize, usize) {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        (line, col)
    }

    fn err(
        &self,
        offset: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> XliffError {
        let (line, column) = self.position(offset);
        XliffError {
            line,
            column,
            message: message.into(),
            hint: hint.into(),
        }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn skip_ws(&mut self) {
        let r = self.rest();
        self.pos += r.len() - r.trim_start().len();
    }

    /// Skips `<?…?>`, `<!--…-->` and `<!DOCTYPE…>` at the current place.
    fn skip_misc(&mut self) -> Result<bool, XliffError> {
        let r = self.rest();
        let (open, close) = if r.starts_with("<?") {
            ("<?", "?>")
        } else if r.starts_with("<!--") {
            ("<!--", "-->")
        } else if r.starts_with("<!DOCTYPE") {
            if r[..r.find('>').unwrap_or(r.len())].contains('[') {
                return Err(self.err(
                    self.pos,
                    "the DOCTYPE has an internal subset",
                    "remove the DOCTYPE declaration; XLIFF needs none",
                ));
            }
            ("<!DOCTYPE", ">")
        } else {
            return Ok(false);
        };
        match r[open.len()..].find(close) {
            Some(i) => {
                self.pos += open.len() + i + close.len();
                Ok(true)
            }
            None => Err(self.err(
                self.pos,
                format!("`{open}` is never closed"),
                format!("close it with `{close}`"),
            )),
        }
    }

    fn name(&mut self) -> Result<String, XliffError> {
        let r = self.rest();
        let len = r
            .find(|c: char| c.is_whitespace() || matches!(c, '>' | '/' | '=' | '<'))
            .unwrap_or(r.len());
        if len == 0 {
            return Err(self.err(
                self.pos,
                "a tag or attribute name is missing here",
                "write `<name …>`; a `<` inside text must be written `&lt;`",
            ));
        }
        self.pos += len;
        Ok(r[..len].to_string())
    }

    fn decode(&self, raw: &str, at: usize) -> Result<String, XliffError> {
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        let mut offset = at;
        while let Some(i) = rest.find('&') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let Some(end) = after.find(';').filter(|e| {
                *e > 0
                    && *e <= 10
                    && after[..*e]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '#')
            }) else {
                return Err(self.err(
                    offset + i,
                    "a `&` that starts no entity",
                    "write a lone `&` as `&amp;`",
                ));
            };
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            let Some(c) = c else {
                return Err(self.err(
                    offset + i,
                    format!("unknown entity `&{name};`"),
                    "XML knows &amp; &lt; &gt; &quot; &apos; and numeric references such as &#233;",
                ));
            };
            out.push(c);
            offset += i + 1 + end + 1;
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Reads the element starting at `<`.
    fn element(&mut self, depth: usize) -> Result<Element, XliffError> {
        if depth > 64 {
            return Err(self.err(
                self.pos,
                "elements are nested too deeply",
                "XLIFF from CCA Migration Lab is nested a few levels at most",
            ));
        }
        let start = self.pos;
        let (line, column) = self.position(start);
        self.pos += 1;
        let name = self.name()?;
        let mut attrs = Vec::new();
        loop {
            self.skip_ws();
            let r = self.rest();
            if r.starts_with("/>") {
                self.pos += 2;
                return Ok(Element {
                    name,
                    attrs,
                    children: Vec::new(),
                    line,
                    column,
                });
            }
            if r.starts_with('>') {
                self.pos += 1;
                break;
            }
            if r.is_empty() {
                return Err(self.err(
                    start,
                    format!("the tag <{name}> is never closed"),
                    "end it with `>`",
                ));
            }
            let at = self.pos;
            let key = self.name()?;
            self.skip_ws();
            if !self.rest().starts_with('=') {
                return Err(self.err(
                    at,
                    format!("attribute `{key}` of <{name}> has no value"),
                    format!("write {key}=\"…\""),
                ));
            }
            self.pos += 1;
            self.skip_ws();
            let q = self.rest().chars().next();
            let Some(q @ ('"' | '\'')) = q else {
                return Err(self.err(
                    self.pos,
                    format!("the value of `{key}` is not quoted"),
                    format!("write {key}=\"…\""),
                ));
            };
            let vstart = self.pos + 1;
            let Some(len) = self.text[vstart..].find(q) else {
                return Err(self.err(
                    self.pos,
                    format!("the value of `{key}` is never closed"),
                    format!("end it with {q}"),
                ));
            };
            let raw = &self.text[vstart..vstart + len];
            if raw.contains('<') {
                return Err(self.err(
                    vstart,
                    format!("`<` inside the value of `{key}`"),
                    "write it as `&lt;`",
                ));
            }
            let value = self.decode(raw, vstart)?;
            self.pos = vstart + len + 1;
            if attrs.iter().any(|(k, _)| *k == key) {
                return Err(self.err(
                    at,
                    format!("attribute `{key}` appears twice in <{name}>"),
                    "keep one",
                ));
            }
            attrs.push((key, value));
        }
        let mut children = Vec::new();
        loop {
            let r = self.rest();
            if r.is_empty() {
                return Err(self.err(
                    start,
                    format!("<{name}> is never closed"),
                    format!("add </{name}> where it ends"),
                ));
            }
            if let Some(after) = r.strip_prefix("</") {
                let at = self.pos;
                let end = after.find('>').unwrap_or(after.len());
                let closing = after[..end].trim();
                if closing != name {
                    return Err(self.err(
                        at,
                        format!("</{closing}> closes <{name}> (opened on line {line})"),
                        format!("close <{name}> with </{name}>, or check for a missing or extra tag before here"),
                    ));
                }
                self.pos += 2 + end + 1;
                return Ok(Element {
                    name,
                    attrs,
                    children,
                    line,
                    column,
                });
            }
            if let Some(after) = r.strip_prefix("<![CDATA[") {
                let Some(end) = after.find("]]>") else {
                    return Err(self.err(
                        self.pos,
                        "a CDATA section is never closed",
                        "end it with `]]>`",
                    ));
                };
                children.push(Node::Text(after[..end].to_string()));
                self.pos += 9 + end + 3;
                continue;
            }
            if self.skip_misc()? {
                continue;
            }
            if r.starts_with('<') {
                children.push(Node::Element(self.element(depth + 1)?));
                continue;
            }
            let len = r.find('<').unwrap_or(r.len());
            let text = self.decode(&r[..len], self.pos)?;
            children.push(Node::Text(text));
            self.pos += len;
        }
    }

    fn document(&mut self) -> Result<Element, XliffError> {
        if self.text.starts_with('\u{feff}') {
            self.pos = 3;
        }
        loop {
            self.skip_ws();
            if !self.skip_misc()? {
                break;
            }
        }
        if !self.rest().starts_with('<') {
            return Err(self.err(
                self.pos,
                "this is not an XML file",
                "give the .xlf file that `cca-lab export-strings` wrote, translated",
            ));
        }
        let root = self.element(0)?;
        loop {
            self.skip_ws();
            if !self.skip_misc()? {
                break;
            }
        }
        if !self.rest().is_empty() {
            return Err(self.err(
                self.pos,
                "text after the end of <xliff>",
                "remove it; the file must end with </xliff>",
            ));
        }
        Ok(root)
    }
}

/// The text of an element for a target or source: its text and the text of
/// `<g>` and `<mrk>` inside it.
fn text_of(e: &Element) -> Result<String, XliffError> {
    let mut out = String::new();
    for n in &e.children {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) if matches!(c.local(), "g" | "mrk") => out.push_str(&text_of(c)?),
            Node::Element(c) => {
                return Err(XliffError {
                    line: c.line,
                    column: c.column,
                    message: format!("<{}> inside <{}>", c.name, e.local()),
                    hint: "these texts have no placeholders or inline codes: remove the tag and keep its text".into(),
                });
            }
        }
    }
    Ok(out)
}

/// Reads an XLIFF 1.2 document.
pub fn read(text: &str) -> Result<Xliff, XliffError> {
    let mut r = Reader { text, pos: 0 };
    let root = r.document()?;
    let at = |e: &Element, message: String, hint: &str| XliffError {
        line: e.line,
        column: e.column,
        message,
        hint: hint.to_string(),
    };
    if root.local() != "xliff" {
        return Err(at(
            &root,
            format!("the root element is <{}>, not <xliff>", root.name),
            "give the .xlf file that `cca-lab export-strings` wrote",
        ));
    }
    match root.attr("version") {
        Some("1.2") => {}
        other => {
            return Err(at(
                &root,
                format!(
                    "this is XLIFF version {}, not 1.2",
                    other.unwrap_or("(none given)")
                ),
                "save or export the file as XLIFF 1.2 in your translation tool",
            ));
        }
    }
    let mut x = Xliff::default();
    for f in root.elements().filter(|e| e.local() == "file") {
        let original = f.attr("original").ok_or_else(|| {
            at(
                f,
                "<file> has no `original`".into(),
                "keep the `original` attribute as exported: it names the curriculum file",
            )
        })?;
        let source_language = f.attr("source-language").ok_or_else(|| {
            at(
                f,
                "<file> has no `source-language`".into(),
                "keep the attribute as exported",
            )
        })?;
        let mut file = XFile {
            original: original.to_string(),
            source_language: source_language.to_string(),
            target_language: f.attr("target-language").map(str::to_string),
            note: None,
            units: Vec::new(),
            line: f.line,
        };
        let Some(body) = f.elements().find(|e| e.local() == "body") else {
            return Err(at(
                f,
                format!("<file original=\"{original}\"> has no <body>"),
                "keep the <body> with its <trans-unit>s as exported",
            ));
        };
        fn collect<'e>(e: &'e Element, out: &mut Vec<&'e Element>) {
            for c in e.elements() {
                match c.local() {
                    "trans-unit" => out.push(c),
                    "group" => collect(c, out),
                    _ => {}
                }
            }
        }
        let mut units: Vec<&Element> = Vec::new();
        collect(body, &mut units);
        for u in units {
            let Some(id) = u.attr("id") else {
                return Err(at(
                    u,
                    "<trans-unit> has no `id`".into(),
                    "keep the `id` attribute as exported: it says where the text goes",
                ));
            };
            let source = match u.elements().find(|e| e.local() == "source") {
                Some(s) => text_of(s)?,
                None => {
                    return Err(at(
                        u,
                        format!("<trans-unit id=\"{id}\"> has no <source>"),
                        "keep the <source> as exported",
                    ));
                }
            };
            let target = match u.elements().find(|e| e.local() == "target") {
                Some(t) => Some(text_of(t)?),
                None => None,
            };
            if file.units.iter().any(|x| x.id == id) {
                return Err(at(
                    u,
                    format!("the id `{id}` appears twice in {original}"),
                    "keep one of the two <trans-unit>s",
                ));
            }
            file.units.push(XUnit {
                id: id.to_string(),
                source,
                target,
                note: None,
                line: u.line,
            });
        }
        x.files.push(file);
    }
    if x.files.is_empty() {
        return Err(at(
            &root,
            "the file has no <file> elements".into(),
            "give the .xlf file that `cca-lab export-strings` wrote",
        ));
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Xliff {
        Xliff {
            files: vec![XFile {
                original: "gcm.toml".into(),
                source_language: "en".into(),
                target_language: Some("fr".into()),
                note: Some("starter 1.0.0".into()),
                units: vec![
                    XUnit {
                        id: "lesson[a].title".into(),
                        source: "R&D <b> \"q\"\n  two".into(),
                        target: Some("R&D <b> « q »".into()),
                        note: Some("line 3".into()),
                        line: 0,
                    },
                    XUnit {
                        id: "title".into(),
                        source: "T".into(),
                        target: None,
                        note: None,
                        line: 0,
                    },
                ],
                line: 0,
            }],
        }
    }

    #[test]
    fn written_files_read_back() {
        let text = write(&sample());
        let back = read(&text).unwrap();
        assert_eq!(back.files[0].units[0].source, "R&D <b> \"q\"\n  two");
        assert_eq!(
            back.files[0].units[0].target.as_deref(),
            Some("R&D <b> « q »")
        );
        assert_eq!(back.files[0].units[1].target, None);
        assert_eq!(back.files[0].target_language.as_deref(), Some("fr"));
        assert_eq!(back.files[0].units[1].line, 15);
    }

    #[test]
    fn what_tools_write_back_is_read() {
        let text = r#"<?xml version="1.0"?>
<!-- saved by a tool -->
<xliff version='1.2' xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.toml" source-language="en" target-language="fr" datatype="x-toml">
  <body><group id="g"><trans-unit id="title"><source>Hi</source>
   <seg-source><mrk mtype="seg" mid="1">Hi</mrk></seg-source>
   <target><mrk mtype="seg" mid="1">Sal<g id="1">ut</g> &#233;&#xE9;</mrk></target>
   <alt-trans><target>Bonjour</target></alt-trans>
  </trans-unit></group>
  <trans-unit id="b"><source><![CDATA[a<b]]></source><target/></trans-unit></body>
 </file>
</xliff>"#;
        let x = read(text).unwrap();
        let u = &x.files[0].units;
        assert_eq!(u[0].target.as_deref(), Some("Salut éé"));
        assert_eq!(u[1].source, "a<b");
        assert_eq!(u[1].target.as_deref(), Some(""));
    }

    #[test]
    fn bad_files_say_where_and_how_to_fix() {
        let good = write(&sample());
        let cases = [
            (
                good.replacen("</source>", "</sourc>", 1),
                11,
                "</sourc> closes <source>",
            ),
            (
                good.replacen("R&amp;D", "R&D", 1),
                10,
                "a `&` that starts no entity",
            ),
            (
                good.replace("version=\"1.2\"", "version=\"2.0\""),
                2,
                "XLIFF version 2.0",
            ),
            (
                good.replacen("<trans-unit id=\"title\"", "<trans-unit", 1),
                15,
                "has no `id`",
            ),
            (
                good.replacen("«", "<x id=\"1\"/>«", 1),
                12,
                "<x> inside <target>",
            ),
            (good.replace("</xliff>\n", ""), 2, "<xliff> is never closed"),
            ("hello".to_string(), 1, "not an XML file"),
        ];
        for (text, line, msg) in cases {
            let e = read(&text).unwrap_err();
            assert!(e.message.contains(msg), "{e} (wanted {msg})");
            assert_eq!(e.line, line, "{e}");
            assert!(!e.hint.is_empty());
        }
    }
}
