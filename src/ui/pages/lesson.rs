//! A lesson: its steps on one page, then the way on.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::curriculum::{Step, StepKind, language_name};
use crate::domain::progress::{lesson_key, step_key};
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::components::mapping::MappingExerciseView;
use crate::ui::components::markdown::{MdOptions, markdown};
use crate::ui::components::question::QuestionView;
use crate::ui::components::refcard::RefCard;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::{base, breadcrumbs, loading};
use crate::ui::route::Route;
use crate::ui::state::Action;

/// Props of [`LessonPage`].
#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    /// The curriculum id.
    pub id: AttrValue,
    /// The module id.
    pub module: AttrValue,
    /// The lesson id.
    pub lesson: AttrValue,
}

/// Shows a lesson's steps and records that it was opened.
#[component]
pub fn LessonPage(props: &LessonPageProps) -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let loaded = use_curriculum(&props.id);
    let c = loaded.as_ref().and_then(|l| l.localized.clone());
    let found = c.as_ref().and_then(|c| {
        let (m, lang) = c.module(&props.module)?;
        let l = m.lessons.iter().find(|l| l.id == *props.lesson)?;
        Some((m.clone(), l.clone(), lang.clone()))
    });
    use_title(
        found
            .as_ref()
            .map(|(_, l, _)| l.title.clone())
            .unwrap_or_default(),
    );
    {
        let app = app.clone();
        let key = found.is_some().then(|| {
            (
                props.id.to_string(),
                lesson_key(&props.module, &props.lesson),
            )
        });
        use_effect_with(key, move |key| {
            if let Some((curriculum, lesson)) = key.clone() {
                app.dispatch(Action::VisitLesson { curriculum, lesson });
            }
        });
    }
    let Some(loaded) = loaded else {
        return loading("the lesson");
    };
    let Some(c) = c else {
        return html! { <><h1>{ props.id.clone() }</h1><DiagnosticsPanel report={loaded.report.clone()} title="Problems found in the curriculum files" /></> };
    };
    let Some((m, l, lang)) = found else {
        return html! { <NotFoundPage /> };
    };

    let progress = app.curriculum_progress(&c.id);
    let key = lesson_key(&m.id, &l.id);
    let complete = progress.is_complete(&key);
    let (prev, next) = c.neighbours(&m.id, &l.id);
    let next_route = next.map(|(nm, nl)| Route::Lesson {
        id: c.id.clone(),
        module: nm.id.clone(),
        lesson: nl.id.clone(),
    });
    let prev_route = prev.map(|(pm, pl)| Route::Lesson {
        id: c.id.clone(),
        module: pm.id.clone(),
        lesson: pl.id.clone(),
    });
    let position = m.lessons.iter().position(|x| x.id == l.id).unwrap_or(0) + 1;
    let base = base(&c, &lang);

    let finish = {
        let app = app.clone();
        let navigator = navigator.clone();
        let curriculum = c.id.clone();
        let after = next_route
            .clone()
            .unwrap_or(Route::Curriculum { id: c.id.clone() });
        Callback::from(move |_| {
            app.dispatch(Action::CompleteLesson {
                curriculum: curriculum.clone(),
                lesson: key.clone(),
            });
            if let Some(n) = &navigator {
                n.push(&after);
            }
        })
    };
    html! {
        <>
            { breadcrumbs(vec![
                ("Catalogue".into(), Some(Route::Catalog)),
                (c.about.0.title.clone(), Some(Route::Curriculum { id: c.id.clone() })),
                (m.title.clone(), Some(Route::Module { id: c.id.clone(), module: m.id.clone() })),
                (l.title.clone(), None),
            ]) }
            <article class="lesson" lang={lang.clone()} data-testid="lesson">
                <header>
                    <p class="eyebrow">{ format!("{} · lesson {position} of {}", m.title, m.lessons.len()) }</p>
                    <h1>{ &l.title }</h1>
                    if lang != c.language {
                        <p class="notice-inline" lang="en">{ format!("This module is not yet translated into {}; it is shown in {}.", language_name(&c.language), language_name(&lang)) }</p>
                    }
                </header>
                { for l.steps.iter().map(|s| step(&app, &c.id, &m.id, &l.id, s, &base, &lang)) }
            </article>
            <nav class="lesson-nav" aria-label="Lessons">
                if let Some(to) = prev_route {
                    <Link<Route> {to} classes="button secondary">{ "← Previous lesson" }</Link<Route>>
                }
                if complete {
                    <span class="status">{ "✓ Lesson completed" }</span>
                    if let Some(to) = next_route.clone() {
                        <Link<Route> {to} classes="button">{ "Next lesson →" }</Link<Route>>
                    }
                } else {
                    <button type="button" onclick={finish}>{ if next_route.is_some() { "Complete lesson and continue →" } else { "Complete lesson" } }</button>
                }
            </nav>
        </>
    }
}

