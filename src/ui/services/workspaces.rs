//! Workspaces in `localStorage`, file downloads and uploads, printing and
//! timing.
//!
//! Each workspace is stored under a key of its own,
//! `cca-lab.workspace.<id>`, as the JSON of [`Workspace::to_json`] (the same
//! file the JSON export writes), and read back with [`Workspace::from_json`].
//! As for progress (see `storage`), a stored value that cannot be read is
//! never thrown away: it is copied to `cca-lab.workspace.<id>.aside.<ms>`
//! and the analyst is told.
//!
//! Reading a workspace checks every link against the official texts, so
//! read workspaces only once the reference data is loaded: [`load`] and
//! [`list`] refuse to read before that rather than set valid work aside.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

use crate::domain::json_syntax;
use crate::domain::reference;
use crate::domain::workspace::{ImportError, ImportKind, Workspace, WorkspaceFile};
use crate::ui::services::json;
use crate::ui::services::storage::storage;

/// The prefix of every workspace key; the id follows.
pub const WORKSPACE_PREFIX: &str = "cca-lab.workspace.";

/// The key workspace `id` is stored under.
pub fn key(id: &str) -> String {
    format!("{WORKSPACE_PREFIX}{id}")
}

/// Workspace `id`: `None` when there is none. The message, when there is
/// one, tells the analyst what happened to a value that could not be read.
pub fn load(id: &str) -> (Option<Workspace>, Option<String>) {
    if !reference::is_loaded() {
        return (None, Some(crate::tr!("ws-store-no-reference")));
    }
    let store = match storage() {
        Ok(s) => s,
        Err(why) => {
            return (None, Some(crate::tr!("ws-store-unavailable", why = why)));
        }
    };
    let key = key(id);
    let Ok(Some(text)) = store.get_item(&key) else {
        return (None, None);
    };
    match read_json(&text) {
        Ok(ws) => (Some(ws), None),
        Err(e) => {
            let aside = format!("{key}.aside.{}", js_sys::Date::now() as u64);
            let message = if store.set_item(&aside, &text).is_ok() {
                let _ = store.remove_item(&key);
                crate::tr!(
                    "ws-store-kept-aside",
                    id = id,
                    why = e.to_string(),
                    file = aside.as_str()
                )
            } else {
                crate::tr!("ws-store-left", id = id, why = e.to_string())
            };
            (None, Some(message))
        }
    }
}

/// Reads a workspace JSON file with the browser's own JSON parser (the app
/// does not ship a second one), with the checks of [`Workspace::from_file`].
pub fn read_json(text: &str) -> Result<Workspace, ImportError> {
    let fail = |message: String| ImportError {
        line: 0,
        column: 0,
        message,
    };
    let value = js_sys::JSON::parse(text).map_err(|_| match json_syntax::first_error(text) {
        Some((line, column, expected)) => ImportError {
            line,
            column,
            message: format!("not valid JSON: expected {expected}"),
        },
        None => fail("not valid JSON".into()),
    })?;
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(fail(
            "this is not a CCA Migration Lab workspace (it is not a JSON object)".into(),
        ));
    }
    let file: WorkspaceFile = serde_wasm_bindgen::from_value(value)
        .map_err(|e| fail(format!("not a CCA Migration Lab workspace file: {e}")))?;
    Workspace::from_file(file)
}

/// The workspace JSON file, written with the browser's own serialiser:
/// the same content as [`Workspace::to_json`].
pub fn write_json(ws: &Workspace) -> String {
    json::to_string(&ws.to_file(), true).unwrap_or_default()
}

/// Every stored workspace as (id, workspace), oldest first, and messages
/// about those that could not be read (see [`load`]).
pub fn list() -> (Vec<(String, Workspace)>, Vec<String>) {
    let Ok(store) = storage() else {
        return (Vec::new(), load("").1.into_iter().collect());
    };
    let mut ids: Vec<String> = (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|k| {
            k.strip_prefix(WORKSPACE_PREFIX)
                .filter(|id| !id.is_empty() && !id.contains('.'))
                .map(str::to_string)
        })
        .collect();
    ids.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
    let (mut out, mut messages) = (Vec::new(), Vec::new());
    for id in ids {
        let (ws, message) = load(&id);
        messages.extend(message);
        if let Some(ws) = ws {
            out.push((id, ws));
        }
    }
    (out, messages)
}

/// Saves workspace `id`; the error says why it could not be saved.
pub fn save(id: &str, ws: &Workspace) -> Result<(), String> {
    storage()
        .and_then(|s| {
            s.set_item(&key(id), &write_json(ws))
                .map_err(|_| "storage is full".into())
        })
        .map_err(|why| crate::tr!("ws-store-save-failed", name = ws.name.as_str(), why = why))
}

/// Deletes workspace `id` (its set-aside copies stay).
pub fn remove(id: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(&key(id));
    }
}

/// An id no stored workspace has: the time in milliseconds.
pub fn new_id() -> String {
    let mut n = js_sys::Date::now() as u64;
    let taken = |n: u64| {
        storage()
            .ok()
            .and_then(|s| s.get_item(&key(&n.to_string())).ok().flatten())
            .is_some()
    };
    while taken(n) {
        n += 1;
    }
    n.to_string()
}

/// A file name made from a workspace name: letters, digits, `-` and `_`.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "workspace".to_string()
    } else {
        stem.to_string()
    }
}

/// Offers `text` as a download named `file_name`. CSV files get a
/// byte-order mark, so spreadsheet programs read them as UTF-8.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |_| format!("{file_name} could not be offered for download");
    let body = if mime.starts_with("text/csv") {
        format!("\u{feff}{text}")
    } else {
        text.to_string()
    };
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(&body));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let a: HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
    // Some browsers start the download after the click returns: release
    // the object URL a moment later.
    let release = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    Ok(())
}

/// The text of an uploaded file (decoded as UTF-8).
pub async fn read_file(file: &File) -> Result<String, String> {
    let why = || format!("{} could not be read", file.name());
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(why)
}

/// Opens the browser's print dialog (which can save a PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Today's date in the browser's time zone, as `2026-11-28`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Reads an uploaded file and imports it as a workspace named `name` (when
/// the file does not name it), every problem listed.
pub async fn import_file(file: &File, name: &str) -> Result<Workspace, Vec<ImportError>> {
    match read_file(file).await {
        Ok(text) => Workspace::import_with(
            name,
            &text,
            ImportKind::from_file_name(&file.name()),
            &read_json,
        ),
        Err(why) => Err(vec![ImportError {
            line: 0,
            column: 0,
            message: why,
        }]),
    }
}
