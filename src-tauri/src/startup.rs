//! Opens what the app keeps (preferences, history, key) and starts the call
//! engine, collecting anything the person should be told about.

use std::sync::Arc;

use agentphone_core::client::api_base_from_env;
use agentphone_core::engine::{Engine, EngineSettings};
use agentphone_core::history::History;
use agentphone_core::preferences::{self, Preferences};
use agentphone_core::{Client, Keychain};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_store::StoreExt;

use crate::AppState;

/// The event every engine event goes out on.
pub const ENGINE_EVENT: &str = "engine";

pub async fn start(app: &AppHandle) -> Result<AppState, Box<dyn std::error::Error>> {
    let data_dir = app.path().app_data_dir()?;
    std::fs::create_dir_all(&data_dir)?;
    let mut notices = Vec::new();

    if let Some(aside) = preferences::set_aside_if_broken(&data_dir.join(preferences::FILE_NAME))? {
        notices.push(format!(
            "Your preferences could not be read, so AgentPhone set the file aside ({}) and \
             started with the usual settings. Nothing else was changed.",
            aside.display()
        ));
    }
    let store = app.store(preferences::FILE_NAME)?;
    let preferences = Preferences::from_store(store.get(preferences::STORE_KEY));

    let opened = History::open(&data_dir.join("history.sqlite3"))?;
    if let Some(aside) = &opened.moved_aside {
        notices.push(format!(
            "Your call history could not be opened, so AgentPhone moved it to {} (nothing was \
             deleted) and started a new, empty history.",
            aside.display()
        ));
    }

    // The environment wins over the preference, for testing and proxies.
    let base = match std::env::var_os("AGENTPHONE_API_BASE") {
        Some(_) => api_base_from_env(),
        None => preferences
            .api_base
            .clone()
            .unwrap_or_else(api_base_from_env),
    };
    let emitter = app.clone();
    let engine = Engine::start(
        Client::new(base)?,
        Arc::new(opened.history),
        EngineSettings::standard(),
        false,
        Arc::new(move |event| {
            if let Err(error) = emitter.emit(ENGINE_EVENT, event) {
                log::warn!("could not send an engine event to the window: {error}");
            }
        }),
    );

    let keychain = Arc::new(Keychain::platform());
    let reader = keychain.clone();
    match tauri::async_runtime::spawn_blocking(move || reader.load()).await {
        Ok(Ok(key)) => engine.set_key(key),
        Ok(Err(error)) => log::warn!("no key at start: {error}"),
        Err(error) => log::warn!("could not read the key at start: {error}"),
    }
    let resumed = engine.resume()?;
    if resumed > 0 {
        log::info!("following {resumed} unfinished calls again");
    }

    let default_country = preferences.default_country.clone().unwrap_or_else(|| {
        agentphone_core::validate::default_country(sys_locale::get_locale().as_deref())
    });
    Ok(AppState {
        keychain,
        engine,
        notices,
        default_country,
    })
}
