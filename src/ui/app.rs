//! The app: providers, router and page layout.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::context::{AppProvider, use_app};
use crate::ui::route::{Route, switch};
use crate::ui::services::offline;
use crate::ui::state::Action;

/// The whole app.
#[component]
pub fn App() -> Html {
    html! {
        <AppProvider>
            <HashRouter>
                <Layout />
            </HashRouter>
        </AppProvider>
    }
}

/// Header, notices, main content and footer around the current page.
#[component]
pub fn Layout() -> Html {
    let main_ref = use_node_ref();
    let route = use_route::<Route>();
    {
        // Move focus to the main content when the page changes (not on the
        // first load), so keyboard and screen-reader users start at the new
        // page rather than at the link they followed.
        let main_ref = main_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(route, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false)
                && let Some(main) = main_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = main.focus();
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
    }
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = main_ref.cast::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        })
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ "Skip to main content" }</a>
            <header class="site-header">
                <Link<Route> to={Route::Catalog} classes="site-title">{ "CCA Migration Lab" }</Link<Route>>
                <span class="site-tagline">{ "Migration in Common Country Analyses and Cooperation Frameworks" }</span>
                <nav class="site-nav" aria-label="Main">
                    <Link<Route> to={Route::Catalog}>{ "Curricula" }</Link<Route>>
                    <Link<Route> to={Route::Workspaces}>{ "Workspaces" }</Link<Route>>
                    <Link<Route> to={Route::TrainerPreview}>{ "Trainers" }</Link<Route>>
                </nav>
            </header>
            <Notices />
            <crate::ui::pages::preview::PreviewBanner />
            <main id="main" tabindex="-1" ref={main_ref}>
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>{ "Official texts: SDG global indicator framework (A/RES/71/313, after the 2025 comprehensive review, E/CN.3/2025/6); Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). Your progress stays in this browser." }</p>
            </footer>
        </>
    }
}

/// Notices from the app (storage problems and the like), each dismissable,
/// and the offer to reload when a new version is ready.
#[component]
fn Notices() -> Html {
    let app = use_app();
    let notices = app.state().notices.clone();
    let reload = Callback::from(|_: MouseEvent| offline::apply_update());
    html! {
        <div class="notices" role="status" aria-live="polite">
            if app.state().update_ready {
                <div class="notice update" data-testid="update-ready">
                    <p>{ "A new version of CCA Migration Lab is ready. Reload to use it; your progress is kept." }</p>
                    <button type="button" onclick={reload}>{ "Reload now" }</button>
                </div>
            }
            { for notices.into_iter().map(|n| {
                let dismiss = app.callback(move |_: MouseEvent| Action::Dismiss(n.id));
                html! {
                    <div class="notice" data-testid="notice">
                        <p>{ n.text }</p>
                        <button type="button" class="secondary" onclick={dismiss}>{ "Dismiss" }</button>
                    </div>
                }
            }) }
        </div>
    }
}
