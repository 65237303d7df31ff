//! Addresses. The app uses hash routing (`…/index.html#/c/starter`), so every
//! page can be bookmarked and reloaded on any static server, in any folder,
//! with no server configuration.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::pages;

/// Every page.
#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// The catalogue of curricula.
    #[at("/")]
    Catalog,
    /// A curriculum's first page.
    #[at("/c/:id")]
    Curriculum {
        /// The curriculum id.
        id: String,
    },
    /// A module's page.
    #[at("/c/:id/:module")]
    Module {
        /// The curriculum id.
        id: String,
        /// The module id.
        module: String,
    },
    /// A lesson.
    #[at("/c/:id/:module/:lesson")]
    Lesson {
        /// The curriculum id.
        id: String,
        /// The module id.
        module: String,
        /// The lesson id.
        lesson: String,
    },
    /// A learner's results in a curriculum: summary and download.
    #[at("/results/:id")]
    Results {
        /// The curriculum id.
        id: String,
    },
    /// The official text of a GCM objective or SDG goal, target or indicator.
    #[at("/ref/:code")]
    Reference {
        /// The reference, e.g. `sdg:10.7`.
        code: String,
    },
    /// The analyst's workspaces: their own plans, mapped and analysed.
    #[at("/workspaces")]
    Workspaces,
    /// One workspace: its priorities, their links and the analytics.
    #[at("/w/:id")]
    Workspace {
        /// The workspace id.
        id: String,
    },
    /// A workspace's printable report.
    #[at("/w/:id/report")]
    WorkspaceReport {
        /// The workspace id.
        id: String,
    },
    /// Trainers: check a dropped curriculum and preview it.
    #[at("/trainer/preview")]
    TrainerPreview,
    /// Trainers: cohort analytics from trainees' results files.
    #[at("/trainer/cohort")]
    TrainerCohort,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// Renders the page for `route`.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Catalog => html! { <pages::catalog::CatalogPage /> },
        Route::Curriculum { id } => html! { <pages::curriculum::CurriculumPage {id} /> },
        Route::Module { id, module } => html! { <pages::module::ModulePage {id} {module} /> },
        Route::Lesson { id, module, lesson } => {
            html! { <pages::lesson::LessonPage {id} {module} {lesson} /> }
        }
        Route::Results { id } => html! { <pages::results::ResultsPage {id} /> },
        Route::Reference { code } => html! { <pages::reference::ReferencePage {code} /> },
        Route::Workspaces => html! { <pages::workspaces::WorkspacesPage /> },
        Route::Workspace { id } => html! { <pages::workspace::WorkspacePage {id} /> },
        Route::WorkspaceReport { id } => html! { <pages::workspace::WorkspaceReportPage {id} /> },
        Route::TrainerPreview => html! { <pages::preview::PreviewPage /> },
        Route::TrainerCohort => html! { <pages::cohort::CohortPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_recognised() {
        assert_eq!(Route::recognize("/"), Some(Route::Catalog));
        assert_eq!(
            Route::recognize("/c/starter"),
            Some(Route::Curriculum {
                id: "starter".into()
            })
        );
        assert_eq!(
            Route::recognize("/c/starter/agenda/why"),
            Some(Route::Lesson {
                id: "starter".into(),
                module: "agenda".into(),
                lesson: "why".into()
            })
        );
        assert_eq!(
            Route::recognize("/ref/sdg:10.7"),
            Some(Route::Reference {
                code: "sdg:10.7".into()
            })
        );
        assert_eq!(Route::recognize("/nope/x/y/z/w"), Some(Route::NotFound));
        assert_eq!(
            Route::recognize("/trainer/cohort"),
            Some(Route::TrainerCohort)
        );
        assert_eq!(
            Route::recognize("/trainer/preview"),
            Some(Route::TrainerPreview)
        );
        assert_eq!(
            Route::Lesson {
                id: "a".into(),
                module: "b".into(),
                lesson: "c".into()
            }
            .to_path(),
            "/c/a/b/c"
        );
    }
}
