//! The catalogue: every curriculum the host offers.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::tr;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::context::use_app;
use crate::ui::hooks::use_title;
use crate::ui::i18n::language_name;
use crate::ui::pages::{endonym, loading};
use crate::ui::route::Route;

/// Lists the curricula with their titles, languages and the learner's progress.
#[component]
pub fn CatalogPage() -> Html {
    use_title(String::new());
    let app = use_app();
    let ui_lang = app.ui_language();
    {
        let app = app.clone();
        use_effect_with((), move |_| app.ensure_catalog());
    }
    let Some(catalog) = app.state().catalog.clone() else {
        return html! { <><h1>{ tr!("catalogue-heading") }</h1>{ loading("loading-catalogue") }</> };
    };
    html! {
        <>
            <h1>{ tr!("catalogue-heading") }</h1>
            <p class="lead">{ tr!("catalogue-lead") }</p>
            if !catalog.report.is_empty() {
                <DiagnosticsPanel report={catalog.report.clone()} title={tr!("catalogue-problems")} />
            }
            if catalog.entries.is_empty() && !catalog.report.has_errors() {
                <p>{ tr!("catalogue-empty") }</p>
            }
            <ul class="cards" data-testid="catalog">
                { for catalog.entries.iter().map(|e| {
                    let progress = app.curriculum_progress(&e.id);
                    let done = progress.completed.len();
                    let title = e.about.as_ref().map(|a| a.title.clone()).unwrap_or_else(|| e.id.clone());
                    let about_lang = e.about_language.clone();
                    let about_dir = about_lang.as_deref().map(crate::ui::i18n::dir);
                    html! {
                        <li class={classes!("card", e.report.has_errors().then_some("has-errors"))} data-curriculum={e.id.clone()}>
                            <h2 lang={about_lang.clone()} dir={about_dir}><Link<Route> to={Route::Curriculum { id: e.id.clone() }}>{ title }</Link<Route>></h2>
                            if let Some(summary) = e.about.as_ref().and_then(|a| a.summary.clone()) {
                                <p lang={about_lang.clone()} dir={about_dir}>{ summary }</p>
                            }
                            <dl class="facts">
                                if let Some(m) = &e.manifest {
                                    <div>
                                        <dt>{ tr!("catalogue-languages") }</dt>
                                        <dd data-testid="languages">
                                            { for m.languages.iter().enumerate().map(|(i, l)| html! {
                                                <>{ if i > 0 { ", " } else { "" } }<span lang={l.clone()} dir={crate::ui::i18n::dir(l)}>{ endonym(l) }</span></>
                                            }) }
                                        </dd>
                                    </div>
                                }
                                if let Some(min) = e.about.as_ref().and_then(|a| a.minutes) {
                                    <div><dt>{ tr!("catalogue-time") }</dt><dd>{ tr!("catalogue-time-value", hours = min / 60, minutes = min % 60) }</dd></div>
                                }
                                <div><dt>{ tr!("catalogue-progress") }</dt><dd>{ if done == 0 { tr!("catalogue-not-started") } else { tr!("catalogue-lessons-done", count = done) } }</dd></div>
                            </dl>
                            if let Some(m) = e.manifest.as_ref().filter(|m| !m.languages.iter().any(|l| l == ui_lang)) {
                                <p class="language-match missing" data-testid="language-missing">{ tr!("catalogue-not-in-your-language", language = language_name(ui_lang), shown = language_name(&m.default_language)) }</p>
                            }
                            if e.report.has_errors() {
                                <p class="card-problem">{ tr!("catalogue-card-problem") }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
