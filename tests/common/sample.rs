//! Made-up cohorts for tests and benchmarks: results files of simulated
//! trainees, built the way the app builds them (`Results::build` from
//! recorded progress, mapping attempts scored by `mapping::score`).
//!
//! Deterministic for a seed. Trainees differ in how far they got, how often
//! they answer right and how many wrong references they add, so every
//! statistic of the cohort page has something to show. Nothing here is
//! data about real people.

use std::collections::BTreeMap;

use cca_lab::domain::curriculum::{self, FileSet, FileState, Localized, Scope, StepKind};
use cca_lab::domain::mapping;
use cca_lab::domain::progress::{Progress, lesson_key, step_key};
use cca_lab::domain::reference::Ref;
use cca_lab::domain::results::Results;

/// Loads and checks the curriculum in `dir` and returns it in `language`.
pub fn load_localized(dir: &std::path::Path, language: &str) -> Localized {
    let mut files = FileSet::new();
    loop {
        let want = curriculum::wanted(&files, &Scope::All);
        if want.is_empty() {
            break;
        }
        for p in want {
            let state = match std::fs::read(dir.join(&p)) {
                Ok(b) => FileState::from_bytes(b),
                Err(_) => FileState::Missing,
            };
            files.insert(p, state);
        }
    }
    let folder = dir.file_name().unwrap().to_string_lossy().into_owned();
    let checked = curriculum::check(&folder, &files, &Scope::All);
    checked
        .curriculum
        .unwrap_or_else(|| panic!("{}: {:?}", dir.display(), checked.report))
        .localize(language)
        .expect("localized")
}

/// A small deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `n` results files (name, JSON) of curriculum `c` from seed `seed`.
pub fn sample_results(c: &Localized, n: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let lessons: Vec<_> = c.lessons().collect();
    let gcm: Vec<Ref> = (1..=23).map(Ref::Gcm).collect();
    let mut out = Vec::new();
    for i in 0..n {
        let skill = 0.35 + 0.6 * rng.unit();
        let reach = if rng.unit() < 0.7 {
            lessons.len()
        } else {
            rng.below(lessons.len() + 1)
        };
        let mut p = Progress::new();
        for (m, l) in lessons.iter().take(reach) {
            for s in &l.steps {
                let key = step_key(&m.id, &l.id, &s.id);
                match &s.kind {
                    StepKind::Question(q) => {
                        let tries = 1 + rng.below(3);
                        for _ in 0..tries {
                            let right = rng.unit() < skill;
                            let selected = if right {
                                q.answer.clone()
                            } else {
                                let o = &q.options[rng.below(q.options.len())];
                                vec![o.id.clone()]
                            };
                            let correct = q.is_correct(&selected);
                            p.record_answer(&c.id, &key, selected, correct);
                            if correct {
                                break;
                            }
                        }
                    }
                    StepKind::Mapping(ex) => {
                        for _ in 0..1 + rng.below(2) {
                            let mut answers: BTreeMap<String, Vec<Ref>> = BTreeMap::new();
                            for pr in &ex.priorities {
                                let mut refs: Vec<Ref> = pr
                                    .expected
                                    .iter()
                                    .chain(&pr.partial)
                                    .filter(|_| rng.unit() < skill)
                                    .map(|k| k.reference.clone())
                                    .collect();
                                if rng.unit() > skill {
                                    refs.push(gcm[rng.below(gcm.len())].clone());
                                }
                                refs.dedup();
                                answers.insert(pr.id.clone(), refs);
                            }
                            let score = mapping::score(ex, |id| {
                                answers.get(id).map_or(&[][..], Vec::as_slice)
                            })
                            .score;
                            p.record_mapping_attempt(&c.id, &key, answers, score);
                        }
                    }
                    _ => {}
                }
            }
            if rng.unit() < 0.95 {
                p.complete_lesson(&c.id, &lesson_key(&m.id, &l.id));
            }
        }
        let progress = p.curriculum(&c.id).cloned().unwrap_or_default();
        let learner = (i % 10 != 9).then(|| format!("Trainee {:03}", i + 1));
        let at = format!(
            "2026-11-{:02}T{:02}:{:02}:00Z",
            1 + i % 28,
            8 + i % 10,
            i % 60
        );
        let r = Results::build(c, &progress, learner, at);
        let name = format!("results-{:04}.json", i + 1);
        out.push((name, serde_json::to_string(&r).unwrap()));
    }
    out
}
