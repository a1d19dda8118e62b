//! The person's preferences: a small JSON file in the app's data folder,
//! owned by one [`PreferencesFile`]. Each change is written whole to a
//! temporary file and renamed over the old one, so a crash mid-save leaves
//! the old file or the new one, never half of one. A field that cannot be
//! read falls back to its default alone; a file that is not JSON at all is
//! set aside (never deleted) and the person is told.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::Error;

/// The file's name, inside the app's data folder.
pub const FILE_NAME: &str = "preferences.json";
/// The key under which the file keeps [`Preferences`] (earlier versions
/// kept other keys beside it; they are carried along untouched).
const KEY: &str = "preferences";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Preferences {
    /// ISO code for numbers typed without a country code; `None` follows
    /// the system's locale.
    pub default_country: Option<String>,
    pub practice_mode: bool,
    /// Another API base than the real service's (a proxy, say). Set only by
    /// editing the file: the window can read it, never change it.
    pub api_base: Option<String>,
    /// A desktop notification when a call ends while the window is in the background.
    pub notify_when_done: bool,
    /// Objectives the person saved to reuse, newest first.
    pub templates: Vec<String>,
    /// Delete old recordings or calls; `None` (the default): keep all.
    pub retention: Option<crate::retention::Retention>,
    /// The language the app speaks (a tag of [`crate::messages::LANGUAGES`]);
    /// `None` follows the system's.
    pub language: Option<String>,
    /// Who the calls are made for (Settings → You), checked when saved.
    pub caller: Option<crate::caller::Caller>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            default_country: None,
            practice_mode: false,
            api_base: None,
            notify_when_done: true,
            templates: Vec::new(),
            retention: None,
            language: None,
            caller: None,
        }
    }
}

/// How many templates are kept.
pub const MAX_TEMPLATES: usize = 20;

/// Templates as kept: trimmed, none empty or too long for an objective,
/// each once (the first wins), at most [`MAX_TEMPLATES`].
pub fn clean_templates(templates: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for template in templates {
        let text = template.trim();
        let fits = (1..=crate::validate::MAX_OBJECTIVE_CHARS).contains(&text.chars().count());
        if fits && !kept.iter().any(|known| known == text) && kept.len() < MAX_TEMPLATES {
            kept.push(text.to_owned());
        }
    }
    kept
}

impl Preferences {
    /// Reads each field on its own: a missing or wrongly typed one takes
    /// its default, the others keep their values.
    pub fn from_json(value: &Value) -> Self {
        let defaults = Self::default();
        let Some(fields) = value.as_object() else {
            return defaults;
        };
        Self {
            default_country: field(fields, "defaultCountry").unwrap_or(defaults.default_country),
            practice_mode: field(fields, "practiceMode").unwrap_or(defaults.practice_mode),
            api_base: field(fields, "apiBase").unwrap_or(defaults.api_base),
            notify_when_done: field(fields, "notifyWhenDone").unwrap_or(defaults.notify_when_done),
            templates: field::<Vec<String>>(fields, "templates")
                .map(clean_templates)
                .unwrap_or(defaults.templates),
            retention: field(fields, "retention").unwrap_or(defaults.retention),
            language: field(fields, "language").unwrap_or(defaults.language),
            caller: field(fields, "caller").unwrap_or(defaults.caller),
        }
    }
}

fn field<T: DeserializeOwned>(fields: &Map<String, Value>, name: &str) -> Option<T> {
    serde_json::from_value(fields.get(name)?.clone()).ok()
}

/// The one owner of the preferences file: every read and write of it goes
/// through here.
pub struct PreferencesFile {
    path: PathBuf,
    /// The file's whole JSON object, so keys this version does not know
    /// survive a save.
    document: Mutex<Map<String, Value>>,
}

/// What [`PreferencesFile::open`] found.
pub struct OpenedPreferences {
    pub file: PreferencesFile,
    /// Where an unreadable file was moved to, if one was.
    pub set_aside: Option<PathBuf>,
}

impl PreferencesFile {
    pub fn open(path: &Path) -> Result<OpenedPreferences, Error> {
        let (document, set_aside) = match std::fs::read(path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => (Map::new(), None),
            Err(error) => return Err(unreadable(path, error)),
            Ok(bytes) => match serde_json::from_slice::<Map<String, Value>>(&bytes) {
                Ok(document) => (document, None),
                Err(_) => {
                    let aside =
                        crate::files::set_aside(path).map_err(|error| unreadable(path, error))?;
                    (Map::new(), Some(aside))
                }
            },
        };
        Ok(OpenedPreferences {
            file: Self {
                path: path.to_path_buf(),
                document: Mutex::new(document),
            },
            set_aside,
        })
    }

