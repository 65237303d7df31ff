//! The app context: a provider around the reducer, and [`use_app`], a hook
//! whose handle offers the actions pages need as methods.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::progress::{CurriculumProgress, Progress};
use crate::domain::results::Results;
use crate::ui::services::i18n as i18n_service;
use crate::ui::services::{lms, loader, offline, storage};
use crate::ui::state::{Action, AppState, DataState};

/// The shared state handle.
pub type AppContext = UseReducerHandle<AppState>;

/// Props of [`AppProvider`].
#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    /// The app.
    pub children: Html,
    /// Starting state (tests pass one; the app loads progress from storage).
    #[prop_or_default]
    pub initial: Option<Rc<AppState>>,
}

/// Holds the shared state, loads progress once and saves it on every change.
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || match initial {
        Some(s) => (*s).clone(),
        None => {
            let (progress, message) = storage::load_progress();
            let mut s = AppState::with_progress(progress);
            if let Some(m) = message {
                s = (*Rc::new(s).reduce(Action::Notify(m))).clone();
            }
            s
        }
    });
    {
        // The interface language: the learner's choice, else the browser's.
        let handle = AppHandle {
            inner: state.clone(),
        };
        use_effect_with((), move |_| {
            let code = i18n_service::initial_language();
            if code != "en" {
                handle.set_ui_language(code, false);
            }
        });
    }
    {
        // The service worker keeps the app working offline and says when a
        // new version is ready.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            offline::register(move || dispatcher.dispatch(Action::UpdateReady))
        });
    }
    {
        let dispatcher = state.dispatcher();
        let first = use_mut_ref(|| true);
        use_effect_with(state.progress.clone(), move |progress| {
            // Nothing changed on the first render; don't write back what was just read.
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Err(message) = storage::save_progress(progress) {
                dispatcher.dispatch(Action::Notify(message));
            }
        });
    }
    {
        // Launched by a learning platform: report results whenever progress
        // changes in a curriculum that is loaded.
        let active = *use_memo((), |_| lms::active());
        let loaded: Vec<_> = if active {
            state
                .curricula
                .values()
                .flatten()
                .filter_map(|c| c.localized.clone())
                .collect()
        } else {
            Vec::new()
        };
        let progress = if active {
            state.progress.clone()
        } else {
            Default::default()
        };
        use_effect_with((progress, loaded), |(progress, loaded)| {
            for c in loaded {
                let p = progress.curriculum(&c.id).cloned().unwrap_or_default();
                let now = String::from(js_sys::Date::new_0().to_iso_string());
                lms::report(&Results::build(c, &p, None, now), &p);
            }
        });
    }
    html! {
        <ContextProvider<AppContext> context={state}>{ props.children.clone() }</ContextProvider<AppContext>>
    }
}

/// A handle on the shared state with intent-revealing methods.
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    inner: AppContext,
}

impl AppHandle {
    /// The current state.
    pub fn state(&self) -> &AppState {
        &self.inner
    }

    /// All progress.
    pub fn progress(&self) -> &Progress {
        &self.inner.progress
    }

    /// Progress in one curriculum (empty if none).
    pub fn curriculum_progress(&self, id: &str) -> CurriculumProgress {
        self.inner
            .progress
            .curriculum(id)
            .cloned()
            .unwrap_or_default()
    }

    /// Sends an action.
    pub fn dispatch(&self, action: Action) {
        self.inner.dispatch(action);
    }

    /// A callback that sends `f(value)`.
    pub fn callback<T: 'static>(&self, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let d = self.inner.dispatcher();
        Callback::from(move |v| d.dispatch(f(v)))
    }

    /// The language to show curriculum `id` in: the learner's choice, else
    /// the interface language (the curriculum falls back to its default if
    /// it lacks it).
    pub fn language_for(&self, id: &str) -> String {
        self.inner
            .progress
            .curriculum(id)
            .and_then(|c| c.language.clone())
            .unwrap_or_else(|| crate::ui::i18n::code().to_string())
    }

    /// The interface language code.
    pub fn ui_language(&self) -> &'static str {
        crate::ui::i18n::code()
    }

    /// Switches the interface to language `code`: fetches its messages,
    /// remembers the choice and sets `<html lang dir>`. A language that
    /// cannot be loaded leaves the interface as it is, with a notice.
    pub fn set_ui_language(&self, code: &str, remember: bool) {
        let d = self.inner.dispatcher();
        let code = code.to_string();
        wasm_bindgen_futures::spawn_local(async move {
            match i18n_service::load(&code).await {
                Ok(l) => {
                    if remember {
                        i18n_service::store_language(&code);
                        crate::ui::i18n::refocus_switcher();
                    }
                    crate::ui::i18n::set(l);
                    // The official SDG texts in that language, when the
                    // reference data is in use (else on its first use).
                    if crate::domain::reference::is_loaded()
                        && let Err(why) = loader::ensure_sdg_translations(&code).await
                    {
                        d.dispatch(Action::Notify(why));
                    }
                    i18n_service::apply_document(&code);
                    d.dispatch(Action::UiLanguage(code));
                }
                Err(why) => d.dispatch(Action::Notify(crate::tr!(
                    "language-load-failed",
                    language = crate::ui::i18n::language_name(&code),
                    why = why
                ))),
            }
        });
    }

    /// Starts loading the catalogue unless it is loaded.
    pub fn ensure_catalog(&self) {
        if self.inner.catalog.is_some() {
            return;
        }
        let d = self.inner.dispatcher();
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let c = loader::load_catalog(|id| this.language_for(id)).await;
            d.dispatch(Action::CatalogLoaded(Rc::new(c)));
        });
    }

    /// Starts loading the reference data unless it is loaded or loading.
    pub fn ensure_reference(&self) {
        if crate::domain::reference::is_loaded() {
            if self.inner.reference != DataState::Ready {
                self.inner.dispatch(Action::Reference(DataState::Ready));
            }
            return;
        }
        if self.inner.reference != DataState::Idle {
            return;
        }
        let d = self.inner.dispatcher();
        d.dispatch(Action::Reference(DataState::Loading));
        wasm_bindgen_futures::spawn_local(async move {
            let state = match loader::ensure_reference().await {
                Ok(()) => DataState::Ready,
                Err(why) => DataState::Failed(why),
            };
            d.dispatch(Action::Reference(state));
        });
    }

    /// Starts loading curriculum `id` in `language` unless it is loaded or loading.
    pub fn ensure_curriculum(&self, id: &str, language: &str) {
        let key = (id.to_string(), language.to_string());
        if self.inner.curricula.contains_key(&key) {
            return;
        }
        let d = self.inner.dispatcher();
        d.dispatch(Action::CurriculumRequested {
            id: key.0.clone(),
            language: key.1.clone(),
        });
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = loader::load_curriculum(key.0.clone(), key.1.clone()).await;
            d.dispatch(Action::CurriculumLoaded {
                id: key.0,
                language: key.1,
                loaded: Rc::new(loaded),
            });
        });
    }
}

/// The shared state, with intent methods.
#[hook]
pub fn use_app() -> AppHandle {
    let inner = use_context::<AppContext>().expect("AppProvider must wrap the app");
    AppHandle { inner }
}
