//! The one error type of the app. Every variant carries a message a person
//! can act on: what happened, then what to do next.
//!
//! Across the IPC boundary it travels as `{kind, code, params, message}`
//! ([`ErrorPayload`]): the UI decides what button to offer from `kind`
//! (one per variant, derived), can say the message in any language from
//! `code` and the facts in `params`, and falls back on the English
//! `message`. The system's own words (`detail`) go to the log only.

use serde::{Serialize, Serializer};
use strum::EnumDiscriminants;
use ts_rs::TS;

#[derive(Debug, thiserror::Error, Serialize, EnumDiscriminants)]
// `remote = "Self"`: the derived form gives the code and the facts; the
// IPC form is `ErrorPayload` (below).
#[serde(
    remote = "Self",
    tag = "code",
    content = "params",
    rename_all = "snake_case",
    rename_all_fields = "camelCase"
)]
#[strum_discriminants(
    name(ErrorKind),
    derive(Serialize, TS),
    serde(rename_all = "snake_case"),
    ts(export)
)]
pub enum Error {
    #[error("The key box is empty. Paste your AgentPhone API key, then press Save.")]
    EmptyKey,

    #[error(
        "No keychain service is running. On Linux install and start GNOME Keyring or KWallet \
         (they come with most desktops), then try again. AgentPhone never stores your key \
         anywhere else; Practice mode works without one."
    )]
    NoKeychainService,

    #[error(
        "AgentPhone could not reach your desktop session, so it cannot use a keychain. Start \
         GNOME Keyring or KWallet (logging out and back in usually does; install one if your \
         desktop has none), then try again. Practice mode works without one."
    )]
    NoSessionBus,

    #[error(
        "Your keychain is locked, or the request to unlock it was closed. Unlock it \
         (your login password usually does) and try again."
    )]
    KeychainLocked,

    #[error(
        "The keychain refused the request. Try again; if it keeps happening, restart your \
         computer."
    )]
    KeychainFailed {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "No AgentPhone key is stored yet, so no call was placed. Add your key in Settings, \
         or try Practice mode."
    )]
    NoKey,

    #[error("{summary}")]
    InvalidForm { summary: String },

    #[error(
        "The AgentPhone service did not accept the request: {message}. Check the details and \
         try again; everything you typed is still there."
    )]
    InvalidInput { message: String },

    #[error(
        "The AgentPhone service refused your API key. AgentPhone keys come from \
         agentphone.app (Dashboard → API keys): copy yours there, paste it in Settings, and \
         try again."
    )]
    KeyRefused,

    #[error(
        "Your AgentPhone account is out of credits, so no call was placed. Add credits at \
         agentphone.app, then try again."
    )]
    OutOfCredits,

    #[error(
        "The AgentPhone service is getting too many requests from this key{}. Wait a minute \
         and try again.", retry_after_seconds.map(|s| format!(" (it asks to wait {s} seconds)")).unwrap_or_default()
    )]
    RateLimited { retry_after_seconds: Option<u64> },

    #[error(
        "The AgentPhone service had a problem on its side (error {status}). Try again in a \
         few minutes."
    )]
    ServerError { status: u16 },

    #[error(
        "AgentPhone could not reach its service. Check your internet connection, then try \
         again."
    )]
    Network {
        #[serde(skip)]
        detail: String,
    },

    /// The connection was never made, so the request provably never left.
    #[error(
        "AgentPhone could not connect to its service, so nothing was sent. Check your \
         internet connection, then try again."
    )]
    CouldNotConnect {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "The AgentPhone service took too long to answer. Check your internet connection, then \
         try again."
    )]
    Timeout,

    #[error(
        "The AgentPhone service sent an answer the app could not read while {request}. Try \
         again in a moment; if it keeps happening, check for an app update."
    )]
    MalformedAnswer {
        request: String,
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "The AgentPhone service does not know the call {call_id}. It may have been placed with \
         another key."
    )]
    CallNotFound { call_id: String },

    #[error(
        "The recording could not be kept: {reason}. The call's other results are safe; try \
         downloading the recording again later."
    )]
    Recording { reason: String },

    #[error("No sound output found — check your speakers or headset, then press Play again.")]
    NoSoundOutput,

    #[error("The recording cannot be played: {reason}.")]
    Playback { reason: String },

    #[error(
        "AgentPhone could not read or save its call history. Check that your disk is not \
         full, then restart the app."
    )]
    History {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "The call was placed, but AgentPhone could not save it in its history. Do not place \
         it again: the app follows it while it stays open. Check that your disk is not full."
    )]
    PlacedNotSaved {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "This call may already be ringing: AgentPhone has sent it to the service. Removing it \
         only takes it off this list; it does not stop the call."
    )]
    CallOnItsWay,

    #[error("{}", change.message())]
    ConfirmationChanged { change: Changed },

    #[error(
        "The computer was asleep when this call was due, so it was not placed: AgentPhone \
         never places a call late. Place it again if you still want it."
    )]
    SentTooLate,

    #[error(
        "AgentPhone was closed before this call was sent, so it was not placed. Place it again \
         if you still want it."
    )]
    ClosedBeforeSending,

    #[error(
        "This call has already been placed: its time came just now. Follow it in the list; \
         it will not be placed twice."
    )]
    AlreadyBeingPlaced,

    #[error(
        "Practice mode was not switched: calls still waiting to be sent: {count}. Wait until \
         they have been placed (a minute at most), or remove the ones that are waiting, then \
         switch again."
    )]
    SendPending { count: usize },

    #[error(
        "This call is no longer in your history: it was removed, or deleted by the automatic \
         clean-up."
    )]
    UnknownCall,

    #[error(
        "AgentPhone could not save {file}. Check that the folder still exists, that the disk \
         is not full and that you may write there, then try again."
    )]
    SaveFailed { file: String },

    #[error(
        "AgentPhone could not open your web browser. Open {address} in your browser yourself."
    )]
    BrowserNotOpened { address: String },

    #[error(
        "AgentPhone may already have placed a call to {phone} a moment ago, but could not \
         confirm it. Check your calls at agentphone.app before you call again."
    )]
    MayBePlaced { phone: String },

    #[error("{}", if *practice { "This is a practice call: turn Practice mode on in Settings to check it again." } else { "This is a real call: turn Practice mode off in Settings to check it again." })]
    WrongMode { practice: bool },

    #[error(
        "AgentPhone is already open (another copy is using its data folder). Switch to that \
         window, or close it and open AgentPhone again."
    )]
    AlreadyOpen,

    #[error(
        "AgentPhone could not save your settings, so the change was not made. Check that the \
         disk is not full and that you may write to AgentPhone's data folder, then try again."
    )]
    Preferences {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "AgentPhone will not send your key to {base}: the service's address must start with \
         https:// (plain http:// only to this computer). Correct or remove \
         AGENTPHONE_API_BASE, or \"apiBase\" in preferences.json, then open AgentPhone again."
    )]
    UnsafeApiBase { base: String },

    #[error(
        "AgentPhone could not open its call history ({path}): {reason} Nothing was moved or \
         deleted."
    )]
    HistoryUnavailable { path: String, reason: String },

    #[error("The recording is already downloading; it appears here as soon as it is kept.")]
    RecordingDownloading,

    #[error(
        "The service's address {base} is not a web address AgentPhone can use, so nothing was \
         sent. Correct or remove AGENTPHONE_API_BASE, or \"apiBase\" in preferences.json, then \
         open AgentPhone again."
    )]
    InvalidApiBase { base: String },

    #[error(
        "AgentPhone could not use its data folder ({folder}). Check that the disk is not full \
         and that you may write there, then open AgentPhone again."
    )]
    DataFolderUnavailable {
        folder: String,
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "AgentPhone could not prepare its internet connection on this computer, so nothing was \
         sent. Close AgentPhone and open it again."
    )]
    ConnectionSetupFailed {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "Practice mode could not start on this computer, so nothing changed. Close AgentPhone \
         and open it again."
    )]
    PracticeDidNotStart {
        #[serde(skip)]
        detail: String,
    },

    #[error(
        "AgentPhone could not put these calls into a spreadsheet, so no file was saved. Try \
         again with fewer calls chosen."
    )]
    SpreadsheetFailed {
        #[serde(skip)]
        detail: String,
    },

    /// A step of the app's own stopped half-way (a worker thread ended early,
    /// or the window asked in a way the app does not know).
    #[error(
        "AgentPhone stopped this step unexpectedly, so it was not done; nothing you typed is \
         lost. Try again, and if it happens again, close AgentPhone and open it again."
    )]
    Interrupted {
        #[serde(skip)]
        detail: String,
    },
}

