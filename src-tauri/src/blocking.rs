//! Work that may block (the keychain waiting on D-Bus or an unlock prompt,
//! the audio device) runs off the async workers, so the window never
//! freezes.

use agentphone_core::Error;

/// Runs `work` on a thread for blocking work and answers what it answered.
pub async fn off_the_window<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|join| Error::Interrupted {
            detail: join.to_string(),
        })?
}
