//! Browser tests of the reference picker and the mapping exercise, in
//! headless Chromium.
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features ui --test browser_mapping
//! ```
//!
//! The harness is the one of `tests/browser.rs`: each test mounts its
//! component into a fresh `div`, waits for Yew with
//! `yew::scheduler::flush()` (never a sleep), asserts through selectors
//! scoped to that `div`, then destroys the app and removes the `div`. Typing
//! and keys are dispatched as the browser's own `input` and `keydown` events.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::prelude::HashRouter;

use cca_lab::domain::curriculum::StepKind;
use cca_lab::domain::mapping::{Framework, MappingExercise};
use cca_lab::domain::progress::{MappingAttempt, MappingProgress};
use cca_lab::domain::reference::{Ref, reference};
use cca_lab::ui::components::mapping::MappingExerciseView;
use cca_lab::ui::components::picker::RefPicker;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

// ---------------------------------------------------------------------------
// Helpers (as in tests/browser.rs)

/// Runs `body` as a JavaScript function of `el` and `arg`.
fn js(el: &Element, arg: &str, body: &str) {
    js_sys::Function::new_with_args("el, arg", body)
        .call2(&JsValue::NULL, el, &JsValue::from_str(arg))
        .unwrap();
}

/// Types `value` into `input` as a user would: the value, then an `input`
/// event.
async fn type_into(input: &Element, value: &str) {
    input.unchecked_ref::<HtmlInputElement>().set_value(value);
    js(
        input,
        "",
        "el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }))",
    );
    yew::scheduler::flush().await;
}

/// Presses `key` in `el`: a cancelable, bubbling `keydown`. Returns whether
/// the app cancelled its default action.
async fn press(el: &Element, key: &str) -> bool {
    let cancelled = Rc::new(RefCell::new(false));
    let seen = cancelled.clone();
    let _l = gloo::events::EventListener::new(&document(), "keydown", move |e| {
        *seen.borrow_mut() = e.default_prevented();
    });
    js(
        el,
        key,
        "el.dispatchEvent(new KeyboardEvent('keydown', { key: arg, bubbles: true, cancelable: true }))",
    );
    yew::scheduler::flush().await;
    *cancelled.borrow()
}

/// Chooses `value` in a `<select>`, as a user would.
async fn select(el: &Element, value: &str) {
    js(
        el,
        value,
        "el.value = arg; el.dispatchEvent(new Event('change', { bubbles: true }))",
    );
    yew::scheduler::flush().await;
}

