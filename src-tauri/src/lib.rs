//! The AgentPhone window: a thin shell over `agentphone-core`.
//!
//! This crate only wires things together: plugins, managed state and the
//! commands in `commands/`, each a few lines over the core.

mod blocking;
mod cleanup;
mod closing;
mod commands;
mod events;
mod notifications;
mod save_dialog;
mod startup;
mod state;

use agentphone_core::instance::DataFolderLock;
use agentphone_core::Error;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};
use tauri_plugin_window_state::StateFlags;

pub use state::{AppState, Starting};

pub fn run() {
    avoid_blank_webkit_window();
    let app = tauri::Builder::default()
        // First of all: a second launch hands over to the open window and
        // ends, before it opens anything.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            show_main_window(app);
            // A clicked tel: link started the second launch: the form shows
            // its number (it never places a call).
            if let Some(found) = agentphone_core::links::in_arguments(args) {
                open_link(app, found);
            }
        }))
        .plugin(
            tauri_plugin_log::Builder::new()
                .level(log::LevelFilter::Info)
                .build(),
        )
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_deep_link::init())
        // Size and place only: a window saved hidden (say, while a start-up
        // problem was shown) must never come back hidden.
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
                .build(),
        )
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                closing::on_close_requested(window, api);
            }
        })
        .on_page_load(|_, payload| {
            // The start-up benchmark waits for this line.
            if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished) {
                log::info!("window ready");
            }
        })
        .setup(|app| {
            // A tel: link the app was started with, for the window's first look.
            app.manage(events::LaunchLink::from_arguments(std::env::args().skip(1)));
            {
                // Where links arrive as events rather than arguments (macOS).
                use tauri_plugin_deep_link::DeepLinkExt;
                let handle = app.handle().clone();
                app.deep_link().on_open_url(move |event| {
                    for url in event.urls() {
                        open_link(&handle, agentphone_core::links::number_in(url.as_str()));
                    }
                });
            }
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
            // The window shows now; history, keychain and engine open
            // meanwhile, and commands wait for them (`Starting::ready`).
            app.manage(Starting::default());
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                match startup::start(&handle).await {
                    Ok(state) => {
                        handle.state::<Starting>().set(state);
                        startup::give_the_key(handle.clone());
                        cleanup::delete_old_calls_daily(handle);
                    }
                    Err(error) => say_and_exit(&handle, &error, 1),
                }
            });
            Ok(())
        })
        // Made by build.rs from its one list of commands.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/invoke_handler.rs")))
        .build(tauri::generate_context!("../tauri.conf.json"));
    match app {
        Ok(app) => app.run(|app, event| {
            if let tauri::RunEvent::ExitRequested { api, .. } = event {
                closing::on_exit_requested(app, &api);
            }
        }),
        Err(error) => {
            eprintln!("AgentPhone could not start: {error}");
            std::process::exit(1);
        }
    }
}

/// Hands a link's number (or that it held none) to the window.
fn open_link(app: &AppHandle, found: Result<String, agentphone_core::links::LinkProblem>) {
    use tauri::Emitter;
    let opened = events::LinkOpened::from(found);
    if let Err(error) = app.emit(events::EventName::Link.as_str(), opened) {
        log::warn!("could not hand a link to the window: {error}");
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
