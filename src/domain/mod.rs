//! The pure core of CCA Migration Lab.
//!
//! Plain Rust and serde: no browser crate. The browser app, the CLI and the
//! tests all call this module, so a curriculum is parsed, validated and
//! scored the same way everywhere.
//!
//! - [`reference`]: official SDG and GCM data and the `gcm:6` / `sdg:10.7.2`
//!   reference syntax.
//! - [`analytics`]: coverage, gaps, alignment and interlinkages of mapped priorities.
//! - [`csv`]: reading and writing CSV, with the place of every field.
//! - [`curriculum`]: the curriculum file format, loading and checking.
//! - [`results`]: a learner's results file.
//! - [`workspace`]: an analyst's own plan, with CSV and JSON import and export.
//! - [`diagnostic`]: problems with their place and fix.
//! - [`json_syntax`]: where a JSON text stops being JSON.
//! - [`mapping`]: mapping exercises and their scoring.
//! - [`markdown`]: safe Markdown for curriculum prose.
//! - [`package`]: SCORM 1.2 and cmi5 manifests for LMS packages of a curriculum.
//! - [`progress`]: a learner's progress and its stored form.
//! - [`suggest`]: suggested GCM objectives, SDG targets, indicators and goals
//!   for a free text, ranked, with a relevance decision and the evidence.
#![deny(missing_docs)]

pub mod analytics;
pub mod csv;
pub mod curriculum;
pub mod diagnostic;
pub mod json_syntax;
pub mod mapping;
pub mod markdown;
pub mod package;
pub mod progress;
pub mod reference;
pub mod results;
pub mod suggest;
pub mod workspace;
