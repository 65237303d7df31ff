//! The analyst's workspaces: list, create (from a pasted list or a file),
//! delete and open.

use crate::tr;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::workspace::{ImportError, ImportKind, Workspace};
use crate::ui::context::use_app;
use crate::ui::hooks::{use_reference_data, use_title};
use crate::ui::pages::loading;
use crate::ui::route::Route;
use crate::ui::services::workspaces as store;
use crate::ui::state::{Action, DataState};

/// "3 priorities", in the interface language.
pub fn priorities(n: usize) -> String {
    tr!("ws-priorities", count = n)
}

/// "2 links", in the interface language.
pub fn links(n: usize) -> String {
    tr!("ws-links", count = n)
}

/// How many links a workspace has.
pub fn link_count(ws: &Workspace) -> usize {
    ws.priorities.iter().map(|p| p.links.len()).sum()
}

/// A workspace's name for display.
pub fn display_name(ws: &Workspace) -> String {
    if ws.name.trim().is_empty() {
        tr!("ws-untitled")
    } else {
        ws.name.clone()
    }
}

/// The problems of a refused import, each with its line and column.
pub fn import_errors(source: &str, errors: &[ImportError]) -> Html {
    html! {
        <div class="import-errors" role="alert" data-testid="import-errors">
            <p><strong>{ tr!("ws-import-failed", source = source, count = errors.len()) }</strong>
                { " " }{ tr!("ws-import-nothing-changed") }</p>
            <ul lang="en" dir="ltr">
                { for errors.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }
            </ul>
        </div>
    }
}

/// What a page shows while the official texts load, or why they did not.
pub fn not_ready(data: DataState) -> Html {
    match data {
        DataState::Failed(why) => html! {
            <p role="alert">{ tr!("reference-load-failed", why = why) }</p>
        },
        _ => loading("loading-reference"),
    }
}

/// The first file chosen in a file input, if any.
pub fn chosen_file(e: &Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    let file = input.files().and_then(|f| f.get(0));
    // Choosing the same file again must fire `change` again.
    input.set_value("");
    file
}

/// Moves focus to `node` whenever `key` changes to a `Some` (a question
/// that replaced the button pressed, so focus is not lost).
#[hook]
pub fn use_focus_on<K: PartialEq + Clone + 'static>(node: NodeRef, key: Option<K>) {
    use_effect_with(key, move |key| {
        if key.is_some()
            && let Some(e) = node.cast::<web_sys::HtmlElement>()
        {
            let _ = e.focus();
        }
    });
}

/// The name a file gives a workspace: its name without the extension.
fn stem_of(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
        .to_string()
}

type Listed = Rc<Vec<(String, Workspace)>>;

