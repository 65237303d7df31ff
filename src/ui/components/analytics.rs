//! The analytics views, the same for an exercise and a workspace: coverage
//! heatmaps with table views, gap lists, alignment and interlinkages.
//!
//! Charts are SVG drawn here, sized with SVG attributes only (no inline
//! styles, for a strict Content-Security-Policy). Every chart shows its
//! numbers as text, has a text summary and a table, and prints legibly in
//! black and white: numbers and intensity carry the meaning, never colour
//! alone. The markup is built with a few small helpers rather than large
//! `html!` blocks, which keeps the app's download small.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::VTag;

use crate::domain::analytics::{Analysis, Mapped, Matrix, analyse};
use crate::domain::reference::{Ref, reference, translations};
use crate::tr;
use crate::ui::services::timing::{ANALYTICS_MEASURE, measured};

/// Props of [`AnalyticsView`].
#[derive(Properties, PartialEq)]
pub struct AnalyticsViewProps {
    /// The mapped priorities to analyse.
    pub priorities: Rc<Vec<Mapped>>,
    /// A unique prefix for ids.
    pub dom_id: AttrValue,
    /// The level of the section headings (2 on a page, 3 inside a lesson step).
    #[prop_or(2)]
    pub heading_level: u8,
}

/// `covered / total` as a whole percentage in the interface language:
/// `12 %`, `<1 %` for a small non-zero share, `0 %` when `total` is 0.
pub fn percent(covered: usize, total: usize) -> String {
    if total == 0 || covered == 0 {
        return crate::ui::i18n::percent(0);
    }
    match (covered * 200 + total) / (total * 2) {
        0 => tr!("an-percent-below-one"),
        p => crate::ui::i18n::percent(p as i64),
    }
}

/// `a`, `a and b`, `a, b and c` in the interface language.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr!(
            "list-and",
            init = init.join(&tr!("list-separator")),
            last = last.clone()
        ),
    }
}

/// `a, b, c` in the interface language.
pub fn join_list(items: &[String]) -> String {
    items.join(&tr!("list-separator"))
}

/// The official text of `r` in the interface language when translated,
/// else in English, with its language.
fn official(r: &Ref) -> (String, String) {
    let lang = crate::ui::i18n::code();
    let sdg = crate::ui::i18n::sdg_translations();
    translations::shown(reference(), sdg.as_deref(), lang, r)
        .map(|s| (s.text, s.language))
        .unwrap_or_default()
}

/// The short name of a GCM objective or SDG, with its language.
fn short_name(r: &Ref) -> (String, String) {
    let data = reference();
    let lang = crate::ui::i18n::code();
    match r {
        Ref::Gcm(n) => translations::gcm_short_label(data, lang, *n),
        Ref::Goal(n) => {
            let sdg = crate::ui::i18n::sdg_translations();
            translations::goal_short(data, sdg.as_deref(), lang, *n)
        }
        _ => None,
    }
    .unwrap_or_default()
}

/// Text in language `lang` inside text of the interface language.
fn in_lang(text: String, lang: String) -> Html {
    html! { <span lang={lang.clone()} dir={crate::ui::i18n::dir(&lang)}>{ text }</span> }
}

fn heading(level: u8, id: String, text: &str) -> Html {
    let mut h = VTag::new(format!("h{}", level.clamp(1, 6)));
    h.add_attribute("id", id);
    h.add_child(html! { { text } });
    h.into()
}

/// An element (used for SVG) with attributes and children.
fn el(tag: &'static str, attrs: Vec<(&'static str, String)>, children: Html) -> Html {
    let mut t = VTag::new(tag);
    for (k, v) in attrs {
        t.add_attribute(k, v);
    }
    t.add_child(children);
    t.into()
}

/// SVG text centred on `y`, anchored at `x` (`start`, `middle` or `end`).
fn text(class: &'static str, x: usize, y: usize, anchor: &'static str, content: String) -> Html {
    el(
        "text",
        vec![
            ("class", class.into()),
            ("x", x.to_string()),
            ("y", y.to_string()),
            ("text-anchor", anchor.into()),
            ("dominant-baseline", "central".into()),
        ],
        html! { { content } },
    )
}

