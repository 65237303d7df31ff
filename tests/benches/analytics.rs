//! Native timings of the mapping and analytics core on a large plan.
//!
//! Run with `cargo bench --bench analytics` (release build, default
//! `embedded-data` feature). It prints the median and 95th percentile of
//! each operation over repeated runs, and whether scoring plus all
//! analytics for 500 priorities with 5 links each stay under 5 ms. It
//! asserts correctness (the round trip gives the workspace back), never
//! timings: those depend on the machine.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cca_lab::domain::analytics::{self, Mapped};
use cca_lab::domain::mapping::{self, Framework, KeyedRef, MappingExercise, Priority};
use cca_lab::domain::markdown;
use cca_lab::domain::reference::{Ref, reference};
use cca_lab::domain::workspace::{ImportKind, Workspace, WsPriority};

/// Priorities in the plan and in the exercise.
const PRIORITIES: usize = 500;
/// Links per priority.
const LINKS: usize = 5;
/// Timed runs per operation (after one warm-up run).
const RUNS: usize = 200;
/// The target for scoring + all analytics of the plan, natively.
const TARGET: Duration = Duration::from_millis(5);

/// Reference `i` of each kind, cycling through the official lists.
struct Pools {
    gcm: Vec<Ref>,
    targets: Vec<Ref>,
    indicators: Vec<Ref>,
}

impl Pools {
    fn new() -> Pools {
        let data = reference();
        Pools {
            gcm: data
                .objectives()
                .iter()
                .map(|o| Ref::Gcm(o.number))
                .collect(),
            targets: data
                .targets()
                .iter()
                .map(|t| Ref::Target(t.code.clone()))
                .collect(),
            indicators: data
                .indicators()
                .iter()
                .map(|i| Ref::Indicator(i.code.clone()))
                .collect(),
        }
    }

    fn gcm(&self, i: usize) -> Ref {
        self.gcm[i % self.gcm.len()].clone()
    }

    fn target(&self, i: usize) -> Ref {
        self.targets[i % self.targets.len()].clone()
    }

    fn indicator(&self, i: usize) -> Ref {
        self.indicators[i % self.indicators.len()].clone()
    }
}

/// A plan of [`PRIORITIES`] priorities with [`LINKS`] distinct links each,
/// spread over GCM objectives, targets and indicators, with notes.
fn workspace(pools: &Pools) -> Workspace {
    let mut ws = Workspace::new("benchmark plan");
    for i in 0..PRIORITIES {
        let id = format!("{}.{}", i / 10 + 1, i % 10 + 1);
        ws.priorities.push(WsPriority {
            id: id.clone(),
            text: format!("Priority {i}: jobs, skills and \"fair\" recruitment"),
            source: (i % 2 == 0).then(|| format!("Pillar {}", i % 4 + 1)),
            links: Vec::new(),
        });
        let links = [
            pools.gcm(i * 7),
            pools.target(i * 13),
            pools.indicator(i * 31),
            pools.target(i * 13 + 84),
            if i % 2 == 0 {
                pools.gcm(i * 7 + 11)
            } else {
                pools.indicator(i * 31 + 125)
            },
        ];
        for (k, r) in links.into_iter().enumerate() {
            assert!(ws.link(&id, r.clone()), "duplicate link {r} for {id}");
            if k % 2 == 0 {
                ws.set_note(&id, &r, format!("note {k}, with a comma\nand a line"));
            }
        }
    }
    ws
}

fn keyed(refs: &[Ref], credit: f64) -> Vec<KeyedRef> {
    refs.iter()
        .map(|r| KeyedRef {
            reference: r.clone(),
            rationale: markdown::parse("Why it belongs.").0,
            credit,
        })
        .collect()
}

/// An exercise of [`PRIORITIES`] priorities with keys (3 expected, 1
/// partial, some empty), and a learner's answers of [`LINKS`] references
/// each: right, near, under the right goal, keyed partial and extra.
fn exercise(pools: &Pools) -> (MappingExercise, Vec<(String, Vec<Ref>)>) {
    let data = reference();
    let mut priorities = Vec::new();
    let mut answers = Vec::new();
    for i in 0..PRIORITIES {
        let id = format!("p{i}");
        let target = pools.target(i * 13);
        let indicator = pools.indicator(i * 31);
        let gcm = pools.gcm(i * 7);
        let accepted = pools.gcm(i * 7 + 5);
        let (expected, partial) = if i % 25 == 0 {
            (Vec::new(), Vec::new())
        } else {
            (
                keyed(&[gcm.clone(), target.clone(), indicator.clone()], 1.0),
                keyed(std::slice::from_ref(&accepted), 0.5),
            )
        };
        // Near the expected target: one of its indicators; under the goal
        // of the expected indicator: another target of that goal.
        let near = data
            .children(&target)
            .into_iter()
            .next()
            .unwrap_or_else(|| target.clone());
        let same_goal = data
            .children(&Ref::Goal(indicator.goal().unwrap_or(1)))
            .into_iter()
            .last()
            .unwrap_or_else(|| pools.target(i));
        answers.push((
            id.clone(),
            vec![gcm, near, same_goal, accepted, pools.gcm(i * 7 + 3)],
        ));
        priorities.push(Priority {
            id,
            text: format!("Priority {i}"),
            source: None,
            expected,
            partial,
        });
    }
    let ex = MappingExercise {
        prompt: markdown::parse("Map each priority.").0,
        frameworks: Framework::ALL.to_vec(),
        hints: false,
        priorities,
    };
    (ex, answers)
}

