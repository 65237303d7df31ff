//! A mapping exercise in a lesson: map each priority, submit, read the
//! score and the explanation, try again.
//!
//! Every change to a priority's choices is saved as a draft (`on_draft`),
//! so a reload keeps them. "Submit" scores the choices with
//! [`crate::domain::mapping::score`] and reports them (`on_submit`); the
//! pickers are then read-only and each priority explains its score: what
//! was right, partly right, missed and not expected, with the official
//! texts and the trainer's rationale. "Try again" keeps the choices and
//! makes them editable again.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::analytics::Mapped;
use crate::ui::components::analytics::AnalyticsView;
use crate::ui::services::timing::{SCORE_MEASURE, measured};

use crate::domain::mapping::{MappingExercise, Priority, PriorityScore, Score, Verdict, score};
use crate::domain::markdown::Markdown;
use crate::domain::progress::MappingProgress;
use crate::domain::reference::Ref;
use crate::tr;
use crate::ui::components::markdown::{MdOptions, markdown};
use crate::ui::components::picker::RefPicker;
use crate::ui::components::refcard::official_text;
use crate::ui::components::suggest::{
    self as suggestions, Board, BoardAction, Status, SuggestionList,
};

/// Props of [`MappingExerciseView`].
#[derive(Properties, PartialEq)]
pub struct MappingExerciseViewProps {
    /// The exercise.
    pub exercise: Rc<MappingExercise>,
    /// A unique prefix for ids (the step key with `/` replaced).
    pub dom_id: AttrValue,
    /// The learner's saved work, if any.
    pub saved: Option<MappingProgress>,
    /// Called when the choices for one priority change: (priority id, refs).
    pub on_draft: Callback<(String, Vec<Ref>)>,
    /// Called on submit: (choices by priority id, score 0–1).
    pub on_submit: Callback<(BTreeMap<String, Vec<Ref>>, f64)>,
    /// Base folder for relative links in Markdown.
    pub base: AttrValue,
    /// The language of the priorities (`en`, `fr`, `es`: the lesson's), for
    /// suggestions.
    #[prop_or(AttrValue::Static("en"))]
    pub lang: AttrValue,
}

/// `x` (0–1) as a whole percentage: "67 %" (with a no-break space in English).
fn pct(x: f64) -> String {
    crate::ui::i18n::percent((x * 100.0).round() as i64)
}

/// "precision 75 %, recall 60 %", saying when either is undefined.
fn pr(precision: Option<f64>, recall: Option<f64>) -> String {
    tr!(
        "precision-recall",
        precision = precision.map_or(tr!("precision-undefined"), pct),
        recall = recall.map_or(tr!("recall-undefined"), pct)
    )
}

