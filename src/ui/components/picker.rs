//! The reference picker: find GCM objectives and SDG targets or indicators
//! by code or words and choose them, from the keyboard, without dragging.
//!
//! It follows the WAI-ARIA 1.2 "combobox with listbox popup" pattern, with
//! list autocomplete and no automatic selection:
//!
//! - the text input has `role="combobox"`, `aria-expanded`,
//!   `aria-controls` (the listbox) and `aria-activedescendant` (the active
//!   option); focus stays in the input while the arrow keys move a visual
//!   focus through the options;
//! - keys: ↓ / ↑ open the list or move the active option (wrapping), Home /
//!   End jump to the first / last option once one is active, Enter adds the
//!   active option (or the code typed, when it names an allowed entry),
//!   Escape closes the list and, pressed again, clears the input, Backspace
//!   in an empty input removes the last chip;
//! - a click or tap on an option adds it (the list keeps the input's focus);
//! - the active option's full official text and its parents are shown
//!   beside the list, so it can be read before it is chosen;
//! - a polite live region announces the number of results, and what was
//!   added or removed.
//!
//! An empty query with a filter (an SDG goal, or GCM objectives) lists that
//! goal's targets and indicators, or all objectives, so nothing has to be
//! typed. Adding keeps the list open (to add several); an input that named
//! the added code is cleared for the next one.

use crate::tr;
use crate::ui::components::refcard::official_text;
use crate::ui::i18n::ref_label;
use yew::prelude::*;

use crate::domain::mapping::Framework;
use crate::domain::reference::{Ref, is_loaded, reference};

/// At most this many results for words (a typed code lists all it contains).
const LIMIT: usize = 30;

/// Props of [`RefPicker`].
#[derive(Properties, PartialEq)]
pub struct RefPickerProps {
    /// A unique prefix for the ids of its form controls.
    pub id: AttrValue,
    /// What the references are chosen for (a priority's text), for labels.
    pub label: AttrValue,
    /// The frameworks whose references can be chosen.
    pub frameworks: Vec<Framework>,
    /// The references chosen so far, in order.
    pub chosen: Vec<Ref>,
    /// Called to add a reference.
    pub on_add: Callback<Ref>,
    /// Called to remove a reference.
    pub on_remove: Callback<Ref>,
    /// When true, the chips are shown but nothing can be changed.
    #[prop_or_default]
    pub disabled: bool,
}

/// What the filter narrows the results to.
#[derive(Clone, Copy, PartialEq, Default)]
enum Narrow {
    #[default]
    All,
    Gcm,
    Goal(u8),
}

/// The picker's own state.
#[derive(Clone, PartialEq, Default)]
struct Ui {
    query: String,
    narrow: Narrow,
    /// Whether the list is shown (when it has results).
    open: bool,
    /// The active option's index.
    active: Option<usize>,
    /// The last thing to announce, replacing the count of results.
    message: Option<String>,
    /// After a chip was removed: its index and reference, to move focus to
    /// its neighbour once it is gone.
    refocus: Option<(usize, Ref)>,
}

/// `text` cut to about `n` characters at a word boundary, with "…".
pub(crate) fn short(text: &str, n: usize) -> String {
    match text.char_indices().nth(n) {
        None => text.to_string(),
        Some((end, _)) => {
            let cut = &text[..end];
            let cut = cut.rsplit_once(' ').map_or(cut, |(a, _)| a);
            format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
        }
    }
}

/// "SDG target 10.7: Facilitate orderly, safe…", for announcements.
fn describe(r: &Ref) -> String {
    format!(
        "{}: {}",
        ref_label(r),
        short(reference().text(r).unwrap_or_default(), 60)
    )
}

