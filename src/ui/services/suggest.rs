//! Suggestions in the browser. The engine (`domain::suggest`, with its
//! stemmers and lexicons) is not in the app's first download: it runs in a
//! web worker, its own small WebAssembly binary (`src/bin/suggest-worker.rs`,
//! built by Trunk as `suggest-worker_loader.js`, `suggest-worker.js` and
//! `suggest-worker_bg.wasm`), started on the first request. The worker
//! fetches the reference tables it needs from `data/` and builds the index
//! of a language once; the service worker keeps all those files after that
//! first use, so suggestions then work offline.
//!
//! Messages are plain JavaScript objects (serde-wasm-bindgen, no JSON
//! library in the app): a [`Request`] to the worker, a [`Response`] back;
//! the worker says [`READY`] (a string) once it listens.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response as FetchResponse};

use crate::domain::reference::{self, TABLES};
use crate::domain::suggest::{Engine, Lang, Params, Suggestions};
use crate::ui::services::loader::DATA;
use crate::ui::services::timing;

/// The worker's loader script, relative to the app.
pub const WORKER: &str = "suggest-worker_loader.js";

/// The name under which the worker measures each text it suggests for
/// (in the worker's own `performance` timeline; read by
/// `.ci/bench-browser.mjs`).
pub const SUGGEST_MEASURE: &str = "cca-lab:suggest";

/// What the worker says once it listens.
pub const READY: &str = "ready";

/// A request to the worker.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    /// Answered in the [`Response`] with the same id.
    pub id: u32,
    /// The language code (`en`, `fr`, `es`).
    pub lang: String,
    /// How many references of each kind, at most.
    pub top: usize,
    /// The texts.
    pub texts: Vec<String>,
}

/// The worker's answer.
#[derive(Debug, Serialize, Deserialize)]
pub struct Response {
    /// The request's id.
    pub id: u32,
    /// The suggestions of each text, in order; or what went wrong.
    pub result: Result<Vec<Suggestions>, String>,
}

type Done = Box<dyn FnOnce(Result<Vec<Suggestions>, String>)>;

#[derive(Default)]
struct Client {
    worker: Option<web_sys::Worker>,
    ready: bool,
    /// Requests made before the worker listened.
    queue: Vec<JsValue>,
    pending: HashMap<u32, Done>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// The message id of a worker that could not start or load.
const NOT_LOADED: &str = "suggest-not-loaded";

/// Asks the worker for suggestions for `texts` in `lang`; `done` gets them
/// in order, or a message saying what went wrong. Starts the worker on
/// first use.
pub fn suggest(
    lang: Lang,
    top: usize,
    texts: Vec<String>,
    done: impl FnOnce(Result<Vec<Suggestions>, String>) + 'static,
) {
    let id = NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    let request = Request {
        id,
        lang: lang.code().to_string(),
        top,
        texts,
    };
    let Ok(message) = to_js(&request) else {
        done(Err(crate::tr!("suggest-request-failed")));
        return;
    };
    CLIENT.with(|c| c.borrow_mut().pending.insert(id, Box::new(done)));
    let started = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.worker.is_none() {
            let Some(w) = start() else {
                return false;
            };
            c.worker = Some(w);
            c.ready = false;
        }
        if let (true, Some(w)) = (c.ready, &c.worker) {
            let _ = w.post_message(&message);
        } else {
            c.queue.push(message);
        }
        true
    });
    if !started {
        fail_all(NOT_LOADED);
    }
}

