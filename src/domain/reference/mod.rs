//! Official reference data: the SDG framework (2025 revision) and the Global
//! Compact for Safe, Orderly and Regular Migration (GCM).
//!
//! The tables in `data/` are verbatim copies of the project's shared reference
//! data; `data/SOURCES.md` records where each came from. They are compiled into
//! the binary, parsed once on first use, and exposed read-only through
//! [`reference()`].
//!
//! Every curriculum, exercise and analysis names these entries with one
//! syntax, [`Ref`]: `gcm:6` (GCM objective 6), `sdg:10` (Goal 10), `sdg:10.7`
//! (target 10.7) and `sdg:10.7.2` (indicator 10.7.2).

mod refs;
pub mod translations;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use refs::{Ref, RefError};

use crate::domain::csv::Table;

/// An SDG goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    /// 1 to 17.
    pub number: u8,
    /// The official title, e.g. "End poverty in all its forms everywhere".
    pub title: String,
    /// The common short title, e.g. "No poverty" (not part of the framework).
    pub short_title: String,
}

/// An SDG target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The official code, e.g. `10.7` or `10.c`.
    pub code: String,
    /// The goal it belongs to.
    pub goal: u8,
    /// The official text.
    pub text: String,
    /// The official footnote, if any.
    pub footnote: Option<String>,
}

/// An SDG indicator row of the 2025 framework.
///
/// Some indicators are listed under two or three targets with different
/// codes; each listing is its own row here, and [`Indicator::repeated_as`]
/// names the others (all share one [`Indicator::unsd_code`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    /// The official code, e.g. `10.7.2`.
    pub code: String,
    /// The goal it belongs to.
    pub goal: u8,
    /// The code of the target it belongs to.
    pub target: String,
    /// The official text (2025 revision).
    pub text: String,
    /// The UNSD series code; repeated indicators share it.
    pub unsd_code: String,
    /// The other codes of the same indicator.
    pub repeated_as: Vec<String>,
    /// The official footnote, if any.
    pub footnote: Option<String>,
}

/// A GCM objective (A/RES/73/195, paragraphs 17–39).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GcmObjective {
    /// 1 to 23.
    pub number: u8,
    /// The official title.
    pub title: String,
    /// The UN Network on Migration's short label in English, e.g. "Data".
    pub short_label_en: String,
    /// The UN Network on Migration's short label in French.
    pub short_label_fr: String,
    /// The paragraph of the GCM that states the objective.
    pub paragraph: u8,
    /// The commitment paragraph ("We commit to …").
    pub commitment: String,
}

/// One lettered action under a GCM objective.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GcmAction {
    /// The objective it belongs to.
    pub objective: u8,
    /// Its letter, e.g. `a`.
    pub letter: String,
    /// Its citation form, e.g. `20(a)`.
    pub citation: String,
    /// The sub-heading it sits under, if any (only inside Objective 2).
    pub subheading: Option<String>,
    /// The text (near-verbatim; see `data/SOURCES.md`).
    pub text: String,
}

/// One of the GCM's ten guiding principles (paragraph 15).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidingPrinciple {
    /// Its letter, `a` to `j`.
    pub letter: String,
    /// Its name, e.g. "People-centred".
    pub name: String,
    /// The full text.
    pub text: String,
}

/// A target that sources list as migration-relevant, with the evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationRelevantTarget {
    /// The target's code.
    pub target: String,
    /// How central it is: `central`, `direct`, `indicator_level`, `related`, …
    pub relevance: String,
    /// The theme, e.g. "remittances".
    pub theme: String,
    /// How the relevance is known, e.g. `listed_by_iom`, `unverified`.
    pub evidence_level: String,
    /// What the source says.
    pub evidence: String,
    /// The source.
    pub source: String,
}

/// All reference data, with indexes for look-up by code.
#[derive(Debug)]
pub struct ReferenceData {
    goals: Vec<Goal>,
    targets: Vec<Target>,
    indicators: Vec<Indicator>,
    objectives: Vec<GcmObjective>,
    actions: Vec<GcmAction>,
    principles: Vec<GuidingPrinciple>,
    migration_targets: Vec<MigrationRelevantTarget>,
    target_index: HashMap<String, usize>,
    indicator_index: HashMap<String, usize>,
    /// For each target (by index), its indicators (by index), in order.
    target_indicators: Vec<Vec<usize>>,
    /// The words of every entry, for [`ReferenceData::search`], built on
    /// first use.
    search_index: OnceLock<Vec<SearchEntry>>,
}

