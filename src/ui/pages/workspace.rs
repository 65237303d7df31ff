//! One workspace — its priorities, their links and notes, import, export
//! and the analytics — and its printable report.
//!
//! Every change is saved at once (see `services::workspaces`); when the
//! browser's storage refuses it, a notice says so and the work stays in
//! the open page.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::mapping::Framework;
use crate::domain::reference::Ref;
use crate::domain::suggest::Lang;
use crate::domain::workspace::{ImportError, Workspace, WsPriority};
use crate::tr;
use crate::ui::components::analytics::AnalyticsView;
use crate::ui::components::picker::RefPicker;
use crate::ui::components::refcard::official_text;
use crate::ui::components::suggest::{
    self as suggestions, Board, BoardAction, Status, SuggestionList,
};
use crate::ui::context::use_app;
use crate::ui::hooks::{use_reference_data, use_title};
use crate::ui::i18n::ref_label;
use crate::ui::pages::breadcrumbs;
use crate::ui::pages::workspaces::{
    chosen_file, display_name, import_errors, link_count, not_ready, use_focus_on,
};
use crate::ui::pages::workspaces::{links as n_links, priorities as n_priorities};
use crate::ui::route::Route;
use crate::ui::services::workspaces as store;
use crate::ui::state::{Action, DataState};

/// Props of [`WorkspacePage`] and [`WorkspaceReportPage`].
#[derive(Properties, PartialEq)]
pub struct WorkspacePageProps {
    /// The workspace id.
    pub id: AttrValue,
}

/// The open workspace.
#[derive(Clone, PartialEq, Default)]
struct Editing {
    /// Whether it was read (it may not exist: `ws` is then `None`).
    loaded: bool,
    ws: Option<Workspace>,
    /// Changes made since it was read (0: nothing to save).
    rev: u32,
    /// Bumped when the whole workspace is replaced.
    generation: u32,
    /// Priorities whose text field is empty: a priority needs a text, so
    /// the workspace keeps the last one until something is written.
    blank: Vec<String>,
}

/// A change to the open workspace.
enum Edit {
    Load(Option<Workspace>),
    Rename(String),
    Text(String, String),
    Source(String, String),
    Add(String),
    Remove(String),
    Link(String, Ref),
    Unlink(String, Ref),
    Note(String, Ref, String),
    Replace(Workspace),
}

impl Reducible for Editing {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut s = (*self).clone();
        if let Edit::Load(ws) = edit {
            return Rc::new(Editing {
                loaded: true,
                ws,
                generation: s.generation + 1,
                ..Editing::default()
            });
        }
        let Some(ws) = s.ws.as_mut() else {
            return self;
        };
        match edit {
            Edit::Load(_) => {}
            Edit::Rename(name) => ws.name = name,
            Edit::Text(id, text) => {
                s.blank.retain(|b| *b != id);
                if text.trim().is_empty() {
                    s.blank.push(id);
                    return Rc::new(s);
                }
                if let Some(p) = ws.priority_mut(&id) {
                    p.text = text;
                }
            }
            Edit::Source(id, source) => {
                if let Some(p) = ws.priority_mut(&id) {
                    p.source = (!source.trim().is_empty()).then_some(source);
                }
            }
            Edit::Add(text) => {
                let id = (ws.priorities.len() + 1..)
                    .map(|n| format!("p{n}"))
                    .find(|id| !ws.priorities.iter().any(|p| p.id == *id))
                    .unwrap_or_default();
                ws.priorities.push(WsPriority {
                    id,
                    text,
                    source: None,
                    links: Vec::new(),
                });
            }
            Edit::Remove(id) => {
                ws.priorities.retain(|p| p.id != id);
                s.blank.retain(|b| *b != id);
            }
            Edit::Link(id, r) => {
                ws.link(&id, r);
            }
            Edit::Unlink(id, r) => {
                ws.unlink(&id, &r);
            }
            Edit::Note(id, r, note) => ws.set_note(&id, &r, note),
            Edit::Replace(new) => {
                *ws = new;
                s.blank.clear();
                s.generation += 1;
            }
        }
        s.rev += 1;
        Rc::new(s)
    }
}

