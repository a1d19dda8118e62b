//! The person's preferences: small, and kept by tauri-plugin-store in the
//! app's data folder. That plugin reads a file it cannot parse as empty and
//! then saves the empty one over it, so the app checks the file first and
//! moves a broken one aside, to tell the person rather than lose it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Error;

/// The store file's name, inside the app's data folder.
pub const FILE_NAME: &str = "preferences.json";
/// The key under which the store keeps [`Preferences`].
pub const STORE_KEY: &str = "preferences";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct Preferences {
    /// ISO code for numbers typed without a country code; `None` follows
    /// the system's locale.
    pub default_country: Option<String>,
    pub practice_mode: bool,
    /// Another API base than the real service's (a proxy, say).
    pub api_base: Option<String>,
    /// A desktop notification when a call ends while the window is in the background.
    pub notify_when_done: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            default_country: None,
            practice_mode: false,
            api_base: None,
            notify_when_done: true,
        }
    }
}

impl Preferences {
    /// Reads the preferences out of the store's whole JSON; missing or odd
    /// values fall back to their defaults one by one.
    pub fn from_store(value: Option<serde_json::Value>) -> Self {
        value
            .and_then(|value| serde_json::from_value(value).ok())
            .unwrap_or_default()
    }
}

/// Moves the store file aside if it is not a JSON object, before the store
/// plugin opens it. Returns where it went.
pub fn set_aside_if_broken(path: &Path) -> Result<Option<PathBuf>, Error> {
    let Ok(text) = std::fs::read(path) else {
        return Ok(None); // no file yet: nothing to protect
    };
    if serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&text).is_ok() {
        return Ok(None);
    }
    let aside = crate::files::set_aside(path).map_err(|error| Error::Internal {
        detail: format!("could not move the broken preferences file aside: {error}"),
    })?;
    Ok(Some(aside))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_preferences_file_is_moved_aside_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, b"{\"preferences\": {\"practiceMode\": tru").unwrap();
        let aside = set_aside_if_broken(&path).unwrap().expect("moved aside");
        assert!(!path.exists());
        assert_eq!(
            std::fs::read(&aside).unwrap(),
            b"{\"preferences\": {\"practiceMode\": tru"
        );
    }

    #[test]
    fn a_good_or_missing_file_stays_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert_eq!(set_aside_if_broken(&path).unwrap(), None);
        std::fs::write(&path, br#"{"preferences": {"practiceMode": true}}"#).unwrap();
        assert_eq!(set_aside_if_broken(&path).unwrap(), None);
        assert!(path.exists());
    }

    #[test]
    fn values_are_read_one_by_one_with_defaults() {
        let read = Preferences::from_store(Some(
            serde_json::json!({"practiceMode": true, "unknown": 1}),
        ));
        assert!(read.practice_mode);
        assert!(read.notify_when_done);
        assert_eq!(Preferences::from_store(None), Preferences::default());
        assert_eq!(
            Preferences::from_store(Some(serde_json::json!("nonsense"))),
            Preferences::default()
        );
    }
}