/// Starts the worker and listens to it.
fn start() -> Option<web_sys::Worker> {
    let worker = web_sys::Worker::new(WORKER).ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        if data.as_string().as_deref() == Some(READY) {
            CLIENT.with(|c| {
                let mut c = c.borrow_mut();
                c.ready = true;
                let queue = std::mem::take(&mut c.queue);
                if let Some(w) = &c.worker {
                    for message in queue {
                        let _ = w.post_message(&message);
                    }
                }
            });
            return;
        }
        let Ok(response) = serde_wasm_bindgen::from_value::<Response>(data) else {
            return;
        };
        let done = CLIENT.with(|c| c.borrow_mut().pending.remove(&response.id));
        if let Some(done) = done {
            done(response.result);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A worker that cannot load (offline before its first use, a missing
    // file) fails every request waiting for it; the next request tries
    // again with a new worker.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        e.prevent_default();
        fail_all(NOT_LOADED);
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(worker)
}

/// `value` as a plain JavaScript object.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, serde_wasm_bindgen::Error> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

/// Fails every waiting request with the message `message` (an id) and
/// drops the worker.
fn fail_all(message: &str) {
    let pending = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        c.ready = false;
        c.queue.clear();
        std::mem::take(&mut c.pending)
    });
    let message = crate::tr!(message);
    for (_, done) in pending {
        done(Err(message.clone()));
    }
}

// ---------------------------------------------------------------------------
// The worker side (run by `src/bin/suggest-worker.rs`).

thread_local! {
    static ENGINES: RefCell<Vec<(Lang, Rc<Engine>)>> = const { RefCell::new(Vec::new()) };
}

/// The worker's entry point: answers each [`Request`] with a [`Response`].
pub fn run_worker() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let reply = reply.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let response = answer(data).await;
            if let Ok(message) = to_js(&response) {
                let _ = reply.post_message(&message);
            }
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

async fn answer(data: JsValue) -> Response {
    let request = match serde_wasm_bindgen::from_value::<Request>(data) {
        Ok(r) => r,
        Err(e) => {
            return Response {
                id: 0,
                result: Err(format!("unreadable request: {e}")),
            };
        }
    };
    let result = match Lang::from_code(&request.lang) {
        None => Err(format!(
            "suggestions read English, French or Spanish, not “{}”",
            request.lang
        )),
        Some(lang) => match engine(lang).await {
            Ok(engine) => Ok(request
                .texts
                .iter()
                .map(|t| timing::measured(SUGGEST_MEASURE, || engine.suggest(t, request.top)))
                .collect()),
            Err(e) => Err(e),
        },
    };
    Response {
        id: request.id,
        result,
    }
}

/// The engine for `lang`, built on first use from the tables in `data/`.
async fn engine(lang: Lang) -> Result<Rc<Engine>, String> {
    if let Some(e) = ENGINES.with(|e| {
        e.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, e)| e.clone())
    }) {
        return Ok(e);
    }
    if !reference::is_loaded() {
        let mut texts = Vec::new();
        for name in TABLES {
            texts.push((name, fetch_text(&format!("{DATA}/{name}")).await?));
        }
        let pairs: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        reference::install(&pairs)?;
    }
    let translations = match lang.translation_table() {
        Some(name) => Some(fetch_text(&format!("{DATA}/{name}")).await?),
        None => None,
    };
    let engine = Rc::new(Engine::build(
        reference::reference(),
        lang,
        translations.as_deref(),
        Params::default(),
    )?);
    ENGINES.with(|e| e.borrow_mut().push((lang, engine.clone())));
    Ok(engine)
}

/// Fetches a text file from the worker (through the service worker, which
/// keeps it for offline use).
async fn fetch_text(url: &str) -> Result<String, String> {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let failed = |why: &str| format!("{url} could not be loaded: {why}");
    let response = JsFuture::from(scope.fetch_with_str(url))
        .await
        .map_err(|_| failed("the network request failed; check the connection"))?;
    let response: FetchResponse = response
        .dyn_into()
        .map_err(|_| failed("unexpected response"))?;
    if !response.ok() {
        return Err(failed(&format!(
            "the server answered HTTP {}",
            response.status()
        )));
    }
    let text = JsFuture::from(response.text().map_err(|_| failed("unreadable response"))?)
        .await
        .map_err(|_| failed("the download was interrupted"))?;
    text.as_string().ok_or_else(|| failed("not text"))
}
