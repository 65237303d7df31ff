//! Markdown for curriculum prose, parsed into a small, safe document tree.
//!
//! Curriculum text is never handed to the browser as HTML. It is parsed here
//! (CommonMark plus tables and strikethrough) into [`Block`]s and [`Inline`]s,
//! and the app renders that tree as DOM nodes, so no curriculum text can run
//! script, whatever it contains.
//!
//! Two things are reported as errors, so that authors notice and fix them,
//! and are made harmless if a file is shown anyway:
//! - raw HTML (`<b>`, `<script>`, comments) is **escaped**: it appears as the
//!   literal text the author typed ([`Code::RawHtml`]);
//! - links and images may only point to `http:`, `https:` or `mailto:`
//!   addresses, to relative paths, to `#anchors`, or to references such as
//!   `gcm:6` and `sdg:10.7`. Anything else (`javascript:`, `data:`, …) keeps
//!   its text but loses the link ([`Code::UnsafeLink`]).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use super::diagnostic::Code;
use super::reference::{Ref, reference};

/// Parsed Markdown and the text it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Markdown {
    /// The Markdown source, as the author wrote it.
    pub source: String,
    /// The parsed document.
    pub blocks: Vec<Block>,
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// Its text.
        content: Vec<Inline>,
    },
    /// A heading, level 1–6 as written (the app shifts levels to fit the page).
    Heading {
        /// 1 to 6.
        level: u8,
        /// Its text.
        content: Vec<Inline>,
    },
    /// A bulleted (`start` is `None`) or numbered list.
    List {
        /// The first number of a numbered list.
        start: Option<u64>,
        /// The items, each a sequence of blocks.
        items: Vec<Vec<Block>>,
    },
    /// A block quote.
    Quote {
        /// The quoted blocks.
        content: Vec<Block>,
    },
    /// A code block, shown as preformatted text.
    Code {
        /// The code.
        text: String,
    },
    /// A horizontal rule.
    Rule,
    /// A table with a header row.
    Table {
        /// The header cells.
        head: Vec<Vec<Inline>>,
        /// The body rows.
        rows: Vec<Vec<Vec<Inline>>>,
    },
}

/// An inline element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text (escaped when shown).
    Text {
        /// The text.
        text: String,
    },
    /// Inline code.
    Code {
        /// The code.
        text: String,
    },
    /// Emphasis (`*x*`).
    Emphasis {
        /// The emphasised content.
        content: Vec<Inline>,
    },
    /// Strong emphasis (`**x**`).
    Strong {
        /// The content.
        content: Vec<Inline>,
    },
    /// Struck-through text (`~~x~~`).
    Strikethrough {
        /// The content.
        content: Vec<Inline>,
    },
    /// A link to a safe target.
    Link {
        /// Where it goes.
        target: LinkTarget,
        /// The link text.
        content: Vec<Inline>,
    },
    /// An image from a safe address.
    Image {
        /// The address: `http(s)://…` or relative to the Markdown file's folder.
        src: String,
        /// The alternative text.
        alt: String,
    },
    /// A hard line break.
    LineBreak,
}

/// Where a link points. Only these targets exist, so an unsafe one cannot be
/// represented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "to", rename_all = "snake_case")]
pub enum LinkTarget {
    /// An `http:`, `https:` or `mailto:` address.
    External(String),
    /// A relative path or `#anchor`.
    Relative(String),
    /// A GCM objective or SDG goal, target or indicator.
    Reference(Ref),
}

/// A problem found in Markdown, at a byte offset of its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownIssue {
    /// Byte offset in the Markdown source.
    pub offset: usize,
    /// The diagnostic code.
    pub code: Code,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

/// Classifies a link or image address.
fn classify(url: &str) -> Result<LinkTarget, String> {
    let trimmed = url.trim();
    if trimmed.starts_with("gcm:") || trimmed.starts_with("sdg:") {
        return Ref::parse(trimmed)
            .map(LinkTarget::Reference)
            .map_err(|e| e.to_string());
    }
    // A scheme is letters, digits, `+`, `-` or `.` before the first `:`, as
    // long as no `/`, `?` or `#` comes first. Browsers ignore ASCII
    // whitespace and control characters inside the scheme, so strip them
    // before deciding.
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .collect();
    let scheme_end = cleaned.find([':', '/', '?', '#']);
    match scheme_end {
        Some(i) if cleaned.as_bytes()[i] == b':' => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            if matches!(scheme.as_str(), "http" | "https" | "mailto") {
                Ok(LinkTarget::External(trimmed.to_string()))
            } else {
                Err(format!("links to `{scheme}:` addresses are not allowed"))
            }
        }
        _ if cleaned.starts_with("//") => {
            Err("protocol-relative addresses (`//host`) are not allowed".into())
        }
        _ => Ok(LinkTarget::Relative(trimmed.to_string())),
    }
}

