//! Opens what the app keeps (preferences, history, key) and starts the call
//! engine of the chosen mode, collecting anything the person should be told.

use std::sync::Arc;

use agentphone_core::client::api_base_from_env;
use agentphone_core::engine::EngineEvent;
use agentphone_core::history::History;
use agentphone_core::preferences::{self, PreferencesFile};
use agentphone_core::recordings::Recordings;
use agentphone_core::{Error, Keychain};
use tauri::{AppHandle, Emitter, Manager};

use crate::state::{AppState, Opening, Parts};

/// The events the window listens to. The window's names are typed by this
/// enum's TypeScript form, so a name changed here fails its type check.
#[derive(Debug, Clone, Copy, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum EventName {
    /// Every engine event goes out on this.
    Engine,
    /// The player reports its position on this.
    Player,
}

impl EventName {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Engine => "engine",
            Self::Player => "player",
        }
    }
}

/// Opens everything, or says in plain words why the app cannot start
/// (the caller shows it in a dialog; nothing is moved or deleted).
pub async fn start(app: &AppHandle) -> Result<AppState, Error> {
    let data_dir = app.path().app_data_dir().map_err(|error| Error::Internal {
        detail: format!("no data folder: {error}"),
    })?;
    let mut notices = Vec::new();

    let opened = PreferencesFile::open(&data_dir.join(preferences::FILE_NAME))?;
    if let Some(aside) = &opened.set_aside {
        notices.push(format!(
            "Your preferences could not be read, so AgentPhone set the file aside ({}) and \
             started with the usual settings. Nothing else was changed.",
            aside.display()
        ));
    }
    let preferences = opened.file.get();

    let history = History::open(&data_dir.join("history.sqlite3"))?;
    // Times that passed while the app was closed are asked about, never
    // placed late; both modes, whichever the app opens in.
    history
        .history
        .miss_past_due(agentphone_core::engine::now_ms())?;
    if let Some(aside) = &history.moved_aside {
        notices.push(format!(
            "Your call history was damaged, so AgentPhone moved it to {} (nothing was \
             deleted) and started a new, empty history.",
            aside.display()
        ));
    }

    // The environment wins over the preference, for testing and proxies.
    let live_base = match std::env::var_os("AGENTPHONE_API_BASE") {
        Some(_) => api_base_from_env(),
        None => preferences
            .api_base
            .clone()
            .unwrap_or_else(api_base_from_env),
    };
    let recordings = Recordings::new(data_dir.join("recordings"))
        .inspect_err(|error| log::warn!("recordings will not be kept: {error}"))
        .ok();
    let emitter = app.clone();
    let notifier = app.clone();
    let listener = app.clone();
    let player = agentphone_core::player::Player::start(Arc::new(move |event| {
        let _ = listener.emit(EventName::Player.as_str(), event);
    }));
    let state = AppState::new(Parts {
        keychain: Arc::new(Keychain::platform()),
        history: Arc::new(history.history),
        preferences: opened.file,
        live_base,
        recordings,
        events: Arc::new(move |event| {
            match &event {
                EngineEvent::StatusChanged { id, status } => {
                    notify_if_ended(&notifier, *id, status)
                }
                EngineEvent::ScheduledCallStarting { id } => notify_scheduled(&notifier, *id),
                _ => {}
            }
            if let Err(error) = emitter.emit(EventName::Engine.as_str(), event) {
                log::warn!("could not send an engine event to the window: {error}");
            }
        }),
        player,
        notices,
    })?;

    // The key is read afterwards (`give_the_key`): a locked or hung
    // keychain never holds up the window, and Practice mode never reads it.
    if preferences.practice_mode {
        state.set_practice(true, None).await?;
    } else {
        let resumed = state.engine().resume()?;
        if resumed > 0 {
            log::info!("following {resumed} unfinished calls again");
        }
    }
    Ok(state)
}

/// Reads the key from the keychain in the background and hands it to the
/// live engine: until then (a keychain waiting for its password, say) the
/// window works and live calls wait for the key.
pub fn give_the_key(app: AppHandle) {
    let Some(state) = Opening::of(&app) else {
        return;
    };
    if state.is_practice() {
        return;
    }
    tauri::async_runtime::spawn(async move {
        let reader = state.keychain.clone();
        let key = match crate::blocking::off_the_window(move || reader.load()).await {
            Ok(key) => key,
            Err(error) => {
                log::warn!("no key at start: {error}");
                return;
            }
        };
        // Switched to Practice meanwhile: the practice engine keeps its own key.
        let engine = state.engine();
        if !engine.mode().is_practice() {
            engine.set_key(key);
        }
    });
}

/// Applies the person's rule for keeping less (if any) now and once a day
/// while the app is open.
pub fn keep_less_daily(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            if let Some(state) = Opening::of(&app) {
                if let Some(rule) = state.preferences.get().retention {
                    match agentphone_core::retention::apply(
                        &state.history,
                        rule,
                        agentphone_core::engine::now_ms(),
                    ) {
                        Ok(0) => {}
                        Ok(removed) => log::info!("kept less: {removed} deleted"),
                        Err(error) => log::warn!("could not keep less: {error}"),
                    }
                }
            }
            tokio::time::sleep(std::time::Duration::from_secs(24 * 60 * 60)).await;
        }
    });
}

/// A scheduled call is starting: always said, as the person may have
/// forgotten it.
fn notify_scheduled(app: &AppHandle, id: i64) {
    let who = Opening::of(app)
        .and_then(|state| state.history.get(id).ok().flatten())
        .map(|record| record.business.unwrap_or(record.phone));
    let body = match who {
        Some(who) => format!("Your scheduled call to {who} is starting now."),
        None => "Your scheduled call is starting now.".to_owned(),
    };
    show_notification(app, &body);
}

/// A desktop notification when a call ends while the window is in the
/// background, unless the person turned them off.
fn notify_if_ended(app: &AppHandle, id: i64, status: &str) {
    if !agentphone_core::CallStatus::parse(status).is_terminal() {
        return;
    }
    let focused = app
        .get_webview_window("main")
        .and_then(|window| window.is_focused().ok())
        .unwrap_or(false);
    let wanted = Opening::of(app).is_none_or(|state| state.preferences.get().notify_when_done);
    if focused || !wanted {
        return;
    }
    let record = Opening::of(app).and_then(|state| state.history.get(id).ok().flatten());
    let body = match record {
        Some(record) => agentphone_core::export::ended_in_words(&record, status),
        None => "A call has ended. Open AgentPhone to see what happened.".to_owned(),
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

#[cfg(test)]
mod tests {
    use super::EventName;

    #[test]
    fn event_names_are_said_once() {
        for name in [EventName::Engine, EventName::Player] {
            assert_eq!(
                serde_json::to_value(name).ok(),
                Some(serde_json::Value::from(name.as_str()))
            );
        }
    }
}
