//! Cards showing the official text of GCM objectives and SDG entries.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::reference::{Ref, reference};
use crate::ui::route::Route;

/// Props of [`RefCard`].
#[derive(Properties, PartialEq)]
pub struct RefCardProps {
    /// The entry.
    pub reference: Ref,
    /// Show everything (the reference page) rather than a compact card.
    #[prop_or_default]
    pub full: bool,
}

/// A link to a reference's page, labelled with its code.
pub fn ref_link(r: &Ref) -> Html {
    html! { <Link<Route> to={Route::Reference { code: r.to_string() }} classes="ref-link">{ r.label() }</Link<Route>> }
}

/// One entry: its label, official text and context.
#[component]
pub fn RefCard(props: &RefCardProps) -> Html {
    let data = reference();
    let r = &props.reference;
    let Some(text) = data.text(r) else {
        return html! { <p class="ref-card missing">{ format!("{r} is not in the reference data.") }</p> };
    };
    let heading_id = format!("ref-{}", r.to_string().replace([':', '.'], "-"));
    let parents: Vec<Ref> = data.ancestry(r).into_iter().skip(1).collect();
    let kind_class = match r {
        Ref::Gcm(_) => "gcm",
        _ => "sdg",
    };
    let goal_class = r.goal().map(|g| format!("goal-{g}"));
    html! {
        <article class={classes!("ref-card", kind_class, goal_class)} aria-labelledby={heading_id.clone()} data-ref={r.to_string()}>
            <h3 id={heading_id}>
                if props.full { { r.label() } } else { { ref_link(r) } }
                if let Ref::Gcm(n) = r {
                    if let Some(o) = data.objective(*n) { <span class="ref-short">{ format!(" · {}", o.short_label_en) }</span> }
                }
                if let Ref::Goal(n) = r {
                    if let Some(g) = data.goal(*n) { <span class="ref-short">{ format!(" · {}", g.short_title) }</span> }
                }
            </h3>
            <p class="ref-text" lang="en">{ text }</p>
            { for parents.iter().map(|p| html! {
                <p class="ref-parent">{ "Under " }{ ref_link(p) }{ ": " }<span lang="en">{ data.text(p).unwrap_or_default() }</span></p>
            }) }
            { details(r, props.full) }
        </article>
    }
}

fn details(r: &Ref, full: bool) -> Html {
    let data = reference();
    match r {
        Ref::Gcm(n) => {
            let Some(o) = data.objective(*n) else {
                return Html::default();
            };
            let actions: Vec<_> = data.actions_of(*n).collect();
            html! {
                <>
                    <details open={full}>
                        <summary>{ format!("Commitment (GCM paragraph {})", o.paragraph) }</summary>
                        <p lang="en">{ &o.commitment }</p>
                    </details>
                    <details open={full}>
                        <summary>{ format!("Actions ({})", actions.len()) }</summary>
                        <ol class="gcm-actions">
                            { for actions.iter().map(|a| html! {
                                <li><span class="action-ref">{ format!("{} ", a.citation) }</span><span lang="en">{ &a.text }</span></li>
                            }) }
                        </ol>
                        <p class="ref-note">{ "Action texts are near-verbatim; quote A/RES/73/195 for the official wording." }</p>
                    </details>
                </>
            }
        }
        Ref::Target(_) | Ref::Goal(_) => {
            let children = data.children(r);
            let label = if matches!(r, Ref::Goal(_)) {
                "Targets"
            } else {
                "Indicators"
            };
            html! {
                <details open={full}>
                    <summary>{ format!("{label} ({})", children.len()) }</summary>
                    <ul class="ref-children">
                        { for children.iter().map(|c| html! {
                            <li>{ ref_link(c) }{ " " }<span lang="en">{ data.text(c).unwrap_or_default() }</span></li>
                        }) }
                    </ul>
                </details>
            }
        }
        Ref::Indicator(code) => {
            let Some(i) = data.indicator(code) else {
                return Html::default();
            };
            if i.repeated_as.is_empty() {
                return Html::default();
            }
            let others: Vec<Ref> = i
                .repeated_as
                .iter()
                .map(|c| Ref::Indicator(c.clone()))
                .collect();
            html! {
                <p class="ref-note">{ "The same indicator is also listed as " }
                    { for others.iter().enumerate().map(|(k, o)| html! { <>{ if k > 0 { ", " } else { "" } }{ ref_link(o) }</> }) }{ "." }
                </p>
            }
        }
    }
}
