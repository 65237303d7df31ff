//! The catalogue: every curriculum the host offers.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::context::use_app;
use crate::ui::hooks::use_title;
use crate::ui::pages::{endonym, loading};
use crate::ui::route::Route;

/// Lists the curricula with their titles, languages and the learner's progress.
#[component]
pub fn CatalogPage() -> Html {
    use_title(String::new());
    let app = use_app();
    {
        let app = app.clone();
        use_effect_with((), move |_| app.ensure_catalog());
    }
    let Some(catalog) = app.state().catalog.clone() else {
        return html! { <><h1>{ "Curricula" }</h1>{ loading("the catalogue") }</> };
    };
    html! {
        <>
            <h1>{ "Curricula" }</h1>
            <p class="lead">{ "Learn to bring migration into Common Country Analyses and Cooperation Frameworks, with the Global Compact for Migration and the SDG targets and indicators. Your answers stay in this browser." }</p>
            if !catalog.report.is_empty() {
                <DiagnosticsPanel report={catalog.report.clone()} title="The catalogue file has problems" />
            }
            if catalog.entries.is_empty() && !catalog.report.has_errors() {
                <p>{ "This site offers no curricula yet." }</p>
            }
            <ul class="cards" data-testid="catalog">
                { for catalog.entries.iter().map(|e| {
                    let progress = app.curriculum_progress(&e.id);
                    let done = progress.completed.len();
                    let title = e.about.as_ref().map(|a| a.title.clone()).unwrap_or_else(|| e.id.clone());
                    html! {
                        <li class={classes!("card", e.report.has_errors().then_some("has-errors"))} data-curriculum={e.id.clone()}>
                            <h2><Link<Route> to={Route::Curriculum { id: e.id.clone() }}>{ title }</Link<Route>></h2>
                            if let Some(summary) = e.about.as_ref().and_then(|a| a.summary.clone()) {
                                <p>{ summary }</p>
                            }
                            <dl class="facts">
                                if let Some(m) = &e.manifest {
                                    <div><dt>{ "Languages" }</dt><dd>{ m.languages.iter().map(|l| endonym(l)).collect::<Vec<_>>().join(", ") }</dd></div>
                                }
                                if let Some(min) = e.about.as_ref().and_then(|a| a.minutes) {
                                    <div><dt>{ "Time" }</dt><dd>{ format!("about {} hours {} minutes", min / 60, min % 60).replace("about 0 hours ", "about ") }</dd></div>
                                }
                                <div><dt>{ "Your progress" }</dt><dd>{ if done == 0 { "not started".to_string() } else { format!("{done} lesson{} completed", if done == 1 { "" } else { "s" }) } }</dd></div>
                            </dl>
                            if e.report.has_errors() {
                                <p class="card-problem">{ "This curriculum has problems in its files. Open it to see them." }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
