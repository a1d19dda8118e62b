//! The API key in the operating system's keychain: Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows.
//!
//! The store is opened afresh for each operation, so a keyring started (or
//! unlocked) after the app opened is picked up without a restart. There is
//! deliberately no fallback to a file: if no keychain works, the person is
//! told why and no key is kept.

use std::sync::Arc;

use keyring_core::{CredentialStore, Entry};
use serde::Serialize;
use ts_rs::TS;

use crate::{ApiKey, Error};

/// The keychain entry's service name (`secret-tool lookup service … username …`).
pub const SERVICE: &str = "app.agentphone.desktop";
/// The keychain entry's account (user) name.
pub const ACCOUNT: &str = "api-key";

type StoreOpener = dyn Fn() -> keyring_core::Result<Arc<CredentialStore>> + Send + Sync;

/// Whether a key is stored, and the only form of it the UI may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KeyStatus {
    pub has_key: bool,
    /// e.g. `••••••1234`; `None` when no key is stored.
    pub masked: Option<String>,
}

impl KeyStatus {
    fn of(key: Option<&ApiKey>) -> Self {
        Self {
            has_key: key.is_some(),
            masked: key.map(ApiKey::masked),
        }
    }
}

pub struct Keychain {
    open: Box<StoreOpener>,
}

impl Keychain {
    /// The operating system's own keychain.
    pub fn platform() -> Self {
        Self {
            open: Box::new(platform_store),
        }
    }

    /// A keychain over a given store (tests use keyring-core's mock store
    /// for the platforms that cannot run here).
    pub fn in_store(store: Arc<CredentialStore>) -> Self {
        Self {
            open: Box::new(move || Ok(store.clone())),
        }
    }

    pub fn load(&self) -> Result<Option<ApiKey>, Error> {
        match self.entry()?.get_password() {
            Ok(text) => Ok(ApiKey::parse(&zeroize::Zeroizing::new(text))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(err) => Err(classify(err)),
        }
    }

    pub fn status(&self) -> Result<KeyStatus, Error> {
        Ok(KeyStatus::of(self.load()?.as_ref()))
    }

    /// Stores a pasted key (trimmed), replacing any key stored before.
    pub fn save(&self, pasted: &str) -> Result<KeyStatus, Error> {
        let key = ApiKey::parse(pasted).ok_or(Error::EmptyKey)?;
        self.entry()?.set_password(key.expose()).map_err(classify)?;
        Ok(KeyStatus::of(Some(&key)))
    }

    /// Removes the stored key; removing when none is stored is not an error.
    pub fn remove(&self) -> Result<KeyStatus, Error> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(KeyStatus::of(None)),
            Err(err) => Err(classify(err)),
        }
    }

    fn entry(&self) -> Result<Entry, Error> {
        let store = (self.open)().map_err(classify)?;
        Entry::new_in_store(&store, SERVICE, ACCOUNT).map_err(classify)
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no keychain support on this operating system".into(),
    ))
}

/// Turns a store error into one a person can act on. Secret Service errors
/// arrive as D-Bus text, so the kinds are told apart by what they say.
fn classify(err: keyring_core::Error) -> Error {
    use keyring_core::Error as K;
    match err {
        K::NoStorageAccess(_) => Error::KeychainLocked,
        K::PlatformFailure(cause) => {
            let text = chain_text(cause.as_ref()).to_lowercase();
            let says = |needles: &[&str]| needles.iter().any(|n| text.contains(n));
            if says(&["prompt", "dismissed", "locked"]) {
                Error::KeychainLocked
            } else if says(&[
                "org.freedesktop.secrets",
                "serviceunknown",
                "not provided by any",
                "name has no owner",
            ]) {
                Error::NoKeychainService
            } else if says(&[
                "failed to connect",
                "dbus_session_bus_address",
                "no such file",
                "connection refused",
                "address",
            ]) {
                Error::NoSessionBus
            } else {
                Error::KeychainFailed { detail: text }
            }
        }
        other => Error::KeychainFailed {
            detail: other.to_string(),
        },
    }
}

fn chain_text(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    //! Store-independent behaviour, on keyring-core's mock store. The real
    //! Secret Service is exercised in `tests/tests/keychain.rs` (workspace root).
    use super::*;
    use keyring_core::mock;

    fn mock_keychain() -> (Keychain, Arc<mock::Store>) {
        let store = mock::Store::new().unwrap();
        (Keychain::in_store(store.clone()), store)
    }

    fn fail_next(store: &Arc<mock::Store>, err: keyring_core::Error) {
        let entry = Entry::new_in_store(&(store.clone() as Arc<CredentialStore>), SERVICE, ACCOUNT)
            .unwrap();
        let cred: &mock::Cred = entry.as_any().downcast_ref().unwrap();
        cred.set_error(err);
    }

    #[test]
    fn save_trims_then_load_and_status_show_it_masked() {
        let (keychain, _) = mock_keychain();
        assert_eq!(keychain.status().unwrap(), KeyStatus::of(None));
        let status = keychain.save("  sk_test_abcdefgh1234\n").unwrap();
        assert_eq!(status.masked.as_deref(), Some("••••••1234"));
        assert_eq!(
            keychain.load().unwrap().unwrap().expose(),
            "sk_test_abcdefgh1234"
        );
        assert!(keychain.status().unwrap().has_key);
    }

    #[test]
    fn empty_key_is_refused_and_keeps_the_old_one() {
        let (keychain, _) = mock_keychain();
        keychain.save("sk_test_first_key_9999").unwrap();
        assert!(matches!(keychain.save("   "), Err(Error::EmptyKey)));
        assert_eq!(
            keychain.load().unwrap().unwrap().expose(),
            "sk_test_first_key_9999"
        );
    }

    #[test]
    fn replace_then_remove() {
        let (keychain, _) = mock_keychain();
        keychain.save("sk_test_first_key_1111").unwrap();
        keychain.save("sk_test_second_key_2222").unwrap();
        assert_eq!(
            keychain.load().unwrap().unwrap().expose(),
            "sk_test_second_key_2222"
        );
        assert_eq!(keychain.remove().unwrap(), KeyStatus::of(None));
        assert!(keychain.load().unwrap().is_none());
        // Removing twice is fine: the person sees "no key", not an error.
        assert!(keychain.remove().is_ok());
    }

    #[test]
    fn locked_store_says_unlock_it() {
        // What the macOS and Windows stores report for a locked keychain or
        // a dismissed prompt.
        let (keychain, store) = mock_keychain();
        fail_next(
            &store,
            keyring_core::Error::NoStorageAccess("user canceled".into()),
        );
        assert!(matches!(keychain.load(), Err(Error::KeychainLocked)));
    }

    #[test]
    fn secret_service_failures_are_told_apart() {
        let cases = [
            (
                "Failed to connect to address unix:path=/run/user/0/bus",
                ErrorKind::NoSessionBus,
            ),
            (
                "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was \
                 not provided by any .service files",
                ErrorKind::NoKeychainService,
            ),
            ("Prompt was dismissed", ErrorKind::KeychainLocked),
            ("something odd", ErrorKind::KeychainFailed),
        ];
        for (text, kind) in cases {
            let err = classify(keyring_core::Error::PlatformFailure(text.into()));
            assert_eq!(err.kind(), kind, "{text}");
        }
    }

    use crate::ErrorKind;
}
