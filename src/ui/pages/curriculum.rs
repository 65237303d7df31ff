//! A curriculum's first page: what it is, its modules and lessons, the
//! learner's progress, and the language to read it in.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::curriculum::Localized;
use crate::domain::progress::{CurriculumProgress, lesson_key};
use crate::tr;
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::components::markdown::{MdOptions, markdown};
use crate::ui::context::use_app;
use crate::ui::hooks::{use_curriculum, use_title};
use crate::ui::i18n::language_name;
use crate::ui::pages::{base, breadcrumbs, catalogue_crumb, endonym, lesson_list, loading};
use crate::ui::route::Route;
use crate::ui::services::offline;
use crate::ui::state::Action;

/// Props of [`CurriculumPage`].
#[derive(Properties, PartialEq)]
pub struct CurriculumPageProps {
    /// The curriculum id.
    pub id: AttrValue,
}

/// The number of lessons completed and in total.
pub fn lesson_counts(c: &Localized, p: &CurriculumProgress) -> (usize, usize) {
    let all: Vec<_> = c.lessons().collect();
    let done = all
        .iter()
        .filter(|(m, l)| p.is_complete(&lesson_key(&m.id, &l.id)))
        .count();
    (done, all.len())
}

/// Where "Continue" leads: the last lesson opened, else the first lesson
/// not completed, else the first lesson.
pub fn continue_route(c: &Localized, p: &CurriculumProgress) -> Option<Route> {
    let to = |m: &str, l: &str| Route::Lesson {
        id: c.id.clone(),
        module: m.to_string(),
        lesson: l.to_string(),
    };
    if let Some((m, l)) = p.last_lesson.as_deref().and_then(|k| k.split_once('/'))
        && c.module(m)
            .is_some_and(|(module, _)| module.lessons.iter().any(|x| x.id == l))
    {
        return Some(to(m, l));
    }
    c.lessons()
        .find(|(m, l)| !p.is_complete(&lesson_key(&m.id, &l.id)))
        .or_else(|| c.lessons().next())
        .map(|(m, l)| to(&m.id, &l.id))
}

/// Props of [`LanguagePicker`].
#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// The curriculum id.
    pub id: AttrValue,
    /// The languages offered.
    pub languages: Vec<String>,
    /// The language shown.
    pub current: AttrValue,
}

/// Chooses the language a curriculum is shown in; the choice is remembered.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let app = use_app();
    if props.languages.len() < 2 {
        return Html::default();
    }
    let id = props.id.to_string();
    let onchange = app.callback(move |e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        Action::SetLanguage {
            curriculum: id.clone(),
            language: value,
        }
    });
    html! {
        <div class="language-picker">
            <label for="curriculum-language">{ tr!("curriculum-language") }</label>
            <select id="curriculum-language" {onchange}>
                { for props.languages.iter().map(|l| html! {
                    <option value={l.clone()} selected={*l == *props.current} lang={l.clone()} dir={crate::ui::i18n::dir(l)}>{ endonym(l) }</option>
                }) }
            </select>
        </div>
    }
}

/// Props of [`OfflineSave`].
#[derive(Properties, PartialEq)]
pub struct OfflineSaveProps {
    /// The curriculum id.
    pub id: AttrValue,
    /// Its version.
    pub version: AttrValue,
}

/// What saving for offline use is doing.
#[derive(Clone, PartialEq)]
enum Saving {
    Idle,
    Busy(usize),
    Done(usize),
    Failed(String),
}

