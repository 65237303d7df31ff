//! The suggestion engine (`cca_lab::domain::suggest`): specific texts rank
//! specific references first, evidence names the words, French and Spanish
//! work, and the development set (`src/domain/suggest/dev_set.txt`) keeps
//! its quality. `cargo test --test suggest -- --nocapture` prints the
//! development-set figures; `cargo test --release --test suggest -- --ignored
//! --nocapture` runs the threshold search that chose the defaults.

use std::collections::BTreeSet;

use cca_lab::domain::reference::{Ref, reference};
use cca_lab::domain::suggest::{self, Engine, Lang, Params, Suggestion, Suggestions};

fn r(s: &str) -> Ref {
    Ref::parse(s).unwrap()
}

fn suggest(lang: Lang, text: &str) -> Suggestions {
    suggest::engine(lang).suggest(text, 5)
}

fn first(list: &[Suggestion]) -> Option<String> {
    list.first().map(|s| s.reference.to_string())
}

/// The first of `list` is `want` and is judged relevant.
#[track_caller]
fn assert_first(list: &[Suggestion], want: &str, text: &str) {
    assert_eq!(first(list).as_deref(), Some(want), "{text}: {list:#?}");
    assert!(list[0].relevant, "{text}: {want} is not judged relevant");
}

#[test]
fn remittance_costs_rank_target_10c_and_objective_20_first() {
    let text = "Reduce the transaction costs of migrant remittances";
    let s = suggest(Lang::En, text);
    assert_first(&s.sdg_targets, "sdg:10.c", text);
    assert_first(&s.gcm, "gcm:20", text);
    assert_first(&s.sdg_indicators, "sdg:10.c.1", text);
    assert_first(&s.sdg_goals, "sdg:10", text);
}

#[test]
fn recruitment_fees_rank_objective_6_and_indicator_10_7_1_first() {
    let text = "Eliminate recruitment fees paid by workers placed abroad";
    let s = suggest(Lang::En, text);
    assert_first(&s.gcm, "gcm:6", text);
    assert_first(&s.sdg_indicators, "sdg:10.7.1", text);
}

#[test]
fn birth_registration_ranks_target_16_9_and_objective_4_first() {
    let text = "Achieve universal birth registration";
    let s = suggest(Lang::En, text);
    assert_first(&s.sdg_targets, "sdg:16.9", text);
    assert_first(&s.gcm, "gcm:4", text);
    assert_first(&s.sdg_goals, "sdg:16", text);
}

#[test]
fn evidence_names_the_matching_words_and_where_they_matched() {
    let s = suggest(
        Lang::En,
        "Eliminate recruitment fees paid by workers placed abroad",
    );
    let gcm6 = &s.gcm[0];
    assert!(
        gcm6.evidence
            .iter()
            .any(|e| e.matched == "recruitment fees" && e.source == "lexicon: recruitment fees"),
        "{:#?}",
        gcm6.evidence
    );
    let s = suggest(Lang::En, "Lower remittance costs");
    let target = &s.sdg_targets[0];
    assert_eq!(target.reference, r("sdg:10.c"));
    assert!(
        target
            .evidence
            .iter()
            .any(|e| e.matched.to_lowercase().contains("remittance")
                && e.source.contains("sdg:10.c")),
        "{:#?}",
        target.evidence
    );
    // Every piece of evidence quotes the text and names a source.
    for list in [&s.gcm, &s.sdg_targets, &s.sdg_indicators, &s.sdg_goals] {
        for sug in list.iter() {
            assert!(!sug.evidence.is_empty());
            for e in &sug.evidence {
                assert!("Lower remittance costs".contains(&e.matched), "{e:?}");
                assert!(!e.source.is_empty());
            }
        }
    }
}

#[test]
fn french_texts_work() {
    let t = "Réduire le coût des envois de fonds des travailleurs migrants";
    let s = suggest(Lang::Fr, t);
    assert_first(&s.sdg_targets, "sdg:10.c", t);
    assert_first(&s.gcm, "gcm:20", t);
    let t = "Supprimer les frais de recrutement des travailleurs partant à l'étranger";
    let s = suggest(Lang::Fr, t);
    assert_first(&s.gcm, "gcm:6", t);
    assert_first(&s.sdg_indicators, "sdg:10.7.1", t);
    let t = "Généraliser l'enregistrement des naissances";
    let s = suggest(Lang::Fr, t);
    assert_first(&s.sdg_targets, "sdg:16.9", t);
    assert_first(&s.gcm, "gcm:4", t);
    // Accents are optional.
    let t = "Reintegration durable des migrants de retour";
    assert_first(&suggest(Lang::Fr, t).gcm, "gcm:21", t);
}

