//! Opening the history file: migrations, and what to do when it cannot be
//! opened. Only a damaged file is set aside for a fresh one; a busy,
//! read-only or full one stays where it is and the error says what to do.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::Connection;

use super::{History, Opened};
use crate::{Error, HistoryProblem};

/// Each file moves the schema one version on; never edit a shipped one.
pub(super) const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_calls.sql"),
    include_str!("migrations/002_autoincrement_and_request_log.sql"),
    include_str!("migrations/003_scheduled_calls.sql"),
    include_str!("migrations/004_notes_labels_follow_ups.sql"),
    include_str!("migrations/005_sent_at.sql"),
    include_str!("migrations/006_businesses.sql"),
];

impl History {
    /// Opens (or makes) the history. Only a damaged file is set aside for a
    /// new one; a busy, read-only or full one stays where it is and the
    /// error says what to do.
    pub fn open(path: &Path) -> Result<Opened, Error> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| unavailable(path, io_reason(&error)))?;
        }
        match Self::open_existing(path) {
            Ok(history) => Ok(Opened {
                history,
                moved_aside: None,
            }),
            Err(error) if is_damaged(&error) && path.exists() => {
                let aside = crate::files::set_aside(path)
                    .map_err(|error| unavailable(path, io_reason(&error)))?;
                Ok(Opened {
                    history: Self::open_existing(path)
                        .map_err(|error| unavailable(path, sqlite_reason(&error)))?,
                    moved_aside: Some(aside),
                })
            }
            Err(error) => Err(unavailable(path, sqlite_reason(&error))),
        }
    }

    fn open_existing(path: &Path) -> rusqlite::Result<Self> {
        let mut connection = Connection::open(path)?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: the record written before a call's request goes out is on
        // disk before the request leaves.
        connection.pragma_update(None, "synchronous", "FULL")?;
        let check: String = connection.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if check != "ok" {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(check),
            ));
        }
        // Off while migrating: rebuilding `calls` must not cascade into
        // the timeline.
        connection.pragma_update(None, "foreign_keys", "OFF")?;
        migrate(&mut connection)?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Self {
            connection: Mutex::new(connection),
        })
    }
}

fn migrate(connection: &mut Connection) -> rusqlite::Result<()> {
    let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, migration) in (0i64..).zip(MIGRATIONS).skip(version.max(0) as usize) {
        let transaction = connection.transaction()?;
        transaction.execute_batch(migration)?;
        transaction.pragma_update(None, "user_version", index + 1)?;
        transaction.commit()?;
    }
    Ok(())
}

/// Whether SQLite says the file itself is damaged (not merely busy or
/// unwritable): only then is it set aside.
pub(super) fn is_damaged(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// What went wrong opening the history (the message says what to do).
pub(super) fn sqlite_reason(error: &rusqlite::Error) -> HistoryProblem {
    use rusqlite::ErrorCode;
    log::warn!("history: {error}");
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => HistoryProblem::Busy,
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            HistoryProblem::ReadOnly
        }
        Some(ErrorCode::DiskFull) => HistoryProblem::Full,
        _ => HistoryProblem::Other,
    }
}

pub(super) fn io_reason(error: &std::io::Error) -> HistoryProblem {
    use std::io::ErrorKind;
    log::warn!("history: {error}");
    match error.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => HistoryProblem::ReadOnly,
        ErrorKind::StorageFull => HistoryProblem::Full,
        _ => HistoryProblem::Other,
    }
}

fn unavailable(path: &Path, reason: HistoryProblem) -> Error {
    Error::HistoryUnavailable {
        path: path.display().to_string(),
        reason,
    }
}
