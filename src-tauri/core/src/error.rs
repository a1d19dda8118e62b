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

#[derive(Debug, Serialize, EnumDiscriminants)]
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
    EmptyKey,

    NoKeychainService,

    NoSessionBus,

    KeychainLocked,

    KeychainFailed {
        #[serde(skip)]
        detail: String,
    },

    NoKey,

    /// The form needs fixing; the form check says where.
    InvalidForm,

    /// A time to call that has already passed.
    TimeInThePast,

    InvalidInput {
        message: String,
    },

    KeyRefused,

    OutOfCredits,

    RateLimited {
        retry_after_seconds: Option<u64>,
    },

    ServerError {
        status: u16,
    },

    Network {
        #[serde(skip)]
        detail: String,
    },

    /// The connection was never made, so the request provably never left.
    CouldNotConnect {
        #[serde(skip)]
        detail: String,
    },

    Timeout,

    MalformedAnswer {
        request: Request,
        #[serde(skip)]
        detail: String,
    },

    CallNotFound {
        call_id: String,
    },

    Recording {
        #[serde(flatten)]
        reason: RecordingProblem,
    },

    NoSoundOutput,

    Playback {
        reason: PlaybackProblem,
    },

    History {
        #[serde(skip)]
        detail: String,
    },

    PlacedNotSaved {
        #[serde(skip)]
        detail: String,
    },

    CallOnItsWay,

    ConfirmationChanged {
        change: Changed,
    },

    SentTooLate,

    ClosedBeforeSending,

    AlreadyBeingPlaced,

    SendPending {
        count: usize,
    },

    UnknownCall,

    SaveFailed {
        file: String,
    },

    BrowserNotOpened {
        address: String,
    },

    /// No mail program took the `mailto:` link.
    MailNotOpened,

    MayBePlaced {
        phone: String,
    },

    WrongMode {
        practice: bool,
    },

    AlreadyOpen,

    Preferences {
        #[serde(skip)]
        detail: String,
    },

    UnsafeApiBase {
        base: String,
    },

    HistoryUnavailable {
        path: String,
        reason: HistoryProblem,
    },

    RecordingDownloading,

    InvalidApiBase {
        base: String,
    },

    DataFolderUnavailable {
        folder: String,
        #[serde(skip)]
        detail: String,
    },

    ConnectionSetupFailed {
        #[serde(skip)]
        detail: String,
    },

    PracticeDidNotStart {
        #[serde(skip)]
        detail: String,
    },

    SpreadsheetFailed {
        #[serde(skip)]
        detail: String,
    },

    /// A step of the app's own stopped half-way (a worker thread ended early,
    /// or the window asked in a way the app does not know).
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
    /// What the agent is told about who the call is for (Settings → You).
    Caller,
}

/// Which request got an answer the app could not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    Placing,
    Reading,
    Listing,
}

/// Why a recording could not be kept, with its facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum RecordingProblem {
    /// Recordings are not kept in this mode.
    NotKept,
    /// The service gave no link for the call.
    NoLink,
    /// The recordings folder cannot be made.
    Folder,
    NotALink,
    NotSecure,
    /// The link answered that the recording is gone (403, 404, 410).
    Gone,
    Server {
        status: u16,
    },
    NotSound,
    TooLarge {
        megabytes: u64,
    },
    /// A copy the person asked for could not be written.
    Copy {
        file: String,
    },
    NotSaved,
}

/// Why a recording cannot be played.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaybackProblem {
    PlayerStopped,
    Missing,
    Damaged,
    NotHere,
}

/// Why the history file cannot be opened where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryProblem {
    Busy,
    ReadOnly,
    Full,
    Other,
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
        let (code, params) = self.code_and_params();
        ErrorPayload {
            kind: self.kind(),
            message: self.to_string(),
            code,
            params,
        }
    }

    /// The message's code (the kind, or the kind and its case) and the
    /// facts it carries, by name.
    fn code_and_params(&self) -> (String, serde_json::Map<String, serde_json::Value>) {
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
            Error::RateLimited {
                retry_after_seconds,
            } => Some(if retry_after_seconds.is_some() {
                "wait"
            } else {
                "unknown"
            }),
            _ => None,
        };
        let code = case.map_or_else(|| kind.to_owned(), |case| format!("{kind}.{case}"));
        (code, params)
    }
}

/// In English, from the message catalogue (the window says it in the
/// person's language from the code and the facts).
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (code, params) = self.code_and_params();
        match crate::messages::say(crate::messages::ENGLISH, &code, &params) {
            Some(message) => f.write_str(&message),
            None => write!(f, "AgentPhone could not do this ({code})."),
        }
    }
}

impl std::error::Error for Error {}

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
        Changed::Caller => "caller",
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
                    request: Request::Reading,
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
            Error::InvalidForm,
            Error::TimeInThePast,
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
                request: Request::Placing,
                detail: detail(),
            },
            Error::MalformedAnswer {
                request: Request::Reading,
                detail: detail(),
            },
            Error::MalformedAnswer {
                request: Request::Listing,
                detail: detail(),
            },
            Error::CallNotFound {
                call_id: "cl_1".into(),
            },
            Error::Recording {
                reason: RecordingProblem::NotKept,
            },
            Error::Recording {
                reason: RecordingProblem::NoLink,
            },
            Error::Recording {
                reason: RecordingProblem::Folder,
            },
            Error::Recording {
                reason: RecordingProblem::NotALink,
            },
            Error::Recording {
                reason: RecordingProblem::NotSecure,
            },
            Error::Recording {
                reason: RecordingProblem::Gone,
            },
            Error::Recording {
                reason: RecordingProblem::Server { status: 500 },
            },
            Error::Recording {
                reason: RecordingProblem::NotSound,
            },
            Error::Recording {
                reason: RecordingProblem::TooLarge { megabytes: 200 },
            },
            Error::Recording {
                reason: RecordingProblem::Copy {
                    file: "/home/jana/call.wav".into(),
                },
            },
            Error::Recording {
                reason: RecordingProblem::NotSaved,
            },
            Error::NoSoundOutput,
            Error::Playback {
                reason: PlaybackProblem::PlayerStopped,
            },
            Error::Playback {
                reason: PlaybackProblem::Missing,
            },
            Error::Playback {
                reason: PlaybackProblem::Damaged,
            },
            Error::Playback {
                reason: PlaybackProblem::NotHere,
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
            Error::ConfirmationChanged {
                change: Changed::Caller,
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
            Error::MailNotOpened,
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
                reason: HistoryProblem::Busy,
            },
            Error::HistoryUnavailable {
                path: "/home/jana/history.sqlite3".into(),
                reason: HistoryProblem::ReadOnly,
            },
            Error::HistoryUnavailable {
                path: "/home/jana/history.sqlite3".into(),
                reason: HistoryProblem::Full,
            },
            Error::HistoryUnavailable {
                path: "/home/jana/history.sqlite3".into(),
                reason: HistoryProblem::Other,
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
                | Error::InvalidForm
                | Error::TimeInThePast
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
                | Error::MailNotOpened
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
