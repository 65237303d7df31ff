//! What a learner sees if the app ever panics: a message in the page, not a
//! blank screen.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

/// The message shown after a panic.
pub const CRASH_MESSAGE: &str = "Something went wrong and CCA Migration Lab stopped. Your progress is saved in this browser. Reload the page to continue; if this happens again, tell your trainer what you were doing.";

thread_local! {
    static MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the crash message in the interface language, formatted ahead of
/// time so that a panic never needs the message formatter.
pub fn set_message(text: String) {
    MESSAGE.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            *m = Some(text);
        }
    });
}

/// The crash message in the interface language, else in English.
fn message() -> String {
    MESSAGE
        .try_with(|m| m.try_borrow().ok().and_then(|m| m.clone()))
        .ok()
        .flatten()
        .unwrap_or_else(|| CRASH_MESSAGE.to_string())
}

/// Installs a panic hook that logs the panic to the console and replaces the
/// page's content with [`CRASH_MESSAGE`].
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            show(&body);
        }
    }));
}

/// Replaces the content of `container` with the crash message, as an alert.
/// Uses only DOM calls that cannot fail in a loaded page, and never panics.
pub fn show(container: &web_sys::Element) {
    let Some(doc) = container.owner_document() else {
        return;
    };
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_class_name("crash");
    let _ = div.set_attribute("role", "alert");
    div.set_text_content(Some(&message()));
    container.set_text_content(None);
    let _ = container.append_child(&div);
    if let Ok(el) = div.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.set_attribute("tabindex", "-1");
        let _ = el.focus();
    }
}
