//! Placing and following calls, and the history, over the core's engine.
//! Progress reaches the window as `engine` events. The commands are async
//! so that no history read runs on the window's own thread.

use agentphone_core::engine::{Confirmation, Confirmed, PlacedCall};
use agentphone_core::history::{CallDetails, HistoryPage, HistoryQuery};
use agentphone_core::validate::{check_form, CallForm, FormCheck};
use agentphone_core::Error;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;

/// What the form says while the person types; sends nothing.
#[tauri::command]
pub async fn check_call_form(form: CallForm) -> Result<FormCheck, Error> {
    Ok(check_form(&form))
}

/// The confirmation for the form as it is now: what will be dialled, in
/// which mode, and what to warn about.
#[tauri::command]
pub async fn prepare_call(
    state: State<'_, AppState>,
    form: CallForm,
) -> Result<Confirmation, Error> {
    state.engine().prepare(&form)
}

/// Places the call the person confirmed, or refuses if the form no longer
/// matches what they saw.
#[tauri::command]
pub async fn place_call(
    state: State<'_, AppState>,
    form: CallForm,
    confirmed: Confirmed,
) -> Result<PlacedCall, Error> {
    state.engine().place_call(&form, &confirmed).await
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
    state.engine().details(id)
}

#[tauri::command]
pub async fn check_call_again(state: State<'_, AppState>, id: i64) -> Result<(), Error> {
    state.engine().check_again(id)
}

/// Removes a call from local history, with its recording. A call that may
/// already be ringing needs `even_if_on_its_way`.
#[tauri::command]
pub async fn delete_call(
    state: State<'_, AppState>,
    id: i64,
    even_if_on_its_way: bool,
) -> Result<(), Error> {
    let removed = state.engine().forget(id, even_if_on_its_way)?;
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

/// Saves the call as a Markdown file where the person picks; `None` when
/// they closed the dialog.
#[tauri::command]
pub async fn export_call(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
) -> Result<Option<String>, Error> {
    let details = state.history.details(id)?.ok_or_else(|| Error::Internal {
        detail: format!("no call {id} in history"),
    })?;
    let name = details
        .record
        .business
        .as_deref()
        .unwrap_or(&details.record.phone);
    let file_name: String = format!("AgentPhone call - {name}.md")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " .-_'".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let (chosen, picked) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("Export the call")
        .set_file_name(file_name)
        .add_filter("Markdown", &["md"])
        .save_file(move |path| {
            let _ = chosen.send(path);
        });
    let Some(path) = picked.await.ok().flatten() else {
        return Ok(None);
    };
    let path = path.into_path().map_err(|error| Error::Internal {
        detail: format!("that place cannot be written to: {error}"),
    })?;
    std::fs::write(&path, details.to_markdown()).map_err(|error| Error::Internal {
        detail: format!("could not write {}: {error}", path.display()),
    })?;
    Ok(Some(path.display().to_string()))
}
