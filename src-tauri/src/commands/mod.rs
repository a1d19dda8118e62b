//! Tauri commands: thin adapters over the core, one file per area.

pub mod calls;
pub mod preferences;
pub mod recordings;
pub mod settings;
