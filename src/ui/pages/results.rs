//! A learner's results in one curriculum: a printable, certificate-style
//! summary and the results file to download (format in
//! `domain::results`).

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::results::Results;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::pages::{breadcrumbs, loading};
use crate::ui::route::Route;
use crate::ui::services::{json, storage, workspaces as files};

/// Props of [`ResultsPage`].
#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    /// The curriculum id.
    pub id: AttrValue,
}

fn pct(x: f64) -> String {
    format!("{}\u{a0}%", (x * 100.0).round())
}

/// The summary and the download.
#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    let app = use_app();
    let loaded = use_curriculum(&props.id);
    let learner = use_state(storage::learner_name);
    let message = use_state(String::new);
    use_title("Your results".into());
    let Some(loaded) = loaded else {
        return loading("your results");
    };
    let Some(c) = &loaded.localized else {
        return html! { <><h1>{ props.id.clone() }</h1><DiagnosticsPanel report={loaded.report.clone()} title="Problems found in the curriculum files" /></> };
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
                Ok(()) => format!("Downloaded {name}."),
                Err(why) => format!("The file could not be made: {why}."),
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| files::print());
    let t = &results.totals;
    html! {
        <>
            { breadcrumbs(vec![
                ("Catalogue".into(), Some(Route::Catalog)),
                (c.about.0.title.clone(), Some(Route::Curriculum { id: c.id.clone() })),
                ("Your results".into(), None),
            ]) }
            <div class="results-tools">
                <p class="field">
                    <label for="learner-name">{ "Your name, as it should appear (optional, kept only in this browser)" }</label>
                    <input id="learner-name" type="text" value={(*learner).clone()} {oninput} autocomplete="name" />
                </p>
                <p>
                    <button type="button" onclick={download}>{ "Download results (JSON)" }</button>
                    { " " }
                    <button type="button" class="secondary" onclick={print}>{ "Print or save as PDF" }</button>
                </p>
                <p role="status" aria-live="polite">{ (*message).clone() }</p>
            </div>
            <article class="certificate" data-testid="results" lang={c.about.1.clone()}>
                <p class="certificate-kicker">{ "CCA Migration Lab · record of learning" }</p>
                <h1>{ &c.about.0.title }</h1>
                if let Some(name) = &results.learner { <p class="certificate-name">{ name }</p> }
                <dl class="certificate-facts">
                    <div><dt>{ "Lessons completed" }</dt><dd>{ format!("{} of {}", results.lessons.completed.len(), results.lessons.total) }</dd></div>
                    <div><dt>{ "Questions answered correctly" }</dt><dd>{ format!("{} of {} ({} answered)", t.correct, t.questions, t.answered) }</dd></div>
                    <div><dt>{ "Mapping exercises" }</dt><dd>{ format!("{} of {} attempted", t.attempted, t.mappings) }</dd></div>
                    if let Some(s) = results.score { <div><dt>{ "Overall score" }</dt><dd>{ pct(s) }</dd></div> }
                    <div><dt>{ "Status" }</dt><dd>{ if results.complete { "Completed" } else { "In progress" } }</dd></div>
                    <div><dt>{ "Curriculum version" }</dt><dd>{ format!("{} ({})", c.version, c.language) }</dd></div>
                    <div><dt>{ "Date" }</dt><dd>{ now.get(..10).unwrap_or_default().to_string() }</dd></div>
                </dl>
                if !results.mappings.is_empty() {
                    <table>
                        <caption>{ "Mapping exercises: best and last scores" }</caption>
                        <thead><tr><th scope="col">{ "Exercise" }</th><th scope="col">{ "Best" }</th><th scope="col">{ "Last" }</th><th scope="col">{ "Attempts" }</th></tr></thead>
                        <tbody>
                            { for results.mappings.iter().map(|m| html! {
                                <tr><th scope="row">{ exercise_title(c, &m.step) }</th><td>{ pct(m.best) }</td><td>{ pct(m.last) }</td><td>{ m.attempts.len() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
                <p class="certificate-note">{ "The overall score counts every question (right or not) and every mapping exercise (its best score) of the curriculum once." }</p>
            </article>
            <p><Link<Route> to={Route::Curriculum { id: c.id.clone() }}>{ "Back to the curriculum" }</Link<Route>></p>
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
