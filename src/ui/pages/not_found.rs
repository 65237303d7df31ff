//! The page for addresses that lead nowhere.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::ui::hooks::use_title;
use crate::ui::route::Route;

/// "Page not found", with a way back.
#[component]
pub fn NotFoundPage() -> Html {
    use_title("Page not found".into());
    html! {
        <>
            <h1>{ "Page not found" }</h1>
            <p>{ "This address does not lead to a page of CCA Migration Lab. The link may be mistyped, or the curriculum may have been renamed." }</p>
            <p><Link<Route> to={Route::Catalog}>{ "Go to the catalogue" }</Link<Route>></p>
        </>
    }
}
