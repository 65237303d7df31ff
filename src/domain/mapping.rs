//! Mapping national priorities to GCM objectives and SDG targets and
//! indicators: the exercise model and its scoring.
//!
//! # Scoring
//!
//! A trainer's answer key gives, for each priority, the **expected**
//! references (each worth 1) and, optionally, **partial** references that
//! are acceptable but not ideal (each worth its `credit`, 0.5 unless set).
//! A learner may choose any number of references per priority; duplicates
//! count once.
//!
//! Every chosen reference earns a credit between 0 and 1:
//!
//! | the chosen reference is … | credit |
//! | --- | --- |
//! | an expected reference | 1 |
//! | a keyed partial reference | its `credit` |
//! | next to an expected one in the SDG hierarchy: a target's indicator, an indicator's target, or another indicator of the same target | 0.5 |
//! | under the same goal as an expected target or indicator (another target of that goal, or one of its indicators) | 0.25 |
//! | anything else | 0 (an *extra*) |
//!
//! GCM objectives have no hierarchy: only exact or keyed matches count.
//! Each expected reference is matched by at most one chosen reference (the
//! one earning most; ties go to the earlier choice), and a hierarchy credit
//! only counts when it matches an expected reference that nothing else
//! matched better.
//!
//! Per priority:
//! - **precision** = credits earned ÷ references chosen — how much of what
//!   was chosen is right;
//! - **recall** = credits of the matched expected references ÷ expected
//!   references — how much of the key was found (keyed partial references
//!   add to precision, not to recall);
//! - **F1** = 2·P·R ÷ (P + R), 0 when both are 0.
//!
//! A priority whose key expects nothing scores 1 when nothing is chosen and
//! 0 otherwise. Choosing nothing for a priority that expects something
//! scores 0 (precision is then undefined and shown as such).
//!
//! The exercise **score** is the mean F1 over priorities, so each priority
//! counts the same; overall precision and recall are pooled over all
//! choices and all expected references.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::domain::markdown::Markdown;
use crate::domain::reference::{Ref, ReferenceData, reference};

/// A framework a mapping exercise maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Framework {
    /// The 23 GCM objectives (`gcm:N`).
    Gcm,
    /// The 169 SDG targets (`sdg:G.T`).
    SdgTargets,
    /// The SDG indicators (`sdg:G.T.I`).
    SdgIndicators,
}

impl Framework {
    /// Every framework, in display order.
    pub const ALL: [Framework; 3] = [
        Framework::Gcm,
        Framework::SdgTargets,
        Framework::SdgIndicators,
    ];

    /// The name used in files: `gcm`, `sdg_targets`, `sdg_indicators`.
    pub fn name(self) -> &'static str {
        match self {
            Framework::Gcm => "gcm",
            Framework::SdgTargets => "sdg_targets",
            Framework::SdgIndicators => "sdg_indicators",
        }
    }

    /// The framework named `name` in a file.
    pub fn from_name(name: &str) -> Option<Framework> {
        Framework::ALL.into_iter().find(|f| f.name() == name)
    }

    /// A label for people: "GCM objectives", "SDG targets", "SDG indicators".
    pub fn label(self) -> &'static str {
        match self {
            Framework::Gcm => "GCM objectives",
            Framework::SdgTargets => "SDG targets",
            Framework::SdgIndicators => "SDG indicators",
        }
    }

    /// The framework a reference belongs to (`None` for an SDG goal, which
    /// no exercise maps to directly).
    pub fn of(r: &Ref) -> Option<Framework> {
        match r {
            Ref::Gcm(_) => Some(Framework::Gcm),
            Ref::Target(_) => Some(Framework::SdgTargets),
            Ref::Indicator(_) => Some(Framework::SdgIndicators),
            Ref::Goal(_) => None,
        }
    }
}

/// A reference in an answer key, with the trainer's reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyedRef {
    /// The reference.
    pub reference: Ref,
    /// Why it belongs (Markdown).
    pub rationale: Markdown,
    /// The credit it earns: 1 for an expected reference, the keyed credit
    /// (0.5 unless set) for a partial one.
    pub credit: f64,
}

