//! Which files make up a curriculum, found step by step.
//!
//! The browser fetches files over the network and the CLI reads them from
//! disk, but both load a curriculum the same way: start with an empty
//! [`FileSet`], ask [`wanted`] which files to fetch next, add them (or mark
//! them missing), and repeat until nothing more is wanted. The first round
//! wants `curriculum.toml`; it names the languages and modules, whose files
//! name their Markdown files. Then [`super::check`] reads the set.

use std::collections::BTreeMap;

use toml::de::DeValue;

use super::parse::is_language_code;

/// The state of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    /// Its text.
    Text(String),
    /// It does not exist (not found on disk; HTTP 404).
    Missing,
    /// It exists but is not valid UTF-8.
    NotUtf8,
    /// It could not be read; the reason.
    Unreadable(String),
}

impl FileState {
    /// Decodes bytes read from a file or a response.
    pub fn from_bytes(bytes: Vec<u8>) -> FileState {
        match String::from_utf8(bytes) {
            Ok(mut s) => {
                if s.starts_with('\u{feff}') {
                    s.drain(..3);
                }
                FileState::Text(s)
            }
            Err(_) => FileState::NotUtf8,
        }
    }
}

/// The files of one curriculum, by path relative to its folder
/// (`curriculum.toml`, `en/about.toml`, `en/basics/intro.md`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSet {
    files: BTreeMap<String, FileState>,
}

impl FileSet {
    /// An empty set.
    pub fn new() -> FileSet {
        FileSet::default()
    }

    /// Records the state of `path`.
    pub fn insert(&mut self, path: impl Into<String>, state: FileState) {
        self.files.insert(path.into(), state);
    }

    /// The state of `path`, if it was loaded.
    pub fn get(&self, path: &str) -> Option<&FileState> {
        self.files.get(path)
    }

    /// The text of `path`, if it was loaded and is text.
    pub fn text(&self, path: &str) -> Option<&str> {
        match self.files.get(path) {
            Some(FileState::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// Every path in the set.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }
}

/// Which languages to load and check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every language the curriculum declares (the CLI, CI).
    All,
    /// One language and the default language it falls back to (the app).
    Language(String),
}

/// The languages in scope, given the manifest's `languages` and default.
pub(crate) fn languages_in_scope(scope: &Scope, default: &str, declared: &[String]) -> Vec<String> {
    let mut langs = vec![default.to_string()];
    match scope {
        Scope::All => langs.extend(declared.iter().filter(|l| *l != default).cloned()),
        Scope::Language(l) if l != default && declared.contains(l) => langs.push(l.clone()),
        Scope::Language(_) => {}
    }
    langs
}

/// A lenient read of `curriculum.toml`: just enough to know what to load.
/// Problems are ignored here and reported by [`super::check`].
fn outline(files: &FileSet) -> Option<(String, Vec<String>, Vec<String>)> {
    let text = files.text("curriculum.toml")?;
    let (doc, _) = toml::de::DeTable::parse_recoverable(text);
    let strings = |key: &str| -> Vec<String> {
        doc.get_ref()
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .and_then(|(_, v)| match v.get_ref() {
                DeValue::Array(a) => Some(
                    a.iter()
                        .filter_map(|i| i.get_ref().as_str().map(str::to_string))
                        .collect(),
                ),
                DeValue::String(s) => Some(vec![s.to_string()]),
                _ => None,
            })
            .unwrap_or_default()
    };
    let default = strings("default_language").into_iter().next()?;
    let plain = |s: &String| super::toml_reader::is_plain_id(s);
    let languages = strings("languages")
        .into_iter()
        .filter(|l| is_language_code(l))
        .collect();
    let modules = strings("modules").into_iter().filter(plain).collect();
    is_language_code(&default).then_some((default, languages, modules))
}

/// The Markdown files a module file names with `file = "…"`.
fn markdown_files(text: &str) -> Vec<String> {
    let (doc, _) = toml::de::DeTable::parse_recoverable(text);
    let mut out = Vec::new();
    let Some((_, lessons)) = doc
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == "lesson")
    else {
        return out;
    };
    let DeValue::Array(lessons) = lessons.get_ref() else {
        return out;
    };
    for lesson in lessons.iter() {
        let Some(steps) = lesson.get_ref().get("step") else {
            continue;
        };
        let DeValue::Array(steps) = steps.get_ref() else {
            continue;
        };
        for step in steps.iter() {
            if let Some(path) = step
                .get_ref()
                .get("file")
                .and_then(|f| f.get_ref().as_str())
                && is_safe_path(path)
            {
                out.push(path.to_string());
            }
        }
    }
    out
}

/// Returns true if and only if `path` is a relative path inside the folder:
/// no leading `/`, no `\`, no empty, `.` or `..` segments.
pub(crate) fn is_safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && !path
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..")
}