fn rect(class: &'static str, x: usize, y: usize, w: usize, h: usize) -> Html {
    el(
        "rect",
        vec![
            ("class", class.into()),
            ("x", x.to_string()),
            ("y", y.to_string()),
            ("width", w.to_string()),
            ("height", h.to_string()),
        ],
        Html::default(),
    )
}

/// A table with a caption, header cells, body rows and footer rows.
fn table(testid: &'static str, caption: String, head: Html, body: Html, foot: Html) -> Html {
    html! {
        <table data-testid={testid}>
            <caption>{ caption }</caption>
            <thead><tr>{ head }</tr></thead>
            <tbody>{ body }</tbody>
            <tfoot>{ foot }</tfoot>
        </table>
    }
}

/// Body or footer rows: a row header, then data cells; with `mark`,
/// non-zero cells are marked.
fn table_rows(rows: Vec<(String, Vec<String>)>, mark: bool) -> Html {
    rows.into_iter()
        .map(|(head, cells)| {
            html! {
                <tr>
                    <th scope="row">{ head }</th>
                    { for cells.into_iter().map(|c| html! { <td class={(mark && c != "0").then_some("hit")}>{ c }</td> }) }
                </tr>
            }
        })
        .collect()
}

fn numbers(v: &[u32]) -> Vec<String> {
    v.iter().map(u32::to_string).collect()
}

/// Column headers, from message ids.
fn th_cols(ids: &[&str]) -> Html {
    ids.iter()
        .map(|id| html! { <th scope="col">{ tr!(id) }</th> })
        .collect()
}

/// A reference in a list: its code or label in bold, then its official
/// text (in the interface language when translated).
fn ref_line(label: Html, r: &Ref) -> Html {
    let (text, lang) = official(r);
    html! { <><span class="gap-code">{ label }</span>{ " — " }{ in_lang(text, lang) }</> }
}

/// Every analysis of the priorities.
#[component]
pub fn AnalyticsView(props: &AnalyticsViewProps) -> Html {
    let analysis = use_memo(props.priorities.clone(), |p| {
        measured(ANALYTICS_MEASURE, || analyse(p))
    });
    let gcm_table = use_state(|| false);
    let sdg_table = use_state(|| false);
    let migration = use_state(|| false);
    let ids: Vec<&str> = props.priorities.iter().map(|p| p.id.as_str()).collect();
    let dom = props.dom_id.as_str();
    let h = props.heading_level.clamp(1, 5);
    let a = &*analysis;
    let section = |key: &str, title: &str, body: Html| {
        let id = format!("{dom}-{key}");
        html! { <section aria-labelledby={id.clone()} data-testid={key.to_string()}>{ heading(h, id, title) }{ body }</section> }
    };
    html! {
        <div class="analytics" id={dom.to_string()} data-testid="analytics">
            { section("coverage", &tr!("an-coverage"), html! { <>
                { heatmap(&a.gcm, &ids, false, dom, h + 1, &gcm_table) }
                { heatmap(&a.sdg, &ids, true, dom, h + 1, &sdg_table) }
            </> }) }
            { section("gaps", &tr!("an-gaps"), gaps(a, dom, h + 1)) }
            { section("alignment", &tr!("an-alignment"), alignment(a, dom, h + 1, &migration)) }
            { section("interlinkages", &tr!("an-interlinkages"), interlinkages(a, dom, h + 1)) }
        </div>
    }
}

// ---------------------------------------------------------------------------
// Heatmaps

/// What a column of a matrix is called, "Objective 20" or "Goal 10".
fn column_name(r: &Ref) -> String {
    match r {
        Ref::Gcm(n) => tr!("an-objective", number = *n as usize),
        Ref::Goal(n) => tr!("an-goal", number = *n as usize),
        other => crate::ui::i18n::ref_label(other),
    }
}

