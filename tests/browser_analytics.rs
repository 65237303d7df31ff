//! Browser tests of the analytics views, workspace storage and the
//! workspace pages, in headless Chromium.
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features ui --test browser_analytics
//! ```
//!
//! The harness is that of `tests/browser.rs`: each test mounts into a fresh
//! `div`, waits for Yew with `yew::scheduler::flush()` (never a sleep) or,
//! where the app waits on a file read, on DOM mutations ([`wait_for`]),
//! asserts through selectors scoped to that `div`, then unmounts. Figures
//! are compared with what `domain::analytics::analyse` computes.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement};

use cca_lab::domain::analytics::{Mapped, analyse};
use cca_lab::domain::reference::{Ref, reference};
use cca_lab::domain::workspace::{ImportKind, Workspace, WsLink, WsPriority};
use cca_lab::ui::App;
use cca_lab::ui::components::analytics::{
    AnalyticsView, AnalyticsViewProps, coverage_summary, percent,
};
use cca_lab::ui::services::timing::ANALYTICS_MEASURE;
use cca_lab::ui::services::workspaces::{self as store, WORKSPACE_PREFIX};

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

// ---------------------------------------------------------------------------
// Helpers (as in tests/browser.rs)

/// Types `value` into the input or text area `e`, as a user would.
async fn type_into(e: &Element, value: &str) {
    if let Some(t) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(value);
    } else {
        e.unchecked_ref::<HtmlInputElement>().set_value(value);
    }
    fire(e, "input");
    yew::scheduler::flush().await;
}

fn fire(e: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    e.dispatch_event(&event).unwrap();
}

/// Chooses a file named `name` holding `content` in the file input `e`.
fn choose_file(e: &Element, name: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
    let dt = web_sys::DataTransfer::new().unwrap();
    dt.items().add_with_file(&file).unwrap();
    e.unchecked_ref::<HtmlInputElement>()
        .set_files(dt.files().as_ref());
    fire(e, "change");
}

fn workspace_keys() -> Vec<String> {
    app_keys()
        .into_iter()
        .filter(|k| k.starts_with(WORKSPACE_PREFIX))
        .collect()
}

/// Mounts the whole app at the hash-router address `hash` (`#/workspaces`).
async fn mount_app_at(hash: &str) -> Mounted<App> {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(hash))
        .unwrap();
    Mounted::<App>::new(()).await
}

async fn leave_app(m: Mounted<App>) {
    m.unmount().await;
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some("#/"))
        .unwrap();
}

fn r(code: &str) -> Ref {
    Ref::parse(code).unwrap()
}

fn mapped(id: &str, refs: &[&str]) -> Mapped {
    Mapped {
        id: id.into(),
        text: format!("priority {id}"),
        refs: refs.iter().map(|s| r(s)).collect(),
    }
}

/// A plan with shared references, a priority with two links under one
/// goal and an unlinked priority.
fn plan() -> Vec<Mapped> {
    vec![
        mapped("a", &["gcm:20", "sdg:10.c", "sdg:10.c.1"]),
        mapped("b", &["gcm:6", "sdg:10.7.1", "sdg:8.8", "gcm:20"]),
        mapped("c", &["gcm:20", "sdg:17.3", "sdg:10.7"]),
        mapped("d", &[]),
    ]
}

async fn mount_analytics(priorities: Vec<Mapped>) -> Mounted<AnalyticsView> {
    Mounted::<AnalyticsView>::new(AnalyticsViewProps {
        priorities: Rc::new(priorities),
        dom_id: "t".into(),
        heading_level: 2,
    })
    .await
}

fn sample_workspace() -> Workspace {
    let mut ws = Workspace::new("Ardenia NDP");
    ws.priorities = vec![
        WsPriority {
            id: "p1".into(),
            text: "Lower the cost of sending remittances".into(),
            source: Some("NDP, pillar 3".into()),
            links: vec![
                WsLink {
                    reference: r("gcm:20"),
                    note: "remittance costs".into(),
                },
                WsLink {
                    reference: r("sdg:10.c"),
                    note: String::new(),
                },
            ],
        },
        WsPriority {
            id: "p2".into(),
            text: "Fair recruitment".into(),
            source: None,
            links: vec![WsLink {
                reference: r("gcm:6"),
                note: String::new(),
            }],
        },
        WsPriority {
            id: "p3".into(),
            text: "Road safety".into(),
            source: None,
            links: Vec::new(),
        },
    ];
    ws
}

