//! Reporting to a learning platform. When the app is launched from a SCORM
//! 1.2 or cmi5 package (`?lms=…`), `www/lms.js` speaks the platform's
//! protocol; the app tells it what to report by a `cca-lab:results` event
//! on `window` whose `detail` is JSON:
//! `{"curriculum": id, "score": 0–1 or null, "complete": bool,
//!   "progress": <the curriculum's progress, as stored>}`.

use crate::domain::progress::CurriculumProgress;
use crate::domain::results::Results;
use crate::ui::services::json;

/// Returns true if and only if the app was launched by a learning platform.
pub fn active() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("lms="))
}

/// Tells `lms.js` the learner's results and progress in one curriculum.
pub fn report(results: &Results, progress: &CurriculumProgress) {
    #[derive(serde::Serialize)]
    struct Report<'a> {
        curriculum: &'a str,
        score: Option<f64>,
        complete: bool,
        progress: &'a CurriculumProgress,
    }
    let detail = Report {
        curriculum: &results.curriculum.id,
        score: results.score,
        complete: results.complete,
        progress,
    };
    let (Ok(text), Some(window)) = (json::to_string(&detail, false), web_sys::window()) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&text.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("cca-lab:results", &init) {
        let _ = window.dispatch_event(&event);
    }
}
