//! Fetching the catalogue and curricula from the host, at run time.
//!
//! Addresses are relative (`curricula/catalog.toml`), so the app works from
//! any folder of any static server. Requests use `cache: no-cache`: the
//! browser revalidates, so a trainer's edit on the server shows on the next
//! load without a rebuild.

use futures::future::join_all;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use crate::domain::curriculum::{self, About, FileSet, FileState, Localized, Manifest, Scope};
use crate::domain::diagnostic::{Code, Report, WithHint, file_diagnostic};
use crate::domain::reference;

/// Where the curricula live, relative to the app.
pub const CURRICULA: &str = "curricula";

thread_local! {
    /// Every curriculum and reference-table address fetched in this visit,
    /// in order.
    static FETCHED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The curriculum and reference-table addresses fetched so far in this
/// visit (fetched again once the service worker controls a first visit, so
/// that it keeps them for use offline).
pub fn fetched_urls() -> Vec<String> {
    FETCHED.with(|f| f.borrow().clone())
}

/// Fetches one file.
pub async fn fetch(url: &str) -> FileState {
    if url.starts_with(CURRICULA) || url.starts_with(DATA) {
        FETCHED.with(|f| {
            let mut f = f.borrow_mut();
            if !f.iter().any(|u| u == url) {
                f.push(url.to_string());
            }
        });
    }
    let Some(window) = web_sys::window() else {
        return FileState::Unreadable("no window".into());
    };
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response = match JsFuture::from(window.fetch_with_str_and_init(url, &init)).await {
        Ok(r) => r,
        Err(_) => {
            return FileState::Unreadable(
                "the network request failed; check the connection".into(),
            );
        }
    };
    let Ok(response) = response.dyn_into::<Response>() else {
        return FileState::Unreadable("unexpected response".into());
    };
    match response.status() {
        404 | 410 => return FileState::Missing,
        s if !response.ok() => {
            return FileState::Unreadable(format!("the server answered HTTP {s}"));
        }
        _ => {}
    }
    let Ok(promise) = response.array_buffer() else {
        return FileState::Unreadable("unreadable response".into());
    };
    match JsFuture::from(promise).await {
        Ok(buf) => FileState::from_bytes(js_sys::Uint8Array::new(&buf).to_vec()),
        Err(_) => FileState::Unreadable("the download was interrupted".into()),
    }
}

/// Where the reference tables live, relative to the app.
pub const DATA: &str = "data";

/// Makes the reference data available, fetching its tables the first time.
/// The error names the table that could not be loaded.
pub async fn ensure_reference() -> Result<(), String> {
    if reference::is_loaded() {
        let _ = ensure_sdg_translations(crate::ui::i18n::code()).await;
        return Ok(());
    }
    let fetched = join_all(
        reference::TABLES
            .iter()
            .map(|t| fetch_owned(format!("{DATA}/{t}"))),
    )
    .await;
    let mut texts = Vec::new();
    for (name, state) in reference::TABLES.iter().zip(fetched) {
        match state {
            FileState::Text(t) => texts.push((*name, t)),
            FileState::Missing => return Err(format!("{DATA}/{name} was not found on the server")),
            FileState::NotUtf8 => return Err(format!("{DATA}/{name} is not UTF-8")),
            FileState::Unreadable(why) => {
                return Err(format!("{DATA}/{name} could not be loaded: {why}"));
            }
        }
    }
    let pairs: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    reference::install(&pairs)?;
    // Without the translations the English texts show, each marked.
    let _ = ensure_sdg_translations(crate::ui::i18n::code()).await;
    Ok(())
}

/// Fetches the SDG texts of `language` (`data/sdg_i18n_<lang>.csv`) unless
/// they are loaded; nothing for English.
pub async fn ensure_sdg_translations(language: &str) -> Result<(), String> {
    use crate::domain::reference::translations::{Translations, file_of};
    let Some(file) = file_of(language) else {
        return Ok(());
    };
    if crate::ui::i18n::sdg_translations().is_some_and(|t| t.language == language) {
        return Ok(());
    }
    let text = match fetch_owned(format!("{DATA}/{file}")).await {
        FileState::Text(t) => t,
        FileState::Missing => return Err(format!("{DATA}/{file} was not found on the server")),
        FileState::NotUtf8 => return Err(format!("{DATA}/{file} is not UTF-8")),
        FileState::Unreadable(why) => {
            return Err(format!("{DATA}/{file} could not be loaded: {why}"));
        }
    };
    crate::ui::i18n::set_sdg_translations(Translations::parse(language, &text)?);
    Ok(())
}

/// One curriculum as the catalogue shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogEntry {
    /// The curriculum id (its folder).
    pub id: String,
    /// Its manifest, when readable.
    pub manifest: Option<Manifest>,
    /// Its about text in the language shown, when readable.
    pub about: Option<About>,
    /// The language of `about`.
    pub about_language: Option<String>,
    /// Problems found in those two files.
    pub report: Report,
}