    pub fn get(&self) -> Preferences {
        let document = self.document.lock().unwrap_or_else(|e| e.into_inner());
        document
            .get(KEY)
            .map(Preferences::from_json)
            .unwrap_or_default()
    }

    /// Changes the preferences and saves them; if the save fails, nothing
    /// changes, in memory or on disk.
    pub fn update(&self, change: impl FnOnce(&mut Preferences)) -> Result<Preferences, Error> {
        let mut document = self.document.lock().unwrap_or_else(|e| e.into_inner());
        let mut preferences = document
            .get(KEY)
            .map(Preferences::from_json)
            .unwrap_or_default();
        change(&mut preferences);
        let mut changed = document.clone();
        changed.insert(
            KEY.into(),
            serde_json::to_value(&preferences).map_err(not_written)?,
        );
        let bytes = serde_json::to_vec_pretty(&changed).map_err(not_written)?;
        crate::files::write_atomically(&self.path, &bytes).map_err(|error| Error::Preferences {
            detail: error.to_string(),
        })?;
        *document = changed;
        Ok(preferences)
    }
}

fn unreadable(path: &Path, error: impl std::fmt::Display) -> Error {
    Error::Preferences {
        detail: format!("{}: {error}", path.display()),
    }
}

fn not_written(error: serde_json::Error) -> Error {
    Error::Preferences {
        detail: format!("preferences: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(text: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn a_broken_file_is_set_aside_not_replaced() {
        let (_dir, path) = file_with(b"{\"preferences\": {\"practiceMode\": tru");
        let opened = PreferencesFile::open(&path).unwrap();
        let aside = opened.set_aside.expect("moved aside");
        assert!(!path.exists());
        assert_eq!(
            std::fs::read(&aside).unwrap(),
            b"{\"preferences\": {\"practiceMode\": tru"
        );
        assert_eq!(opened.file.get(), Preferences::default());
    }

    #[test]
    fn a_good_or_missing_file_stays_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert!(PreferencesFile::open(&path).unwrap().set_aside.is_none());
        std::fs::write(&path, br#"{"preferences": {"practiceMode": true}}"#).unwrap();
        let opened = PreferencesFile::open(&path).unwrap();
        assert!(opened.set_aside.is_none());
        assert!(opened.file.get().practice_mode);
    }

    #[test]
    fn one_wrongly_typed_field_leaves_the_others_alone() {
        let (_dir, path) = file_with(
            br#"{"preferences": {"practiceMode": true, "defaultCountry": 44, "notifyWhenDone": "no"}}"#,
        );
        let read = PreferencesFile::open(&path).unwrap().file.get();
        assert!(read.practice_mode, "Practice mode survives a bad neighbour");
        assert_eq!(read.default_country, None);
        assert!(read.notify_when_done);
        assert_eq!(
            Preferences::from_json(&serde_json::json!("nonsense")),
            Preferences::default()
        );
    }

    #[test]
    fn a_change_is_saved_whole_and_unknown_keys_survive() {
        let (_dir, path) =
            file_with(br#"{"other": [1, 2], "preferences": {"practiceMode": true}}"#);
        let file = PreferencesFile::open(&path).unwrap().file;
        file.update(|p| p.notify_when_done = false).unwrap();
        let again = PreferencesFile::open(&path).unwrap().file.get();
        assert!(again.practice_mode);
        assert!(!again.notify_when_done);
        let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(saved["other"], serde_json::json!([1, 2]));
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, [FILE_NAME], "no temporary file is left behind");
    }

    #[test]
    fn templates_are_kept_clean() {
        let long = "x".repeat(crate::validate::MAX_OBJECTIVE_CHARS + 1);
        let many = (0..30).map(|n| format!("Ask about order {n}"));
        let kept = clean_templates(
            [
                " Book a table ".to_owned(),
                String::new(),
                "Book a table".into(),
                long,
            ]
            .into_iter()
            .chain(many),
        );
        assert_eq!(kept[0], "Book a table");
        assert_eq!(kept[1], "Ask about order 0");
        assert_eq!(kept.len(), MAX_TEMPLATES);
        let (_dir, path) = file_with(br#"{"preferences": {"templates": ["a", 3, "b"]}}"#);
        assert!(
            PreferencesFile::open(&path)
                .unwrap()
                .file
                .get()
                .templates
                .is_empty(),
            "a list with a wrong item falls back alone"
        );
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: the rename cannot replace it.
        let path = dir.path().join(FILE_NAME);
        let file = PreferencesFile::open(&path).unwrap().file;
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("keep"), b"x").unwrap();
        assert!(matches!(
            file.update(|p| p.practice_mode = true),
            Err(Error::Preferences { .. })
        ));
        assert!(!file.get().practice_mode);
    }
}