fn step(
    app: &crate::ui::context::AppHandle,
    curriculum: &str,
    module: &str,
    lesson: &str,
    s: &Step,
    base: &str,
    lang: &str,
) -> Html {
    let o = MdOptions {
        heading_shift: 2,
        base,
    };
    let key = step_key(module, lesson, &s.id);
    let heading = s.title.clone().or(match &s.kind {
        StepKind::Question(_) => Some("Check your understanding".to_string()),
        StepKind::ReferenceCard { .. } => Some("Official texts".to_string()),
        StepKind::Reading { .. } => None,
        StepKind::Mapping(_) => Some("Mapping exercise".to_string()),
    });
    let body = match &s.kind {
        StepKind::Reading { body } => markdown(body, o),
        StepKind::Question(q) => {
            let saved = app.curriculum_progress(curriculum).answer(&key).cloned();
            let curriculum = curriculum.to_string();
            let k = key.clone();
            let on_check =
                app.callback(
                    move |(selected, correct): (Vec<String>, bool)| Action::Answer {
                        curriculum: curriculum.clone(),
                        step: k.clone(),
                        selected,
                        correct,
                    },
                );
            html! { <QuestionView key={key.clone()} question={q.clone()} dom_id={key.replace('/', "--")} {saved} {on_check} base={base.to_string()} /> }
        }
        StepKind::Mapping(exercise) => {
            let saved = app
                .curriculum_progress(curriculum)
                .mappings
                .get(&key)
                .cloned();
            let (c1, k1) = (curriculum.to_string(), key.clone());
            let on_draft = app.callback(
                move |(priority, refs): (String, Vec<crate::domain::reference::Ref>)| {
                    Action::MappingDraft {
                        curriculum: c1.clone(),
                        step: k1.clone(),
                        priority,
                        refs,
                    }
                },
            );
            let (c2, k2) = (curriculum.to_string(), key.clone());
            let on_submit = app.callback(move |(answers, score)| Action::MappingSubmit {
                curriculum: c2.clone(),
                step: k2.clone(),
                answers,
                score,
            });
            html! {
                <MappingExerciseView key={key.clone()} exercise={std::rc::Rc::new(exercise.clone())} dom_id={key.replace('/', "--")}
                    {saved} {on_draft} {on_submit} base={base.to_string()} lang={lang.to_string()} />
            }
        }
        StepKind::ReferenceCard { intro, refs } => html! {
            <>
                if let Some(i) = intro { { markdown(i, o) } }
                <div class="ref-cards">{ for refs.iter().map(|r| html! { <RefCard key={r.to_string()} reference={r.clone()} /> }) }</div>
            </>
        },
    };
    html! {
        <section class={classes!("step", s.kind.name())} data-step={s.id.clone()}>
            if let Some(h) = heading { <h2>{ h }</h2> }
            { body }
        </section>
    }
}