/// The references a query and filter offer, in order, and whether more
/// were found than shown.
fn find(query: &str, narrow: Narrow, frameworks: &[Framework]) -> (Vec<Ref>, bool) {
    let data = reference();
    let ok = |r: &Ref| {
        Framework::of(r).is_some_and(|f| frameworks.contains(&f))
            && match narrow {
                Narrow::All => true,
                Narrow::Gcm => matches!(r, Ref::Gcm(_)),
                Narrow::Goal(g) => r.goal() == Some(g),
            }
    };
    let q = query.trim();
    // A code lists the entry and what it contains; a bare number is both a
    // GCM objective and a goal.
    let codes: Vec<Ref> = if q.is_empty() {
        match narrow {
            Narrow::All => Vec::new(),
            Narrow::Gcm => data
                .objectives()
                .iter()
                .map(|o| Ref::Gcm(o.number))
                .collect(),
            Narrow::Goal(g) => vec![Ref::Goal(g)],
        }
    } else if let Ok(n) = q.parse::<u8>() {
        vec![Ref::Gcm(n), Ref::Goal(n)]
    } else {
        Ref::parse_loose(q).into_iter().collect()
    };
    let mut all = Vec::new();
    for r in codes.into_iter().filter(|r| data.contains(r)) {
        let children = data.children(&r);
        all.push(r);
        for c in children {
            let grand = data.children(&c);
            all.push(c);
            all.extend(grand);
        }
    }
    let typed = !all.is_empty() || q.is_empty();
    if !typed {
        all = data.search(q, usize::MAX);
    }
    let mut out: Vec<Ref> = Vec::new();
    for r in all {
        if ok(&r) && !out.contains(&r) {
            out.push(r);
        }
    }
    let more = !typed && out.len() > LIMIT;
    if more {
        out.truncate(LIMIT);
    }
    (out, more)
}

