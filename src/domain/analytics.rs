//! Coverage, gaps, alignment and interlinkages of a set of mapped priorities
//! — a trainee's answers to an exercise or an analyst's own plan.
//!
//! Every function takes the priorities as [`Mapped`] values and returns
//! plain data that the app draws as heatmaps, tables and lists. They are
//! pure and fast: a plan of 500 priorities with 5 links each is analysed in
//! well under a millisecond (see `tests/benches/analytics.rs`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::domain::reference::{Ref, reference};

/// A priority and the references it is linked to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mapped {
    /// Its id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// Its links.
    pub refs: Vec<Ref>,
}

/// A priorities × columns matrix of link counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matrix {
    /// The column keys: GCM objectives `gcm:1`…`gcm:23`, or goals `sdg:1`…`sdg:17`.
    pub columns: Vec<Ref>,
    /// Row `i` is priority `i`; cell `j` counts its links falling in column `j`.
    pub cells: Vec<Vec<u32>>,
}

impl Matrix {
    /// How many priorities touch each column.
    pub fn column_totals(&self) -> Vec<u32> {
        (0..self.columns.len())
            .map(|j| self.cells.iter().filter(|row| row[j] > 0).count() as u32)
            .collect()
    }

    /// The largest cell, for scaling a heatmap.
    pub fn max(&self) -> u32 {
        self.cells.iter().flatten().copied().max().unwrap_or(0)
    }
}

/// Priorities × the 23 GCM objectives: 1 where a priority links an objective.
pub fn gcm_matrix(priorities: &[Mapped]) -> Matrix {
    let columns: Vec<Ref> = reference()
        .objectives()
        .iter()
        .map(|o| Ref::Gcm(o.number))
        .collect();
    let cells = priorities
        .iter()
        .map(|p| {
            let mut row = vec![0u32; columns.len()];
            for r in &p.refs {
                if let Ref::Gcm(n) = r
                    && let Some(cell) = row.get_mut(usize::from(*n).wrapping_sub(1))
                {
                    // A link chosen twice is still one link.
                    *cell = 1;
                }
            }
            row
        })
        .collect();
    Matrix { columns, cells }
}

/// Priorities × the 17 SDGs: the number of a priority's links under each
/// goal (the goal itself, its targets and their indicators).
pub fn sdg_matrix(priorities: &[Mapped]) -> Matrix {
    let columns: Vec<Ref> = reference()
        .goals()
        .iter()
        .map(|g| Ref::Goal(g.number))
        .collect();
    let cells = priorities
        .iter()
        .map(|p| {
            let mut row = vec![0u32; columns.len()];
            // A link chosen twice counts once.
            let distinct: BTreeSet<&Ref> = p.refs.iter().collect();
            for g in distinct.into_iter().filter_map(Ref::goal) {
                if let Some(cell) = row.get_mut(usize::from(g).wrapping_sub(1)) {
                    *cell += 1;
                }
            }
            row
        })
        .collect();
    Matrix { columns, cells }
}

/// The targets the priorities reflect: those linked directly or through one
/// of their indicators.
pub fn covered_targets(priorities: &[Mapped]) -> BTreeSet<String> {
    let data = reference();
    let mut out = BTreeSet::new();
    for r in priorities.iter().flat_map(|p| &p.refs) {
        match r {
            Ref::Target(c) => {
                out.insert(c.clone());
            }
            Ref::Indicator(c) => {
                if let Some(i) = data.indicator(c) {
                    out.insert(i.target.clone());
                }
            }
            _ => {}
        }
    }
    out
}

/// The GCM objectives no priority links, in order.
pub fn gcm_gaps(priorities: &[Mapped]) -> Vec<Ref> {
    let linked: BTreeSet<&Ref> = priorities.iter().flat_map(|p| &p.refs).collect();
    reference()
        .objectives()
        .iter()
        .map(|o| Ref::Gcm(o.number))
        .filter(|r| !linked.contains(r))
        .collect()
}

