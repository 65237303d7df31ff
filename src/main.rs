//! The wasm entry point: a visible panic message, then the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    cca_lab::ui::services::crash::install();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<cca_lab::ui::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in a browser: build it with `trunk build`.");
}
