//! The person's preferences, through the one owner of their file. The
//! window changes them field by field; the service's address it can only
//! read.

use agentphone_core::caller::{Caller, CallerCheck};
use agentphone_core::engine::now_ms;
use agentphone_core::preferences::{clean_templates, Preferences};
use agentphone_core::retention::{self, Retention};
use agentphone_core::Error;
use tauri::{AppHandle, State};

use crate::Starting;

#[tauri::command]
pub async fn get_preferences(starting: State<'_, Starting>) -> Result<Preferences, Error> {
    let state = starting.ready().await;
    Ok(state.preferences.get())
}

/// A desktop notification when a call ends while the window is in the background.
#[tauri::command]
pub async fn set_notify_when_done(
    starting: State<'_, Starting>,
    notify: bool,
) -> Result<Preferences, Error> {
    let state = starting.ready().await;
    state.preferences.update(|p| p.notify_when_done = notify)
}

/// Replaces the saved objective templates (cleaned: trimmed, each once, at
/// most 20) and answers what was kept.
#[tauri::command]
pub async fn set_templates(
    starting: State<'_, Starting>,
    templates: Vec<String>,
) -> Result<Vec<String>, Error> {
    let state = starting.ready().await;
    let kept = clean_templates(templates);
    Ok(state.preferences.update(|p| p.templates = kept)?.templates)
}

/// How many recordings or calls `rule` would delete now.
#[tauri::command]
pub async fn retention_preview(
    starting: State<'_, Starting>,
    rule: Retention,
) -> Result<u32, Error> {
    let state = starting.ready().await;
    retention::preview(state.history(), rule, now_ms())
}

/// Saves the rule for keeping less (`None`: keep everything) and applies it
/// at once; answers how many recordings or calls were deleted.
#[tauri::command]
pub async fn set_retention(
    starting: State<'_, Starting>,
    rule: Option<Retention>,
) -> Result<u32, Error> {
    let state = starting.ready().await;
    state.preferences.update(|p| p.retention = rule)?;
    match rule {
        Some(rule) => state.delete_old(rule, now_ms()),
        None => Ok(0),
    }
}

/// A language's message catalogue, for the window to say everything in it.
#[tauri::command]
pub async fn catalogue(language: String) -> Result<String, Error> {
    Ok(agentphone_core::messages::catalogue(&language).to_owned())
}

/// The language the app speaks from now on (`None`: the system's), kept for
/// the next start; answers the language it speaks.
#[tauri::command]
pub async fn set_language(
    starting: State<'_, Starting>,
    language: Option<String>,
) -> Result<String, Error> {
    let state = starting.ready().await;
    // Only a language the app speaks is kept.
    let chosen = language.map(|wanted| agentphone_core::messages::pick(Some(&wanted)).to_owned());
    state.preferences.update(|p| p.language = chosen)?;
    Ok(state.speaks().to_owned())
}

/// Who the calls are made for (Settings → You): kept once every field is
/// right (the callback number checked like any number, a national one in
/// `country`); an empty one clears it. Answers what is kept, or what needs
/// fixing in the person's language.
#[tauri::command]
pub async fn set_caller(
    starting: State<'_, Starting>,
    caller: Caller,
    country: String,
) -> Result<CallerSaved, Error> {
    let state = starting.ready().await;
    let problems = match agentphone_core::caller::check(&caller, &country, state.speaks()) {
        Ok(kept) => {
            state.preferences.update(|p| p.caller = kept)?;
            None
        }
        Err(problems) => Some(problems),
    };
    // What is kept now: the new one, or on a problem the one kept before.
    let caller = state.preferences.get().caller;
    Ok(CallerSaved {
        who: caller.as_ref().map(Caller::who),
        caller,
        problems,
    })
}

/// What [`set_caller`] kept, or why it kept nothing new.
#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallerSaved {
    pub caller: Option<Caller>,
    /// Their name and organisation as one ("Jana Novak, Hotel Linde").
    pub who: Option<String>,
    pub problems: Option<CallerCheck>,
}

/// The file the window keeps what was typed, the filters and the player's
/// settings in (written by tauri-plugin-store, beside `preferences.json`).
const KEPT_FILE: &str = "window-state.json";

/// Looks at the file of what the window keeps before the window reads it
/// (the store plugin would read a damaged file as empty and then write over
/// it): a damaged one is set aside (renamed, never deleted), and the answer
/// says what to tell the person.
#[tauri::command]
pub async fn check_kept_file(
    app: AppHandle,
    starting: State<'_, Starting>,
) -> Result<Option<String>, Error> {
    let folder = crate::startup::data_folder(&app)?;
    let file = folder.join(KEPT_FILE);
    let readable = match std::fs::read(&file) {
        Ok(bytes) => {
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes).is_ok()
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => true,
        Err(_) => false,
    };
    if readable {
        return Ok(None);
    }
    let aside =
        agentphone_core::files::set_aside(&file).map_err(|error| Error::DataFolderUnavailable {
            folder: folder.display().to_string(),
            detail: error.to_string(),
        })?;
    let language = starting.ready().await.speaks();
    Ok(Some(agentphone_core::messages::text(
        language,
        "notice-kept-aside",
        &[("file", aside.display().to_string().into())],
    )))
}