/// The migration-relevant targets (see `data/migration_relevant_sdg_targets.csv`)
/// that no priority reflects, in the order of that list.
pub fn migration_target_gaps(priorities: &[Mapped]) -> Vec<Ref> {
    target_gaps_of(&covered_targets(priorities))
}

fn target_gaps_of(covered: &BTreeSet<String>) -> Vec<Ref> {
    reference()
        .migration_relevant_targets()
        .iter()
        .filter(|t| !covered.contains(&t.target))
        .map(|t| Ref::Target(t.target.clone()))
        .collect()
}

/// Which targets an alignment is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetSet {
    /// All 169 targets.
    All,
    /// The migration-relevant targets.
    MigrationRelevant,
}

/// Alignment within one goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalAlignment {
    /// The goal.
    pub goal: u8,
    /// Targets of the set in this goal.
    pub total: usize,
    /// Those the priorities reflect.
    pub covered: Vec<String>,
}

impl GoalAlignment {
    /// The share reflected, 0 to 1 (0 when the goal has no target in the set).
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.covered.len() as f64 / self.total as f64
        }
    }
}

/// An RIA-style alignment: the share of a set of targets that the plan's
/// priorities reflect, per goal and overall, with the indicators available
/// to monitor each reflected target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    /// The target set measured against.
    pub set: TargetSet,
    /// Per goal with at least one target in the set, in goal order.
    pub goals: Vec<GoalAlignment>,
    /// Targets in the set.
    pub total: usize,
    /// Targets reflected.
    pub covered: usize,
    /// For each reflected target, its official indicators (2025 framework).
    pub indicators: BTreeMap<String, Vec<String>>,
}

impl Alignment {
    /// The overall share reflected, 0 to 1.
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.covered as f64 / self.total as f64
        }
    }
}

/// The alignment of `priorities` with `set`.
pub fn alignment(priorities: &[Mapped], set: TargetSet) -> Alignment {
    alignment_of(&covered_targets(priorities), set)
}

fn alignment_of(covered: &BTreeSet<String>, set: TargetSet) -> Alignment {
    let data = reference();
    let in_set: Vec<(&str, u8)> = match set {
        TargetSet::All => data
            .targets()
            .iter()
            .map(|t| (t.code.as_str(), t.goal))
            .collect(),
        TargetSet::MigrationRelevant => data
            .migration_relevant_targets()
            .iter()
            .filter_map(|m| data.target(&m.target).map(|t| (t.code.as_str(), t.goal)))
            .collect(),
    };
    let mut goals: Vec<GoalAlignment> = Vec::new();
    for g in data.goals() {
        let targets: Vec<&str> = in_set
            .iter()
            .filter(|(_, goal)| *goal == g.number)
            .map(|(c, _)| *c)
            .collect();
        if targets.is_empty() {
            continue;
        }
        let hit: Vec<String> = targets
            .iter()
            .filter(|c| covered.contains(**c))
            .map(|c| c.to_string())
            .collect();
        goals.push(GoalAlignment {
            goal: g.number,
            total: targets.len(),
            covered: hit,
        });
    }
    let indicators = goals
        .iter()
        .flat_map(|g| &g.covered)
        .map(|t| {
            let list = data.indicators_of(t).map(|i| i.code.clone()).collect();
            (t.clone(), list)
        })
        .collect();
    Alignment {
        set,
        total: in_set.len(),
        covered: goals.iter().map(|g| g.covered.len()).sum(),
        goals,
        indicators,
    }
}

/// A reference shared by several priorities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shared {
    /// The reference.
    pub reference: Ref,
    /// The ids of the priorities linking it, in plan order.
    pub priorities: Vec<String>,
}

/// How widely one priority reaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reach {
    /// The priority's id.
    pub priority: String,
    /// Distinct GCM objectives it links.
    pub objectives: usize,
    /// Distinct SDGs its links fall under.
    pub goals: usize,
    /// All its distinct links.
    pub links: usize,
}

