//! Placing and following calls, and the history, over the core's engine.
//! Progress reaches the window as `engine` events. The commands are async
//! so that no history read runs on the window's own thread.

use agentphone_core::engine::PlacedCall;
use agentphone_core::history::{CallDetails, HistoryPage, HistoryQuery};
use agentphone_core::validate::{check_form, CallForm, FormCheck};
use agentphone_core::Error;
use tauri::State;

use crate::AppState;

/// What the form says while the person types; sends nothing.
#[tauri::command]
pub async fn check_call_form(form: CallForm) -> Result<FormCheck, Error> {
    Ok(check_form(&form))
}

#[tauri::command]
pub async fn place_call(state: State<'_, AppState>, form: CallForm) -> Result<PlacedCall, Error> {
    state.engine().place_call(&form).await
}

#[tauri::command]
pub async fn list_calls(
    state: State<'_, AppState>,
    query: HistoryQuery,
) -> Result<HistoryPage, Error> {
    state.history.page(&query)
}

#[tauri::command]
pub async fn get_call(state: State<'_, AppState>, id: i64) -> Result<Option<CallDetails>, Error> {
    state.history.details(id)
}

#[tauri::command]
pub async fn check_call_again(state: State<'_, AppState>, id: i64) -> Result<(), Error> {
    state.engine().check_again(id)
}

/// Removes a call from local history, with its recording.
#[tauri::command]
pub async fn delete_call(state: State<'_, AppState>, id: i64) -> Result<(), Error> {
    let removed = state.engine().forget(id)?;
    if let Some(path) = removed.and_then(|record| record.recording_path) {
        if let Err(error) = std::fs::remove_file(&path) {
            log::warn!("could not remove the recording {path}: {error}");
        }
    }
    Ok(())
}

/// Things the person should know from start-up (a file set aside, say).
#[tauri::command]
pub async fn startup_notices(state: State<'_, AppState>) -> Result<Vec<String>, Error> {
    Ok(state.notices.clone())
}

/// The country for numbers typed without a country code.
#[tauri::command]
pub async fn default_country(state: State<'_, AppState>) -> Result<String, Error> {
    Ok(state.default_country.clone())
}
