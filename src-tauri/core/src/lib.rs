//! AgentPhone Desktop's core: everything the app does that needs no window.
//!
//! Nothing here knows about Tauri. The app crate wraps these types in thin
//! commands, and the tests drive them directly.

pub mod error;
pub mod keychain;
pub mod secret;

pub use error::{Error, ErrorKind, ErrorPayload};
pub use keychain::{KeyStatus, Keychain};
pub use secret::ApiKey;
