//! Suggested links for a priority (see `domain::suggest`): each with its
//! score and evidence — the words of the priority that matched and the
//! official text or lexicon entry they matched — and an Accept and a Reject
//! button. Nothing is linked without a click; what happened is announced by
//! the page's live region.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::mapping::Framework;
use crate::domain::reference::{Ref, reference};
use crate::domain::suggest::{Suggestion, Suggestions};
use crate::tr;
use crate::ui::i18n::ref_label;

/// How many references of each kind the workspace asks for.
pub const TOP: usize = 5;

/// The suggestions of one priority.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Asked, not yet answered.
    Loading,
    /// Answered, for the text it was asked for.
    Ready {
        /// The text the suggestions are for.
        text: String,
        /// The suggestions.
        suggestions: Rc<Suggestions>,
    },
    /// What went wrong.
    Failed(String),
}

/// The suggestions of every priority of the open workspace, what the
/// analyst rejected, and the last announcement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Board {
    /// By priority id.
    pub status: HashMap<String, Status>,
    /// Rejected references, by priority id.
    pub rejected: HashMap<String, Vec<Ref>>,
    /// The last thing to announce.
    pub announce: String,
}

/// A change to the [`Board`].
pub enum BoardAction {
    /// Suggestions were asked for these priorities.
    Loading(Vec<String>),
    /// Suggestions arrived: (priority id, text, suggestions); the
    /// announcement.
    Loaded(Vec<(String, String, Suggestions)>, String),
    /// The request for these priorities failed with this message.
    Failed(Vec<String>, String),
    /// The analyst rejected a reference for a priority.
    Reject(String, Ref),
    /// Something to announce.
    Announce(String),
    /// The suggestions of a priority are closed.
    Close(String),
    /// Another workspace is open.
    Clear,
}

impl Reducible for Board {
    type Action = BoardAction;

    fn reduce(self: Rc<Self>, action: BoardAction) -> Rc<Self> {
        let mut b = (*self).clone();
        match action {
            BoardAction::Loading(ids) => {
                for id in ids {
                    b.status.insert(id, Status::Loading);
                }
                b.announce = "Suggesting…".into();
            }
            BoardAction::Loaded(list, announce) => {
                for (id, text, s) in list {
                    b.status.insert(
                        id,
                        Status::Ready {
                            text,
                            suggestions: Rc::new(s),
                        },
                    );
                }
                b.announce = announce;
            }
            BoardAction::Failed(ids, message) => {
                for id in ids {
                    b.status.insert(id, Status::Failed(message.clone()));
                }
                b.announce = message;
            }
            BoardAction::Reject(id, r) => {
                b.announce = crate::tr!(
                    "suggest-rejected",
                    reference = crate::ui::i18n::ref_label(&r),
                    id = id.as_str()
                );
                let list = b.rejected.entry(id).or_default();
                if !list.contains(&r) {
                    list.push(r);
                }
            }
            BoardAction::Announce(text) => b.announce = text,
            BoardAction::Close(id) => {
                b.status.remove(&id);
            }
            BoardAction::Clear => return Rc::new(Board::default()),
        }
        Rc::new(b)
    }
}

/// The suggestions still open for a priority: those judged relevant, of
/// the `frameworks` mapped to (GCM objectives, SDG targets, indicators),
/// not yet linked nor rejected, best first within each kind.
pub fn open<'a>(
    s: &'a Suggestions,
    frameworks: &[Framework],
    linked: &[Ref],
    rejected: &[Ref],
) -> Vec<&'a Suggestion> {
    let list = |f: &Framework| match f {
        Framework::Gcm => &s.gcm,
        Framework::SdgTargets => &s.sdg_targets,
        Framework::SdgIndicators => &s.sdg_indicators,
    };
    frameworks
        .iter()
        .flat_map(list)
        .filter(|x| {
            x.relevant && !linked.contains(&x.reference) && !rejected.contains(&x.reference)
        })
        .collect()
}

