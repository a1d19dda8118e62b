//! Placing and following calls, and the history, over the core's engine.
//! Progress reaches the window as `engine` events. The commands are async
//! so that no history read runs on the window's own thread.

use agentphone_core::engine::{Confirmation, Confirmed, PlacedCall};
use agentphone_core::export;
use agentphone_core::history::{CallDetails, HistoryPage, HistoryQuery, Overview};
use agentphone_core::messages::text;
use agentphone_core::validate::{check_form_in, CallForm, FormCheck};
use agentphone_core::Error;
use tauri::{AppHandle, State};

use crate::save_dialog::{self, SaveAs};
use crate::Starting;

/// What the form says while the person types; sends nothing.
#[tauri::command]
pub async fn check_call_form(
    starting: State<'_, Starting>,
    form: CallForm,
) -> Result<FormCheck, Error> {
    // Said in the language spoken; before start-up finishes, the system's.
    match starting.get() {
        Some(state) => Ok(check_form_in(&state.with_caller(form), state.speaks())),
        None => {
            let language = agentphone_core::messages::pick(sys_locale::get_locale().as_deref());
            Ok(check_form_in(&form, language))
        }
    }
}

/// The confirmation for the form as it is now: what will be dialled, in
/// which mode, and what to warn about.
#[tauri::command]
pub async fn prepare_call(
    starting: State<'_, Starting>,
    form: CallForm,
) -> Result<Confirmation, Error> {
    let state = starting.ready().await;
    state.engine().prepare(&state.with_caller(form))
}

/// Places the call the person confirmed, or refuses if the form no longer
/// matches what they saw.
#[tauri::command]
pub async fn place_call(
    starting: State<'_, Starting>,
    form: CallForm,
    confirmed: Confirmed,
) -> Result<PlacedCall, Error> {
    let state = starting.ready().await;
    let form = state.with_caller(form);
    state.engine().place_call(&form, &confirmed).await
}

/// Writes the confirmed call down for `at_ms` and places it then, while
/// the app runs; answers the call's id.
#[tauri::command]
pub async fn schedule_call(
    starting: State<'_, Starting>,
    form: CallForm,
    confirmed: Confirmed,
    at_ms: i64,
) -> Result<i64, Error> {
    let state = starting.ready().await;
    state
        .engine()
        .schedule_call(&state.with_caller(form), &confirmed, at_ms)
}

/// Places a scheduled (or missed) call now; `despite_unconfirmed` once the
/// person was told a call to the number may already have been placed.
#[tauri::command]
pub async fn call_now(
    starting: State<'_, Starting>,
    id: i64,
    despite_unconfirmed: bool,
) -> Result<PlacedCall, Error> {
    let state = starting.ready().await;
    state.engine().call_now(id, despite_unconfirmed).await
}

#[tauri::command]
pub async fn reschedule_call(
    starting: State<'_, Starting>,
    id: i64,
    at_ms: i64,
) -> Result<(), Error> {
    let state = starting.ready().await;
    state.engine().reschedule(id, at_ms)
}

/// The person's note on a call, saved as they type.
#[tauri::command]
pub async fn set_note(starting: State<'_, Starting>, id: i64, note: String) -> Result<(), Error> {
    let state = starting.ready().await;
    state.engine().set_note(id, &note)
}

/// A call's labels; answers what was kept (trimmed, each once).
#[tauri::command]
pub async fn set_labels(
    starting: State<'_, Starting>,
    id: i64,
    labels: Vec<String>,
) -> Result<Vec<String>, Error> {
    let state = starting.ready().await;
    state.engine().set_labels(id, labels)
}

/// Calls since `since_ms` (the window's month start): counts, share
/// achieved, live credits used, average length.
#[tauri::command]
pub async fn overview(starting: State<'_, Starting>, since_ms: i64) -> Result<Overview, Error> {
    let state = starting.ready().await;
    state.history().overview(since_ms)
}

/// Every label in use, most used first.
#[tauri::command]
pub async fn labels_in_use(starting: State<'_, Starting>) -> Result<Vec<String>, Error> {
    let state = starting.ready().await;
    state.history().labels_in_use()
}