#[test]
fn spanish_texts_work() {
    let t = "Reducir el costo de las remesas de los trabajadores migrantes";
    let s = suggest(Lang::Es, t);
    assert_first(&s.sdg_targets, "sdg:10.c", t);
    assert_first(&s.gcm, "gcm:20", t);
    let t = "Eliminar los costos de contratación que pagan los trabajadores migrantes";
    let s = suggest(Lang::Es, t);
    assert_first(&s.gcm, "gcm:6", t);
    assert_first(&s.sdg_indicators, "sdg:10.7.1", t);
    let t = "Universalizar el registro de nacimientos";
    let s = suggest(Lang::Es, t);
    assert_first(&s.sdg_targets, "sdg:16.9", t);
    assert_first(&s.gcm, "gcm:4", t);
}

#[test]
fn texts_without_migration_get_no_relevant_gcm_objective() {
    for text in [
        "Provide safe drinking water to every village",
        "Increase secondary school enrolment for girls",
        "Reduce maternal mortality",
    ] {
        let s = suggest(Lang::En, text);
        assert!(s.gcm.iter().all(|g| !g.relevant), "{text}: {:#?}", s.gcm);
        assert!(s.sdg_goals[0].relevant, "{text}");
    }
}

#[test]
fn empty_and_stop_word_texts_give_empty_lists() {
    for text in ["", "   ", "the of and", "2030"] {
        let s = suggest(Lang::En, text);
        assert!(
            s.gcm.is_empty()
                && s.sdg_targets.is_empty()
                && s.sdg_indicators.is_empty()
                && s.sdg_goals.is_empty(),
            "{text:?}: {s:#?}"
        );
        assert_eq!(s.text, text);
    }
}

#[test]
fn lists_are_ranked_scored_and_capped() {
    let s = suggest::engine(Lang::En).suggest("Migrant workers and their families", 3);
    for list in [&s.gcm, &s.sdg_targets, &s.sdg_indicators, &s.sdg_goals] {
        assert!(list.len() <= 3);
        assert!(list.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(list.iter().all(|x| (0.0..=1.0).contains(&x.score)));
    }
    // Only references of the right kind in each list.
    assert!(s.gcm.iter().all(|x| matches!(x.reference, Ref::Gcm(_))));
    assert!(
        s.sdg_goals
            .iter()
            .all(|x| matches!(x.reference, Ref::Goal(_)))
    );
    assert!(
        s.sdg_targets
            .iter()
            .all(|x| matches!(x.reference, Ref::Target(_)))
    );
    assert!(
        s.sdg_indicators
            .iter()
            .all(|x| matches!(x.reference, Ref::Indicator(_)))
    );
}

#[test]
fn a_translation_table_is_needed_for_french_and_spanish() {
    let e = Engine::build(reference(), Lang::Fr, None, Params::default()).unwrap_err();
    assert_eq!(e, "the fr texts (sdg_i18n_fr.csv) are needed");
}

// ---------------------------------------------------------------------------
// The development set.

/// One item of `dev_set.txt`.
struct Item {
    lang: Lang,
    goals: BTreeSet<u8>,
    maybe_goals: BTreeSet<u8>,
    refs: Vec<Ref>,
    maybe_refs: Vec<Ref>,
    text: String,
}

fn dev_set() -> Vec<Item> {
    include_str!("../src/domain/suggest/dev_set.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.splitn(4, '|').map(str::trim).collect();
            assert_eq!(f.len(), 4, "{l}");
            let mut item = Item {
                lang: Lang::from_code(f[0]).unwrap(),
                goals: BTreeSet::new(),
                maybe_goals: BTreeSet::new(),
                refs: Vec::new(),
                maybe_refs: Vec::new(),
                text: f[3].to_string(),
            };
            for g in f[1].split_whitespace() {
                match g.strip_prefix('?') {
                    Some(g) => item.maybe_goals.insert(g.parse().unwrap()),
                    None => item.goals.insert(g.parse().unwrap()),
                };
            }
            for x in f[2].split_whitespace() {
                match x.strip_prefix('?') {
                    Some(x) => item.maybe_refs.push(r(x)),
                    None => item.refs.push(r(x)),
                }
            }
            item
        })
        .collect()
}

