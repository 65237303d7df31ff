//! Cards showing the official text of GCM objectives and SDG entries.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::i18n::direction_of;
use crate::domain::reference::translations::{self, EnglishBecause};
use crate::domain::reference::{Ref, reference};
use crate::tr;
use crate::ui::i18n::{language_name, ref_label};
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
    html! { <Link<Route> to={Route::Reference { code: r.to_string() }} classes="ref-link">{ ref_label(r) }</Link<Route>> }
}

/// The official text of `r` in the interface language when the data has a
/// current translation; otherwise the English text (`lang="en"`) with a
/// visible note saying why — never an outdated translation.
pub fn official_text(r: &Ref) -> Html {
    official(r, false)
}

/// [`official_text`]; as the whole content of an element (`own`), the text
/// takes the element's `lang` and only the note is marked.
fn official(r: &Ref, own: bool) -> Html {
    let lang = crate::ui::i18n::code();
    let sdg = crate::ui::i18n::sdg_translations();
    let Some(s) = translations::shown(reference(), sdg.as_deref(), lang, r) else {
        return Html::default();
    };
    let note = s.english_because.map(|b| match b {
        EnglishBecause::Stale => tr!("official-english-stale", language = language_name(lang)),
        EnglishBecause::Missing => tr!("official-english-missing", language = language_name(lang)),
        EnglishBecause::NotInData => tr!("official-english-gcm", language = language_name(lang)),
    });
    let stale = s.english_because == Some(EnglishBecause::Stale);
    html! {
        <>
            if own {
                <span class="official-text">{ s.text }</span>
            } else {
                <span class="official-text" lang={s.language.clone()} dir={direction_of(&s.language).as_str()}>{ s.text }</span>
            }
            if let Some(n) = note {
                { " " }<span class={classes!("english-note", stale.then_some("stale"))} lang={lang} dir={crate::ui::i18n::dir(lang)} data-testid="english-note">{ n }</span>
            }
        </>
    }
}

/// One entry: its label, official text and context.
#[component]
pub fn RefCard(props: &RefCardProps) -> Html {
    let data = reference();
    let r = &props.reference;
    let Some(_) = data.text(r) else {
        return html! { <p class="ref-card missing">{ tr!("ref-not-in-data", code = r.to_string()) }</p> };
    };
    let heading_id = format!("ref-{}", r.to_string().replace([':', '.'], "-"));
    let parents: Vec<Ref> = data.ancestry(r).into_iter().skip(1).collect();
    let kind_class = match r {
        Ref::Gcm(_) => "gcm",
        _ => "sdg",
    };
    let goal_class = r.goal().map(|g| format!("goal-{g}"));
    let lang = crate::ui::i18n::code();
    let sdg = crate::ui::i18n::sdg_translations();
    let text_lang = translations::shown(data, sdg.as_deref(), lang, r).map(|s| s.language);
    html! {
        <article class={classes!("ref-card", kind_class, goal_class)} aria-labelledby={heading_id.clone()} data-ref={r.to_string()}>
            <h3 id={heading_id}>
                if props.full { { ref_label(r) } } else { { ref_link(r) } }
                if let Ref::Gcm(n) = r {
                    if let Some((s, l)) = translations::gcm_short_label(data, lang, *n) { { " · " }<span class="ref-short" dir={crate::ui::i18n::dir(&l)} lang={l}>{ s }</span> }
                }
                if let Ref::Goal(n) = r {
                    if let Some((s, l)) = translations::goal_short(data, sdg.as_deref(), lang, *n) { { " · " }<span class="ref-short" dir={crate::ui::i18n::dir(&l)} lang={l}>{ s }</span> }
                }
            </h3>
            <p class="ref-text" lang={text_lang.clone()} dir={text_lang.as_deref().map(crate::ui::i18n::dir)}>{ official(r, true) }</p>
            if lang == "ar" && matches!(r, Ref::Goal(_) | Ref::Target(_) | Ref::Indicator(_)) {
                <p class="ref-note">{ tr!("official-arabic-community") }</p>
            }
            { for parents.iter().map(|p| html! {
                <p class="ref-parent">{ tr!("ref-under") }{ " " }{ ref_link(p) }{ ": " }{ official_text(p) }</p>
            }) }
            { details(r, props.full) }
        </article>
    }
}

fn details(r: &Ref, full: bool) -> Html {
    let data = reference();
    let english_note = crate::ui::i18n::code() != "en";
    match r {
        Ref::Gcm(n) => {
            let Some(o) = data.objective(*n) else {
                return Html::default();
            };
            let actions: Vec<_> = data.actions_of(*n).collect();
            html! {
                <>
                    <details open={full}>
                        <summary>{ tr!("gcm-commitment", paragraph = o.paragraph.to_string()) }</summary>
                        <p lang="en" dir="ltr">{ &o.commitment }</p>
                        if english_note { <p class="english-note">{ tr!("gcm-english-only") }</p> }
                    </details>
                    <details open={full}>
                        <summary>{ tr!("gcm-actions", count = actions.len()) }</summary>
                        <ol class="gcm-actions">
                            { for actions.iter().map(|a| html! {
                                <li><span class="action-ref">{ format!("{} ", a.citation) }</span><span lang="en" dir="ltr">{ &a.text }</span></li>
                            }) }
                        </ol>
                        <p class="ref-note">{ tr!("gcm-actions-note") }</p>
                    </details>
                </>
            }
        }
        Ref::Target(_) | Ref::Goal(_) => {
            let children = data.children(r);
            let label = if matches!(r, Ref::Goal(_)) {
                tr!("ref-targets", count = children.len())
            } else {
                tr!("ref-indicators", count = children.len())
            };
            html! {
                <details open={full}>
                    <summary>{ label }</summary>
                    <ul class="ref-children">
                        { for children.iter().map(|c| html! {
                            <li>{ ref_link(c) }{ " " }{ official_text(c) }</li>
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
                <p class="ref-note">{ tr!("ref-repeated") }{ " " }
                    { for others.iter().enumerate().map(|(k, o)| html! { <>{ if k > 0 { ", " } else { "" } }{ ref_link(o) }</> }) }
                </p>
            }
        }
    }
}
