//! The panel that lists a curriculum's problems, as the CLI prints them.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::diagnostic::{Diagnostic, Report, SourceFile};
use crate::tr;

/// Props of [`DiagnosticsPanel`].
#[derive(Properties, PartialEq)]
pub struct DiagnosticsPanelProps {
    /// The problems.
    pub report: Report,
    /// The heading.
    pub title: AttrValue,
    /// The files' texts by path, to show each problem's line.
    #[prop_or_default]
    pub sources: Option<Rc<BTreeMap<String, String>>>,
}

/// The offending line of `d`, numbered, with a caret under its column.
fn snippet(d: &Diagnostic, sources: &BTreeMap<String, String>) -> Html {
    let Some(text) = sources.get(&d.path) else {
        return Html::default();
    };
    if d.line == 0 {
        return Html::default();
    }
    let line = SourceFile::new(&d.path, text).line_text(d.line);
    if line.trim().is_empty() {
        return Html::default();
    }
    let number = format!("{} | ", d.line);
    let caret = format!(
        "{}^",
        " ".repeat(number.chars().count() + d.column.saturating_sub(1))
    );
    html! {
        <pre class="diagnostic-snippet" aria-label={crate::tr!("diagnostics-snippet-line", line = d.line)}><code>{ format!("{number}{line}\n{caret}") }</code></pre>
    }
}

/// Lists every problem, grouped by file, with line, column, code, message
/// and hint.
#[component]
pub fn DiagnosticsPanel(props: &DiagnosticsPanelProps) -> Html {
    let report = &props.report;
    let mut files: Vec<(&str, Vec<&Diagnostic>)> = Vec::new();
    for d in report.diagnostics() {
        match files.iter_mut().find(|(p, _)| *p == d.path) {
            Some((_, v)) => v.push(d),
            None => files.push((&d.path, vec![d])),
        }
    }
    let (errors, warnings) = (report.error_count(), report.warning_count());
    let counts = if warnings > 0 {
        tr!(
            "diagnostics-counts-warnings",
            errors = errors,
            warnings = warnings
        )
    } else {
        tr!("diagnostics-counts", errors = errors)
    };
    html! {
        <section class="diagnostics" aria-labelledby="diagnostics-title" data-testid="diagnostics">
            <h2 id="diagnostics-title">{ props.title.clone() }</h2>
            <p class="diagnostics-count">{ counts }</p>
            { for files.into_iter().map(|(path, ds)| html! {
                <div class="diagnostics-file">
                    <h3><code>{ path }</code></h3>
                    <ul>
                        { for ds.into_iter().map(|d| {
                            let level = if d.is_error() { "error" } else { "warning" };
                            let place = if d.line > 0 { tr!("diagnostics-place", line = d.line, column = d.column) } else { tr!("diagnostics-whole-file") };
                            html! {
                                <li class={classes!("diagnostic", level)} data-code={d.code.as_str()}>
                                    <span class="diagnostic-level">{ if d.is_error() { tr!("diagnostics-error") } else { tr!("diagnostics-warning") } }</span>
                                    <span class="diagnostic-place">{ place }</span>
                                    <code class="diagnostic-code">{ d.code.as_str() }</code>
                                    <span class="diagnostic-message" lang="en">{ &d.message }</span>
                                    if let Some(h) = &d.hint {
                                        <span class="diagnostic-hint">{ tr!("diagnostics-fix") }{ " " }<span lang="en">{ h }</span></span>
                                    }
                                    if let Some(sources) = &props.sources {
                                        { snippet(d, sources) }
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }) }
            <p class="diagnostics-cli">{ tr!("diagnostics-cli") }{ " " }<code>{ "cca-lab check curricula/" }</code></p>
        </section>
    }
}
