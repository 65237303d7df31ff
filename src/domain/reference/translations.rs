//! SDG goal, target and indicator texts in Arabic, Chinese, French, Russian
//! and Spanish (`data/sdg_i18n_<lang>.csv`, see `data/SOURCES.md`), and the
//! rule for showing them: a translation flagged as older than the current
//! English text, or missing, is never shown; the English text is, with the
//! reason. GCM objective titles exist in English only (French short labels
//! aside), so they are shown in English, marked.

use std::collections::HashMap;

use super::{Ref, ReferenceData};
use crate::domain::csv::Table;

/// The languages with SDG translations, and the file of each.
pub const LANGUAGES: [(&str, &str); 5] = [
    ("ar", "sdg_i18n_ar.csv"),
    ("zh", "sdg_i18n_zh.csv"),
    ("fr", "sdg_i18n_fr.csv"),
    ("ru", "sdg_i18n_ru.csv"),
    ("es", "sdg_i18n_es.csv"),
];

/// The file of language `code`'s SDG texts, if there is one.
pub fn file_of(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, _)| *c == code).map(|(_, f)| *f)
}

/// Whether a translation matches the current English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// The English text is unchanged since the translation was made.
    Current,
    /// The English text changed after the translation (2025 review).
    Stale,
    /// No translation.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    text: String,
    freshness: Freshness,
}

/// One language's SDG texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translations {
    /// The language code.
    pub language: String,
    /// Whether the source is an official UN translation (Arabic is a
    /// community translation of unnamed origin: see SOURCES.md).
    pub official: bool,
    entries: HashMap<(Kind, String), Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Goal,
    GoalShort,
    Target,
    Indicator,
}

impl Translations {
    /// Parses `sdg_i18n_<lang>.csv`. The error names the file and row.
    pub fn parse(language: &str, text: &str) -> Result<Translations, String> {
        let name =
            file_of(language).ok_or_else(|| format!("no SDG translations for `{language}`"))?;
        let t = Table::parse(name, text)?;
        let col = |c: &str| t.column(c).map_err(|e| format!("{name}: {e}"));
        let (kind, code, txt, stale) = (
            col("kind")?,
            col("code")?,
            col("text")?,
            col("stale_vs_2025_english")?,
        );
        let mut entries = HashMap::new();
        for (i, r) in t.rows().iter().enumerate() {
            let k = match r[kind].as_str() {
                "goal" => Kind::Goal,
                "goal_short" => Kind::GoalShort,
                "target" => Kind::Target,
                "indicator" => Kind::Indicator,
                other => {
                    return Err(format!("{name}: row {}: unknown kind `{other}`", i + 2));
                }
            };
            let freshness = match r[stale].as_str() {
                "no" if !r[txt].trim().is_empty() => Freshness::Current,
                "no" | "missing" => Freshness::Missing,
                "likely" | "yes" => Freshness::Stale,
                other => {
                    return Err(format!(
                        "{name}: row {}: stale_vs_2025_english is `{other}`, expected no, likely or missing",
                        i + 2
                    ));
                }
            };
            entries.insert(
                (k, r[code].clone()),
                Entry {
                    text: r[txt].clone(),
                    freshness,
                },
            );
        }
        Ok(Translations {
            language: language.to_string(),
            official: language != "ar",
            entries,
        })
    }

    fn entry(&self, r: &Ref) -> Option<&Entry> {
        let key = match r {
            Ref::Gcm(_) => return None,
            Ref::Goal(n) => (Kind::Goal, n.to_string()),
            Ref::Target(c) => (Kind::Target, c.clone()),
            Ref::Indicator(c) => (Kind::Indicator, c.clone()),
        };
        self.entries.get(&key)
    }

    /// The freshness of the translation of `r` (`Missing` if none).
    pub fn freshness(&self, r: &Ref) -> Freshness {
        self.entry(r).map_or(Freshness::Missing, |e| e.freshness)
    }

    /// The short title of goal `n`, if translated.
    pub fn goal_short(&self, n: u8) -> Option<&str> {
        self.entries
            .get(&(Kind::GoalShort, n.to_string()))
            .filter(|e| e.freshness == Freshness::Current)
            .map(|e| e.text.as_str())
    }

    /// How many entries are stale and missing.
    pub fn counts(&self) -> (usize, usize) {
        let stale = self
            .entries
            .values()
            .filter(|e| e.freshness == Freshness::Stale)
            .count();
        let missing = self
            .entries
            .values()
            .filter(|e| e.freshness == Freshness::Missing)
            .count();
        (stale, missing)
    }
}

/// Why the English text is shown instead of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnglishBecause {
    /// The translation predates the current English text.
    Stale,
    /// There is no translation of this entry.
    Missing,
    /// The data has no translation of this kind of text (GCM titles).
    NotInData,
}

/// An official text as it should be shown in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The text.
    pub text: String,
    /// Its language (`en` when falling back).
    pub language: String,
    /// Why it is English although another language was asked for.
    pub english_because: Option<EnglishBecause>,
}

