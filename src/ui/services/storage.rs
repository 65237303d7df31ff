//! Progress in `localStorage`, under a versioned schema.
//!
//! A stored value that cannot be read is never thrown away: it is copied to
//! a key of its own (`cca-lab.progress.aside.<time>`) before a fresh record
//! is started, and the learner is told.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::domain::json_syntax;
use crate::domain::progress::{Progress, StoredError};
use crate::ui::services::json;

/// The key progress is stored under.
pub const PROGRESS_KEY: &str = "cca-lab.progress";

/// The browser's `localStorage`, or why it cannot be used.
pub(crate) fn storage() -> Result<Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "browser storage is blocked".to_string())?
        .ok_or_else(|| "browser storage is not available".to_string())
}

/// Loads progress. The message, when there is one, tells the learner what
/// happened to a value that could not be used.
pub fn load_progress() -> (Progress, Option<String>) {
    let store = match storage() {
        Ok(s) => s,
        Err(why) => {
            return (
                Progress::new(),
                Some(crate::tr!("storage-unavailable", why = why)),
            );
        }
    };
    let Ok(Some(text)) = store.get_item(PROGRESS_KEY) else {
        return (Progress::new(), None);
    };
    match parse(&text) {
        Ok(p) => (p, None),
        Err(e) => {
            let aside = format!("{PROGRESS_KEY}.aside.{}", js_sys::Date::now() as u64);
            let kept = store.set_item(&aside, &text).is_ok();
            let _ = store.remove_item(PROGRESS_KEY);
            let message = if kept {
                crate::tr!(
                    "storage-progress-kept-aside",
                    why = e.to_string(),
                    file = aside.as_str()
                )
            } else {
                crate::tr!("storage-progress-left", why = e.to_string())
            };
            if !kept {
                // Put it back: nothing is lost until the learner saves anew.
                let _ = store.set_item(PROGRESS_KEY, &text);
            }
            (Progress::new(), Some(message))
        }
    }
}

/// Reads the stored form with the browser's own JSON parser (the app does
/// not ship a second one), with the same checks as
/// [`Progress::from_stored`].
pub fn parse(text: &str) -> Result<Progress, StoredError> {
    let value = js_sys::JSON::parse(text).map_err(|_| {
        StoredError::Corrupt(match json_syntax::first_error(text) {
            Some((line, column, expected)) => {
                format!("it is not valid JSON (line {line}, column {column}: expected {expected})")
            }
            None => "it is not valid JSON".into(),
        })
    })?;
    let schema = if value.is_object() {
        js_sys::Reflect::get(&value, &JsValue::from_str("schema"))
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < 9.0e15)
            .map(|n| n as u64)
    } else {
        None
    };
    Progress::check_schema(schema)?;
    let progress: Progress = serde_wasm_bindgen::from_value(value.clone())
        .map_err(|e| StoredError::Corrupt(e.to_string()))?;
    // serde's `deny_unknown_fields` is not enforced when reading JavaScript
    // objects: compare the value with what was understood of it, to refuse
    // exactly what the domain refuses.
    let understood = progress
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StoredError::Corrupt(e.to_string()))?;
    if let Some(key) = unknown_key(&value, &understood) {
        return Err(StoredError::Corrupt(format!("unknown field `{key}`")));
    }
    Ok(progress.upgraded())
}

/// The first key of `original` (at any depth) that `understood` lacks.
fn unknown_key(original: &JsValue, understood: &JsValue) -> Option<String> {
    if js_sys::Array::is_array(original) {
        let (a, b) = (
            js_sys::Array::from(original),
            js_sys::Array::from(understood),
        );
        return (0..a.length()).find_map(|i| unknown_key(&a.get(i), &b.get(i)));
    }
    let obj = original
        .dyn_ref::<js_sys::Object>()
        .filter(|_| original.is_object())?;
    for entry in js_sys::Object::entries(obj).iter() {
        let pair = js_sys::Array::from(&entry);
        let key = pair.get(0).as_string()?;
        let known = js_sys::Reflect::get(understood, &JsValue::from_str(&key))
            .unwrap_or(JsValue::UNDEFINED);
        if known.is_undefined() {
            return Some(key);
        }
        if let Some(deeper) = unknown_key(&pair.get(1), &known) {
            return Some(deeper);
        }
    }
    None
}

/// The stored form, written with the browser's JSON serialiser: the same
/// JSON as [`Progress::to_stored`].
pub fn stored_form(progress: &Progress) -> Result<String, String> {
    json::to_string(progress, false)
}

/// Saves progress; the error says why it could not be saved.
pub fn save_progress(progress: &Progress) -> Result<(), String> {
    let text = stored_form(progress)?;
    storage()?
        .set_item(PROGRESS_KEY, &text)
        .map_err(|_| crate::tr!("storage-save-failed"))
}

/// The key the learner's name (for results) is kept under.
const LEARNER_KEY: &str = "cca-lab.learner";

/// The name the learner gave for their results, or an empty string.
pub fn learner_name() -> String {
    storage()
        .ok()
        .and_then(|s| s.get_item(LEARNER_KEY).ok().flatten())
        .unwrap_or_default()
}

/// Remembers the learner's name for their results (forgets it when empty).
pub fn set_learner_name(name: &str) {
    if let Ok(s) = storage() {
        let _ = if name.trim().is_empty() {
            s.remove_item(LEARNER_KEY)
        } else {
            s.set_item(LEARNER_KEY, name)
        };
    }
}
