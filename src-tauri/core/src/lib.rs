//! AgentPhone Desktop's core: everything the app does that needs no window.
//!
//! Nothing here knows about Tauri. The app crate wraps these types in thin
//! commands, and the tests drive them directly.

pub mod budget;
pub mod businesses;
pub mod caller;
pub mod client;
pub mod clock;
pub mod closing;
pub mod countries;
pub mod engine;
pub mod error;
pub mod export;
pub mod files;
pub mod history;
pub mod instance;
pub mod keychain;
pub mod links;
pub mod messages;
pub mod models;
pub mod notification;
pub mod player;
pub mod preferences;
#[cfg(debug_assertions)]
pub mod pseudo;
pub mod recordings;
pub mod retention;
pub mod secret;
pub mod session;
pub mod transcript;
pub mod validate;

pub use client::Client;
pub use error::{
    Changed, Error, ErrorKind, ErrorPayload, HistoryProblem, PlaybackProblem, RecordingProblem,
    Request,
};
pub use keychain::{KeyStatus, Keychain};
pub use models::{Call, CallStatus, CreatedCall, ListedCall, NewCall, Outcome};
pub use secret::ApiKey;
