//! The web worker that runs the suggestion engine, apart from the app's
//! first download (see `cca_lab::ui::services::suggest`). Trunk builds it
//! from `www/index.html` (`data-type="worker"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    cca_lab::ui::services::suggest::run_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The suggestion worker runs in a browser: build the app with `trunk build`.");
}