/// The text of `r` for a reader of `language`: the translation when it is
/// current; otherwise the English text and why. `None` when `r` is not in
/// the data. `translations` are those of `language` (or `None` if not loaded
/// or English).
pub fn shown(
    data: &ReferenceData,
    translations: Option<&Translations>,
    language: &str,
    r: &Ref,
) -> Option<Shown> {
    let english = data.text(r)?.to_string();
    let en = |because| Shown {
        text: english.clone(),
        language: "en".into(),
        english_because: because,
    };
    if language == "en" {
        return Some(en(None));
    }
    if matches!(r, Ref::Gcm(_)) {
        return Some(en(Some(EnglishBecause::NotInData)));
    }
    let Some(t) = translations.filter(|t| t.language == language) else {
        return Some(en(Some(EnglishBecause::Missing)));
    };
    Some(match t.entry(r) {
        Some(e) if e.freshness == Freshness::Current => Shown {
            text: e.text.clone(),
            language: language.to_string(),
            english_because: None,
        },
        Some(e) if e.freshness == Freshness::Stale => en(Some(EnglishBecause::Stale)),
        _ => en(Some(EnglishBecause::Missing)),
    })
}

/// The short label of GCM objective `n` in `language` when the data has it
/// (English and French), with its language; English otherwise.
pub fn gcm_short_label(data: &ReferenceData, language: &str, n: u8) -> Option<(String, String)> {
    let o = data.objective(n)?;
    Some(if language == "fr" && !o.short_label_fr.is_empty() {
        (o.short_label_fr.clone(), "fr".into())
    } else {
        (o.short_label_en.clone(), "en".into())
    })
}

/// The short title of goal `n` in `language` when translated, else English.
pub fn goal_short(
    data: &ReferenceData,
    translations: Option<&Translations>,
    language: &str,
    n: u8,
) -> Option<(String, String)> {
    let g = data.goal(n)?;
    if let Some(s) = translations
        .filter(|t| t.language == language)
        .and_then(|t| t.goal_short(n))
    {
        return Some((s.to_string(), language.to_string()));
    }
    Some((g.short_title.clone(), "en".into()))
}

#[cfg(all(test, feature = "embedded-data"))]
mod tests {
    use super::*;
    use crate::domain::reference::reference;

    fn load(code: &str) -> Translations {
        let text = match code {
            "ar" => include_str!("data/sdg_i18n_ar.csv"),
            "zh" => include_str!("data/sdg_i18n_zh.csv"),
            "fr" => include_str!("data/sdg_i18n_fr.csv"),
            "ru" => include_str!("data/sdg_i18n_ru.csv"),
            "es" => include_str!("data/sdg_i18n_es.csv"),
            _ => unreachable!(),
        };
        Translations::parse(code, text).unwrap()
    }

    #[test]
    fn every_language_covers_every_goal_target_and_indicator() {
        let data = reference();
        for (code, _) in LANGUAGES {
            let t = load(code);
            for g in 1..=17u8 {
                assert_eq!(
                    t.freshness(&Ref::Goal(g)),
                    Freshness::Current,
                    "{code} goal {g}"
                );
                assert!(t.goal_short(g).is_some(), "{code} short title {g}");
            }
            for tg in data.targets() {
                let r = Ref::Target(tg.code.clone());
                assert_eq!(t.freshness(&r), Freshness::Current, "{code} {r}");
            }
            let indicators = data.indicators().len();
            let (stale, missing) = t.counts();
            assert_eq!(indicators, 251);
            // SOURCES.md: 32 indicators changed in English since 2020; 2.2.4
            // and 11.5.3 have no translation.
            assert_eq!((stale, missing), (32, 2), "{code}");
        }
    }

    #[test]
    fn stale_and_missing_translations_show_the_english_text_with_the_reason() {
        let data = reference();
        let fr = load("fr");
        let r = Ref::parse("sdg:10.7.2").unwrap();
        let s = shown(data, Some(&fr), "fr", &r).unwrap();
        assert_eq!(s.language, "en");
        assert_eq!(s.english_because, Some(EnglishBecause::Stale));
        assert_eq!(s.text, data.text(&r).unwrap());
        let s = shown(data, Some(&fr), "fr", &Ref::parse("sdg:2.2.4").unwrap()).unwrap();
        assert_eq!(s.english_because, Some(EnglishBecause::Missing));
        let s = shown(data, Some(&fr), "fr", &Ref::parse("sdg:10.7").unwrap()).unwrap();
        assert_eq!(s.language, "fr");
        assert!(s.text.starts_with("Faciliter la migration"), "{}", s.text);
        assert_eq!(s.english_because, None);
        // Not loaded yet, or another language's table: English, marked.
        let s = shown(data, None, "fr", &Ref::parse("sdg:10.7").unwrap()).unwrap();
        assert_eq!(s.english_because, Some(EnglishBecause::Missing));
        let s = shown(data, Some(&fr), "es", &Ref::parse("sdg:10.7").unwrap()).unwrap();
        assert_eq!(s.language, "en");
        // GCM titles: English everywhere, marked; French short labels.
        let s = shown(data, Some(&fr), "fr", &Ref::Gcm(6)).unwrap();
        assert_eq!(s.english_because, Some(EnglishBecause::NotInData));
        assert_eq!(
            gcm_short_label(data, "fr", 1).unwrap(),
            ("Données".into(), "fr".into())
        );
        assert_eq!(gcm_short_label(data, "ar", 1).unwrap().1, "en");
        let en = shown(data, None, "en", &Ref::Gcm(6)).unwrap();
        assert_eq!(en.english_because, None);
    }

    #[test]
    fn arabic_is_marked_unofficial_and_bad_files_are_reported() {
        assert!(!load("ar").official);
        assert!(load("zh").official);
        let err = Translations::parse(
            "fr",
            "kind,code,text,stale_vs_2025_english\ngoal,1,x,perhaps\n",
        )
        .unwrap_err();
        assert!(err.contains("sdg_i18n_fr.csv: row 2"), "{err}");
        assert!(Translations::parse("de", "").is_err());
    }
}