/// Whether two sets of choices are the same, ignoring empty priorities.
fn same(a: &BTreeMap<String, Vec<Ref>>, b: &BTreeMap<String, Vec<Ref>>) -> bool {
    let full = |m: &BTreeMap<String, Vec<Ref>>| -> Vec<(String, Vec<Ref>)> {
        m.iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    full(a) == full(b)
}

/// The exercise.
#[component]
pub fn MappingExerciseView(props: &MappingExerciseViewProps) -> Html {
    let ex = &props.exercise;
    let answers = use_state(|| {
        props
            .saved
            .as_ref()
            .map(|s| s.draft.clone())
            .unwrap_or_default()
    });
    // Reopened after submitting: show that attempt's result again.
    let submitted = use_state(|| {
        props.saved.as_ref().is_some_and(|s| {
            s.attempts
                .last()
                .is_some_and(|a| same(&a.answers, &s.draft))
        })
    });
    let o = MdOptions {
        heading_shift: 3,
        base: &props.base,
    };
    // Hints: suggestions, only when the curriculum turns them on for this
    // exercise (`hints = true`), and only while the learner maps.
    let board = use_reducer(Board::default);
    let hints = ex.hints && !*submitted;
    let lang = crate::domain::suggest::Lang::from_code(&props.lang);

    // The choices for every priority of the exercise, in exercise order.
    let current = || -> BTreeMap<String, Vec<Ref>> {
        ex.priorities
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    answers.get(&p.id).cloned().unwrap_or_default(),
                )
            })
            .collect()
    };
    let change = {
        let answers = answers.clone();
        let on_draft = props.on_draft.clone();
        Callback::from(move |(pid, r, add): (String, Ref, bool)| {
            let mut m = (*answers).clone();
            let v = m.entry(pid.clone()).or_default();
            if add {
                if !v.contains(&r) {
                    v.push(r);
                }
            } else {
                v.retain(|x| *x != r);
            }
            on_draft.emit((pid, v.clone()));
            answers.set(m);
        })
    };
    let result: Option<Score> = submitted.then(|| {
        let a = &*answers;
        measured(SCORE_MEASURE, || {
            score(ex, |id| a.get(id).map_or(&[][..], Vec::as_slice))
        })
    });
    let onclick = {
        let submitted = submitted.clone();
        let on_submit = props.on_submit.clone();
        let ex = ex.clone();
        let chosen = current();
        Callback::from(move |_: MouseEvent| {
            if !*submitted {
                let s = score(&ex, |id| chosen.get(id).map_or(&[][..], Vec::as_slice));
                on_submit.emit((chosen.clone(), s.score));
            }
            submitted.set(!*submitted);
        })
    };
    let frameworks: Vec<String> = ex
        .frameworks
        .iter()
        .map(|f| crate::ui::i18n::framework_label(*f))
        .collect();
    // The same analytics as a workspace's, on the learner's answers.
    let mapped: Rc<Vec<Mapped>> = Rc::new(
        ex.priorities
            .iter()
            .map(|p| Mapped {
                id: p.id.clone(),
                text: p.text.clone(),
                refs: answers.get(&p.id).cloned().unwrap_or_default(),
            })
            .collect(),
    );
    let attempts = props
        .saved
        .as_ref()
        .map(|s| s.attempts.as_slice())
        .unwrap_or_default();
    let status = result.as_ref().map(|s| {
        tr!(
            "mapping-status",
            score = pct(s.score),
            detail = pr(s.precision, s.recall)
        )
    });

    html! {
        <div class={if *submitted { "mapping is-submitted" } else { "mapping" }} data-testid="mapping">
            <div class="mapping-prompt">{ markdown(&ex.prompt, o) }</div>
            <p class="mapping-frameworks" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>{ tr!("mapping-map-to", frameworks = frameworks.join(", ")) }</p>
            <ol class="priorities">
                { for ex.priorities.iter().enumerate().map(|(i, p)| {
                    let pid = format!("{}-{}", props.dom_id, p.id);
                    let chosen = answers.get(&p.id).cloned().unwrap_or_default();
                    let on_add = {
                        let (change, id) = (change.clone(), p.id.clone());
                        Callback::from(move |r| change.emit((id.clone(), r, true)))
                    };
                    let on_remove = {
                        let (change, id) = (change.clone(), p.id.clone());
                        Callback::from(move |r| change.emit((id.clone(), r, false)))
                    };
                    let hint = |html: Html| if hints { html } else { Html::default() };
                    // Hints are keyed and announced by the priority's number.
                    let num = (i + 1).to_string();
                    let suggest = {
                        let (board, frameworks, item) = (board.dispatcher(), ex.frameworks.clone(), (num.clone(), p.text.clone()));
                        Callback::from(move |_: MouseEvent| {
                            if let Some(lang) = lang {
                                suggestions::ask(&board, lang, frameworks.clone(), vec![item.clone()]);
                            }
                        })
                    };
                    let hint_list = board.status.get(&num).map(|status| {
                        let accept = {
                            let (change, id, b, num) = (change.clone(), p.id.clone(), board.dispatcher(), num.clone());
                            Callback::from(move |r: Ref| {
                                b.dispatch(BoardAction::Announce(tr!("suggest-added", reference = crate::ui::i18n::ref_label(&r), id = num.as_str())));
                                change.emit((id.clone(), r, true));
                            })
                        };
                        let reject = {
                            let (b, num) = (board.dispatcher(), num.clone());
                            Callback::from(move |r: Ref| b.dispatch(BoardAction::Reject(num.clone(), r)))
                        };
                        let close = {
                            let (b, num) = (board.dispatcher(), num.clone());
                            Callback::from(move |()| b.dispatch(BoardAction::Close(num.clone())))
                        };
                        html! {
                            <SuggestionList dom_id={format!("{pid}-hints")} priority={num.clone()} status={status.clone()} stale={false}
                                frameworks={ex.frameworks.clone()} accept_label={tr!("suggest-add")} linked={chosen.clone()}
                                rejected={board.rejected.get(&num).cloned().unwrap_or_default()}
                                on_accept={accept} on_reject={reject} on_close={close} />
                        }
                    });
                    let loading = matches!(board.status.get(&num), Some(Status::Loading));
                    html! {
                        <li class="priority" key={p.id.clone()} data-priority={p.id.clone()}>
                            <h3 class="priority-text"><span class="priority-number" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>{ tr!("mapping-priority", number = i + 1) }<span class="visually-hidden">{ ": " }</span></span>{ &p.text }</h3>
                            if let Some(src) = &p.source { <p class="priority-source">{ tr!("mapping-source", source = src) }</p> }
                            <RefPicker id={pid} label={p.text.clone()} frameworks={ex.frameworks.clone()}
                                chosen={chosen.clone()} {on_add} {on_remove} disabled={*submitted} />
                            { hint(html! {
                                <>
                                    if lang.is_some() {
                                        <p class="ws-suggest">
                                            <button type="button" class="secondary" onclick={suggest} disabled={loading}
                                                aria-label={tr!("hints-label", number = i + 1)}>{ tr!("hints") }</button>
                                        </p>
                                    }
                                    { for hint_list }
                                </>
                            }) }
                            if let Some(s) = result.as_ref().and_then(|s| s.priorities.get(i)) {
                                { explain(p, s, o) }
                            }
                        </li>
                    }
                }) }
            </ol>
            <div class="mapping-actions">
                <button type="button" class={submitted.then_some("secondary")} {onclick}>
                    { if *submitted { tr!("try-again") } else { tr!("mapping-submit") } }
                </button>
                <p class="mapping-result" role="status" aria-live="polite" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>{ status }</p>
                if hints {
                    <p class="visually-hidden" role="status" aria-live="polite">{ board.announce.clone() }</p>
                }
            </div>
            <details class="scoring-help" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>
                <summary>{ tr!("scoring-title") }</summary>
                <p>{ tr!("scoring-credit") }</p>
                <ul>
                    <li>{ tr!("scoring-1") }</li>
                    <li>{ tr!("scoring-2") }</li>
                    <li>{ tr!("scoring-3") }</li>
                    <li>{ tr!("scoring-4") }</li>
                    <li>{ tr!("scoring-5") }</li>
                </ul>
                <p>{ tr!("scoring-match") }</p>
                <p>{ tr!("scoring-f1") }</p>
                <p>{ tr!("scoring-mean") }</p>
            </details>
            if *submitted {
                <details class="mapping-analytics">
                    <summary>{ tr!("mapping-analytics") }</summary>
                    <AnalyticsView priorities={mapped} dom_id={format!("{}-analytics", props.dom_id)} heading_level={4} />
                </details>
            }
            if !attempts.is_empty() {
                <section class="attempts" aria-labelledby={format!("{}-attempts", props.dom_id)}>
                    <h3 id={format!("{}-attempts", props.dom_id)}>{ tr!("mapping-attempts") }</h3>
                    <ol>
                        { for attempts.iter().map(|a| html! { <li>{ tr!("mapping-attempt", score = pct(a.score)) }</li> }) }
                    </ol>
                </section>
            }
        </div>
    }
}