/// Asks the suggestion worker for (priority id, text) pairs in `lang` and
/// reports to `board`: loading, then the suggestions (announced with their
/// count among `frameworks`) or what went wrong.
pub fn ask(
    board: &UseReducerDispatcher<Board>,
    lang: crate::domain::suggest::Lang,
    frameworks: Vec<Framework>,
    items: Vec<(String, String)>,
) {
    if items.is_empty() {
        return;
    }
    let ids: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
    board.dispatch(BoardAction::Loading(ids.clone()));
    let texts: Vec<String> = items.iter().map(|(_, t)| t.clone()).collect();
    let board = board.clone();
    crate::ui::services::suggest::suggest(lang, TOP, texts, move |result| match result {
        Ok(list) => {
            let n: usize = list
                .iter()
                .map(|s| open(s, &frameworks, &[], &[]).len())
                .sum();
            let announce = if items.len() == 1 {
                crate::tr!("suggest-found-one", count = n, id = items[0].0.as_str())
            } else {
                crate::tr!("suggest-found-many", count = n, total = items.len())
            };
            let loaded = items
                .into_iter()
                .zip(list)
                .map(|((id, text), s)| (id, text, s))
                .collect();
            board.dispatch(BoardAction::Loaded(loaded, announce));
        }
        Err(m) => board.dispatch(BoardAction::Failed(ids, m)),
    });
}

/// Props of [`SuggestionList`].
#[derive(Properties)]
pub struct SuggestionListProps {
    /// Prefix of element ids.
    pub dom_id: AttrValue,
    /// The priority's id, for labels.
    pub priority: AttrValue,
    /// The status of its suggestions.
    pub status: Status,
    /// The kinds of reference to show.
    pub frameworks: Vec<Framework>,
    /// The accept button's text: "Accept" (the default) or, in an
    /// exercise, "Add".
    #[prop_or_default]
    pub accept_label: Option<AttrValue>,
    /// Whether the priority's text changed since (the suggestions may be
    /// stale).
    pub stale: bool,
    /// The references it links.
    pub linked: Vec<Ref>,
    /// The references the analyst rejected.
    pub rejected: Vec<Ref>,
    /// Accept: link the reference.
    pub on_accept: Callback<Ref>,
    /// Reject: hide the reference.
    pub on_reject: Callback<Ref>,
    /// Close the list.
    pub on_close: Callback<()>,
    /// Whether the callbacks only dispatch to stable reducers (keyed by the
    /// priority id), so that new closures made on every render of the page
    /// do the same thing: the list then re-renders only when what it shows
    /// changes (a workspace of 200 priorities with their suggestions open
    /// stays quick). Leave it `false` when a callback captures state.
    #[prop_or_default]
    pub stable_callbacks: bool,
}

impl PartialEq for SuggestionListProps {
    fn eq(&self, other: &Self) -> bool {
        let data = self.dom_id == other.dom_id
            && self.priority == other.priority
            && self.status == other.status
            && self.frameworks == other.frameworks
            && self.accept_label == other.accept_label
            && self.stale == other.stale
            && self.linked == other.linked
            && self.rejected == other.rejected
            && self.stable_callbacks == other.stable_callbacks;
        data && (self.stable_callbacks
            || (self.on_accept == other.on_accept
                && self.on_reject == other.on_reject
                && self.on_close == other.on_close))
    }
}