/// Workspace `id`, read once the official texts are loaded (reading checks
/// every link) and saved after every change. A stored value that could not
/// be read is reported as a notice.
#[hook]
fn use_workspace(id: &AttrValue) -> (UseReducerHandle<Editing>, DataState) {
    let app = use_app();
    let data = use_reference_data();
    let state = use_reducer(Editing::default);
    {
        let (d, app) = (state.dispatcher(), app.clone());
        use_effect_with(
            (id.clone(), data == DataState::Ready),
            move |(id, ready)| {
                if *ready {
                    let (ws, message) = store::load(id);
                    d.dispatch(Edit::Load(ws));
                    if let Some(m) = message {
                        app.dispatch(Action::Notify(m));
                    }
                }
            },
        );
    }
    {
        let (state, id) = (state.clone(), id.clone());
        use_effect_with(state.rev, move |rev| {
            if *rev > 0
                && let Some(ws) = &state.ws
                && let Err(m) = store::save(&id, ws)
            {
                app.dispatch(Action::Notify(m));
            }
        });
    }
    (state, data)
}

/// The page while loading, or when there is no such workspace.
fn not_open(state: &Editing, data: DataState, id: &str) -> Html {
    if !state.loaded {
        return html! { <><h1>{ tr!("ws-workspace") }</h1>{ not_ready(data) }</> };
    }
    html! {
        <>
            { breadcrumbs(vec![(tr!("nav-workspaces"), Some(Route::Workspaces)), (tr!("ws-not-found-crumb"), None)]) }
            <h1>{ tr!("ws-not-found") }</h1>
            <p>{ tr!("ws-not-found-body", id = id) }</p>
            <p><Link<Route> to={Route::Workspaces}>{ tr!("ws-all") }</Link<Route>></p>
        </>
    }
}

fn title_of(state: &Editing) -> String {
    match (&state.ws, state.loaded) {
        (Some(ws), _) => display_name(ws),
        (None, true) => tr!("ws-not-found"),
        (None, false) => tr!("ws-workspace"),
    }
}

