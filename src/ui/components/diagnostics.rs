//! The panel that lists a curriculum's problems, as the CLI prints them.

use yew::prelude::*;

use crate::domain::diagnostic::{Diagnostic, Report};
use crate::tr;

/// Props of [`DiagnosticsPanel`].
#[derive(Properties, PartialEq)]
pub struct DiagnosticsPanelProps {
    /// The problems.
    pub report: Report,
    /// The heading.
    pub title: AttrValue,
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
