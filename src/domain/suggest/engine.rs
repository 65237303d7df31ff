//! The index and the ranking (see the module documentation of
//! [`super`] for the method).

use std::collections::HashMap;

use crate::domain::csv::Table;
use crate::domain::reference::{Ref, ReferenceData};

use super::lexicon;
use super::text::{Analyzer, Token};
use super::{Evidence, Lang, Suggestion, Suggestions};

/// A term: an index into the engine's vocabulary.
type Term = u32;

/// The four lists, in the order of [`Engine::levels`].
const GCM: usize = 0;
const TARGET: usize = 1;
const INDICATOR: usize = 2;
const GOAL: usize = 3;

/// The knobs of the ranking and of the relevance decision. The defaults
/// were chosen on the development set (`src/domain/suggest/dev_set.txt`),
/// the goal-level ones also by the benchmark's aggregate figures (see the
/// module documentation).
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// BM25 length normalisation.
    pub b: f32,
    /// The weight (idf) of a word found in no official text or lexicon line.
    pub unknown_idf: f32,
    /// Scores are shares of the text's weight, but of at most this much
    /// (about a dozen informative words): a long paragraph is relevant to a
    /// reference when a good part of it is, not only when most of it is.
    pub mass_cap: f32,
    /// Bonus for a pair of adjacent words of the text found together in a
    /// field, as a share of the pair's weight.
    pub phrase_bonus: f32,
    /// Bonus for a lexicon phrase found in the text, as a share of the
    /// phrase's weight, times the entry's own weight.
    pub lexicon_bonus: f32,
    /// The share of an indicator's score its target gets at least.
    pub indicator_to_target: f32,
    /// The share of the best GCM objective's score that target 10.7 (the
    /// SDGs' central migration target, which the whole GCM implements) gets
    /// at least, when the text is about migration.
    pub gcm_to_migration_target: f32,
    /// A goal's score: this times its own document's score …
    pub goal_own: f32,
    /// … plus this times its best target's score.
    pub goal_from_target: f32,
    /// The least score (as reported, 0 to 1) for relevance: GCM, targets,
    /// indicators, goals.
    pub floor: [f32; 4],
    /// The least share of the list's best score for relevance, same order.
    pub ratio: [f32; 4],
    /// At most this many goals are judged relevant (the best ones).
    pub max_goals: usize,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            k1: 1.2,
            b: 0.75,
            unknown_idf: 3.0,
            mass_cap: 40.0,
            phrase_bonus: 0.5,
            lexicon_bonus: 1.0,
            indicator_to_target: 0.8,
            gcm_to_migration_target: 0.6,
            goal_own: 0.5,
            goal_from_target: 1.0,
            floor: [0.25, 0.35, 0.35, 0.6],
            ratio: [0.7, 0.7, 0.7, 0.5],
            max_goals: 3,
        }
    }
}

/// Where the words of a document field come from, for the evidence.
#[derive(Debug, Clone)]
enum Source {
    /// The official text (title) of a reference.
    Text(Ref),
    /// A goal's short title ("Clean water and sanitation").
    ShortTitle(u8),
    /// The UN Network on Migration's label of a GCM objective.
    Label(u8),
    /// The commitment paragraph of a GCM objective.
    Commitment(u8),
    /// A GCM action, by citation (`20(a)`).
    Action(String),
    /// A lexicon entry, by index into [`Engine::lexicon`].
    Lexicon(u32),
}

#[derive(Debug)]
struct Field {
    source: Source,
    weight: f32,
    terms: Vec<Term>,
}

#[derive(Debug)]
struct Doc {
    reference: Ref,
    fields: Vec<Field>,
    /// Weighted length.
    len: f32,
}

/// The documents of one list, with their postings.
#[derive(Debug, Default)]
struct Level {
    docs: Vec<Doc>,
    /// For each term, the documents with it and its weighted frequency.
    postings: HashMap<Term, Vec<(u32, f32)>>,
    /// For each pair of adjacent terms (smaller first), the documents with
    /// it in some field.
    pairs: HashMap<(Term, Term), Vec<u32>>,
    avg_len: f32,
}