/// Maps a workspace's priorities and shows the analytics.
#[component]
pub fn WorkspacePage(props: &WorkspacePageProps) -> Html {
    let app = use_app();
    let (state, data) = use_workspace(&props.id);
    use_title(title_of(&state));
    let new_text = use_state(String::new);
    let pending = use_state(|| None::<(String, Workspace)>);
    let errors = use_state(|| None::<(String, Vec<ImportError>)>);
    let removing = use_state(|| None::<String>);
    let board = use_reducer(Board::default);
    let lang = use_state(|| Lang::En);
    {
        // Questions, errors and suggestions belong to the workspace they
        // were asked about.
        let (pending, errors, removing) = (pending.clone(), errors.clone(), removing.clone());
        let board = board.dispatcher();
        use_effect_with(props.id.clone(), move |_| {
            pending.set(None);
            errors.set(None);
            removing.set(None);
            board.dispatch(BoardAction::Clear);
        });
    }
    let confirm_ref = use_node_ref();
    use_focus_on(
        confirm_ref.clone(),
        pending
            .as_ref()
            .map(|(f, _)| f.clone())
            .or_else(|| (*removing).clone()),
    );
    let Some(ws) = &state.ws else {
        return not_open(&state, data, &props.id);
    };
    let d = state.dispatcher();
    let input = |f: fn(String) -> Edit| {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            d.dispatch(f(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value()))
        })
    };
    let export = |csv: bool| {
        let (state, app) = (state.clone(), app.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(ws) = &state.ws else {
                return;
            };
            let stem = store::file_stem(&ws.name);
            let done = if csv {
                store::download(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    &ws.to_csv(),
                )
            } else {
                store::download(
                    &format!("{stem}.json"),
                    "application/json",
                    &store::write_json(ws),
                )
            };
            if let Err(m) = done {
                app.dispatch(Action::Notify(m));
            }
        })
    };
    let on_file = {
        let (pending, errors, name) = (pending.clone(), errors.clone(), ws.name.clone());
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else {
                return;
            };
            let (pending, errors, name) = (pending.clone(), errors.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let file_name = file.name();
                let result = store::import_file(&file, &name).await;
                match result {
                    Ok(mut ws) => {
                        // The workspace keeps its name; only its priorities change.
                        ws.name = name;
                        errors.set(None);
                        pending.set(Some((file_name, ws)));
                    }
                    Err(e) => {
                        pending.set(None);
                        errors.set(Some((file_name, e)));
                    }
                }
            });
        })
    };
    let replace = |confirmed: bool| {
        let (pending, d) = (pending.clone(), d.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((_, ws)) = (*pending).clone().filter(|_| confirmed) {
                d.dispatch(Edit::Replace(ws));
            }
            pending.set(None);
        })
    };
    let on_new = {
        let new_text = new_text.clone();
        Callback::from(move |e: InputEvent| {
            new_text.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_add = {
        let (new_text, d) = (new_text.clone(), d.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = new_text.trim().to_string();
            if !text.is_empty() {
                d.dispatch(Edit::Add(text));
                new_text.set(String::new());
            }
        })
    };

    // Suggestions: asked of the worker for some priorities, shown under each.
    let ask = {
        let (board, lang) = (board.dispatcher(), *lang);
        Callback::from(move |items: Vec<(String, String)>| {
            suggestions::ask(&board, lang, Framework::ALL.to_vec(), items)
        })
    };
    let suggest_all = {
        let (ask, state) = (ask.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(ws) = &state.ws {
                ask.emit(
                    ws.priorities
                        .iter()
                        .map(|p| (p.id.clone(), p.text.clone()))
                        .collect(),
                );
            }
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            // Selects have `value` too.
            let code = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            lang.set(Lang::from_code(&code).unwrap_or(Lang::En));
        })
    };
    let name = display_name(ws);
    let id = props.id.to_string();
    let rows: Html = ws
        .priorities
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let asking = removing.as_deref() == Some(p.id.as_str());
            priority_row(
                i,
                p,
                &state,
                &d,
                &removing,
                asking.then(|| confirm_ref.clone()),
                (&board, &ask),
            )
        })
        .collect();
    html! {
        <>
            { breadcrumbs(vec![(tr!("nav-workspaces"), Some(Route::Workspaces)), (name.clone(), None)]) }
            <h1>{ &name }</h1>
            <p class="workspace-facts">{ tr!("ws-facts", priorities = n_priorities(ws.priorities.len()), links = n_links(link_count(ws))) }</p>
            <section class="workspace-tools" aria-label={tr!("ws-workspace")}>
                <p class="field">
                    <label for="ws-rename">{ tr!("ws-name") }</label>
                    <input id="ws-rename" type="text" value={ws.name.clone()} oninput={input(Edit::Rename)} autocomplete="off" />
                </p>
                <p class="workspace-actions">
                    <button type="button" class="secondary" onclick={export(true)}>{ tr!("ws-export-csv") }</button>
                    <button type="button" class="secondary" onclick={export(false)}>{ tr!("ws-export-json") }</button>
                    <Link<Route> to={Route::WorkspaceReport { id }} classes="button secondary">{ tr!("ws-printable-report") }</Link<Route>>
                </p>
                <p class="file-choice">
                    <label for="ws-replace">{ tr!("ws-replace-label") }{ " " }</label>
                    <input id="ws-replace" type="file" accept=".csv,.json,.txt,text/csv,application/json,text/plain" onchange={on_file} />
                </p>
                if let Some((file, new)) = &*pending {
                    <div class="confirm" role="group" aria-label={tr!("ws-replace-question")} tabindex="-1" ref={confirm_ref.clone()} data-testid="confirm-replace">
                        <p>{ tr!("ws-replace-confirm", current = n_priorities(ws.priorities.len()), name = name.clone(), new = n_priorities(new.priorities.len()), file = file.to_string()) }</p>
                        <button type="button" class="danger" onclick={replace(true)}>{ tr!("ws-replace") }</button>
                        <button type="button" class="secondary" onclick={replace(false)}>{ tr!("cancel") }</button>
                    </div>
                }
                if let Some((file, e)) = &*errors {
                    { import_errors(file, e) }
                }
            </section>
            <section aria-labelledby="ws-priorities-title">
                <h2 id="ws-priorities-title">{ tr!("ws-priorities-title") }</h2>
                if ws.priorities.is_empty() {
                    <p>{ tr!("ws-no-priorities") }</p>
                } else {
                    <div class="suggest-tools" role="group" aria-labelledby="ws-suggest-title">
                        <p id="ws-suggest-title" class="suggest-intro">{ tr!("suggest-intro") }</p>
                        <p class="field">
                            <label for="ws-suggest-lang">{ tr!("suggest-language") }</label>
                            <select id="ws-suggest-lang" onchange={on_lang}>
                                { for Lang::ALL.iter().map(|l| html! {
                                    <option value={l.code()} selected={*l == *lang}>{ lang_name(*l) }</option>
                                }) }
                            </select>
                        </p>
                        <button type="button" onclick={suggest_all}>{ tr!("suggest-all") }</button>
                    </div>
                }
                <p class="visually-hidden" role="status" aria-live="polite" data-testid="suggest-status">{ board.announce.clone() }</p>
                <ol class="ws-priorities" data-testid="priorities">{ rows }</ol>
                <form class="ws-add" onsubmit={on_add}>
                    <label for="ws-new">{ tr!("ws-new-priority") }</label>
                    <input id="ws-new" type="text" value={(*new_text).clone()} oninput={on_new} autocomplete="off" />
                    <button type="submit" disabled={new_text.trim().is_empty()}>{ tr!("ws-add-priority") }</button>
                </form>
            </section>
            <section aria-labelledby="ws-analysis-title" class="workspace-analysis">
                <h2 id="ws-analysis-title">{ tr!("ws-analysis") }</h2>
                <AnalyticsView priorities={Rc::new(ws.mapped())} dom_id="ws-analytics" heading_level={3} />
            </section>
        </>
    }
}

