//! Cohort analytics for trainers: many trainees' results files, dropped or
//! chosen, read against one curriculum of this site. Computed in the
//! browser by `domain::cohort`; nothing is uploaded.

use std::rc::Rc;

use yew::prelude::*;

use crate::tr;

use crate::domain::cohort::{self, CohortReport, Distribution, RefCount};
use crate::domain::curriculum::Localized;
use crate::domain::markdown;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::components::dropzone::DropZone;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::pages::{breadcrumbs, loading};
use crate::ui::route::Route;
use crate::ui::services::files::{Picked, read_results};
use crate::ui::services::timing::{COHORT_MEASURE, measured};
use crate::ui::services::workspaces::{download, print};

/// The cohort page: choose a curriculum, then drop results files.
#[component]
pub fn CohortPage() -> Html {
    use_title(tr!("cohort-title"));
    let app = use_app();
    {
        let app = app.clone();
        use_effect_with((), move |_| app.ensure_catalog());
    }
    let chosen = use_state(|| None::<String>);
    let ids: Vec<(String, String)> = app
        .state()
        .catalog
        .as_ref()
        .map(|c| {
            c.entries
                .iter()
                .map(|e| {
                    let title = e.about.as_ref().map_or(e.id.clone(), |a| a.title.clone());
                    (e.id.clone(), title)
                })
                .collect()
        })
        .unwrap_or_default();
    let id = (*chosen)
        .clone()
        .or_else(|| ids.first().map(|(i, _)| i.clone()));
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            chosen.set(Some(v));
        })
    };
    html! {
        <>
            { breadcrumbs(vec![(tr!("breadcrumb-catalogue"), Some(Route::Catalog)), (tr!("cohort-title"), None)]) }
            <h1>{ tr!("cohort-title") }</h1>
            <p class="lead">{ tr!("cohort-lead") }</p>
            if ids.is_empty() {
                { loading("loading-catalogue") }
            } else {
                <p class="no-print">
                    <label for="cohort-curriculum">{ tr!("cohort-curriculum") }{ " " }</label>
                    <select id="cohort-curriculum" {onchange}>
                        { for ids.iter().map(|(i, t)| html! {
                            <option value={i.clone()} selected={Some(i) == id.as_ref()}>{ t }</option>
                        }) }
                    </select>
                </p>
            }
            if let Some(id) = id {
                <CohortFor key={id.clone()} id={AttrValue::from(id.clone())} />
            }
        </>
    }
}

/// Props of [`CohortFor`].
#[derive(Properties, PartialEq)]
pub struct CohortForProps {
    /// The curriculum id.
    pub id: AttrValue,
}

/// The drop zone and the analysis for one curriculum.
#[component]
pub fn CohortFor(props: &CohortForProps) -> Html {
    let loaded = use_curriculum(&props.id);
    let files = use_state(|| Rc::new(Vec::<(String, String)>::new()));
    let problems = use_state(Vec::<String>::new);
    let localized: Option<Localized> = loaded.as_ref().and_then(|l| l.localized.clone());
    let report = {
        let files = (*files).clone();
        use_memo((files, localized.clone()), |(files, c)| {
            c.as_ref().filter(|_| !files.is_empty()).map(|c| {
                Rc::new(measured(COHORT_MEASURE, || {
                    cohort::analyse_with(c, files, &read_results)
                }))
            })
        })
    };
    let Some(loaded) = loaded else {
        return loading("loading-curriculum");
    };
    if loaded.localized.is_none() {
        return html! { <DiagnosticsPanel report={loaded.report.clone()} title={tr!("cohort-curriculum-problems")} /> };
    }
    let onpick = {
        let (files, problems) = (files.clone(), problems.clone());
        Callback::from(move |(picked, mut why): (Vec<Picked>, Vec<String>)| {
            let mut all: Vec<(String, String)> = (**files).clone();
            for p in picked {
                if !p.path.to_lowercase().ends_with(".json") {
                    why.push(tr!("cohort-not-json", file = p.path.as_str()));
                    continue;
                }
                // Not UTF-8: the analysis refuses it as not JSON.
                let text = String::from_utf8_lossy(&p.bytes).into_owned();
                all.push((p.path, text));
            }
            files.set(Rc::new(all));
            problems.set(why);
        })
    };
    let clear = {
        let (files, problems) = (files.clone(), problems.clone());
        Callback::from(move |_: MouseEvent| {
            files.set(Rc::new(Vec::new()));
            problems.set(Vec::new());
        })
    };
    html! {
        <>
            <div class="no-print">
                <DropZone id="cohort" label={tr!("cohort-drop")} accept=".json,application/json,.zip" onpick={onpick} />
                if !problems.is_empty() {
                    <ul class="problems" data-testid="cohort-problems">
                        { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                }
                if !files.is_empty() {
                    <p>
                        { tr!("cohort-files-read", count = files.len()) }{ " " }
                        <button type="button" class="secondary" onclick={clear}>{ tr!("cohort-start-again") }</button>
                    </p>
                }
            </div>
            if let Some(r) = (*report).clone() {
                <CohortReportView report={r} />
            }
        </>
    }
}

/// Props of [`CohortReportView`].
#[derive(Properties, PartialEq)]
pub struct CohortReportViewProps {
    /// The analysis.
    pub report: Rc<CohortReport>,
}

/// A share as a whole percentage in the interface language.
fn percent(x: f64) -> String {
    crate::ui::i18n::percent((x * 100.0).round() as i64)
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), percent)
}