/// "Make this curriculum available offline": fetches every file, in every
/// language, so the service worker keeps them, with progress shown.
#[component]
pub fn OfflineSave(props: &OfflineSaveProps) -> Html {
    let saving = use_state(|| Saving::Idle);
    let saved = use_state(|| offline::saved_version(&props.id));
    if !offline::is_supported() {
        return Html::default();
    }
    let start = {
        let (saving, saved) = (saving.clone(), saved.clone());
        let (id, version) = (props.id.to_string(), props.version.to_string());
        Callback::from(move |_: MouseEvent| {
            let (saving, saved, id, version) =
                (saving.clone(), saved.clone(), id.clone(), version.clone());
            saving.set(Saving::Busy(0));
            wasm_bindgen_futures::spawn_local(async move {
                let progress = {
                    let saving = saving.clone();
                    move |n| saving.set(Saving::Busy(n))
                };
                match offline::save_curriculum(&id, &version, progress).await {
                    Ok(n) => {
                        saving.set(Saving::Done(n));
                        saved.set(Some(version));
                    }
                    Err(why) => saving.set(Saving::Failed(why)),
                }
            });
        })
    };
    let current = saved.as_deref() == Some(props.version.as_str());
    html! {
        <section class="offline" aria-labelledby="offline-title" data-testid="offline">
            <h2 id="offline-title">{ tr!("offline-title") }</h2>
            <p role="status" aria-live="polite">
                { match &*saving {
                    Saving::Idle if current => tr!("offline-available", version = props.version.to_string()),
                    Saving::Idle => tr!("offline-intro"),
                    Saving::Busy(n) => tr!("offline-saving", count = *n),
                    Saving::Done(n) => tr!("offline-saved", count = *n),
                    Saving::Failed(why) => tr!("offline-failed", why = why),
                } }
            </p>
            if !matches!(*saving, Saving::Busy(_)) {
                <button type="button" class="secondary" onclick={start}>
                    { if current { tr!("offline-save-again") } else { tr!("offline-save") } }
                </button>
            }
        </section>
    }
}

