//! Working offline: the service worker (`www/sw.js`), its updates, and
//! saving a whole curriculum for use without a network.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::domain::curriculum::{FileSet, Scope, wanted};
use crate::ui::services::loader::{CURRICULA, DATA, fetch, fetched_urls};

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `serviceWorker` is missing on insecure origins and in some embeds.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

/// Returns true if and only if this browser can keep the app offline here
/// (service workers need https or localhost).
pub fn is_supported() -> bool {
    container().is_some() && !crate::ui::services::lms::active()
}

thread_local! {
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

/// Registers the service worker. `on_update` is called once a new version
/// of the app has been downloaded and waits for the learner to reload.
pub fn register(on_update: impl Fn() + 'static) {
    // Inside a learning platform the platform serves and updates the app.
    if crate::ui::services::lms::active() {
        return;
    }
    let Some(sw) = container() else { return };
    let first_visit = sw.controller().is_none();
    // On a first visit the page was loaded before the service worker
    // existed: once it takes control, fetch the curriculum files again
    // through it, so that what was opened works offline too.
    let on_control = Closure::<dyn Fn()>::new(move || {
        // "Reload now" was chosen: the new worker has taken over, in a page
        // of a first visit as in any other.
        if RELOADING.with(Cell::get) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        } else if first_visit {
            wasm_bindgen_futures::spawn_local(async {
                for url in fetched_urls() {
                    let _ = fetch(&url).await;
                }
            });
        }
    });
    sw.set_oncontrollerchange(Some(on_control.as_ref().unchecked_ref()));
    on_control.forget();

    let on_update = std::rc::Rc::new(on_update);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(sw.register("sw.js")).await else {
            return;
        };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        // A version may already be waiting from an earlier visit.
        if reg.waiting().is_some() && !first_visit {
            on_update();
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = reg2.installing() else {
                return;
            };
            let (w2, on_update) = (worker.clone(), on_update.clone());
            let on_state = Closure::<dyn Fn()>::new(move || {
                let controlled = container().and_then(|c| c.controller()).is_some();
                if w2.state() == ServiceWorkerState::Installed && controlled {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Switches to the new version: the waiting service worker takes over and
/// the page reloads.
pub fn apply_update() {
    let Some(sw) = container() else { return };
    RELOADING.with(|r| r.set(true));
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(
            sw.ready()
                .unwrap_or_else(|_| js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        match reg.waiting() {
            Some(waiting) => {
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"SKIP_WAITING".into());
                let _ = waiting.post_message(&msg);
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

/// The `localStorage` key recording that curriculum `id` was saved for
/// offline use (its value is the curriculum version saved).
pub fn saved_key(id: &str) -> String {
    format!("cca-lab.offline.{id}")
}

/// Fetches every file of curriculum `id`, in every language, and the
/// reference tables it is read with, through the service worker, which keeps
/// them; `progress(done)` is told after each curriculum file. Returns the
/// number of curriculum files, or why it failed.
pub async fn save_curriculum(
    id: &str,
    version: &str,
    progress: impl Fn(usize),
) -> Result<usize, String> {
    for table in crate::domain::reference::TABLES {
        if let crate::domain::curriculum::FileState::Unreadable(why) =
            fetch(&format!("{DATA}/{table}")).await
        {
            return Err(format!("{DATA}/{table} could not be downloaded: {why}"));
        }
    }
    let mut files = FileSet::new();
    let mut done = 0;
    loop {
        let want = wanted(&files, &Scope::All);
        if want.is_empty() {
            break;
        }
        for path in want {
            let state = fetch(&format!("{CURRICULA}/{id}/{path}")).await;
            if let crate::domain::curriculum::FileState::Unreadable(why) = &state {
                return Err(format!("{path} could not be downloaded: {why}"));
            }
            files.insert(path, state);
            done += 1;
            progress(done);
        }
    }
    if let Ok(store) = crate::ui::services::storage::storage() {
        let _ = store.set_item(&saved_key(id), version);
    }
    Ok(done)
}

/// The version of curriculum `id` saved for offline use, if any.
pub fn saved_version(id: &str) -> Option<String> {
    crate::ui::services::storage::storage()
        .ok()?
        .get_item(&saved_key(id))
        .ok()?
}