fn r(s: &str) -> Ref {
    Ref::parse(s).unwrap()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------
// The picker, in a host that keeps its chosen references as the app does

type Log = Rc<RefCell<Vec<String>>>;

#[derive(Properties, PartialEq)]
struct HostProps {
    frameworks: Vec<Framework>,
    #[prop_or_default]
    initial: Vec<Ref>,
    log: Log,
    #[prop_or_default]
    disabled: bool,
}

#[component]
fn Host(props: &HostProps) -> Html {
    let chosen = use_state(|| props.initial.clone());
    let on_add = {
        let (chosen, log) = (chosen.clone(), props.log.clone());
        Callback::from(move |r: Ref| {
            log.borrow_mut().push(format!("add {r}"));
            let mut v = (*chosen).clone();
            v.push(r);
            chosen.set(v);
        })
    };
    let on_remove = {
        let (chosen, log) = (chosen.clone(), props.log.clone());
        Callback::from(move |r: Ref| {
            log.borrow_mut().push(format!("remove {r}"));
            chosen.set(chosen.iter().filter(|x| **x != r).cloned().collect());
        })
    };
    html! {
        <RefPicker id="pk" label="Cheaper remittances" frameworks={props.frameworks.clone()}
            chosen={(*chosen).clone()} {on_add} {on_remove} disabled={props.disabled} />
    }
}

async fn mount_picker(frameworks: &[Framework], initial: &[&str]) -> (Mounted<Host>, Log) {
    let log = Log::default();
    let m = Mounted::<Host>::new(HostProps {
        frameworks: frameworks.to_vec(),
        initial: initial.iter().map(|s| r(s)).collect(),
        log: log.clone(),
        disabled: false,
    })
    .await;
    (m, log)
}

impl Mounted<Host> {
    fn input(&self) -> Element {
        self.get("#pk-input")
    }

    /// The `data-ref` of every option offered.
    fn offered(&self) -> Vec<String> {
        self.all("#pk-listbox [role=option]")
            .iter()
            .map(|o| attr(o, "data-ref").unwrap())
            .collect()
    }

    fn chips(&self) -> Vec<String> {
        self.all(".chips > li")
            .iter()
            .map(|o| attr(o, "data-ref").unwrap())
            .collect()
    }

    fn status(&self) -> String {
        self.text("#pk-status")
    }

    fn expanded(&self) -> bool {
        attr(&self.input(), "aria-expanded").as_deref() == Some("true")
    }

    fn active(&self) -> Option<String> {
        attr(&self.input(), "aria-activedescendant")
    }
}

const ALL: [Framework; 3] = Framework::ALL;
const SDG: [Framework; 2] = [Framework::SdgTargets, Framework::SdgIndicators];

#[wasm_bindgen_test]
async fn picker_is_a_combobox_with_a_listbox() {
    let (m, _) = mount_picker(&ALL, &[]).await;
    let input = m.input();
    assert_eq!(
        m.text("label[for=pk-input]"),
        "Add a reference for: Cheaper remittances"
    );
    assert_eq!(attr(&input, "role").as_deref(), Some("combobox"));
    assert_eq!(attr(&input, "aria-controls").as_deref(), Some("pk-listbox"));
    assert_eq!(attr(&input, "aria-autocomplete").as_deref(), Some("list"));
    assert_eq!(attr(&input, "aria-describedby").as_deref(), Some("pk-hint"));
    assert!(m.text("#pk-hint").contains("gcm 6, 10.7, 10.7.2"));
    assert_eq!(attr(&input, "autocomplete").as_deref(), Some("off"));
    // Closed: the listbox exists (aria-controls names it) but is hidden.
    assert!(!m.expanded());
    assert_eq!(m.active(), None);
    let listbox = m.get("#pk-listbox");
    assert_eq!(attr(&listbox, "role").as_deref(), Some("listbox"));
    assert!(listbox.has_attribute("hidden"));
    assert_eq!(m.text(".chips-empty"), "Nothing chosen yet.");
    let status = m.get("#pk-status");
    assert_eq!(attr(&status, "role").as_deref(), Some("status"));
    assert_eq!(attr(&status, "aria-live").as_deref(), Some("polite"));
    assert_eq!(text(&status), "");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn typing_a_code_lists_it_first_with_its_indicators() {
    let (m, log) = mount_picker(&ALL, &[]).await;
    type_into(&m.input(), "10.7").await;
    let target = r("sdg:10.7");
    let mut want = vec![target.to_string()];
    want.extend(
        reference()
            .children(&target)
            .iter()
            .map(ToString::to_string),
    );
    assert_eq!(m.offered(), want);
    assert!(m.expanded());
    assert!(!m.get("#pk-listbox").has_attribute("hidden"));
    assert_eq!(m.status(), format!("{} results.", want.len()));
    // Each option shows the code and the official text.
    let first = m.get("#pk-opt-0");
    assert_eq!(attr(&first, "role").as_deref(), Some("option"));
    assert_eq!(text(&get(&first, ".opt-code")), "SDG target 10.7");
    assert_eq!(
        text(&get(&first, ".opt-text")),
        reference().text(&target).unwrap()
    );
    // No option is active until an arrow key moves to one.
    assert_eq!(m.active(), None);
    assert!(m.all("[aria-selected=true]").is_empty());
    assert!(log.borrow().is_empty());

    // Other spellings of codes.
    type_into(&m.input(), "sdg:10.7.2").await;
    assert_eq!(m.offered(), ["sdg:10.7.2"]);
    assert_eq!(m.status(), "1 result.");
    type_into(&m.input(), "gcm 6").await;
    assert_eq!(m.offered(), ["gcm:6"]);
    type_into(&m.input(), "objective 6").await;
    assert_eq!(m.offered(), ["gcm:6"]);
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_active_option_and_enter_adds_it() {
    let (m, log) = mount_picker(&ALL, &[]).await;
    let input = m.input();
    type_into(&input, "10.7").await;
    let n = m.offered().len();

    assert!(press(&input, "ArrowDown").await);
    assert_eq!(m.active().as_deref(), Some("pk-opt-0"));
    let opt = m.get("#pk-opt-0");
    assert_eq!(attr(&opt, "aria-selected").as_deref(), Some("true"));
    assert!(opt.class_list().contains("is-active"));
    assert_eq!(m.all("[aria-selected=true]").len(), 1);
    // The preview shows the full official text and the parent goal.
    let preview = m.text("#pk-preview");
    assert!(preview.contains(reference().text(&r("sdg:10.7")).unwrap()));
    assert!(
        preview.contains(&format!(
            "Under SDG 10: {}",
            reference().text(&r("sdg:10")).unwrap()
        )),
        "{preview}"
    );

    // Down, up; up from the first wraps to the last; End, Home.
    press(&input, "ArrowDown").await;
    assert_eq!(m.active().as_deref(), Some("pk-opt-1"));
    assert!(m.text("#pk-preview").contains(&format!(
        "Under SDG target 10.7: {}",
        reference().text(&r("sdg:10.7")).unwrap()
    )));
    press(&input, "ArrowUp").await;
    press(&input, "ArrowUp").await;
    assert_eq!(m.active(), Some(format!("pk-opt-{}", n - 1)));
    press(&input, "ArrowDown").await;
    assert_eq!(m.active().as_deref(), Some("pk-opt-0"));
    press(&input, "End").await;
    assert_eq!(m.active(), Some(format!("pk-opt-{}", n - 1)));
    press(&input, "Home").await;
    assert_eq!(m.active().as_deref(), Some("pk-opt-0"));

    // Enter adds the active option; the typed code is cleared for the next.
    assert!(press(&input, "Enter").await);
    assert_eq!(*log.borrow(), ["add sdg:10.7"]);
    assert_eq!(m.chips(), ["sdg:10.7"]);
    let status = m.status();
    assert!(
        status.starts_with("Added SDG target 10.7: Facilitate orderly"),
        "{status}"
    );
    assert!(status.ends_with('…'), "{status}");
    assert_eq!(input.unchecked_ref::<HtmlInputElement>().value(), "");
    assert!(!m.expanded());

    // The chip: label, short text, and a labelled remove button.
    let chip = m.get(".chips > li");
    assert_eq!(text(&get(&chip, ".chip-label")), "SDG target 10.7");
    assert!(text(&get(&chip, ".chip-text")).starts_with("Facilitate orderly"));
    let button = get(&chip, "button");
    assert_eq!(
        attr(&button, "aria-label").as_deref(),
        Some("Remove SDG target 10.7")
    );

    // Typing it again marks it as chosen; Enter does not add it twice.
    type_into(&input, "10.7").await;
    let first = m.get("#pk-opt-0");
    assert!(first.class_list().contains("is-chosen"));
    assert!(text(&first).contains("chosen"));
    press(&input, "ArrowDown").await;
    press(&input, "Enter").await;
    assert_eq!(log.borrow().len(), 1);
    assert_eq!(m.status(), "SDG target 10.7 is already chosen.");

    // Enter with no active option adds the code typed.
    type_into(&input, "10.7.2").await;
    press(&input, "Enter").await;
    assert_eq!(log.borrow().last().unwrap(), "add sdg:10.7.2");
    assert_eq!(m.chips(), ["sdg:10.7", "sdg:10.7.2"]);

    // Escape closes the list; a second Escape clears the input.
    type_into(&input, "remittances").await;
    press(&input, "ArrowDown").await;
    assert!(m.expanded());
    assert!(press(&input, "Escape").await);
    assert!(!m.expanded());
    assert_eq!(m.active(), None);
    assert!(m.get("#pk-listbox").has_attribute("hidden"));
    assert_eq!(
        input.unchecked_ref::<HtmlInputElement>().value(),
        "remittances"
    );
    press(&input, "Escape").await;
    assert_eq!(input.unchecked_ref::<HtmlInputElement>().value(), "");
    // ArrowDown reopens.
    type_into(&input, "remittances").await;
    press(&input, "Escape").await;
    press(&input, "ArrowDown").await;
    assert!(m.expanded());
    assert_eq!(m.active().as_deref(), Some("pk-opt-0"));
    // Other keys are left to the input.
    assert!(!press(&input, "a").await);
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn words_find_references_and_a_click_adds_one() {
    let (m, log) = mount_picker(&ALL, &[]).await;
    let input = m.input();
    type_into(&input, "remittances").await;
    let offered = m.offered();
    assert!(offered.contains(&"sdg:10.c".to_string()), "{offered:?}");
    assert!(offered.contains(&"gcm:20".to_string()), "{offered:?}");
    assert!(offered.len() <= 30);
    assert!(m.status().ends_with("results."), "{}", m.status());

    let i = offered.iter().position(|s| s == "sdg:10.c").unwrap();
    m.click(&format!("#pk-opt-{i}")).await;
    assert_eq!(*log.borrow(), ["add sdg:10.c"]);
    assert_eq!(m.chips(), ["sdg:10.c"]);
    // A word search stays open, to add more; the added one is marked.
    assert!(m.expanded());
    assert_eq!(
        input.unchecked_ref::<HtmlInputElement>().value(),
        "remittances"
    );
    assert!(
        m.get(&format!("#pk-opt-{i}"))
            .class_list()
            .contains("is-chosen")
    );
    assert_eq!(m.active(), Some(format!("pk-opt-{i}")));

    // Nothing found: said visibly and in the live region.
    type_into(&input, "zzzqx").await;
    assert!(m.offered().is_empty());
    assert!(!m.expanded());
    assert_eq!(m.status(), "No results.");
    assert!(m.text(".picker-empty").contains("Nothing matches “zzzqx”"));
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn a_gcm_only_picker_never_offers_sdg_references() {
    let (m, _) = mount_picker(&[Framework::Gcm], &[]).await;
    let input = m.input();
    for q in [
        "10.7",
        "sdg 10.7.2",
        "migrant workers",
        "remittances",
        "6",
        "10",
    ] {
        type_into(&input, q).await;
        let offered = m.offered();
        assert!(
            offered.iter().all(|s| s.starts_with("gcm:")),
            "{q}: {offered:?}"
        );
    }
    type_into(&input, "6").await;
    assert_eq!(m.offered(), ["gcm:6"]);
    type_into(&input, "10.7").await;
    assert!(m.offered().is_empty());
    // The filter offers the objectives, and no goals.
    let options: Vec<String> = m
        .all("#pk-filter option")
        .iter()
        .map(|o| attr(o, "value").unwrap())
        .collect();
    assert_eq!(options, ["", "gcm"]);
    // An SDG-only picker never offers GCM objectives, nor goals.
    let (s, _) = mount_picker(&SDG, &[]).await;
    for q in ["gcm 6", "6", "objective 20", "remittances", "sdg 10"] {
        type_into(&s.input(), q).await;
        let offered = s.offered();
        assert!(
            offered
                .iter()
                .all(|x| x.starts_with("sdg:") && x.contains('.')),
            "{q}: {offered:?}"
        );
    }
    type_into(&s.input(), "gcm 6").await;
    assert!(s.offered().is_empty());
    assert_eq!(s.all("#pk-filter option[value=gcm]").len(), 0);
    assert_eq!(s.all("#pk-filter option").len(), 18);
    s.unmount().await;
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn the_filter_browses_a_goal_or_the_objectives_without_typing() {
    let (m, log) = mount_picker(&[Framework::Gcm, Framework::SdgTargets], &[]).await;
    let filter = m.get("#pk-filter");
    assert_eq!(m.text("label[for=pk-filter]"), "Browse");
    assert!(text(&filter).contains("SDG 10: Reduced inequalities"));
    select(&filter, "10").await;
    let targets: Vec<String> = reference()
        .children(&r("sdg:10"))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(targets.len(), 10);
    assert_eq!(m.offered(), targets);
    assert!(m.expanded());
    assert_eq!(m.status(), "10 results.");

    // Browse and add two without typing; the list stays.
    let input = m.input();
    press(&input, "ArrowDown").await;
    press(&input, "End").await;
    press(&input, "Enter").await;
    press(&input, "ArrowUp").await;
    press(&input, "Enter").await;
    assert_eq!(*log.borrow(), ["add sdg:10.c", "add sdg:10.b"]);
    assert!(m.expanded());

    // The goal narrows a word search too.
    type_into(&input, "migration").await;
    let offered = m.offered();
    assert!(!offered.is_empty());
    assert!(
        offered.iter().all(|s| s.starts_with("sdg:10.")),
        "{offered:?}"
    );

    // All 23 objectives.
    type_into(&input, "").await;
    select(&filter, "gcm").await;
    let offered = m.offered();
    assert_eq!(offered.len(), 23);
    assert_eq!(offered[0], "gcm:1");
    assert_eq!(offered[22], "gcm:23");
    assert_eq!(m.status(), "23 results.");

    // Back to everything: an empty query lists nothing.
    select(&filter, "").await;
    assert!(m.offered().is_empty());
    assert!(!m.expanded());
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn chips_can_be_removed_by_button_or_backspace() {
    let (m, log) = mount_picker(&ALL, &["gcm:6", "sdg:10.7", "sdg:8.8"]).await;
    assert_eq!(m.chips(), ["gcm:6", "sdg:10.7", "sdg:8.8"]);
    assert_eq!(
        attr(&m.get(".chips"), "aria-label").as_deref(),
        Some("Chosen for: Cheaper remittances")
    );
    // A GCM objective's chip shows its short label.
    let gcm = m.get(".chips > li[data-ref='gcm:6'] .chip-text");
    assert_eq!(text(&gcm), reference().objective(6).unwrap().short_label_en);
    let labels: Vec<String> = m
        .all(".chips button")
        .iter()
        .map(|b| attr(b, "aria-label").unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "Remove GCM objective 6",
            "Remove SDG target 10.7",
            "Remove SDG target 8.8"
        ]
    );

    m.click("button[aria-label='Remove SDG target 10.7']").await;
    assert_eq!(*log.borrow(), ["remove sdg:10.7"]);
    assert_eq!(m.chips(), ["gcm:6", "sdg:8.8"]);
    assert_eq!(m.status(), "Removed SDG target 10.7");
    // Focus moves to the next chip's button, not to the page.
    let focused = document().active_element().unwrap();
    assert_eq!(
        attr(&focused, "aria-label").as_deref(),
        Some("Remove SDG target 8.8")
    );

    // Backspace in the empty input removes the last chip.
    let input = m.input();
    press(&input, "Backspace").await;
    assert_eq!(m.chips(), ["gcm:6"]);
    assert_eq!(m.status(), "Removed SDG target 8.8");
    // ... but not while there is text to delete.
    type_into(&input, "ab").await;
    assert!(!press(&input, "Backspace").await);
    assert_eq!(m.chips(), ["gcm:6"]);

    // Removing the last one leaves focus in the input.
    m.click("button[aria-label='Remove GCM objective 6']").await;
    assert!(m.chips().is_empty());
    assert_eq!(
        document().active_element().and_then(|e| attr(&e, "id")),
        Some("pk-input".to_string())
    );
    assert_eq!(m.text(".chips-empty"), "Nothing chosen yet.");
    assert_eq!(
        *log.borrow(),
        ["remove sdg:10.7", "remove sdg:8.8", "remove gcm:6"]
    );
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn leaving_the_picker_closes_the_list_and_the_mouse_keeps_focus() {
    let (m, _) = mount_picker(&ALL, &[]).await;
    let outside = document().create_element("button").unwrap();
    document().body().unwrap().append_child(&outside).unwrap();
    let input = m.input();
    input.unchecked_ref::<HtmlElement>().focus().unwrap();
    type_into(&input, "remittances").await;
    press(&input, "ArrowDown").await;
    assert!(m.expanded());

    // Pressing the mouse on an option does not take the focus away.
    let cancelled = Rc::new(RefCell::new(false));
    let seen = cancelled.clone();
    let _l = gloo::events::EventListener::new(&document(), "mousedown", move |e| {
        *seen.borrow_mut() = e.default_prevented();
    });
    js(
        &m.get("#pk-opt-0"),
        "",
        "el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))",
    );
    assert!(*cancelled.borrow());

    // Moving to the filter keeps the list; leaving the picker closes it.
    m.get("#pk-filter")
        .unchecked_ref::<HtmlElement>()
        .focus()
        .unwrap();
    yew::scheduler::flush().await;
    assert!(m.expanded());
    outside.unchecked_ref::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    assert!(!m.expanded());
    assert_eq!(m.active(), None);
    outside.remove();
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn a_disabled_picker_shows_chips_only() {
    let log = Log::default();
    let m = Mounted::<Host>::new(HostProps {
        frameworks: ALL.to_vec(),
        initial: vec![r("gcm:20")],
        log,
        disabled: true,
    })
    .await;
    assert_eq!(m.all(".chips > li").len(), 1);
    assert!(!m.has("input"));
    assert!(!m.has("select"));
    assert!(!m.has("button"));
    m.unmount().await;
}

// ---------------------------------------------------------------------------
// The mapping exercise

const BASICS: &str = r#"title = "Basics"

[[lesson]]
id = "l"
title = "Lesson"

[[lesson.step]]
id = "map"
kind = "mapping"
prompt = "Map each priority to the *GCM objectives* and SDG targets."
frameworks = ["gcm", "sdg_targets"]

[[lesson.step.priority]]
id = "remittances"
text = "Make sending money home cheaper."
source = "A fictional plan, pillar 1"
expected = [
  { ref = "gcm:20", rationale = "Objective 20 is about **remittances**." },
  { ref = "sdg:10.c", rationale = "Target 10.c names their transaction costs; see [target 10.c](sdg:10.c)." },
]
partial = [
  { ref = "sdg:17.3", credit = 0.5, rationale = "Its indicator 17.3.2 measures the volume of remittances." },
]

[[lesson.step.priority]]
id = "roads"
text = "Resurface the national road network."
expected = []
"#;

/// The mapping exercise of a tiny in-memory curriculum, loaded and checked
/// as the app does.
fn exercise() -> Rc<MappingExercise> {
    match demo_steps(BASICS).remove(0).kind {
        StepKind::Mapping(ex) => Rc::new(ex),
        _ => panic!("not a mapping step"),
    }
}

type Answers = BTreeMap<String, Vec<Ref>>;
type Drafts = Rc<RefCell<Vec<(String, Vec<Ref>)>>>;
type Submits = Rc<RefCell<Vec<(Answers, f64)>>>;

#[derive(Properties, PartialEq)]
struct MapHostProps {
    saved: Option<MappingProgress>,
    drafts: Drafts,
    submits: Submits,
    /// Turns the exercise's `hints` on.
    hints: bool,
}

/// The exercise inside a router, for the reference links in rationales.
#[component]
fn MapHost(props: &MapHostProps) -> Html {
    let hints = props.hints;
    let exercise = use_memo(hints, |hints| {
        let mut ex = exercise();
        Rc::make_mut(&mut ex).hints = *hints;
        ex
    });
    let on_draft = {
        let d = props.drafts.clone();
        Callback::from(move |x| d.borrow_mut().push(x))
    };
    let on_submit = {
        let s = props.submits.clone();
        Callback::from(move |x| s.borrow_mut().push(x))
    };
    html! {
        <HashRouter>
            <MappingExerciseView exercise={(*exercise).clone()} dom_id="m" saved={props.saved.clone()}
                {on_draft} {on_submit} base="curricula/demo/en/" />
        </HashRouter>
    }
}

struct MapTest {
    m: Mounted<MapHost>,
    drafts: Drafts,
    submits: Submits,
}

async fn mount_mapping(saved: Option<MappingProgress>) -> MapTest {
    mount_mapping_with(saved, false).await
}

async fn mount_mapping_with(saved: Option<MappingProgress>, hints: bool) -> MapTest {
    let drafts = Rc::default();
    let submits = Rc::default();
    let m = Mounted::<MapHost>::new(MapHostProps {
        saved,
        drafts: Rc::clone(&drafts),
        submits: Rc::clone(&submits),
        hints,
    })
    .await;
    MapTest { m, drafts, submits }
}

impl MapTest {
    /// Types a code into a priority's picker and presses Enter.
    async fn add(&self, priority: &str, code: &str) {
        let input = self.m.get(&format!("#m-{priority}-input"));
        type_into(&input, code).await;
        assert!(press(&input, "Enter").await);
    }

    fn chips(&self, priority: &str) -> Vec<String> {
        self.m
            .all(&format!("#m-{priority} .chips > li"))
            .iter()
            .map(|o| attr(o, "data-ref").unwrap())
            .collect()
    }

    fn button(&self) -> Element {
        self.m.get(".mapping-actions button")
    }

    fn result(&self) -> String {
        self.m.text(".mapping-result[role=status]")
    }

    /// (heading, [data-ref]) of each explanation group of a priority.
    fn groups(&self, priority: &str) -> Vec<(String, Vec<String>)> {
        self.m
            .all(&format!("li[data-priority={priority}] .verdict-group"))
            .iter()
            .map(|g| {
                let items = g.query_selector_all("li").unwrap();
                let refs = (0..items.length())
                    .filter_map(|i| items.item(i))
                    .map(|n| attr(n.unchecked_ref(), "data-ref").unwrap())
                    .collect();
                (text(&get(g, "h4")), refs)
            })
            .collect()
    }

    fn item(&self, priority: &str, group: &str, code: &str) -> String {
        self.m.text(&format!(
            "li[data-priority={priority}] .verdict-group.{group} li[data-ref='{code}']"
        ))
    }
}

#[wasm_bindgen_test]
async fn mapping_shows_the_prompt_priorities_and_pickers() {
    let t = mount_mapping(None).await;
    let m = &t.m;
    assert_eq!(m.text(".mapping-prompt em"), "GCM objectives");
    assert_eq!(
        m.text(".mapping-frameworks"),
        "Map to: GCM objectives, SDG targets."
    );
    let headings: Vec<String> = m.all(".priority h3").iter().map(text).collect();
    assert_eq!(
        headings,
        [
            "Priority 1: Make sending money home cheaper.",
            "Priority 2: Resurface the national road network."
        ]
    );
    assert_eq!(
        m.text(".priority-source"),
        "Source: A fictional plan, pillar 1"
    );
    assert_eq!(
        m.text("label[for=m-remittances-input]"),
        "Add a reference for: Make sending money home cheaper."
    );
    assert_eq!(text(&t.button()), "Submit");
    assert_eq!(t.result(), "");
    assert_eq!(m.text(".scoring-help summary"), "How scoring works");
    let help = m.text(".scoring-help");
    for part in [
        "1 if the answer key expects it",
        "0.5",
        "0.25",
        "precision",
        "recall",
        "F1",
        "mean F1",
    ] {
        assert!(help.contains(part), "{part}: {help}");
    }
    assert!(!m.has(".attempts"));
    // The filter offers only the exercise's frameworks: no indicators.
    type_into(&m.get("#m-remittances-input"), "10.7").await;
    let offered: Vec<String> = m
        .all("#m-remittances-listbox [role=option]")
        .iter()
        .map(|o| attr(o, "data-ref").unwrap())
        .collect();
    assert_eq!(offered, ["sdg:10.7"]);
    t.m.unmount().await;
}

#[wasm_bindgen_test]
async fn hints_show_only_when_the_curriculum_turns_them_on_and_until_submit() {
    // Off (the default): no Hints button.
    let t = mount_mapping(None).await;
    assert!(!t.m.has(".priority .ws-suggest button"));
    t.m.unmount().await;
    // On: one Hints button per priority, named by its number …
    let t = mount_mapping_with(None, true).await;
    let labels: Vec<String> =
        t.m.all(".priority .ws-suggest button")
            .iter()
            .map(|b| attr(b, "aria-label").unwrap())
            .collect();
    assert_eq!(labels, ["Hints for priority 1", "Hints for priority 2"]);
    // … and none once the answers are submitted.
    t.button().unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(!t.m.has(".priority .ws-suggest button"));
    t.m.unmount().await;
}

#[wasm_bindgen_test]
async fn mapping_submit_scores_and_explains_each_priority() {
    let t = mount_mapping(None).await;
    t.add("remittances", "gcm 20").await;
    t.add("remittances", "17.3").await;
    t.add("remittances", "10.7").await;
    t.add("roads", "gcm 1").await;
    assert_eq!(t.chips("remittances"), ["gcm:20", "sdg:17.3", "sdg:10.7"]);
    assert_eq!(t.chips("roads"), ["gcm:1"]);
    // Every change is saved as a draft.
    assert_eq!(
        *t.drafts.borrow(),
        [
            ("remittances".to_string(), vec![r("gcm:20")]),
            ("remittances".to_string(), vec![r("gcm:20"), r("sdg:17.3")]),
            (
                "remittances".to_string(),
                vec![r("gcm:20"), r("sdg:17.3"), r("sdg:10.7")]
            ),
            ("roads".to_string(), vec![r("gcm:1")]),
        ]
    );
    assert!(t.submits.borrow().is_empty());
    assert!(
        !t.m.has(".mapping-analytics"),
        "no analytics before submitting"
    );

    click_as_user(&t.button()).await;
    // The analytics of the learner's own answers follow the explanation:
    // gcm:20 and gcm:1 are addressed, so 21 objectives are gaps.
    assert!(t.m.has(".mapping-analytics"));
    assert!(
        t.m.text(".mapping-analytics").contains("2 of 23"),
        "{}",
        t.m.text(".mapping-analytics")
    );
    // remittances: credits 1 + 0.5 + 0.25 of 3 chosen, 1 + 0.25 of 2
    // expected; roads: one extra. Mean F1 = (0.603 + 0) / 2.
    {
        let submits = t.submits.borrow();
        assert_eq!(submits.len(), 1);
        let (answers, score) = &submits[0];
        assert_eq!(
            answers.keys().cloned().collect::<Vec<_>>(),
            strings(&["remittances", "roads"])
        );
        assert_eq!(answers["roads"], [r("gcm:1")]);
        let p = 1.75 / 3.0;
        let rc = 1.25 / 2.0;
        let f1 = 2.0 * p * rc / (p + rc);
        assert!((score - f1 / 2.0).abs() < 1e-9, "{score}");
    }
    assert_eq!(
        t.result(),
        "Score 30\u{a0}% — precision 44\u{a0}%, recall 63\u{a0}%."
    );
    assert_eq!(
        attr(&t.m.get(".mapping-result"), "aria-live").as_deref(),
        Some("polite")
    );
    assert!(t.m.get(".mapping").class_list().contains("is-submitted"));

    // Per priority: F1 and what was right, partly right, missed, extra.
    assert_eq!(
        t.m.text("li[data-priority=remittances] .priority-score"),
        "F1 60\u{a0}% — precision 58\u{a0}%, recall 63\u{a0}%."
    );
    assert_eq!(
        t.groups("remittances"),
        [
            ("Right (1)".to_string(), strings(&["gcm:20"])),
            (
                "Partly right (2)".to_string(),
                strings(&["sdg:17.3", "sdg:10.7"])
            ),
            ("Missed (1)".to_string(), strings(&["sdg:10.c"])),
        ]
    );
    let right = t.item("remittances", "right", "gcm:20");
    assert!(right.starts_with("GCM objective 20"), "{right}");
    assert!(
        right.contains(reference().text(&r("gcm:20")).unwrap()),
        "{right}"
    );
    assert!(
        right.contains("Objective 20 is about remittances."),
        "{right}"
    );
    let keyed = t.item("remittances", "partly", "sdg:17.3");
    assert!(
        keyed.contains("Partly right (accepted by the key) — credit 0.5."),
        "{keyed}"
    );
    assert!(keyed.contains("Its indicator 17.3.2 measures"), "{keyed}");
    let goal = t.item("remittances", "partly", "sdg:10.7");
    assert!(
        goal.contains(
            "Partly right (the right goal) — credit 0.25, for the expected SDG target 10.c."
        ),
        "{goal}"
    );
    assert!(
        goal.contains("Target 10.c names their transaction costs"),
        "{goal}"
    );
    let missed = t.item("remittances", "missed", "sdg:10.c");
    assert!(
        missed.contains("Partly found through SDG target 10.7."),
        "{missed}"
    );
    assert!(
        missed.contains(reference().text(&r("sdg:10.c")).unwrap()),
        "{missed}"
    );
    // The rationale's reference link leads to the reference page.
    let link =
        t.m.get("li[data-priority=remittances] .missed .rationale a");
    assert_eq!(text(&link), "target 10.c");
    assert_eq!(attr(&link, "href").as_deref(), Some("#/ref/sdg%3A10.c"));

    assert_eq!(
        t.m.text("li[data-priority=roads] .priority-score"),
        "F1 0\u{a0}% — precision 0\u{a0}%, recall not defined (nothing expected)."
    );
    assert_eq!(
        t.groups("roads"),
        [("Not expected (1)".to_string(), strings(&["gcm:1"]))]
    );

    // The pickers are read-only; the chips stay.
    assert!(
        !t.m.has(".priorities input"),
        "the pickers are disabled after submitting"
    );
    assert!(!t.m.has(".chips button"));
    assert_eq!(t.chips("remittances"), ["gcm:20", "sdg:17.3", "sdg:10.7"]);
    assert_eq!(text(&t.button()), "Try again");
    t.m.unmount().await;
}

#[wasm_bindgen_test]
async fn try_again_keeps_the_choices_and_reenables_editing() {
    let t = mount_mapping(None).await;
    t.add("remittances", "gcm 20").await;
    t.add("remittances", "10.c").await;
    click_as_user(&t.button()).await;
    // A perfect priority and an empty one that expects nothing.
    assert_eq!(
        t.result(),
        "Score 100\u{a0}% — precision 100\u{a0}%, recall 100\u{a0}%."
    );
    assert!(
        t.m.text("li[data-priority=roads] .priority-result")
            .contains("Nothing to map here, and you chose nothing: right.")
    );
    assert!(
        !t.m.has(".priorities input"),
        "the pickers are disabled after submitting"
    );

    let focused = t.button();
    click_as_user(&t.button()).await;
    assert_eq!(text(&t.button()), "Submit");
    // The same button: focus is not lost.
    assert!(focused.is_same_node(Some(&t.button())));
    assert_eq!(t.result(), "");
    assert!(!t.m.has(".priority-result"));
    assert!(!t.m.get(".mapping").class_list().contains("is-submitted"));
    assert_eq!(t.chips("remittances"), ["gcm:20", "sdg:10.c"]);
    assert_eq!(t.m.all(".chips button").len(), 2);
    assert!(t.m.has("#m-remittances-input"));

    // Edit and submit again.
    t.m.click("button[aria-label='Remove SDG target 10.c']")
        .await;
    assert_eq!(
        t.drafts.borrow().last().unwrap(),
        &("remittances".to_string(), vec![r("gcm:20")])
    );
    click_as_user(&t.button()).await;
    assert_eq!(t.submits.borrow().len(), 2);
    assert_eq!(
        t.result(),
        "Score 83\u{a0}% — precision 100\u{a0}%, recall 50\u{a0}%."
    );
    t.m.unmount().await;
}

#[wasm_bindgen_test]
async fn a_saved_draft_is_restored_for_editing() {
    let saved = MappingProgress {
        draft: [
            ("remittances".to_string(), vec![r("sdg:10.c"), r("gcm:20")]),
            ("roads".to_string(), vec![]),
        ]
        .into_iter()
        .collect(),
        attempts: vec![MappingAttempt {
            answers: [("remittances".to_string(), vec![r("gcm:1")])]
                .into_iter()
                .collect(),
            score: 0.25,
        }],
    };
    let t = mount_mapping(Some(saved)).await;
    assert_eq!(t.chips("remittances"), ["sdg:10.c", "gcm:20"]);
    assert!(t.chips("roads").is_empty());
    // The draft differs from the last attempt: still editing.
    assert_eq!(text(&t.button()), "Submit");
    assert!(t.m.has("#m-remittances-input"));
    assert_eq!(t.result(), "");
    // Past attempts are listed with their scores.
    assert_eq!(t.m.text(".attempts h3"), "Your attempts");
    assert_eq!(
        t.m.all(".attempts li").iter().map(text).collect::<Vec<_>>(),
        ["Score 25\u{a0}%"]
    );
    // Adding to a restored draft saves the whole list.
    t.add("remittances", "gcm 6").await;
    assert_eq!(
        *t.drafts.borrow(),
        [(
            "remittances".to_string(),
            vec![r("sdg:10.c"), r("gcm:20"), r("gcm:6")]
        )]
    );
    t.m.unmount().await;
}

#[wasm_bindgen_test]
async fn reopening_after_a_submit_shows_its_result() {
    let answers: Answers = [
        ("remittances".to_string(), vec![r("gcm:20")]),
        ("roads".to_string(), vec![]),
    ]
    .into_iter()
    .collect();
    let saved = MappingProgress {
        draft: answers.clone(),
        attempts: vec![
            MappingAttempt {
                answers: BTreeMap::new(),
                score: 0.5,
            },
            MappingAttempt {
                answers,
                score: 5.0 / 6.0,
            },
        ],
    };
    let t = mount_mapping(Some(saved)).await;
    assert_eq!(text(&t.button()), "Try again");
    assert_eq!(
        t.result(),
        "Score 83\u{a0}% — precision 100\u{a0}%, recall 50\u{a0}%."
    );
    assert!(
        !t.m.has(".priorities input"),
        "the pickers are disabled after submitting"
    );
    assert_eq!(
        t.m.all(".attempts li").iter().map(text).collect::<Vec<_>>(),
        ["Score 50\u{a0}%", "Score 83\u{a0}%"]
    );
    assert!(t.submits.borrow().is_empty());
    t.m.unmount().await;
}