/// Builds the tree from pulldown-cmark events.
struct Builder {
    /// Open containers: each collects blocks or inlines until its end tag.
    stack: Vec<Frame>,
    issues: Vec<MarkdownIssue>,
    /// Containers opened beyond [`MAX_DEPTH`], whose tags are ignored (their
    /// text is kept, flattened into the deepest container allowed).
    skipped: usize,
    /// Inside an HTML block: whether its problem has been reported yet.
    html_block: Option<bool>,
}

/// How deeply containers (lists, quotes, emphasis…) may nest. Deeper
/// nesting is flattened and reported: no real text needs it, and a tree of
/// unbounded depth could exhaust the stack wherever it is walked.
pub const MAX_DEPTH: usize = 32;

enum Frame {
    Blocks(Vec<Block>),
    Paragraph(Vec<Inline>),
    Heading(u8, Vec<Inline>),
    List(Option<u64>, Vec<Vec<Block>>),
    Item(Vec<Block>, Vec<Inline>),
    Quote(Vec<Block>),
    Code(String),
    Table(Vec<Vec<Inline>>, Vec<Vec<Vec<Inline>>>, bool),
    Row(Vec<Vec<Inline>>),
    Cell(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Strike(Vec<Inline>),
    /// A link; `None` when its target was refused (the text stays).
    Link(Option<LinkTarget>, Vec<Inline>),
    /// An image: its address (if safe) and the alt text gathered so far.
    Image(Option<String>, String),
}

impl Builder {
    fn push_inline(&mut self, inline: Inline) {
        match self.stack.last_mut() {
            Some(
                Frame::Paragraph(v)
                | Frame::Heading(_, v)
                | Frame::Cell(v)
                | Frame::Emphasis(v)
                | Frame::Strong(v)
                | Frame::Strike(v)
                | Frame::Link(_, v)
                | Frame::Item(_, v),
            ) => v.push(inline),
            Some(Frame::Image(_, alt)) => {
                if let Inline::Text { text } | Inline::Code { text } = &inline {
                    alt.push_str(text);
                }
            }
            Some(Frame::Code(s)) => {
                if let Inline::Text { text } = inline {
                    s.push_str(&text);
                }
            }
            // Inline content directly in a block container (e.g. raw HTML in
            // a list): wrap it in a paragraph.
            Some(Frame::Blocks(b) | Frame::Quote(b)) => b.push(Block::Paragraph {
                content: vec![inline],
            }),
            // Text whose own item was flattened away (see `MAX_DEPTH`).
            Some(Frame::List(_, items)) => items.push(vec![Block::Paragraph {
                content: vec![inline],
            }]),
            Some(Frame::Table(..) | Frame::Row(..)) | None => {}
        }
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Frame::Blocks(b) | Frame::Quote(b)) => b.push(block),
            Some(Frame::Item(b, loose)) => {
                if !loose.is_empty() {
                    b.push(Block::Paragraph {
                        content: std::mem::take(loose),
                    });
                }
                b.push(block);
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        // Merge adjacent text runs (pulldown-cmark splits at entities).
        if let Some(
            Frame::Paragraph(v)
            | Frame::Heading(_, v)
            | Frame::Cell(v)
            | Frame::Emphasis(v)
            | Frame::Strong(v)
            | Frame::Strike(v)
            | Frame::Link(_, v)
            | Frame::Item(_, v),
        ) = self.stack.last_mut()
            && let Some(Inline::Text { text: last }) = v.last_mut()
        {
            last.push_str(text);
            return;
        }
        self.push_inline(Inline::Text {
            text: text.to_string(),
        });
    }