/// Which spreadsheet an export writes.
#[derive(Debug, Clone, Copy, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SheetKind {
    /// CSV, for any tool.
    Csv,
    /// An Excel workbook with typed cells.
    Excel,
}

/// Writes the calls matching the list's search and filters to a
/// spreadsheet where the person picks; `None` when they closed the dialog.
#[tauri::command]
pub async fn export_calls(
    app: AppHandle,
    starting: State<'_, Starting>,
    query: HistoryQuery,
    utc_offset_minutes: i32,
    with_transcript: bool,
    kind: SheetKind,
) -> Result<Option<String>, Error> {
    let state = starting.ready().await;
    let records = state.history().records_matching(&query)?;
    let options = export::SheetOptions {
        language: state.speaks(),
        utc_offset_minutes,
        with_transcript,
    };
    let (sheet, extension, kind_words) = match kind {
        SheetKind::Csv => (
            export::spreadsheet(&records, options)?,
            "csv",
            "save-calls-kind",
        ),
        SheetKind::Excel => (
            export::workbook(&records, options)?,
            "xlsx",
            "save-calls-kind-excel",
        ),
    };
    let offer = SaveAs {
        title: text(state.speaks(), "save-calls-title", &[]),
        file_name: export::spreadsheet_file_name(
            agentphone_core::engine::now_ms(),
            utc_offset_minutes,
            extension,
        ),
        kind: text(state.speaks(), kind_words, &[]),
        extension,
    };
    let Some(path) = save_dialog::ask(&app, offer).await? else {
        return Ok(None);
    };
    export::save(&path, &sheet)?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub async fn list_calls(
    starting: State<'_, Starting>,
    query: HistoryQuery,
) -> Result<HistoryPage, Error> {
    starting.history().await.page(&query)
}

#[tauri::command]
pub async fn get_call(
    starting: State<'_, Starting>,
    id: i64,
) -> Result<Option<CallDetails>, Error> {
    let state = starting.ready().await;
    state.engine().details(id)
}

#[tauri::command]
pub async fn check_call_again(starting: State<'_, Starting>, id: i64) -> Result<(), Error> {
    let state = starting.ready().await;
    state.engine().check_again(id)
}

/// Removes a call from local history, with its recording. A call that may
/// already be ringing needs `even_if_on_its_way`.
#[tauri::command]
pub async fn delete_call(
    starting: State<'_, Starting>,
    id: i64,
    even_if_on_its_way: bool,
) -> Result<(), Error> {
    let state = starting.ready().await;
    state.engine().remove_call(id, even_if_on_its_way)?;
    Ok(())
}

/// Opens the person's mail program with the call in a message ready to
/// send (the transcript too if asked); nothing is sent by the app.
#[tauri::command]
pub async fn email_call(
    app: AppHandle,
    starting: State<'_, Starting>,
    id: i64,
    with_transcript: bool,
) -> Result<(), Error> {
    use tauri_plugin_opener::OpenerExt;
    let state = starting.ready().await;
    let details = state.engine().details(id)?.ok_or(Error::UnknownCall)?;
    let link = export::mailto(&details, state.speaks(), with_transcript);
    app.opener().open_url(link, None::<&str>).map_err(|error| {
        log::warn!("could not open the mail program: {error}");
        Error::MailNotOpened
    })
}

/// Saves the call as a Markdown file where the person picks; `None` when
/// they closed the dialog.
#[tauri::command]
pub async fn export_call(
    app: AppHandle,
    starting: State<'_, Starting>,
    id: i64,
) -> Result<Option<String>, Error> {
    let state = starting.ready().await;
    let details = state.engine().details(id)?.ok_or(Error::UnknownCall)?;
    let offer = SaveAs {
        title: text(state.speaks(), "save-call-title", &[]),
        file_name: export::markdown_file_name(&details.record),
        kind: text(state.speaks(), "save-call-kind", &[]),
        extension: "md",
    };
    let Some(path) = save_dialog::ask(&app, offer).await? else {
        return Ok(None);
    };
    export::save(&path, export::markdown(&details, state.speaks()).as_bytes())?;
    Ok(Some(path.display().to_string()))
}