/// The text alternative of a coverage matrix: "7 of 23 objectives are
/// addressed; most addressed: Objective 20 (4 priorities), …".
pub fn coverage_summary(m: &Matrix, sdg: bool) -> String {
    let mut totals = m.column_totals();
    let n = totals.len();
    let addressed = totals.iter().filter(|t| **t > 0).count();
    if addressed == 0 {
        return tr!(
            if sdg {
                "an-summary-none-sdg"
            } else {
                "an-summary-none-gcm"
            },
            total = n
        );
    }
    // The three most addressed, ties in column order.
    let mut top = Vec::new();
    while top.len() < 3 {
        let (j, t) =
            totals.iter().enumerate().fold(
                (0, 0),
                |best, (j, t)| if *t > best.1 { (j, *t) } else { best },
            );
        if t == 0 {
            break;
        }
        totals[j] = 0;
        top.push(tr!(
            "an-summary-top",
            name = column_name(&m.columns[j]),
            count = t as usize
        ));
    }
    tr!(
        if sdg {
            "an-summary-sdg"
        } else {
            "an-summary-gcm"
        },
        count = addressed,
        total = n,
        rest = n - addressed,
        most = join_and(&top)
    )
}

const CELL_W: usize = 30;
const CELL_H: usize = 26;
const HEAD_H: usize = 24;

/// A row label short enough for the chart (the table has it in full).
fn short(id: &str) -> String {
    if id.chars().count() <= 10 {
        id.to_string()
    } else {
        format!("{}…", id.chars().take(9).collect::<String>())
    }
}

fn heatmap(
    m: &Matrix,
    ids: &[&str],
    sdg: bool,
    dom: &str,
    level: u8,
    shown: &UseStateHandle<bool>,
) -> Html {
    let key = if sdg { "sdg" } else { "gcm" };
    let dom = format!("{dom}-{key}");
    let title = tr!(if sdg {
        "an-heatmap-sdg"
    } else {
        "an-heatmap-gcm"
    });
    let title = title.as_str();
    let summary = coverage_summary(m, sdg);
    let totals = m.column_totals();
    let (cols, rows) = (m.columns.len(), ids.len().min(m.cells.len()));
    let label_w = ids
        .iter()
        .map(|id| short(id).chars().count())
        .fold(10, usize::max)
        * 8
        + 12;
    let grid_w = cols * CELL_W;
    let grid_h = rows * CELL_H;
    let (width, height) = (label_w + grid_w + 2, HEAD_H + grid_h + CELL_H + 8);
    let max = m.max().max(1);
    let col_x = |j: usize| label_w + j * CELL_W;
    let foot_y = HEAD_H + grid_h + 4 + CELL_H / 2;
    let grid_id = format!("{dom}-grid");

    let mut parts: Vec<Html> = vec![
        html! { <title>{ title }</title> },
        el(
            "defs",
            Vec::new(),
            el(
                "pattern",
                vec![
                    ("id", grid_id.clone()),
                    ("width", CELL_W.to_string()),
                    ("height", CELL_H.to_string()),
                    ("patternUnits", "userSpaceOnUse".into()),
                    ("x", label_w.to_string()),
                    ("y", HEAD_H.to_string()),
                ],
                el(
                    "path",
                    vec![
                        ("d", format!("M {CELL_W} 0 L 0 0 0 {CELL_H}")),
                        ("class", "hm-gridline".into()),
                        ("fill", "none".into()),
                    ],
                    Html::default(),
                ),
            ),
        ),
        el(
            "rect",
            vec![
                ("class", "hm-frame".into()),
                ("x", label_w.to_string()),
                ("y", HEAD_H.to_string()),
                ("width", grid_w.to_string()),
                ("height", grid_h.to_string()),
                ("fill", format!("url(#{grid_id})")),
            ],
            Html::default(),
        ),
    ];
    for (j, c) in m.columns.iter().enumerate() {
        parts.push(text(
            "hm-col",
            col_x(j) + CELL_W / 2,
            HEAD_H / 2,
            "middle",
            c.code().into_owned(),
        ));
    }
    for (i, (id, row)) in ids.iter().zip(&m.cells).enumerate() {
        let y = HEAD_H + i * CELL_H;
        let mut cells = vec![text(
            "hm-label",
            label_w - 6,
            y + CELL_H / 2,
            "end",
            short(id),
        )];
        for (j, count) in row.iter().enumerate().filter(|(_, c)| **c > 0) {
            // Four intensity steps by the share of the largest cell.
            let step = (count * 4).div_ceil(max).clamp(1, 4);
            cells.push(el(
                "g",
                vec![
                    ("class", format!("hm-cell l{step}")),
                    ("data-col", m.columns[j].to_string()),
                ],
                html! { <>
                    { rect("", col_x(j) + 1, y + 1, CELL_W - 2, CELL_H - 2) }
                    { text("", col_x(j) + CELL_W / 2, y + CELL_H / 2, "middle", count.to_string()) }
                </> },
            ));
        }
        parts.push(el(
            "g",
            vec![("class", "hm-row".into()), ("data-row", id.to_string())],
            cells.into_iter().collect(),
        ));
    }
    let mut foot = vec![text(
        "hm-label",
        label_w - 6,
        foot_y,
        "end",
        tr!("an-priorities"),
    )];
    for (j, t) in totals.iter().enumerate() {
        foot.push(el(
            "g",
            vec![("data-col", m.columns[j].to_string())],
            text("", col_x(j) + CELL_W / 2, foot_y, "middle", t.to_string()),
        ));
    }
    parts.push(el(
        "g",
        vec![("class", "hm-totals".into())],
        foot.into_iter().collect(),
    ));

    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    let table_id = format!("{dom}-table");
    let head: Html = std::iter::once(html! { <th scope="col">{ tr!("an-priority") }</th> })
        .chain(m.columns.iter().map(|c| {
            let (short, _) = short_name(c);
            let title = tr!("an-column-title", name = column_name(c), label = short);
            html! { <th scope="col"><abbr {title}>{ c.code().into_owned() }</abbr></th> }
        }))
        .collect();
    let body = table_rows(
        ids.iter()
            .zip(&m.cells)
            .map(|(id, row)| (id.to_string(), numbers(row)))
            .collect(),
        true,
    );
    let foot = table_rows(
        vec![(
            tr!(if sdg {
                "an-totals-sdg"
            } else {
                "an-totals-gcm"
            }),
            numbers(&totals),
        )],
        false,
    );
    html! {
        <div class="heatmap-figure" data-testid={format!("coverage-{key}")}>
            { heading(level, format!("{dom}-title"), title) }
            <p class="chart-summary" data-testid="summary">{ summary.clone() }</p>
            if rows == 0 {
                <p class="empty">{ tr!("an-no-priorities") }</p>
            } else {
                <div class="chart-scroll" tabindex="0" role="group" aria-label={title.to_string()}>
                    <svg class="heatmap" role="img" dir="ltr" aria-label={summary} width={width.to_string()} height={height.to_string()}
                        viewBox={format!("0 0 {width} {height}")}>
                        { for parts }
                    </svg>
                </div>
                <p class="chart-note">
                    { tr!(if sdg { "an-note-sdg" } else { "an-note-gcm" }) }
                </p>
                <button type="button" class="secondary table-toggle" aria-expanded={shown.to_string()} aria-controls={table_id.clone()} onclick={toggle}>
                    { tr!(if **shown { "an-table-hide" } else { "an-table-show" }) }
                </button>
                <div class="table-wrap chart-table" id={table_id} hidden={!**shown}>
                    { table("", tr!("an-table-caption", title = title), head, body, foot) }
                </div>
            }
        </div>
    }
}

