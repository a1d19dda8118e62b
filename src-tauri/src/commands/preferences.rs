//! The person's preferences, kept by tauri-plugin-store.

use agentphone_core::preferences::{Preferences, FILE_NAME, STORE_KEY};
use agentphone_core::Error;
use tauri::AppHandle;
use tauri_plugin_store::StoreExt;

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
