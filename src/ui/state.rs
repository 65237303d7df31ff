//! The app's shared state and the actions that change it.
//!
//! One reducer holds everything pages share: the learner's progress, the
//! loaded catalogue and curricula, and notices. Each action delegates to
//! the domain; the reducer itself touches no browser API, so it is tested
//! natively (see the tests at the end).

use std::collections::HashMap;
use std::rc::Rc;

use yew::Reducible;

use crate::domain::progress::Progress;
use crate::ui::services::loader::{Catalog, LoadedCurriculum};

/// A message shown at the top of every page until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Its id, for dismissing.
    pub id: u32,
    /// What to tell the learner.
    pub text: String,
}

/// Data fetched once per visit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DataState {
    /// Not asked for yet.
    #[default]
    Idle,
    /// On its way.
    Loading,
    /// Available.
    Ready,
    /// Could not be loaded; why.
    Failed(String),
}

/// A curriculum is either loading or loaded (with or without errors).
pub type CurriculumSlot = Option<Rc<LoadedCurriculum>>;

/// Everything pages share.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The learner's progress; saved to storage whenever it changes.
    pub progress: Progress,
    /// Notices, oldest first.
    pub notices: Vec<Notice>,
    /// The catalogue, once loaded.
    pub catalog: Option<Rc<Catalog>>,
    /// Curricula by (id, requested language): `None` while loading.
    pub curricula: HashMap<(String, String), CurriculumSlot>,
    /// The official reference data.
    pub reference: DataState,
    /// A new version of the app is downloaded and waits for a reload.
    pub update_ready: bool,
    /// The interface language whose messages are in use (`""` = English).
    pub ui_language: String,
    /// A curriculum a trainer dropped on the trainer page, shown by the
    /// ordinary pages as trainees would see it (its `curricula` entries are
    /// made from it).
    pub preview: Option<Rc<Preview>>,
    next_notice: u32,
}

/// A previewed curriculum's id and, by language, the curriculum loaded.
pub type PreviewPages = (String, Vec<(String, Rc<LoadedCurriculum>)>);

/// The files of a curriculum dropped on the trainer page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    /// The folder's name (the curriculum id it must have).
    pub folder: String,
    /// The files, by path inside the folder.
    pub files: std::collections::BTreeMap<String, Vec<u8>>,
}

/// What can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The catalogue arrived.
    CatalogLoaded(Rc<Catalog>),
    /// A curriculum started loading.
    CurriculumRequested {
        /// Its id.
        id: String,
        /// The language asked for.
        language: String,
    },
    /// A curriculum arrived.
    CurriculumLoaded {
        /// Its id.
        id: String,
        /// The language asked for.
        language: String,
        /// What was loaded.
        loaded: Rc<LoadedCurriculum>,
    },
    /// A new version of the app is ready (its service worker is waiting).
    UpdateReady,
    /// The reference data started loading, arrived, or failed.
    Reference(DataState),
    /// The learner checked an answer.
    Answer {
        /// The curriculum id.
        curriculum: String,
        /// The step key (`module/lesson/step`).
        step: String,
        /// The options chosen.
        selected: Vec<String>,
        /// Whether they match the key.
        correct: bool,
    },
    /// The learner changed their choices for one priority of a mapping
    /// exercise (kept as a draft until submitted).
    MappingDraft {
        /// The curriculum id.
        curriculum: String,
        /// The step key (`module/lesson/step`).
        step: String,
        /// The priority id.
        priority: String,
        /// The references now chosen for it.
        refs: Vec<crate::domain::reference::Ref>,
    },
    /// The learner submitted a mapping exercise.
    MappingSubmit {
        /// The curriculum id.
        curriculum: String,
        /// The step key.
        step: String,
        /// The references chosen, by priority id.
        answers: std::collections::BTreeMap<String, Vec<crate::domain::reference::Ref>>,
        /// The score they earned, 0 to 1.
        score: f64,
    },
    /// The learner finished a lesson.
    CompleteLesson {
        /// The curriculum id.
        curriculum: String,
        /// The lesson key (`module/lesson`).
        lesson: String,
    },
    /// The learner opened a lesson.
    VisitLesson {
        /// The curriculum id.
        curriculum: String,
        /// The lesson key.
        lesson: String,
    },
    /// The learner chose a language for a curriculum.
    SetLanguage {
        /// The curriculum id.
        curriculum: String,
        /// The language code.
        language: String,
    },
    /// The learner asked to start a curriculum over.
    ResetCurriculum {
        /// The curriculum id.
        curriculum: String,
    },
    /// Something the learner should know (shown once, however often sent).
    Notify(String),
    /// The learner dismissed a notice.
    Dismiss(u32),
    /// The interface language changed (its messages are loaded). Curricula
    /// follow it: a language chosen earlier for one curriculum is replaced.
    UiLanguage(String),
    /// A trainer dropped curriculum files: keep them, and show the
    /// curriculum (when it checks) in each language from them.
    Preview {
        /// The files.
        preview: Rc<Preview>,
        /// The curriculum id and, when it checks, the curriculum loaded in
        /// each language.
        loaded: Option<PreviewPages>,
    },
    /// Stop previewing: the curriculum is loaded from the host again.
    EndPreview,
}

