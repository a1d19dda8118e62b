//! Deleting old calls or recordings by the person's rule, at start and
//! once a day while the app is open.

use tauri::AppHandle;

use crate::Starting;

/// Applies the person's rule for deleting old calls (if any) now and once a day
/// while the app is open.
pub fn delete_old_calls_daily(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            if let Some(state) = Starting::of(&app) {
                if let Some(rule) = state.preferences.get().retention {
                    match state.delete_old(rule, agentphone_core::engine::now_ms()) {
                        Ok(0) => {}
                        Ok(removed) => log::info!("kept less: {removed} deleted"),
                        Err(error) => log::warn!("could not keep less: {error}"),
                    }
                }
            }
            tokio::time::sleep(std::time::Duration::from_secs(24 * 60 * 60)).await;
        }
    });
}
