//! The only place that touches browser APIs: storage and network.

pub mod crash;
pub mod loader;
pub mod storage;
pub mod timing;
pub mod workspaces;
