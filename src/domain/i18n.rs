//! Interface messages in the six official UN languages.
//!
//! Messages live in one Fluent file per language (`www/i18n/<lang>.ftl`).
//! English is compiled in and is the fallback for any message a language
//! lacks; the other files are fetched when the learner chooses that
//! language. Plural categories come from the CLDR rules of each language
//! (Fluent's selectors); the browser supplies a locale-aware number
//! formatter through [`Localizer::set_number_formatter`].

use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
    pub code: &'static str,
    /// Its name in itself, as UN websites show it.
    pub native: &'static str,
    /// Writing direction.
    pub dir: Direction,
}

/// The six official languages, in the order UN websites list them.
pub const LANGUAGES: [Language; 6] = [
    Language {
        code: "ar",
        native: "عربي",
        dir: Direction::Rtl,
    },
    Language {
        code: "zh",
        native: "中文",
        dir: Direction::Ltr,
    },
    Language {
        code: "en",
        native: "English",
        dir: Direction::Ltr,
    },
    Language {
        code: "fr",
        native: "Français",
        dir: Direction::Ltr,
    },
    Language {
        code: "ru",
        native: "Русский",
        dir: Direction::Ltr,
    },
    Language {
        code: "es",
        native: "Español",
        dir: Direction::Ltr,
    },
];

/// The English messages, compiled in.
pub const ENGLISH: &str = include_str!("../../www/i18n/en.ftl");

/// The language with this code, if it is one of the six.
pub fn language(code: &str) -> Option<Language> {
    LANGUAGES.iter().copied().find(|l| l.code == code)
}

/// The first of `preferred` (browser language tags such as `fr-CA`,
/// `zh-Hans-CN`) that is one of the six languages, by its primary subtag.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Language> {
    preferred.into_iter().find_map(|tag| {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        language(&primary)
    })
}

/// The direction a language code is written in (right to left for Arabic,
/// Hebrew, Persian and Urdu; curricula may use languages beyond the six).
pub fn direction_of(code: &str) -> Direction {
    let primary = code.split(['-', '_']).next().unwrap_or("");
    if matches!(primary, "ar" | "he" | "fa" | "ur" | "ps" | "yi") {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number: selects plural forms and is formatted for the language.
    Number(f64),
    /// A fraction shown as a whole percentage (0.85 → "85 %" as the
    /// language writes it).
    Percent(f64),
}

impl Arg {
    fn value(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Percent(n) => {
                let options = FluentNumberOptions {
                    style: FluentNumberStyle::Percent,
                    maximum_fraction_digits: Some(0),
                    ..Default::default()
                };
                FluentValue::Number(FluentNumber::new(*n, options))
            }
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// A formatter for numbers (the browser's `Intl.NumberFormat`).
pub type NumberFormatter = fn(&FluentValue, &intl_memoizer::IntlLangMemoizer) -> Option<String>;

/// Parses a Fluent file. Errors name the line and what is wrong.
pub fn parse(source: &str) -> Result<FluentResource, Vec<String>> {
    FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                let line = source[..e.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                format!("line {line}: {}", describe_parse_error(e))
            })
            .collect()
    })
}

/// What is wrong, in words (natively; the browser build keeps only the
/// line, which saves the parser's message table from the download).
#[cfg(not(target_arch = "wasm32"))]
fn describe_parse_error(e: &fluent_syntax::parser::ParserError) -> String {
    e.kind.to_string()
}
#[cfg(target_arch = "wasm32")]
fn describe_parse_error(_: &fluent_syntax::parser::ParserError) -> &'static str {
    "not valid Fluent syntax"
}

/// The ids of the messages in a Fluent file, in file order.
pub fn message_ids(source: &str) -> Result<Vec<String>, Vec<String>> {
    let res = parse(source)?;
    Ok(res
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect())
}

fn bundle(code: &str, source: &str) -> Result<Bundle, Vec<String>> {
    let res = parse(source)?;
    let id: LanguageIdentifier = code
        .parse()
        .map_err(|_| vec![format!("`{code}` is not a language code")])?;
    let mut b = Bundle::new(vec![id]);
    // Directional isolation marks would show as stray characters in
    // attributes and in tests; the UI isolates arguments with <bdi> where
    // the direction of a name may differ.
    b.set_use_isolating(false);
    b.add_resource(res)
        .map_err(|errs| vec![format!("{} messages are defined twice", errs.len())])?;
    Ok(b)
}

