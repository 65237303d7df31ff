//! The interface language in the browser: the learner's stored choice or
//! the browser's preferred languages, the `<html lang dir>` attributes,
//! fetching a language's messages, and numbers formatted by the browser's
//! `Intl.NumberFormat`.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumberStyle;
use wasm_bindgen::JsValue;

use crate::domain::i18n::{self, Localizer};
use crate::ui::services::loader::fetch;
use crate::ui::services::storage::storage;

/// The key the chosen interface language is kept under.
pub const LANGUAGE_KEY: &str = "cca-lab.language";

/// Where the message files live, relative to the app.
pub const I18N: &str = "i18n";

/// The learner's stored choice, if it is one of the six languages.
pub fn stored_language() -> Option<&'static str> {
    let code = storage().ok()?.get_item(LANGUAGE_KEY).ok()??;
    i18n::language(&code).map(|l| l.code)
}

/// Remembers the learner's choice (silently skipped when storage is blocked:
/// the language still applies to this visit).
pub fn store_language(code: &str) {
    if let Ok(s) = storage() {
        let _ = s.set_item(LANGUAGE_KEY, code);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty()
        && let Some(l) = nav.language()
    {
        out.push(l);
    }
    out
}

/// The language to start in: the stored choice, else the first of the
/// browser's languages that is offered, else English.
pub fn initial_language() -> &'static str {
    stored_language()
        .or_else(|| {
            let langs = browser_languages();
            i18n::negotiate(langs.iter().map(String::as_str)).map(|l| l.code)
        })
        .unwrap_or("en")
}

/// Sets `<html lang dir>` to the interface language.
pub fn apply_document(code: &str) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", code);
    let _ = root.set_attribute("dir", i18n::direction_of(code).as_str());
}

/// The messages of `code`: English at once, the others fetched from
/// `i18n/<code>.ftl` (kept by the service worker once used). The error says
/// why the language could not be loaded.
pub async fn load(code: &str) -> Result<Localizer, String> {
    let mut l = if code == "en" {
        Localizer::english()
    } else {
        let url = format!("{I18N}/{code}.ftl");
        let text = match fetch(&url).await {
            crate::domain::curriculum::FileState::Text(t) => t,
            crate::domain::curriculum::FileState::Missing => {
                return Err(format!("{url} is missing on the server"));
            }
            crate::domain::curriculum::FileState::Unreadable(why) => return Err(why),
            crate::domain::curriculum::FileState::NotUtf8 => {
                return Err(format!("{url} is not UTF-8 text"));
            }
        };
        Localizer::new(code, &text).map_err(|e| format!("{url}: {}", e.join("; ")))?
    };
    l.set_number_formatter(format_number);
    Ok(l)
}

/// Formats a Fluent number with `Intl.NumberFormat` in the interface
/// language (digits, separators, per cent signs and spacing as the language
/// writes them).
fn format_number(v: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let opts = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &v);
    };
    if n.options.style == FluentNumberStyle::Percent {
        set("style", JsValue::from_str("percent"));
    }
    if let Some(d) = n.options.minimum_fraction_digits {
        set("minimumFractionDigits", JsValue::from_f64(d as f64));
    }
    if let Some(d) = n.options.maximum_fraction_digits {
        set("maximumFractionDigits", JsValue::from_f64(d as f64));
    }
    if !n.options.use_grouping {
        set("useGrouping", JsValue::FALSE);
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(crate::ui::i18n::code()));
    let nf = js_sys::Intl::NumberFormat::new(&locales, &opts);
    nf.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(n.value))
        .ok()?
        .as_string()
}