/// Lists the workspaces and creates new ones.
#[component]
pub fn WorkspacesPage() -> Html {
    use_title(tr!("nav-workspaces"));
    let app = use_app();
    let data = use_reference_data();
    let ready = data == DataState::Ready;
    // Read once the official texts are there (reading checks every link).
    let list = use_state(|| None::<Listed>);
    {
        let (list, app) = (list.clone(), app.clone());
        use_effect_with(ready, move |ready| {
            if *ready {
                let (found, messages) = store::list();
                list.set(Some(Rc::new(found)));
                for m in messages {
                    app.dispatch(Action::Notify(m));
                }
            }
        });
    }
    let name = use_state(String::new);
    let pasted = use_state(String::new);
    let errors = use_state(|| None::<(String, Vec<ImportError>)>);
    let created = use_state(|| None::<(String, String)>);
    let confirm = use_state(|| None::<String>);
    let confirm_ref = use_node_ref();
    use_focus_on(confirm_ref.clone(), (*confirm).clone());

    // Saves an imported workspace, or shows why it was refused.
    let create = {
        let (list, errors, created, app) =
            (list.clone(), errors.clone(), created.clone(), app.clone());
        Rc::new(
            move |source: String, result: Result<Workspace, Vec<ImportError>>| -> bool {
                match result {
                    Err(e) => {
                        errors.set(Some((source, e)));
                        created.set(None);
                        false
                    }
                    Ok(ws) => {
                        errors.set(None);
                        let id = store::new_id();
                        if let Err(m) = store::save(&id, &ws) {
                            app.dispatch(Action::Notify(m));
                            return false;
                        }
                        let mut next: Vec<_> = list.as_deref().cloned().unwrap_or_default();
                        next.push((id.clone(), ws.clone()));
                        list.set(Some(Rc::new(next)));
                        created.set(Some((id, display_name(&ws))));
                        true
                    }
                }
            },
        )
    };
    let default_name = {
        let (name, list) = (name.clone(), list.clone());
        move |fallback: Option<String>| {
            let n = name.trim();
            if !n.is_empty() {
                n.to_string()
            } else {
                fallback.unwrap_or_else(|| {
                    tr!(
                        "ws-default-name",
                        number = list.as_ref().map_or(0, |l| l.len()) + 1
                    )
                })
            }
        }
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let on_submit = {
        let (create, pasted, name) = (create.clone(), pasted.clone(), name.clone());
        let default_name = default_name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let ws_name = default_name(None);
            let result =
                Workspace::import_with(&ws_name, &pasted, ImportKind::Auto, &store::read_json);
            if create(tr!("ws-pasted-list"), result) {
                pasted.set(String::new());
                name.set(String::new());
            }
        })
    };
    let on_file = {
        let (create, name) = (create.clone(), name.clone());
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else {
                return;
            };
            let file_name = file.name();
            let ws_name = default_name(Some(stem_of(&file_name)));
            let (create, name) = (create.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = store::import_file(&file, &ws_name).await;
                if create(file_name, result) {
                    name.set(String::new());
                }
            });
        })
    };

    let intro = html! {
        <>
            <h1>{ tr!("nav-workspaces") }</h1>
            <p class="lead">{ tr!("ws-lead") }</p>
        </>
    };
    let Some(items) = (*list).clone() else {
        return html! { <>{ intro }{ not_ready(data) }</> };
    };
    html! {
        <>
            { intro }
            <section aria-labelledby="ws-list-title">
                <h2 id="ws-list-title">{ tr!("ws-yours") }</h2>
                if items.is_empty() {
                    <p>{ tr!("ws-none-yet") }</p>
                }
                <ul class="workspace-list" data-testid="workspaces">
                    { for items.iter().map(|(id, ws)| {
                        let asking = confirm.as_deref() == Some(id.as_str());
                        let set_confirm = |to: Option<String>| { let confirm = confirm.clone(); Callback::from(move |_: MouseEvent| confirm.set(to.clone())) };
                        let delete = {
                            let (confirm, list, created, id, items) = (confirm.clone(), list.clone(), created.clone(), id.clone(), items.clone());
                            Callback::from(move |_: MouseEvent| {
                                store::remove(&id);
                                list.set(Some(Rc::new(items.iter().filter(|(i, _)| *i != id).cloned().collect())));
                                if created.as_ref().is_some_and(|(i, _)| *i == id) {
                                    created.set(None);
                                }
                                confirm.set(None);
                            })
                        };
                        let name = display_name(ws);
                        let facts = format!("{} · {}", priorities(ws.priorities.len()), links(link_count(ws)));
                        let to = Route::Workspace { id: id.clone() };
                        html! {
                            <li class="workspace-item" data-workspace={id.clone()}>
                                <h3><Link<Route> to={to.clone()}>{ &name }</Link<Route>></h3>
                                <p class="workspace-facts">{ &facts }</p>
                                if asking {
                                    <div class="confirm" role="group" aria-label={tr!("ws-delete-question", name = name.clone())} tabindex="-1" ref={confirm_ref.clone()}>
                                        <p>{ tr!("ws-delete-confirm", name = name.clone(), facts = facts.clone()) }</p>
                                        <button type="button" class="danger" onclick={delete}>{ tr!("ws-delete") }</button>
                                        <button type="button" class="secondary" onclick={set_confirm(None)}>{ tr!("cancel") }</button>
                                    </div>
                                } else {
                                    <p class="workspace-actions">
                                        <Link<Route> {to} classes="button">{ tr!("ws-open") }</Link<Route>>
                                        <button type="button" class="secondary" onclick={set_confirm(Some(id.clone()))} aria-label={tr!("ws-delete-name", name = name.clone())}>{ tr!("ws-delete") }</button>
                                    </p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section aria-labelledby="ws-new-title" class="workspace-new">
                <h2 id="ws-new-title">{ tr!("ws-new") }</h2>
                if let Some((id, n)) = &*created {
                    <p class="created" role="status" data-testid="created">
                        { tr!("ws-created", name = n) }{ " " }
                        <Link<Route> to={Route::Workspace { id: id.clone() }}>{ tr!("ws-open-it") }</Link<Route>>
                    </p>
                }
                if let Some((source, e)) = &*errors {
                    { import_errors(source, e) }
                }
                <form onsubmit={on_submit} class="workspace-form">
                    <label for="ws-name">{ tr!("ws-name-optional") }</label>
                    <input id="ws-name" type="text" value={(*name).clone()} oninput={on_name} autocomplete="off" />
                    <label for="ws-paste">{ tr!("ws-paste-label") }</label>
                    <textarea id="ws-paste" rows="6" value={(*pasted).clone()} oninput={on_paste}
                        aria-describedby="ws-paste-hint" />
                    <p id="ws-paste-hint" class="hint">{ tr!("ws-paste-hint") }</p>
                    <button type="submit">{ tr!("ws-create") }</button>
                </form>
                <p class="file-choice">
                    <label for="ws-file">{ tr!("ws-from-file") }{ " " }</label>
                    <input id="ws-file" type="file" accept=".csv,.json,.txt,text/csv,application/json,text/plain" onchange={on_file} />
                </p>
            </section>
        </>
    }
}
