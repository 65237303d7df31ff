//! Renders the domain's safe Markdown tree as DOM nodes (never as HTML text).

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::markdown::{Block, Inline, LinkTarget, Markdown};
use crate::domain::reference::reference;
use crate::ui::route::Route;

/// How to render a document.
#[derive(Clone, Copy)]
pub struct MdOptions<'a> {
    /// Added to heading levels, so a `#` in a step sits below the step's own
    /// heading. The result is clamped to 6.
    pub heading_shift: u8,
    /// The folder relative paths resolve against (`curricula/starter/en/`).
    pub base: &'a str,
}

/// The document as HTML nodes.
pub fn markdown(md: &Markdown, o: MdOptions<'_>) -> Html {
    md.blocks.iter().map(|b| block(b, o)).collect()
}

/// The document's inline content only, for short texts such as options: a
/// single paragraph is rendered without its `<p>`.
pub fn markdown_inline(md: &Markdown, o: MdOptions<'_>) -> Html {
    match md.blocks.as_slice() {
        [Block::Paragraph { content }] => inlines(content, o),
        _ => markdown(md, o),
    }
}

fn block(b: &Block, o: MdOptions<'_>) -> Html {
    match b {
        Block::Paragraph { content } => html! { <p>{ inlines(content, o) }</p> },
        Block::Heading { level, content } => {
            let tag = format!("h{}", (level + o.heading_shift).min(6));
            html! { <@{tag}>{ inlines(content, o) }</@> }
        }
        Block::List { start: None, items } => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ for i.iter().map(|b| block(b, o)) }</li> }) }</ul> }
        }
        Block::List {
            start: Some(n),
            items,
        } => {
            html! { <ol start={n.to_string()}>{ for items.iter().map(|i| html! { <li>{ for i.iter().map(|b| block(b, o)) }</li> }) }</ol> }
        }
        Block::Quote { content } => {
            html! { <blockquote>{ for content.iter().map(|b| block(b, o)) }</blockquote> }
        }
        Block::Code { text } => html! { <pre><code>{ text }</code></pre> },
        Block::Rule => html! { <hr /> },
        Block::Table { head, rows } => html! {
            <div class="table-wrap">
                <table>
                    <thead><tr>{ for head.iter().map(|c| html! { <th scope="col">{ inlines(c, o) }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ inlines(c, o) }</td> }) }</tr> }) }</tbody>
                </table>
            </div>
        },
    }
}

fn inlines(v: &[Inline], o: MdOptions<'_>) -> Html {
    v.iter().map(|i| inline(i, o)).collect()
}

fn resolve(base: &str, path: &str) -> String {
    if path.starts_with('#') {
        path.to_string()
    } else {
        format!("{base}{path}")
    }
}

fn inline(i: &Inline, o: MdOptions<'_>) -> Html {
    match i {
        Inline::Text { text } => html! { { text } },
        Inline::Code { text } => html! { <code>{ text }</code> },
        Inline::Emphasis { content } => html! { <em>{ inlines(content, o) }</em> },
        Inline::Strong { content } => html! { <strong>{ inlines(content, o) }</strong> },
        Inline::Strikethrough { content } => html! { <del>{ inlines(content, o) }</del> },
        Inline::LineBreak => html! { <br /> },
        Inline::Image { src, alt } => {
            let src = if src.contains(':') {
                src.clone()
            } else {
                resolve(o.base, src)
            };
            html! { <img src={src} alt={alt.clone()} loading="lazy" /> }
        }
        Inline::Link {
            target: LinkTarget::External(url),
            content,
        } => {
            html! { <a href={url.clone()} rel="noopener noreferrer" class="external">{ inlines(content, o) }</a> }
        }
        Inline::Link {
            target: LinkTarget::Relative(path),
            content,
        } => {
            html! { <a href={resolve(o.base, path)}>{ inlines(content, o) }</a> }
        }
        Inline::Link {
            target: LinkTarget::Reference(r),
            content,
        } => {
            let title = reference()
                .text(r)
                .map(|t| format!("{}: {t}", crate::ui::i18n::ref_label(r)));
            html! {
                <Link<Route> to={Route::Reference { code: r.to_string() }} classes="ref-link">
                    <span title={title}>{ inlines(content, o) }</span>
                </Link<Route>>
            }
        }
    }
}