/// What changed between the confirmation the person saw and the send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Changed {
    Number,
    Mode,
    /// The call was removed, placed or moved to another time meanwhile.
    Removed,
}

impl Changed {
    fn message(self) -> &'static str {
        match self {
            Changed::Number => {
                "The number changed after you confirmed the call, so no call was placed. \
                 Check the number and confirm again."
            }
            Changed::Mode => {
                "Practice mode was switched after you confirmed the call, so no call was \
                 placed. Check the call and confirm again."
            }
            Changed::Removed => {
                "The call was removed or changed before it was sent, so it was not placed."
            }
        }
    }
}

/// The shape in which an [`Error`] crosses the IPC boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ErrorPayload {
    /// What kind of error it is: one per kind of problem.
    pub kind: ErrorKind,
    /// Which message says it (the kind, or the kind and its case).
    pub code: String,
    /// The facts the message carries, by name.
    #[ts(type = "Record<string, string | number | boolean | null>")]
    pub params: serde_json::Map<String, serde_json::Value>,
    /// The message in English, for the log and as a fallback.
    pub message: String,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::from(self)
    }

    /// The system's own words about what failed: for the log, never the
    /// person's screen.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Error::KeychainFailed { detail }
            | Error::Network { detail }
            | Error::CouldNotConnect { detail }
            | Error::MalformedAnswer { detail, .. }
            | Error::History { detail }
            | Error::PlacedNotSaved { detail }
            | Error::Preferences { detail }
            | Error::DataFolderUnavailable { detail, .. }
            | Error::ConnectionSetupFailed { detail }
            | Error::PracticeDidNotStart { detail }
            | Error::SpreadsheetFailed { detail }
            | Error::Interrupted { detail } => Some(detail),
            _ => None,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        if let Some(detail) = self.detail() {
            log::warn!("{:?}: {detail}", self.kind());
        }
        let derived = Error::serialize(self, serde_json::value::Serializer).ok();
        let field = |name: &str| derived.as_ref().and_then(|value| value.get(name));
        let kind = field("code")
            .and_then(|code| code.as_str())
            .unwrap_or("interrupted");
        let params = match field("params") {
            Some(serde_json::Value::Object(params)) => params.clone(),
            _ => serde_json::Map::new(),
        };
        // A message that reads differently by one fact has a code per case.
        let case = match self {
            Error::ConfirmationChanged { change } => params_case(change),
            Error::WrongMode { practice } => Some(if *practice { "practice" } else { "live" }),
            _ => None,
        };
        ErrorPayload {
            kind: self.kind(),
            code: case.map_or_else(|| kind.to_owned(), |case| format!("{kind}.{case}")),
            params,
            message: self.to_string(),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

fn params_case(change: &Changed) -> Option<&'static str> {
    Some(match change {
        Changed::Number => "number",
        Changed::Mode => "mode",
        Changed::Removed => "removed",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_kind_code_params_and_message() {
        let json = serde_json::to_value(Error::KeychainLocked).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "keychain_locked",
                "code": "keychain_locked",
                "params": {},
                "message": Error::KeychainLocked.to_string(),
            })
        );
        // The facts travel by name, for the window to say in any language.
        let save = serde_json::to_value(Error::SaveFailed {
            file: "/home/jana/calls.csv".into(),
        })
        .unwrap();
        assert_eq!(
            save["params"],
            serde_json::json!({"file": "/home/jana/calls.csv"})
        );
        let changed = serde_json::to_value(Error::ConfirmationChanged {
            change: Changed::Number,
        })
        .unwrap();
        assert_eq!(changed["kind"], "confirmation_changed");
        assert_eq!(changed["code"], "confirmation_changed.number");
        // The system's words go to the log, never to the window.
        let detail = serde_json::to_value(Error::KeychainFailed {
            detail: "boom".into(),
        })
        .unwrap();
        assert_eq!(detail["kind"], "keychain_failed");
        assert!(!detail.to_string().contains("boom"));
        assert_eq!(detail.as_object().unwrap().len(), 4);
    }

    #[test]
    fn every_client_error_has_its_kind_on_the_wire() {
        let cases = [
            (Error::NoKey, "no_key"),
            (
                Error::InvalidInput {
                    message: "bad number".into(),
                },
                "invalid_input",
            ),
            (Error::KeyRefused, "key_refused"),
            (Error::OutOfCredits, "out_of_credits"),
            (
                Error::RateLimited {
                    retry_after_seconds: Some(60),
                },
                "rate_limited",
            ),
            (Error::ServerError { status: 503 }, "server_error"),
            (
                Error::Network {
                    detail: "refused".into(),
                },
                "network",
            ),
            (Error::Timeout, "timeout"),
            (
                Error::MalformedAnswer {
                    request: "reading a call".into(),
                    detail: "eof".into(),
                },
                "malformed_answer",
            ),
        ];
        for (error, kind) in cases {
            let json = serde_json::to_value(&error).unwrap();
            assert_eq!(json["kind"], kind);
            assert_eq!(json["message"], error.to_string());
        }
        assert!(Error::RateLimited {
            retry_after_seconds: Some(60)
        }
        .to_string()
        .contains("60 seconds"));
        assert!(Error::InvalidInput {
            message: "bad number".into()
        }
        .to_string()
        .contains("bad number"));
    }

    #[test]
    fn no_keychain_message_says_what_to_install() {
        let message = Error::NoKeychainService.to_string();
        assert!(message.starts_with("No keychain service is running."));
        assert!(message.contains("GNOME Keyring or KWallet"));
    }

    /// One of every error, with facts as the app would give them.
    fn every_error() -> Vec<Error> {
        let detail = || "os error 28: No space left on device".to_owned();
        let all = vec![
            Error::EmptyKey,
            Error::NoKeychainService,
            Error::NoSessionBus,
            Error::KeychainLocked,
            Error::KeychainFailed { detail: detail() },
            Error::NoKey,
            Error::InvalidForm {
                summary: "Enter the phone number to call.".into(),
            },
            Error::InvalidInput {
                message: "to_phone_number is not a valid number".into(),
            },
            Error::KeyRefused,
            Error::OutOfCredits,
            Error::RateLimited {
                retry_after_seconds: Some(60),
            },
            Error::RateLimited {
                retry_after_seconds: None,
            },
            Error::ServerError { status: 503 },
            Error::Network { detail: detail() },
            Error::CouldNotConnect { detail: detail() },
            Error::Timeout,
            Error::MalformedAnswer {
                request: "placing the call".into(),
                detail: detail(),
            },
            Error::CallNotFound {
                call_id: "cl_1".into(),
            },
            Error::Recording {
                reason: "the file is not audio".into(),
            },
            Error::NoSoundOutput,
            Error::Playback {
                reason: "the file ended early".into(),
            },
            Error::History { detail: detail() },
            Error::PlacedNotSaved { detail: detail() },
            Error::CallOnItsWay,
            Error::ConfirmationChanged {
                change: Changed::Number,
            },
            Error::ConfirmationChanged {
                change: Changed::Mode,
            },
            Error::ConfirmationChanged {
                change: Changed::Removed,
            },
            Error::SentTooLate,
            Error::ClosedBeforeSending,
            Error::AlreadyBeingPlaced,
            Error::SendPending { count: 2 },
            Error::UnknownCall,
            Error::SaveFailed {
                file: "/home/jana/calls.csv".into(),
            },
            Error::BrowserNotOpened {
                address: "https://agentphone.app/dashboard".into(),
            },
            Error::MayBePlaced {
                phone: "+14155550105".into(),
            },
            Error::WrongMode { practice: true },
            Error::WrongMode { practice: false },
            Error::AlreadyOpen,
            Error::Preferences { detail: detail() },
            Error::UnsafeApiBase {
                base: "http://example.com".into(),
            },
            Error::HistoryUnavailable {
                path: "/home/jana/history.sqlite3".into(),
                reason: "The disk is full.".into(),
            },
            Error::RecordingDownloading,
            Error::InvalidApiBase {
                base: "https://".into(),
            },
            Error::DataFolderUnavailable {
                folder: "/home/jana/.local/share/agentphone".into(),
                detail: detail(),
            },
            Error::ConnectionSetupFailed { detail: detail() },
            Error::PracticeDidNotStart { detail: detail() },
            Error::SpreadsheetFailed { detail: detail() },
            Error::Interrupted { detail: detail() },
        ];
        // A new kind of error fails to compile here until it is listed above.
        for error in &all {
            match error {
                Error::EmptyKey
                | Error::NoKeychainService
                | Error::NoSessionBus
                | Error::KeychainLocked
                | Error::KeychainFailed { .. }
                | Error::NoKey
                | Error::InvalidForm { .. }
                | Error::InvalidInput { .. }
                | Error::KeyRefused
                | Error::OutOfCredits
                | Error::RateLimited { .. }
                | Error::ServerError { .. }
                | Error::Network { .. }
                | Error::CouldNotConnect { .. }
                | Error::Timeout
                | Error::MalformedAnswer { .. }
                | Error::CallNotFound { .. }
                | Error::Recording { .. }
                | Error::NoSoundOutput
                | Error::Playback { .. }
                | Error::History { .. }
                | Error::PlacedNotSaved { .. }
                | Error::CallOnItsWay
                | Error::ConfirmationChanged { .. }
                | Error::SentTooLate
                | Error::ClosedBeforeSending
                | Error::AlreadyBeingPlaced
                | Error::SendPending { .. }
                | Error::UnknownCall
                | Error::SaveFailed { .. }
                | Error::BrowserNotOpened { .. }
                | Error::MayBePlaced { .. }
                | Error::WrongMode { .. }
                | Error::AlreadyOpen
                | Error::Preferences { .. }
                | Error::UnsafeApiBase { .. }
                | Error::HistoryUnavailable { .. }
                | Error::RecordingDownloading
                | Error::InvalidApiBase { .. }
                | Error::DataFolderUnavailable { .. }
                | Error::ConnectionSetupFailed { .. }
                | Error::PracticeDidNotStart { .. }
                | Error::SpreadsheetFailed { .. }
                | Error::Interrupted { .. } => {}
            }
        }
        all
    }

    #[test]
    fn every_message_reads_as_plain_sentences() {
        for error in every_error() {
            let message = error.to_string();
            let first = message.chars().next().unwrap();
            assert!(first.is_uppercase(), "{message}");
            assert!(message.ends_with('.'), "{message}");
            assert!(!message.contains(".."), "{message}");
            assert!(!message.contains("  "), "{message}");
            // No word twice in a row ("The The number…").
            let words: Vec<String> = message
                .split_whitespace()
                .map(|word| word.to_lowercase())
                .collect();
            assert!(words.windows(2).all(|pair| pair[0] != pair[1]), "{message}");
            // No sentence inside another: each clause is said once.
            let clauses: Vec<&str> = message.split(['.', ':', ';', ',']).collect();
            for (i, clause) in clauses.iter().enumerate() {
                let clause = clause.trim();
                if clause.len() > 12 {
                    assert!(
                        !clauses[i + 1..].iter().any(|other| other.contains(clause)),
                        "said twice: {message}"
                    );
                }
            }
            // The system's words stay in the log.
            assert!(!message.contains("os error"), "{message}");
        }
    }
}