/// A decimal number in the interface language.
fn decimal(x: f64, digits: usize) -> String {
    format!("{x:.digits$}").replace('.', &tr!("decimal-separator"))
}

/// A button that downloads table `index` of [`CohortReport::csv`].
fn csv_button(r: &Rc<CohortReport>, index: usize, label: &str) -> Html {
    let label = tr!(label);
    let r = r.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some((name, text)) = r.csv().into_iter().nth(index) {
            let _ = download(&name, "text/csv;charset=utf-8", &text);
        }
    });
    html! { <button type="button" class="secondary no-print csv" {onclick}>{ label }</button> }
}

/// Column headers, from message ids.
fn cols(ids: &[&str]) -> Html {
    ids.iter()
        .map(|id| html! { <th scope="col">{ tr!(id) }</th> })
        .collect()
}

fn refs(list: &[RefCount], rationale: bool) -> Html {
    if list.is_empty() {
        return html! { <span class="none">{ tr!("cohort-none") }</span> };
    }
    html! {
        <ul class="ref-counts">
            { for list.iter().take(3).map(|c| html! {
                <li>
                    <code>{ c.reference.to_string() }</code>
                    { format!(" — {} ({})", c.count, percent(c.share)) }
                    if rationale {
                        if let Some(r) = &c.rationale {
                            <span class="rationale">{ " " }{ tr!("cohort-key") }{ " " }{ markdown::parse(r).0.plain_text() }</span>
                        }
                    }
                </li>
            }) }
        </ul>
    }
}

fn bands(d: &Distribution) -> Html {
    let labels = ["0–20", "20–40", "40–60", "60–80", "80–100"];
    let max = d.bands.iter().copied().max().unwrap_or(0).max(1);
    html! {
        <span class="bands" aria-label={labels.iter().zip(d.bands).map(|(l, n)| format!("{l} %: {n}")).collect::<Vec<_>>().join(", ")}>
            { for d.bands.iter().zip(labels).map(|(n, l)| html! {
                <span class="band" title={format!("{l} %: {n}")} style={format!("block-size: {}%", 10 + 90 * n / max)}>{ n }</span>
            }) }
        </span>
    }
}

