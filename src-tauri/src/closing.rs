//! Closing the window while real calls depend on the app: asked first
//! (`agentphone_core::closing` says what), so nobody closes it unaware.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{CloseRequestApi, Manager, Window};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::Opening;

/// The person said "Close AgentPhone": the next close request goes through.
static CLOSE_CONFIRMED: AtomicBool = AtomicBool::new(false);

/// Holds the window open and asks, when live calls are going on or
/// scheduled; closes when the person confirms.
pub fn on_close_requested(window: &Window, api: &CloseRequestApi) {
    if CLOSE_CONFIRMED.load(Ordering::SeqCst) {
        return;
    }
    let Some(state) = Opening::of(window.app_handle()) else {
        return;
    };
    if state.is_practice() {
        return;
    }
    let question = match agentphone_core::closing::question(&state.history) {
        Ok(Some(question)) => question,
        Ok(None) => return,
        Err(error) => {
            log::warn!("could not check for calls before closing: {error}");
            return;
        }
    };
    api.prevent_close();
    let app = window.app_handle().clone();
    window
        .dialog()
        .message(question)
        .title("Close AgentPhone?")
        .kind(MessageDialogKind::Info)
        .buttons(MessageDialogButtons::OkCancelCustom(
            "Close AgentPhone".into(),
            "Keep it open".into(),
        ))
        .parent(window)
        .show(move |close| {
            if close {
                CLOSE_CONFIRMED.store(true, Ordering::SeqCst);
                app.exit(0);
            }
        });
}
