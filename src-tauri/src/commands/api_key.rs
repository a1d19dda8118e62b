//! The API key setting. The UI sends a pasted key in, and only ever gets
//! a [`KeyStatus`] (has a key, masked form) back.

use std::sync::Arc;

use agentphone_core::{ApiKey, Error, ErrorPayload, KeyStatus, Keychain};
use tauri::State;
use zeroize::Zeroizing;

use crate::{AppState, Starting};

#[tauri::command]
pub async fn key_status(starting: State<'_, Starting>) -> Result<KeyStatus, Error> {
    let state = starting.ready().await;
    with_keychain(&state, |keychain| keychain.status()).await
}

/// A key saved, and whether the service took it.
#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SavedKey {
    pub status: KeyStatus,
    /// Why the key could not be checked now (no connection, say); `None`
    /// when the service took it.
    pub not_checked: Option<ErrorPayload>,
}

/// Checks the pasted key with the service, then keeps it in the keychain.
/// A key the service refuses is not kept (the box keeps what was pasted);
/// one that could not be checked now is kept, and the answer says why.
#[tauri::command]
pub async fn save_key(starting: State<'_, Starting>, key: String) -> Result<SavedKey, Error> {
    let state = starting.ready().await;
    let pasted = Zeroizing::new(key);
    let key = ApiKey::parse(&pasted).ok_or(Error::EmptyKey)?;
    let not_checked = match state.check_key(&key).await {
        Ok(()) => None,
        Err(Error::KeyRefused) => return Err(Error::KeyRefused),
        Err(other) => Some(other.payload()),
    };
    let status = with_keychain(&state, move |keychain| keychain.save(&pasted)).await?;
    if !state.is_practice() {
        state.engine().set_key(Some(key));
    }
    log::info!(
        "API key saved to the keychain ({}), {}",
        status.masked.as_deref().unwrap_or("-"),
        if not_checked.is_none() {
            "taken by the service"
        } else {
            "not checked"
        }
    );
    Ok(SavedKey {
        status,
        not_checked,
    })
}

#[tauri::command]
pub async fn remove_key(starting: State<'_, Starting>) -> Result<KeyStatus, Error> {
    let state = starting.ready().await;
    let status = with_keychain(&state, |keychain| keychain.remove()).await?;
    if !state.is_practice() {
        state.engine().set_key(None);
    }
    log::info!("API key removed from the keychain");
    Ok(status)
}

/// Keychain calls can wait on D-Bus or an unlock prompt: keep them off the
/// async workers so the window never freezes.
async fn with_keychain<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&Keychain) -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    let keychain: Arc<Keychain> = state.keychain.clone();
    crate::blocking::off_the_window(move || work(&keychain)).await
}