/// Asks for suggestions for (priority id, text) pairs.
type Ask = Callback<Vec<(String, String)>>;

/// A language's name in itself.
fn lang_name(l: Lang) -> &'static str {
    match l {
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Es => "Español",
    }
}

/// One priority: its text and source, the picker, its links with notes,
/// its suggestions.
fn priority_row(
    index: usize,
    p: &WsPriority,
    state: &Editing,
    d: &UseReducerDispatcher<Editing>,
    removing: &UseStateHandle<Option<String>>,
    confirm_ref: Option<NodeRef>,
    (board, ask): (&UseReducerHandle<Board>, &Ask),
) -> Html {
    let dom = format!("ws-p{index}");
    let pid = p.id.clone();
    let blank = state.blank.contains(&p.id);
    let send = |f: fn(String, String) -> Edit| {
        let (d, pid) = (d.clone(), pid.clone());
        Callback::from(move |e: InputEvent| {
            // Inputs and text areas both have `value`.
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            d.dispatch(f(pid.clone(), v))
        })
    };
    let link = |unlink: bool| {
        let (d, pid) = (d.clone(), pid.clone());
        Callback::from(move |r: Ref| {
            d.dispatch(if unlink {
                Edit::Unlink(pid.clone(), r)
            } else {
                Edit::Link(pid.clone(), r)
            })
        })
    };
    let set_removing = |to: Option<String>| {
        let removing = removing.clone();
        Callback::from(move |_: MouseEvent| removing.set(to.clone()))
    };
    let remove = {
        let (d, pid) = (d.clone(), pid.clone());
        Callback::from(move |_: MouseEvent| d.dispatch(Edit::Remove(pid.clone())))
    };
    let suggest = {
        let (ask, pid, text) = (ask.clone(), pid.clone(), p.text.clone());
        Callback::from(move |_: MouseEvent| ask.emit(vec![(pid.clone(), text.clone())]))
    };
    let linked: Vec<Ref> = p.links.iter().map(|l| l.reference.clone()).collect();
    let suggestion_list = board.status.get(&p.id).map(|status| {
        let accept = {
            let (d, b, pid) = (d.clone(), board.dispatcher(), pid.clone());
            Callback::from(move |r: Ref| {
                b.dispatch(BoardAction::Announce(tr!(
                    "suggest-linked",
                    reference = crate::ui::i18n::ref_label(&r),
                    id = pid.as_str()
                )));
                d.dispatch(Edit::Link(pid.clone(), r));
            })
        };
        let reject = {
            let (b, pid) = (board.dispatcher(), pid.clone());
            Callback::from(move |r: Ref| b.dispatch(BoardAction::Reject(pid.clone(), r)))
        };
        let close = {
            let (b, pid) = (board.dispatcher(), pid.clone());
            Callback::from(move |()| b.dispatch(BoardAction::Close(pid.clone())))
        };
        let stale = matches!(status, Status::Ready { text, .. } if *text != p.text);
        html! {
            <SuggestionList dom_id={format!("{dom}-suggest")} priority={p.id.clone()} status={status.clone()} {stale}
                frameworks={Framework::ALL.to_vec()}
                linked={linked.clone()} rejected={board.rejected.get(&p.id).cloned().unwrap_or_default()}
                on_accept={accept} on_reject={reject} on_close={close} stable_callbacks=true />
        }
    });
    let loading = matches!(board.status.get(&p.id), Some(Status::Loading));
    let links: Html = p
        .links
        .iter()
        .enumerate()
        .map(|(j, l)| {
            let r = l.reference.clone();
            let on_note = {
                let (d, pid, r) = (d.clone(), pid.clone(), r.clone());
                Callback::from(move |e: InputEvent| {
                    d.dispatch(Edit::Note(
                        pid.clone(),
                        r.clone(),
                        e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                            .value(),
                    ))
                })
            };
            let note_id = format!("{dom}-note{j}");
            html! {
                <li data-ref={r.to_string()}>
                    <span class="gap-code">{ ref_label(&r) }</span>{ " — " }{ official_text(&r) }
                    <label for={note_id.clone()} class="note-label">{ tr!("ws-note-on", reference = ref_label(&r)) }</label>
                    <textarea id={note_id} rows="1" value={l.note.clone()} oninput={on_note} />
                </li>
            }
        })
        .collect();
    html! {
        <li class="ws-priority" data-priority={p.id.clone()} key={format!("{}-{}", state.generation, p.id)}>
            <p class="field">
                <label for={format!("{dom}-text")}>{ tr!("mapping-priority", number = p.id.clone()) }</label>
                <textarea id={format!("{dom}-text")} rows="2" value={if blank { String::new() } else { p.text.clone() }} oninput={send(Edit::Text)}
                    aria-invalid={blank.to_string()} aria-describedby={blank.then(|| format!("{dom}-text-error"))} />
                if blank {
                    <span class="field-error" id={format!("{dom}-text-error")}>{ tr!("ws-text-needed") }</span>
                }
            </p>
            <p class="field">
                <label for={format!("{dom}-source")}>{ tr!("ws-source-optional") }</label>
                <input id={format!("{dom}-source")} type="text" value={p.source.clone().unwrap_or_default()} oninput={send(Edit::Source)} autocomplete="off" />
            </p>
            <RefPicker id={format!("{dom}-picker")} label={p.text.clone()} frameworks={Framework::ALL.to_vec()}
                chosen={p.links.iter().map(|l| l.reference.clone()).collect::<Vec<_>>()} on_add={link(false)} on_remove={link(true)} />
            if !p.links.is_empty() {
                <ul class="ws-links">{ links }</ul>
            }
            <p class="ws-suggest">
                <button type="button" class="secondary" onclick={suggest} disabled={loading}
                    aria-label={tr!("suggest-for-label", id = p.id.as_str())}>{ tr!("suggest") }</button>
            </p>
            { for suggestion_list }
            if let Some(node) = confirm_ref {
                <div class="confirm" role="group" aria-label={tr!("ws-remove-question", id = p.id.clone())} tabindex="-1" ref={node}>
                    <p>{ tr!("ws-remove-confirm", id = p.id.clone(), links = n_links(p.links.len())) }</p>
                    <button type="button" class="danger" onclick={remove}>{ tr!("ws-remove") }</button>
                    <button type="button" class="secondary" onclick={set_removing(None)}>{ tr!("cancel") }</button>
                </div>
            } else {
                <p class="ws-priority-actions">
                    <button type="button" class="secondary" onclick={set_removing(Some(p.id.clone()))}>{ tr!("ws-remove-priority", id = p.id.clone()) }</button>
                </p>
            }
        </li>
    }
}