/// Median and 95th percentile of `RUNS` timed runs of `f`, after one
/// warm-up run.
fn time<T>(mut f: impl FnMut() -> T) -> (Duration, Duration) {
    black_box(f());
    let mut runs: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    runs.sort_unstable();
    let at = |q: f64| runs[((runs.len() as f64 * q).ceil() as usize).clamp(1, runs.len()) - 1];
    (at(0.5), at(0.95))
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let pools = Pools::new();
    let ws = workspace(&pools);
    let plan: Vec<Mapped> = ws.mapped();
    let links: usize = plan.iter().map(|p| p.refs.len()).sum();
    assert_eq!(links, PRIORITIES * LINKS);
    let (ex, answers) = exercise(&pools);
    let lookup = |id: &str| -> &[Ref] {
        // Ids are `p0`…`p499`, in order.
        id[1..]
            .parse::<usize>()
            .ok()
            .and_then(|i| answers.get(i))
            .map_or(&[][..], |(_, refs)| refs.as_slice())
    };

    // Correctness, once: the CSV and JSON round trips give the plan back.
    let csv = ws.to_csv();
    assert_eq!(
        Workspace::import("benchmark plan", &csv, ImportKind::Csv).unwrap(),
        ws
    );
    assert_eq!(
        Workspace::import("x", &ws.to_json(), ImportKind::Json).unwrap(),
        ws
    );
    let score = mapping::score(&ex, lookup);
    let analysis = analytics::analyse(&plan);

    println!(
        "CCA Migration Lab: {PRIORITIES} priorities × {LINKS} links; {} timed runs each (ms)",
        RUNS
    );
    println!(
        "plan: {} distinct GCM objectives, {} targets reflected; exercise score {:.3}; CSV export {:.1} KB",
        23 - analysis.gcm_gaps.len(),
        analysis.alignment_all.covered,
        score.score,
        csv.len() as f64 / 1024.0
    );
    println!();
    println!("{:<44} {:>9} {:>9}", "operation", "median", "p95");
    let row = |name: &str, (median, p95): (Duration, Duration)| {
        println!("{name:<44} {:>9} {:>9}", ms(median), ms(p95));
    };

    let score_t = time(|| mapping::score(&ex, lookup));
    row("mapping::score (500 priorities)", score_t);
    let analyse_t = time(|| analytics::analyse(&plan));
    row("analytics::analyse (500 × 5)", analyse_t);
    row("  gcm_matrix", time(|| analytics::gcm_matrix(&plan)));
    row("  sdg_matrix", time(|| analytics::sdg_matrix(&plan)));
    row(
        "  migration_target_gaps",
        time(|| analytics::migration_target_gaps(&plan)),
    );
    row(
        "  alignment (all targets)",
        time(|| analytics::alignment(&plan, analytics::TargetSet::All)),
    );
    row("  interlinkages", time(|| analytics::interlinkages(&plan)));
    let both = time(|| (mapping::score(&ex, lookup), analytics::analyse(&plan)));
    row("score + analyse", both);
    row("Workspace::mapped", time(|| ws.mapped()));
    row("Workspace::to_csv", time(|| ws.to_csv()));
    row(
        "Workspace::import (CSV export)",
        time(|| Workspace::import("w", &csv, ImportKind::Csv)),
    );
    row(
        "to_csv + import round trip",
        time(|| Workspace::import("w", &ws.to_csv(), ImportKind::Auto)),
    );
    row(
        "to_json + import round trip",
        time(|| Workspace::import("w", &ws.to_json(), ImportKind::Auto)),
    );
    for query in ["10.7", "recruitment fees", "gcm 6", "remittances"] {
        row(
            &format!("reference().search({query:?}, 20)"),
            time(|| reference().search(query, 20)),
        );
    }

    println!();
    let verdict = if both.1 < TARGET { "PASS" } else { "FAIL" };
    println!(
        "target: scoring + all analytics for {PRIORITIES} × {LINKS} under {} ms: {verdict} (median {} ms, p95 {} ms)",
        TARGET.as_millis(),
        ms(both.0),
        ms(both.1)
    );
}
