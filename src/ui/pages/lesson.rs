//! A lesson: its steps on one page, then the way on.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::curriculum::{Step, StepKind};
use crate::domain::progress::{lesson_key, step_key};
use crate::tr;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::components::mapping::MappingExerciseView;
use crate::ui::components::markdown::{MdOptions, markdown};
use crate::ui::components::question::QuestionView;
use crate::ui::components::refcard::RefCard;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::i18n::language_name;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::{base, breadcrumbs, catalogue_crumb, loading};
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
        return loading("loading-lesson");
    };
    let Some(c) = c else {
        return html! { <><h1>{ props.id.clone() }</h1><DiagnosticsPanel report={loaded.report.clone()} title={tr!("problems-in-curriculum")} /></> };
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
    let ui_lang = crate::ui::i18n::code();
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
                catalogue_crumb(),
                (c.about.0.title.clone(), Some(Route::Curriculum { id: c.id.clone() })),
                (m.title.clone(), Some(Route::Module { id: c.id.clone(), module: m.id.clone() })),
                (l.title.clone(), None),
            ]) }
            <article class="lesson" lang={lang.clone()} dir={crate::ui::i18n::dir(&lang)} data-testid="lesson">
                <header>
                    <p class="eyebrow"><span>{ &m.title }</span>{ " · " }<span lang={ui_lang} dir={crate::ui::i18n::dir(ui_lang)}>{ tr!("lesson-position", position = position, total = m.lessons.len()) }</span></p>
                    <h1>{ &l.title }</h1>
                    if lang != c.language {
                        <p class="notice-inline" lang={ui_lang} dir={crate::ui::i18n::dir(ui_lang)}>{ tr!("lesson-not-translated", language = language_name(&c.language), shown = language_name(&lang)) }</p>
                    }
                </header>
                { for l.steps.iter().map(|s| step(&app, &c.id, &m.id, &l.id, s, &base, &lang)) }
            </article>
            <nav class="lesson-nav" aria-label={tr!("lesson-nav")}>
                if let Some(to) = prev_route {
                    <Link<Route> {to} classes="button secondary">{ tr!("lesson-previous") }</Link<Route>>
                }
                if complete {
                    <span class="status">{ tr!("lesson-completed") }</span>
                    if let Some(to) = next_route.clone() {
                        <Link<Route> {to} classes="button">{ tr!("lesson-next") }</Link<Route>>
                    }
                } else {
                    <button type="button" onclick={finish}>{ if next_route.is_some() { tr!("lesson-complete-continue") } else { tr!("lesson-complete") } }</button>
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
    // A step's own title is in the curriculum's language; a default
    // heading is in the interface language.
    let ui_lang = crate::ui::i18n::code();
    let (heading, heading_lang) = match (&s.title, &s.kind) {
        (Some(t), _) => (Some(t.clone()), None),
        (None, StepKind::Question(_)) => (Some(tr!("step-question")), Some(ui_lang)),
        (None, StepKind::ReferenceCard { .. }) => (Some(tr!("step-reference")), Some(ui_lang)),
        (None, StepKind::Reading { .. }) => (None, None),
        (None, StepKind::Mapping(_)) => (Some(tr!("step-mapping")), Some(ui_lang)),
    };
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
            if let Some(h) = heading { <h2 lang={heading_lang} dir={heading_lang.map(crate::ui::i18n::dir)}>{ h }</h2> }
            { body }
        </section>
    }
}