/// The analysis: summary, refused files, and every table with its CSV.
#[component]
pub fn CohortReportView(props: &CohortReportViewProps) -> Html {
    let r = &props.report;
    let n = r.trainees.len();
    let onprint = Callback::from(|_: MouseEvent| print());
    html! {
        <section class="cohort-report" data-testid="cohort-report" aria-labelledby="cohort-title">
            <h2 id="cohort-title">{ tr!("cohort-report-title", title = r.title.as_str(), version = r.version.as_str()) }</h2>
            <p class="cohort-summary" data-testid="cohort-summary">
                <strong data-testid="cohort-trainees">{ n }</strong>{ " " }{ tr!("cohort-trainees-from", count = n, files = r.files) }{ " " }
                <strong data-testid="cohort-refused-count">{ r.refused.len() }</strong>{ " " }{ tr!("cohort-left-out", count = r.refused.len()) }{ " " }
                <button type="button" class="no-print" onclick={onprint}>{ tr!("cohort-print") }</button>
                { csv_button(r, 5, "cohort-csv-trainees") }
            </p>
            if !r.refused.is_empty() {
                <section aria-labelledby="refused-title">
                    <h3 id="refused-title">{ tr!("cohort-refused") }</h3>
                    <ul class="refused" data-testid="cohort-refused">
                        { for r.refused.iter().map(|f| html! { <li><code>{ &f.file }</code>{ ": " }{ &f.reason }</li> }) }
                    </ul>
                    { csv_button(r, 6, "cohort-csv-refused") }
                </section>
            }
            <section aria-labelledby="help-title">
                <h3 id="help-title">{ tr!("cohort-help", count = r.needs_help.len()) }</h3>
                <p class="explain">{ tr!(
                    "cohort-help-criteria",
                    answered = cohort::HELP_MIN_ANSWERED,
                    attempted = cohort::HELP_ATTEMPTS,
                    count = cohort::HELP_STRUGGLES,
                    score = percent(cohort::HELP_MAPPING_SCORE)
                ) }</p>
                if r.needs_help.is_empty() {
                    <p>{ tr!("cohort-help-nobody") }</p>
                } else {
                    <ul class="needs-help" data-testid="cohort-help">
                        { for r.needs_help.iter().map(|h| html! { <li><strong>{ &h.name }</strong>{ ": " }{ h.reasons.join("; ") }</li> }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="modules-title">
                <h3 id="modules-title">{ tr!("cohort-modules") }</h3>
                <table data-testid="cohort-modules">
                    <thead><tr>{ cols(&["cohort-col-module", "cohort-col-lessons", "cohort-col-completed", "cohort-col-started", "cohort-col-lessons-done"]) }</tr></thead>
                    <tbody>
                        { for r.modules.iter().map(|m| html! {
                            <tr data-id={m.id.clone()}>
                                <th scope="row">{ &m.title }</th>
                                <td>{ m.lessons }</td>
                                <td class="completed">{ m.completed }</td>
                                <td class="started">{ m.started }</td>
                                <td>{ percent(m.mean_share) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                { csv_button(r, 0, "cohort-csv-modules") }
            </section>
            <section aria-labelledby="questions-title">
                <h3 id="questions-title">{ tr!("cohort-questions") }</h3>
                <table data-testid="cohort-questions">
                    <thead><tr>{ cols(&["cohort-col-question", "cohort-col-answered", "cohort-col-right", "cohort-col-share-right", "cohort-col-tries", "cohort-col-options"]) }</tr></thead>
                    <tbody>
                        { for r.questions.iter().map(|q| html! {
                            <tr data-step={q.step.clone()}>
                                <th scope="row"><span class="where">{ format!("{} › {}", q.module, q.lesson) }</span><br />{ &q.prompt }</th>
                                <td class="answered">{ q.answered }</td>
                                <td class="correct">{ q.correct }</td>
                                <td>{ pct(q.share_correct) }</td>
                                <td>{ q.mean_attempts.map_or("–".into(), |a| decimal(a, 1)) }</td>
                                <td>{ q.options.iter().map(|o| format!("{}{}: {}", o.id, if o.right { " ✓" } else { "" }, o.chosen)).collect::<Vec<_>>().join(", ") }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                { csv_button(r, 1, "cohort-csv-questions") }
            </section>
            <section aria-labelledby="mappings-title">
                <h3 id="mappings-title">{ tr!("cohort-mappings") }</h3>
                <p class="explain">{ tr!("cohort-mappings-explain") }</p>
                { csv_button(r, 2, "cohort-csv-exercises") }
                { csv_button(r, 3, "cohort-csv-priorities") }
                { csv_button(r, 4, "cohort-csv-references") }
                { for r.mappings.iter().map(|m| html! {
                    <div class="cohort-mapping" data-step={m.step.clone()}>
                        <h4>{ &m.title }</h4>
                        <p>
                            <span class="attempted">{ tr!("cohort-attempted", count = m.attempted) }</span>
                            { tr!("cohort-best-scores", mean = pct(m.best.mean), median = pct(m.best.median), min = pct(m.best.min), max = pct(m.best.max), tries = m.mean_attempts.map_or("–".into(), |a| decimal(a, 1))) }{ " " }
                            { bands(&m.best) }
                        </p>
                        <table>
                            <thead><tr>{ cols(&["an-priority", "cohort-col-mean-score", "cohort-col-wrong", "cohort-col-missed", "cohort-col-kappa"]) }</tr></thead>
                            <tbody>
                                { for m.priorities.iter().map(|p| html! {
                                    <tr data-priority={p.id.clone()}>
                                        <th scope="row">{ &p.text }</th>
                                        <td>{ pct(p.mean_score) }</td>
                                        <td>{ refs(&p.wrong, false) }</td>
                                        <td>{ refs(&p.missed, true) }</td>
                                        <td class="kappa" title={p.agreement.note.clone().unwrap_or_default()}>
                                            { p.agreement.kappa.map_or_else(|| "–".to_string(), |k| decimal(k, 2)) }
                                            if let Some(note) = &p.agreement.note { <span class="visually-hidden">{ format!(" ({note})") }</span> }
                                        </td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }) }
            </section>
        </section>
    }
}
