//! A module's page: its lessons and the learner's progress in them.

use yew::prelude::*;

use crate::domain::progress::lesson_key;
use crate::tr;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::{breadcrumbs, catalogue_crumb, lesson_list, loading};
use crate::ui::route::Route;

/// Props of [`ModulePage`].
#[derive(Properties, PartialEq)]
pub struct ModulePageProps {
    /// The curriculum id.
    pub id: AttrValue,
    /// The module id.
    pub module: AttrValue,
}

/// Lists a module's lessons.
#[component]
pub fn ModulePage(props: &ModulePageProps) -> Html {
    let app = use_app();
    let loaded = use_curriculum(&props.id);
    let found = loaded
        .as_ref()
        .and_then(|l| l.localized.as_ref())
        .and_then(|c| c.module(&props.module).cloned());
    use_title(
        found
            .as_ref()
            .map(|(m, _)| m.title.clone())
            .unwrap_or_default(),
    );
    let Some(loaded) = loaded else {
        return loading("loading-module");
    };
    let Some(c) = &loaded.localized else {
        return html! { <><h1>{ props.id.clone() }</h1><DiagnosticsPanel report={loaded.report.clone()} title={tr!("problems-in-curriculum")} /></> };
    };
    let Some((m, lang)) = found else {
        return html! { <NotFoundPage /> };
    };
    let progress = app.curriculum_progress(&c.id);
    let done = m
        .lessons
        .iter()
        .filter(|l| progress.is_complete(&lesson_key(&m.id, &l.id)))
        .count();
    html! {
        <>
            { breadcrumbs(vec![
                catalogue_crumb(),
                (c.about.0.title.clone(), Some(Route::Curriculum { id: c.id.clone() })),
                (m.title.clone(), None),
            ]) }
            <div lang={lang.clone()} dir={crate::ui::i18n::dir(&lang)}>
                <h1>{ &m.title }</h1>
                if let Some(s) = &m.summary { <p class="lead">{ s }</p> }
            </div>
            <p>
                <label for="module-progress">{ tr!("module-lessons-done", done = done, total = m.lessons.len()) }</label>
                <progress id="module-progress" max={m.lessons.len().to_string()} value={done.to_string()}></progress>
            </p>
            <div dir={crate::ui::i18n::dir(&lang)} lang={lang}>{ lesson_list(&c.id, &m, &progress) }</div>
        </>
    }
}