/// The printable report of a workspace.
#[component]
pub fn WorkspaceReportPage(props: &WorkspacePageProps) -> Html {
    let (state, data) = use_workspace(&props.id);
    use_title(format!("{} — report", title_of(&state)));
    let Some(ws) = &state.ws else {
        return not_open(&state, data, &props.id);
    };
    let name = display_name(ws);
    let priorities: Html = ws
        .priorities
        .iter()
        .map(|p| {
            let links: Html = p
                .links
                .iter()
                .map(|l| {
                    html! {
                        <li data-ref={l.reference.to_string()}>
                            <code>{ l.reference.to_string() }</code>{ " " }<strong>{ ref_label(&l.reference) }</strong>{ " — " }
                            { official_text(&l.reference) }
                            if !l.note.trim().is_empty() {
                                <p class="report-note">{ tr!("ws-note", note = l.note.clone()) }</p>
                            }
                        </li>
                    }
                })
                .collect();
            html! {
                <li data-priority={p.id.clone()}>
                    <p class="report-priority"><strong>{ p.id.clone() }</strong>{ " " }{ p.text.clone() }
                        if let Some(s) = &p.source { <span class="report-source">{ " " }{ tr!("ws-source-paren", source = s) }</span> }
                    </p>
                    if p.links.is_empty() {
                        <p class="report-none">{ tr!("ws-no-link") }</p>
                    } else {
                        <ul class="report-links">{ links }</ul>
                    }
                </li>
            }
        })
        .collect();
    html! {
        <article class="report" aria-labelledby="report-title">
            <p class="report-tools no-print">
                <Link<Route> to={Route::Workspace { id: props.id.to_string() }}>{ tr!("ws-back") }</Link<Route>>
                <button type="button" onclick={Callback::from(|_: MouseEvent| store::print())}>{ tr!("ws-print") }</button>
                <span class="hint">{ tr!("ws-pdf-hint") }</span>
            </p>
            <h1 id="report-title">{ &name }</h1>
            <p class="report-meta">{ tr!("ws-report-meta", date = store::today(), priorities = n_priorities(ws.priorities.len()), links = n_links(link_count(ws))) }</p>
            <section aria-labelledby="report-priorities">
                <h2 id="report-priorities">{ tr!("ws-report-priorities") }</h2>
                <ol class="report-priorities" data-testid="report-priorities">{ priorities }</ol>
            </section>
            <section aria-labelledby="report-analysis">
                <h2 id="report-analysis">{ tr!("ws-analysis") }</h2>
                <AnalyticsView priorities={Rc::new(ws.mapped())} dom_id="report-analytics" heading_level={3} />
            </section>
        </article>
    }
}
