//! The Yew app. Pages render what `crate::domain` computes; only
//! `services` touches browser APIs.

pub mod app;
pub mod components;
pub mod context;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod services;
pub mod state;

pub use app::App;
