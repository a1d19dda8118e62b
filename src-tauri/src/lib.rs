//! The AgentPhone window: a thin shell over `agentphone-core`.
//!
//! This crate only wires things together: plugins, managed state and the
//! commands in `commands/`, each a few lines over the core.

mod commands;

use std::sync::Arc;

use agentphone_core::Keychain;

/// Everything the commands share, managed once by Tauri.
pub struct AppState {
    pub keychain: Arc<Keychain>,
}

pub fn run() {
    avoid_blank_webkit_window();
    let app = tauri::Builder::default()
        .plugin(
            tauri_plugin_log::Builder::new()
                .level(log::LevelFilter::Info)
                .build(),
        )
        .manage(AppState {
            keychain: Arc::new(Keychain::platform()),
        })
        .invoke_handler(tauri::generate_handler![
            commands::settings::key_status,
            commands::settings::save_key,
            commands::settings::remove_key,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"));
    if let Err(error) = app {
        eprintln!("AgentPhone could not start: {error}");
        std::process::exit(1);
    }
}

/// WebKitGTK draws an empty window on some GPU drivers unless its DMA-BUF
/// renderer is off. A person who set the variable keeps their choice.
fn avoid_blank_webkit_window() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // Runs first thing in `run`, before any other thread exists.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
}
