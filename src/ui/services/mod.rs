//! The only place that touches browser APIs: storage and network.

pub mod crash;
pub mod files;
pub mod i18n;
pub mod json;
pub mod lms;
pub mod loader;
pub mod offline;
pub mod storage;
pub mod suggest;
pub mod timing;
pub mod workspaces;
