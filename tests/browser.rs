//! Browser tests of the Yew components, in headless Chromium.
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features ui --test browser
//! ```
//!
//! `.cargo/config.toml` makes `wasm-bindgen-test-runner` the runner for the
//! wasm target; it reads the browser's options from `.ci/webdriver.json`
//! (named by the `[env]` table there). As in Yew's own tests, each test mounts its component into
//! a fresh `div` appended to the body, waits for Yew with
//! `yew::scheduler::flush()` (never a sleep), asserts through selectors
//! scoped to that `div`, then destroys the app and removes the `div`. Where
//! the app waits on the network, [`wait_for`] wakes on DOM mutations
//! instead of polling a clock.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlButtonElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::prelude::{HashRouter, Routable};

use cca_lab::domain::curriculum::{Question, StepKind, check_catalog};
use cca_lab::domain::diagnostic::{Code, Diagnostic, Report, WithHint, file_diagnostic};
use cca_lab::domain::markdown::parse;
use cca_lab::domain::progress::{Answer, Progress};
use cca_lab::domain::reference::{Ref, reference};
use cca_lab::ui::App;
use cca_lab::ui::components::diagnostics::{DiagnosticsPanel, DiagnosticsPanelProps};
use cca_lab::ui::components::markdown::{MdOptions, markdown};
use cca_lab::ui::components::question::{QuestionView, QuestionViewProps};
use cca_lab::ui::components::refcard::RefCard;
use cca_lab::ui::route::Route;
use cca_lab::ui::services::storage::{PROGRESS_KEY, load_progress, save_progress};

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

// ---------------------------------------------------------------------------
// Helpers

/// Replaces `window.fetch` with one that answers every request with HTTP
/// 404, and returns the original, for [`restore_fetch`].
fn stub_fetch_404() -> JsValue {
    let original = js_sys::Reflect::get(&window(), &"fetch".into()).unwrap();
    let stub = js_sys::Function::new_no_args(
        "return Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));",
    );
    js_sys::Reflect::set(&window(), &"fetch".into(), &stub).unwrap();
    original
}

fn restore_fetch(original: JsValue) {
    js_sys::Reflect::set(&window(), &"fetch".into(), &original).unwrap();
}

/// The router's address of the reference page for `code`: `#/ref/sdg%3A10.7`
/// (the router percent-encodes the `:` of the code in the path).
fn ref_href(code: &str) -> String {
    let href = format!("#{}", ref_route(code).to_path());
    assert_eq!(href, format!("#/ref/{}", code.replace(':', "%3A")));
    href
}

fn ref_route(code: &str) -> Route {
    Route::Reference {
        code: code.to_string(),
    }
}

/// The page a hash-router address leads to.
fn route_of(href: &str) -> Option<Route> {
    Route::recognize(href.strip_prefix('#')?)
}

// ---------------------------------------------------------------------------
// Markdown

#[derive(Properties, PartialEq)]
struct MdProps {
    source: AttrValue,
    #[prop_or_default]
    heading_shift: u8,
}

/// Renders `source` with [`markdown`] inside a router (reference links are
/// router `Link`s).
#[component]
fn Md(props: &MdProps) -> Html {
    let (md, _issues) = parse(&props.source);
    let o = MdOptions {
        heading_shift: props.heading_shift,
        base: "curricula/demo/en/",
    };
    html! {
        <HashRouter>
            <div class="md">{ markdown(&md, o) }</div>
        </HashRouter>
    }
}

async fn mount_md(source: &str, heading_shift: u8) -> Mounted<Md> {
    Mounted::<Md>::new(MdProps {
        source: AttrValue::from(source.to_string()),
        heading_shift,
    })
    .await
}

const FLAG: &str = "__ccaLabScriptRan";