/// Chosen references as chips, and a search to add more.
#[component]
pub fn RefPicker(props: &RefPickerProps) -> Html {
    let ui = use_state(Ui::default);
    let input_ref = use_node_ref();
    let list_ref = use_node_ref();
    let found = {
        let deps = (
            ui.query.clone(),
            ui.narrow,
            props.frameworks.clone(),
            is_loaded(),
        );
        use_memo(deps, |(q, n, f, _)| find(q, *n, f))
    };
    let results = &found.0;
    let id = &props.id;
    let sub = |part: &str| format!("{id}-{part}");
    let opt_id = |i: usize| sub(&format!("opt-{i}"));
    let rm_id = |i: usize| sub(&format!("rm-{i}"));
    let active = ui.active.filter(|&i| i < results.len());
    let expanded = ui.open && !results.is_empty() && !props.disabled;

    // Keep the active option in view inside the scrolling list.
    {
        let list_ref = list_ref.clone();
        let target = active.filter(|_| expanded).map(opt_id);
        use_effect_with(target, move |target| {
            let list = list_ref.cast::<web_sys::HtmlElement>();
            let opt = target
                .as_ref()
                .and_then(|t| gloo::utils::document().get_element_by_id(t))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let (Some(list), Some(opt)) = (list, opt) {
                let (top, bottom) = (opt.offset_top(), opt.offset_top() + opt.offset_height());
                if top < list.scroll_top() {
                    list.set_scroll_top(top);
                } else if bottom > list.scroll_top() + list.client_height() {
                    list.set_scroll_top(bottom - list.client_height());
                }
            }
        });
    }
    // Once a removed chip is gone, focus its neighbour's button, or the input.
    {
        let ui = ui.clone();
        let input_ref = input_ref.clone();
        let ids: Vec<String> = (0..props.chosen.len()).map(rm_id).collect();
        let chosen = props.chosen.clone();
        use_effect_with((ui.refocus.clone(), chosen), move |(refocus, chosen)| {
            if let Some((i, r)) = refocus
                && !chosen.contains(r)
            {
                let next = ids
                    .get((*i).min(ids.len().saturating_sub(1)))
                    .and_then(|id| gloo::utils::document().get_element_by_id(id))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                    .or_else(|| input_ref.cast::<web_sys::HtmlElement>());
                if let Some(e) = next {
                    let _ = e.focus();
                }
                let mut s = (*ui).clone();
                s.refocus = None;
                ui.set(s);
            }
        });
    }

    let choose = {
        let ui = ui.clone();
        let on_add = props.on_add.clone();
        let chosen = props.chosen.clone();
        // The reference, and the option to make active (after a click).
        Callback::from(move |(r, at): (Ref, Option<usize>)| {
            let mut s = (*ui).clone();
            s.active = at.or(s.active);
            if chosen.contains(&r) {
                s.message = Some(tr!("picker-already", reference = ref_label(&r)));
            } else {
                s.message = Some(tr!("picker-added", reference = describe(&r)));
                if Ref::parse_loose(&s.query).as_ref() == Some(&r) {
                    s.query.clear();
                    s.active = None;
                }
                on_add.emit(r);
            }
            ui.set(s);
        })
    };
    let remove = {
        let ui = ui.clone();
        let on_remove = props.on_remove.clone();
        Callback::from(move |(i, r): (usize, Ref)| {
            let mut s = (*ui).clone();
            s.message = Some(tr!("picker-removed", reference = ref_label(&r)));
            s.refocus = Some((i, r.clone()));
            ui.set(s);
            on_remove.emit(r);
        })
    };
    let oninput = {
        let ui = ui.clone();
        Callback::from(move |e: InputEvent| {
            let mut s = (*ui).clone();
            s.query = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            s.open = true;
            s.active = None;
            s.message = None;
            ui.set(s);
        })
    };
    let onkeydown = {
        let ui = ui.clone();
        let found = found.clone();
        let choose = choose.clone();
        let chosen = props.chosen.clone();
        let on_remove = props.on_remove.clone();
        Callback::from(move |e: KeyboardEvent| {
            let results = &found.0;
            let n = results.len();
            let mut s = (*ui).clone();
            let shown = s.open && n > 0;
            let cur = s.active.filter(|&i| i < n);
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if n > 0 => {
                    let down = e.key() == "ArrowDown";
                    s.active = if e.alt_key() {
                        cur
                    } else {
                        Some(match (shown.then_some(cur).flatten(), down) {
                            (None, true) => 0,
                            (None, false) => n - 1,
                            (Some(i), true) => (i + 1) % n,
                            (Some(i), false) => (i + n - 1) % n,
                        })
                    };
                    s.open = true;
                }
                "Home" | "End" if shown && cur.is_some() => {
                    s.active = Some(if e.key() == "Home" { 0 } else { n - 1 });
                }
                "Enter" => {
                    e.prevent_default();
                    let typed = Ref::parse_loose(&s.query).filter(|r| results.contains(r));
                    if let Some(r) = shown
                        .then(|| cur.and_then(|i| results.get(i).cloned()))
                        .flatten()
                        .or(typed)
                    {
                        choose.emit((r, None));
                    }
                    return;
                }
                "Escape" if shown => {
                    s.open = false;
                    s.active = None;
                }
                "Escape" if !s.query.is_empty() => {
                    s.query.clear();
                    s.active = None;
                    s.message = None;
                }
                "Backspace" if s.query.is_empty() && !e.repeat() => {
                    if let Some(r) = chosen.last() {
                        s.message = Some(tr!("picker-removed", reference = ref_label(r)));
                        on_remove.emit(r.clone());
                    }
                    ui.set(s);
                    return;
                }
                _ => return,
            }
            e.prevent_default();
            ui.set(s);
        })
    };
    let onchange = {
        let ui = ui.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let mut s = (*ui).clone();
            s.narrow = match v.as_str() {
                "gcm" => Narrow::Gcm,
                v => v.parse().map_or(Narrow::All, Narrow::Goal),
            };
            s.open = true;
            s.active = None;
            s.message = None;
            ui.set(s);
        })
    };
    // Leaving the picker closes the list; focus moving between its own
    // controls keeps it.
    let onfocusout = {
        let ui = ui.clone();
        Callback::from(move |e: FocusEvent| {
            let inside = match (e.current_target(), e.related_target()) {
                (Some(me), Some(to)) => {
                    let me: web_sys::Node = wasm_bindgen::JsCast::unchecked_into(me);
                    me.contains(wasm_bindgen::JsCast::dyn_ref::<web_sys::Node>(&to))
                }
                _ => false,
            };
            if !inside && ui.open {
                let mut s = (*ui).clone();
                s.open = false;
                s.active = None;
                ui.set(s);
            }
        })
    };

    let data = reference();
    let sdg_tr = crate::ui::i18n::sdg_translations();
    let status = match (&ui.message, results.len()) {
        (Some(m), _) => m.clone(),
        _ if !ui.open || (ui.query.trim().is_empty() && ui.narrow == Narrow::All) => String::new(),
        (None, n) if n > 1 && found.1 => tr!("picker-first-results", count = n),
        (None, n) => tr!("picker-results", count = n),
    };
    let gcm = props.frameworks.contains(&Framework::Gcm);
    let sdg = props.frameworks.iter().any(|f| *f != Framework::Gcm);
    let examples: Vec<&str> = [
        (gcm, "gcm 6"),
        (props.frameworks.contains(&Framework::SdgTargets), "10.7"),
        (
            props.frameworks.contains(&Framework::SdgIndicators),
            "10.7.2",
        ),
    ]
    .into_iter()
    .filter_map(|(on, e)| on.then_some(e))
    .collect();
    let kinds: Vec<String> = props
        .frameworks
        .iter()
        .map(|f| crate::ui::i18n::framework_label(*f))
        .collect();

    let chips = html! {
        <ul class="chips" id={sub("chips")} aria-label={tr!("picker-chosen-for", label = props.label.to_string())}>
            { for props.chosen.iter().enumerate().map(|(i, r)| {
                let text = data.text(r).unwrap_or_default();
                let brief = match r {
                    Ref::Gcm(n) => data.objective(*n).map(|o| o.short_label_en.clone()).unwrap_or_default(),
                    _ => short(text, 48),
                };
                let onclick = {
                    let remove = remove.clone();
                    let r = r.clone();
                    Callback::from(move |_: MouseEvent| remove.emit((i, r.clone())))
                };
                html! {
                    <li class={if matches!(r, Ref::Gcm(_)) { "chip gcm" } else { "chip sdg" }} data-ref={r.to_string()}>
                        <span class="chip-body">
                            <span class="chip-label">{ ref_label(r) }</span>
                            <span class="chip-text" lang="en" dir="ltr" title={text.to_string()}>{ brief }</span>
                        </span>
                        if !props.disabled {
                            <button type="button" class="chip-remove" id={rm_id(i)} aria-label={tr!("picker-remove", reference = ref_label(r))} {onclick}>
                                <span aria-hidden="true">{ "×" }</span>
                            </button>
                        }
                    </li>
                }
            }) }
        </ul>
    };
    if props.disabled {
        return html! {
            <div class="picker is-disabled" id={id.clone()}>
                if props.chosen.is_empty() { <p class="chips-empty">{ tr!("picker-nothing-chosen") }</p> } else { { chips } }
            </div>
        };
    }

    let preview = active.and_then(|i| results.get(i)).map(|r| {
        let parents: Vec<Ref> = data.ancestry(r).into_iter().skip(1).collect();
        html! {
            <>
                <p class="preview-label"><strong>{ ref_label(r) }</strong>
                    if props.chosen.contains(r) { { " · " }{ tr!("picker-chosen") } }
                </p>
                <p class="preview-text">{ official_text(r) }</p>
                { for parents.iter().map(|p| html! {
                    <p class="preview-parent">{ tr!("ref-under") }{ " " }{ ref_label(p) }{ ": " }{ official_text(p) }</p>
                }) }
            </>
        }
    });
    let nothing = ui.open && results.is_empty() && !ui.query.trim().is_empty();

    html! {
        <div class="picker" id={id.clone()} {onfocusout}>
            if props.chosen.is_empty() {
                <p class="chips-empty">{ tr!("picker-nothing-yet") }</p>
            } else {
                { chips }
            }
            <div class="picker-controls">
                <div class="picker-search">
                    // The priority is usually just above: only screen readers
                    // hear it again.
                    <label for={sub("input")}>{ tr!("picker-add") }<span class="visually-hidden">{ " " }{ tr!("picker-for", label = props.label.to_string()) }</span></label>
                    <input id={sub("input")} type="text" role="combobox" autocomplete="off" spellcheck="false"
                        ref={input_ref}
                        aria-autocomplete="list"
                        aria-expanded={expanded.to_string()}
                        aria-controls={sub("listbox")}
                        aria-activedescendant={active.filter(|_| expanded).map(opt_id)}
                        aria-describedby={sub("hint")}
                        value={ui.query.clone()} {oninput} {onkeydown} />
                    <p class="picker-hint" id={sub("hint")}>
                        { tr!("picker-hint", kinds = kinds.join(", "), examples = examples.join(", ")) }
                    </p>
                </div>
                <div class="picker-filter">
                    <label for={sub("filter")}>{ tr!("picker-browse") }</label>
                    <select id={sub("filter")} {onchange}>
                        <option value="" selected={ui.narrow == Narrow::All}>{ tr!("picker-everything") }</option>
                        if gcm {
                            <option value="gcm" selected={ui.narrow == Narrow::Gcm}>{ tr!("framework-gcm") }</option>
                        }
                        if sdg {
                            { for data.goals().iter().map(|g| html! {
                                <option value={g.number.to_string()} selected={ui.narrow == Narrow::Goal(g.number)}>{ format!("{}: {}", ref_label(&Ref::Goal(g.number)), crate::domain::reference::translations::goal_short(data, sdg_tr.as_deref(), crate::ui::i18n::code(), g.number).map(|s| s.0).unwrap_or_default()) }</option>
                            }) }
                        }
                    </select>
                </div>
            </div>
            // Pressing the mouse in the list or the preview keeps the focus
            // (and the list) in the input.
            <div class={if expanded { "picker-popup is-open" } else { "picker-popup" }}
                onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}>
                <ul class="picker-results" id={sub("listbox")} role="listbox" ref={list_ref}
                    aria-label={tr!("picker-references-for", label = props.label.to_string())}
                    hidden={!expanded}>
                    { for results.iter().enumerate().map(|(i, r)| {
                        let is_active = active == Some(i);
                        let is_chosen = props.chosen.contains(r);
                        let onclick = {
                            let choose = choose.clone();
                            let r = r.clone();
                            Callback::from(move |_: MouseEvent| choose.emit((r.clone(), Some(i))))
                        };
                        html! {
                            <li role="option" id={opt_id(i)} data-ref={r.to_string()}
                                class={classes!("picker-option", is_active.then_some("is-active"), is_chosen.then_some("is-chosen"))}
                                aria-selected={is_active.then_some("true")} {onclick}>
                                <span class="opt-code">{ ref_label(r) }</span>
                                if is_chosen {
                                    <span class="opt-chosen"><span aria-hidden="true">{ "✓ " }</span>{ tr!("picker-chosen") }</span>
                                }
                                <span class="opt-text">{ official_text(r) }</span>
                            </li>
                        }
                    }) }
                </ul>
                if expanded {
                    <div class="picker-preview" id={sub("preview")}>
                        { preview.unwrap_or_else(|| html! { <p class="preview-empty">{ tr!("picker-preview-empty") }</p> }) }
                    </div>
                }
            </div>
            if nothing {
                <p class="picker-empty">{ tr!("picker-nothing-matches", query = ui.query.trim(), example = examples.first().copied().unwrap_or("10.7")) }</p>
            }
            <p class="visually-hidden" role="status" aria-live="polite" id={sub("status")}>{ status }</p>
        </div>
    }
}
