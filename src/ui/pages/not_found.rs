//! The page for addresses that lead nowhere.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::tr;
use crate::ui::hooks::use_title;
use crate::ui::route::Route;

/// "Page not found", with a way back.
#[component]
pub fn NotFoundPage() -> Html {
    use_title(tr!("not-found-title"));
    html! {
        <>
            <h1>{ tr!("not-found-title") }</h1>
            <p>{ tr!("not-found-body") }</p>
            <p><Link<Route> to={Route::Catalog}>{ tr!("not-found-back") }</Link<Route>></p>
        </>
    }
}