/// Messages in one language, with English behind it.
pub struct Localizer {
    code: &'static str,
    dir: Direction,
    own: Option<Bundle>,
    english: Bundle,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("code", &self.code)
            .finish()
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Localizer::english()
    }
}

impl Localizer {
    /// English only.
    pub fn english() -> Localizer {
        Localizer {
            code: "en",
            dir: Direction::Ltr,
            own: None,
            english: bundle("en", ENGLISH).expect("the English messages parse (tested)"),
        }
    }

    /// Messages of `code` from `source`, English for what it lacks. An
    /// unknown language or a file with errors gives the errors.
    pub fn new(code: &str, source: &str) -> Result<Localizer, Vec<String>> {
        let lang = language(code).ok_or_else(|| vec![format!("`{code}` is not offered")])?;
        let mut l = Localizer::english();
        l.code = lang.code;
        l.dir = lang.dir;
        if lang.code != "en" {
            l.own = Some(bundle(lang.code, source)?);
        }
        Ok(l)
    }

    /// The language code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The writing direction.
    pub fn dir(&self) -> Direction {
        self.dir
    }

    /// Formats numbers with `f` (in both this language and the English fallback).
    pub fn set_number_formatter(&mut self, f: NumberFormatter) {
        if let Some(b) = self.own.as_mut() {
            b.set_formatter(Some(f));
        }
        self.english.set_formatter(Some(f));
    }

    /// Whether the message is in this language's own file (not English fallback).
    pub fn has_own(&self, id: &str) -> bool {
        match &self.own {
            Some(b) => b.has_message(id),
            None => self.english.has_message(id),
        }
    }

    /// The message `id` formatted by this language's own file only, or
    /// why not (for tests of the translations).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn format_own(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let b = self.own.as_ref().unwrap_or(&self.english);
        let m = b.get_message(id).ok_or("no such message")?;
        let p = m.value().ok_or("no value")?;
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.value());
        }
        let mut errors = Vec::new();
        let s = b.format_pattern(p, Some(&a), &mut errors);
        if errors.is_empty() {
            Ok(s.into_owned())
        } else {
            Err(format!("{errors:?}"))
        }
    }

    /// The message `id` with `args`, from this language, else English,
    /// else the id itself (a test keeps every id in English).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let fargs = if args.is_empty() {
            None
        } else {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, v.value());
            }
            Some(a)
        };
        for b in self.own.iter().chain(std::iter::once(&self.english)) {
            if let Some(m) = b.get_message(id)
                && let Some(p) = m.value()
            {
                let mut errors = Vec::new();
                let s = b.format_pattern(p, fargs.as_ref(), &mut errors);
                if errors.is_empty() {
                    return s.into_owned();
                }
            }
        }
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_in_un_order_and_arabic_is_rtl() {
        let codes: Vec<_> = LANGUAGES.iter().map(|l| l.code).collect();
        assert_eq!(codes, ["ar", "zh", "en", "fr", "ru", "es"]);
        assert_eq!(language("ar").unwrap().dir, Direction::Rtl);
        assert_eq!(direction_of("ar-EG"), Direction::Rtl);
        assert_eq!(direction_of("fr"), Direction::Ltr);
    }

    #[test]
    fn negotiation_takes_the_first_offered_language() {
        assert_eq!(negotiate(["de-DE", "fr-CA", "en"]).unwrap().code, "fr");
        assert_eq!(negotiate(["zh-Hans-CN"]).unwrap().code, "zh");
        assert!(negotiate(["de", "it"]).is_none());
    }

    #[test]
    fn missing_messages_fall_back_to_english_and_plurals_follow_the_language() {
        let ru = "workspaces-count = { $count ->\n    [one] { $count } рабочее пространство\n    [few] { $count } рабочих пространства\n   *[many] { $count } рабочих пространств\n}\n";
        let l = Localizer::new("ru", ru).unwrap();
        assert_eq!(
            l.format("workspaces-count", &[("count", 3usize.into())]),
            "3 рабочих пространства"
        );
        assert_eq!(
            l.format("workspaces-count", &[("count", 5usize.into())]),
            "5 рабочих пространств"
        );
        assert_eq!(
            l.format("workspaces-count", &[("count", 21usize.into())]),
            "21 рабочее пространство"
        );
        assert!(!l.has_own("app-title"));
        assert_eq!(l.format("app-title", &[]), "CCA Migration Lab");
        assert_eq!(l.format("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let errs = Localizer::new("fr", "ok = fine\nbroken = { $x\n").unwrap_err();
        assert!(errs[0].starts_with("line 2"), "{errs:?}");
        assert!(Localizer::new("de", "").is_err());
    }
}
