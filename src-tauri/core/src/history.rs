//! Call history in SQLite (bundled, WAL): a crash mid-write loses nothing
//! committed, and the schema moves forward by numbered migrations.
//!
//! Full-text search (FTS5) covers number, business, objective, summary and
//! transcript. A database that cannot be opened is moved aside, never
//! deleted, and a fresh one takes its place.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::models::Call;
use crate::Error;

/// Each file moves the schema one version on; never edit a shipped one.
const MIGRATIONS: &[&str] = &[
    include_str!("history/migrations/001_calls.sql"),
    include_str!("history/migrations/002_autoincrement_and_request_log.sql"),
];

/// Where the app is with a call, beyond what the service says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Progress {
    /// Written before the request goes out.
    Placing,
    /// The service said it was busy (`429`): one more try after a countdown.
    Waiting,
    /// The request's answer was lost: the app is looking for the call.
    Unconfirmed,
    /// The app stopped looking without proof either way: the service may
    /// have placed it.
    MayBePlaced,
    /// Placed; the app follows it.
    Watching,
    /// Watched for the longest allowed; "check again" resumes.
    StillRunning,
    /// Ended (completed, failed or canceled).
    Finished,
    /// The service refused it, or it was confirmed never placed.
    NotPlaced,
}

impl Progress {
    fn as_str(self) -> &'static str {
        match self {
            Self::Placing => "placing",
            Self::Waiting => "waiting",
            Self::Unconfirmed => "unconfirmed",
            Self::MayBePlaced => "may_be_placed",
            Self::Watching => "watching",
            Self::StillRunning => "still_running",
            Self::Finished => "finished",
            Self::NotPlaced => "not_placed",
        }
    }

    /// An unknown word is an error: guessing could hide a call in flight.
    fn parse(text: &str) -> rusqlite::Result<Self> {
        [
            Self::Placing,
            Self::Waiting,
            Self::Unconfirmed,
            Self::MayBePlaced,
            Self::Watching,
            Self::StillRunning,
            Self::Finished,
            Self::NotPlaced,
        ]
        .into_iter()
        .find(|progress| progress.as_str() == text)
        .ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown call progress {text:?}").into(),
            )
        })
    }
}

/// What the person asked for, written before anything is sent.
#[derive(Debug, Clone)]
pub struct NewRecord {
    pub simulated: bool,
    pub phone: String,
    pub business: Option<String>,
    pub website: Option<String>,
    pub objective: String,
    pub created_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StatusChange {
    pub status: String,
    #[ts(type = "number")]
    pub at_ms: i64,
}

/// One call as history keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub call_id: Option<String>,
    pub simulated: bool,
    pub phone: String,
    pub business: Option<String>,
    pub website: Option<String>,
    pub objective: String,
    #[ts(type = "number")]
    pub created_at_ms: i64,
    pub progress: Progress,
    pub status: Option<String>,
    pub timeline: Vec<StatusChange>,
    pub outcome: Option<String>,
    pub summary: Option<String>,
    pub transcript: Option<String>,
    pub duration_seconds: Option<u32>,
    pub recording_url: Option<String>,
    pub recording_path: Option<String>,
    pub credits_after: Option<u32>,
    pub last_error: Option<String>,
    /// Completed, but summary or transcript had not arrived yet.
    pub results_pending: bool,
}

/// A call with its transcript split into turns, for the call view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallDetails {
    pub record: CallRecord,
    pub turns: Vec<crate::transcript::Turn>,
    /// The recording is being downloaded right now (the engine knows; the
    /// history says false).
    pub recording_downloading: bool,
}

impl CallDetails {
    /// The call as a Markdown document, for exporting.
    pub fn to_markdown(&self) -> String {
        let record = &self.record;
        let mut text = format!(
            "# Call to {}\n\n",
            record.business.as_deref().unwrap_or(&record.phone)
        );
        let mut fact = |name: &str, value: Option<String>| {
            if let Some(value) = value {
                text.push_str(&format!("- **{name}:** {value}\n"));
            }
        };
        fact("Number", Some(record.phone.clone()));
        fact("Business", record.business.clone());
        fact("Website", record.website.clone());
        fact(
            "Placed",
            Some(
                humantime::format_rfc3339_seconds(
                    std::time::UNIX_EPOCH
                        + std::time::Duration::from_millis(record.created_at_ms.max(0) as u64),
                )
                .to_string(),
            ),
        );
        fact("Status", record.status.clone());
        fact("Outcome", record.outcome.clone());
        fact(
            "Duration",
            record.duration_seconds.map(|s| format!("{s} s")),
        );
        fact(
            "Practice call",
            record
                .simulated
                .then(|| "yes, nothing real happened".to_owned()),
        );
        text.push_str(&format!("\n## Objective\n\n{}\n", record.objective));
        if let Some(summary) = &record.summary {
            text.push_str(&format!("\n## Summary\n\n{summary}\n"));
        }
        if !self.turns.is_empty() {
            text.push_str("\n## Transcript\n\n");
            for turn in &self.turns {
                let speaker = if turn.speaker.is_empty() {
                    "Unknown"
                } else {
                    &turn.speaker
                };
                text.push_str(&format!(
                    "**{speaker}:** {}\n\n",
                    turn.text.replace('\n', "  \n")
                ));
            }
        }
        text
    }
}

