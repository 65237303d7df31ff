//! The trainer's authoring page: drop a curriculum folder (or a zip of it),
//! see every problem with its file, line and the line itself, checked by
//! the same code as `cca-lab check`, and open the curriculum in each of its
//! languages with the ordinary pages, exactly as trainees will see it.
//! Dropping an edited file again refreshes everything. Nothing is uploaded.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::tr;

use crate::domain::curriculum::{self, FileSet, FileState, Scope, language_name};
use crate::ui::components::diagnostics::DiagnosticsPanel;
use crate::ui::components::dropzone::DropZone;
use crate::ui::context::use_app;
use crate::ui::hooks::{use_reference_data, use_title};
use crate::ui::pages::{breadcrumbs, endonym, loading};
use crate::ui::route::Route;
use crate::ui::services::files::Picked;
use crate::ui::services::loader::LoadedCurriculum;
use crate::ui::state::{Action, DataState, Preview};

/// What dropping `picked` onto the files `current` (of folder `folder`)
/// gives: the new folder name and files, and notes for the trainer.
///
/// - Files with a `curriculum.toml` among them replace everything: the
///   curriculum is the folder holding the shallowest `curriculum.toml`.
/// - Other files replace the loaded file of the same name (`gcm.toml`,
///   `intro.md`), or of the same path inside the folder.
pub fn place(
    folder: &str,
    current: &BTreeMap<String, Vec<u8>>,
    picked: Vec<Picked>,
) -> (String, BTreeMap<String, Vec<u8>>, Vec<String>) {
    let mut notes = Vec::new();
    let root = picked
        .iter()
        .filter_map(|p| {
            p.path
                .strip_suffix("curriculum.toml")
                .filter(|d| d.is_empty() || d.ends_with('/'))
        })
        .min_by_key(|d| (d.matches('/').count(), d.len()))
        .map(str::to_string);
    if let Some(root) = root {
        let name = root
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_string();
        let files: BTreeMap<String, Vec<u8>> = picked
            .into_iter()
            .filter_map(|p| p.path.strip_prefix(&root).map(|r| (r.to_string(), p.bytes)))
            .collect();
        let name = if name.is_empty() {
            // Loose files: the folder is whatever the manifest says it is.
            files
                .get("curriculum.toml")
                .and_then(|b| std::str::from_utf8(b).ok())
                .and_then(|t| {
                    let (doc, _) = toml::de::DeTable::parse_recoverable(t);
                    doc.get_ref()
                        .iter()
                        .find(|(k, _)| k.get_ref().as_ref() == "id")
                        .and_then(|(_, v)| v.get_ref().as_str().map(str::to_string))
                })
                .unwrap_or_default()
        } else {
            name
        };
        return (name, files, notes);
    }
    let mut files = current.clone();
    for p in picked {
        if current.is_empty() {
            notes.push(tr!("preview-drop-folder-first", file = p.path.as_str()));
            continue;
        }
        let name = p.path.rsplit('/').next().unwrap_or(&p.path).to_string();
        let exact: Vec<&String> = current
            .keys()
            .filter(|k| {
                p.path.ends_with(k.as_str())
                    && (p.path.len() == k.len() || p.path[..p.path.len() - k.len()].ends_with('/'))
            })
            .collect();
        let same_name: Vec<&String> = current
            .keys()
            .filter(|k| k.rsplit('/').next() == Some(name.as_str()))
            .collect();
        let target = match (exact.as_slice(), same_name.as_slice()) {
            ([one], _) | ([], [one]) => Some((*one).clone()),
            ([], []) => {
                notes.push(tr!("preview-no-such-file", file = p.path.as_str()));
                None
            }
            (_, many) => {
                notes.push(tr!(
                    "preview-ambiguous-file",
                    file = name.as_str(),
                    list = many
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                None
            }
        };
        if let Some(t) = target {
            files.insert(t, p.bytes);
        }
    }
    (folder.to_string(), files, notes)
}

/// Checks the files as the CLI does, in every language.
pub fn check_files(folder: &str, files: &BTreeMap<String, Vec<u8>>) -> curriculum::Checked {
    let mut set = FileSet::new();
    loop {
        let want = curriculum::wanted(&set, &Scope::All);
        if want.is_empty() {
            break;
        }
        for p in want {
            let state = match files.get(&p) {
                Some(b) => FileState::from_bytes(b.clone()),
                None => FileState::Missing,
            };
            set.insert(p, state);
        }
    }
    curriculum::check(folder, &set, &Scope::All)
}

/// The trainer's authoring page.
#[component]
pub fn PreviewPage() -> Html {
    use_title(tr!("preview-title"));
    let app = use_app();
    let reference = use_reference_data();
    let notes = use_state(Vec::<String>::new);
    let preview = app.state().preview.clone();
    let checked = use_memo(preview.clone(), |p| {
        p.as_ref()
            .filter(|p| !p.files.is_empty())
            .map(|p| Rc::new(check_files(&p.folder, &p.files)))
    });
    let onpick = {
        let (app, notes) = (app.clone(), notes.clone());
        Callback::from(move |(picked, mut why): (Vec<Picked>, Vec<String>)| {
            let current = app.state().preview.clone().unwrap_or_default();
            let (folder, files, more) = place(&current.folder, &current.files, picked);
            why.extend(more);
            notes.set(why);
            let preview = Rc::new(Preview { folder, files });
            let checked = check_files(&preview.folder, &preview.files);
            let loaded = checked.curriculum.as_ref().map(|c| {
                let mut langs: Vec<String> = c.manifest.languages.clone();
                let current = app.language_for(&c.manifest.id);
                if !langs.contains(&current) {
                    langs.push(current);
                }
                let by_language = langs
                    .into_iter()
                    .map(|l| {
                        let loaded = Rc::new(LoadedCurriculum {
                            localized: c.localize(&l),
                            report: checked.report.clone().under(&c.manifest.id),
                        });
                        (l, loaded)
                    })
                    .collect();
                (c.manifest.id.clone(), by_language)
            });
            app.dispatch(Action::Preview { preview, loaded });
        })
    };
    let crumbs = breadcrumbs(vec![
        (tr!("breadcrumb-catalogue"), Some(Route::Catalog)),
        (tr!("preview-title"), None),
    ]);
    let intro = html! {
        <>
            { crumbs }
            <h1>{ tr!("preview-title") }</h1>
            <p class="lead">{ tr!("preview-lead-before") }{ " " }<code>{ "cca-lab check" }</code>{ " " }{ tr!("preview-lead-after") }</p>
            <p><Link<Route> to={Route::TrainerCohort}>{ tr!("preview-cohort-link") }</Link<Route>></p>
        </>
    };
    match &reference {
        DataState::Ready => {}
        DataState::Failed(why) => {
            return html! { <>{ intro }<p class="error" role="alert">{ tr!("preview-reference-failed", why = why.as_str()) }</p></> };
        }
        _ => return html! { <>{ intro }{ loading("loading-reference") }</> },
    }
    let sources: Option<Rc<BTreeMap<String, String>>> = preview.as_ref().map(|p| {
        Rc::new(
            p.files
                .iter()
                .filter_map(|(k, v)| String::from_utf8(v.clone()).ok().map(|t| (k.clone(), t)))
                .collect(),
        )
    });
    let end = app.callback(|_: MouseEvent| Action::EndPreview);
    html! {
        <>
            { intro }
            <DropZone id="preview" label={tr!("preview-drop")} accept=".toml,.md,.zip" onpick={onpick} />
            if !notes.is_empty() {
                <ul class="problems" role="alert" data-testid="preview-notes">
                    { for notes.iter().map(|n| html! { <li>{ n }</li> }) }
                </ul>
            }
            if let (Some(p), Some(checked)) = (preview.as_ref(), (*checked).clone()) {
                <section class="preview-files" aria-labelledby="preview-files-title">
                    <h2 id="preview-files-title">{ tr!("preview-folder", name = p.folder.as_str(), count = p.files.len()) }</h2>
                    <details>
                        <summary>{ tr!("preview-files-read") }</summary>
                        <ul class="file-list">{ for p.files.iter().map(|(k, v)| html! { <li><code>{ k }</code>{ format!(" {}", tr!("preview-bytes", count = v.len())) }</li> }) }</ul>
                    </details>
                    <button type="button" class="secondary" onclick={end}>{ tr!("preview-forget") }</button>
                </section>
                if checked.report.is_empty() {
                    <p class="ok" role="status" data-testid="preview-ok">{ tr!("preview-ok") }</p>
                } else {
                    <DiagnosticsPanel report={checked.report.clone()} title={tr!(if checked.curriculum.is_some() { "preview-warnings" } else { "preview-problems" })} sources={sources} />
                }
                if let Some(c) = &checked.curriculum {
                    <section class="preview-open" aria-labelledby="preview-open-title" data-testid="preview-open">
                        <h2 id="preview-open-title">{ tr!("preview-open") }</h2>
                        <ul>
                            { for c.manifest.languages.iter().map(|l| {
                                let app = app.clone();
                                let (id, lang) = (c.manifest.id.clone(), l.clone());
                                let onclick = Callback::from(move |_: MouseEvent| {
                                    app.dispatch(Action::SetLanguage { curriculum: id.clone(), language: lang.clone() });
                                });
                                html! {
                                    <li>
                                        <Link<Route> to={Route::Curriculum { id: c.manifest.id.clone() }}>
                                            <span {onclick} lang={l.clone()}>{ format!("{} ({})", endonym(l), language_name(l)) }</span>
                                        </Link<Route>>
                                    </li>
                                }
                            }) }
                        </ul>
                        <p class="explain">{ tr!("preview-answers-kept") }</p>
                    </section>
                }
            }
        </>
    }
}

/// Shown above every page while a dropped curriculum is previewed.
#[component]
pub fn PreviewBanner() -> Html {
    let app = use_app();
    let Some(p) = app.state().preview.clone() else {
        return Html::default();
    };
    if p.files.is_empty() {
        return Html::default();
    }
    let end = app.callback(|_: MouseEvent| Action::EndPreview);
    html! {
        <div class="notice preview-banner no-print" data-testid="preview-banner">
            <p>
                { tr!("preview-banner", name = p.folder.as_str()) }{ " " }
                <Link<Route> to={Route::TrainerPreview}>{ tr!("preview-back") }</Link<Route>>
            </p>
            <button type="button" class="secondary" onclick={end}>{ tr!("preview-end") }</button>
        </div>
    }
}
