//! Widgets that only render their props.

pub mod analytics;
pub mod diagnostics;
pub mod dropzone;
pub mod mapping;
pub mod markdown;
pub mod picker;
pub mod question;
pub mod refcard;
pub mod suggest;