/// A line of the history list: enough to show it, without the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallListItem {
    #[ts(type = "number")]
    pub id: i64,
    pub simulated: bool,
    pub phone: String,
    pub business: Option<String>,
    pub progress: Progress,
    pub status: Option<String>,
    pub outcome: Option<String>,
    #[ts(type = "number")]
    pub created_at_ms: i64,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryQuery {
    /// Words to find anywhere in the call; empty lists everything.
    #[serde(default)]
    pub text: String,
    /// `achieved`, `partial`, `not_achieved`, or `none` for calls without one.
    #[serde(default)]
    pub outcome: Option<String>,
    /// Only practice calls (`true`) or only live ones (`false`).
    #[serde(default)]
    pub simulated: Option<bool>,
    #[serde(default)]
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryPage {
    pub items: Vec<CallListItem>,
    /// How many calls match in all, for the list's length.
    pub total: u32,
}

pub struct History {
    connection: Mutex<Connection>,
}

/// Credits left on the account, as the service said at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Balance {
    pub credits: u32,
    #[ts(type = "number")]
    pub at_ms: i64,
}

/// What [`History::apply`] did with an answer from the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The call is no longer in history (the person removed it).
    Gone,
    Updated,
    StatusChanged,
}

/// The history, and where a broken database was moved to, if one was.
pub struct Opened {
    pub history: History,
    pub moved_aside: Option<PathBuf>,
}

