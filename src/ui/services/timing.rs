//! Timing for benchmark scripts: work wrapped in `performance` marks, read
//! back with `performance.getEntriesByName(…)`.

/// The name of the browser timing entry of the analytics computation, read
/// by benchmark scripts with `performance.getEntriesByName(…)`.
pub const ANALYTICS_MEASURE: &str = "cca-lab:analytics";

/// The name under which scoring a mapping exercise is measured.
pub const SCORE_MEASURE: &str = "cca-lab:score";

/// The name under which analysing a cohort's results files is measured.
pub const COHORT_MEASURE: &str = "cca-lab:cohort";

/// Runs `f` between two `performance` marks and records the time taken as
/// a measure named `name` (the marks are cleared, the measure is kept).
/// Works in the page and in a web worker (each has its own timeline).
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    use wasm_bindgen::JsCast;
    let Some(perf) = js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
    else {
        return f();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = perf.mark(&start);
    let out = f();
    let _ = perf.mark(&end);
    let _ = perf.measure_with_start_mark_and_end_mark(name, &start, &end);
    perf.clear_marks_with_mark_name(&start);
    perf.clear_marks_with_mark_name(&end);
    out
}
