//! Desktop notifications: a scheduled call starting, a call ending while the
//! window is in the background.

use agentphone_core::messages::text;
use tauri::{AppHandle, Manager};

use crate::Starting;

/// A scheduled call is starting: always said, as the person may have
/// forgotten it.
pub fn notify_scheduled(app: &AppHandle, id: i64) {
    let language = speaks(app);
    let who = Starting::of(app)
        .and_then(|state| state.history().get(id).ok().flatten())
        .map(|record| record.business.unwrap_or(record.phone_for_people));
    let body = match who {
        Some(who) => text(language, "notify-scheduled", &[("who", who.into())]),
        None => text(language, "notify-scheduled-unknown", &[]),
    };
    show_notification(app, &body);
}

fn speaks(app: &AppHandle) -> &'static str {
    Starting::of(app).map_or(agentphone_core::messages::ENGLISH, |state| state.speaks())
}

/// A desktop notification when a call ends while the window is in the
/// background, unless the person turned them off.
pub fn notify_if_ended(app: &AppHandle, id: i64, status: &agentphone_core::CallStatus) {
    if !status.is_terminal() {
        return;
    }
    let focused = app
        .get_webview_window("main")
        .and_then(|window| window.is_focused().ok())
        .unwrap_or(false);
    let wanted = Starting::of(app).is_none_or(|state| state.preferences.get().notify_when_done);
    if focused || !wanted {
        return;
    }
    let record = Starting::of(app).and_then(|state| state.history().get(id).ok().flatten());
    let language = speaks(app);
    let body = match record {
        Some(record) => agentphone_core::notification::call_ended(&record, status, language),
        None => text(language, "notify-ended-unknown", &[]),
    };
    show_notification(app, &body);
}

fn show_notification(app: &AppHandle, body: &str) {
    use tauri_plugin_notification::NotificationExt;
    if let Err(error) = app
        .notification()
        .builder()
        .title("AgentPhone")
        .body(body)
        .show()
    {
        log::info!("no desktop notification: {error}");
    }
}
