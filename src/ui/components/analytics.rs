//! The analytics views, the same for an exercise and a workspace: coverage
//! heatmaps with table views, gap lists, alignment and interlinkages.
//! (Interface fixed here.)

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::analytics::Mapped;

/// Props of [`AnalyticsView`].
#[derive(Properties, PartialEq)]
pub struct AnalyticsViewProps {
    /// The mapped priorities to analyse.
    pub priorities: Rc<Vec<Mapped>>,
    /// A unique prefix for ids.
    pub dom_id: AttrValue,
    /// The level of the section headings (2 on a page, 3 inside a lesson step).
    #[prop_or(2)]
    pub heading_level: u8,
}

/// Every analysis of the priorities.
#[component]
pub fn AnalyticsView(props: &AnalyticsViewProps) -> Html {
    html! { <p>{ format!("{} priorities", props.priorities.len()) }</p> }
}
