//! Closing the window or quitting while real calls depend on the app:
//! asked first (`agentphone_core::closing` says what), so nobody closes it
//! unaware.

use std::sync::atomic::{AtomicBool, Ordering};

use agentphone_core::messages::text;
use tauri::{AppHandle, CloseRequestApi, ExitRequestApi, Manager, Window};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::Starting;

/// The person said "Close AgentPhone": the next close request goes through.
static CLOSE_CONFIRMED: AtomicBool = AtomicBool::new(false);

/// Holds the window open and asks, when live calls are not sent yet, going
/// on or scheduled; closes when the person confirms.
pub fn on_close_requested(window: &Window, api: &CloseRequestApi) {
    if ask_first(window.app_handle()) {
        api.prevent_close();
    }
}

/// Quitting by the application menu or the keyboard (Cmd+Q, the dock's
/// Quit) asks the same question as closing the window.
pub fn on_exit_requested(app: &AppHandle, api: &ExitRequestApi) {
    if ask_first(app) {
        api.prevent_exit();
    }
}

/// Shows the question when something real depends on the app; true when
/// it did (the caller holds the app open until the person answers).
fn ask_first(app: &AppHandle) -> bool {
    if CLOSE_CONFIRMED.load(Ordering::SeqCst) {
        return false;
    }
    let Some(state) = Starting::of(app) else {
        return false;
    };
    if state.is_practice() {
        return false;
    }
    let language = state.speaks();
    let question = match agentphone_core::closing::question(state.history(), language) {
        Ok(Some(question)) => question,
        Ok(None) => return false,
        Err(error) => {
            log::warn!("could not check for calls before closing: {error}");
            return false;
        }
    };
    let handle = app.clone();
    let mut dialog = app
        .dialog()
        .message(question)
        .title(text(language, "closing-title", &[]))
        .kind(MessageDialogKind::Info)
        .buttons(MessageDialogButtons::OkCancelCustom(
            text(language, "closing-close", &[]),
            text(language, "closing-keep", &[]),
        ));
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.parent(&window);
    }
    dialog.show(move |close| {
        if close {
            CLOSE_CONFIRMED.store(true, Ordering::SeqCst);
            handle.exit(0);
        }
    });
    true
}
