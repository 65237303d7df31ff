//! The pure core of CCA Migration Lab.
//!
//! Plain Rust and serde: no browser crate. The browser app, the CLI and the
//! tests all call this module, so a curriculum is parsed, validated and
//! scored the same way everywhere.
//!
//! - [`reference`]: official SDG and GCM data and the `gcm:6` / `sdg:10.7.2`
//!   reference syntax.
//! - [`archive`]: the table of contents of a zip file.
//! - [`analytics`]: coverage, gaps, alignment and interlinkages of mapped priorities.
//! - [`cohort`]: cohort analytics from many trainees' results files.
//! - [`csv`]: reading and writing CSV, with the place of every field.
//! - [`curriculum`]: the curriculum file format, loading and checking.
//! - [`results`]: a learner's results file.
//! - [`workspace`]: an analyst's own plan, with CSV and JSON import and export.
//! - [`diagnostic`]: problems with their place and fix.
//! - [`i18n`]: interface messages in the six UN languages (Fluent).
//! - [`json_syntax`]: where a JSON text stops being JSON.
//! - [`mapping`]: mapping exercises and their scoring.
//! - [`markdown`]: safe Markdown for curriculum prose.
//! - [`package`]: SCORM 1.2 and cmi5 manifests for LMS packages of a curriculum.
//! - [`progress`]: a learner's progress and its stored form.
//! - [`translation`]: a curriculum's text as translation units, and back.
//! - [`xliff`]: XLIFF 1.2 files for translators.
//! - [`suggest`]: suggested GCM objectives, SDG targets, indicators and goals
//!   for a free text, ranked, with a relevance decision and the evidence.
#![deny(missing_docs)]

pub mod analytics;
pub mod archive;
pub mod cohort;
pub mod csv;
pub mod curriculum;
pub mod diagnostic;
pub mod i18n;
pub mod json_syntax;
pub mod mapping;
pub mod markdown;
pub mod package;
pub mod progress;
pub mod reference;
pub mod results;
pub mod suggest;
pub mod translation;
pub mod workspace;
pub mod xliff;