fn stored(id: &str) -> Workspace {
    let text = local_storage()
        .get_item(&store::key(id))
        .unwrap()
        .unwrap_or_else(|| panic!("nothing stored for {id}: {:?}", app_keys()));
    Workspace::from_json(&text).unwrap()
}

// ---------------------------------------------------------------------------
// The analytics views

#[wasm_bindgen_test]
async fn heatmaps_show_the_counts_of_the_analysis() {
    let plan = plan();
    let a = analyse(&plan);
    let m = mount_analytics(plan.clone()).await;

    for (testid, matrix, sdg) in [
        ("coverage-gcm", &a.gcm, false),
        ("coverage-sdg", &a.sdg, true),
    ] {
        let figure = m.get(&format!("[data-testid={testid}]"));
        let svg = get(&figure, "svg[role=img]");
        let summary = coverage_summary(matrix, sdg);
        assert_eq!(attr(&svg, "aria-label").as_deref(), Some(summary.as_str()));
        assert!(!text(&get(&svg, "title")).is_empty());
        assert_eq!(text(&get(&figure, "[data-testid=summary]")), summary);

        // Every non-zero cell carries its number, with an intensity class;
        // zero cells are blank.
        assert_eq!(all(&svg, "g.hm-row").len(), plan.len());
        for (p, row) in plan.iter().zip(&matrix.cells) {
            for (c, count) in matrix.columns.iter().zip(row) {
                let sel = format!(
                    "g.hm-row[data-row=\"{}\"] g.hm-cell[data-col=\"{c}\"]",
                    p.id
                );
                match svg.query_selector(&sel).unwrap() {
                    Some(cell) => {
                        assert_eq!(text(&get(&cell, "text")), count.to_string(), "{sel}");
                        assert!(attr(&cell, "class").unwrap().contains(" l"), "{sel}");
                    }
                    None => assert_eq!(*count, 0, "{sel} is missing"),
                }
            }
        }
        let totals: Vec<String> = matrix.column_totals().iter().map(u32::to_string).collect();
        assert_eq!(texts(&all(&svg, "g.hm-totals [data-col] text")), totals);

        // The table holds the same numbers, zeros included.
        let table = get(&figure, "table");
        assert!(text(&get(&table, "caption")).starts_with(&text(&get(&svg, "title"))));
        let head = all(&table, "thead th[scope=col]");
        assert_eq!(head.len(), matrix.columns.len() + 1);
        let rows = all(&table, "tbody tr");
        assert_eq!(rows.len(), plan.len());
        for ((tr, p), counts) in rows.iter().zip(&plan).zip(&matrix.cells) {
            assert_eq!(text(&get(tr, "th[scope=row]")), p.id);
            let want: Vec<String> = counts.iter().map(u32::to_string).collect();
            assert_eq!(texts(&all(tr, "td")), want);
        }
        assert_eq!(texts(&all(&table, "tfoot td")), totals);
    }
    // Spot checks against hand-counted figures.
    assert_eq!(
        text(&m.get(
            "[data-testid=coverage-sdg] g.hm-row[data-row=a] g.hm-cell[data-col=\"sdg:10\"] text"
        )),
        "2"
    );
    assert_eq!(
        text(&m.get("[data-testid=coverage-gcm] [data-testid=summary]")),
        "2 of 23 objectives are addressed; most addressed: Objective 20 (3 priorities) and Objective 6 (1 priority); 21 objectives not addressed."
    );
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn the_table_toggle_shows_and_hides_each_table() {
    let m = mount_analytics(plan()).await;
    for testid in ["coverage-gcm", "coverage-sdg"] {
        let figure = m.get(&format!("[data-testid={testid}]"));
        let button = get(&figure, "button.table-toggle");
        let wrap = get(&figure, ".chart-table");
        assert_eq!(attr(&button, "aria-controls"), attr(&wrap, "id"));
        assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("false"));
        assert_eq!(text(&button), "Show as table");
        assert!(wrap.has_attribute("hidden"));

        click_as_user(&button).await;
        assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("true"));
        assert_eq!(text(&button), "Hide the table");
        assert!(!wrap.has_attribute("hidden"));

        click_as_user(&button).await;
        assert!(wrap.has_attribute("hidden"));
    }
    // Toggling one leaves the other alone.
    m.click("[data-testid=coverage-gcm] button.table-toggle")
        .await;
    assert!(
        m.get("[data-testid=coverage-sdg] .chart-table")
            .has_attribute("hidden")
    );
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn gap_lists_name_the_missing_objectives_and_targets() {
    let plan = plan();
    let a = analyse(&plan);
    let m = mount_analytics(plan).await;
    let data = reference();

    let items = m.all("[data-testid=gaps-gcm] > li");
    let want: Vec<String> = a.gcm_gaps.iter().map(ToString::to_string).collect();
    let got: Vec<String> = items
        .iter()
        .map(|li| attr(li, "data-ref").unwrap())
        .collect();
    assert_eq!(got, want);
    assert_eq!(items.len(), 21);
    let first = data.objective(1).unwrap();
    assert_eq!(
        text(&items[0]),
        format!("Objective 1 · {} — {}", first.short_label_en, first.title)
    );

    let items = m.all("[data-testid=gaps-sdg] > li");
    let want: Vec<String> = a.target_gaps.iter().map(ToString::to_string).collect();
    let got: Vec<String> = items
        .iter()
        .map(|li| attr(li, "data-ref").unwrap())
        .collect();
    assert_eq!(got, want);
    assert!(
        !got.contains(&"sdg:10.7".to_string()),
        "10.7 is reflected through 10.7.1"
    );
    for (li, gap) in items.iter().zip(&a.target_gaps) {
        let code = gap.code();
        let evidence = data
            .migration_relevant_targets()
            .iter()
            .find(|t| t.target == code)
            .unwrap();
        let shown = text(li);
        assert!(
            shown.starts_with(&format!("Target {code} — {}", data.text(gap).unwrap())),
            "{shown}"
        );
        assert!(shown.contains(&evidence.evidence), "{shown}");
        assert!(shown.contains(&evidence.source), "{shown}");
    }
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn the_alignment_toggle_changes_the_figures() {
    let plan = plan();
    let a = analyse(&plan);
    let m = mount_analytics(plan).await;
    let share = || text(&m.get("[data-testid=alignment-share] strong"));
    let bars = || m.all("[data-testid=bars] g.bar-row");
    let rows = || m.all("[data-testid=alignment-table] tbody tr");

    let whole = &a.alignment_all;
    assert_eq!((whole.total, whole.covered), (169, 4));
    assert_eq!(
        share(),
        format!(
            "{} of targets reflected",
            percent(whole.covered, whole.total)
        )
    );
    assert_eq!(share(), "2\u{a0}% of targets reflected");
    assert!(text(&m.get("[data-testid=alignment-share]")).contains("4 of 169 targets"));
    assert_eq!(bars().len(), whole.goals.len());
    assert_eq!(rows().len(), whole.goals.len());
    let g10 = m.get("[data-testid=bars] g.bar-row[data-goal=\"10\"]");
    assert_eq!(text(&get(&g10, ".bar-value")), "2 of 10 (20\u{a0}%)");
    assert_eq!(attr(&get(&g10, "rect.bar"), "width").as_deref(), Some("48"));
    assert!(
        !m.has("[data-testid=bars] g.bar-row[data-goal=\"1\"] rect.bar"),
        "no bar for 0"
    );
    let tr = m
        .all("[data-testid=alignment-table] tbody tr")
        .into_iter()
        .find(|tr| text(&get(tr, "th")).starts_with("Goal 10 · "))
        .unwrap();
    assert_eq!(
        texts(&all(&tr, "td")),
        ["10", "2", "20\u{a0}%", "10.7, 10.c"]
    );
    let listed: Vec<String> = m
        .all("[data-testid=indicators] > li")
        .iter()
        .map(|li| attr(li, "data-target").unwrap())
        .collect();
    assert_eq!(listed, ["8.8", "10.7", "10.c", "17.3"], "in goal order");
    assert_eq!(
        whole.indicators.keys().collect::<Vec<_>>(),
        ["10.7", "10.c", "17.3", "8.8"]
    );
    let ind = m.get("[data-testid=indicators] > li[data-target=\"10.7\"]");
    assert_eq!(all(&ind, "li").len(), whole.indicators["10.7"].len());
    assert!(text(&ind).contains("10.7.2"));

    m.click("input[type=radio][value=migration]").await;
    let mr = &a.alignment_migration;
    assert_eq!((mr.total, mr.covered), (11, 4));
    assert_eq!(share(), "36\u{a0}% of migration-relevant targets reflected");
    assert!(
        text(&m.get("[data-testid=alignment-share]"))
            .contains("4 of 11 migration-relevant targets")
    );
    assert_eq!(bars().len(), mr.goals.len());
    assert_eq!(rows().len(), 7);
    assert_eq!(
        texts(&all(&m.get("[data-testid=alignment-table] tfoot"), "td"))[..3],
        ["11", "4", "36\u{a0}%"]
    );

    m.click("input[type=radio][value=all]").await;
    assert_eq!(share(), "2\u{a0}% of targets reflected");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn interlinkages_list_shared_references_reach_and_unlinked_priorities() {
    let plan = plan();
    let a = analyse(&plan);
    let m = mount_analytics(plan).await;
    let shared = m.all("[data-testid=shared] > li");
    assert_eq!(shared.len(), a.interlinkages.shared.len());
    assert_eq!(attr(&shared[0], "data-ref").as_deref(), Some("gcm:20"));
    assert!(
        text(&shared[0]).ends_with("3 priorities: a, b, c"),
        "{}",
        text(&shared[0])
    );
    let reach: Vec<String> = m
        .all("[data-testid=reach] tbody th")
        .iter()
        .map(text)
        .collect();
    let want: Vec<String> = a
        .interlinkages
        .reach
        .iter()
        .map(|r| r.priority.clone())
        .collect();
    assert_eq!(reach, want);
    assert_eq!(texts(&m.all("[data-testid=unlinked] li")), ["d"]);
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn the_analysis_is_measured_once_per_change_of_priorities() {
    let perf = window().performance().unwrap();
    perf.clear_measures_with_measure_name(ANALYTICS_MEASURE);
    let count = || perf.get_entries_by_name(ANALYTICS_MEASURE).length();
    let mut m = mount_analytics(plan()).await;
    assert_eq!(count(), 1);
    // Equal priorities (a new Rc): nothing is recomputed.
    m.handle.update(AnalyticsViewProps {
        priorities: Rc::new(plan()),
        dom_id: "t".into(),
        heading_level: 2,
    });
    yew::scheduler::flush().await;
    assert_eq!(count(), 1);
    let mut changed = plan();
    changed[3].refs.push(r("gcm:1"));
    m.handle.update(AnalyticsViewProps {
        priorities: Rc::new(changed),
        dom_id: "t".into(),
        heading_level: 2,
    });
    yew::scheduler::flush().await;
    assert_eq!(count(), 2);
    assert!(m.all("[data-testid=unlinked] li").is_empty());
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn no_priorities_shows_summaries_without_charts() {
    let m = mount_analytics(Vec::new()).await;
    assert!(!m.has("svg.heatmap"));
    assert!(!m.has("button.table-toggle"));
    assert_eq!(
        text(&m.get("[data-testid=coverage-gcm] [data-testid=summary]")),
        "None of the 23 objectives is addressed yet."
    );
    assert_eq!(m.all("[data-testid=gaps-gcm] > li").len(), 23);
    assert_eq!(
        text(&m.get("[data-testid=alignment-share] strong")),
        "0\u{a0}% of targets reflected"
    );
    m.unmount().await;
}

// ---------------------------------------------------------------------------
// Storage

#[wasm_bindgen_test]
fn a_workspace_round_trips_through_storage() {
    clear_app_keys();
    let ws = sample_workspace();
    store::save("42", &ws).unwrap();
    assert_eq!(workspace_keys(), ["cca-lab.workspace.42"]);
    assert_eq!(
        local_storage().get_item("cca-lab.workspace.42").unwrap(),
        Some(ws.to_json())
    );
    assert_eq!(store::load("42"), (Some(ws.clone()), None));
    assert_eq!(store::load("43"), (None, None));
    let (list, messages) = store::list();
    assert_eq!(list, [("42".to_string(), ws)]);
    assert!(messages.is_empty());
    store::remove("42");
    assert!(app_keys().is_empty());
}

#[wasm_bindgen_test]
fn a_corrupt_workspace_is_kept_aside() {
    clear_app_keys();
    let good = sample_workspace();
    store::save("1", &good).unwrap();
    let corrupt = "{\"format\": \"cca-lab-workspace\", \"version\": 1, \"priorities\": [oops";
    local_storage()
        .set_item("cca-lab.workspace.2", corrupt)
        .unwrap();

    let (list, messages) = store::list();
    assert_eq!(
        list,
        [("1".to_string(), good.clone())],
        "the readable one is kept"
    );
    assert_eq!(messages.len(), 1, "{messages:?}");
    let keys = workspace_keys();
    let aside: Vec<&String> = keys
        .iter()
        .filter(|k| k.starts_with("cca-lab.workspace.2.aside."))
        .collect();
    assert_eq!(aside.len(), 1, "{keys:?}");
    assert!(
        aside[0]["cca-lab.workspace.2.aside.".len()..]
            .parse::<u64>()
            .is_ok()
    );
    assert_eq!(
        local_storage().get_item(aside[0]).unwrap().as_deref(),
        Some(corrupt)
    );
    assert_eq!(
        local_storage().get_item("cca-lab.workspace.2").unwrap(),
        None
    );
    let m = &messages[0];
    assert!(
        m.starts_with("The saved workspace “2” could not be read: line 1, column "),
        "{m}"
    );
    assert!(m.contains(aside[0].as_str()), "{m}");

    // The copy aside is not listed, and nothing more is reported.
    assert_eq!(store::list(), (vec![("1".to_string(), good)], Vec::new()));
    clear_app_keys();
}

#[wasm_bindgen_test]
fn file_names_come_from_workspace_names() {
    assert_eq!(
        store::file_stem("Ardenia NDP 2024/28"),
        "Ardenia-NDP-2024-28"
    );
    assert_eq!(store::file_stem("  "), "workspace");
    assert_eq!(store::file_stem("Plan d'Ardenie"), "Plan-d-Ardenie");
}

// ---------------------------------------------------------------------------
// The workspaces page

#[wasm_bindgen_test]
async fn the_workspaces_page_creates_a_workspace_from_a_pasted_list() {
    clear_app_keys();
    let m = mount_app_at("#/workspaces").await;
    wait_for(&m.root, "the new-workspace form", || m.has("#ws-paste")).await;
    assert_eq!(text(&m.get("main h1")), "Workspaces");
    assert!(m.all("[data-testid=workspaces] > li").is_empty());

    type_into(&m.get("#ws-name"), "Ardenia NDP").await;
    type_into(
        &m.get("#ws-paste"),
        "Lower remittance costs\n\n  Fair recruitment  \nData on migration\n",
    )
    .await;
    m.click(".workspace-form button[type=submit]").await;

    let items = m.all("[data-testid=workspaces] > li");
    assert_eq!(items.len(), 1, "{}", m.root.inner_html());
    assert_eq!(text(&get(&items[0], "h3")), "Ardenia NDP");
    assert_eq!(
        text(&get(&items[0], ".workspace-facts")),
        "3 priorities · 0 links"
    );
    assert!(text(&m.get("[data-testid=created]")).starts_with("Created “Ardenia NDP”."));
    let keys = workspace_keys();
    assert_eq!(keys.len(), 1, "{keys:?}");
    let id = keys[0].strip_prefix(WORKSPACE_PREFIX).unwrap().to_string();
    assert_eq!(attr(&items[0], "data-workspace"), Some(id.clone()));
    assert_eq!(
        attr(&get(&items[0], "h3 a"), "href"),
        Some(format!("#/w/{id}"))
    );
    let ws = stored(&id);
    assert_eq!(ws.name, "Ardenia NDP");
    assert_eq!(
        ws.priorities
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        [
            "Lower remittance costs",
            "Fair recruitment",
            "Data on migration"
        ]
    );
    // The form is cleared for the next one.
    assert_eq!(
        m.get("#ws-paste")
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value(),
        ""
    );

    // Deleting asks first; cancelling keeps it.
    m.click("[data-testid=workspaces] > li .workspace-actions button")
        .await;
    let confirm = m.get("[data-testid=workspaces] > li .confirm");
    assert!(text(&confirm).contains("Delete “Ardenia NDP” (3 priorities · 0 links)?"));
    assert_eq!(
        document().active_element().as_ref(),
        Some(&confirm),
        "focus moves to the question"
    );
    m.click("[data-testid=workspaces] > li .confirm button.secondary")
        .await;
    assert_eq!(workspace_keys().len(), 1);
    m.click("[data-testid=workspaces] > li .workspace-actions button")
        .await;
    m.click("[data-testid=workspaces] > li .confirm button.danger")
        .await;
    assert!(m.all("[data-testid=workspaces] > li").is_empty());
    assert!(workspace_keys().is_empty());
    leave_app(m).await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn a_malformed_csv_shows_every_problem_and_creates_nothing() {
    clear_app_keys();
    let m = mount_app_at("#/workspaces").await;
    wait_for(&m.root, "the file input", || m.has("#ws-file")).await;
    let csv = "priority_id,priority_text,source,framework,code,official_text,note\n\
               p1,x,,,gcm:6,,\n\
               p1,x,,,gcm:24,,\n\
               p2,y,,,sdg:10.7.9,,\n\
               p3,z\n";
    let want: Vec<String> = Workspace::import("plan", csv, ImportKind::Csv)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        want,
        [
            "line 3, column 8: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
            "line 4, column 8: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
            "line 5, column 5: 2 fields, but the header has 7",
        ]
    );
    choose_file(&m.get("#ws-file"), "plan.csv", csv);
    wait_for(&m.root, "the import errors", || {
        m.has("[data-testid=import-errors]")
    })
    .await;
    let panel = m.get("[data-testid=import-errors]");
    assert_eq!(attr(&panel, "role").as_deref(), Some("alert"));
    assert_eq!(texts(&all(&panel, "li")), want);
    assert!(text(&panel).starts_with("plan.csv could not be imported: 3 problems."));
    assert!(workspace_keys().is_empty());
    assert!(m.all("[data-testid=workspaces] > li").is_empty());

    // With the row fixed, the unknown references are still reported.
    let csv = csv.replace("p3,z\n", "p3,z,,,,,\n");
    choose_file(&m.get("#ws-file"), "plan.csv", &csv);
    wait_for(&m.root, "the new errors", || {
        m.all("[data-testid=import-errors] li").len() == 2
    })
    .await;
    let shown = texts(&m.all("[data-testid=import-errors] li"));
    assert_eq!(
        shown,
        [
            "line 3, column 8: unknown GCM objective gcm:24 — the GCM has 23 objectives, gcm:1 to gcm:23",
            "line 4, column 8: unknown SDG indicator sdg:10.7.9 — did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?",
        ]
    );
    assert!(workspace_keys().is_empty(), "nothing was saved");

    // A good file then creates the workspace, named after the file, and
    // clears the errors.
    choose_file(&m.get("#ws-file"), "Ardenia plan.txt", "Jobs\nHealth\n");
    wait_for(&m.root, "the new workspace", || {
        m.all("[data-testid=workspaces] > li").len() == 1
    })
    .await;
    assert!(!m.has("[data-testid=import-errors]"));
    assert_eq!(text(&m.get("[data-testid=workspaces] h3")), "Ardenia plan");
    assert_eq!(workspace_keys().len(), 1);
    leave_app(m).await;
    clear_app_keys();
}

// ---------------------------------------------------------------------------
// The workspace page and report

#[wasm_bindgen_test]
async fn the_workspace_page_saves_every_change() {
    clear_app_keys();
    store::save("7", &sample_workspace()).unwrap();
    let m = mount_app_at("#/w/7").await;
    wait_for(&m.root, "the workspace", || m.has("#ws-rename")).await;
    assert_eq!(text(&m.get("main h1")), "Ardenia NDP");
    assert_eq!(m.all("[data-testid=priorities] > li").len(), 3);
    assert_eq!(
        texts(&m.all("[data-priority=p1] .ws-links > li .gap-code")),
        ["GCM objective 20", "SDG target 10.c"]
    );
    m.get("[data-testid=analytics]");

    type_into(&m.get("#ws-rename"), "Ardenia plan").await;
    assert_eq!(text(&m.get("main h1")), "Ardenia plan");
    assert_eq!(stored("7").name, "Ardenia plan");

    type_into(
        &m.get("[data-priority=p1] .ws-links li textarea"),
        "cheaper transfers",
    )
    .await;
    assert_eq!(stored("7").priorities[0].links[0].note, "cheaper transfers");

    type_into(&m.get("#ws-p2-text"), "Safer roads").await;
    assert_eq!(stored("7").priorities[2].text, "Safer roads");
    // An emptied text is flagged and not saved.
    type_into(&m.get("#ws-p2-text"), "  ").await;
    assert!(m.has("#ws-p2-text-error"));
    assert_eq!(stored("7").priorities[2].text, "Safer roads");

    type_into(&m.get("#ws-new"), "Consular protection").await;
    m.click(".ws-add button[type=submit]").await;
    let ws = stored("7");
    assert_eq!(ws.priorities.len(), 4);
    assert_eq!(
        (ws.priorities[3].id.as_str(), ws.priorities[3].text.as_str()),
        ("p4", "Consular protection")
    );

    m.click("[data-priority=p2] .ws-priority-actions button")
        .await;
    m.click("[data-priority=p2] .confirm button.danger").await;
    assert_eq!(
        stored("7")
            .priorities
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["p1", "p3", "p4"]
    );
    assert_eq!(
        texts(&m.all("[data-testid=unlinked] li")),
        ["p3", "p4"],
        "the analytics follow"
    );
    leave_app(m).await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn full_storage_shows_a_notice_and_keeps_the_work() {
    clear_app_keys();
    store::save("8", &sample_workspace()).unwrap();
    let m = mount_app_at("#/w/8").await;
    wait_for(&m.root, "the workspace", || m.has("#ws-rename")).await;
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let full = js_sys::Function::new_no_args(
        "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');",
    );
    js_sys::Reflect::set(&proto, &"setItem".into(), &full).unwrap();
    type_into(&m.get("#ws-rename"), "Renamed").await;
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();

    let notice = text(&m.get(".notices [data-testid=notice] p"));
    assert!(
        notice.starts_with("The workspace “Renamed” could not be saved (storage is full)."),
        "{notice}"
    );
    assert_eq!(
        text(&m.get("main h1")),
        "Renamed",
        "the change stays in the page"
    );
    assert_eq!(stored("8").name, "Ardenia NDP");
    // The next change saves everything again.
    type_into(&m.get("#ws-rename"), "Renamed again").await;
    assert_eq!(stored("8").name, "Renamed again");
    leave_app(m).await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn importing_into_a_workspace_replaces_it_after_confirmation() {
    clear_app_keys();
    store::save("9", &sample_workspace()).unwrap();
    let m = mount_app_at("#/w/9").await;
    wait_for(&m.root, "the workspace", || m.has("#ws-replace")).await;

    choose_file(&m.get("#ws-replace"), "bad.csv", "id,title\na,b\n");
    wait_for(&m.root, "the import errors", || {
        m.has("[data-testid=import-errors]")
    })
    .await;
    assert_eq!(
        texts(&m.all("[data-testid=import-errors] li")),
        [
            "line 1: the header has no `text` column; name the column holding the priorities `text` (optional columns: `id`, `source`)"
        ]
    );
    assert!(!m.has("[data-testid=confirm-replace]"));
    assert_eq!(stored("9"), sample_workspace());

    choose_file(&m.get("#ws-replace"), "new.txt", "Jobs\nHealth\n");
    wait_for(&m.root, "the confirmation", || {
        m.has("[data-testid=confirm-replace]")
    })
    .await;
    assert!(!m.has("[data-testid=import-errors]"));
    let confirm = m.get("[data-testid=confirm-replace]");
    assert!(text(&confirm).starts_with(
        "Replace the 3 priorities of “Ardenia NDP” with the 2 priorities in new.txt?"
    ));
    assert_eq!(
        document().active_element().as_ref(),
        Some(&confirm),
        "focus moves to the question"
    );
    m.click("[data-testid=confirm-replace] button.secondary")
        .await;
    assert_eq!(stored("9"), sample_workspace(), "cancelled");

    choose_file(&m.get("#ws-replace"), "new.txt", "Jobs\nHealth\n");
    wait_for(&m.root, "the confirmation", || {
        m.has("[data-testid=confirm-replace]")
    })
    .await;
    m.click("[data-testid=confirm-replace] button.danger").await;
    let ws = stored("9");
    assert_eq!(ws.name, "Ardenia NDP", "the name is kept");
    assert_eq!(
        ws.priorities
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        ["Jobs", "Health"]
    );
    assert_eq!(m.all("[data-testid=priorities] > li").len(), 2);
    assert_eq!(
        m.get("#ws-p0-text")
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value(),
        "Jobs"
    );
    leave_app(m).await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn exports_are_downloads_named_after_the_workspace() {
    clear_app_keys();
    let ws = sample_workspace();
    store::save("10", &ws).unwrap();
    let m = mount_app_at("#/w/10").await;
    wait_for(&m.root, "the workspace", || m.has("#ws-rename")).await;
    // Record downloads instead of starting them.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"HTMLAnchorElement".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"click".into()).unwrap();
    let record = js_sys::Function::new_no_args(
        "(window.__ccaDownloads = window.__ccaDownloads || []).push([this.download, this.href]);",
    );
    js_sys::Reflect::set(&proto, &"click".into(), &record).unwrap();
    m.click(".workspace-actions button:nth-child(1)").await;
    m.click(".workspace-actions button:nth-child(2)").await;
    js_sys::Reflect::set(&proto, &"click".into(), &original).unwrap();

    let downloads = js_sys::Reflect::get(&window(), &"__ccaDownloads".into()).unwrap();
    js_sys::Reflect::delete_property(
        window().unchecked_ref::<js_sys::Object>(),
        &"__ccaDownloads".into(),
    )
    .unwrap();
    let downloads = js_sys::Array::from(&downloads);
    assert_eq!(downloads.length(), 2);
    let mut got = Vec::new();
    for d in downloads.iter() {
        let pair = js_sys::Array::from(&d);
        let name = pair.get(0).as_string().unwrap();
        let href = pair.get(1).as_string().unwrap();
        assert!(href.starts_with("blob:"), "{href}");
        let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&href))
            .await
            .unwrap()
            .unchecked_into();
        let body = JsFuture::from(response.text().unwrap())
            .await
            .unwrap()
            .as_string()
            .unwrap();
        got.push((name, response.headers().get("content-type").unwrap(), body));
    }
    assert_eq!(got[0].0, "Ardenia-NDP.csv");
    assert!(got[0].1.as_deref().unwrap_or("").starts_with("text/csv"));
    // `Response.text()` drops the byte-order mark the file starts with.
    assert_eq!(got[0].2, ws.to_csv());
    assert_eq!(got[1].0, "Ardenia-NDP.json");
    assert_eq!(got[1].2, ws.to_json());
    // What was exported imports back unchanged.
    assert_eq!(
        Workspace::import("x", &got[1].2, ImportKind::Json).unwrap(),
        ws
    );
    assert_eq!(
        Workspace::import("Ardenia NDP", &got[0].2, ImportKind::Csv).unwrap(),
        ws
    );
    leave_app(m).await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn the_report_lists_the_links_with_official_texts_and_notes() {
    clear_app_keys();
    let ws = sample_workspace();
    store::save("11", &ws).unwrap();
    let m = mount_app_at("#/w/11/report").await;
    wait_for(&m.root, "the report", || {
        m.has("[data-testid=report-priorities]")
    })
    .await;
    assert_eq!(text(&m.get("main h1")), "Ardenia NDP");
    assert!(text(&m.get(".report-meta")).contains("3 priorities, 3 links"));
    let p1 = m.get("[data-testid=report-priorities] > li[data-priority=p1]");
    assert!(text(&p1).contains("Lower the cost of sending remittances"));
    assert!(text(&p1).contains("(source: NDP, pillar 3)"));
    let link = get(&p1, "li[data-ref=\"gcm:20\"]");
    assert!(text(&link).contains(reference().text(&r("gcm:20")).unwrap()));
    assert_eq!(text(&get(&link, ".report-note")), "Note: remittance costs");
    assert!(
        !all(&p1, "li[data-ref=\"sdg:10.c\"] .report-note")
            .iter()
            .any(|_| true)
    );
    assert_eq!(text(&m.get("[data-priority=p3] .report-none")), "No link.");
    // The charts, tables and gap lists follow; the print button is there.
    m.get("[data-testid=analytics] [data-testid=coverage-gcm] table");
    m.get("[data-testid=analytics] [data-testid=gaps-gcm]");
    assert_eq!(text(&m.get(".report-tools button")), "Print");
    leave_app(m).await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn an_unknown_workspace_says_so() {
    clear_app_keys();
    let m = mount_app_at("#/w/nope").await;
    wait_for(&m.root, "the page", || {
        m.has("main h1") && text(&m.get("main h1")) != "Workspace"
    })
    .await;
    assert_eq!(text(&m.get("main h1")), "Workspace not found");
    assert!(app_keys().is_empty(), "nothing was written");
    leave_app(m).await;
}