// ---------------------------------------------------------------------------
// Gaps

fn gaps(a: &Analysis, dom: &str, level: u8) -> Html {
    let data = reference();
    let mr = data.migration_relevant_targets();
    let gcm: Html = a
        .gcm_gaps
        .iter()
        .filter_map(|r| match r {
            Ref::Gcm(n) => data.objective(*n),
            _ => None,
        })
        .map(|o| {
            let r = Ref::Gcm(o.number);
            let (short, lang) = short_name(&r);
            let label = html! { <>{ tr!("an-objective", number = o.number as usize) }{ " · " }{ in_lang(short, lang) }</> };
            html! {
                <li data-ref={format!("gcm:{}", o.number)}>
                    { ref_line(label, &r) }
                </li>
            }
        })
        .collect();
    let sdg: Html = a
        .target_gaps
        .iter()
        .map(|r| {
            let code = r.code();
            let evidence = mr.iter().find(|m| m.target == code).map(|e| {
                html! {
                    <p class="gap-evidence">
                        { tr!("an-gap-why") }
                        <span lang="en" dir="ltr">{ format!(" ({}, {}): {} ", e.theme, e.evidence_level.replace('_', " "), e.evidence) }</span>
                        { tr!("an-gap-source", source = e.source.clone()) }
                    </p>
                }
            });
            html! { <li data-ref={r.to_string()}>{ ref_line(html! { tr!("an-target", code = code.into_owned()) }, r) }{ evidence }</li> }
        })
        .collect();
    html! {
        <>
            { heading(level, format!("{dom}-gaps-gcm"), &tr!("an-gaps-gcm")) }
            <p>{ if a.gcm_gaps.is_empty() { tr!("an-gaps-gcm-none") } else { tr!("an-gaps-count", count = a.gcm_gaps.len(), total = 23usize) } }</p>
            <ul class="gap-list" data-testid="gaps-gcm">{ gcm }</ul>
            { heading(level, format!("{dom}-gaps-sdg"), &tr!("an-gaps-sdg")) }
            <p>{ if a.target_gaps.is_empty() { tr!("an-gaps-sdg-none") } else { tr!("an-gaps-count", count = a.target_gaps.len(), total = mr.len()) } }</p>
            <ul class="gap-list" data-testid="gaps-sdg">{ sdg }</ul>
        </>
    }
}

