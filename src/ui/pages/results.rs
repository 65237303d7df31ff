//! A learner's results in one curriculum: a printable, certificate-style
//! summary and the results file to download (format in
//! `domain::results`).

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::results::Results;
use crate::tr;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::pages::{breadcrumbs, catalogue_crumb, loading};
use crate::ui::route::Route;
use crate::ui::services::{json, storage, workspaces as files};

/// Props of [`ResultsPage`].
#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    /// The curriculum id.
    pub id: AttrValue,
}

fn pct(x: f64) -> String {
    crate::ui::i18n::percent((x * 100.0).round() as i64)
}

/// The summary and the download.
#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    let app = use_app();
    let loaded = use_curriculum(&props.id);
    let learner = use_state(storage::learner_name);
    let message = use_state(String::new);
    use_title(tr!("your-results"));
    let Some(loaded) = loaded else {
        return loading("loading-results");
    };
    let Some(c) = &loaded.localized else {
        return html! { <><h1>{ props.id.clone() }</h1><DiagnosticsPanel report={loaded.report.clone()} title={tr!("problems-in-curriculum")} /></> };
    };
    let now = String::from(js_sys::Date::new_0().to_iso_string());
    let results = Results::build(
        c,
        &app.curriculum_progress(&c.id),
        Some((*learner).clone()),
        now.clone(),
    );
    let oninput = {
        let learner = learner.clone();
        Callback::from(move |e: InputEvent| {
            let name = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            storage::set_learner_name(&name);
            learner.set(name);
        })
    };
    let download = {
        let (results, message) = (results.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}-results.json", results.curriculum.id);
            let outcome = json::to_string(&results, true)
                .and_then(|text| files::download(&name, "application/json", &text));
            message.set(match outcome {
                Ok(()) => tr!("downloaded", name = name),
                Err(why) => tr!("file-not-made", why = why),
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| files::print());
    let t = &results.totals;
    html! {
        <>
            { breadcrumbs(vec![
                catalogue_crumb(),
                (c.about.0.title.clone(), Some(Route::Curriculum { id: c.id.clone() })),
                (tr!("your-results"), None),
            ]) }
            <div class="results-tools">
                <p class="field">
                    <label for="learner-name">{ tr!("results-name-label") }</label>
                    <input id="learner-name" type="text" value={(*learner).clone()} {oninput} autocomplete="name" />
                </p>
                <p>
                    <button type="button" onclick={download}>{ tr!("results-download") }</button>
                    { " " }
                    <button type="button" class="secondary" onclick={print}>{ tr!("print-or-pdf") }</button>
                </p>
                <p role="status" aria-live="polite">{ (*message).clone() }</p>
            </div>
            <article class="certificate" data-testid="results">
                <p class="certificate-kicker">{ tr!("results-kicker") }</p>
                <h1 lang={c.about.1.clone()} dir={crate::ui::i18n::dir(&c.about.1)}>{ &c.about.0.title }</h1>
                if let Some(name) = &results.learner { <p class="certificate-name">{ name }</p> }
                <dl class="certificate-facts">
                    <div><dt>{ tr!("results-lessons") }</dt><dd>{ tr!("x-of-y", x = results.lessons.completed.len(), y = results.lessons.total) }</dd></div>
                    <div><dt>{ tr!("results-questions") }</dt><dd>{ tr!("results-questions-value", correct = t.correct, total = t.questions, answered = t.answered) }</dd></div>
                    <div><dt>{ tr!("results-mappings") }</dt><dd>{ tr!("results-mappings-value", attempted = t.attempted, total = t.mappings) }</dd></div>
                    if let Some(s) = results.score { <div><dt>{ tr!("results-score") }</dt><dd>{ pct(s) }</dd></div> }
                    <div><dt>{ tr!("results-status") }</dt><dd>{ if results.complete { tr!("results-completed") } else { tr!("results-in-progress") } }</dd></div>
                    <div><dt>{ tr!("results-version") }</dt><dd>{ format!("{} ({})", c.version, c.language) }</dd></div>
                    <div><dt>{ tr!("results-date") }</dt><dd>{ now.get(..10).unwrap_or_default().to_string() }</dd></div>
                </dl>
                if !results.mappings.is_empty() {
                    <table>
                        <caption>{ tr!("results-table-caption") }</caption>
                        <thead><tr><th scope="col">{ tr!("results-exercise") }</th><th scope="col">{ tr!("results-best") }</th><th scope="col">{ tr!("results-last") }</th><th scope="col">{ tr!("results-attempts") }</th></tr></thead>
                        <tbody>
                            { for results.mappings.iter().map(|m| html! {
                                <tr><th scope="row" lang={c.about.1.clone()} dir={crate::ui::i18n::dir(&c.about.1)}>{ exercise_title(c, &m.step) }</th><td>{ pct(m.best) }</td><td>{ pct(m.last) }</td><td>{ m.attempts.len() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
                <p class="certificate-note">{ tr!("results-note") }</p>
            </article>
            <p><Link<Route> to={Route::Curriculum { id: c.id.clone() }}>{ tr!("back-to-curriculum") }</Link<Route>></p>
        </>
    }
}

/// The lesson title (and step title, if any) of a step key.
fn exercise_title(c: &crate::domain::curriculum::Localized, key: &str) -> String {
    let mut parts = key.splitn(3, '/');
    let (Some(m), Some(l), Some(s)) = (parts.next(), parts.next(), parts.next()) else {
        return key.to_string();
    };
    c.module(m)
        .and_then(|(module, _)| module.lessons.iter().find(|x| x.id == l))
        .map(|lesson| {
            match lesson
                .steps
                .iter()
                .find(|x| x.id == s)
                .and_then(|x| x.title.clone())
            {
                Some(t) => format!("{} — {t}", lesson.title),
                None => lesson.title.clone(),
            }
        })
        .unwrap_or_else(|| key.to_string())
}