/// The suggestions of one priority.
#[component]
pub fn SuggestionList(props: &SuggestionListProps) -> Html {
    let heading = format!("{}-suggestions", props.dom_id);
    // When a suggestion is accepted or rejected its buttons go: the focus
    // moves to the next suggestion's first button (or to "Close
    // suggestions" when none is left), never to the page's top.
    let panel = use_node_ref();
    let shown = match &props.status {
        Status::Ready { suggestions, .. } => Some(
            open(
                suggestions,
                &props.frameworks,
                &props.linked,
                &props.rejected,
            )
            .len(),
        ),
        _ => None,
    };
    let previous = use_mut_ref(|| None::<usize>);
    {
        let panel = panel.clone();
        use_effect_with(shown, move |shown| {
            let before = std::mem::replace(&mut *previous.borrow_mut(), *shown);
            if let (Some(before), Some(now)) = (before, *shown)
                && now < before
                && let Some(el) = panel.cast::<web_sys::Element>()
            {
                let next = el
                    .query_selector(".suggestion button")
                    .ok()
                    .flatten()
                    .or_else(|| el.query_selector(".suggest-close").ok().flatten());
                if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = next.focus();
                }
            }
        });
    }
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let body = match &props.status {
        Status::Loading => html! { <p class="suggest-wait">{ tr!("suggest-wait") }</p> },
        Status::Failed(m) => html! { <p class="field-error">{ m.clone() }</p> },
        Status::Ready { suggestions, .. } => {
            let open = open(
                suggestions,
                &props.frameworks,
                &props.linked,
                &props.rejected,
            );
            let goals: Vec<String> = suggestions
                .sdg_goals
                .iter()
                .filter(|g| g.relevant)
                .map(|g| ref_label(&g.reference))
                .collect();
            let data = reference();
            let accept_label = props
                .accept_label
                .clone()
                .unwrap_or_else(|| tr!("suggest-accept").into());
            let items: Html = open
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let r = s.reference.clone();
                    let accept = {
                        let (cb, r) = (props.on_accept.clone(), r.clone());
                        Callback::from(move |_: MouseEvent| cb.emit(r.clone()))
                    };
                    let reject = {
                        let (cb, r) = (props.on_reject.clone(), r.clone());
                        Callback::from(move |_: MouseEvent| cb.emit(r.clone()))
                    };
                    let evidence: Html = s
                        .evidence
                        .iter()
                        .map(|e| {
                            html! {
                                <li><q>{ e.matched.clone() }</q>{ " — " }<span class="evidence-source">{ e.source.clone() }</span></li>
                            }
                        })
                        .collect();
                    let ev_id = format!("{}-s{k}-evidence", props.dom_id);
                    html! {
                        <li class="suggestion" data-ref={r.to_string()}>
                            <p class="suggestion-ref">
                                <span class="gap-code">{ ref_label(&r) }</span>{ " — " }
                                <span lang="en" dir="ltr">{ data.text(&r).unwrap_or_default().to_string() }</span>
                                <span class="suggestion-score">{ format!(" {}", tr!("suggest-score", score = format!("{:.2}", s.score))) }</span>
                            </p>
                            <div class="evidence" id={ev_id.clone()}>
                                <span class="evidence-title">{ tr!("suggest-evidence") }</span>
                                <ul>{ evidence }</ul>
                            </div>
                            <p class="suggestion-actions">
                                <button type="button" onclick={accept} aria-describedby={ev_id.clone()}
                                    aria-label={tr!("suggest-accept-label", action = accept_label.as_str(), reference = ref_label(&r), id = props.priority.as_str())}>{ accept_label.clone() }</button>
                                <button type="button" class="secondary" onclick={reject}
                                    aria-label={tr!("suggest-reject-label", reference = ref_label(&r), id = props.priority.as_str())}>{ tr!("suggest-reject") }</button>
                            </p>
                        </li>
                    }
                })
                .collect();
            html! {
                <>
                    if !goals.is_empty() {
                        <p class="suggest-goals">{ tr!("suggest-goals", list = crate::ui::components::analytics::join_list(&goals)) }</p>
                    }
                    if open.is_empty() {
                        <p>{ tr!("suggest-none-left") }</p>
                    } else {
                        <ul class="suggestions" data-testid="suggestions">{ items }</ul>
                    }
                </>
            }
        }
    };
    html! {
        <section class="suggest-panel" aria-labelledby={heading.clone()} data-testid="suggest-panel" ref={panel}>
            <h3 id={heading}>{ tr!("suggest-heading", id = props.priority.as_str()) }</h3>
            if props.stale {
                <p class="hint">{ tr!("suggest-stale") }</p>
            }
            { body }
            <p class="suggestion-actions">
                <button type="button" class="secondary suggest-close" onclick={close}
                    aria-label={tr!("suggest-close-label", id = props.priority.as_str())}>{ tr!("suggest-close") }</button>
            </p>
        </section>
    }
}
