//! The interface language: the current [`Localizer`] and the `tr!` macro.
//!
//! The app state holds the language code; this module holds its messages
//! (one per thread, the browser has one). Changing language re-renders the
//! whole layout (it is keyed by the language), so every `tr!` call reads
//! the new messages.

use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::i18n::{Arg, Localizer};
use crate::domain::reference::translations::Translations;

thread_local! {
    static CURRENT: RefCell<Rc<Localizer>> = RefCell::new(Rc::new(Localizer::english()));
    static SDG: RefCell<Option<Rc<Translations>>> = const { RefCell::new(None) };
}

thread_local! {
    static REFOCUS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the language switcher to take the focus back after the layout is
/// rebuilt in the new language (the learner chose it with the switcher).
pub fn refocus_switcher() {
    REFOCUS.with(|r| r.set(true));
}

/// Whether the switcher should take the focus (asked once).
pub fn take_refocus() -> bool {
    REFOCUS.with(|r| r.replace(false))
}

/// Keeps the SDG texts of one language (the interface language).
pub fn set_sdg_translations(t: Translations) {
    SDG.with(|s| *s.borrow_mut() = Some(Rc::new(t)));
}

/// The SDG texts of the interface language, if loaded.
pub fn sdg_translations() -> Option<Rc<Translations>> {
    SDG.with(|s| s.borrow().clone().filter(|t| t.language == code()))
}

/// Makes `l` the current language.
pub fn set(l: Localizer) {
    CURRENT.with(|c| *c.borrow_mut() = Rc::new(l));
    crate::ui::services::crash::set_message(t("crash-message"));
}

/// The current messages.
pub fn current() -> Rc<Localizer> {
    CURRENT.with(|c| c.borrow().clone())
}

/// The current language code.
pub fn code() -> &'static str {
    CURRENT.with(|c| c.borrow().code())
}

/// The message `id`.
pub fn t(id: &str) -> String {
    CURRENT.with(|c| c.borrow().format(id, &[]))
}

/// The message `id` with arguments.
pub fn tf(id: &str, args: &[(&str, Arg)]) -> String {
    CURRENT.with(|c| c.borrow().format(id, args))
}

/// `tr!("id")` or `tr!("id", count = n, name = s)`: the message in the
/// current interface language (English where it has none).
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::ui::i18n::t($id)
    };
    ($id:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::ui::i18n::tf($id, &[$((stringify!($k), $crate::domain::i18n::Arg::from($v))),+])
    };
}

/// A whole percentage (`85` → `85 %` in English, `85 %` in French,
/// `٨٥٪` or `85%` in Arabic as the browser writes it).
pub fn percent(whole: i64) -> String {
    tf(
        "percent",
        &[
            ("whole", Arg::Number(whole as f64)),
            ("value", Arg::Percent(whole as f64 / 100.0)),
        ],
    )
}

/// A reference's label: "GCM objective 6", "SDG target 10.7".
pub fn ref_label(r: &crate::domain::reference::Ref) -> String {
    use crate::domain::reference::Ref;
    match r {
        Ref::Gcm(n) => tf("ref-gcm", &[("code", Arg::Text(n.to_string()))]),
        Ref::Goal(n) => tf("ref-goal", &[("code", Arg::Text(n.to_string()))]),
        Ref::Target(c) => tf("ref-target", &[("code", Arg::Text(c.clone()))]),
        Ref::Indicator(c) => tf("ref-indicator", &[("code", Arg::Text(c.clone()))]),
    }
}

/// A framework's name: "GCM objectives", "SDG targets", "SDG indicators".
pub fn framework_label(f: crate::domain::mapping::Framework) -> String {
    use crate::domain::mapping::Framework;
    t(match f {
        Framework::Gcm => "framework-gcm",
        Framework::SdgTargets => "framework-sdg-targets",
        Framework::SdgIndicators => "framework-sdg-indicators",
    })
}

/// A mapping verdict, as a short phrase.
pub fn verdict_label(v: crate::domain::mapping::Verdict) -> String {
    use crate::domain::mapping::Verdict;
    t(match v {
        Verdict::Right => "verdict-right",
        Verdict::KeyedPartial => "verdict-keyed-partial",
        Verdict::RightTarget => "verdict-right-target",
        Verdict::RightGoal => "verdict-right-goal",
        Verdict::Extra => "verdict-extra",
    })
}

/// The `dir` attribute for text in language `code`.
pub fn dir(code: &str) -> &'static str {
    crate::domain::i18n::direction_of(code).as_str()
}

/// The name of language `code` in the interface language.
pub fn language_name(code: &str) -> String {
    let id = format!("lang-{code}");
    let s = t(&id);
    if s == id { code.to_string() } else { s }
}