    fn start(&mut self, tag: Tag<'_>, offset: usize) {
        let frame = match tag {
            Tag::Paragraph => Frame::Paragraph(Vec::new()),
            Tag::Heading { level, .. } => Frame::Heading(level as u8, Vec::new()),
            Tag::BlockQuote(_) => Frame::Quote(Vec::new()),
            Tag::CodeBlock(_) => Frame::Code(String::new()),
            Tag::List(start) => Frame::List(start, Vec::new()),
            Tag::Item => Frame::Item(Vec::new(), Vec::new()),
            Tag::Table(_) => Frame::Table(Vec::new(), Vec::new(), true),
            Tag::TableHead | Tag::TableRow => Frame::Row(Vec::new()),
            Tag::TableCell => Frame::Cell(Vec::new()),
            Tag::Emphasis => Frame::Emphasis(Vec::new()),
            Tag::Strong => Frame::Strong(Vec::new()),
            Tag::Strikethrough => Frame::Strike(Vec::new()),
            Tag::Link { dest_url, .. } => {
                Frame::Link(self.target(&dest_url, offset, "link"), Vec::new())
            }
            Tag::Image { dest_url, .. } => {
                let src = match self.target(&dest_url, offset, "image") {
                    Some(LinkTarget::External(u) | LinkTarget::Relative(u)) => Some(u),
                    Some(LinkTarget::Reference(_)) => {
                        self.issue(
                            offset,
                            Code::UnsafeLink,
                            "an image cannot show a reference",
                            None,
                        );
                        None
                    }
                    None => None,
                };
                Frame::Image(src, String::new())
            }
            // Anything else (footnotes, metadata, HTML blocks, math…) is not
            // enabled in the parser options; keep its content as a block.
            _ => Frame::Blocks(Vec::new()),
        };
        self.stack.push(frame);
    }

    fn target(&mut self, url: &str, offset: usize, what: &str) -> Option<LinkTarget> {
        match classify(url) {
            Ok(LinkTarget::Reference(r)) if !reference().contains(&r) => {
                let near = reference().near(&r);
                self.issue(
                    offset,
                    Code::UnknownReference,
                    &format!("{what} to unknown {} {r}", r.kind_name()),
                    did_you_mean(&near),
                );
                None
            }
            Ok(t) => Some(t),
            Err(why) if url.trim().starts_with("gcm:") || url.trim().starts_with("sdg:") => {
                self.issue(offset, Code::BadReference, &why, None);
                None
            }
            Err(why) => {
                self.issue(
                    offset,
                    Code::UnsafeLink,
                    &format!("unsafe {what} address `{url}`: {why}"),
                    Some("use an http:, https: or mailto: address, a relative path, or a reference such as sdg:10.7".into()),
                );
                None
            }
        }
    }

    fn issue(&mut self, offset: usize, code: Code, message: &str, hint: Option<String>) {
        self.issues.push(MarkdownIssue {
            offset,
            code,
            message: message.to_string(),
            hint,
        });
    }

    fn end(&mut self) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        match frame {
            Frame::Paragraph(content) => self.push_block(Block::Paragraph { content }),
            Frame::Heading(level, content) => self.push_block(Block::Heading { level, content }),
            Frame::Quote(content) => self.push_block(Block::Quote { content }),
            Frame::Code(text) => self.push_block(Block::Code { text }),
            Frame::List(start, items) => self.push_block(Block::List { start, items }),
            Frame::Item(mut blocks, loose) => {
                if !loose.is_empty() {
                    blocks.push(Block::Paragraph { content: loose });
                }
                if let Some(Frame::List(_, items)) = self.stack.last_mut() {
                    items.push(blocks);
                }
            }
            Frame::Table(head, rows, _) => self.push_block(Block::Table { head, rows }),
            Frame::Row(cells) => {
                if let Some(Frame::Table(head, rows, in_head)) = self.stack.last_mut() {
                    if *in_head {
                        *head = cells;
                        *in_head = false;
                    } else {
                        rows.push(cells);
                    }
                }
            }
            Frame::Cell(content) => {
                if let Some(Frame::Row(cells)) = self.stack.last_mut() {
                    cells.push(content);
                }
            }
            Frame::Emphasis(content) => self.push_inline(Inline::Emphasis { content }),
            Frame::Strong(content) => self.push_inline(Inline::Strong { content }),
            Frame::Strike(content) => self.push_inline(Inline::Strikethrough { content }),
            Frame::Link(Some(target), content) => {
                self.push_inline(Inline::Link { target, content })
            }
            Frame::Link(None, content) => {
                for inline in content {
                    self.push_inline(inline);
                }
            }
            Frame::Image(Some(src), alt) => self.push_inline(Inline::Image { src, alt }),
            Frame::Image(None, alt) => self.text(&alt),
            Frame::Blocks(blocks) => {
                for b in blocks {
                    self.push_block(b);
                }
            }
        }
    }
}