/// One national priority of an exercise, with its answer key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priority {
    /// Its id, unique in the exercise.
    pub id: String,
    /// The priority as the plan words it.
    pub text: String,
    /// Where it comes from, e.g. "National Development Plan 2024–2028, pillar 3".
    pub source: Option<String>,
    /// The references the key expects (may be empty: "nothing to map").
    pub expected: Vec<KeyedRef>,
    /// References that earn partial credit.
    pub partial: Vec<KeyedRef>,
}

/// A mapping exercise: priorities to map to the given frameworks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MappingExercise {
    /// The task, as the learner reads it.
    pub prompt: Markdown,
    /// Which frameworks the learner maps to.
    pub frameworks: Vec<Framework>,
    /// Whether suggestions may be shown while mapping.
    pub hints: bool,
    /// The priorities, in order.
    pub priorities: Vec<Priority>,
}

/// How a chosen reference was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Exactly an expected reference.
    Right,
    /// A reference the key lists for partial credit.
    KeyedPartial,
    /// Next to an expected reference: the target of an expected indicator,
    /// an indicator of an expected target, or a sibling indicator.
    RightTarget,
    /// Under the same goal as an expected target or indicator.
    RightGoal,
    /// No credit.
    Extra,
}

impl Verdict {
    /// A short phrase for people.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Right => "right",
            Verdict::KeyedPartial => "partly right (accepted by the key)",
            Verdict::RightTarget => "partly right (next to an expected reference)",
            Verdict::RightGoal => "partly right (the right goal)",
            Verdict::Extra => "not expected",
        }
    }
}

/// A chosen reference and what it earned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judged {
    /// The reference chosen.
    pub chosen: Ref,
    /// The verdict.
    pub verdict: Verdict,
    /// The credit earned, 0 to 1.
    pub credit: f64,
    /// The expected reference it matched, if any.
    pub matched: Option<Ref>,
}

/// An expected reference and how well it was found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    /// The expected reference.
    pub expected: Ref,
    /// The credit with which it was matched (0 when missed).
    pub credit: f64,
    /// The chosen reference that matched it.
    pub by: Option<Ref>,
}

/// The score of one priority.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityScore {
    /// The priority's id.
    pub id: String,
    /// Every chosen reference, judged, in the order chosen.
    pub chosen: Vec<Judged>,
    /// Every expected reference and how it was found, in key order.
    pub expected: Vec<Found>,
    /// Credits earned ÷ references chosen; `None` when nothing was chosen.
    pub precision: Option<f64>,
    /// Matched credit ÷ expected references; `None` when nothing is expected.
    pub recall: Option<f64>,
    /// The priority's score, 0 to 1.
    pub f1: f64,
}

impl PriorityScore {
    /// The expected references not fully found.
    pub fn missed(&self) -> impl Iterator<Item = &Found> {
        self.expected.iter().filter(|f| f.credit < 1.0)
    }
}

/// The score of a whole exercise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Per priority, in exercise order.
    pub priorities: Vec<PriorityScore>,
    /// Mean F1 over priorities, 0 to 1: the exercise's score.
    pub score: f64,
    /// Credits earned ÷ all references chosen (`None` when none).
    pub precision: Option<f64>,
    /// Matched credit ÷ all expected references (`None` when none).
    pub recall: Option<f64>,
}

/// The credit `chosen` earns against expected reference `expected` through
/// the SDG hierarchy alone (exact matches are 1).
pub fn hierarchy_credit(chosen: &Ref, expected: &Ref) -> (f64, Verdict) {
    if chosen == expected {
        return (1.0, Verdict::Right);
    }
    fn target_of<'a>(data: &'a ReferenceData, r: &'a Ref) -> Option<&'a str> {
        match r {
            Ref::Target(c) => Some(c.as_str()),
            Ref::Indicator(c) => data.indicator(c).map(|i| i.target.as_str()),
            _ => None,
        }
    }
    let data = reference();
    let (ct, et) = (target_of(data, chosen), target_of(data, expected));
    let (Some(ct), Some(et)) = (ct, et) else {
        return (0.0, Verdict::Extra);
    };
    // Two different targets are never "next to" each other; an indicator
    // and its target, or two indicators of one target, are.
    let both_targets = matches!((chosen, expected), (Ref::Target(_), Ref::Target(_)));
    if ct == et && !both_targets {
        return (0.5, Verdict::RightTarget);
    }
    if chosen.goal().is_some() && chosen.goal() == expected.goal() {
        return (0.25, Verdict::RightGoal);
    }
    (0.0, Verdict::Extra)
}