impl History {
    /// Opens (or makes) the history. Only a damaged file is set aside for a
    /// new one; a busy, read-only or full one stays where it is and the
    /// error says what to do.
    pub fn open(path: &Path) -> Result<Opened, Error> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|error| {
                unavailable(path, io_reason(&error).unwrap_or_else(|| error.to_string()))
            })?;
        }
        match Self::open_existing(path) {
            Ok(history) => Ok(Opened {
                history,
                moved_aside: None,
            }),
            Err(error) if is_damaged(&error) && path.exists() => {
                let aside = crate::files::set_aside(path)
                    .map_err(|error| unavailable(path, error.to_string()))?;
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

    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Writes a new call, before any request for it is sent.
    pub fn add(&self, new: &NewRecord) -> Result<i64, Error> {
        let connection = self.connection();
        connection
            .execute(
                "INSERT INTO calls (simulated, phone, business, website, objective, created_at_ms, progress)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    new.simulated,
                    new.phone,
                    new.business,
                    new.website,
                    new.objective,
                    new.created_at_ms,
                    Progress::Placing.as_str()
                ],
            )
            .map_err(storage)?;
        Ok(connection.last_insert_rowid())
    }

    /// The service took the call: keep its id and the credits left.
    /// Returns false if the call is no longer in history.
    pub fn confirm(
        &self,
        id: i64,
        call_id: &str,
        credits_after: Option<u32>,
    ) -> Result<bool, Error> {
        let updated = self
            .connection()
            .execute(
                "UPDATE calls SET call_id = ?2, credits_after = COALESCE(?3, credits_after),
                 progress = ?4, last_error = NULL WHERE id = ?1",
                params![id, call_id, credits_after, Progress::Watching.as_str()],
            )
            .map_err(storage)?;
        Ok(updated > 0)
    }

    pub fn set_progress(
        &self,
        id: i64,
        progress: Progress,
        last_error: Option<&str>,
    ) -> Result<bool, Error> {
        let updated = self
            .connection()
            .execute(
                "UPDATE calls SET progress = ?2, last_error = ?3 WHERE id = ?1",
                params![id, progress.as_str(), last_error],
            )
            .map_err(storage)?;
        Ok(updated > 0)
    }

    /// Takes in what the service says about the call. A new status is added
    /// to the timeline; fields the answer lacks keep what was known.
    pub fn apply(&self, id: i64, call: &Call, at_ms: i64) -> Result<Applied, Error> {
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(storage)?;
        let Some(previous) = transaction
            .query_row("SELECT status FROM calls WHERE id = ?1", [id], |row| {
                row.get::<_, Option<String>>(0)
            })
            .optional()
            .map_err(storage)?
        else {
            return Ok(Applied::Gone);
        };
        let status = call.status.as_str();
        let changed = previous.as_deref() != Some(status);
        if changed {
            transaction
                .execute(
                    "INSERT INTO status_changes (call, status, at_ms) VALUES (?1, ?2, ?3)",
                    params![id, status, at_ms],
                )
                .map_err(storage)?;
        }
        transaction
            .execute(
                "UPDATE calls SET status = ?2,
                    outcome = COALESCE(?3, outcome),
                    summary = COALESCE(?4, summary),
                    transcript = COALESCE(?5, transcript),
                    duration_seconds = COALESCE(?6, duration_seconds),
                    recording_url = COALESCE(?7, recording_url),
                    results_pending = (?2 = 'completed'
                        AND (COALESCE(?4, summary) IS NULL OR COALESCE(?5, transcript) IS NULL)),
                    last_error = NULL
                 WHERE id = ?1",
                params![
                    id,
                    status,
                    call.outcome.as_ref().map(|o| o.as_str()),
                    call.summary,
                    call.transcript,
                    call.duration_seconds,
                    call.recording_url
                ],
            )
            .map_err(storage)?;
        transaction.commit().map_err(storage)?;
        Ok(if changed {
            Applied::StatusChanged
        } else {
            Applied::Updated
        })
    }

    pub fn set_recording_path(&self, id: i64, path: Option<&str>) -> Result<(), Error> {
        self.connection()
            .execute(
                "UPDATE calls SET recording_path = ?2 WHERE id = ?1",
                params![id, path],
            )
            .map_err(storage)?;
        Ok(())
    }

    pub fn get(&self, id: i64) -> Result<Option<CallRecord>, Error> {
        let connection = self.connection();
        let record = connection
            .query_row(
                &format!("SELECT {RECORD_COLUMNS} FROM calls WHERE id = ?1"),
                [id],
                record,
            )
            .optional()
            .map_err(storage)?;
        let Some(mut record) = record else {
            return Ok(None);
        };
        let mut statement = connection
            .prepare_cached(
                "SELECT status, at_ms FROM status_changes WHERE call = ?1 ORDER BY at_ms, rowid",
            )
            .map_err(storage)?;
        record.timeline = statement
            .query_map([id], |row| {
                Ok(StatusChange {
                    status: row.get(0)?,
                    at_ms: row.get(1)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(storage)?;
        Ok(Some(record))
    }

    pub fn details(&self, id: i64) -> Result<Option<CallDetails>, Error> {
        Ok(self.get(id)?.map(|record| CallDetails {
            turns: record
                .transcript
                .as_deref()
                .map(crate::transcript::parse)
                .unwrap_or_default(),
            record,
            recording_downloading: false,
        }))
    }

    /// The local id of the call the service knows as `call_id`.
    pub fn find_by_call_id(&self, call_id: &str) -> Result<Option<i64>, Error> {
        self.connection()
            .query_row(
                "SELECT id FROM calls WHERE call_id = ?1",
                [call_id],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)
    }

    /// Calls the app should still be following (placing, unconfirmed or
    /// watched), of practice or of live mode.
    pub fn unfinished(&self, simulated: bool) -> Result<Vec<i64>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare(
                "SELECT id FROM calls
                 WHERE progress IN ('placing', 'waiting', 'unconfirmed', 'watching')
                 AND simulated = ?1 ORDER BY id",
            )
            .map_err(storage)?;
        statement
            .query_map([simulated], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// One page of the list, newest first, matching the query.
    pub fn page(&self, query: &HistoryQuery) -> Result<HistoryPage, Error> {
        let mut conditions = Vec::new();
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        let words = fts_query(&query.text);
        let digits = phone_digits(&query.text);
        let text_match = words.map(|words| {
            values.push(words.into());
            format!(
                "id IN (SELECT rowid FROM calls_text WHERE calls_text MATCH ?{})",
                values.len()
            )
        });
        let number_match = digits.map(|digits| {
            values.push(format!("%{digits}%").into());
            format!("phone LIKE ?{}", values.len())
        });
        match (text_match, number_match) {
            (Some(text), Some(number)) => conditions.push(format!("({text} OR {number})")),
            (Some(only), None) | (None, Some(only)) => conditions.push(only),
            (None, None) => {}
        }
        match query.outcome.as_deref() {
            Some("none") => conditions.push("outcome IS NULL".to_owned()),
            Some(outcome) => {
                values.push(outcome.to_owned().into());
                conditions.push(format!("outcome = ?{}", values.len()));
            }
            None => {}
        }
        if let Some(simulated) = query.simulated {
            values.push(i64::from(simulated).into());
            conditions.push(format!("simulated = ?{}", values.len()));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let connection = self.connection();
        let total: u32 = connection
            .query_row(
                &format!("SELECT COUNT(*) FROM calls {filter}"),
                rusqlite::params_from_iter(values.iter()),
                |row| row.get(0),
            )
            .map_err(storage)?;
        values.push(i64::from(query.limit.min(500)).into());
        values.push(i64::from(query.offset).into());
        let sql = format!(
            "SELECT {LIST_COLUMNS}
             FROM calls {filter} ORDER BY created_at_ms DESC, id DESC LIMIT ?{} OFFSET ?{}",
            values.len() - 1,
            values.len()
        );
        let mut statement = connection.prepare_cached(&sql).map_err(storage)?;
        let items = statement
            .query_map(rusqlite::params_from_iter(values.iter()), list_item)
            .and_then(Iterator::collect)
            .map_err(storage)?;
        Ok(HistoryPage { items, total })
    }

    /// Calls to `phone` written down since `since_ms`, newest first.
    pub fn calls_to(&self, phone: &str, since_ms: i64) -> Result<Vec<CallListItem>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {LIST_COLUMNS} FROM calls WHERE phone = ?1 AND created_at_ms >= ?2
                 ORDER BY created_at_ms DESC, id DESC"
            ))
            .map_err(storage)?;
        statement
            .query_map(params![phone, since_ms], list_item)
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// The credits the service last reported for calls of this mode, and
    /// when (the time the call was placed): shown after a restart too.
    pub fn last_balance(&self, simulated: bool) -> Result<Option<Balance>, Error> {
        self.connection()
            .query_row(
                "SELECT credits_after, created_at_ms FROM calls
                 WHERE simulated = ?1 AND credits_after IS NOT NULL
                 ORDER BY created_at_ms DESC, id DESC LIMIT 1",
                [simulated],
                |row| {
                    Ok(Balance {
                        credits: row.get(0)?,
                        at_ms: row.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(storage)
    }

    /// Whether a call to `phone` may have been placed without the app
    /// knowing for sure.
    pub fn has_unconfirmed_to(&self, phone: &str) -> Result<bool, Error> {
        self.connection()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM calls WHERE phone = ?1
                 AND progress IN ('unconfirmed', 'may_be_placed'))",
                [phone],
                |row| row.get(0),
            )
            .map_err(storage)
    }

    /// Notes that a request with the key left at `at_ms`; forgets those
    /// long past.
    pub fn record_request(&self, simulated: bool, at_ms: i64) -> Result<(), Error> {
        let connection = self.connection();
        connection
            .execute(
                "INSERT INTO requests_sent (simulated, at_ms) VALUES (?1, ?2)",
                params![simulated, at_ms],
            )
            .and_then(|_| {
                connection.execute(
                    "DELETE FROM requests_sent WHERE at_ms < ?1",
                    [at_ms - REQUESTS_KEPT_MS],
                )
            })
            .map_err(storage)?;
        Ok(())
    }

    /// When the requests since `since_ms` left, oldest first.
    pub fn requests_since(&self, simulated: bool, since_ms: i64) -> Result<Vec<i64>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT at_ms FROM requests_sent WHERE simulated = ?1 AND at_ms >= ?2
                 ORDER BY at_ms",
            )
            .map_err(storage)?;
        statement
            .query_map(params![simulated, since_ms], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Removes a call from local history; returns it (for its recording).
    pub fn delete(&self, id: i64) -> Result<Option<CallRecord>, Error> {
        let record = self.get(id)?;
        if record.is_some() {
            self.connection()
                .execute("DELETE FROM calls WHERE id = ?1", [id])
                .map_err(storage)?;
        }
        Ok(record)
    }
}

/// How long request times are kept: well past the service's minute.
const REQUESTS_KEPT_MS: i64 = 10 * 60 * 1000;

const LIST_COLUMNS: &str =
    "id, simulated, phone, business, progress, status, outcome, created_at_ms";

fn list_item(row: &Row<'_>) -> rusqlite::Result<CallListItem> {
    Ok(CallListItem {
        id: row.get(0)?,
        simulated: row.get(1)?,
        phone: row.get(2)?,
        business: row.get(3)?,
        progress: Progress::parse(&row.get::<_, String>(4)?)?,
        status: row.get(5)?,
        outcome: row.get(6)?,
        created_at_ms: row.get(7)?,
    })
}

const RECORD_COLUMNS: &str = "id, call_id, simulated, phone, business, website, objective,
    created_at_ms, progress, status, outcome, summary, transcript, duration_seconds,
    recording_url, recording_path, credits_after, last_error, results_pending";

fn record(row: &Row<'_>) -> rusqlite::Result<CallRecord> {
    Ok(CallRecord {
        id: row.get(0)?,
        call_id: row.get(1)?,
        simulated: row.get(2)?,
        phone: row.get(3)?,
        business: row.get(4)?,
        website: row.get(5)?,
        objective: row.get(6)?,
        created_at_ms: row.get(7)?,
        progress: Progress::parse(&row.get::<_, String>(8)?)?,
        status: row.get(9)?,
        timeline: Vec::new(),
        outcome: row.get(10)?,
        summary: row.get(11)?,
        transcript: row.get(12)?,
        duration_seconds: row.get(13)?,
        recording_url: row.get(14)?,
        recording_path: row.get(15)?,
        credits_after: row.get(16)?,
        last_error: row.get(17)?,
        results_pending: row.get(18)?,
    })
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

/// Each typed word as a quoted prefix term, all required: `"lui"* AND "tab"*`.
fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// A search typed like a phone number however it is written ("415 555
/// 0105", "(415) 555-0105", "020 7946…"), as the digits to look for inside
/// stored numbers: the national trunk `0` dropped, since stored numbers
/// carry the country code instead.
fn phone_digits(text: &str) -> Option<String> {
    let text = text.trim();
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || " -().+/".contains(c))
    {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    (digits.len() >= 3).then(|| digits.to_owned())
}

/// Whether SQLite says the file itself is damaged (not merely busy or
/// unwritable): only then is it set aside.
fn is_damaged(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// What went wrong opening the history, and what to do, in plain words.
fn sqlite_reason(error: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => BUSY.into(),
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            READ_ONLY.into()
        }
        Some(ErrorCode::DiskFull) => FULL.into(),
        _ => {
            format!("{error}. Open AgentPhone again; if it keeps happening, restart your computer.")
        }
    }
}

fn io_reason(error: &std::io::Error) -> Option<String> {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => Some(READ_ONLY.into()),
        ErrorKind::StorageFull => Some(FULL.into()),
        _ => None,
    }
}

const BUSY: &str = "another program is using the file (a backup or sync tool, say). Close that \
                    program or wait for it to finish, then open AgentPhone again.";
const READ_ONLY: &str = "AgentPhone may not write there. Check that the folder and the file \
                         belong to you and are not read-only, then open AgentPhone again.";
const FULL: &str = "the disk is full. Free some space, then open AgentPhone again.";

fn unavailable(path: &Path, reason: String) -> Error {
    Error::HistoryUnavailable {
        path: path.display().to_string(),
        reason,
    }
}

fn storage(error: impl std::fmt::Display) -> Error {
    Error::History {
        detail: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CallStatus, Outcome};

    fn new_record(phone: &str, objective: &str, simulated: bool, at: i64) -> NewRecord {
        NewRecord {
            simulated,
            phone: phone.into(),
            business: Some("Luigi's Trattoria".into()),
            website: None,
            objective: objective.into(),
            created_at_ms: at,
        }
    }

    fn call(status: &str) -> Call {
        serde_json::from_value(serde_json::json!({"call_id": "cl_1", "status": status})).unwrap()
    }

    fn open() -> (tempfile::TempDir, History) {
        let dir = tempfile::tempdir().unwrap();
        let opened = History::open(&dir.path().join("history.sqlite3")).unwrap();
        assert!(opened.moved_aside.is_none());
        (dir, opened.history)
    }

    #[test]
    fn a_call_keeps_its_timeline_and_results() {
        let (_dir, history) = open();
        let id = history
            .add(&new_record("+14155550105", "Book a table", false, 1_000))
            .unwrap();
        assert_eq!(
            history.get(id).unwrap().unwrap().progress,
            Progress::Placing
        );
        history.confirm(id, "cl_1", Some(4)).unwrap();
        assert_eq!(
            history.apply(id, &call("queued"), 1_100).unwrap(),
            Applied::StatusChanged
        );
        assert_eq!(
            history.apply(id, &call("queued"), 1_200).unwrap(),
            Applied::Updated
        );
        history.apply(id, &call("in_progress"), 1_300).unwrap();
        let mut done = call("completed");
        done.outcome = Some(Outcome::Achieved);
        history.apply(id, &done, 1_400).unwrap();
        let record = history.get(id).unwrap().unwrap();
        assert!(record.results_pending, "no summary or transcript yet");
        done.summary = Some("Booked for 7pm".into());
        done.transcript = Some("Agent: Hi\nHost: Hello".into());
        done.status = CallStatus::Completed;
        history.apply(id, &done, 1_500).unwrap();
        // A later answer without fields keeps what was known.
        history.apply(id, &call("completed"), 1_600).unwrap();
        let record = history.get(id).unwrap().unwrap();
        assert_eq!(record.call_id.as_deref(), Some("cl_1"));
        assert_eq!(record.credits_after, Some(4));
        assert_eq!(record.outcome.as_deref(), Some("achieved"));
        assert_eq!(record.summary.as_deref(), Some("Booked for 7pm"));
        assert!(!record.results_pending);
        let statuses: Vec<&str> = record.timeline.iter().map(|c| c.status.as_str()).collect();
        assert_eq!(statuses, ["queued", "in_progress", "completed"]);
        assert_eq!(record.timeline[0].at_ms, 1_100);
    }

    #[test]
    fn search_filters_and_pages_newest_first() {
        let (_dir, history) = open();
        let mut ids = Vec::new();
        for n in 0..30 {
            let id = history
                .add(&new_record(
                    &format!("+1415555{n:04}"),
                    &format!("Ask about order {n}"),
                    n % 3 == 0,
                    n,
                ))
                .unwrap();
            ids.push(id);
        }
        let mut found = call("completed");
        found.transcript = Some("Host: Your parcel leaves the warehouse on Tuesday".into());
        found.outcome = Some(Outcome::Partial);
        history.apply(ids[7], &found, 100).unwrap();

        let all = history
            .page(&HistoryQuery {
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(all.total, 30);
        assert_eq!(all.items[0].id, ids[29], "newest first");
        let second = history
            .page(&HistoryQuery {
                limit: 10,
                offset: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(second.items[0].id, ids[19]);

        let by_word = history
            .page(&HistoryQuery {
                text: "wareh".into(),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(
            by_word.items.iter().map(|i| i.id).collect::<Vec<_>>(),
            [ids[7]]
        );
        let by_business = history
            .page(&HistoryQuery {
                text: "luigi trattoria".into(),
                limit: 50,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(by_business.total, 30);
        let odd = history
            .page(&HistoryQuery {
                text: "\"unbalanced AND (".into(),
                limit: 5,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(odd.total, 0);

        let partial = history
            .page(&HistoryQuery {
                outcome: Some("partial".into()),
                limit: 5,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(partial.total, 1);
        let practice = history
            .page(&HistoryQuery {
                simulated: Some(true),
                limit: 50,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(practice.total, 10);
        assert!(practice.items.iter().all(|i| i.simulated));
    }

    #[test]
    fn a_call_exports_as_markdown() {
        let (_dir, history) = open();
        let id = history
            .add(&new_record("+14155550105", "Book a table for 2", true, 0))
            .unwrap();
        let mut done = call("completed");
        done.outcome = Some(Outcome::Achieved);
        done.summary = Some("Booked for 7pm.".into());
        done.transcript = Some("Agent: Hello\nHost: Hi there\nhow can I help?".into());
        history.apply(id, &done, 5).unwrap();
        let markdown = history.details(id).unwrap().unwrap().to_markdown();
        assert!(markdown.starts_with("# Call to Luigi's Trattoria\n"));
        assert!(markdown.contains("- **Outcome:** achieved"));
        assert!(markdown.contains("## Objective\n\nBook a table for 2"));
        assert!(markdown.contains("## Summary\n\nBooked for 7pm."));
        assert!(markdown.contains("**Host:** Hi there  \nhow can I help?"));
        assert!(markdown.contains("Practice call"));
    }

    #[test]
    fn a_number_is_found_however_its_digits_are_typed() {
        let (_dir, history) = open();
        let us = history
            .add(&new_record("+14155550105", "Book a table", false, 1))
            .unwrap();
        let uk = history
            .add(&new_record("+442079460958", "Room 415 please", false, 2))
            .unwrap();
        let found = |text: &str| -> Vec<i64> {
            let query = HistoryQuery {
                text: text.into(),
                limit: 10,
                ..HistoryQuery::default()
            };
            history
                .page(&query)
                .unwrap()
                .items
                .iter()
                .map(|c| c.id)
                .collect()
        };
        for typed in [
            "415 555 0105",
            "(415) 555-0105",
            "+1 415-555-0105",
            "5550105",
        ] {
            assert_eq!(found(typed), [us], "{typed}");
        }
        assert_eq!(
            found("020 7946 0958"),
            [uk],
            "a national number with its trunk 0"
        );
        // Digits that are words of the objective are still found as words.
        let mut both = found("415");
        both.sort();
        assert_eq!(both, [us, uk]);
        assert!(found("999 999").is_empty());
    }

    #[test]
    fn delete_removes_the_call_its_timeline_and_its_search_entry() {
        let (_dir, history) = open();
        let id = history
            .add(&new_record(
                "+14155550105",
                "Cancel the gym membership",
                false,
                1,
            ))
            .unwrap();
        history.apply(id, &call("queued"), 2).unwrap();
        assert!(history.delete(id).unwrap().is_some());
        assert!(history.get(id).unwrap().is_none());
        let search = history
            .page(&HistoryQuery {
                text: "gym".into(),
                limit: 5,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(search.total, 0);
        assert!(history.delete(id).unwrap().is_none());
    }

    #[test]
    fn unfinished_calls_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        let (watching, finished) = {
            let history = History::open(&path).unwrap().history;
            let watching = history
                .add(&new_record("+14155550105", "a", false, 1))
                .unwrap();
            history.confirm(watching, "cl_a", None).unwrap();
            let finished = history
                .add(&new_record("+14155550104", "b", false, 2))
                .unwrap();
            history
                .set_progress(finished, Progress::Finished, None)
                .unwrap();
            (watching, finished)
        };
        let history = History::open(&path).unwrap().history;
        assert_eq!(history.unfinished(false).unwrap(), [watching]);
        assert!(history.unfinished(true).unwrap().is_empty());
        assert!(history.get(finished).unwrap().is_some());
    }

    #[test]
    fn a_corrupt_database_is_moved_aside_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        std::fs::write(
            &path,
            b"this is not a database, just words that fill a page. ".repeat(200),
        )
        .unwrap();
        let opened = History::open(&path).unwrap();
        let aside = opened.moved_aside.expect("the broken file is moved aside");
        assert!(aside.exists());
        assert!(std::fs::read(&aside)
            .unwrap()
            .starts_with(b"this is not a database"));
        let id = opened
            .history
            .add(&new_record("+14155550105", "fresh start", false, 1))
            .unwrap();
        assert!(opened.history.get(id).unwrap().is_some());
    }

    #[test]
    fn a_history_another_program_holds_stays_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        let id = {
            let opened = History::open(&path).unwrap();
            opened
                .history
                .add(&new_record("+14155550105", "keep me", false, 1))
                .unwrap()
        };
        let holder = Connection::open(&path).unwrap();
        holder
            .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
            .unwrap();
        let error = History::open(&path)
            .err()
            .expect("a busy file is not opened");
        assert!(
            matches!(&error, Error::HistoryUnavailable { reason, .. } if reason.contains("another program")),
            "{error}"
        );
        assert!(error.to_string().contains("Nothing was moved or deleted"));
        drop(holder);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains("broken"))
            .collect();
        assert!(leftovers.is_empty(), "nothing set aside: {leftovers:?}");
        let again = History::open(&path).unwrap();
        assert!(again.moved_aside.is_none());
        assert!(
            again.history.get(id).unwrap().is_some(),
            "the call is still there"
        );
    }

    #[test]
    fn the_last_balance_is_kept_per_mode() {
        let (_dir, history) = open();
        assert_eq!(history.last_balance(false).unwrap(), None);
        let live = history
            .add(&new_record("+14155550105", "live", false, 1_000))
            .unwrap();
        history.confirm(live, "cl_1", Some(12)).unwrap();
        let practice = history
            .add(&new_record("+14155550105", "practice", true, 2_000))
            .unwrap();
        history.confirm(practice, "cl_2", Some(19)).unwrap();
        let unknown = history
            .add(&new_record("+14155550105", "no figure", false, 3_000))
            .unwrap();
        history.confirm(unknown, "cl_3", None).unwrap();
        assert_eq!(
            history.last_balance(false).unwrap(),
            Some(Balance {
                credits: 12,
                at_ms: 1_000
            })
        );
        assert_eq!(history.last_balance(true).unwrap().unwrap().credits, 19);
    }

    #[test]
    fn only_damage_sets_a_history_aside() {
        let failure = |code| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
        assert!(is_damaged(&failure(rusqlite::ffi::SQLITE_CORRUPT)));
        assert!(is_damaged(&failure(rusqlite::ffi::SQLITE_NOTADB)));
        for (code, says) in [
            (rusqlite::ffi::SQLITE_BUSY, "another program"),
            (rusqlite::ffi::SQLITE_LOCKED, "another program"),
            (rusqlite::ffi::SQLITE_READONLY, "not read-only"),
            (rusqlite::ffi::SQLITE_CANTOPEN, "not read-only"),
            (rusqlite::ffi::SQLITE_PERM, "not read-only"),
            (rusqlite::ffi::SQLITE_FULL, "disk is full"),
            (rusqlite::ffi::SQLITE_IOERR, "restart your computer"),
        ] {
            assert!(!is_damaged(&failure(code)), "{code}");
            assert!(sqlite_reason(&failure(code)).contains(says), "{code}");
        }
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert!(io_reason(&full).unwrap().contains("disk is full"));
    }

    #[test]
    fn ids_of_removed_calls_are_never_given_again() {
        let (_dir, history) = open();
        let first = history
            .add(&new_record("+14155550105", "a", false, 1))
            .unwrap();
        let newest = history
            .add(&new_record("+14155550105", "b", false, 2))
            .unwrap();
        history.delete(newest).unwrap();
        let next = history
            .add(&new_record("+14155550105", "c", false, 3))
            .unwrap();
        assert!(next > newest && newest > first);
        // An answer in flight for the removed call finds nothing to change.
        assert_eq!(
            history.apply(newest, &call("queued"), 4).unwrap(),
            Applied::Gone
        );
        assert!(!history.confirm(newest, "cl_gone", None).unwrap());
        assert!(history.get(next).unwrap().unwrap().call_id.is_none());
    }

    #[test]
    fn a_version_one_history_moves_forward_and_keeps_its_calls() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        {
            let connection = Connection::open(&path).unwrap();
            connection.execute_batch(MIGRATIONS[0]).unwrap();
            connection.pragma_update(None, "user_version", 1).unwrap();
            connection
                .execute_batch(
                    "INSERT INTO calls (id, call_id, simulated, phone, objective, created_at_ms, progress)
                     VALUES (7, 'cl_7', 0, '+14155550105', 'Book a table', 1, 'finished');
                     INSERT INTO status_changes VALUES (7, 'completed', 2);",
                )
                .unwrap();
        }
        let history = History::open(&path).unwrap().history;
        let kept = history.get(7).unwrap().unwrap();
        assert_eq!(kept.call_id.as_deref(), Some("cl_7"));
        assert_eq!(kept.timeline.len(), 1, "the timeline survives the rebuild");
        assert_eq!(history.find_by_call_id("cl_7").unwrap(), Some(7));
        let search = history
            .page(&HistoryQuery {
                text: "table".into(),
                limit: 5,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(search.total, 1);
        let next = history
            .add(&new_record("+14155550105", "x", false, 3))
            .unwrap();
        assert_eq!(next, 8);
        // Two calls may carry the same service id (practice runs).
        assert!(history.confirm(next, "cl_7", None).unwrap());
    }

    #[test]
    fn every_write_reaches_the_disk_before_it_returns() {
        let (_dir, history) = open();
        let synchronous: i64 = history
            .connection()
            .query_row("PRAGMA synchronous", [], |row| row.get(0))
            .unwrap();
        assert_eq!(synchronous, 2, "FULL");
    }

    #[test]
    fn an_unknown_progress_is_an_error_not_a_guess() {
        let (_dir, history) = open();
        let id = history
            .add(&new_record("+14155550105", "a", false, 1))
            .unwrap();
        history
            .connection()
            .execute("UPDATE calls SET progress = 'beamed' WHERE id = ?1", [id])
            .unwrap();
        assert!(history.get(id).is_err());
    }

    #[test]
    fn request_times_are_kept_for_the_next_start() {
        let (_dir, history) = open();
        for at in [1_000, 2_000, 700_000] {
            history.record_request(false, at).unwrap();
        }
        history.record_request(true, 700_001).unwrap();
        // The first two are long past by the third and were forgotten.
        assert_eq!(history.requests_since(false, 0).unwrap(), [700_000]);
        assert_eq!(history.requests_since(true, 0).unwrap(), [700_001]);
    }
}