/// The files still to load, given those loaded so far. Empty when loading
/// is complete.
pub fn wanted(files: &FileSet, scope: &Scope) -> Vec<String> {
    let mut want = Vec::new();
    let mut need = |path: String| {
        if files.get(&path).is_none() && !want.contains(&path) {
            want.push(path);
        }
    };
    if files.get("curriculum.toml").is_none() {
        need("curriculum.toml".into());
        return want;
    }
    let Some((default, declared, modules)) = outline(files) else {
        return Vec::new();
    };
    for lang in languages_in_scope(scope, &default, &declared) {
        need(format!("{lang}/about.toml"));
        for m in &modules {
            let path = format!("{lang}/{m}.toml");
            if let Some(text) = files.text(&path) {
                for md in markdown_files(text) {
                    need(format!("{lang}/{md}"));
                }
            } else {
                need(path);
            }
        }
    }
    want
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loading_proceeds_in_rounds() {
        let mut files = FileSet::new();
        assert_eq!(wanted(&files, &Scope::All), ["curriculum.toml"]);
        files.insert(
            "curriculum.toml",
            FileState::Text("format = 1\nid = \"c\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"fr\"]\nmodules = [\"m1\", \"m2\"]\n".into()),
        );
        assert_eq!(
            wanted(&files, &Scope::All),
            [
                "en/about.toml",
                "en/m1.toml",
                "en/m2.toml",
                "fr/about.toml",
                "fr/m1.toml",
                "fr/m2.toml"
            ]
        );
        assert_eq!(
            wanted(&files, &Scope::Language("en".into())),
            ["en/about.toml", "en/m1.toml", "en/m2.toml"]
        );
        assert_eq!(
            wanted(&files, &Scope::Language("ar".into())),
            ["en/about.toml", "en/m1.toml", "en/m2.toml"]
        );
        files.insert("en/m1.toml", FileState::Text("[[lesson]]\n[[lesson.step]]\nfile = \"m1/a.md\"\n[[lesson.step]]\nfile = \"../secret.md\"\n".into()));
        files.insert("en/m2.toml", FileState::Missing);
        files.insert("en/about.toml", FileState::Text(String::new()));
        assert_eq!(
            wanted(&files, &Scope::Language("en".into())),
            ["en/m1/a.md"]
        );
        files.insert("en/m1/a.md", FileState::Text("hi".into()));
        assert!(wanted(&files, &Scope::Language("en".into())).is_empty());
    }

    #[test]
    fn a_broken_manifest_wants_nothing_more() {
        let mut files = FileSet::new();
        files.insert(
            "curriculum.toml",
            FileState::Text("this is not toml".into()),
        );
        assert!(wanted(&files, &Scope::All).is_empty());
        files.insert(
            "curriculum.toml",
            FileState::Text("default_language = \"../..\"\nmodules = [\"../x\"]".into()),
        );
        assert!(wanted(&files, &Scope::All).is_empty());
    }

    #[test]
    fn bytes_are_decoded_without_a_bom() {
        assert_eq!(
            FileState::from_bytes(b"\xef\xbb\xbfa".to_vec()),
            FileState::Text("a".into())
        );
        assert_eq!(FileState::from_bytes(vec![0xff, 0xfe]), FileState::NotUtf8);
    }
}