/// "did you mean …?" for a list of candidates, or `None` when there are none.
pub(crate) fn did_you_mean(near: &[Ref]) -> Option<String> {
    match near {
        [] => None,
        [one] => Some(format!("did you mean {one}?")),
        [init @ .., last] => Some(format!(
            "did you mean {} or {last}?",
            init.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Parses `source` into a safe tree, with every problem found.
pub fn parse(source: &str) -> (Markdown, Vec<MarkdownIssue>) {
    let mut b = Builder {
        stack: vec![Frame::Blocks(Vec::new())],
        issues: Vec::new(),
        skipped: 0,
        html_block: None,
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(_) if b.stack.len() > MAX_DEPTH => {
                if b.skipped == 0 && !b.issues.iter().any(|i| i.code == Code::InvalidValue) {
                    b.issue(
                        range.start,
                        Code::InvalidValue,
                        &format!("Markdown nested more than {MAX_DEPTH} levels deep"),
                        Some("simplify the nesting; deeper levels are shown flattened".into()),
                    );
                }
                b.skipped += 1;
            }
            Event::End(_) if b.skipped > 0 => b.skipped -= 1,
            Event::Start(Tag::HtmlBlock) => {
                b.html_block = Some(false);
                b.start(
                    Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented),
                    range.start,
                );
            }
            Event::End(TagEnd::HtmlBlock) => {
                b.html_block = None;
                b.end();
            }
            Event::Start(tag) => b.start(tag, range.start),
            Event::End(_) => b.end(),
            Event::Text(t) => b.text(&t),
            Event::Code(t) => b.push_inline(Inline::Code {
                text: t.to_string(),
            }),
            Event::SoftBreak => b.text(" "),
            Event::HardBreak => b.push_inline(Inline::LineBreak),
            Event::Rule => b.push_block(Block::Rule),
            Event::Html(html) | Event::InlineHtml(html) => {
                let shown = html.trim_end_matches('\n');
                // An HTML block comes one line at a time: report it once.
                if b.html_block == Some(true) {
                    b.text(html.as_ref());
                    continue;
                }
                if b.html_block == Some(false) {
                    b.html_block = Some(true);
                }
                b.issue(
                    range.start,
                    Code::RawHtml,
                    &format!("raw HTML is not allowed: `{}`", shorten(shown)),
                    Some("write Markdown instead; the HTML is shown as plain text".into()),
                );
                b.text(html.as_ref());
            }
            Event::TaskListMarker(done) => b.text(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                b.text(&t)
            }
        }
    }
    while b.stack.len() > 1 {
        b.end();
    }
    let blocks = match b.stack.pop() {
        Some(Frame::Blocks(blocks)) => blocks,
        _ => Vec::new(),
    };
    (
        Markdown {
            source: source.to_string(),
            blocks,
        },
        b.issues,
    )
}

fn shorten(s: &str) -> String {
    let first = s.lines().next().unwrap_or("");
    if first.chars().count() > 40 || s.lines().count() > 1 {
        format!("{}…", first.chars().take(40).collect::<String>())
    } else {
        first.to_string()
    }
}

impl Markdown {
    /// The plain text of the document, without markup (for titles, search
    /// and screen-reader labels).
    pub fn plain_text(&self) -> String {
        fn inlines(out: &mut String, v: &[Inline]) {
            for i in v {
                match i {
                    Inline::Text { text } | Inline::Code { text } => out.push_str(text),
                    Inline::Emphasis { content }
                    | Inline::Strong { content }
                    | Inline::Strikethrough { content }
                    | Inline::Link { content, .. } => inlines(out, content),
                    Inline::Image { alt, .. } => out.push_str(alt),
                    Inline::LineBreak => out.push(' '),
                }
            }
        }
        fn blocks(out: &mut String, v: &[Block]) {
            for b in v {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                match b {
                    Block::Paragraph { content } | Block::Heading { content, .. } => {
                        inlines(out, content)
                    }
                    Block::List { items, .. } => items.iter().for_each(|i| blocks(out, i)),
                    Block::Quote { content } => blocks(out, content),
                    Block::Code { text } => out.push_str(text.trim_end()),
                    Block::Rule => {}
                    Block::Table { head, rows } => {
                        head.iter().chain(rows.iter().flatten()).for_each(|c| {
                            inlines(out, c);
                            out.push(' ');
                        });
                    }
                }
            }
        }
        let mut out = String::new();
        blocks(&mut out, &self.blocks);
        out.trim().to_string()
    }

    /// Every reference the document links to.
    pub fn references(&self) -> Vec<&Ref> {
        fn inlines<'a>(out: &mut Vec<&'a Ref>, v: &'a [Inline]) {
            for i in v {
                match i {
                    Inline::Link {
                        target: LinkTarget::Reference(r),
                        content,
                    } => {
                        out.push(r);
                        inlines(out, content);
                    }
                    Inline::Emphasis { content }
                    | Inline::Strong { content }
                    | Inline::Strikethrough { content }
                    | Inline::Link { content, .. } => inlines(out, content),
                    _ => {}
                }
            }
        }
        fn blocks<'a>(out: &mut Vec<&'a Ref>, v: &'a [Block]) {
            for b in v {
                match b {
                    Block::Paragraph { content } | Block::Heading { content, .. } => {
                        inlines(out, content)
                    }
                    Block::List { items, .. } => items.iter().for_each(|i| blocks(out, i)),
                    Block::Quote { content } => blocks(out, content),
                    Block::Table { head, rows } => head
                        .iter()
                        .chain(rows.iter().flatten())
                        .for_each(|c| inlines(out, c)),
                    Block::Code { .. } | Block::Rule => {}
                }
            }
        }
        let mut out = Vec::new();
        blocks(&mut out, &self.blocks);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn paragraphs_emphasis_and_lists() {
        let (md, issues) = parse("Hello *world* and **more**.\n\n- one\n- two `x`\n\n1. first\n");
        assert!(issues.is_empty());
        assert_eq!(
            md.blocks,
            vec![
                Block::Paragraph {
                    content: vec![
                        text("Hello "),
                        Inline::Emphasis {
                            content: vec![text("world")]
                        },
                        text(" and "),
                        Inline::Strong {
                            content: vec![text("more")]
                        },
                        text("."),
                    ]
                },
                Block::List {
                    start: None,
                    items: vec![
                        vec![Block::Paragraph {
                            content: vec![text("one")]
                        }],
                        vec![Block::Paragraph {
                            content: vec![text("two "), Inline::Code { text: "x".into() }]
                        }],
                    ]
                },
                Block::List {
                    start: Some(1),
                    items: vec![vec![Block::Paragraph {
                        content: vec![text("first")]
                    }]]
                },
            ]
        );
        assert_eq!(md.plain_text(), "Hello world and more. one two x first");
    }

    #[test]
    fn loose_list_items_keep_their_paragraphs() {
        let (md, _) = parse("- a\n\n  more a\n- b\n");
        let Block::List { items, .. } = &md.blocks[0] else {
            panic!("{:?}", md.blocks)
        };
        assert_eq!(items[0].len(), 2);
        assert_eq!(md.plain_text(), "a more a b");
    }

    #[test]
    fn raw_html_is_reported_and_kept_as_text() {
        let (md, issues) =
            parse("Hi <script>alert(1)</script> there\n\n<div onclick=\"x\">block</div>\n");
        assert_eq!(issues.iter().filter(|i| i.code == Code::RawHtml).count(), 3);
        assert_eq!(issues[0].message, "raw HTML is not allowed: `<script>`");
        assert_eq!(issues[0].offset, 3);
        let plain = md.plain_text();
        assert!(plain.contains("<script>alert(1)</script>"), "{plain}");
        assert!(plain.contains("<div onclick=\"x\">block</div>"), "{plain}");
    }

    #[test]
    fn unsafe_links_lose_the_link_but_keep_the_text() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "&#106;avascript:alert(1)",
            "javascript&#58;alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "//evil.example",
        ] {
            let (md, issues) = parse(&format!("[click]({url})"));
            assert_eq!(issues.len(), 1, "{url}");
            assert_eq!(issues[0].code, Code::UnsafeLink, "{url}");
            assert_eq!(
                md.blocks,
                vec![Block::Paragraph {
                    content: vec![text("click")]
                }],
                "{url}"
            );
        }
        let (_, issues) = parse("![x](javascript:alert(1))");
        assert_eq!(issues[0].code, Code::UnsafeLink);
    }

    #[test]
    fn safe_links_and_reference_links() {
        let (md, issues) = parse(
            "[a](https://un.org) [b](mailto:x@y.z) [c](other.md) [d](#top) [e](sdg:10.7) [f](gcm:6)",
        );
        assert!(issues.is_empty(), "{issues:?}");
        let Block::Paragraph { content } = &md.blocks[0] else {
            panic!()
        };
        let targets: Vec<&LinkTarget> = content
            .iter()
            .filter_map(|i| match i {
                Inline::Link { target, .. } => Some(target),
                _ => None,
            })
            .collect();
        assert_eq!(
            targets,
            [
                &LinkTarget::External("https://un.org".into()),
                &LinkTarget::External("mailto:x@y.z".into()),
                &LinkTarget::Relative("other.md".into()),
                &LinkTarget::Relative("#top".into()),
                &LinkTarget::Reference(Ref::Target("10.7".into())),
                &LinkTarget::Reference(Ref::Gcm(6)),
            ]
        );
        assert_eq!(md.references(), [&Ref::Target("10.7".into()), &Ref::Gcm(6)]);
    }

    #[test]
    fn unknown_and_malformed_reference_links() {
        let (_, issues) = parse("see [x](sdg:10.7.9) and [y](gcm:x)");
        assert_eq!(issues[0].code, Code::UnknownReference);
        assert_eq!(
            issues[0].message,
            "link to unknown SDG indicator sdg:10.7.9"
        );
        assert_eq!(
            issues[0].hint.as_deref(),
            Some("did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?")
        );
        assert_eq!(issues[1].code, Code::BadReference);
    }

    #[test]
    fn tables_headings_quotes_code() {
        let (md, issues) = parse(
            "# Title\n\n> quoted\n\n```\ncode <b>\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n",
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(
            md.blocks[0],
            Block::Heading {
                level: 1,
                content: vec![text("Title")]
            }
        );
        assert_eq!(
            md.blocks[1],
            Block::Quote {
                content: vec![Block::Paragraph {
                    content: vec![text("quoted")]
                }]
            }
        );
        assert_eq!(
            md.blocks[2],
            Block::Code {
                text: "code <b>\n".into()
            }
        );
        assert_eq!(
            md.blocks[3],
            Block::Table {
                head: vec![vec![text("a")], vec![text("b")]],
                rows: vec![vec![vec![text("1")], vec![text("2")]]]
            }
        );
        assert_eq!(md.blocks[4], Block::Rule);
    }

    #[test]
    fn images_keep_alt_text() {
        let (md, issues) = parse("![A map of corridors](img/map.png)");
        assert!(issues.is_empty());
        assert_eq!(
            md.blocks,
            vec![Block::Paragraph {
                content: vec![Inline::Image {
                    src: "img/map.png".into(),
                    alt: "A map of corridors".into()
                }]
            }]
        );
    }

    #[test]
    fn an_html_block_is_reported_once_and_shown_literally() {
        let (md, issues) = parse("<table>\n<tr><td>x</td></tr>\n</table>\n\nafter\n");
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].message, "raw HTML is not allowed: `<table>`");
        assert_eq!(
            md.blocks[0],
            Block::Code {
                text: "<table>\n<tr><td>x</td></tr>\n</table>\n".into()
            }
        );
        assert_eq!(
            md.blocks[1],
            Block::Paragraph {
                content: vec![text("after")]
            }
        );
    }

    #[test]
    fn deep_nesting_is_flattened_not_a_stack_overflow() {
        for unit in ["> ", "- ", "> - ", "*"] {
            let src = unit.repeat(5000) + "deep";
            let (md, issues) = parse(&src);
            assert!(
                md.plain_text().contains("deep") || unit == "*",
                "{unit}: {}",
                md.plain_text().len()
            );
            let _ = serde_json::to_string(&md).unwrap();
            if unit != "*" {
                assert_eq!(
                    issues
                        .iter()
                        .filter(|i| i.code == Code::InvalidValue)
                        .count(),
                    1,
                    "{unit}"
                );
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "*",
            "[",
            "](",
            "<",
            "| a |\n|--|",
            "- [ ] task\n- [x] done",
            "\u{0}",
            "> - > - ```",
            "[^1]\n\n[^1]: note",
        ] {
            let _ = parse(s);
        }
    }
}
