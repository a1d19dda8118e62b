//! The person's preferences, kept by tauri-plugin-store.

use agentphone_core::preferences::{Preferences, FILE_NAME, STORE_KEY};
use agentphone_core::Error;
use tauri::{AppHandle, State};
use tauri_plugin_store::StoreExt;

use crate::AppState;

#[tauri::command]
pub async fn get_preferences(app: AppHandle) -> Result<Preferences, Error> {
    let store = app.store(FILE_NAME).map_err(internal)?;
    Ok(Preferences::from_store(store.get(STORE_KEY)))
}

/// Saves the preferences; some (API base, Practice mode) apply from the
/// next start.
#[tauri::command]
pub async fn set_preferences(
    app: AppHandle,
    preferences: Preferences,
) -> Result<Preferences, Error> {
    let store = app.store(FILE_NAME).map_err(internal)?;
    let value = serde_json::to_value(&preferences).map_err(internal)?;
    store.set(STORE_KEY, value);
    store.save().map_err(internal)?;
    Ok(preferences)
}

fn internal(error: impl std::fmt::Display) -> Error {
    Error::Internal {
        detail: format!("preferences: {error}"),
    }
}

#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppMode {
    /// Calls go to the simulator inside the app; nothing real happens.
    pub practice: bool,
}

#[tauri::command]
pub async fn app_mode(state: State<'_, AppState>) -> Result<AppMode, Error> {
    Ok(AppMode {
        practice: state.is_practice(),
    })
}

/// Turns Practice mode on or off, now and for the next start. The choice is
/// saved first and put back if the switch fails, so the app never runs in
/// one mode while its preferences (and banner) say the other; the answer is
/// the mode the engine really has.
#[tauri::command]
pub async fn set_practice_mode(
    app: AppHandle,
    state: State<'_, AppState>,
    practice: bool,
) -> Result<AppMode, Error> {
    let key = if practice {
        None
    } else {
        let keychain = state.keychain.clone();
        tauri::async_runtime::spawn_blocking(move || keychain.load())
            .await
            .map_err(internal)??
    };
    let was = state.is_practice();
    save_practice_mode(&app, practice)?;
    if let Err(error) = state.set_practice(practice, key).await {
        if let Err(undo) = save_practice_mode(&app, was) {
            log::warn!("could not put the Practice mode preference back: {undo}");
        }
        return Err(error);
    }
    Ok(AppMode {
        practice: state.is_practice(),
    })
}

fn save_practice_mode(app: &AppHandle, practice: bool) -> Result<(), Error> {
    let store = app.store(FILE_NAME).map_err(internal)?;
    let mut preferences = Preferences::from_store(store.get(STORE_KEY));
    preferences.practice_mode = practice;
    store.set(
        STORE_KEY,
        serde_json::to_value(&preferences).map_err(internal)?,
    );
    store.save().map_err(internal)
}

/// Opens the AgentPhone dashboard (credits, keys) in the person's browser.
/// The address is fixed here, so the window cannot open anything else.
#[tauri::command]
pub async fn open_agentphone_site(app: AppHandle) -> Result<(), Error> {
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_url("https://agentphone.app/dashboard", None::<&str>)
        .map_err(|error| Error::Internal {
            detail: format!("could not open the browser: {error}"),
        })
}
