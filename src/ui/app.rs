//! The app: providers, router and page layout.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::i18n::LANGUAGES;
use crate::tr;
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
                <Keyed />
            </HashRouter>
        </AppProvider>
    }
}

/// The layout, rebuilt when the interface language changes so that every
/// component reads the new messages.
#[component]
fn Keyed() -> Html {
    let app = use_app();
    let lang = app.state().ui_language.clone();
    html! { <Layout key={lang} /> }
}

/// The interface languages, in the order UN websites list them; each name
/// in its own language, the current one marked.
#[component]
pub fn LanguageSwitcher() -> Html {
    let app = use_app();
    let current = app.ui_language();
    let current_ref = use_node_ref();
    {
        // The layout was rebuilt in the language just chosen: the focus goes
        // back to the switcher's button for it, not to the top of the page.
        let current_ref = current_ref.clone();
        use_effect_with((), move |_| {
            if crate::ui::i18n::take_refocus()
                && let Some(b) = current_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = b.focus();
            }
        });
    }
    html! {
        <nav class="language-switcher" aria-label={tr!("language-switcher-label")} data-testid="language-switcher">
            <ul>
                { for LANGUAGES.iter().map(|l| {
                    let is_current = l.code == current;
                    let onclick = {
                        let app = app.clone();
                        let code = l.code;
                        Callback::from(move |_: MouseEvent| app.set_ui_language(code, true))
                    };
                    html! {
                        <li>
                            <button type="button" class="link" lang={l.code} dir={l.dir.as_str()}
                                ref={if is_current { current_ref.clone() } else { NodeRef::default() }}
                                aria-pressed={if is_current { "true" } else { "false" }}
                                {onclick}>{ l.native }</button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
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
            <a class="skip-link" href="#main" onclick={skip}>{ tr!("skip-to-main") }</a>
            <header class="site-header">
                <Link<Route> to={Route::Catalog} classes="site-title">{ tr!("app-title") }</Link<Route>>
                <span class="site-tagline">{ tr!("app-tagline") }</span>
                <nav class="site-nav" aria-label={tr!("nav-main")}>
                    <Link<Route> to={Route::Catalog}>{ tr!("nav-curricula") }</Link<Route>>
                    <Link<Route> to={Route::Workspaces}>{ tr!("nav-workspaces") }</Link<Route>>
                    <Link<Route> to={Route::TrainerPreview}>{ tr!("nav-trainers") }</Link<Route>>
                </nav>
                <LanguageSwitcher />
            </header>
            <Notices />
            <crate::ui::pages::preview::PreviewBanner />
            <main id="main" tabindex="-1" ref={main_ref}>
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>{ tr!("footer-sources") }</p>
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
                    <p>{ tr!("update-ready") }</p>
                    <button type="button" onclick={reload}>{ tr!("update-reload") }</button>
                </div>
            }
            { for notices.into_iter().map(|n| {
                let dismiss = app.callback(move |_: MouseEvent| Action::Dismiss(n.id));
                html! {
                    <div class="notice" data-testid="notice">
                        <p>{ n.text }</p>
                        <button type="button" class="secondary" onclick={dismiss}>{ tr!("dismiss") }</button>
                    </div>
                }
            }) }
        </div>
    }
}
