//! The recording of a call: keep it (again), play it, save a copy.
//! Position reports reach the window as `player` events.

use std::path::PathBuf;
use std::time::Duration;

use agentphone_core::messages::text;
use agentphone_core::Error;
use tauri::{AppHandle, State};

use crate::save_dialog::{self, SaveAs};
use crate::{AppState, Starting};

fn kept_recording(state: &AppState, id: i64) -> Result<PathBuf, Error> {
    state
        .history()
        .get(id)?
        .and_then(|record| record.recording_path)
        .map(PathBuf::from)
        .ok_or(Error::Playback {
            reason: agentphone_core::PlaybackProblem::NotHere,
        })
}

#[tauri::command]
pub async fn download_recording(starting: State<'_, Starting>, id: i64) -> Result<String, Error> {
    let state = starting.ready().await;
    state.engine().download_recording(id).await
}

#[tauri::command]
pub async fn play_recording(starting: State<'_, Starting>, id: i64) -> Result<(), Error> {
    let state = starting.ready().await;
    let path = kept_recording(&state, id)?;
    let player = state.player.clone();
    crate::blocking::off_the_window(move || player.play(id, path)).await
}

#[tauri::command]
pub async fn pause_playback(starting: State<'_, Starting>) -> Result<(), Error> {
    let state = starting.ready().await;
    state.player.pause()
}

#[tauri::command]
pub async fn resume_playback(starting: State<'_, Starting>) -> Result<(), Error> {
    let state = starting.ready().await;
    state.player.resume()
}

#[tauri::command]
pub async fn seek_playback(starting: State<'_, Starting>, position_ms: u64) -> Result<(), Error> {
    let state = starting.ready().await;
    state.player.seek(Duration::from_millis(position_ms))
}

#[tauri::command]
pub async fn set_playback_speed(starting: State<'_, Starting>, speed: f32) -> Result<(), Error> {
    let state = starting.ready().await;
    state.player.set_speed(speed)
}

#[tauri::command]
pub async fn set_playback_volume(starting: State<'_, Starting>, volume: f32) -> Result<(), Error> {
    let state = starting.ready().await;
    state.player.set_volume(volume)
}

#[tauri::command]
pub async fn stop_playback(starting: State<'_, Starting>) -> Result<(), Error> {
    let state = starting.ready().await;
    state.player.stop()
}

/// Copies the kept recording where the person picks; `None` if they closed
/// the dialog.
#[tauri::command]
pub async fn save_recording_as(
    app: AppHandle,
    starting: State<'_, Starting>,
    id: i64,
) -> Result<Option<String>, Error> {
    let state = starting.ready().await;
    let source = kept_recording(&state, id)?;
    let extension = source
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("wav")
        .to_owned();
    let offer = SaveAs {
        title: text(state.speaks(), "save-recording-title", &[]),
        file_name: format!("AgentPhone call {id}.{extension}"),
        kind: text(state.speaks(), "save-recording-kind", &[]),
        extension: &extension,
    };
    let Some(target) = save_dialog::ask(&app, offer).await? else {
        return Ok(None);
    };
    agentphone_core::recordings::save_copy(&source, &target)?;
    Ok(Some(target.display().to_string()))
}