/// The curriculum's overview, or its problems if it cannot be shown.
#[component]
pub fn CurriculumPage(props: &CurriculumPageProps) -> Html {
    let app = use_app();
    let loaded = use_curriculum(&props.id);
    let confirm_reset = use_state(|| false);
    let title = loaded
        .as_ref()
        .and_then(|l| l.localized.as_ref())
        .map(|c| c.about.0.title.clone())
        .unwrap_or_default();
    use_title(title);
    let Some(loaded) = loaded else {
        return html! { <>{ breadcrumbs(vec![catalogue_crumb(), (props.id.to_string(), None)]) }<h1>{ props.id.clone() }</h1>{ loading("loading-curriculum") }</> };
    };
    let Some(c) = &loaded.localized else {
        return html! {
            <>
                { breadcrumbs(vec![catalogue_crumb(), (props.id.to_string(), None)]) }
                <h1>{ tr!("curriculum-broken-title", id = props.id.to_string()) }</h1>
                <p class="lead">{ tr!("curriculum-broken-lead") }</p>
                <DiagnosticsPanel report={loaded.report.clone()} title={tr!("problems-in-curriculum")} />
                <p><Link<Route> to={Route::Catalog}>{ tr!("back-to-catalogue") }</Link<Route>></p>
            </>
        };
    };
    let progress = app.curriculum_progress(&c.id);
    let (done, total) = lesson_counts(c, &progress);
    let (about, about_lang) = &c.about;
    let o = MdOptions {
        heading_shift: 1,
        base: &base(c, about_lang),
    };
    let requested = app.language_for(&c.id);
    let fallbacks: Vec<&str> = c
        .modules
        .iter()
        .filter(|(_, l)| *l != c.language)
        .map(|(m, _)| m.title.as_str())
        .collect();
    let reset = {
        let confirm_reset = confirm_reset.clone();
        let app = app.clone();
        let id = c.id.clone();
        Callback::from(move |_| {
            if *confirm_reset {
                app.dispatch(Action::ResetCurriculum {
                    curriculum: id.clone(),
                });
                confirm_reset.set(false);
            } else {
                confirm_reset.set(true);
            }
        })
    };
    let cancel_reset = {
        let confirm_reset = confirm_reset.clone();
        Callback::from(move |_| confirm_reset.set(false))
    };
    html! {
        <>
            { breadcrumbs(vec![catalogue_crumb(), (about.title.clone(), None)]) }
            <div lang={about_lang.clone()} dir={crate::ui::i18n::dir(about_lang)}>
                <h1>{ &about.title }</h1>
                if let Some(s) = &about.summary { <p class="lead">{ s }</p> }
            </div>
            <LanguagePicker id={c.id.clone()} languages={c.languages.clone()} current={c.language.clone()} />
            if requested != c.language && !c.languages.contains(&requested) {
                <p class="notice-inline" data-testid="language-notice">{ tr!("curriculum-not-in-language", requested = language_name(&requested), shown = language_name(&c.language)) }</p>
            }
            if !fallbacks.is_empty() {
                <p class="notice-inline">{ tr!("curriculum-partly-translated", language = language_name(&c.language), shown = language_name(&c.default_language), modules = fallbacks.join("; ")) }</p>
            }
            <section class="progress-summary" aria-label={tr!("catalogue-progress")}>
                <p>
                    <label for="curriculum-progress">{ tr!("module-lessons-done", done = done, total = total) }</label>
                    <progress id="curriculum-progress" max={total.to_string()} value={done.to_string()}>{ format!("{done}/{total}") }</progress>
                </p>
                <Link<Route> to={Route::Results { id: c.id.clone() }} classes="button secondary">{ tr!("your-results") }</Link<Route>>
                if let Some(to) = continue_route(c, &progress) {
                    <Link<Route> {to} classes="button">{ if done == 0 && progress.last_lesson.is_none() { tr!("curriculum-start") } else { tr!("curriculum-continue") } }</Link<Route>>
                }
            </section>
            if let Some(d) = &about.description {
                <div class="description" lang={about_lang.clone()} dir={crate::ui::i18n::dir(about_lang)}>{ markdown(d, o) }</div>
            }
            <dl class="facts">
                if let Some(a) = &about.audience { <div><dt>{ tr!("curriculum-audience") }</dt><dd lang={about_lang.clone()} dir={crate::ui::i18n::dir(about_lang)}>{ a }</dd></div> }
                if let Some(m) = about.minutes { <div><dt>{ tr!("catalogue-time") }</dt><dd>{ tr!("curriculum-minutes", minutes = m) }</dd></div> }
                <div><dt>{ tr!("curriculum-version") }</dt><dd>{ &c.version }</dd></div>
            </dl>
            <h2>{ tr!("curriculum-modules") }</h2>
            // Numbered on the side the curriculum reads from (its items keep
            // their own language: a module may fall back to another).
            <ol class="modules" data-testid="modules" dir={crate::ui::i18n::dir(&c.language)}>
                { for c.modules.iter().map(|(m, lang)| html! {
                    <li lang={lang.clone()} dir={crate::ui::i18n::dir(lang)}>
                        <h3><Link<Route> to={Route::Module { id: c.id.clone(), module: m.id.clone() }}>{ &m.title }</Link<Route>></h3>
                        if let Some(s) = &m.summary { <p>{ s }</p> }
                        { lesson_list(&c.id, m, &progress) }
                    </li>
                }) }
            </ol>
            <OfflineSave id={c.id.clone()} version={c.version.clone()} />
            if !loaded.report.is_empty() {
                <details class="translation-notes">
                    <summary>{ tr!("curriculum-trainer-notes", count = loaded.report.diagnostics().len()) }</summary>
                    <DiagnosticsPanel report={loaded.report.clone()} title={tr!("curriculum-warnings")} />
                </details>
            }
            if done > 0 || !progress.answers.is_empty() {
                <section class="reset" aria-label={tr!("reset-label")}>
                    if *confirm_reset {
                        <p role="alert">{ tr!("reset-confirm") }</p>
                        <button type="button" class="danger" onclick={reset}>{ tr!("reset-yes") }</button>
                        <button type="button" class="secondary" onclick={cancel_reset}>{ tr!("reset-no") }</button>
                    } else {
                        <button type="button" class="secondary" onclick={reset}>{ tr!("reset-start") }</button>
                    }
                </section>
            }
        </>
    }
}
