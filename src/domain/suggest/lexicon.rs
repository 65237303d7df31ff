//! The project's migration and development lexicon (`lexicon/*.csv`): the
//! phrasings plans use that the official texts do not, each with the
//! references it points to. The format is documented at the top of
//! `lexicon/en.csv`.

use crate::domain::reference::Ref;

use super::Lang;

/// The lexicon file of each language, compiled in (about 9 KB gzip for
/// English, 6 KB each for French and Spanish).
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("lexicon/en.csv"),
        Lang::Fr => include_str!("lexicon/fr.csv"),
        Lang::Es => include_str!("lexicon/es.csv"),
    }
}

/// One lexicon line.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The phrase as written.
    pub phrase: String,
    /// The references it points to.
    pub refs: Vec<Ref>,
    /// Whether the phrase shows the text is about migration (`@migration`).
    pub migration: bool,
    /// 0 (description only) to 1 (specific).
    pub weight: f32,
    /// The line it is on (1-based), for messages.
    pub line: usize,
}

/// Parses a lexicon file. The error names the line.
pub fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let n = i + 1;
        let mut fields = line.splitn(4, ',');
        let (Some(phrase), Some(refs), Some(weight)) =
            (fields.next(), fields.next(), fields.next())
        else {
            return Err(format!(
                "lexicon line {n}: expected phrase,refs,weight,note"
            ));
        };
        let phrase = phrase.trim();
        if phrase.is_empty() {
            return Err(format!("lexicon line {n}: the phrase is empty"));
        }
        let weight: f32 = weight
            .trim()
            .parse()
            .ok()
            .filter(|w: &f32| (0.0..=1.0).contains(w))
            .ok_or_else(|| format!("lexicon line {n}: the weight must be a number from 0 to 1"))?;
        let mut entry = Entry {
            phrase: phrase.to_string(),
            refs: Vec::new(),
            migration: false,
            weight,
            line: n,
        };
        for r in refs.split_whitespace() {
            if r == "@migration" {
                entry.migration = true;
            } else {
                entry
                    .refs
                    .push(Ref::parse(r).map_err(|e| format!("lexicon line {n}: {e}"))?);
            }
        }
        if entry.refs.is_empty() && !entry.migration {
            return Err(format!("lexicon line {n}: no reference"));
        }
        out.push(entry);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_parses_and_names_known_references() {
        #[cfg(feature = "embedded-data")]
        let data = crate::domain::reference::reference();
        for lang in Lang::ALL {
            let entries = parse(source(lang)).unwrap();
            assert!(entries.len() > 300, "{lang:?}: {}", entries.len());
            #[cfg(feature = "embedded-data")]
            for e in &entries {
                for r in &e.refs {
                    assert!(
                        data.contains(r),
                        "{lang:?} line {}: {r} does not exist",
                        e.line
                    );
                }
            }
        }
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            parse("# c\n\nx,sdg:1.1,2,\n").unwrap_err(),
            "lexicon line 3: the weight must be a number from 0 to 1"
        );
        assert!(
            parse("x,sdg:1.1\n")
                .unwrap_err()
                .starts_with("lexicon line 1:")
        );
        assert!(
            parse("x,gcm:x,1,\n")
                .unwrap_err()
                .starts_with("lexicon line 1: `gcm:x`")
        );
        let e = parse("remittances,gcm:20 @migration,1,a note, with a comma\n").unwrap();
        assert_eq!(e[0].refs, [Ref::Gcm(20)]);
        assert!(e[0].migration);
    }
}
