//! The AgentPhone window: a thin shell over `agentphone-core`.
//!
//! This crate only wires things together: plugins, managed state and the
//! commands in `commands/`, each a few lines over the core.

mod commands;
mod save_dialog;
mod startup;
mod state;

use agentphone_core::instance::DataFolderLock;
use agentphone_core::Error;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

pub use state::AppState;

pub fn run() {
    avoid_blank_webkit_window();
    let app = tauri::Builder::default()
        // First of all: a second launch hands over to the open window and
        // ends, before it opens anything.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            show_main_window(app);
        }))
        .plugin(
            tauri_plugin_log::Builder::new()
                .level(log::LevelFilter::Info)
                .build(),
        )
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            match DataFolderLock::acquire(&data_dir) {
                Ok(lock) => app.manage(lock),
                Err(error @ Error::AlreadyOpen) => {
                    say_and_exit(app.handle(), &error, 0);
                    return Ok(());
                }
                Err(error) => {
                    say_and_exit(app.handle(), &error, 1);
                    return Ok(());
                }
            };
            // block_on enters Tauri's runtime, so the engine can spawn its tasks.
            match tauri::async_runtime::block_on(startup::start(app.handle())) {
                Ok(state) => {
                    app.manage(state);
                    startup::keep_less_daily(app.handle().clone());
                }
                Err(error) => say_and_exit(app.handle(), &error, 1),
            }
            Ok(())
        })
        // Made by build.rs from its one list of commands.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/invoke_handler.rs")))
        .run(tauri::generate_context!("../tauri.conf.json"));
    if let Err(error) = app {
        eprintln!("AgentPhone could not start: {error}");
        std::process::exit(1);
    }
}

fn show_main_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The app cannot start (another copy holds the data folder, the history
/// is busy, the service's address is unsafe…): say why in a dialog a
/// double-clicking person sees, then end without touching history or calls.
fn say_and_exit(app: &AppHandle, error: &Error, code: i32) {
    log::warn!("not starting: {error}");
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.hide();
    }
    let handle = app.clone();
    app.dialog()
        .message(error.to_string())
        .title("AgentPhone")
        .kind(MessageDialogKind::Warning)
        .show(move |_| handle.exit(code));
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
