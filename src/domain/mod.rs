//! The pure core of CCA Migration Lab.
//!
//! Plain Rust and serde: no browser crate. The browser app, the CLI and the
//! tests all call this module, so a curriculum is parsed, validated and
//! scored the same way everywhere.
//!
//! - [`reference`]: official SDG and GCM data and the `gcm:6` / `sdg:10.7.2`
//!   reference syntax.
//! - [`curriculum`]: the curriculum file format, loading and checking.
//! - [`diagnostic`]: problems with their place and fix.
//! - [`markdown`]: safe Markdown for curriculum prose.
//! - [`progress`]: a learner's progress and its stored form.
#![deny(missing_docs)]

pub mod curriculum;
pub mod diagnostic;
pub mod markdown;
pub mod progress;
pub mod reference;