// ---------------------------------------------------------------------------
// Alignment

const BAR_LABEL_W: usize = 70;
const BAR_W: usize = 240;
const BAR_H: usize = 24;

fn alignment(an: &Analysis, dom: &str, level: u8, migration: &UseStateHandle<bool>) -> Html {
    let a = if **migration {
        &an.alignment_migration
    } else {
        &an.alignment_all
    };
    let set = if **migration { "migration" } else { "all" };
    let overall = tr!("an-share", share = percent(a.covered, a.total), set = set);
    let choice = |value: bool, label: String| {
        let m = migration.clone();
        let onchange = Callback::from(move |_: Event| m.set(value));
        html! {
            <label>
                <input type="radio" name={format!("{dom}-set")} value={if value { "migration" } else { "all" }} checked={**migration == value} {onchange} />
                { label }
            </label>
        }
    };
    let per_goal: Vec<String> = a
        .goals
        .iter()
        .filter(|g| !g.covered.is_empty())
        .map(|g| {
            tr!(
                "an-goal-covered",
                number = g.goal as usize,
                x = g.covered.len(),
                y = g.total
            )
        })
        .collect();
    let width = BAR_LABEL_W + BAR_W + 110;
    let height = a.goals.len() * BAR_H + 4;
    let chart_title = tr!("an-chart-title", set = set);
    let bars: Html = a
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let y = i * BAR_H + 2;
            let w = g.covered.len() * BAR_W / g.total.max(1);
            let value = tr!(
                "an-bar-value",
                x = g.covered.len(),
                y = g.total,
                share = percent(g.covered.len(), g.total)
            );
            el(
                "g",
                vec![
                    ("class", "bar-row".into()),
                    ("data-goal", g.goal.to_string()),
                ],
                html! { <>
                    { text("", BAR_LABEL_W - 8, y + BAR_H / 2, "end", tr!("an-goal", number = g.goal as usize)) }
                    { rect("bar-track", BAR_LABEL_W, y + 4, BAR_W, BAR_H - 8) }
                    if w > 0 { { rect("bar", BAR_LABEL_W, y + 4, w, BAR_H - 8) } }
                    { text("bar-value", BAR_LABEL_W + BAR_W + 8, y + BAR_H / 2, "start", value) }
                </> },
            )
        })
        .collect();
    let body = table_rows(
        a.goals
            .iter()
            .map(|g| {
                let (short, _) = short_name(&Ref::Goal(g.goal));
                (
                    tr!("an-goal-row", number = g.goal as usize, label = short),
                    vec![
                        g.total.to_string(),
                        g.covered.len().to_string(),
                        percent(g.covered.len(), g.total),
                        g.covered.join(", "),
                    ],
                )
            })
            .collect(),
        false,
    );
    let foot = table_rows(
        vec![(
            tr!("an-all-goals"),
            vec![
                a.total.to_string(),
                a.covered.to_string(),
                percent(a.covered, a.total),
                String::new(),
            ],
        )],
        false,
    );
    // In goal order (8.8 before 10.7), each with its indicators.
    let indicators: Html = a
        .goals
        .iter()
        .flat_map(|g| &g.covered)
        .map(|target| {
            let list = a.indicators.get(target).map(Vec::as_slice).unwrap_or_default();
            let items: Html = list
                .iter()
                .map(|c| html! { <li>{ ref_line(html! { c.clone() }, &Ref::Indicator(c.clone())) }</li> })
                .collect();
            html! {
                <li data-target={target.clone()}>
                    { ref_line(html! { tr!("an-target", code = target.clone()) }, &Ref::Target(target.clone())) }
                    if list.is_empty() { <p>{ tr!("an-no-indicator") }</p> } else { <ul>{ items }</ul> }
                </li>
            }
        })
        .collect();
    html! {
        <>
            <fieldset class="alignment-set">
                <legend>{ tr!("an-measure-against") }</legend>
                { choice(false, format!(" {}", tr!("an-set-all", total = an.alignment_all.total))) }
                { choice(true, format!(" {}", tr!("an-set-migration", total = an.alignment_migration.total))) }
            </fieldset>
            <p class="alignment-share" data-testid="alignment-share" aria-live="polite">
                <strong>{ overall.clone() }</strong>
                { tr!("an-share-detail", x = a.covered, y = a.total, set = set) }
            </p>
            <div class="chart-scroll" tabindex="0" role="group" aria-label={chart_title.clone()}>
                <svg class="bars" role="img" dir="ltr" data-testid="bars" width={width.to_string()} height={height.to_string()} viewBox={format!("0 0 {width} {height}")}
                    aria-label={tr!("an-bars-label", share = overall, list = if per_goal.is_empty() { tr!("an-bars-none") } else { join_and(&per_goal) })}>
                    <title>{ chart_title.clone() }</title>
                    { bars }
                </svg>
            </div>
            <div class="table-wrap">
                { table("alignment-table", chart_title, th_cols(&["an-col-goal", "an-col-targets", "an-col-reflected", "an-col-share", "an-col-targets-reflected"]), body, foot) }
            </div>
            { heading(level, format!("{dom}-indicators"), &tr!("an-indicators")) }
            if a.indicators.is_empty() {
                <p>{ tr!("an-none-reflected", set = set) }</p>
            }
            <ul class="indicator-list" data-testid="indicators">{ indicators }</ul>
        </>
    }
}

