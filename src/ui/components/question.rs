//! A single- or multiple-answer question with feedback on every option.
//!
//! The learner chooses, then presses "Check answer" (feedback does not
//! appear on every change: arrow keys move through a radio group and would
//! otherwise reveal the answer). After checking, every option shows whether
//! it was right and why; a live region announces the result.

use yew::prelude::*;

use crate::domain::curriculum::Question;
use crate::domain::progress::Answer;
use crate::tr;
use crate::ui::components::markdown::{MdOptions, markdown, markdown_inline};

/// Props of [`QuestionView`].
#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    /// The question.
    pub question: Question,
    /// A unique id for form controls (the step key with `/` replaced).
    pub dom_id: AttrValue,
    /// The answer saved earlier, if any.
    pub saved: Option<Answer>,
    /// Called with the chosen options and whether they are right.
    pub on_check: Callback<(Vec<String>, bool)>,
    /// Base folder for relative links.
    pub base: AttrValue,
}

/// The question, its options and, once checked, its feedback.
#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let q = &props.question;
    let selected = use_state(|| {
        props
            .saved
            .as_ref()
            .map(|a| a.selected.clone())
            .unwrap_or_default()
    });
    let checked = use_state(|| props.saved.is_some());
    let o = MdOptions {
        heading_shift: 3,
        base: &props.base,
    };

    let toggle = {
        let selected = selected.clone();
        let checked = checked.clone();
        let multiple = q.multiple;
        Callback::from(move |id: String| {
            let mut next = if multiple {
                (*selected).clone()
            } else {
                Vec::new()
            };
            if let Some(i) = next.iter().position(|s| *s == id) {
                next.remove(i);
            } else {
                next.push(id);
            }
            selected.set(next);
            checked.set(false);
        })
    };
    let on_submit = {
        let selected = selected.clone();
        let checked = checked.clone();
        let on_check = props.on_check.clone();
        let q = q.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if selected.is_empty() {
                return;
            }
            checked.set(true);
            on_check.emit(((*selected).clone(), q.is_correct(&selected)));
        })
    };
    let retry = {
        let checked = checked.clone();
        // The re-render turns this button into the submit button while the
        // click is dispatched; without prevent_default the form is submitted
        // (checked) again at once.
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            checked.set(false);
        })
    };

    let is_right = |id: &str| q.answer.iter().any(|a| a == id);
    let correct = q.is_correct(&selected);
    let result = if !*checked {
        String::new()
    } else if correct {
        tr!("question-correct")
    } else {
        let right = selected.iter().filter(|s| is_right(s)).count();
        let wrong = selected.len() - right;
        if q.multiple {
            tr!(
                "question-partly",
                right = right,
                total = q.answer.len(),
                wrong = wrong
            )
        } else {
            tr!("question-wrong")
        }
    };
    let legend_id = format!("{}-prompt", props.dom_id);
    let input_type = if q.multiple { "checkbox" } else { "radio" };

    html! {
        <form class={classes!("question", (*checked).then_some(if correct { "is-correct" } else { "is-wrong" }))} onsubmit={on_submit} data-testid="question">
            <fieldset aria-describedby={format!("{}-result", props.dom_id)}>
                <legend id={legend_id}>
                    <span class="question-kind" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>{ if q.multiple { tr!("question-choose-all") } else { tr!("question-choose-one") } }</span>
                    { markdown_inline(&q.prompt, o) }
                </legend>
                <ul class="options">
                    { for q.options.iter().map(|c| {
                        let id = format!("{}-{}", props.dom_id, c.id);
                        let is_selected = selected.contains(&c.id);
                        let status = if !*checked {
                            None
                        } else {
                            Some(match (is_selected, is_right(&c.id)) {
                                (true, true) => ("right", tr!("option-right")),
                                (true, false) => ("wrong", tr!("option-wrong")),
                                (false, true) => ("missed", tr!("option-missed")),
                                (false, false) => ("other", tr!("option-not-chosen")),
                            })
                        };
                        let onchange = {
                            let toggle = toggle.clone();
                            let cid = c.id.clone();
                            Callback::from(move |_: Event| toggle.emit(cid.clone()))
                        };
                        html! {
                            <li class={classes!("option", status.as_ref().map(|s| s.0))}>
                                <input type={input_type} id={id.clone()} name={props.dom_id.clone()} value={c.id.clone()} checked={is_selected} {onchange} />
                                <label for={id}>{ markdown_inline(&c.text, o) }</label>
                                if let Some((_, label)) = status.clone() {
                                    <div class="feedback">
                                        <strong class="feedback-status" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>{ label }</strong>
                                        { markdown(&c.feedback, o) }
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
            <p id={format!("{}-result", props.dom_id)} class="question-result" role="status" aria-live="polite" lang={crate::ui::i18n::code()} dir={crate::ui::i18n::dir(crate::ui::i18n::code())}>{ result }</p>
            if *checked {
                if let Some(exp) = &q.explanation {
                    <div class="explanation">{ markdown(exp, o) }</div>
                }
                <button type="button" class="secondary" onclick={retry}>{ tr!("try-again") }</button>
            } else {
                <button type="submit" disabled={selected.is_empty()}>{ tr!("check-answer") }</button>
            }
        </form>
    }
}