/// Development-set figures for one set of knobs.
#[derive(Debug, Default, Clone, Copy)]
struct Figures {
    /// Goal level, micro-averaged over the required goals (optional ones
    /// ignored).
    goal_tp: usize,
    goal_fp: usize,
    goal_fn: usize,
    /// Required references judged relevant and in their list's top 3.
    ref_hits: usize,
    refs: usize,
    /// GCM objectives judged relevant but not expected.
    gcm_fp: usize,
    /// Targets judged relevant under a goal the item does not address.
    target_fp: usize,
    /// Targets judged relevant, in all.
    targets_relevant: usize,
}

impl Figures {
    fn goal_f1(&self) -> f64 {
        let p = self.goal_tp as f64 / (self.goal_tp + self.goal_fp).max(1) as f64;
        let r = self.goal_tp as f64 / (self.goal_tp + self.goal_fn).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn ref_recall(&self) -> f64 {
        self.ref_hits as f64 / self.refs.max(1) as f64
    }

    /// What the threshold search maximises.
    fn objective(&self, items: usize) -> f64 {
        self.goal_f1() + self.ref_recall()
            - 0.5 * self.gcm_fp as f64 / items as f64
            - 0.25 * self.target_fp as f64 / items as f64
    }
}

fn evaluate(engines: &[(Lang, Engine)], items: &[Item], verbose: bool) -> Figures {
    let mut f = Figures::default();
    for item in items {
        let e = &engines.iter().find(|(l, _)| *l == item.lang).unwrap().1;
        let s = e.suggest(&item.text, 10);
        let predicted: BTreeSet<u8> = s
            .sdg_goals
            .iter()
            .filter(|g| g.relevant)
            .filter_map(|g| g.reference.goal())
            .collect();
        let mut problems = Vec::new();
        for g in 1..=17u8 {
            let p = predicted.contains(&g);
            if item.goals.contains(&g) {
                if p {
                    f.goal_tp += 1;
                } else {
                    f.goal_fn += 1;
                    problems.push(format!("missed sdg:{g}"));
                }
            } else if !item.maybe_goals.contains(&g) && p {
                f.goal_fp += 1;
                problems.push(format!("extra sdg:{g}"));
            }
        }
        for want in &item.refs {
            f.refs += 1;
            let list = match want {
                Ref::Gcm(_) => &s.gcm,
                Ref::Target(_) => &s.sdg_targets,
                Ref::Indicator(_) => &s.sdg_indicators,
                Ref::Goal(_) => &s.sdg_goals,
            };
            if list
                .iter()
                .take(3)
                .any(|x| &x.reference == want && x.relevant)
            {
                f.ref_hits += 1;
            } else {
                problems.push(format!("missed {want}"));
            }
        }
        for g in s.gcm.iter().filter(|g| g.relevant) {
            if !item.refs.contains(&g.reference) && !item.maybe_refs.contains(&g.reference) {
                f.gcm_fp += 1;
                problems.push(format!("extra {}", g.reference));
            }
        }
        for t in s.sdg_targets.iter().filter(|t| t.relevant) {
            f.targets_relevant += 1;
            let g = t.reference.goal().unwrap_or(0);
            if !item.goals.contains(&g) && !item.maybe_goals.contains(&g) {
                f.target_fp += 1;
            }
        }
        if verbose && !problems.is_empty() {
            let top = |l: &[Suggestion]| {
                l.iter()
                    .take(3)
                    .map(|x| {
                        format!(
                            "{}{} {:.2}",
                            x.reference,
                            if x.relevant { "*" } else { "" },
                            x.score
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            println!(
                "{}: {}\n    {}\n    goals [{}] gcm [{}] targets [{}]",
                item.lang.code(),
                item.text,
                problems.join("; "),
                top(&s.sdg_goals),
                top(&s.gcm),
                top(&s.sdg_targets)
            );
        }
    }
    f
}

fn engines(params: &Params) -> Vec<(Lang, Engine)> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let table = lang.translation_table().map(|name| {
                std::fs::read_to_string(format!(
                    "{}/src/domain/reference/data/{name}",
                    env!("CARGO_MANIFEST_DIR")
                ))
                .unwrap()
            });
            let e = Engine::build(reference(), lang, table.as_deref(), params.clone()).unwrap();
            (lang, e)
        })
        .collect()
}

#[test]
fn the_development_set_keeps_its_quality() {
    let items = dev_set();
    let f = evaluate(&engines(&Params::default()), &items, true);
    println!(
        "dev set: {} items; goals F1 {:.3} (tp {}, fp {}, fn {}); required refs in top 3 {}/{} ({:.3}); unexpected GCM {}; targets under unexpected goals {} of {}",
        items.len(),
        f.goal_f1(),
        f.goal_tp,
        f.goal_fp,
        f.goal_fn,
        f.ref_hits,
        f.refs,
        f.ref_recall(),
        f.gcm_fp,
        f.target_fp,
        f.targets_relevant
    );
    assert!(f.goal_f1() >= 0.85, "{f:?}");
    assert!(f.ref_recall() >= 0.85, "{f:?}");
}

/// The search that chose the GCM, target and indicator relevance
/// thresholds in [`Params::default`] on the development set only: a grid of floors, shares of the best score,
/// GCM floors and mass caps; each point is judged by the mean objective of
/// itself and its neighbours on the grid, so that the choice sits in a flat
/// region rather than on a lucky spike.
#[test]
#[ignore = "slow; run by hand when the method changes"]
fn search_thresholds_on_the_development_set() {
    const FLOORS: [f32; 8] = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
    const RATIOS: [f32; 6] = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
    const GCM_FLOORS: [f32; 3] = [0.25, 0.35, 0.45];
    // The mass cap also moves the goal-level decision, which is not
    // searched here: it stays at its default.
    const CAPS: [f32; 1] = [40.0];
    let items = dev_set();
    let base = Params::default();
    let mut list = engines(&base);
    let dims = [FLOORS.len(), RATIOS.len(), GCM_FLOORS.len(), CAPS.len()];
    let mut grid = vec![0.0f64; dims.iter().product()];
    let index = |i: [usize; 4]| ((i[0] * dims[1] + i[1]) * dims[2] + i[2]) * dims[3] + i[3];
    let params = |i: [usize; 4]| {
        let mut p = base.clone();
        let (f, g) = (FLOORS[i[0]], GCM_FLOORS[i[2]]);
        // The goal-level decision is not searched here (see the module
        // documentation of `domain::suggest`): its defaults stay.
        p.floor = [g, f, f, base.floor[3]];
        let r = RATIOS[i[1]];
        p.ratio = [r, r, r, base.ratio[3]];
        p.mass_cap = CAPS[i[3]];
        p
    };
    let points: Vec<[usize; 4]> = (0..dims[0])
        .flat_map(|a| {
            (0..dims[1]).flat_map(move |b| {
                (0..dims[2]).flat_map(move |c| (0..dims[3]).map(move |d| [a, b, c, d]))
            })
        })
        .collect();
    for &i in &points {
        for (_, e) in &mut list {
            e.set_params(params(i));
        }
        grid[index(i)] = evaluate(&list, &items, false).objective(items.len());
    }
    let smoothed = |i: [usize; 4]| {
        let mut sum = 0.0;
        let mut n = 0.0;
        for &j in &points {
            if (0..4).all(|k| i[k].abs_diff(j[k]) <= 1) {
                sum += grid[index(j)];
                n += 1.0;
            }
        }
        sum / n
    };
    let best = points
        .iter()
        .copied()
        .max_by(|a, b| smoothed(*a).total_cmp(&smoothed(*b)))
        .unwrap();
    let p = params(best);
    for (_, e) in &mut list {
        e.set_params(p.clone());
    }
    let f = evaluate(&list, &items, false);
    println!(
        "best (smoothed objective {:.3}, own {:.3}): floor {:?} ratio {:?} mass cap {}\n{f:?}",
        smoothed(best),
        grid[index(best)],
        p.floor,
        p.ratio,
        p.mass_cap
    );
}
