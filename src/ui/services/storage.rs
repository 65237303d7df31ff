//! Progress in `localStorage`, under a versioned schema.
//!
//! A stored value that cannot be read is never thrown away: it is copied to
//! a key of its own (`cca-lab.progress.aside.<time>`) before a fresh record
//! is started, and the learner is told.

use web_sys::Storage;

use crate::domain::progress::Progress;

/// The key progress is stored under.
pub const PROGRESS_KEY: &str = "cca-lab.progress";

fn storage() -> Result<Storage, String> {
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
                Some(format!(
                    "Progress cannot be saved in this browser ({why}). It will be lost when you close this tab."
                )),
            );
        }
    };
    let Ok(Some(text)) = store.get_item(PROGRESS_KEY) else {
        return (Progress::new(), None);
    };
    match Progress::from_stored(&text) {
        Ok(p) => (p, None),
        Err(e) => {
            let aside = format!("{PROGRESS_KEY}.aside.{}", js_sys::Date::now() as u64);
            let kept = store.set_item(&aside, &text).is_ok();
            let _ = store.remove_item(PROGRESS_KEY);
            let what = if kept {
                format!("It was kept aside in this browser's storage under the key “{aside}”")
            } else {
                "It could not be copied aside (storage is full) and was left unchanged until you answer again".to_string()
            };
            if !kept {
                // Put it back: nothing is lost until the learner saves anew.
                let _ = store.set_item(PROGRESS_KEY, &text);
            }
            (
                Progress::new(),
                Some(format!(
                    "Your saved progress could not be used: {e}. {what}, and a fresh record was started."
                )),
            )
        }
    }
}

/// Saves progress; the error says why it could not be saved.
pub fn save_progress(progress: &Progress) -> Result<(), String> {
    storage()?
        .set_item(PROGRESS_KEY, &progress.to_stored())
        .map_err(|_| "Progress could not be saved: this browser's storage is full or disabled. It will be lost when you close this tab.".to_string())
}

/// The language the browser prefers, as a two-letter code.
pub fn browser_language() -> Option<String> {
    let lang = web_sys::window()?.navigator().language()?;
    Some(lang.split('-').next()?.to_lowercase())
}