impl Level {
    fn new(docs: Vec<Doc>) -> Level {
        let mut postings: HashMap<Term, Vec<(u32, f32)>> = HashMap::new();
        let mut pairs: HashMap<(Term, Term), Vec<u32>> = HashMap::new();
        let mut total = 0.0;
        for (d, doc) in docs.iter().enumerate() {
            let d = d as u32;
            let mut tf: HashMap<Term, f32> = HashMap::new();
            for f in &doc.fields {
                for &t in &f.terms {
                    *tf.entry(t).or_default() += f.weight;
                }
                for w in f.terms.windows(2) {
                    if w[0] != w[1] {
                        let list = pairs.entry(pair(w[0], w[1])).or_default();
                        if list.last() != Some(&d) {
                            list.push(d);
                        }
                    }
                }
            }
            for (t, w) in tf {
                postings.entry(t).or_default().push((d, w));
            }
            total += doc.len;
        }
        let avg_len = if docs.is_empty() {
            1.0
        } else {
            (total / docs.len() as f32).max(1.0)
        };
        Level {
            docs,
            postings,
            pairs,
            avg_len,
        }
    }
}

fn pair(a: Term, b: Term) -> (Term, Term) {
    (a.min(b), a.max(b))
}

/// A lexicon entry as the engine uses it (entries with the same words are
/// merged).
#[derive(Debug)]
struct LexEntry {
    phrase: String,
    /// Distinct terms, in phrase order.
    terms: Vec<Term>,
    /// (list, document) of each reference.
    targets: Vec<(usize, u32)>,
    migration: bool,
    weight: f32,
}

/// The suggestion engine for one language: the index of every reference,
/// built once by [`Engine::build`], then queried by [`Engine::suggest`].
pub struct Engine {
    lang: Lang,
    analyzer: Analyzer,
    vocab: HashMap<String, Term>,
    idf: Vec<f32>,
    levels: [Level; 4],
    lexicon: Vec<LexEntry>,
    /// For each term, the lexicon entries that contain it.
    lex_by_term: HashMap<Term, Vec<u32>>,
    /// For each indicator document, its target document.
    indicator_target: Vec<Option<u32>>,
    /// For each target document, its goal document.
    target_goal: Vec<Option<u32>>,
    /// The document of target 10.7.
    migration_target: Option<u32>,
    params: Params,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("lang", &self.lang)
            .field("terms", &self.vocab.len())
            .field("lexicon", &self.lexicon.len())
            .finish()
    }
}

/// The texts of one language, by reference.
struct Texts {
    goals: Vec<(u8, String, String)>,
    targets: Vec<(String, u8, String)>,
    indicators: Vec<(String, String, String)>,
}

impl Texts {
    fn english(data: &ReferenceData) -> Texts {
        Texts {
            goals: data
                .goals()
                .iter()
                .map(|g| (g.number, g.title.clone(), g.short_title.clone()))
                .collect(),
            targets: data
                .targets()
                .iter()
                .map(|t| (t.code.clone(), t.goal, t.text.clone()))
                .collect(),
            indicators: data
                .indicators()
                .iter()
                .map(|i| (i.code.clone(), i.target.clone(), i.text.clone()))
                .collect(),
        }
    }

    /// The texts of a translation table (`kind, code, text, …`), on the
    /// structure of the reference data; a missing translation is empty.
    fn translated(data: &ReferenceData, table: &str) -> Result<Texts, String> {
        let t = Table::parse("translations", table)?;
        let (kind, code, text) = (t.column("kind")?, t.column("code")?, t.column("text")?);
        let mut by: HashMap<(&str, &str), &str> = HashMap::new();
        for r in t.rows() {
            by.insert((r[kind].as_str(), r[code].as_str()), r[text].as_str());
        }
        let get = |k: &str, c: &str| by.get(&(k, c)).copied().unwrap_or("").to_string();
        Ok(Texts {
            goals: data
                .goals()
                .iter()
                .map(|g| {
                    let n = g.number.to_string();
                    (g.number, get("goal", &n), get("goal_short", &n))
                })
                .collect(),
            targets: data
                .targets()
                .iter()
                .map(|t| (t.code.clone(), t.goal, get("target", &t.code)))
                .collect(),
            indicators: data
                .indicators()
                .iter()
                .map(|i| (i.code.clone(), i.target.clone(), get("indicator", &i.code)))
                .collect(),
        })
    }
}

/// Builds the vocabulary and counts, for the idf, in how many units
/// (sentences of the official texts, lexicon lines) each term occurs.
struct Builder {
    analyzer: Analyzer,
    vocab: HashMap<String, Term>,
    df: Vec<u32>,
    units: u32,
}

