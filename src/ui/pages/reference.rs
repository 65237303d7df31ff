//! The page of one GCM objective or SDG entry, with a search over all of them.

use yew::prelude::*;

use crate::domain::reference::{Ref, reference};
use crate::ui::components::refcard::{RefCard, ref_link};
use crate::ui::hooks::{use_reference_data, use_title};
use crate::ui::pages::{breadcrumbs, loading};
use crate::ui::route::Route;
use crate::ui::state::DataState;

/// Props of [`ReferencePage`].
#[derive(Properties, PartialEq)]
pub struct ReferencePageProps {
    /// The reference, e.g. `sdg:10.7`.
    pub code: AttrValue,
}

/// The entry's official text, its parents and children.
#[component]
pub fn ReferencePage(props: &ReferencePageProps) -> Html {
    let data = use_reference_data();
    let parsed = Ref::parse(&props.code)
        .ok()
        .filter(|r| reference().contains(r));
    use_title(
        parsed
            .as_ref()
            .map(Ref::label)
            .unwrap_or_else(|| "Reference".into()),
    );
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let results = if query.trim().is_empty() {
        Vec::new()
    } else {
        reference().search(&query, 20)
    };
    match data {
        DataState::Ready => {}
        DataState::Failed(why) => {
            return html! { <><h1>{ "Reference" }</h1><p role="alert">{ format!("The official texts could not be loaded: {why}. Check the connection and reload the page.") }</p></> };
        }
        DataState::Idle | DataState::Loading => {
            return html! { <><h1>{ "Reference" }</h1>{ loading("the official texts") }</> };
        }
    }
    html! {
        <>
            { breadcrumbs(vec![("Catalogue".into(), Some(Route::Catalog)), (parsed.as_ref().map(Ref::label).unwrap_or_else(|| props.code.to_string()), None)]) }
            if let Some(r) = &parsed {
                <h1>{ r.label() }</h1>
                <RefCard reference={r.clone()} full=true />
            } else {
                <h1>{ "Reference not found" }</h1>
                <p>{ format!("“{}” names no GCM objective or SDG goal, target or indicator. Search for one below.", props.code) }</p>
            }
            <section class="ref-search" aria-labelledby="ref-search-title">
                <h2 id="ref-search-title">{ "Find another" }</h2>
                <label for="ref-search-input">{ "Code or words (for example 10.7, gcm 6, remittances)" }</label>
                <input id="ref-search-input" type="search" value={(*query).clone()} {oninput} autocomplete="off" />
                <p role="status" class="visually-hidden">{ if query.trim().is_empty() { String::new() } else { format!("{} results", results.len()) } }</p>
                <ul class="ref-results">
                    { for results.iter().map(|r| html! { <li>{ ref_link(r) }{ " " }<span lang="en">{ reference().text(r).unwrap_or_default() }</span></li> }) }
                </ul>
            </section>
        </>
    }
}
