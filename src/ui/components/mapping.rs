//! A mapping exercise in a lesson: map each priority, submit, read the
//! score and the explanation, try again. (Interface fixed here.)

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::mapping::MappingExercise;
use crate::domain::progress::MappingProgress;
use crate::domain::reference::Ref;

/// Props of [`MappingExerciseView`].
#[derive(Properties, PartialEq)]
pub struct MappingExerciseViewProps {
    /// The exercise.
    pub exercise: Rc<MappingExercise>,
    /// A unique prefix for ids (the step key with `/` replaced).
    pub dom_id: AttrValue,
    /// The learner's saved work, if any.
    pub saved: Option<MappingProgress>,
    /// Called when the choices for one priority change: (priority id, refs).
    pub on_draft: Callback<(String, Vec<Ref>)>,
    /// Called on submit: (choices by priority id, score 0–1).
    pub on_submit: Callback<(BTreeMap<String, Vec<Ref>>, f64)>,
    /// Base folder for relative links in Markdown.
    pub base: AttrValue,
}

/// The exercise.
#[component]
pub fn MappingExerciseView(props: &MappingExerciseViewProps) -> Html {
    html! { <ol>{ for props.exercise.priorities.iter().map(|p| html! { <li>{ &p.text }</li> }) }</ol> }
}