/// One item of an explanation: the reference, its official text, a note
/// and the trainer's rationale.
fn item(r: &Ref, note: Option<String>, why: Option<&Markdown>, o: MdOptions<'_>) -> Html {
    html! {
        <li data-ref={r.to_string()}>
            <strong class="verdict-ref">{ crate::ui::i18n::ref_label(r) }</strong>{ " " }
            <span class="verdict-text">{ official_text(r) }</span>
            if let Some(n) = note { <p class="verdict-note">{ n }</p> }
            if let Some(md) = why.filter(|m| !m.blocks.is_empty()) {
                <div class="rationale">{ markdown(md, o) }</div>
            }
        </li>
    }
}

/// A titled list of items, or nothing when empty.
fn group(class: &'static str, title: &str, items: Vec<Html>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <div class={class}>
            <h4>{ tr!("verdict-group", title = title, count = items.len()) }</h4>
            <ul>{ for items }</ul>
        </div>
    }
}

/// Why one priority scored what it did.
fn explain(p: &Priority, s: &PriorityScore, o: MdOptions<'_>) -> Html {
    let why = |r: &Ref| {
        p.expected
            .iter()
            .chain(&p.partial)
            .find(|k| k.reference == *r)
            .map(|k| &k.rationale)
    };
    let (mut right, mut partly, mut extra) = (Vec::new(), Vec::new(), Vec::new());
    for j in &s.chosen {
        match j.verdict {
            Verdict::Right => right.push(item(&j.chosen, None, why(&j.chosen), o)),
            Verdict::Extra => extra.push(item(&j.chosen, None, None, o)),
            v => {
                let verdict = crate::ui::i18n::verdict_label(v);
                let mut because = why(&j.chosen);
                let note = match &j.matched {
                    Some(m) => {
                        because = because.or_else(|| why(m));
                        tr!(
                            "verdict-note-for",
                            verdict = verdict,
                            credit = j.credit,
                            expected = crate::ui::i18n::ref_label(m)
                        )
                    }
                    None => tr!("verdict-note", verdict = verdict, credit = j.credit),
                };
                partly.push(item(&j.chosen, Some(note), because, o));
            }
        }
    }
    let missed: Vec<Html> = s
        .missed()
        .map(|f| {
            let note = f.by.as_ref().map(|b| {
                tr!(
                    "verdict-partly-found",
                    reference = crate::ui::i18n::ref_label(b)
                )
            });
            item(&f.expected, note, why(&f.expected), o)
        })
        .collect();
    let nothing = s.chosen.is_empty() && s.expected.is_empty();
    html! {
        <div class="priority-result">
            <p class="priority-score"><strong>{ tr!("priority-f1", score = pct(s.f1)) }</strong>{ " — " }{ tr!("sentence", text = pr(s.precision, s.recall)) }</p>
            if nothing {
                <p>{ tr!("priority-nothing") }</p>
            }
            { group("verdict-group right", &tr!("group-right"), right) }
            { group("verdict-group partly", &tr!("group-partly"), partly) }
            { group("verdict-group missed", &tr!("group-missed"), missed) }
            { group("verdict-group extra", &tr!("group-extra"), extra) }
        </div>
    }
}
