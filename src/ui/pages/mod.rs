//! One file per route.

pub mod catalog;
pub mod cohort;
pub mod curriculum;
pub mod lesson;
pub mod module;
pub mod not_found;
pub mod preview;
pub mod reference;
pub mod results;
pub mod workspace;
pub mod workspaces;

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::curriculum::{Localized, Module};
use crate::domain::progress::{CurriculumProgress, lesson_key};
use crate::tr;
use crate::ui::route::Route;

/// The name of a language in that language, for pickers.
pub fn endonym(code: &str) -> &str {
    match code {
        "ar" => "العربية",
        "zh" => "中文",
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        "es" => "Español",
        other => other,
    }
}

/// The breadcrumb to the catalogue.
pub fn catalogue_crumb() -> (String, Option<Route>) {
    (tr!("breadcrumb-catalogue"), Some(Route::Catalog))
}

/// A breadcrumb trail: (label, route) pairs, the last one the current page.
pub fn breadcrumbs(items: Vec<(String, Option<Route>)>) -> Html {
    html! {
        <nav class="breadcrumbs" aria-label={tr!("breadcrumb")}>
            <ol>
                { for items.into_iter().map(|(label, route)| match route {
                    Some(to) => html! { <li><Link<Route> {to}>{ label }</Link<Route>></li> },
                    None => html! { <li aria-current="page">{ label }</li> },
                }) }
            </ol>
        </nav>
    }
}

/// The folder a curriculum's files live in, for relative links and images
/// in language `lang`.
pub fn base(c: &Localized, lang: &str) -> String {
    format!(
        "{}/{}/{lang}/",
        crate::ui::services::loader::CURRICULA,
        c.id
    )
}

/// The lessons of module `m` as links, each marked when completed.
pub fn lesson_list(curriculum: &str, m: &Module, progress: &CurriculumProgress) -> Html {
    html! {
        <ol class="lessons">
            { for m.lessons.iter().map(|l| {
                let complete = progress.is_complete(&lesson_key(&m.id, &l.id));
                let to = Route::Lesson { id: curriculum.to_string(), module: m.id.clone(), lesson: l.id.clone() };
                html! {
                    <li class={classes!(complete.then_some("complete"))}>
                        <Link<Route> {to}>{ &l.title }</Link<Route>>
                        if complete { <span class="status">{ " " }{ tr!("lesson-completed-mark") }</span> }
                    </li>
                }
            }) }
        </ol>
    }
}

/// "Loading…" for a page whose data has not arrived (`message` names it).
pub fn loading(message: &str) -> Html {
    html! { <p class="loading" role="status">{ tr!(message) }</p> }
}