/// One entry's words: those of its official text, and (for GCM objectives)
/// of its short label and commitment.
#[derive(Debug)]
struct SearchEntry {
    reference: Ref,
    title: Vec<String>,
    extra: Vec<String>,
}

/// The tables the reference data is read from, by file name. They live in
/// `src/domain/reference/data/`; the app's build copies them to `data/`
/// beside the app, and the browser fetches them there when first needed.
pub const TABLES: [&str; 7] = [
    "sdg_goals.csv",
    "sdg_targets.csv",
    "sdg_indicators.csv",
    "gcm_objectives.csv",
    "gcm_actions.csv",
    "gcm_guiding_principles.csv",
    "migration_relevant_sdg_targets.csv",
];

static DATA: OnceLock<ReferenceData> = OnceLock::new();

/// The reference data.
///
/// With the `embedded-data` feature (the default: the CLI and native tests)
/// the tables are compiled in and parsed on first use. Without it (the
/// browser app, which keeps its download small) they must first be given to
/// [`install`]; until then this returns empty data, in which nothing is
/// found.
pub fn reference() -> &'static ReferenceData {
    #[cfg(feature = "embedded-data")]
    {
        DATA.get_or_init(|| {
            // The tables are compiled in and parsed by the unit tests below,
            // so a failure here is a build defect, never a user input problem.
            ReferenceData::from_tables(&embedded::tables())
                .expect("embedded reference data is valid (checked by tests)")
        })
    }
    #[cfg(not(feature = "embedded-data"))]
    {
        static EMPTY: OnceLock<ReferenceData> = OnceLock::new();
        DATA.get()
            .unwrap_or_else(|| EMPTY.get_or_init(ReferenceData::empty))
    }
}

/// Returns true if and only if the reference data is available (always
/// with `embedded-data`; after [`install`] otherwise).
pub fn is_loaded() -> bool {
    cfg!(feature = "embedded-data") || DATA.get().is_some()
}

/// Installs the reference data from the texts of [`TABLES`], given as
/// (file name, text) pairs. The error names the table and row at fault.
/// Installing twice keeps the first.
pub fn install(tables: &[(&str, &str)]) -> Result<(), String> {
    if DATA.get().is_some() {
        return Ok(());
    }
    let data = ReferenceData::from_tables(tables)?;
    let _ = DATA.set(data);
    Ok(())
}

#[cfg(feature = "embedded-data")]
mod embedded {
    macro_rules! embed {
        ($($file:literal),*) => { [$(($file, include_str!(concat!("data/", $file)))),*] };
    }

    /// The compiled-in tables.
    pub(super) fn tables() -> [(&'static str, &'static str); 7] {
        embed!(
            "sdg_goals.csv",
            "sdg_targets.csv",
            "sdg_indicators.csv",
            "gcm_objectives.csv",
            "gcm_actions.csv",
            "gcm_guiding_principles.csv",
            "migration_relevant_sdg_targets.csv"
        )
    }
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn number(table: &str, s: &str) -> Result<u8, String> {
    s.parse()
        .map_err(|_| format!("{table}: `{s}` is not a number"))
}

impl ReferenceData {
    /// No data at all.
    #[cfg(not(feature = "embedded-data"))]
    fn empty() -> ReferenceData {
        ReferenceData {
            goals: Vec::new(),
            targets: Vec::new(),
            indicators: Vec::new(),
            objectives: Vec::new(),
            actions: Vec::new(),
            principles: Vec::new(),
            migration_targets: Vec::new(),
            target_index: HashMap::new(),
            indicator_index: HashMap::new(),
            target_indicators: Vec::new(),
            search_index: OnceLock::new(),
        }
    }