// ---------------------------------------------------------------------------
// Interlinkages

fn interlinkages(a: &Analysis, dom: &str, level: u8) -> Html {
    let i = &a.interlinkages;
    let shared: Html = i
        .shared
        .iter()
        .map(|s| {
            html! {
                <li data-ref={s.reference.to_string()}>
                    { ref_line(html! { crate::ui::i18n::ref_label(&s.reference) }, &s.reference) }
                    <br />
                    { tr!("an-shared-by", count = s.priorities.len(), list = join_list(&s.priorities)) }
                </li>
            }
        })
        .collect();
    let reach = table_rows(
        i.reach
            .iter()
            .map(|r| {
                (
                    r.priority.clone(),
                    vec![
                        r.objectives.to_string(),
                        r.goals.to_string(),
                        r.links.to_string(),
                    ],
                )
            })
            .collect(),
        false,
    );
    html! {
        <>
            { heading(level, format!("{dom}-shared"), &tr!("an-shared")) }
            if i.shared.is_empty() {
                <p>{ tr!("an-shared-none") }</p>
            }
            <ul class="shared-list" data-testid="shared">{ shared }</ul>
            { heading(level, format!("{dom}-reach"), &tr!("an-reach")) }
            <div class="table-wrap">
                { table("reach", tr!("an-reach-caption"), th_cols(&["an-priority", "an-col-gcm", "an-col-sdgs", "an-col-links"]), reach, Html::default()) }
            </div>
            { heading(level, format!("{dom}-unlinked"), &tr!("an-unlinked")) }
            if i.unlinked.is_empty() {
                <p>{ tr!("an-unlinked-none") }</p>
            }
            <ul class="unlinked-list" data-testid="unlinked">{ for i.unlinked.iter().map(|id| html! { <li>{ id.clone() }</li> }) }</ul>
        </>
    }
}
