//! Widgets that only render their props.

pub mod diagnostics;
pub mod markdown;
pub mod question;
pub mod refcard;
