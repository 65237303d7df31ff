//! The wasm entry point: a visible panic message, then the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash();
    }));
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<cca_lab::ui::App>::with_root(root).render();
}

/// Replaces the page with a message a learner can act on. Uses only DOM
/// calls that cannot fail in a loaded page, and never panics itself.
#[cfg(target_arch = "wasm32")]
fn show_crash() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_class_name("crash");
    let _ = div.set_attribute("role", "alert");
    div.set_text_content(Some(
        "Something went wrong and CCA Migration Lab stopped. Your progress is saved in this browser. Reload the page to continue; if this happens again, tell your trainer what you were doing.",
    ));
    body.set_text_content(None);
    let _ = body.append_child(&div);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in a browser: build it with `trunk build`.");
}