impl Builder {
    /// The terms of one unit of text, counted for the idf.
    fn unit(&mut self, text: &str) -> Vec<Term> {
        let terms: Vec<Term> = self
            .analyzer
            .tokens(text)
            .into_iter()
            .map(|t| {
                let next = self.vocab.len() as Term;
                *self.vocab.entry(t.term).or_insert(next)
            })
            .collect();
        self.df.resize(self.vocab.len(), 0);
        let mut seen = terms.clone();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            self.df[t as usize] += 1;
        }
        self.units += 1;
        terms
    }
}

fn field(source: Source, weight: f32, terms: &[Term]) -> Field {
    Field {
        source,
        weight,
        terms: terms.to_vec(),
    }
}

fn doc(reference: Ref, fields: Vec<Field>) -> Doc {
    let len = fields.iter().map(|f| f.weight * f.terms.len() as f32).sum();
    Doc {
        reference,
        fields,
        len,
    }
}

impl Engine {
    /// Builds the engine for `lang` from the reference data, the SDG texts
    /// in that language (the table [`Lang::translation_table`] names; not
    /// needed for English) and the compiled-in lexicon.
    pub fn build(
        data: &ReferenceData,
        lang: Lang,
        translations: Option<&str>,
        params: Params,
    ) -> Result<Engine, String> {
        let texts = match (lang, translations) {
            (Lang::En, _) => Texts::english(data),
            (_, Some(table)) => Texts::translated(data, table)?,
            (_, None) => {
                return Err(format!(
                    "the {} texts ({}) are needed",
                    lang.code(),
                    lang.translation_table().unwrap_or_default()
                ));
            }
        };
        let mut b = Builder {
            analyzer: Analyzer::new(lang),
            vocab: HashMap::new(),
            df: Vec::new(),
            units: 0,
        };

        // Official texts, one unit each.
        let goal_terms: Vec<(Vec<Term>, Vec<Term>)> = texts
            .goals
            .iter()
            .map(|(_, title, short)| (b.unit(title), b.unit(short)))
            .collect();
        let target_terms: Vec<Vec<Term>> =
            texts.targets.iter().map(|(_, _, t)| b.unit(t)).collect();
        let indicator_terms: Vec<Vec<Term>> =
            texts.indicators.iter().map(|(_, _, t)| b.unit(t)).collect();
        struct Objective {
            number: u8,
            title: Vec<Term>,
            label: Vec<Term>,
            commitment: Vec<Term>,
            actions: Vec<(String, Vec<Term>)>,
        }
        let objectives: Vec<Objective> = data
            .objectives()
            .iter()
            .map(|o| {
                let english = lang == Lang::En;
                Objective {
                    number: o.number,
                    title: if english {
                        b.unit(&o.title)
                    } else {
                        Vec::new()
                    },
                    label: match lang {
                        Lang::En => b.unit(&o.short_label_en),
                        Lang::Fr => b.unit(&o.short_label_fr),
                        Lang::Es => Vec::new(),
                    },
                    commitment: if english {
                        b.unit(&o.commitment)
                    } else {
                        Vec::new()
                    },
                    actions: if english {
                        data.actions_of(o.number)
                            .map(|a| (a.citation.clone(), b.unit(&a.text)))
                            .collect()
                    } else {
                        Vec::new()
                    },
                }
            })
            .collect();

        // Where each reference's document will be.
        let mut place: HashMap<Ref, (usize, u32)> = HashMap::new();
        for (i, o) in objectives.iter().enumerate() {
            place.insert(Ref::Gcm(o.number), (GCM, i as u32));
        }
        for (i, (code, _, _)) in texts.targets.iter().enumerate() {
            place.insert(Ref::Target(code.clone()), (TARGET, i as u32));
        }
        for (i, (code, _, _)) in texts.indicators.iter().enumerate() {
            place.insert(Ref::Indicator(code.clone()), (INDICATOR, i as u32));
        }
        for (i, (n, _, _)) in texts.goals.iter().enumerate() {
            place.insert(Ref::Goal(*n), (GOAL, i as u32));
        }

        // The lexicon, one unit per line; lines with the same words merge.
        let mut lexicon: Vec<LexEntry> = Vec::new();
        let mut lex_terms: Vec<Vec<Term>> = Vec::new();
        let mut by_words: HashMap<Vec<Term>, usize> = HashMap::new();
        // For each (list, document), the lexicon entries naming it.
        let mut lex_of: HashMap<(usize, u32), Vec<u32>> = HashMap::new();
        for e in lexicon::parse(lexicon::source(lang))? {
            let all = b.unit(&e.phrase);
            let mut terms: Vec<Term> = Vec::new();
            for t in all {
                if !terms.contains(&t) {
                    terms.push(t);
                }
            }
            if terms.is_empty() {
                return Err(format!(
                    "lexicon ({}) line {}: `{}` has only stop words",
                    lang.code(),
                    e.line,
                    e.phrase
                ));
            }
            let mut targets = Vec::new();
            for r in &e.refs {
                let p = *place.get(r).ok_or_else(|| {
                    format!(
                        "lexicon ({}) line {}: {r} is not in the reference data",
                        lang.code(),
                        e.line
                    )
                })?;
                targets.push(p);
            }
            let mut key = terms.clone();
            key.sort_unstable();
            // Description lines (weight 0) never merge with phrases.
            if e.weight > 0.0 {
                if let Some(&i) = by_words.get(&key) {
                    let m = &mut lexicon[i];
                    m.weight = m.weight.max(e.weight);
                    m.migration |= e.migration;
                    for p in targets {
                        if !m.targets.contains(&p) {
                            m.targets.push(p);
                            lex_of.entry(p).or_default().push(i as u32);
                        }
                    }
                    continue;
                }
                by_words.insert(key, lexicon.len());
            }
            let i = lexicon.len() as u32;
            for p in &targets {
                lex_of.entry(*p).or_default().push(i);
            }
            lex_terms.push(terms.clone());
            lexicon.push(LexEntry {
                phrase: e.phrase,
                terms,
                targets,
                migration: e.migration,
                weight: e.weight,
            });
        }
        let lex_fields = |p: (usize, u32), weight: f32, out: &mut Vec<Field>| {
            for &i in lex_of.get(&p).map(Vec::as_slice).unwrap_or(&[]) {
                out.push(field(Source::Lexicon(i), weight, &lex_terms[i as usize]));
            }
        };

        // Documents.
        let gcm_docs: Vec<Doc> = objectives
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let n = o.number;
                let mut f = vec![
                    field(Source::Text(Ref::Gcm(n)), 1.0, &o.title),
                    field(Source::Label(n), 1.0, &o.label),
                    field(Source::Commitment(n), 0.5, &o.commitment),
                ];
                for (citation, terms) in &o.actions {
                    f.push(field(Source::Action(citation.clone()), 0.3, terms));
                }
                lex_fields((GCM, i as u32), 0.8, &mut f);
                doc(Ref::Gcm(n), f)
            })
            .collect();
        let mut indicators_of: Vec<Vec<usize>> = vec![Vec::new(); texts.targets.len()];
        let mut indicator_target = Vec::new();
        for (i, (_, target, _)) in texts.indicators.iter().enumerate() {
            let t = place.get(&Ref::Target(target.clone())).map(|p| p.1);
            if let Some(t) = t {
                indicators_of[t as usize].push(i);
            }
            indicator_target.push(t);
        }
        let target_docs: Vec<Doc> = texts
            .targets
            .iter()
            .enumerate()
            .map(|(i, (code, _, _))| {
                let r = Ref::Target(code.clone());
                let mut f = vec![field(Source::Text(r.clone()), 1.0, &target_terms[i])];
                lex_fields((TARGET, i as u32), 0.8, &mut f);
                for &k in &indicators_of[i] {
                    let ind = Ref::Indicator(texts.indicators[k].0.clone());
                    f.push(field(Source::Text(ind), 0.5, &indicator_terms[k]));
                    lex_fields((INDICATOR, k as u32), 0.5, &mut f);
                }
                doc(r, f)
            })
            .collect();
        let indicator_docs: Vec<Doc> = texts
            .indicators
            .iter()
            .enumerate()
            .map(|(i, (code, target, _))| {
                let r = Ref::Indicator(code.clone());
                let mut f = vec![field(Source::Text(r.clone()), 1.0, &indicator_terms[i])];
                lex_fields((INDICATOR, i as u32), 0.8, &mut f);
                if let Some(t) = indicator_target[i] {
                    f.push(field(
                        Source::Text(Ref::Target(target.clone())),
                        0.4,
                        &target_terms[t as usize],
                    ));
                }
                doc(r, f)
            })
            .collect();
        let mut target_goal = Vec::new();
        let mut targets_of: Vec<Vec<usize>> = vec![Vec::new(); texts.goals.len()];
        for (i, (_, goal, _)) in texts.targets.iter().enumerate() {
            let g = place.get(&Ref::Goal(*goal)).map(|p| p.1);
            if let Some(g) = g {
                targets_of[g as usize].push(i);
            }
            target_goal.push(g);
        }
        let goal_docs: Vec<Doc> = texts
            .goals
            .iter()
            .enumerate()
            .map(|(g, (n, _, _))| {
                let mut f = vec![
                    field(Source::Text(Ref::Goal(*n)), 1.0, &goal_terms[g].0),
                    field(Source::ShortTitle(*n), 1.0, &goal_terms[g].1),
                ];
                lex_fields((GOAL, g as u32), 0.8, &mut f);
                for &t in &targets_of[g] {
                    let code = &texts.targets[t].0;
                    f.push(field(
                        Source::Text(Ref::Target(code.clone())),
                        0.5,
                        &target_terms[t],
                    ));
                    lex_fields((TARGET, t as u32), 0.5, &mut f);
                    for &k in &indicators_of[t] {
                        let ind = Ref::Indicator(texts.indicators[k].0.clone());
                        f.push(field(Source::Text(ind), 0.3, &indicator_terms[k]));
                        lex_fields((INDICATOR, k as u32), 0.3, &mut f);
                    }
                }
                doc(Ref::Goal(*n), f)
            })
            .collect();

        let n = b.units as f32;
        let idf =
            b.df.iter()
                .map(|&df| (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln())
                .collect();
        let mut lex_by_term: HashMap<Term, Vec<u32>> = HashMap::new();
        for (i, e) in lexicon.iter().enumerate() {
            if e.weight > 0.0 {
                for &t in &e.terms {
                    lex_by_term.entry(t).or_default().push(i as u32);
                }
            }
        }
        Ok(Engine {
            lang,
            analyzer: b.analyzer,
            vocab: b.vocab,
            idf,
            levels: [
                Level::new(gcm_docs),
                Level::new(target_docs),
                Level::new(indicator_docs),
                Level::new(goal_docs),
            ],
            lexicon,
            lex_by_term,
            indicator_target,
            target_goal,
            migration_target: place.get(&Ref::Target("10.7".into())).map(|p| p.1),
            params,
        })
    }

    /// The language it reads.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The knobs it ranks and decides with.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// Changes the knobs (all of them act when a text is ranked, so the
    /// index stays as it is).
    pub fn set_params(&mut self, params: Params) {
        self.params = params;
    }

    /// Ranks the references for `text`: at most `top` of each kind, best
    /// first, those with no evidence left out. An empty (or stop-word-only)
    /// text gets empty lists.
    pub fn suggest(&self, text: &str, top: usize) -> Suggestions {
        let q = self.query(text);
        let mut out = Suggestions {
            text: text.to_string(),
            gcm: Vec::new(),
            sdg_targets: Vec::new(),
            sdg_indicators: Vec::new(),
            sdg_goals: Vec::new(),
        };
        if q.mass <= 0.0 {
            return out;
        }
        let s = self.score(&q);
        // A specific lexicon phrase naming an objective stands in for a
        // migration word ("birth registration" for objective 4).
        let named_gcm = |d: u32| {
            q.matches.iter().any(|m| {
                let e = &self.lexicon[m.entry as usize];
                e.weight >= 0.7 && e.targets.contains(&(GCM, d))
            })
        };
        let p = &self.params;
        // The decision: a floor and a share of the list's best score …
        let mut relevant: [Vec<bool>; 4] = std::array::from_fn(|level| {
            let scores = &s[level];
            let best = scores.iter().copied().fold(0.0f32, f32::max);
            (0..scores.len())
                .map(|d| {
                    let raw = scores[d];
                    raw > 0.0
                        && 1.0 - (-raw).exp() >= p.floor[level]
                        && raw >= p.ratio[level] * best
                        && (level != GCM || q.migration || named_gcm(d as u32))
                })
                .collect()
        });
        // … an indicator's target is relevant too, and for any GCM
        // objective target 10.7 (which the whole GCM implements) …
        let any_gcm = relevant[GCM].iter().any(|&r| r);
        if let (true, Some(t)) = (any_gcm, self.migration_target) {
            relevant[TARGET][t as usize] = true;
        }
        for (i, t) in self.indicator_target.iter().enumerate() {
            if let (true, Some(t)) = (relevant[INDICATOR][i], t) {
                relevant[TARGET][*t as usize] = true;
            }
        }
        // … at most the best `max_goals` goals …
        let mut goals: Vec<usize> = (0..s[GOAL].len()).collect();
        goals.sort_by(|a, b| s[GOAL][*b].total_cmp(&s[GOAL][*a]).then(a.cmp(b)));
        for &g in goals.iter().skip(p.max_goals) {
            relevant[GOAL][g] = false;
        }
        // … then the hierarchy, from the top: a target is relevant only
        // under a relevant goal, an indicator only under a relevant target.
        for (t, g) in self.target_goal.iter().enumerate() {
            if g.is_some_and(|g| !relevant[GOAL][g as usize]) {
                relevant[TARGET][t] = false;
            }
        }
        for (i, t) in self.indicator_target.iter().enumerate() {
            if t.is_some_and(|t| !relevant[TARGET][t as usize]) {
                relevant[INDICATOR][i] = false;
            }
        }
        let best_gcm = (0..s[GCM].len() as u32)
            .filter(|&d| s[GCM][d as usize] > 0.0)
            .max_by(|a, b| {
                s[GCM][*a as usize]
                    .total_cmp(&s[GCM][*b as usize])
                    .then(b.cmp(a))
            });
        for level in [GCM, TARGET, INDICATOR, GOAL] {
            let scores = &s[level];
            let mut order: Vec<u32> = (0..scores.len() as u32)
                .filter(|&d| scores[d as usize] > 0.0)
                .collect();
            order.sort_by(|a, b| {
                scores[*b as usize]
                    .total_cmp(&scores[*a as usize])
                    .then(a.cmp(b))
            });
            let list: Vec<Suggestion> = order
                .into_iter()
                .take(top)
                .filter_map(|d| {
                    let evidence = self.evidence(text, &q, (level, d), best_gcm);
                    if evidence.is_empty() {
                        return None;
                    }
                    let score = 1.0 - (-scores[d as usize]).exp();
                    Some(Suggestion {
                        reference: self.levels[level].docs[d as usize].reference.clone(),
                        score: (f64::from(score) * 1000.0).round() / 1000.0,
                        relevant: relevant[level][d as usize],
                        evidence,
                    })
                })
                .collect();
            match level {
                GCM => out.gcm = list,
                TARGET => out.sdg_targets = list,
                INDICATOR => out.sdg_indicators = list,
                _ => out.sdg_goals = list,
            }
        }
        out
    }

    /// The text's words, their weights and the lexicon phrases found in it.
    fn query(&self, text: &str) -> Query {
        let tokens = self.analyzer.tokens(text);
        let ids: Vec<Option<Term>> = tokens
            .iter()
            .map(|t| self.vocab.get(&t.term).copied())
            .collect();
        let mut counts: HashMap<Term, u32> = HashMap::new();
        let mut unknown: HashMap<&str, u32> = HashMap::new();
        for (t, id) in tokens.iter().zip(&ids) {
            match id {
                Some(id) => *counts.entry(*id).or_default() += 1,
                None => *unknown.entry(t.term.as_str()).or_default() += 1,
            }
        }
        // Repeated words weigh more, with saturation (k3 = 1).
        let sat = |c: u32| 2.0 * c as f32 / (c as f32 + 1.0);
        let weights: HashMap<Term, f32> = counts
            .iter()
            .map(|(&t, &c)| (t, self.idf[t as usize] * sat(c)))
            .collect();
        let mass = weights.values().sum::<f32>()
            + unknown
                .values()
                .map(|&c| self.params.unknown_idf * sat(c))
                .sum::<f32>();
        let mass = if mass > 0.0 {
            mass.min(self.params.mass_cap)
        } else {
            0.0
        };
        let matches = self.lexicon_matches(&tokens, &ids);
        let migration = matches
            .iter()
            .any(|m| self.lexicon[m.entry as usize].migration);
        Query {
            tokens,
            ids,
            weights,
            mass,
            matches,
            migration,
        }
    }

    /// The lexicon phrases in the text: all their words within a window of
    /// the phrase's length plus two, in any order; a match inside a longer
    /// one is dropped.
    fn lexicon_matches(&self, tokens: &[Token], ids: &[Option<Term>]) -> Vec<Match> {
        let mut candidates: Vec<u32> = ids
            .iter()
            .flatten()
            .flat_map(|t| self.lex_by_term.get(t).into_iter().flatten().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut found: Vec<Match> = Vec::new();
        for e in candidates {
            let entry = &self.lexicon[e as usize];
            let k = entry.terms.len();
            'start: for p in 0..ids.len() {
                if !ids[p].is_some_and(|t| entry.terms.contains(&t)) {
                    continue;
                }
                let end = (p + k + 2).min(ids.len());
                let mut positions = Vec::with_capacity(k);
                for t in &entry.terms {
                    match (p..end).find(|&i| ids[i] == Some(*t)) {
                        Some(i) => positions.push(i),
                        None => continue 'start,
                    }
                }
                positions.sort_unstable();
                found.push(Match {
                    entry: e,
                    start: tokens[positions[0]].start,
                    end: tokens[positions[k - 1]].end,
                    positions,
                });
                break;
            }
        }
        // A match inside a longer one that names the same references (at
        // least) adds nothing.
        let inside = |a: &Match, b: &Match| {
            a.positions.len() < b.positions.len()
                && a.positions.iter().all(|p| b.positions.contains(p))
                && self.lexicon[a.entry as usize]
                    .targets
                    .iter()
                    .all(|t| self.lexicon[b.entry as usize].targets.contains(t))
        };
        (0..found.len())
            .filter(|&i| !found.iter().any(|b| inside(&found[i], b)))
            .map(|i| found[i].clone())
            .collect()
    }

    /// The raw score of every document of every list.
    fn score(&self, q: &Query) -> [Vec<f32>; 4] {
        let p = &self.params;
        let mut s: [Vec<f32>; 4] = std::array::from_fn(|l| vec![0.0; self.levels[l].docs.len()]);
        let mut pairs: Vec<(Term, Term)> = q
            .ids
            .windows(2)
            .filter_map(|w| match (w[0], w[1]) {
                (Some(a), Some(b)) if a != b => Some(pair(a, b)),
                _ => None,
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        for (l, level) in self.levels.iter().enumerate() {
            let scores = &mut s[l];
            for (t, a) in &q.weights {
                for &(d, tf) in level.postings.get(t).map(Vec::as_slice).unwrap_or(&[]) {
                    scores[d as usize] += a * self.saturate(level, d, tf);
                }
            }
            for pr in &pairs {
                let w = (q.weights[&pr.0] + q.weights[&pr.1]) / 2.0;
                for &d in level.pairs.get(pr).map(Vec::as_slice).unwrap_or(&[]) {
                    scores[d as usize] += p.phrase_bonus * w;
                }
            }
        }
        for m in &q.matches {
            let e = &self.lexicon[m.entry as usize];
            let w: f32 = e.terms.iter().map(|t| q.weights[t]).sum();
            for &(l, d) in &e.targets {
                s[l][d as usize] += p.lexicon_bonus * e.weight * w;
            }
        }
        for scores in &mut s {
            for x in scores.iter_mut() {
                *x /= q.mass;
            }
        }
        for (i, t) in self.indicator_target.iter().enumerate() {
            if let Some(t) = t {
                let lent = p.indicator_to_target * s[INDICATOR][i];
                let own = &mut s[TARGET][*t as usize];
                *own = own.max(lent);
            }
        }
        if let (true, Some(t)) = (q.migration, self.migration_target) {
            let best = s[GCM].iter().copied().fold(0.0f32, f32::max);
            let own = &mut s[TARGET][t as usize];
            *own = own.max(p.gcm_to_migration_target * best);
        }
        let mut best_target = vec![0.0f32; s[GOAL].len()];
        for (t, g) in self.target_goal.iter().enumerate() {
            if let Some(g) = g {
                let b = &mut best_target[*g as usize];
                *b = b.max(s[TARGET][t]);
            }
        }
        for (g, x) in s[GOAL].iter_mut().enumerate() {
            *x = p.goal_own * *x + p.goal_from_target * best_target[g];
        }
        s
    }

    /// BM25 saturation of weighted frequency `tf` in document `d`, scaled
    /// so that one occurrence in a document of average length gives 1.
    fn saturate(&self, level: &Level, d: u32, tf: f32) -> f32 {
        let p = &self.params;
        let len = level.docs[d as usize].len;
        let k = p.k1 * (1.0 - p.b + p.b * len / level.avg_len);
        tf * (p.k1 + 1.0) / (tf + k)
    }

    /// The evidence for document `d` of list `level`: lexicon phrases
    /// first, then runs of adjacent words found in the same field, by
    /// weight; at most five.
    fn evidence(
        &self,
        text: &str,
        q: &Query,
        (level, d): (usize, u32),
        best_gcm: Option<u32>,
    ) -> Vec<Evidence> {
        let doc = &self.levels[level].docs[d as usize];
        let mut items: Vec<(f32, usize, usize, String)> = Vec::new();
        for m in &q.matches {
            let e = &self.lexicon[m.entry as usize];
            if e.targets.contains(&(level, d)) {
                let w: f32 = e.terms.iter().map(|t| q.weights[t]).sum::<f32>() * (1.0 + e.weight);
                items.push((w, m.start, m.end, format!("lexicon: {}", e.phrase)));
            }
        }
        // Target 10.7's share of the best GCM objective.
        if level == TARGET && q.migration && Some(d) == self.migration_target {
            let m = q
                .matches
                .iter()
                .find(|m| self.lexicon[m.entry as usize].migration);
            if let (Some(g), Some(m)) = (best_gcm, m) {
                items.push((
                    0.0,
                    m.start,
                    m.end,
                    format!(
                        "{}, one of the GCM objectives that implement sdg:10.7",
                        self.levels[GCM].docs[g as usize].reference
                    ),
                ));
            }
        }
        // Each word is shown in the field that holds most of the text's
        // words (the most telling sentence), the heavier field on a tie.
        let share: Vec<f32> = doc
            .fields
            .iter()
            .map(|f| {
                let mut n = 0.0;
                for t in q.weights.keys() {
                    if f.terms.contains(t) {
                        n += 1.0;
                    }
                }
                n + f.weight / 10.0
            })
            .collect();
        let mut seen: Vec<Term> = Vec::new();
        let mut run: Option<(f32, usize, usize, usize, String)> = None;
        for (i, id) in q.ids.iter().enumerate() {
            let found = id.filter(|t| !seen.contains(t)).and_then(|t| {
                doc.fields
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.terms.contains(&t))
                    .max_by(|(a, _), (b, _)| share[*a].total_cmp(&share[*b]).then(b.cmp(a)))
                    .map(|(_, f)| (t, self.source_name(&f.source)))
            });
            match (found, run.take()) {
                (Some((t, src)), Some((w, s, _, last, rsrc))) if last + 1 == i && rsrc == src => {
                    seen.push(t);
                    run = Some((w + q.weights[&t], s, q.tokens[i].end, i, rsrc));
                }
                (found, prev) => {
                    if let Some((w, s, e, _, src)) = prev {
                        items.push((w, s, e, src));
                    }
                    if let Some((t, src)) = found {
                        seen.push(t);
                        run = Some((q.weights[&t], q.tokens[i].start, q.tokens[i].end, i, src));
                    }
                }
            }
        }
        if let Some((w, s, e, _, src)) = run {
            items.push((w, s, e, src));
        }
        items.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // The same words in the same place say it once.
        let mut shown: Vec<(usize, usize, String)> = Vec::new();
        items.retain(|(_, s, e, src)| {
            let key = (*s, *e, src.clone());
            let new = !shown.contains(&key);
            shown.push(key);
            new
        });
        items.truncate(5);
        items
            .into_iter()
            .map(|(_, s, e, source)| Evidence {
                matched: text[s..e].to_string(),
                source,
            })
            .collect()
    }

    fn source_name(&self, s: &Source) -> String {
        match s {
            Source::Text(r) => format!("official text of {r}"),
            Source::ShortTitle(n) => format!("short title of sdg:{n}"),
            Source::Label(n) => format!("UN Network label of gcm:{n}"),
            Source::Commitment(n) => format!("commitment of gcm:{n}"),
            Source::Action(c) => format!("GCM action {c}"),
            Source::Lexicon(i) => {
                let e = &self.lexicon[*i as usize];
                if e.weight > 0.0 {
                    format!("lexicon: {}", e.phrase)
                } else {
                    let refs: Vec<String> = e
                        .targets
                        .iter()
                        .map(|&(l, d)| self.levels[l].docs[d as usize].reference.to_string())
                        .collect();
                    format!("lexicon: description of {}", refs.join(", "))
                }
            }
        }
    }
}

/// A processed text.
struct Query {
    tokens: Vec<Token>,
    /// The term of each token, `None` when it is in no text or lexicon line.
    ids: Vec<Option<Term>>,
    /// Each known term's weight: idf times saturated count.
    weights: HashMap<Term, f32>,
    /// The weight of all the text's words, known or not.
    mass: f32,
    matches: Vec<Match>,
    /// Whether a lexicon phrase marked `@migration` was found.
    migration: bool,
}

/// A lexicon phrase found in a text.
#[derive(Debug, Clone)]
struct Match {
    entry: u32,
    /// Token positions of its words, sorted.
    positions: Vec<usize>,
    /// Byte range in the text.
    start: usize,
    end: usize,
}
