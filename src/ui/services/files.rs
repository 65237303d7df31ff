//! Files a trainer chooses or drops: from a file input (files or a whole
//! folder), from a drop (files and folders, read recursively), and the
//! files inside a zip (inflated by the browser's `DecompressionStream`).
//! Everything stays in the browser; nothing is uploaded.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DataTransfer, File, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry,
    HtmlInputElement,
};

use crate::domain::archive::zip_entries;

/// One file read: its path (inside the folder dropped or chosen, with `/`
/// separators; just its name for a single file) and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Picked {
    /// The path.
    pub path: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// The bytes of a file.
pub async fn bytes_of(file: &File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| crate::tr!("file-unreadable", file = file.name()))?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// A file's path inside the folder chosen (`webkitRelativePath`), else its name.
fn path_of(file: &File) -> String {
    let rel = Reflect::get(file, &JsValue::from_str("webkitRelativePath"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if rel.is_empty() { file.name() } else { rel }
}

/// Every file chosen in a file input; zips are opened. Problems (an
/// unreadable file, a damaged zip) are returned beside the files read.
pub async fn from_input(input: &HtmlInputElement) -> (Vec<Picked>, Vec<String>) {
    let mut files = Vec::new();
    if let Some(list) = input.files() {
        for i in 0..list.length() {
            if let Some(f) = list.get(i) {
                files.push(f);
            }
        }
    }
    read_all(files.into_iter().map(|f| (path_of(&f), f)).collect()).await
}

/// What a drop holds, taken while the drop event runs (the browser empties
/// the `DataTransfer` afterwards).
pub struct Dropped {
    entries: Vec<FileSystemEntry>,
    files: Vec<File>,
}

/// Takes the entries (files and folders) of a drop.
pub fn take_drop(dt: &DataTransfer) -> Dropped {
    let mut entries = Vec::new();
    let mut files = Vec::new();
    let items = dt.items();
    for i in 0..items.length() {
        let Some(item) = items.get(i) else { continue };
        if item.kind() != "file" {
            continue;
        }
        match item.webkit_get_as_entry() {
            Ok(Some(e)) => entries.push(e),
            _ => {
                if let Ok(Some(f)) = item.get_as_file() {
                    files.push(f);
                }
            }
        }
    }
    Dropped { entries, files }
}

/// Calls `f(resolve, reject)` and waits for the promise it settles.
async fn callback_promise(f: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut f = Some(f);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(f) = f.take() {
            f(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}

/// Reads every file of a drop, folders recursively; zips are opened.
pub async fn from_drop(dropped: Dropped) -> (Vec<Picked>, Vec<String>) {
    let mut found: Vec<(String, File)> = dropped.files.into_iter().map(|f| (f.name(), f)).collect();
    let mut problems = Vec::new();
    let mut stack: Vec<FileSystemEntry> = dropped.entries;
    while let Some(entry) = stack.pop() {
        let path = entry.full_path().trim_start_matches('/').to_string();
        if entry.is_directory() {
            let dir: FileSystemDirectoryEntry = entry.unchecked_into();
            let reader = dir.create_reader();
            // `readEntries` gives a batch at a time, then an empty one.
            loop {
                let batch = callback_promise(|ok, err| {
                    let _ = reader.read_entries_with_callback_and_callback(ok, err);
                })
                .await;
                let Ok(batch) = batch else {
                    problems.push(crate::tr!("folder-unreadable", file = path.as_str()));
                    break;
                };
                let batch: Array = batch.unchecked_into();
                if batch.length() == 0 {
                    break;
                }
                stack.extend(batch.iter().map(|e| e.unchecked_into::<FileSystemEntry>()));
            }
        } else if entry.is_file() {
            let fe: FileSystemFileEntry = entry.unchecked_into();
            match callback_promise(|ok, err| fe.file_with_callback_and_callback(ok, err)).await {
                Ok(f) => found.push((path, f.unchecked_into())),
                Err(_) => problems.push(crate::tr!("file-unreadable", file = path.as_str())),
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let (files, more) = read_all(found).await;
    problems.extend(more);
    (files, problems)
}

/// Reads files (all at once: hundreds of results files take one wait, not
/// hundreds), opening zips.
async fn read_all(files: Vec<(String, File)>) -> (Vec<Picked>, Vec<String>) {
    let files: Vec<(String, File)> = files
        .into_iter()
        .filter(|(path, _)| !path.rsplit('/').next().unwrap_or(path).starts_with('.'))
        .collect();
    let read = futures::future::join_all(files.iter().map(|(_, f)| bytes_of(f))).await;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for ((path, _), bytes) in files.into_iter().zip(read) {
        match bytes {
            Ok(bytes) if path.to_lowercase().ends_with(".zip") => match unzip(&bytes).await {
                Ok(inner) => out.extend(inner),
                Err(why) => problems.push(format!("{path}: {why}")),
            },
            Ok(bytes) => out.push(Picked { path, bytes }),
            Err(why) => problems.push(why),
        }
    }
    (out, problems)
}

/// Inflates raw deflate data with the browser's `DecompressionStream`.
async fn inflate(data: &[u8]) -> Result<Vec<u8>, String> {
    let fail = |_| {
        "this browser cannot read zip files (no DecompressionStream); unzip the folder and drop it instead".to_string()
    };
    let global = js_sys::global();
    let ctor: Function = Reflect::get(&global, &JsValue::from_str("DecompressionStream"))
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    let stream =
        Reflect::construct(&ctor, &Array::of1(&JsValue::from_str("deflate-raw"))).map_err(fail)?;
    let parts = Array::of1(&Uint8Array::from(data));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(fail)?;
    let readable = Reflect::get(&blob, &JsValue::from_str("stream"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(&blob).ok())
        .ok_or("the zip could not be read")?;
    let pipe: Function = Reflect::get(&readable, &JsValue::from_str("pipeThrough"))
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    let out = pipe.call1(&readable, &stream).map_err(fail)?;
    let response = web_sys::Response::new_with_opt_readable_stream(Some(out.unchecked_ref()))
        .map_err(|_| "the zip could not be read".to_string())?;
    let buf = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| "the zip could not be read".to_string())?,
    )
    .await
    .map_err(|_| "a file in the zip is damaged; make the zip again".to_string())?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// The files inside a zip.
pub async fn unzip(bytes: &[u8]) -> Result<Vec<Picked>, String> {
    let mut out = Vec::new();
    for e in zip_entries(bytes)? {
        let raw = &bytes[e.data.clone()];
        let data = if e.stored {
            raw.to_vec()
        } else {
            inflate(raw).await.map_err(|w| format!("{}: {w}", e.name))?
        };
        out.push(Picked {
            path: e.name,
            bytes: data,
        });
    }
    Ok(out)
}

/// Reads a results file with the browser's own JSON parser (the app does
/// not ship a second one), with the reasons of
/// [`crate::domain::cohort::read_json`].
pub fn read_results(text: &str) -> Result<crate::domain::results::Results, String> {
    use crate::domain::cohort::{field_reason, json_reason, not_results_reason, version_reason};
    use crate::domain::results::{RESULTS_FORMAT, RESULTS_VERSION};
    let value =
        js_sys::JSON::parse(text).map_err(|_| {
            match crate::domain::json_syntax::first_error(text) {
                Some((line, column, expected)) => {
                    json_reason(line, column, &format!("expected {expected}"))
                }
                None => json_reason(1, 1, "not JSON"),
            }
        })?;
    if !value.is_object() || Array::is_array(&value) {
        return Err(not_results_reason());
    }
    let field = |name: &str| Reflect::get(&value, &JsValue::from_str(name)).ok();
    if field("format").and_then(|f| f.as_string()).as_deref() != Some(RESULTS_FORMAT) {
        return Err(not_results_reason());
    }
    match field("version").and_then(|v| v.as_f64()) {
        Some(v) if v == RESULTS_VERSION as f64 => {}
        Some(v) if v >= 0.0 && v.fract() == 0.0 => return Err(version_reason(v as u64)),
        _ => return Err("the file has no \"version\"".into()),
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| field_reason(&e.to_string()))
}
