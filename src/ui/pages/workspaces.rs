//! The analyst's workspaces. (Interface fixed here.)

use yew::prelude::*;

/// Lists the workspaces and creates new ones.
#[component]
pub fn WorkspacesPage() -> Html {
    html! { <h1>{ "Workspaces" }</h1> }
}
