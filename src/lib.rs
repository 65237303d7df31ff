pub mod domain;
#[cfg(feature = "ui")]
pub mod ui;
