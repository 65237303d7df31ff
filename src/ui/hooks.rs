//! Hooks shared by pages.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::context::use_app;
use crate::ui::services::loader::LoadedCurriculum;
use crate::ui::state::DataState;

/// Sets the document title to `title — CCA Migration Lab`.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let full = if title.is_empty() {
                crate::tr!("app-title")
            } else {
                crate::tr!("page-title", title = title)
            };
            doc.set_title(&full);
        }
    });
}

/// Curriculum `id` in the learner's language: `None` while loading.
///
/// Starts loading on first use; the result is shared through the app state,
/// so moving between its pages does not fetch again.
#[hook]
pub fn use_curriculum(id: &str) -> Option<Rc<LoadedCurriculum>> {
    let app = use_app();
    let language = app.language_for(id);
    // Asked for again when its entry goes (a trainer's preview ended).
    let present = app
        .state()
        .curricula
        .contains_key(&(id.to_string(), language.clone()));
    {
        let app = app.clone();
        use_effect_with(
            (id.to_string(), language.clone(), present),
            move |(id, language, _)| app.ensure_curriculum(id, language),
        );
    }
    app.state()
        .curricula
        .get(&(id.to_string(), language))
        .cloned()
        .flatten()
}

/// The state of the official reference data, which is fetched on first use.
#[hook]
pub fn use_reference_data() -> DataState {
    let app = use_app();
    {
        let app = app.clone();
        use_effect_with((), move |_| app.ensure_reference());
    }
    app.state().reference.clone()
}