/// Scores one priority against `chosen` references.
pub fn score_priority(p: &Priority, chosen: &[Ref]) -> PriorityScore {
    // Duplicates count once; keep the first occurrence's order.
    let mut seen = BTreeSet::new();
    let chosen: Vec<&Ref> = chosen
        .iter()
        .filter(|r| seen.insert((*r).clone()))
        .collect();

    // Every (chosen, expected) pair that earns something, best first; ties
    // keep the learner's order, then the key's.
    // A chosen reference that the key credits better as a partial one is
    // judged as that, so it takes no expected reference away from the
    // other choices.
    let mut pairs: Vec<(f64, usize, usize, Verdict)> = Vec::new();
    for (ci, c) in chosen.iter().enumerate() {
        let keyed = p
            .partial
            .iter()
            .find(|k| &k.reference == *c)
            .map_or(0.0, |k| k.credit);
        for (ei, e) in p.expected.iter().enumerate() {
            let (credit, verdict) = hierarchy_credit(c, &e.reference);
            if credit > 0.0 && credit >= keyed {
                pairs.push((credit, ci, ei, verdict));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut by_chosen: Vec<Option<(f64, usize, Verdict)>> = vec![None; chosen.len()];
    let mut by_expected: Vec<Option<(f64, usize)>> = vec![None; p.expected.len()];
    for (credit, ci, ei, verdict) in pairs {
        if by_chosen[ci].is_none() && by_expected[ei].is_none() {
            by_chosen[ci] = Some((credit, ei, verdict));
            by_expected[ei] = Some((credit, ci));
        }
    }

    let judged: Vec<Judged> = chosen
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let keyed = p.partial.iter().find(|k| &k.reference == *c);
            match (by_chosen[ci], keyed) {
                // An exact match always wins; otherwise the better of a keyed
                // partial credit and a hierarchy match.
                (Some((credit, ei, verdict)), keyed)
                    if keyed.is_none_or(|k| credit >= k.credit) =>
                {
                    Judged {
                        chosen: (*c).clone(),
                        verdict,
                        credit,
                        matched: Some(p.expected[ei].reference.clone()),
                    }
                }
                (_, Some(k)) => Judged {
                    chosen: (*c).clone(),
                    verdict: Verdict::KeyedPartial,
                    credit: k.credit,
                    matched: None,
                },
                (_, None) => Judged {
                    chosen: (*c).clone(),
                    verdict: Verdict::Extra,
                    credit: 0.0,
                    matched: None,
                },
            }
        })
        .collect();
    // A chosen reference judged as keyed partial gives up its hierarchy match.
    let expected: Vec<Found> = p
        .expected
        .iter()
        .enumerate()
        .map(|(ei, e)| match by_expected[ei] {
            Some((credit, ci)) if judged[ci].matched.as_ref() == Some(&e.reference) => Found {
                expected: e.reference.clone(),
                credit,
                by: Some(chosen[ci].clone()),
            },
            _ => Found {
                expected: e.reference.clone(),
                credit: 0.0,
                by: None,
            },
        })
        .collect();

    let earned: f64 = judged.iter().map(|j| j.credit).sum();
    let found: f64 = expected.iter().map(|f| f.credit).sum();
    let precision = (!judged.is_empty()).then(|| earned / judged.len() as f64);
    let recall = (!expected.is_empty()).then(|| found / expected.len() as f64);
    let f1 = match (precision, recall) {
        (None, None) => 1.0,
        (Some(_), None) => 0.0,
        (None, Some(_)) => 0.0,
        (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
        _ => 0.0,
    };
    PriorityScore {
        id: p.id.clone(),
        chosen: judged,
        expected,
        precision,
        recall,
        f1,
    }
}

/// Scores a whole exercise; `answers(id)` gives the references chosen for
/// priority `id`.
pub fn score<'a>(exercise: &MappingExercise, answers: impl Fn(&str) -> &'a [Ref]) -> Score {
    let priorities: Vec<PriorityScore> = exercise
        .priorities
        .iter()
        .map(|p| score_priority(p, answers(&p.id)))
        .collect();
    let n = priorities.len();
    let score = if n == 0 {
        1.0
    } else {
        priorities.iter().map(|p| p.f1).sum::<f64>() / n as f64
    };
    let chosen: usize = priorities.iter().map(|p| p.chosen.len()).sum();
    let expected: usize = priorities.iter().map(|p| p.expected.len()).sum();
    let earned: f64 = priorities
        .iter()
        .flat_map(|p| &p.chosen)
        .map(|j| j.credit)
        .sum();
    let found: f64 = priorities
        .iter()
        .flat_map(|p| &p.expected)
        .map(|f| f.credit)
        .sum();
    Score {
        priorities,
        score,
        precision: (chosen > 0).then(|| earned / chosen as f64),
        recall: (expected > 0).then(|| found / expected as f64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Ref {
        Ref::parse(s).unwrap()
    }

    fn keyed(refs: &[&str], credit: f64) -> Vec<KeyedRef> {
        refs.iter()
            .map(|s| KeyedRef {
                reference: r(s),
                rationale: Markdown::default(),
                credit,
            })
            .collect()
    }

    fn priority(expected: &[&str], partial: &[(&str, f64)]) -> Priority {
        Priority {
            id: "p".into(),
            text: "t".into(),
            source: None,
            expected: keyed(expected, 1.0),
            partial: partial.iter().flat_map(|(s, c)| keyed(&[s], *c)).collect(),
        }
    }

    fn refs(v: &[&str]) -> Vec<Ref> {
        v.iter().map(|s| r(s)).collect()
    }

    /// (expected, partial, chosen) → (precision, recall, f1)
    #[test]
    fn table_of_cases() {
        #[allow(clippy::type_complexity)]
        let cases: &[(
            &str,
            &[&str],
            &[(&str, f64)],
            &[&str],
            Option<f64>,
            Option<f64>,
            f64,
        )] = &[
            (
                "all right",
                &["gcm:20", "sdg:10.c"],
                &[],
                &["sdg:10.c", "gcm:20"],
                Some(1.0),
                Some(1.0),
                1.0,
            ),
            ("empty answer", &["gcm:20"], &[], &[], None, Some(0.0), 0.0),
            ("empty key, empty answer", &[], &[], &[], None, None, 1.0),
            (
                "empty key, something chosen",
                &[],
                &[],
                &["gcm:1"],
                Some(0.0),
                None,
                0.0,
            ),
            (
                "all extra",
                &["gcm:20"],
                &[],
                &["gcm:1", "gcm:2"],
                Some(0.0),
                Some(0.0),
                0.0,
            ),
            (
                "duplicates count once",
                &["gcm:20"],
                &[],
                &["gcm:20", "gcm:20"],
                Some(1.0),
                Some(1.0),
                1.0,
            ),
            (
                "one of two",
                &["gcm:20", "sdg:10.c"],
                &[],
                &["gcm:20"],
                Some(1.0),
                Some(0.5),
                2.0 / 3.0,
            ),
            (
                "one right one extra",
                &["gcm:20"],
                &[],
                &["gcm:20", "gcm:6"],
                Some(0.5),
                Some(1.0),
                2.0 / 3.0,
            ),
            (
                "indicator under the right target",
                &["sdg:10.7"],
                &[],
                &["sdg:10.7.2"],
                Some(0.5),
                Some(0.5),
                0.5,
            ),
            (
                "target of the expected indicator",
                &["sdg:10.7.1"],
                &[],
                &["sdg:10.7"],
                Some(0.5),
                Some(0.5),
                0.5,
            ),
            (
                "sibling indicator",
                &["sdg:10.7.1"],
                &[],
                &["sdg:10.7.2"],
                Some(0.5),
                Some(0.5),
                0.5,
            ),
            (
                "target under the right goal",
                &["sdg:10.7"],
                &[],
                &["sdg:10.c"],
                Some(0.25),
                Some(0.25),
                0.25,
            ),
            (
                "other goal",
                &["sdg:10.7"],
                &[],
                &["sdg:8.8"],
                Some(0.0),
                Some(0.0),
                0.0,
            ),
            (
                "keyed partial",
                &["gcm:20"],
                &[("sdg:17.3", 0.5)],
                &["gcm:20", "sdg:17.3"],
                Some(0.75),
                Some(1.0),
                6.0 / 7.0,
            ),
            (
                "keyed partial with its own credit",
                &["gcm:20"],
                &[("gcm:19", 0.8)],
                &["gcm:19"],
                Some(0.8),
                Some(0.0),
                0.0,
            ),
            (
                "each expected matched once",
                &["sdg:10.7"],
                &[],
                &["sdg:10.7.1", "sdg:10.7.2"],
                Some(0.25),
                Some(0.5),
                1.0 / 3.0,
            ),
            (
                "exact beats near",
                &["sdg:10.7"],
                &[],
                &["sdg:10.7.1", "sdg:10.7"],
                Some(0.5),
                Some(1.0),
                2.0 / 3.0,
            ),
        ];
        for (name, expected, partial, chosen, p, rc, f1) in cases {
            let s = score_priority(&priority(expected, partial), &refs(chosen));
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                (None, None) => true,
                _ => false,
            };
            assert!(
                close(s.precision, *p),
                "{name}: precision {:?} != {p:?}",
                s.precision
            );
            assert!(
                close(s.recall, *rc),
                "{name}: recall {:?} != {rc:?}",
                s.recall
            );
            assert!((s.f1 - f1).abs() < 1e-9, "{name}: f1 {} != {f1}", s.f1);
        }
    }

    #[test]
    fn verdicts_and_matches_explain_the_score() {
        let s = score_priority(
            &priority(&["sdg:10.7", "gcm:6"], &[("sdg:8.8", 0.5)]),
            &refs(&["sdg:10.7.1", "sdg:8.8", "gcm:9"]),
        );
        let v: Vec<(String, Verdict, Option<String>)> = s
            .chosen
            .iter()
            .map(|j| {
                (
                    j.chosen.to_string(),
                    j.verdict,
                    j.matched.as_ref().map(ToString::to_string),
                )
            })
            .collect();
        assert_eq!(
            v,
            [
                (
                    "sdg:10.7.1".into(),
                    Verdict::RightTarget,
                    Some("sdg:10.7".into())
                ),
                ("sdg:8.8".into(), Verdict::KeyedPartial, None),
                ("gcm:9".into(), Verdict::Extra, None),
            ]
        );
        let missed: Vec<String> = s.missed().map(|f| f.expected.to_string()).collect();
        assert_eq!(missed, ["sdg:10.7", "gcm:6"]);
        assert_eq!(s.expected[0].by, Some(r("sdg:10.7.1")));
    }

    #[test]
    fn exercise_score_is_the_mean_f1_and_pools_precision_and_recall() {
        let ex = MappingExercise {
            prompt: Markdown::default(),
            frameworks: vec![Framework::Gcm],
            hints: false,
            priorities: vec![
                Priority {
                    id: "a".into(),
                    ..priority(&["gcm:20"], &[])
                },
                Priority {
                    id: "b".into(),
                    ..priority(&["gcm:6", "gcm:10"], &[])
                },
                Priority {
                    id: "c".into(),
                    ..priority(&[], &[])
                },
            ],
        };
        let answers = |id: &str| -> Vec<Ref> {
            match id {
                "a" => refs(&["gcm:20"]),
                "b" => refs(&["gcm:6", "gcm:1"]),
                _ => Vec::new(),
            }
        };
        let store: Vec<(String, Vec<Ref>)> = ["a", "b", "c"]
            .iter()
            .map(|id| (id.to_string(), answers(id)))
            .collect();
        let s = score(&ex, |id| {
            store
                .iter()
                .find(|(k, _)| k == id)
                .map(|(_, v)| v.as_slice())
                .unwrap_or(&[])
        });
        // a: 1; b: P 0.5 R 0.5 F1 0.5; c: 1 → mean 2.5 / 3.
        assert!((s.score - 2.5 / 3.0).abs() < 1e-9, "{}", s.score);
        assert_eq!(s.precision, Some(2.0 / 3.0));
        assert_eq!(s.recall, Some(2.0 / 3.0));
    }

    #[test]
    fn framework_names_round_trip() {
        for f in Framework::ALL {
            assert_eq!(Framework::from_name(f.name()), Some(f));
        }
        assert_eq!(Framework::of(&r("sdg:10")), None);
        assert_eq!(
            Framework::of(&r("sdg:10.7.1")),
            Some(Framework::SdgIndicators)
        );
    }
}
