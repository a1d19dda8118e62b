//! The one error type of the app. Every variant carries a message a person
//! can act on: what happened, then what to do next.
//!
//! Across the IPC boundary it travels as `{kind, message}` ([`ErrorPayload`]);
//! the UI decides what button to offer from `kind` and shows `message` as is.

use serde::{Serialize, Serializer};
use ts_rs::TS;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("The key box is empty. Paste your AgentPhone API key, then press Save.")]
    EmptyKey,

    #[error(
        "No keychain service is running. On Linux install and start GNOME Keyring or KWallet \
         (they come with most desktops), then try again. AgentPhone never stores your key \
         anywhere else."
    )]
    NoKeychainService,

    #[error(
        "AgentPhone could not reach your desktop session, so it cannot use the keychain. \
         Log out and back in to your desktop, then try again."
    )]
    NoSessionBus,

    #[error(
        "Your keychain is locked, or the request to unlock it was closed. Unlock it \
         (your login password usually does) and try again."
    )]
    KeychainLocked,

    #[error(
        "The keychain refused the request ({detail}). Try again; if it keeps happening, \
         restart your computer."
    )]
    KeychainFailed { detail: String },

    #[error(
        "Something went wrong inside AgentPhone ({detail}). Close the app and open it again; \
         nothing you typed has been sent."
    )]
    Internal { detail: String },
}

/// What kind of error it is, for the UI to choose the next step it offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    EmptyKey,
    NoKeychainService,
    NoSessionBus,
    KeychainLocked,
    KeychainFailed,
    Internal,
}

/// The shape in which an [`Error`] crosses the IPC boundary.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ErrorPayload {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::EmptyKey => ErrorKind::EmptyKey,
            Error::NoKeychainService => ErrorKind::NoKeychainService,
            Error::NoSessionBus => ErrorKind::NoSessionBus,
            Error::KeychainLocked => ErrorKind::KeychainLocked,
            Error::KeychainFailed { .. } => ErrorKind::KeychainFailed,
            Error::Internal { .. } => ErrorKind::Internal,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            kind: self.kind(),
            message: self.to_string(),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_kind_and_message() {
        let json = serde_json::to_value(Error::KeychainLocked).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "keychain_locked",
                "message": Error::KeychainLocked.to_string(),
            })
        );
        let detail = serde_json::to_value(Error::KeychainFailed {
            detail: "boom".into(),
        })
        .unwrap();
        assert_eq!(detail["kind"], "keychain_failed");
        assert!(detail["message"].as_str().unwrap().contains("boom"));
        assert_eq!(detail.as_object().unwrap().len(), 2);
    }

    #[test]
    fn no_keychain_message_says_what_to_install() {
        let message = Error::NoKeychainService.to_string();
        assert!(message.starts_with("No keychain service is running."));
        assert!(message.contains("GNOME Keyring or KWallet"));
    }
}