    /// Parses the tables named in [`TABLES`].
    fn from_tables(tables: &[(&str, &str)]) -> Result<ReferenceData, String> {
        let table = |name: &str| -> Result<Table, String> {
            let text = tables
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| *t)
                .ok_or_else(|| format!("{name} is missing"))?;
            Table::parse(name, text)
        };
        let t = table("sdg_goals.csv")?;
        let (n, title, short) = (
            t.column("goal")?,
            t.column("title")?,
            t.column("short_title")?,
        );
        let goals = t
            .rows()
            .iter()
            .map(|r| {
                Ok(Goal {
                    number: number("sdg_goals.csv", &r[n])?,
                    title: r[title].clone(),
                    short_title: r[short].clone(),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;

        let t = table("sdg_targets.csv")?;
        let (code, goal, text, foot) = (
            t.column("code")?,
            t.column("goal")?,
            t.column("text")?,
            t.column("footnote")?,
        );
        let targets = t
            .rows()
            .iter()
            .map(|r| {
                Ok(Target {
                    code: r[code].clone(),
                    goal: number("sdg_targets.csv", &r[goal])?,
                    text: r[text].clone(),
                    footnote: opt(&r[foot]),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;

        let t = table("sdg_indicators.csv")?;
        let (code, goal, target, text, unsd, rep, foot) = (
            t.column("code")?,
            t.column("goal")?,
            t.column("target")?,
            t.column("text")?,
            t.column("unsd_code")?,
            t.column("repeated_as")?,
            t.column("footnote")?,
        );
        let indicators = t
            .rows()
            .iter()
            .map(|r| {
                Ok(Indicator {
                    code: r[code].clone(),
                    goal: number("sdg_indicators.csv", &r[goal])?,
                    target: r[target].clone(),
                    text: r[text].clone(),
                    unsd_code: r[unsd].clone(),
                    repeated_as: r[rep]
                        .split(';')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                    footnote: opt(&r[foot]),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;

        let t = table("gcm_objectives.csv")?;
        let (n, title, en, fr, para, commitment) = (
            t.column("objective")?,
            t.column("title")?,
            t.column("short_label_en")?,
            t.column("short_label_fr")?,
            t.column("paragraph")?,
            t.column("commitment")?,
        );
        let objectives = t
            .rows()
            .iter()
            .map(|r| {
                Ok(GcmObjective {
                    number: number("gcm_objectives.csv", &r[n])?,
                    title: r[title].clone(),
                    short_label_en: r[en].clone(),
                    short_label_fr: r[fr].clone(),
                    paragraph: number("gcm_objectives.csv", &r[para])?,
                    commitment: r[commitment].clone(),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;

        let t = table("gcm_actions.csv")?;
        let (n, letter, citation, sub, text) = (
            t.column("objective")?,
            t.column("letter")?,
            t.column("ref")?,
            t.column("subheading")?,
            t.column("text")?,
        );
        let actions = t
            .rows()
            .iter()
            .map(|r| {
                Ok(GcmAction {
                    objective: number("gcm_actions.csv", &r[n])?,
                    letter: r[letter].clone(),
                    citation: r[citation].clone(),
                    subheading: opt(&r[sub]),
                    text: r[text].clone(),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;

        let t = table("gcm_guiding_principles.csv")?;
        let (letter, name, text) = (t.column("letter")?, t.column("name")?, t.column("text")?);
        let principles = t
            .rows()
            .iter()
            .map(|r| GuidingPrinciple {
                letter: r[letter].clone(),
                name: r[name].clone(),
                text: r[text].clone(),
            })
            .collect();

        let t = table("migration_relevant_sdg_targets.csv")?;
        let cols = [
            "target",
            "relevance",
            "theme",
            "evidence_level",
            "evidence",
            "source",
        ]
        .map(|c| t.column(c))
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
        let migration_targets = t
            .rows()
            .iter()
            .map(|r| MigrationRelevantTarget {
                target: r[cols[0]].clone(),
                relevance: r[cols[1]].clone(),
                theme: r[cols[2]].clone(),
                evidence_level: r[cols[3]].clone(),
                evidence: r[cols[4]].clone(),
                source: r[cols[5]].clone(),
            })
            .collect();

        let target_index = targets
            .iter()
            .enumerate()
            .map(|(i, t)| (t.code.clone(), i))
            .collect();
        let indicator_index = indicators
            .iter()
            .enumerate()
            .map(|(i, t)| (t.code.clone(), i))
            .collect();
        let target_index: HashMap<String, usize> = target_index;
        let mut target_indicators = vec![Vec::new(); targets.len()];
        for (i, ind) in indicators.iter().enumerate() {
            if let Some(&t) = target_index.get(&ind.target) {
                target_indicators[t].push(i);
            }
        }
        Ok(ReferenceData {
            goals,
            targets,
            indicators,
            objectives,
            actions,
            principles,
            migration_targets,
            target_index,
            indicator_index,
            target_indicators,
            search_index: OnceLock::new(),
        })
    }

    /// The 17 goals, in order.
    pub fn goals(&self) -> &[Goal] {
        &self.goals
    }

    /// The 169 targets, in official order.
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// The 251 indicator rows (235 distinct indicators), in official order.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The 23 GCM objectives, in order.
    pub fn objectives(&self) -> &[GcmObjective] {
        &self.objectives
    }

    /// The 187 GCM actions, in order.
    pub fn actions(&self) -> &[GcmAction] {
        &self.actions
    }

    /// The ten GCM guiding principles, in order.
    pub fn principles(&self) -> &[GuidingPrinciple] {
        &self.principles
    }

    /// Targets that sources list as migration-relevant, with their evidence.
    pub fn migration_relevant_targets(&self) -> &[MigrationRelevantTarget] {
        &self.migration_targets
    }

    /// Goal `n`, if it exists.
    pub fn goal(&self, n: u8) -> Option<&Goal> {
        n.checked_sub(1)
            .and_then(|i| self.goals.get(usize::from(i)))
    }

    /// Target `code` (e.g. `10.7`), if it exists.
    pub fn target(&self, code: &str) -> Option<&Target> {
        self.target_index.get(code).map(|&i| &self.targets[i])
    }

    /// Indicator `code` (e.g. `10.7.2`), if it exists.
    pub fn indicator(&self, code: &str) -> Option<&Indicator> {
        self.indicator_index.get(code).map(|&i| &self.indicators[i])
    }

    /// GCM objective `n`, if it exists.
    pub fn objective(&self, n: u8) -> Option<&GcmObjective> {
        n.checked_sub(1)
            .and_then(|i| self.objectives.get(usize::from(i)))
    }

    /// The actions of GCM objective `n`.
    pub fn actions_of(&self, n: u8) -> impl Iterator<Item = &GcmAction> {
        self.actions.iter().filter(move |a| a.objective == n)
    }

    /// Returns true if and only if `r` names an entry in the data.
    pub fn contains(&self, r: &Ref) -> bool {
        self.text(r).is_some()
    }

    /// The official text of `r`: a goal's or objective's title, a target's
    /// or indicator's text.
    pub fn text(&self, r: &Ref) -> Option<&str> {
        match r {
            Ref::Gcm(n) => self.objective(*n).map(|o| o.title.as_str()),
            Ref::Goal(n) => self.goal(*n).map(|g| g.title.as_str()),
            Ref::Target(c) => self.target(c).map(|t| t.text.as_str()),
            Ref::Indicator(c) => self.indicator(c).map(|t| t.text.as_str()),
        }
    }

    /// The parent of `r`: indicator → target → goal. GCM objectives and goals
    /// have none. `None` also when `r` is not in the data.
    pub fn parent(&self, r: &Ref) -> Option<Ref> {
        match r {
            Ref::Gcm(_) | Ref::Goal(_) => None,
            Ref::Target(c) => self.target(c).map(|t| Ref::Goal(t.goal)),
            Ref::Indicator(c) => self.indicator(c).map(|i| Ref::Target(i.target.clone())),
        }
    }

    /// The chain from `r` up to its goal, `r` first.
    pub fn ancestry(&self, r: &Ref) -> Vec<Ref> {
        let mut chain = vec![r.clone()];
        while let Some(p) = chain.last().and_then(|last| self.parent(last)) {
            chain.push(p);
        }
        chain
    }

    /// The children of `r` in official order: a goal's targets, a target's
    /// indicators. GCM objectives and indicators have none.
    pub fn children(&self, r: &Ref) -> Vec<Ref> {
        match r {
            Ref::Goal(n) => self
                .targets
                .iter()
                .filter(|t| t.goal == *n)
                .map(|t| Ref::Target(t.code.clone()))
                .collect(),
            Ref::Target(c) => self
                .indicators_of(c)
                .map(|i| Ref::Indicator(i.code.clone()))
                .collect(),
            Ref::Gcm(_) | Ref::Indicator(_) => Vec::new(),
        }
    }

    /// The indicators of target `code`, in official order (none if there is
    /// no such target).
    pub fn indicators_of(&self, code: &str) -> impl Iterator<Item = &Indicator> {
        let list = self
            .target_index
            .get(code)
            .map(|&t| self.target_indicators[t].as_slice())
            .unwrap_or(&[]);
        list.iter().map(|&i| &self.indicators[i])
    }

    /// Every reference of every kind, in a stable order: GCM objectives,
    /// goals, targets, indicators.
    pub fn all(&self) -> impl Iterator<Item = Ref> + '_ {
        self.objectives
            .iter()
            .map(|o| Ref::Gcm(o.number))
            .chain(self.goals.iter().map(|g| Ref::Goal(g.number)))
            .chain(self.targets.iter().map(|t| Ref::Target(t.code.clone())))
            .chain(
                self.indicators
                    .iter()
                    .map(|i| Ref::Indicator(i.code.clone())),
            )
    }

    /// Close matches for a reference that is not in the data, best first, for
    /// "did you mean" hints: siblings under the same parent when the parent
    /// exists, otherwise codes of the same kind one or two edits away.
    pub fn near(&self, r: &Ref) -> Vec<Ref> {
        let (code, candidates): (String, Vec<Ref>) = match r {
            Ref::Gcm(n) => (
                n.to_string(),
                self.objectives.iter().map(|o| Ref::Gcm(o.number)).collect(),
            ),
            Ref::Goal(n) => (
                n.to_string(),
                self.goals.iter().map(|g| Ref::Goal(g.number)).collect(),
            ),
            Ref::Target(c) => (
                c.clone(),
                self.targets
                    .iter()
                    .map(|t| Ref::Target(t.code.clone()))
                    .collect(),
            ),
            Ref::Indicator(c) => {
                let parent = c.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                if self.target(parent).is_some() {
                    let siblings = self.children(&Ref::Target(parent.to_string()));
                    return siblings.into_iter().take(4).collect();
                }
                (
                    c.clone(),
                    self.indicators
                        .iter()
                        .map(|i| Ref::Indicator(i.code.clone()))
                        .collect(),
                )
            }
        };
        let scored: Vec<(usize, Ref)> = candidates
            .into_iter()
            .map(|cand| (edit_distance(&code, &cand.code()), cand))
            .collect();
        let best = scored.iter().map(|(d, _)| *d).min().unwrap_or(usize::MAX);
        if best > 2 {
            return Vec::new();
        }
        scored
            .into_iter()
            .filter(|(d, _)| *d == best)
            .map(|(_, r)| r)
            .take(4)
            .collect()
    }

    /// Finds entries by words or by code, best first, at most `limit`.
    ///
    /// A query that parses as a reference or a bare code (`10.7`, `gcm 6`,
    /// `sdg:10.7.2`) puts that entry first. Otherwise every word of the query
    /// must start a word of the entry's official text (or, for GCM objectives,
    /// their short label or commitment); entries are ranked by how many
    /// query words hit the title itself, then by official order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Ref> {
        let mut out = Vec::new();
        if let Some(r) = Ref::parse_loose(query).filter(|r| self.contains(r)) {
            out.push(r);
        }
        let words = words(query);
        if words.is_empty() {
            return out;
        }
        let index = self.search_index.get_or_init(|| {
            self.all()
                .map(|r| {
                    let title = words_of(self.text(&r).unwrap_or(""));
                    let extra = match &r {
                        Ref::Gcm(n) => self
                            .objective(*n)
                            .map(|o| words_of(&format!("{} {}", o.short_label_en, o.commitment)))
                            .unwrap_or_default(),
                        _ => Vec::new(),
                    };
                    SearchEntry {
                        reference: r,
                        title,
                        extra,
                    }
                })
                .collect()
        });
        let mut hits: Vec<(usize, usize, &Ref)> = Vec::new();
        for (order, e) in index.iter().enumerate() {
            if out.contains(&e.reference) {
                continue;
            }
            let mut in_title = 0;
            let all = words.iter().all(|q| {
                if e.title.iter().any(|w| w.starts_with(q.as_str())) {
                    in_title += 1;
                    true
                } else {
                    e.extra.iter().any(|w| w.starts_with(q.as_str()))
                }
            });
            if all {
                hits.push((usize::MAX - in_title, order, &e.reference));
            }
        }
        hits.sort();
        out.extend(hits.into_iter().map(|(_, _, r)| r.clone()));
        out.truncate(limit);
        out
    }
}

/// Lower-cased words of `text` (letters and digits), for search.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The query words worth matching: everything but a few English stop words.
fn words(query: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "a", "an", "and", "the", "of", "to", "in", "for", "on", "by", "with", "or",
    ];
    words_of(query)
        .into_iter()
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// Levenshtein distance over characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "embedded-data")]
    #[test]
    fn embedded_tables_parse() {
        ReferenceData::from_tables(&embedded::tables()).unwrap();
    }

    #[test]
    fn a_missing_or_broken_table_is_named() {
        let e = ReferenceData::from_tables(&[("sdg_goals.csv", "goal,title,short_title\n1,x,y\n")])
            .unwrap_err();
        assert_eq!(e, "sdg_targets.csv is missing");
        let e =
            ReferenceData::from_tables(&[("sdg_goals.csv", "goal,title\n1,x,y\n")]).unwrap_err();
        assert!(e.contains("sdg_goals.csv: row 2"), "{e}");
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("10.7.9", "10.7.2"), 1);
        assert_eq!(edit_distance("10.7", "10.c"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
