//! JSON written with the browser's own serialiser (the app does not ship a
//! second one): the same text `serde_json` writes natively.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// `value` as JSON; indented by two spaces when `pretty`.
pub fn to_string<T: Serialize>(value: &T, pretty: bool) -> Result<String, String> {
    let v = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| e.to_string())?;
    let text = if pretty {
        js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from_f64(2.0))
    } else {
        js_sys::JSON::stringify(&v)
    };
    text.map(String::from)
        .map_err(|_| "the value could not be written as JSON".to_string())
}
