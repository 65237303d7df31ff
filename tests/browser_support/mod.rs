//! Helpers shared by the browser tests (`tests/browser*.rs`): mounting a
//! component on its own `div`, finding elements, clicking with the timing
//! of a real click, waiting on DOM changes (never on a clock), and the
//! app's keys in `localStorage`; and a tiny in-memory curriculum loaded as
//! the app loads one.
#![allow(dead_code)]

use std::future::Future;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit, Storage};
use yew::{AppHandle, BaseComponent};

use cca_lab::domain::curriculum::{FileSet, FileState, Scope, Step, check, wanted};

pub fn document() -> web_sys::Document {
    gloo::utils::document()
}

pub fn window() -> web_sys::Window {
    gloo::utils::window()
}

/// A component mounted on its own `div` in the body.
pub struct Mounted<C: BaseComponent> {
    pub handle: AppHandle<C>,
    pub root: Element,
}

impl<C: BaseComponent> Mounted<C> {
    /// Mounts `C` with `props` and lets Yew finish rendering.
    pub async fn new(props: C::Properties) -> Mounted<C> {
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Mounted { handle, root }
    }

    /// The one element matching `selector` inside the mount point; panics
    /// naming the selector (and showing the HTML) if there is none.
    pub fn get(&self, selector: &str) -> Element {
        get(&self.root, selector)
    }

    /// Every element matching `selector` inside the mount point.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        all(&self.root, selector)
    }

    /// Whether an element matches `selector` inside the mount point.
    pub fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }

    /// The text of the whole mount point.
    pub fn all_text(&self) -> String {
        text(&self.root)
    }

    /// The text of the one element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        text(&self.get(selector))
    }

    /// Clicks the element matching `selector` as a user would (see
    /// [`click_as_user`]), then lets Yew finish rendering.
    pub async fn click(&self, selector: &str) {
        click_as_user(&self.get(selector)).await;
    }

    /// Destroys the app and removes its `div`.
    pub async fn unmount(self) {
        self.handle.destroy();
        yew::scheduler::flush().await;
        self.root.remove();
    }
}

/// Clicks `element` with the timing of a real click.
///
/// When a person clicks, the browser returns to the event loop after each
/// listener, so Yew's re-render (queued as a microtask by the app's handler)
/// runs before the click's default action (checking a box, submitting a
/// form). `element.click()` called from a test keeps script on the stack,
/// so the default action would run first and hide bugs where the re-render
/// changes what the default action does. A listener on the document, which
/// runs after Yew's own on the mount point, renders synchronously to restore
/// the real order.
pub async fn click_as_user(element: &Element) {
    let _render_between = gloo::events::EventListener::new(&document(), "click", |_| {
        let mut flush = std::pin::pin!(yew::scheduler::flush());
        let _ = flush
            .as_mut()
            .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
    });
    element.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
}

pub fn get(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no `{selector}` in:\n{}", root.inner_html()))
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .collect()
}

pub fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default()
}

pub fn texts(v: &[Element]) -> Vec<String> {
    v.iter().map(text).collect()
}

pub fn attr(e: &Element, name: &str) -> Option<String> {
    e.get_attribute(name)
}

/// Resolves on the next change to the DOM under `root`, or after `ms`
/// milliseconds, whichever comes first (the timer only bounds a test that
/// would otherwise hang; it never decides the outcome).
pub async fn next_change(root: &Element, ms: f64) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    let resolve = resolve.unwrap();
    let observer = MutationObserver::new(&resolve).unwrap();
    let init = MutationObserverInit::new();
    init.set_subtree(true);
    init.set_child_list(true);
    init.set_character_data(true);
    init.set_attributes(true);
    observer.observe_with_options(root, &init).unwrap();
    let timer = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms.max(1.0) as i32)
        .unwrap();
    let _ = JsFuture::from(promise).await;
    observer.disconnect();
    window().clear_timeout_with_handle(timer);
}

/// Waits until `ready` holds, re-checking after each DOM change under
/// `root`. Fails after ten seconds, naming `what`.
pub async fn wait_for(root: &Element, what: &str, ready: impl Fn() -> bool) {
    let deadline = js_sys::Date::now() + 10_000.0;
    loop {
        yew::scheduler::flush().await;
        if ready() {
            return;
        }
        let left = deadline - js_sys::Date::now();
        assert!(
            left > 0.0,
            "timed out waiting for {what}; the page shows:\n{}",
            root.inner_html()
        );
        next_change(root, left).await;
    }
}

pub fn local_storage() -> Storage {
    window().local_storage().unwrap().unwrap()
}

/// Every localStorage key this app uses (`cca-lab.*`).
pub fn app_keys() -> Vec<String> {
    let s = local_storage();
    let mut keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("cca-lab."))
        .collect();
    keys.sort();
    keys
}

pub fn clear_app_keys() {
    let s = local_storage();
    for k in app_keys() {
        s.remove_item(&k).unwrap();
    }
}

/// The steps of the one lesson of a tiny curriculum `demo` (English, one
/// module `basics` whose file is `basics`), loaded and checked as the app
/// does: `wanted` round by round, then `check`. Fails the test when the
/// curriculum has problems.
pub fn demo_steps(basics: &str) -> Vec<Step> {
    const MANIFEST: &str = r#"format = 1
id = "demo"
version = "1.0.0"
default_language = "en"
languages = ["en"]
modules = ["basics"]
"#;
    const ABOUT: &str = "title = \"Demo\"\n";
    let scope = Scope::Language("en".into());
    let mut files = FileSet::new();
    loop {
        let want = wanted(&files, &scope);
        if want.is_empty() {
            break;
        }
        for path in want {
            let state = match path.as_str() {
                "curriculum.toml" => FileState::Text(MANIFEST.into()),
                "en/about.toml" => FileState::Text(ABOUT.into()),
                "en/basics.toml" => FileState::Text(basics.into()),
                _ => FileState::Missing,
            };
            files.insert(path, state);
        }
    }
    let checked = check("demo", &files, &scope);
    assert!(checked.report.is_empty(), "{:?}", checked.report);
    let curriculum = checked.curriculum.expect("a curriculum without problems");
    curriculum.content["en"].modules["basics"].lessons[0]
        .steps
        .clone()
}