impl AppState {
    /// A state starting from stored progress.
    pub fn with_progress(progress: Progress) -> AppState {
        AppState {
            progress,
            ..AppState::default()
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(mut self: Rc<Self>, action: Action) -> Rc<Self> {
        let s = Rc::make_mut(&mut self);
        match action {
            Action::CatalogLoaded(c) => s.catalog = Some(c),
            Action::Reference(r) => s.reference = r,
            Action::UpdateReady => s.update_ready = true,
            Action::CurriculumRequested { id, language } => {
                s.curricula.entry((id, language)).or_insert(None);
            }
            Action::CurriculumLoaded {
                id,
                language,
                loaded,
            } => {
                s.curricula.insert((id, language), Some(loaded));
            }
            Action::Answer {
                curriculum,
                step,
                selected,
                correct,
            } => s
                .progress
                .record_answer(&curriculum, &step, selected, correct),
            Action::MappingDraft {
                curriculum,
                step,
                priority,
                refs,
            } => s
                .progress
                .set_mapping_draft(&curriculum, &step, &priority, refs),
            Action::MappingSubmit {
                curriculum,
                step,
                answers,
                score,
            } => s
                .progress
                .record_mapping_attempt(&curriculum, &step, answers, score),
            Action::CompleteLesson { curriculum, lesson } => {
                s.progress.complete_lesson(&curriculum, &lesson)
            }
            Action::VisitLesson { curriculum, lesson } => {
                if s.progress
                    .curriculum(&curriculum)
                    .and_then(|c| c.last_lesson.as_deref())
                    != Some(lesson.as_str())
                {
                    s.progress.visit_lesson(&curriculum, &lesson);
                }
            }
            Action::SetLanguage {
                curriculum,
                language,
            } => {
                s.progress.set_language(&curriculum, &language);
                // The catalogue shows each curriculum in its chosen language.
                s.catalog = None;
            }
            Action::ResetCurriculum { curriculum } => s.progress.reset(&curriculum),
            Action::Notify(text) => {
                if !s.notices.iter().any(|n| n.text == text) {
                    s.next_notice += 1;
                    s.notices.push(Notice {
                        id: s.next_notice,
                        text,
                    });
                }
            }
            Action::Dismiss(id) => s.notices.retain(|n| n.id != id),
            Action::UiLanguage(code) => {
                if s.ui_language != code {
                    let chosen: Vec<String> = s
                        .progress
                        .curricula
                        .iter()
                        .filter(|(_, c)| c.language.as_ref().is_some_and(|l| *l != code))
                        .map(|(id, _)| id.clone())
                        .collect();
                    for id in chosen {
                        s.progress.set_language(&id, &code);
                    }
                    s.ui_language = code;
                    s.catalog = None;
                }
            }
            Action::Preview { preview, loaded } => {
                let old = s.preview.as_ref().map(|p| p.folder.clone());
                // The previous preview's entries go, whatever its id was.
                if let Some(old) = old {
                    s.curricula.retain(|(id, _), _| *id != old);
                }
                if let Some((id, by_language)) = loaded {
                    s.curricula.retain(|(i, _), _| *i != id);
                    for (language, l) in by_language {
                        s.curricula.insert((id.clone(), language), Some(l));
                    }
                }
                s.preview = Some(preview);
            }
            Action::EndPreview => {
                if let Some(p) = s.preview.take() {
                    s.curricula.retain(|(id, _), _| *id != p.folder);
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AppState, actions: Vec<Action>) -> Rc<AppState> {
        actions.into_iter().fold(Rc::new(state), |s, a| s.reduce(a))
    }

    #[test]
    fn answers_and_lessons_go_into_progress() {
        let s = reduce(
            AppState::default(),
            vec![
                Action::Answer {
                    curriculum: "c".into(),
                    step: "m/l/q".into(),
                    selected: vec!["a".into()],
                    correct: false,
                },
                Action::Answer {
                    curriculum: "c".into(),
                    step: "m/l/q".into(),
                    selected: vec!["b".into()],
                    correct: true,
                },
                Action::CompleteLesson {
                    curriculum: "c".into(),
                    lesson: "m/l".into(),
                },
                Action::SetLanguage {
                    curriculum: "c".into(),
                    language: "fr".into(),
                },
            ],
        );
        let c = s.progress.curriculum("c").unwrap();
        assert_eq!(c.answer("m/l/q").unwrap().attempts, 2);
        assert!(c.answer("m/l/q").unwrap().correct);
        assert!(c.is_complete("m/l"));
        assert_eq!(c.language.as_deref(), Some("fr"));
        let s = s.reduce(Action::ResetCurriculum {
            curriculum: "c".into(),
        });
        assert!(s.progress.curriculum("c").is_none());
    }

    #[test]
    fn a_preview_replaces_the_curriculum_until_it_ends() {
        let loaded = |n: usize| {
            Rc::new(LoadedCurriculum {
                localized: None,
                report: crate::domain::diagnostic::Report::from_diagnostics(
                    (0..n)
                        .map(|i| {
                            crate::domain::diagnostic::file_diagnostic(
                                &format!("f{i}"),
                                crate::domain::diagnostic::Code::FileMissing,
                                "m",
                            )
                        })
                        .collect(),
                ),
            })
        };
        let mut start = AppState::default();
        start
            .curricula
            .insert(("demo".into(), "en".into()), Some(loaded(0)));
        start
            .curricula
            .insert(("other".into(), "en".into()), Some(loaded(0)));
        let preview = Rc::new(Preview {
            folder: "demo".into(),
            files: Default::default(),
        });
        let s = reduce(
            start,
            vec![Action::Preview {
                preview: preview.clone(),
                loaded: Some((
                    "demo".into(),
                    vec![("en".into(), loaded(1)), ("fr".into(), loaded(2))],
                )),
            }],
        );
        let count = |s: &AppState, l: &str| {
            s.curricula[&("demo".to_string(), l.to_string())]
                .as_ref()
                .unwrap()
                .report
                .diagnostics()
                .len()
        };
        assert_eq!((count(&s, "en"), count(&s, "fr")), (1, 2));
        assert!(s.curricula.contains_key(&("other".into(), "en".into())));
        // Dropping files that do not check keeps the files, drops the old
        // preview's pages (they would show stale content).
        let s = s.reduce(Action::Preview {
            preview: preview.clone(),
            loaded: None,
        });
        assert!(!s.curricula.contains_key(&("demo".into(), "en".into())));
        assert_eq!(s.preview.as_deref(), Some(&*preview));
        let s = s.reduce(Action::EndPreview);
        assert!(s.preview.is_none());
        assert_eq!(s.curricula.len(), 1);
    }

    #[test]
    fn notices_are_not_repeated_and_can_be_dismissed() {
        let s = reduce(
            AppState::default(),
            vec![
                Action::Notify("x".into()),
                Action::Notify("x".into()),
                Action::Notify("y".into()),
            ],
        );
        assert_eq!(
            s.notices
                .iter()
                .map(|n| n.text.as_str())
                .collect::<Vec<_>>(),
            ["x", "y"]
        );
        let first = s.notices[0].id;
        let s = s.reduce(Action::Dismiss(first));
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn curricula_follow_a_new_interface_language() {
        let s = reduce(
            AppState::default(),
            vec![
                Action::SetLanguage {
                    curriculum: "c".into(),
                    language: "fr".into(),
                },
                Action::UiLanguage("ar".into()),
            ],
        );
        assert_eq!(s.ui_language, "ar");
        assert_eq!(
            s.progress.curriculum("c").unwrap().language.as_deref(),
            Some("ar")
        );
        // A curriculum picked in another language after that keeps it.
        let s = s.reduce(Action::SetLanguage {
            curriculum: "c".into(),
            language: "fr".into(),
        });
        let s = s.reduce(Action::UiLanguage("ar".into()));
        assert_eq!(
            s.progress.curriculum("c").unwrap().language.as_deref(),
            Some("fr")
        );
    }

    #[test]
    fn visiting_the_same_lesson_twice_changes_nothing() {
        let s = reduce(
            AppState::default(),
            vec![Action::VisitLesson {
                curriculum: "c".into(),
                lesson: "m/l".into(),
            }],
        );
        let again = s.clone().reduce(Action::VisitLesson {
            curriculum: "c".into(),
            lesson: "m/l".into(),
        });
        assert_eq!(*s, *again);
    }
}
