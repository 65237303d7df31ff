//! A place to drop files and folders, with buttons to choose them instead
//! (for keyboard and screen-reader users, and browsers without dragging).

use yew::prelude::*;

use crate::tr;

use crate::ui::services::files::{self, Picked};

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// A prefix for element ids (two zones may share a page).
    pub id: AttrValue,
    /// What to drop, in words.
    pub label: AttrValue,
    /// `accept` for the file chooser.
    pub accept: AttrValue,
    /// Offer a folder chooser.
    #[prop_or(true)]
    pub folders: bool,
    /// Called with the files read and the problems met.
    pub onpick: Callback<(Vec<Picked>, Vec<String>)>,
}

/// The drop zone.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let over = use_state(|| false);
    let busy = use_state(|| false);
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*over {
                over.set(true);
            }
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let (over, busy, onpick) = (over.clone(), busy.clone(), props.onpick.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            let Some(dt) = e.data_transfer() else { return };
            let dropped = files::take_drop(&dt);
            let (busy, onpick) = (busy.clone(), onpick.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let picked = files::from_drop(dropped).await;
                busy.set(false);
                onpick.emit(picked);
            });
        })
    };
    let onchange = {
        let (busy, onpick) = (busy.clone(), props.onpick.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (busy, onpick) = (busy.clone(), onpick.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let picked = files::from_input(&input).await;
                // Choosing the same files again must fire `change` again.
                input.set_value("");
                busy.set(false);
                onpick.emit(picked);
            });
        })
    };
    let files_id = format!("{}-files", props.id);
    let folder_id = format!("{}-folder", props.id);
    html! {
        <div class={classes!("dropzone", over.then_some("over"))} {ondragover} {ondragleave} {ondrop} data-testid={format!("{}-drop", props.id)}>
            <p class="dropzone-label">{ props.label.clone() }</p>
            <p class="dropzone-choose">
                <label for={files_id.clone()} class="button secondary">{ tr!("drop-choose-files") }</label>
                <input id={files_id} class="visually-hidden-input" type="file" multiple=true accept={props.accept.clone()} onchange={onchange.clone()} />
                if props.folders {
                    <label for={folder_id.clone()} class="button secondary">{ tr!("drop-choose-folder") }</label>
                    <input id={folder_id} class="visually-hidden-input" type="file" multiple=true webkitdirectory=true {onchange} />
                }
            </p>
            <p class="dropzone-status" role="status" aria-live="polite">
                { tr!(if *busy { "drop-reading" } else { "drop-local-only" }) }
            </p>
        </div>
    }
}