/// Where the plan is concentrated and where it is thin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Interlinkages {
    /// References linked by two or more priorities, most shared first (then
    /// in reference order).
    pub shared: Vec<Shared>,
    /// Every priority's reach, widest first (then in plan order).
    pub reach: Vec<Reach>,
    /// Priorities with no link at all, in plan order.
    pub unlinked: Vec<String>,
}

/// The interlinkages of `priorities`.
pub fn interlinkages(priorities: &[Mapped]) -> Interlinkages {
    // Which priorities (by index) link each reference, counted once each.
    let mut by_ref: HashMap<&Ref, Vec<usize>> = HashMap::new();
    for (i, p) in priorities.iter().enumerate() {
        for r in &p.refs {
            let list = by_ref.entry(r).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut shared: Vec<Shared> = by_ref
        .into_iter()
        .filter(|(_, ps)| ps.len() >= 2)
        .map(|(r, ps)| Shared {
            reference: r.clone(),
            priorities: ps.into_iter().map(|i| priorities[i].id.clone()).collect(),
        })
        .collect();
    shared.sort_by(|a, b| {
        b.priorities
            .len()
            .cmp(&a.priorities.len())
            .then_with(|| a.reference.cmp(&b.reference))
    });
    let mut reach: Vec<Reach> = priorities
        .iter()
        .map(|p| {
            let distinct: BTreeSet<&Ref> = p.refs.iter().collect();
            Reach {
                priority: p.id.clone(),
                objectives: distinct.iter().filter(|r| matches!(r, Ref::Gcm(_))).count(),
                goals: distinct
                    .iter()
                    .filter_map(|r| r.goal())
                    .collect::<BTreeSet<_>>()
                    .len(),
                links: distinct.len(),
            }
        })
        .collect();
    reach.sort_by_key(|r| std::cmp::Reverse(r.objectives + r.goals));
    let unlinked = priorities
        .iter()
        .filter(|p| p.refs.is_empty())
        .map(|p| p.id.clone())
        .collect();
    Interlinkages {
        shared,
        reach,
        unlinked,
    }
}

/// Everything the analytics views show, computed at once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Priorities × GCM objectives.
    pub gcm: Matrix,
    /// Priorities × SDGs.
    pub sdg: Matrix,
    /// GCM objectives no priority links.
    pub gcm_gaps: Vec<Ref>,
    /// Migration-relevant targets no priority reflects.
    pub target_gaps: Vec<Ref>,
    /// Alignment with all 169 targets.
    pub alignment_all: Alignment,
    /// Alignment with the migration-relevant targets.
    pub alignment_migration: Alignment,
    /// Shared references and reach.
    pub interlinkages: Interlinkages,
}

/// Runs every analysis on `priorities`.
pub fn analyse(priorities: &[Mapped]) -> Analysis {
    let covered = covered_targets(priorities);
    Analysis {
        gcm: gcm_matrix(priorities),
        sdg: sdg_matrix(priorities),
        gcm_gaps: gcm_gaps(priorities),
        target_gaps: target_gaps_of(&covered),
        alignment_all: alignment_of(&covered, TargetSet::All),
        alignment_migration: alignment_of(&covered, TargetSet::MigrationRelevant),
        interlinkages: interlinkages(priorities),
    }
}

#[cfg(all(test, feature = "embedded-data"))]
mod tests {
    use super::*;

    fn m(id: &str, refs: &[&str]) -> Mapped {
        Mapped {
            id: id.into(),
            text: format!("priority {id}"),
            refs: refs.iter().map(|s| Ref::parse(s).unwrap()).collect(),
        }
    }

    fn plan() -> Vec<Mapped> {
        vec![
            m("a", &["gcm:20", "sdg:10.c", "sdg:10.c.1"]),
            m("b", &["gcm:6", "sdg:10.7.1", "sdg:8.8"]),
            m("c", &["gcm:20", "sdg:17.3"]),
            m("d", &[]),
        ]
    }

    #[test]
    fn gcm_matrix_marks_linked_objectives() {
        let mx = gcm_matrix(&plan());
        assert_eq!(mx.columns.len(), 23);
        assert_eq!(mx.cells[0][19], 1);
        assert_eq!(mx.cells[1][5], 1);
        assert_eq!(mx.cells[3].iter().sum::<u32>(), 0);
        assert_eq!(mx.column_totals()[19], 2);
        assert_eq!(mx.max(), 1);
    }

    #[test]
    fn sdg_matrix_counts_links_under_each_goal() {
        let mx = sdg_matrix(&plan());
        assert_eq!(mx.columns.len(), 17);
        assert_eq!(mx.cells[0][9], 2, "10.c and 10.c.1 under Goal 10");
        assert_eq!(mx.cells[1][9], 1);
        assert_eq!(mx.cells[1][7], 1, "8.8 under Goal 8");
        assert_eq!(mx.column_totals()[9], 2);
    }

    #[test]
    fn gaps() {
        let g = gcm_gaps(&plan());
        assert_eq!(g.len(), 21);
        assert!(!g.contains(&Ref::Gcm(20)) && !g.contains(&Ref::Gcm(6)));
        let t: Vec<String> = migration_target_gaps(&plan())
            .iter()
            .map(ToString::to_string)
            .collect();
        // 10.7 is reflected through 10.7.1, 10.c directly, 17.3 directly, 8.8 directly.
        assert_eq!(
            t,
            [
                "sdg:8.7",
                "sdg:4.b",
                "sdg:5.2",
                "sdg:16.2",
                "sdg:17.18",
                "sdg:16.9",
                "sdg:3.c"
            ]
        );
    }

    #[test]
    fn alignment_per_goal_and_overall() {
        let a = alignment(&plan(), TargetSet::All);
        assert_eq!((a.total, a.covered), (169, 4));
        let g10 = a.goals.iter().find(|g| g.goal == 10).unwrap();
        assert_eq!(
            (g10.total, g10.covered.clone()),
            (10, vec!["10.7".to_string(), "10.c".to_string()])
        );
        assert!((g10.share() - 0.2).abs() < 1e-9);
        assert_eq!(
            a.indicators["10.7"],
            ["10.7.1", "10.7.2", "10.7.3", "10.7.4"]
        );
        let mr = alignment(&plan(), TargetSet::MigrationRelevant);
        assert_eq!((mr.total, mr.covered), (11, 4));
        assert!((mr.share() - 4.0 / 11.0).abs() < 1e-9);
        assert_eq!(
            mr.goals.iter().map(|g| g.goal).collect::<Vec<_>>(),
            [3, 4, 5, 8, 10, 16, 17]
        );
    }

    #[test]
    fn interlinkages_find_shared_references_and_reach() {
        let i = interlinkages(&plan());
        assert_eq!(
            i.shared,
            vec![Shared {
                reference: Ref::Gcm(20),
                priorities: vec!["a".into(), "c".into()]
            }]
        );
        assert_eq!(i.reach[0].priority, "b", "gcm:6 + goals 8 and 10");
        assert_eq!(
            (i.reach[0].objectives, i.reach[0].goals, i.reach[0].links),
            (1, 2, 3)
        );
        assert_eq!(i.unlinked, ["d"]);
    }

    #[test]
    fn empty_plan() {
        let a = analyse(&[]);
        assert_eq!(a.gcm_gaps.len(), 23);
        assert_eq!(a.target_gaps.len(), 11);
        assert_eq!(a.alignment_all.covered, 0);
        assert_eq!(a.alignment_all.share(), 0.0);
        assert!(a.interlinkages.shared.is_empty());
    }
}
