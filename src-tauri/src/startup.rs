//! Opens what the app keeps (preferences, history, key) and starts the call
//! engine of the chosen mode, collecting anything the person should be told.

use std::sync::Arc;

use agentphone_core::client::api_base_from_env;
use agentphone_core::engine::EngineEvent;
use agentphone_core::history::History;
use agentphone_core::messages;
use agentphone_core::preferences::{self, PreferencesFile};
use agentphone_core::recordings::Recordings;
use agentphone_core::{Error, Keychain};
use tauri::{AppHandle, Emitter, Manager};

use crate::events::EventName;
use crate::notifications::{notify_if_ended, notify_scheduled};

use crate::state::{AppState, Parts, Starting};

/// The app's data folder (history, preferences, recordings, what the
/// window keeps).
pub fn data_folder(app: &AppHandle) -> Result<std::path::PathBuf, Error> {
    app.path()
        .app_data_dir()
        .map_err(|error| Error::DataFolderUnavailable {
            // No home folder is known: name the folder by the app's identifier.
            folder: app.config().identifier.clone(),
            detail: error.to_string(),
        })
}

/// Opens everything, or says in plain words why the app cannot start
/// (the caller shows it in a dialog; nothing is moved or deleted).
pub async fn start(app: &AppHandle) -> Result<AppState, Error> {
    let data_dir = data_folder(app)?;
    let mut notices = Vec::new();

    let opened = PreferencesFile::open(&data_dir.join(preferences::FILE_NAME))?;
    let preferences = opened.file.get();
    let system = sys_locale::get_locale();
    let language = messages::spoken(preferences.language.as_deref(), system.as_deref());
    if let Some(aside) = &opened.set_aside {
        notices.push(messages::text(
            language,
            "notice-preferences-aside",
            &[("file", aside.display().to_string().into())],
        ));
    }

    let history = History::open(&data_dir.join("history.sqlite3"))?;
    // Times that passed while the app was closed are asked about, never
    // placed late; both modes, whichever the app opens in.
    history
        .history
        .miss_past_due(agentphone_core::engine::now_ms())?;
    let opened_history = Arc::new(history.history);
    // The list may read it while the rest starts.
    app.state::<Starting>().set_history(opened_history.clone());
    if let Some(aside) = &history.moved_aside {
        notices.push(messages::text(
            language,
            "notice-history-aside",
            &[("file", aside.display().to_string().into())],
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
        history: opened_history,
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
    let Some(state) = Starting::of(&app) else {
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