/// The catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// Problems with `catalog.toml` itself.
    pub report: Report,
    /// The curricula, in catalogue order.
    pub entries: Vec<CatalogEntry>,
}

fn state_report(path: &str, state: &FileState) -> Report {
    let mut r = Report::new();
    match state {
        FileState::Text(_) => {}
        FileState::Missing => r.push(file_diagnostic(
            path,
            Code::FileMissing,
            format!("{path} not found on the server"),
        )),
        FileState::NotUtf8 => r.push(
            file_diagnostic(path, Code::FileEncoding, "the file is not valid UTF-8")
                .hint("save it as UTF-8"),
        ),
        FileState::Unreadable(why) => r.push(file_diagnostic(
            path,
            Code::FileUnreadable,
            format!("{path} could not be loaded: {why}"),
        )),
    }
    r
}

/// Loads the catalogue and, for each curriculum, its manifest and about text
/// in the language `language(id)` names (or its default language).
pub async fn load_catalog(language: impl Fn(&str) -> String) -> Catalog {
    let state = fetch(&format!("{CURRICULA}/catalog.toml")).await;
    let FileState::Text(text) = &state else {
        return Catalog {
            report: state_report("catalog.toml", &state),
            entries: Vec::new(),
        };
    };
    let (catalog, report) = curriculum::check_catalog("catalog.toml", text);
    let ids = catalog.map(|c| c.curricula).unwrap_or_default();
    let entries = join_all(ids.into_iter().map(|id| {
        let lang = language(&id);
        load_entry(id, lang)
    }))
    .await;
    Catalog { report, entries }
}

async fn load_entry(id: String, language: String) -> CatalogEntry {
    let path = format!("{id}/curriculum.toml");
    let state = fetch(&format!("{CURRICULA}/{path}")).await;
    let FileState::Text(text) = &state else {
        return CatalogEntry {
            report: state_report(&path, &state),
            id,
            manifest: None,
            about: None,
            about_language: None,
        };
    };
    let (manifest, report) = curriculum::read_manifest(&id, text);
    let mut report = report.under(&id);
    let Some(manifest) = manifest else {
        return CatalogEntry {
            id,
            manifest: None,
            about: None,
            about_language: None,
            report,
        };
    };
    let lang = if manifest.languages.contains(&language) {
        language
    } else {
        manifest.default_language.clone()
    };
    let mut about = None;
    let mut about_language = None;
    for l in [lang, manifest.default_language.clone()] {
        let path = format!("{id}/{l}/about.toml");
        if let FileState::Text(text) = fetch(&format!("{CURRICULA}/{path}")).await {
            let (a, r) = curriculum::read_about(&path, &text);
            report.extend(r);
            about = a;
            about_language = Some(l);
            break;
        }
    }
    CatalogEntry {
        id,
        manifest: Some(manifest),
        about,
        about_language,
        report,
    }
}

/// A curriculum loaded and checked for one language.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedCurriculum {
    /// The curriculum as the reader sees it; `None` when it has errors.
    pub localized: Option<Localized>,
    /// Every problem found (paths relative to the curricula folder).
    pub report: Report,
}

/// Loads every file of curriculum `id` needed for `language` (and its
/// default language), round by round, fetching each round in parallel,
/// then checks them with the same code as the CLI.
pub async fn load_curriculum(id: String, language: String) -> LoadedCurriculum {
    if let Err(why) = ensure_reference().await {
        let mut report = Report::new();
        report.push(
            file_diagnostic(
                DATA,
                Code::FileUnreadable,
                format!("the official SDG and GCM texts could not be loaded: {why}"),
            )
            .hint(
                "check the connection and reload; a host must serve the data/ folder of the build",
            ),
        );
        return LoadedCurriculum {
            localized: None,
            report,
        };
    }
    let scope = Scope::Language(language.clone());
    let mut files = FileSet::new();
    loop {
        let want = curriculum::wanted(&files, &scope);
        if want.is_empty() {
            break;
        }
        let fetched = join_all(
            want.iter()
                .map(|p| fetch_owned(format!("{CURRICULA}/{id}/{p}"))),
        )
        .await;
        for (path, state) in want.into_iter().zip(fetched) {
            files.insert(path, state);
        }
    }
    let checked = curriculum::check(&id, &files, &scope);
    let localized = checked.curriculum.and_then(|c| c.localize(&language));
    LoadedCurriculum {
        localized,
        report: checked.report.under(&id),
    }
}

async fn fetch_owned(url: String) -> FileState {
    fetch(&url).await
}
