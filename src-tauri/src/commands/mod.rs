//! Tauri commands: thin adapters over the core, one file per area.

pub mod api_key;
pub mod businesses;
pub mod calls;
pub mod mode;
pub mod preferences;
pub mod recordings;
pub mod site;
