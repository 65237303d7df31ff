//! One workspace and its printable report. (Interface fixed here.)

use yew::prelude::*;

/// Props of [`WorkspacePage`] and [`WorkspaceReportPage`].
#[derive(Properties, PartialEq)]
pub struct WorkspacePageProps {
    /// The workspace id.
    pub id: AttrValue,
}

/// Maps a workspace's priorities and shows the analytics.
#[component]
pub fn WorkspacePage(props: &WorkspacePageProps) -> Html {
    html! { <h1>{ props.id.clone() }</h1> }
}

/// The printable report of a workspace.
#[component]
pub fn WorkspaceReportPage(props: &WorkspacePageProps) -> Html {
    html! { <h1>{ props.id.clone() }</h1> }
}
