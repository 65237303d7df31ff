//! Words for matching: lower-cased, split, stop words dropped, stemmed
//! (Snowball, through `rust-stemmers`) and stripped of accents.
//!
//! The same steps run on the official texts, the lexicon and the user's
//! text, so "remittance costs", "Remittances" and "cost of remittances" share
//! the terms `remitt` and `cost`, and "réintégration" and "reintegration"
//! typed without accents share one French term.

use rust_stemmers::{Algorithm, Stemmer};

use super::Lang;

/// One word of a text after processing, with where it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// The stemmed, accent-free form.
    pub term: String,
    /// Byte range of the original word in the text.
    pub start: usize,
    /// End of that range (exclusive).
    pub end: usize,
}

/// Tokenises the texts of one language.
pub(crate) struct Analyzer {
    lang: Lang,
    stemmer: Stemmer,
}

impl Analyzer {
    pub fn new(lang: Lang) -> Analyzer {
        // One arm per language keeps the other Snowball algorithms out of a
        // size-optimised build when only one is used.
        let stemmer = match lang {
            Lang::En => Stemmer::create(Algorithm::English),
            Lang::Fr => Stemmer::create(Algorithm::French),
            Lang::Es => Stemmer::create(Algorithm::Spanish),
        };
        Analyzer { lang, stemmer }
    }

    /// The words of `text` worth matching, in order.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut start = None;
        // A trailing sentinel closes the last word.
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take()
                && let Some(term) = self.term(&text[s..i])
            {
                out.push(Token {
                    term,
                    start: s,
                    end: i,
                });
            }
        }
        out
    }

    /// The term for one word, or `None` for stop words, numbers and single
    /// letters.
    pub fn term(&self, word: &str) -> Option<String> {
        if word.chars().all(|c| c.is_ascii_digit()) || word.chars().nth(1).is_none() {
            return None;
        }
        let lower = word.to_lowercase();
        if self.stop_words().binary_search(&lower.as_str()).is_ok() {
            return None;
        }
        let stem = self.stemmer.stem(&lower);
        let term = fold(&stem);
        (term.len() >= 2).then_some(term)
    }

    fn stop_words(&self) -> &'static [&'static str] {
        match self.lang {
            Lang::En => EN,
            Lang::Fr => FR,
            Lang::Es => ES,
        }
    }
}

/// `s` without accents on Latin letters (é → e, ç → c, ñ → n, œ → oe).
fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            _ => out.push(c),
        }
    }
    out
}

// Stop words, sorted (checked by a test): function words, plus the
// boilerplate of plans and of the official texts that says nothing about a
// topic ("ensure", "including", "strengthen", "by 2030").

const EN: &[&str] = &[
    "about",
    "above",
    "achieve",
    "across",
    "after",
    "against",
    "all",
    "also",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "enhance",
    "ensure",
    "etc",
    "every",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "how",
    "however",
    "if",
    "improve",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "least",
    "may",
    "more",
    "most",
    "must",
    "need",
    "needs",
    "no",
    "nor",
    "not",
    "of",
    "on",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "per",
    "promote",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "strengthen",
    "such",
    "support",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "thus",
    "to",
    "towards",
    "under",
    "until",
    "upon",
    "us",
    "use",
    "very",
    "was",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
];

const FR: &[&str] = &[
    "afin",
    "ainsi",
    "alors",
    "améliorer",
    "assurer",
    "au",
    "aucun",
    "aux",
    "avec",
    "ce",
    "ceci",
    "cela",
    "celle",
    "celles",
    "celui",
    "ces",
    "cet",
    "cette",
    "ceux",
    "chaque",
    "comme",
    "compris",
    "dans",
    "de",
    "des",
    "dont",
    "du",
    "elle",
    "elles",
    "en",
    "entre",
    "est",
    "et",
    "etc",
    "eux",
    "faire",
    "il",
    "ils",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "lors",
    "lui",
    "mais",
    "même",
    "mêmes",
    "ne",
    "ni",
    "nos",
    "notamment",
    "notre",
    "nous",
    "on",
    "ont",
    "ou",
    "où",
    "par",
    "parmi",
    "pas",
    "pour",
    "promouvoir",
    "qu",
    "que",
    "quel",
    "quelle",
    "quelles",
    "quels",
    "qui",
    "renforcer",
    "sa",
    "sans",
    "se",
    "selon",
    "ses",
    "si",
    "son",
    "sont",
    "sous",
    "sur",
    "tous",
    "tout",
    "toute",
    "toutes",
    "très",
    "un",
    "une",
    "veiller",
    "vers",
    "été",
    "être",
];

const ES: &[&str] = &[
    "al",
    "algunos",
    "ante",
    "asegurar",
    "así",
    "cada",
    "como",
    "con",
    "cual",
    "cuales",
    "de",
    "del",
    "desde",
    "donde",
    "dos",
    "durante",
    "el",
    "ella",
    "ellas",
    "ellos",
    "en",
    "entre",
    "es",
    "esa",
    "esas",
    "ese",
    "eso",
    "esos",
    "esta",
    "estas",
    "este",
    "esto",
    "estos",
    "fortalecer",
    "garantizar",
    "ha",
    "han",
    "hasta",
    "incluidos",
    "incluso",
    "la",
    "las",
    "le",
    "les",
    "lo",
    "los",
    "mediante",
    "mejorar",
    "mismo",
    "más",
    "ni",
    "no",
    "nos",
    "o",
    "otra",
    "otras",
    "otro",
    "otros",
    "para",
    "pero",
    "por",
    "porque",
    "promover",
    "que",
    "quien",
    "quienes",
    "se",
    "sea",
    "ser",
    "si",
    "sin",
    "sobre",
    "son",
    "su",
    "sus",
    "también",
    "tanto",
    "todas",
    "todo",
    "todos",
    "u",
    "un",
    "una",
    "unas",
    "uno",
    "unos",
    "velar",
    "y",
    "ya",
    "él",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_word_lists_are_sorted_for_binary_search() {
        for list in [EN, FR, ES] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted, list);
        }
    }

    #[test]
    fn words_are_stemmed_folded_and_placed() {
        let en = Analyzer::new(Lang::En);
        let t = en.tokens("Reduce the costs of Remittances, by 2030!");
        let terms: Vec<&str> = t.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(terms, ["reduc", "cost", "remitt"]);
        assert_eq!((t[2].start, t[2].end), (20, 31));
        let fr = Analyzer::new(Lang::Fr);
        assert_eq!(fr.term("réintégration"), fr.term("reintegration"));
        assert_eq!(fr.tokens("l'état civil").len(), 2);
        let es = Analyzer::new(Lang::Es);
        assert_eq!(es.term("remesas"), es.term("remesa"));
    }
}