#[wasm_bindgen_test]
async fn markdown_shows_raw_html_as_text() {
    js_sys::Reflect::delete_property(window().unchecked_ref::<js_sys::Object>(), &FLAG.into())
        .unwrap();
    let source = format!(
        "Inline <script>window.{FLAG} = 'inline script';</script> and \
         <img src=x onerror=\"window.{FLAG} = 'img'\"> and <b>bold</b>.\n\
         \n\
         <script>window.{FLAG} = 'script block';</script>\n\
         \n\
         <div onclick=\"window.{FLAG} = 'div'\">\n\
         <em>inside</em>\n\
         </div>\n"
    );
    let m = mount_md(&source, 0).await;

    for selector in [
        "script",
        "img",
        "b",
        "em",
        "[onerror]",
        "[onclick]",
        "div div",
    ] {
        assert!(
            !m.has(&format!(".md {selector}")),
            "`{selector}` was created from raw HTML:\n{}",
            m.root.inner_html()
        );
    }
    let shown = m.all_text();
    for literal in [
        format!("<script>window.{FLAG} = 'inline script';</script>"),
        format!("<img src=x onerror=\"window.{FLAG} = 'img'\">"),
        "<b>bold</b>".to_string(),
        format!("<script>window.{FLAG} = 'script block';</script>"),
        format!("<div onclick=\"window.{FLAG} = 'div'\">"),
        "<em>inside</em>".to_string(),
    ] {
        assert!(
            shown.contains(&literal),
            "`{literal}` is not shown as text in {shown:?}"
        );
    }
    // HTML blocks are shown as preformatted text, as written.
    assert_eq!(
        texts(&m.all(".md pre code")),
        [
            format!("<script>window.{FLAG} = 'script block';</script>\n"),
            format!("<div onclick=\"window.{FLAG} = 'div'\">\n<em>inside</em>\n</div>\n"),
        ]
    );
    yew::scheduler::flush().await;
    let flag = js_sys::Reflect::get(&window(), &FLAG.into()).unwrap();
    assert!(flag.is_undefined(), "a script ran: {flag:?}");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn markdown_drops_unsafe_links_and_routes_references() {
    let m = mount_md(
        "[run](javascript:alert(1)), [run2](JaVaScRiPt:alert(2)), \
         [data](data:text/html,hi), [t](sdg:10.7), [objective](gcm:6), \
         [site](https://example.org/x) and [file](notes/a.md).",
        0,
    )
    .await;
    let links = m.all(".md a");
    let hrefs: Vec<String> = links
        .iter()
        .map(|a| attr(a, "href").unwrap_or_default())
        .collect();
    for href in &hrefs {
        let h = href.to_ascii_lowercase();
        assert!(
            !h.contains("javascript") && !h.starts_with("data:"),
            "unsafe href {href:?} in {hrefs:?}"
        );
    }
    assert_eq!(
        hrefs,
        [
            ref_href("sdg:10.7"),
            ref_href("gcm:6"),
            "https://example.org/x".to_string(),
            "curricula/demo/en/notes/a.md".to_string()
        ]
    );
    assert_eq!(route_of(&hrefs[0]), Some(ref_route("sdg:10.7")));
    assert_eq!(route_of(&hrefs[1]), Some(ref_route("gcm:6")));
    // Refused links keep their text, unlinked.
    let shown = m.all_text();
    for t in ["run", "run2", "data"] {
        assert!(shown.contains(t), "{t:?} lost from {shown:?}");
        assert!(!texts(&links).iter().any(|l| l == t));
    }
    let t = &links[0];
    assert_eq!(text(t), "t");
    assert!(t.class_list().contains("ref-link"));
    let title = attr(&get(t, "span"), "title").unwrap();
    let official = reference().text(&Ref::parse("sdg:10.7").unwrap()).unwrap();
    assert_eq!(title, format!("SDG target 10.7: {official}"));
    let external = &links[2];
    assert_eq!(
        attr(external, "rel").as_deref(),
        Some("noopener noreferrer")
    );

    // Following the reference link goes through the router.
    let before = window().location().href().unwrap();
    m.click(".md a.ref-link").await;
    let hash = window().location().hash().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&before))
        .unwrap();
    assert_eq!(hash, ref_href("sdg:10.7"));
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn markdown_shifts_headings() {
    let source = "# One\n\n## Two\n\n#### Four\n\n###### Six\n";
    let m = mount_md(source, 2).await;
    let headings: Vec<(String, String)> = m
        .all(".md h1, .md h2, .md h3, .md h4, .md h5, .md h6")
        .iter()
        .map(|h| (h.tag_name().to_lowercase(), text(h)))
        .collect();
    assert_eq!(
        headings,
        [
            ("h3".to_string(), "One".to_string()),
            ("h4".to_string(), "Two".to_string()),
            ("h6".to_string(), "Four".to_string()),
            ("h6".to_string(), "Six".to_string()),
        ]
    );
    m.unmount().await;

    let m = mount_md(source, 0).await;
    assert_eq!(text(&m.get(".md h1")), "One");
    assert_eq!(text(&m.get(".md h4")), "Four");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn markdown_tables_have_column_headers() {
    let m = mount_md(
        "| Theme | Targets |\n|---|---|\n| Remittances | **10.c** |\n| Trafficking | 5.2, 8.7, 16.2 |\n",
        0,
    )
    .await;
    let heads = m.all(".md table thead th");
    assert_eq!(texts(&heads), ["Theme", "Targets"]);
    for th in &heads {
        assert_eq!(attr(th, "scope").as_deref(), Some("col"));
    }
    assert_eq!(m.all(".md table tbody tr").len(), 2);
    assert_eq!(
        texts(&m.all(".md table tbody td")),
        ["Remittances", "10.c", "Trafficking", "5.2, 8.7, 16.2"]
    );
    assert_eq!(text(&m.get(".md tbody td strong")), "10.c");
    m.unmount().await;
}

// ---------------------------------------------------------------------------
// Questions

const BASICS: &str = r#"title = "Basics"

[[lesson]]
id = "l"
title = "Lesson"

[[lesson.step]]
id = "single"
kind = "single_choice"
prompt = "Which target is about *migration policies*?"
answer = ["b"]
explanation = "Target 10.7 is the central one."
options = [
  { id = "a", text = "Target 8.8", feedback = "Labour rights, not migration policy." },
  { id = "b", text = "Target 10.7", feedback = "Right: well-managed migration policies." },
]

[[lesson.step]]
id = "multiple"
kind = "multiple_choice"
prompt = "Which GCM objectives concern labour?"
answer = ["a", "c"]
options = [
  { id = "a", text = "Objective 6", feedback = "Yes: fair recruitment." },
  { id = "b", text = "Objective 13", feedback = "No: detention." },
  { id = "c", text = "Objective 18", feedback = "Yes: skills." },
]
"#;

/// The questions of a tiny in-memory curriculum, loaded and checked as the
/// app does ([`demo_steps`]).
fn questions() -> Vec<Question> {
    demo_steps(BASICS)
        .into_iter()
        .filter_map(|s| match s.kind {
            StepKind::Question(q) => Some(q),
            _ => None,
        })
        .collect()
}

type Checks = Rc<RefCell<Vec<(Vec<String>, bool)>>>;

async fn mount_question(
    question: Question,
    saved: Option<Answer>,
) -> (Mounted<QuestionView>, Checks) {
    let checks: Checks = Rc::default();
    let on_check = {
        let checks = checks.clone();
        Callback::from(move |c| checks.borrow_mut().push(c))
    };
    let m = Mounted::<QuestionView>::new(QuestionViewProps {
        question,
        dom_id: "demo-q".into(),
        saved,
        on_check,
        base: "curricula/demo/en/".into(),
    })
    .await;
    (m, checks)
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

impl Mounted<QuestionView> {
    fn submit_button(&self) -> Option<HtmlButtonElement> {
        self.root
            .query_selector("form button[type=submit]")
            .unwrap()
            .map(|b| b.unchecked_into())
    }

    fn result(&self) -> String {
        text(&self.get("form p.question-result[role=status]"))
    }

    fn input(&self, id: &str) -> HtmlInputElement {
        self.get(&format!("#demo-q-{id}")).unchecked_into()
    }

    /// The option's status class and the feedback shown under it.
    fn option(&self, id: &str) -> (Vec<String>, Option<(String, String)>) {
        let li = self.input(id).closest("li.option").unwrap().unwrap();
        let classes = (0..li.class_list().length())
            .filter_map(|i| li.class_list().item(i))
            .filter(|c| c != "option")
            .collect();
        let feedback = li.query_selector(".feedback").unwrap().map(|f| {
            let status = text(&get(&f, ".feedback-status"));
            (status, text(&f))
        });
        (classes, feedback)
    }

    fn checked_ids(&self) -> Vec<String> {
        self.all("input")
            .into_iter()
            .map(|i| i.unchecked_into::<HtmlInputElement>())
            .filter(|i| i.checked())
            .map(|i| i.value())
            .collect()
    }

    async fn submit(&self) {
        let button = self.submit_button().expect("a Check answer button");
        click_as_user(&button).await;
    }

    async fn try_again(&self) {
        let button = self
            .all("form button")
            .into_iter()
            .find(|b| text(b) == "Try again")
            .expect("a Try again button");
        click_as_user(&button).await;
    }
}

#[wasm_bindgen_test]
async fn single_choice_checks_and_explains_each_option() {
    let q = questions().remove(0);
    assert!(!q.multiple);
    let (m, checks) = mount_question(q, None).await;

    assert_eq!(text(&m.get("legend .question-kind")), "Choose one");
    assert!(text(&m.get("legend")).contains("Which target is about migration policies?"));
    assert_eq!(text(&m.get("legend em")), "migration policies");
    assert_eq!(m.all("input[type=radio][name=demo-q]").len(), 2);
    assert_eq!(text(&m.get("label[for=demo-q-a]")), "Target 8.8");

    // Nothing chosen: the button is disabled and nothing is revealed.
    let button = m.submit_button().unwrap();
    assert_eq!(text(&button), "Check answer");
    assert!(button.disabled());
    assert_eq!(m.result(), "");
    assert!(!m.has(".feedback"));
    assert!(!m.has(".explanation"));

    // Choosing enables the button but still reveals nothing.
    m.click("#demo-q-a").await;
    assert_eq!(m.checked_ids(), ["a"]);
    assert!(!m.submit_button().unwrap().disabled());
    assert!(!m.has(".feedback"));
    assert!(checks.borrow().is_empty());

    // A wrong answer.
    m.submit().await;
    assert_eq!(m.result(), "Not quite. Read the feedback on each option.");
    assert!(m.get("form").class_list().contains("is-wrong"));
    assert_eq!(*checks.borrow(), [(strings(&["a"]), false)]);
    let (classes, feedback) = m.option("a");
    assert_eq!(classes, ["wrong"]);
    let (status, all) = feedback.unwrap();
    assert_eq!(status, "✗ Your choice: not correct");
    assert!(all.contains("Labour rights, not migration policy."));
    let (classes, feedback) = m.option("b");
    assert_eq!(classes, ["missed"]);
    let (status, all) = feedback.unwrap();
    assert_eq!(status, "! A right answer you did not choose");
    assert!(all.contains("Right: well-managed migration policies."));
    assert_eq!(
        text(&m.get(".explanation")),
        "Target 10.7 is the central one."
    );
    assert!(m.submit_button().is_none());

    // Try again hides the feedback and keeps the choice.
    m.try_again().await;
    assert_eq!(m.result(), "");
    assert!(!m.has(".feedback"));
    assert!(!m.has(".explanation"));
    assert!(!m.get("form").class_list().contains("is-wrong"));
    assert_eq!(m.checked_ids(), ["a"]);
    assert!(!m.submit_button().unwrap().disabled());

    // The right answer.
    m.click("#demo-q-b").await;
    assert_eq!(m.checked_ids(), ["b"]);
    m.submit().await;
    assert_eq!(m.result(), "Correct.");
    assert!(m.get("form").class_list().contains("is-correct"));
    assert_eq!(checks.borrow().last().unwrap(), &(strings(&["b"]), true));
    assert_eq!(checks.borrow().len(), 2);
    assert_eq!(m.option("b").0, ["right"]);
    assert_eq!(m.option("b").1.unwrap().0, "✓ Your choice: correct");
    assert_eq!(m.option("a").0, ["other"]);
    assert_eq!(m.option("a").1.unwrap().0, "Not chosen");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn a_saved_answer_is_restored() {
    let q = questions().remove(0);
    let saved = Answer {
        selected: strings(&["a"]),
        correct: false,
        attempts: 1,
    };
    let (m, checks) = mount_question(q, Some(saved)).await;
    assert_eq!(m.checked_ids(), ["a"]);
    assert!(m.input("a").checked());
    assert!(!m.input("b").checked());
    assert_eq!(m.result(), "Not quite. Read the feedback on each option.");
    assert_eq!(m.option("a").0, ["wrong"]);
    assert_eq!(m.option("b").0, ["missed"]);
    assert!(m.has(".explanation"));
    assert!(m.submit_button().is_none());
    assert!(checks.borrow().is_empty(), "restoring is not checking");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn multiple_choice_counts_the_right_options_chosen() {
    let q = questions().remove(1);
    assert!(q.multiple);
    let (m, checks) = mount_question(q, None).await;
    assert_eq!(
        text(&m.get("legend .question-kind")),
        "Choose all that apply"
    );
    assert_eq!(m.all("input[type=checkbox]").len(), 3);
    assert!(m.submit_button().unwrap().disabled());

    m.click("#demo-q-a").await;
    m.click("#demo-q-b").await;
    assert_eq!(m.checked_ids(), ["a", "b"]);
    m.submit().await;
    assert_eq!(
        m.result(),
        "Not quite: 1 of 2 right options chosen, 1 wrong. Read the feedback on each option."
    );
    assert_eq!(*checks.borrow(), [(strings(&["a", "b"]), false)]);
    assert_eq!(m.option("a").0, ["right"]);
    assert_eq!(m.option("b").0, ["wrong"]);
    assert_eq!(m.option("c").0, ["missed"]);
    assert!(m.option("c").1.unwrap().1.contains("Yes: skills."));
    // No explanation in this question.
    assert!(!m.has(".explanation"));

    m.try_again().await;
    m.click("#demo-q-b").await; // unticks b
    m.click("#demo-q-c").await;
    assert_eq!(m.checked_ids(), ["a", "c"]);
    m.submit().await;
    assert_eq!(m.result(), "Correct.");
    assert_eq!(
        checks.borrow().last().unwrap(),
        &(strings(&["a", "c"]), true)
    );

    // Unticking everything disables the button again.
    m.try_again().await;
    m.click("#demo-q-a").await;
    m.click("#demo-q-c").await;
    assert!(m.checked_ids().is_empty());
    assert!(m.submit_button().unwrap().disabled());
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn a_saved_multiple_answer_is_restored() {
    let q = questions().remove(1);
    let saved = Answer {
        selected: strings(&["c"]),
        correct: false,
        attempts: 2,
    };
    let (m, _) = mount_question(q, Some(saved)).await;
    assert_eq!(m.checked_ids(), ["c"]);
    assert_eq!(
        m.result(),
        "Not quite: 1 of 2 right options chosen, 0 wrong. Read the feedback on each option."
    );
    assert_eq!(m.option("a").0, ["missed"]);
    assert_eq!(m.option("b").0, ["other"]);
    assert_eq!(m.option("c").0, ["right"]);
    m.unmount().await;
}

// ---------------------------------------------------------------------------
// Diagnostics

#[wasm_bindgen_test]
async fn diagnostics_are_grouped_by_file() {
    let mut report = Report::new();
    report.push(Diagnostic {
        path: "demo/en/basics.toml".into(),
        line: 3,
        column: 5,
        code: Code::UnknownReference,
        message: "reference to unknown SDG target sdg:10.99".into(),
        hint: Some("did you mean sdg:10.7?".into()),
    });
    report.push(
        file_diagnostic(
            "demo/fr/about.toml",
            Code::TranslationFallback,
            "fr/about.toml not found; English is shown",
        )
        .hint("translate en/about.toml"),
    );
    report.push(
        file_diagnostic(
            "demo/fr/basics.toml",
            Code::FileMissing,
            "fr/basics.toml not found",
        )
        .hint("add it"),
    );
    report.push(file_diagnostic(
        "demo/en/basics.toml",
        Code::FileEncoding,
        "the file is not valid UTF-8",
    ));
    let m = Mounted::<DiagnosticsPanel>::new(DiagnosticsPanelProps {
        report,
        title: "This curriculum has problems".into(),
        sources: None,
    })
    .await;

    assert_eq!(
        text(&m.get("[data-testid=diagnostics] h2")),
        "This curriculum has problems"
    );
    assert_eq!(text(&m.get(".diagnostics-count")), "3 errors, 1 warning");
    let groups = m.all(".diagnostics-file");
    assert_eq!(
        groups
            .iter()
            .map(|g| text(&get(g, "h3 code")))
            .collect::<Vec<_>>(),
        [
            "demo/en/basics.toml",
            "demo/fr/about.toml",
            "demo/fr/basics.toml"
        ]
    );
    let items = |g: &Element| {
        all(g, "li.diagnostic")
            .iter()
            .map(|li| {
                (
                    attr(li, "data-code").unwrap(),
                    text(&get(li, ".diagnostic-level")),
                    text(&get(li, ".diagnostic-place")),
                    text(&get(li, ".diagnostic-code")),
                    text(&get(li, ".diagnostic-message")),
                    li.query_selector(".diagnostic-hint")
                        .unwrap()
                        .map(|h| text(&h)),
                )
            })
            .collect::<Vec<_>>()
    };
    let s = |x: &str| x.to_string();
    assert_eq!(
        items(&groups[0]),
        [
            (
                s("E030"),
                s("Error"),
                s("line 3, column 5"),
                s("E030"),
                s("reference to unknown SDG target sdg:10.99"),
                Some(s("Fix: did you mean sdg:10.7?"))
            ),
            (
                s("E003"),
                s("Error"),
                s("whole file"),
                s("E003"),
                s("the file is not valid UTF-8"),
                None
            ),
        ]
    );
    assert_eq!(
        items(&groups[1]),
        [(
            s("W001"),
            s("Warning"),
            s("whole file"),
            s("W001"),
            s("fr/about.toml not found; English is shown"),
            Some(s("Fix: translate en/about.toml"))
        )]
    );
    assert!(get(&groups[1], "li").class_list().contains("warning"));
    assert!(get(&groups[2], "li").class_list().contains("error"));
    assert_eq!(items(&groups[2])[0].0, "E002");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn diagnostics_count_line_agrees_in_number() {
    let mut report = Report::new();
    report.push(file_diagnostic(
        "a.toml",
        Code::FileMissing,
        "a.toml not found",
    ));
    let m = Mounted::<DiagnosticsPanel>::new(DiagnosticsPanelProps {
        report,
        title: "Problems".into(),
        sources: None,
    })
    .await;
    assert_eq!(text(&m.get(".diagnostics-count")), "1 error");
    m.unmount().await;

    let mut report = Report::new();
    for path in ["a.toml", "b.toml"] {
        report.push(file_diagnostic(path, Code::TranslationFallback, "fallback"));
    }
    let m = Mounted::<DiagnosticsPanel>::new(DiagnosticsPanelProps {
        report,
        title: "Problems".into(),
        sources: None,
    })
    .await;
    assert_eq!(text(&m.get(".diagnostics-count")), "0 errors, 2 warnings");
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn diagnostics_show_the_offending_line_when_given_the_sources() {
    let text_of = "title = \"T\"\nsumary = \"S\"\n";
    let file = cca_lab::domain::diagnostic::SourceFile::new("en/about.toml", text_of);
    let mut report = Report::new();
    report.push(file.diagnostic(12, Code::UnknownField, "unknown field `sumary`"));
    report.push(file_diagnostic("en/m.toml", Code::FileMissing, "not found"));
    let sources: std::collections::BTreeMap<String, String> =
        [("en/about.toml".to_string(), text_of.to_string())].into();
    let m = Mounted::<DiagnosticsPanel>::new(DiagnosticsPanelProps {
        report,
        title: "Problems".into(),
        sources: Some(Rc::new(sources)),
    })
    .await;
    let snippets = m.all(".diagnostic-snippet");
    // Only the diagnostic with a line in a known file has one.
    assert_eq!(snippets.len(), 1);
    assert_eq!(text(&snippets[0]), "2 | sumary = \"S\"\n    ^");
    m.unmount().await;
}

// ---------------------------------------------------------------------------
// Reference cards

#[derive(Properties, PartialEq)]
struct CardProps {
    code: AttrValue,
    #[prop_or_default]
    full: bool,
}

/// A [`RefCard`] inside a router (its links are router `Link`s).
#[component]
fn Card(props: &CardProps) -> Html {
    let r = Ref::parse(&props.code).unwrap();
    html! {
        <HashRouter>
            <RefCard reference={r} full={props.full} />
        </HashRouter>
    }
}

async fn mount_card(code: &str, full: bool) -> Mounted<Card> {
    Mounted::<Card>::new(CardProps {
        code: AttrValue::from(code.to_string()),
        full,
    })
    .await
}

/// The "Under …" lines: (link text, link href, official text).
fn parents(m: &Mounted<Card>) -> Vec<(String, String, String)> {
    m.all("article .ref-parent")
        .iter()
        .map(|p| {
            let a = get(p, "a");
            (
                text(&a),
                attr(&a, "href").unwrap(),
                text(&get(p, "span[lang=en]")),
            )
        })
        .collect()
}

fn summaries(m: &Mounted<Card>) -> Vec<String> {
    texts(&m.all("article details > summary"))
}

#[wasm_bindgen_test]
async fn gcm_objective_card_shows_text_and_actions() {
    let data = reference();
    let objective = data.objective(6).expect("GCM objective 6 in the data");
    let actions: Vec<_> = data.actions_of(6).collect();
    assert!(!actions.is_empty());

    let m = mount_card("gcm:6", false).await;
    let article = m.get("article.ref-card.gcm[data-ref='gcm:6']");
    assert_eq!(
        attr(&article, "aria-labelledby").as_deref(),
        Some("ref-gcm-6")
    );
    let heading = m.get("article h3#ref-gcm-6");
    let link = get(&heading, "a.ref-link");
    assert_eq!(text(&link), "GCM objective 6");
    assert_eq!(
        attr(&link, "href").as_deref(),
        Some(ref_href("gcm:6").as_str())
    );
    // The short label carries its own language (English here).
    let short = get(&heading, ".ref-short");
    assert_eq!(text(&short), objective.short_label_en);
    assert_eq!(attr(&short, "lang").as_deref(), Some("en"));
    assert!(text(&heading).ends_with(&format!(" · {}", objective.short_label_en)));
    assert_eq!(text(&m.get("article .ref-text")), objective.title);
    assert_eq!(
        text(&m.get("article .ref-text")),
        data.text(&Ref::Gcm(6)).unwrap()
    );
    assert!(parents(&m).is_empty());
    assert_eq!(
        summaries(&m),
        [
            format!("Commitment (GCM paragraph {})", objective.paragraph),
            format!("Actions ({})", actions.len()),
        ]
    );
    let items = m.all("article ol.gcm-actions > li");
    assert_eq!(items.len(), actions.len());
    assert_eq!(
        text(&get(&items[0], ".action-ref")),
        format!("{} ", actions[0].citation)
    );
    assert_eq!(text(&get(&items[0], "span[lang=en]")), actions[0].text);
    // Compact: closed details.
    assert!(
        m.all("article details")
            .iter()
            .all(|d| !d.has_attribute("open"))
    );
    m.unmount().await;

    // Full: open details, and the heading is not a link to itself.
    let m = mount_card("gcm:6", true).await;
    assert!(!m.has("article h3 a"));
    assert!(text(&m.get("article h3")).starts_with("GCM objective 6"));
    assert!(
        m.all("article details")
            .iter()
            .all(|d| d.has_attribute("open"))
    );
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn sdg_target_card_shows_text_goal_and_indicators() {
    let data = reference();
    let target = data.target("10.7").expect("target 10.7 in the data");
    let goal = data.goal(10).unwrap();
    let indicators = data.children(&Ref::Target("10.7".into()));
    assert!(!indicators.is_empty());

    let m = mount_card("sdg:10.7", false).await;
    m.get("article.ref-card.sdg.goal-10[data-ref='sdg:10.7']");
    assert_eq!(text(&m.get("article h3 a")), "SDG target 10.7");
    assert_eq!(text(&m.get("article .ref-text")), target.text);
    assert_eq!(
        parents(&m),
        [("SDG 10".to_string(), ref_href("sdg:10"), goal.title.clone())]
    );
    assert_eq!(
        text(&m.get(".ref-parent")),
        format!("Under SDG 10: {}", goal.title)
    );
    assert_eq!(
        summaries(&m),
        [format!("Indicators ({})", indicators.len())]
    );
    let items = m.all("article ul.ref-children > li");
    assert_eq!(items.len(), indicators.len());
    for (li, r) in items.iter().zip(&indicators) {
        let a = get(li, "a");
        assert_eq!(attr(&a, "href"), Some(ref_href(&r.to_string())));
        assert_eq!(text(&get(li, "span[lang=en]")), data.text(r).unwrap());
    }
    assert!(
        items
            .iter()
            .any(|li| attr(&get(li, "a"), "href") == Some(ref_href("sdg:10.7.2")))
    );
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn sdg_indicator_card_shows_its_parent_chain() {
    let data = reference();
    let indicator = data
        .indicator("10.7.2")
        .expect("indicator 10.7.2 in the data");
    let target = data.target("10.7").unwrap();
    let goal = data.goal(10).unwrap();

    let m = mount_card("sdg:10.7.2", false).await;
    m.get("article.ref-card.sdg.goal-10[data-ref='sdg:10.7.2']");
    assert_eq!(text(&m.get("article h3 a")), "SDG indicator 10.7.2");
    assert_eq!(text(&m.get("article .ref-text")), indicator.text);
    assert_eq!(
        parents(&m),
        [
            (
                "SDG target 10.7".to_string(),
                ref_href("sdg:10.7"),
                target.text.clone()
            ),
            ("SDG 10".to_string(), ref_href("sdg:10"), goal.title.clone()),
        ]
    );
    // An indicator has no list of children.
    assert!(!m.has("article details"));
    if indicator.repeated_as.is_empty() {
        assert!(!m.has("article .ref-note"));
    } else {
        let note = text(&m.get("article .ref-note"));
        for other in &indicator.repeated_as {
            assert!(note.contains(&format!("SDG indicator {other}")), "{note}");
        }
    }
    m.unmount().await;
}

#[wasm_bindgen_test]
async fn an_unknown_reference_says_so() {
    let m = mount_card("sdg:10.99", false).await;
    assert_eq!(
        text(&m.get("p.ref-card.missing")),
        "sdg:10.99 is not in the reference data."
    );
    assert!(!m.has("article"));
    m.unmount().await;
}

// ---------------------------------------------------------------------------
// Storage

#[wasm_bindgen_test]
fn corrupt_progress_is_kept_aside() {
    clear_app_keys();
    let corrupt = "{\"schema\": 1, \"curricula\": [oops";
    local_storage().set_item(PROGRESS_KEY, corrupt).unwrap();

    let (progress, message) = load_progress();
    assert_eq!(progress, Progress::new());
    let message = message.expect("a message for the learner");
    assert!(
        message.starts_with("Your saved progress could not be used: the saved progress is damaged"),
        "{message}"
    );

    let keys = app_keys();
    let aside: Vec<&String> = keys
        .iter()
        .filter(|k| k.starts_with("cca-lab.progress.aside."))
        .collect();
    assert_eq!(aside.len(), 1, "{keys:?}");
    let aside = aside[0];
    assert!(
        aside["cca-lab.progress.aside.".len()..]
            .parse::<u64>()
            .is_ok(),
        "{aside}"
    );
    assert_eq!(
        local_storage().get_item(aside).unwrap().as_deref(),
        Some(corrupt)
    );
    assert!(message.contains(aside.as_str()), "{message}");
    assert!(
        message.ends_with("and a fresh record was started."),
        "{message}"
    );
    assert_eq!(local_storage().get_item(PROGRESS_KEY).unwrap(), None);

    // Nothing more to report on the next load.
    assert_eq!(load_progress(), (Progress::new(), None));
    clear_app_keys();
}

#[wasm_bindgen_test]
fn progress_from_a_newer_version_is_kept_aside_too() {
    clear_app_keys();
    let newer = "{\"schema\": 99, \"curricula\": {}}";
    local_storage().set_item(PROGRESS_KEY, newer).unwrap();
    let (progress, message) = load_progress();
    assert_eq!(progress, Progress::new());
    assert!(message.unwrap().contains("newer version"));
    let keys = app_keys();
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert_eq!(
        local_storage().get_item(&keys[0]).unwrap().as_deref(),
        Some(newer)
    );
    clear_app_keys();
}

#[wasm_bindgen_test]
fn progress_round_trips_through_storage() {
    clear_app_keys();
    assert_eq!(load_progress(), (Progress::new(), None));

    let mut progress = Progress::new();
    progress.record_answer(
        "starter",
        "agenda/why-migration/check-figure",
        strings(&["b"]),
        false,
    );
    progress.record_answer(
        "starter",
        "agenda/why-migration/check-figure",
        strings(&["a"]),
        true,
    );
    progress.complete_lesson("starter", "agenda/why-migration");
    progress.set_language("starter", "fr");
    save_progress(&progress).unwrap();

    assert_eq!(
        local_storage().get_item(PROGRESS_KEY).unwrap(),
        Some(progress.to_stored())
    );
    let (loaded, message) = load_progress();
    assert_eq!(message, None);
    assert_eq!(loaded, progress);
    let c = loaded.curriculum("starter").unwrap();
    assert_eq!(
        c.answer("agenda/why-migration/check-figure")
            .unwrap()
            .attempts,
        2
    );
    assert!(c.is_complete("agenda/why-migration"));
    assert_eq!(app_keys(), [PROGRESS_KEY]);
    clear_app_keys();
}

// ---------------------------------------------------------------------------
// The whole app

fn active_element() -> Option<Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn app_shows_its_shell_and_a_missing_catalogue() {
    clear_app_keys();
    let original = stub_fetch_404();
    let m = Mounted::<App>::new(()).await;

    // The page shell, in reading order.
    let skip = m.get("a.skip-link");
    assert_eq!(text(&skip), "Skip to main content");
    assert_eq!(attr(&skip, "href").as_deref(), Some("#main"));
    assert_eq!(
        m.root.first_element_child().as_ref(),
        Some(&skip),
        "the skip link comes first"
    );
    let title = m.get("header.site-header a.site-title");
    assert_eq!(text(&title), "CCA Migration Lab");
    assert_eq!(attr(&title, "href").as_deref(), Some("#/"));
    let main = m.get("main#main");
    assert_eq!(attr(&main, "tabindex").as_deref(), Some("-1"));
    m.get("footer.site-footer");
    assert_eq!(attr(&m.get(".notices"), "role").as_deref(), Some("status"));
    assert!(!m.has("[data-testid=notice]"));
    assert_eq!(text(&m.get("main h1")), "Curricula");

    // The catalogue cannot be fetched: its problem is shown, not a crash.
    wait_for(&m.root, "the catalogue's problems", || {
        m.has("main [data-testid=diagnostics]")
    })
    .await;
    restore_fetch(original);
    let panel = m.get("main [data-testid=diagnostics]");
    assert_eq!(text(&get(&panel, "h2")), "The catalogue file has problems");
    assert_eq!(text(&get(&panel, ".diagnostics-count")), "1 error");
    let item = get(&panel, "li.diagnostic.error[data-code=E002]");
    assert_eq!(text(&get(&item, ".diagnostic-place")), "whole file");
    assert_eq!(
        text(&get(&item, ".diagnostic-message")),
        "catalog.toml not found on the server"
    );
    assert!(m.all("main [data-testid=catalog] li").is_empty());
    assert!(!m.all_text().contains("This site offers no curricula yet."));
    assert!(!m.has("main .loading"));
    assert_eq!(document().title(), "CCA Migration Lab");

    // The skip link moves focus to the main content, without navigating.
    let hash = window().location().hash().unwrap();
    assert_ne!(active_element().as_ref(), Some(&main));
    m.click("a.skip-link").await;
    assert_eq!(active_element().as_ref(), Some(&main));
    assert_eq!(window().location().hash().unwrap(), hash);
    assert!(
        m.has("main [data-testid=diagnostics]"),
        "still on the catalogue"
    );

    m.unmount().await;
    assert!(app_keys().is_empty(), "nothing was saved: {:?}", app_keys());
}

#[wasm_bindgen_test]
async fn app_tells_the_learner_about_unusable_progress() {
    clear_app_keys();
    local_storage().set_item(PROGRESS_KEY, "not json").unwrap();
    let original = stub_fetch_404();
    let m = Mounted::<App>::new(()).await;

    let notice = m.get(".notices [data-testid=notice]");
    let says = text(&get(&notice, "p"));
    assert!(
        says.starts_with("Your saved progress could not be used"),
        "{says}"
    );
    assert!(says.contains("cca-lab.progress.aside."), "{says}");
    m.click(".notices [data-testid=notice] button").await;
    assert!(!m.has("[data-testid=notice]"));

    wait_for(&m.root, "the catalogue's problems", || {
        m.has("main [data-testid=diagnostics]")
    })
    .await;
    restore_fetch(original);
    m.unmount().await;
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn app_lists_the_served_catalogue() {
    // The test runner serves the package root, so the app's relative
    // `curricula/catalog.toml` reaches the repository's own catalogue.
    clear_app_keys();
    let (catalog, report) =
        check_catalog("catalog.toml", include_str!("../curricula/catalog.toml"));
    assert!(report.is_empty(), "{report:?}");
    let ids = catalog.unwrap().curricula;
    assert!(!ids.is_empty());

    let m = Mounted::<App>::new(()).await;
    wait_for(&m.root, "the catalogue's cards", || {
        m.all("main [data-testid=catalog] > li").len() == ids.len()
            || m.has("main [data-testid=diagnostics]")
    })
    .await;
    assert!(
        !m.has("main [data-testid=diagnostics]"),
        "{}",
        m.root.inner_html()
    );
    let cards = m.all("main [data-testid=catalog] > li.card");
    for (card, id) in cards.iter().zip(&ids) {
        assert_eq!(attr(card, "data-curriculum").as_ref(), Some(id));
        let link = get(card, "h2 a");
        assert_eq!(attr(&link, "href"), Some(format!("#/c/{id}")));
        assert!(!text(&link).is_empty());
        assert!(text(card).contains("not started"));
    }
    m.unmount().await;
    clear_app_keys();
}

// ---------------------------------------------------------------------------
// The panic message
// ---------------------------------------------------------------------------

#[wasm_bindgen_test]
fn a_crash_replaces_the_content_with_a_message() {
    use cca_lab::ui::services::crash;
    let div = document().create_element("div").unwrap();
    div.set_inner_html("<p>the app</p>");
    document().body().unwrap().append_child(&div).unwrap();
    crash::show(&div);
    let alert = get(&div, ".crash[role=alert]");
    assert_eq!(text(&alert), crash::CRASH_MESSAGE);
    assert!(all(&div, "p").is_empty(), "the old content is gone");
    assert_eq!(
        document().active_element().as_ref(),
        Some(&alert),
        "focus moves to the message"
    );
    div.remove();
}

// ---------------------------------------------------------------------------
// The browser's JSON reading and writing of progress
// ---------------------------------------------------------------------------

#[wasm_bindgen_test]
fn browser_json_matches_the_domain_stored_form() {
    use cca_lab::domain::progress::StoredError;
    use cca_lab::ui::services::storage;
    let mut p = Progress::new();
    p.record_answer("starter", "m/l/q", vec!["b".into(), "a".into()], false);
    p.complete_lesson("starter", "m/l");
    p.set_language("starter", "fr");
    assert_eq!(storage::stored_form(&p).unwrap(), p.to_stored());
    assert_eq!(storage::parse(&p.to_stored()).unwrap(), p);
    // The same verdicts as `Progress::from_stored` on bad values.
    for text in [
        "",
        "{",
        "null",
        "[]",
        "7",
        "{\"curricula\":{}}",
        "{\"schema\":0}",
        "{\"schema\":1.5}",
        "{\"schema\":1,\"surprise\":true}",
        "{\"schema\":1,\"curricula\":{\"x\":{\"answers\":{\"k\":{\"selected\":1}}}}}",
        "{\"schema\":3}",
        "{\"schema\":1,\"curricula\":{\"x\":{\"odd\":1}}}",
        "{\"schema\":1,\"curricula\":{\"x\":{\"answers\":{\"k\":{\"selected\":[],\"correct\":true,\"attempts\":1,\"extra\":1}}}}}",
    ] {
        let browser = storage::parse(text);
        let native = Progress::from_stored(text);
        match (&browser, &native) {
            (Err(StoredError::NewerSchema(a)), Err(StoredError::NewerSchema(b))) => {
                assert_eq!(a, b, "{text}")
            }
            (Err(StoredError::Corrupt(_)), Err(StoredError::Corrupt(_))) => {}
            _ => panic!("{text}: browser {browser:?}, native {native:?}"),
        }
    }
}
