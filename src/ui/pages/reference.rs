//! The page of one GCM objective or SDG entry, with a search over all of them.

use yew::prelude::*;

use crate::domain::reference::{Ref, reference};
use crate::tr;
use crate::ui::components::refcard::{RefCard, official_text, ref_link};
use crate::ui::hooks::{use_reference_data, use_title};
use crate::ui::pages::{breadcrumbs, catalogue_crumb, loading};
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
            .map(crate::ui::i18n::ref_label)
            .unwrap_or_else(|| tr!("reference-title")),
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
            return html! { <><h1>{ tr!("reference-title") }</h1><p role="alert">{ tr!("reference-load-failed", why = why) }</p></> };
        }
        DataState::Idle | DataState::Loading => {
            return html! { <><h1>{ tr!("reference-title") }</h1>{ loading("loading-reference") }</> };
        }
    }
    html! {
        <>
            { breadcrumbs(vec![catalogue_crumb(), (parsed.as_ref().map(crate::ui::i18n::ref_label).unwrap_or_else(|| props.code.to_string()), None)]) }
            if let Some(r) = &parsed {
                <h1>{ crate::ui::i18n::ref_label(r) }</h1>
                <RefCard reference={r.clone()} full=true />
            } else {
                <h1>{ tr!("reference-not-found") }</h1>
                <p>{ tr!("reference-not-found-body", code = props.code.to_string()) }</p>
            }
            <section class="ref-search" aria-labelledby="ref-search-title">
                <h2 id="ref-search-title">{ tr!("reference-find") }</h2>
                <label for="ref-search-input">{ tr!("reference-search-label") }</label>
                <input id="ref-search-input" type="search" value={(*query).clone()} {oninput} autocomplete="off" />
                <p role="status" class="visually-hidden">{ if query.trim().is_empty() { String::new() } else { tr!("search-results-count", count = results.len()) } }</p>
                <ul class="ref-results">
                    { for results.iter().map(|r| html! { <li>{ ref_link(r) }{ " " }{ official_text(r) }</li> }) }
                </ul>
            </section>
        </>
    }
}
