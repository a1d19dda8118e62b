//! Call history in SQLite (the system's on Linux, built in elsewhere; WAL):
//! a crash mid-write loses nothing committed, and the schema moves forward
//! by numbered migrations.
//!
//! `records.rs` holds what crosses to the window, `opening.rs` opening the
//! file (only a damaged one is set aside), `search.rs` the list, search and
//! the small questions the engine asks; this file the writes and reads of
//! one call.

mod businesses;
mod opening;
mod records;
pub mod sample;
mod search;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension, Row};

pub use businesses::{NotKept, MOST_FOUND};
pub use records::*;

use crate::models::Call;
use crate::Error;

pub struct History {
    connection: Mutex<Connection>,
}

/// What [`History::apply`] did with an answer from the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The call is no longer in history (the person removed it).
    Gone,
    Kept {
        /// Anything about the call changed.
        changed: bool,
        status_changed: bool,
        /// Completed, and some of its results (outcome, summary,
        /// transcript, recording) have not come yet.
        results_pending: bool,
    },
}

/// The history, and where a broken database was moved to, if one was.
pub struct Opened {
    pub history: History,
    pub moved_aside: Option<PathBuf>,
}

impl History {
    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Writes a new call, before any request for it is sent: "placing", or
    /// "scheduled" when it has a time.
    pub fn add(&self, new: &NewRecord) -> Result<i64, Error> {
        let connection = self.connection();
        connection
            .execute(
                "INSERT INTO calls (simulated, phone, business, website, objective, created_at_ms,
                     progress, scheduled_at_ms, follows)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    new.simulated,
                    new.phone,
                    new.business,
                    new.website,
                    new.objective,
                    new.created_at_ms,
                    match new.scheduled_at_ms {
                        Some(_) => Progress::Scheduled,
                        None => Progress::Placing,
                    }
                    .as_str(),
                    new.scheduled_at_ms,
                    new.follows,
                ],
            )
            .map_err(storage)?;
        Ok(connection.last_insert_rowid())
    }

    /// Takes a scheduled (or missed) call off the schedule to send it now:
    /// true only for the one caller that finds it still waiting, in this
    /// mode, and (for a timer) still at the time it was armed for. Its time
    /// becomes `now_ms`, when it really goes out.
    pub fn start_scheduled(
        &self,
        id: i64,
        simulated: bool,
        armed_for: Option<i64>,
        now_ms: i64,
    ) -> Result<bool, Error> {
        let changed = self
            .connection()
            .execute(
                "UPDATE calls SET progress = 'placing', scheduled_at_ms = ?4
                 WHERE id = ?1 AND simulated = ?2
                 AND (progress = 'missed' AND ?3 IS NULL
                      OR progress = 'scheduled' AND (?3 IS NULL OR scheduled_at_ms = ?3))",
                params![id, simulated, armed_for, now_ms],
            )
            .map_err(storage)?;
        Ok(changed == 1)
    }

    /// Marks the call's request as leaving now, at `now_ms`: true only if it
    /// is still in history, in this mode, and waiting to be sent.
    pub fn begin_send(&self, id: i64, simulated: bool, now_ms: i64) -> Result<bool, Error> {
        let changed = self
            .connection()
            .execute(
                "UPDATE calls SET progress = 'sending', sent_at_ms = ?3, last_error = NULL
                 WHERE id = ?1 AND simulated = ?2 AND progress IN ('placing', 'waiting')",
                params![id, simulated, now_ms],
            )
            .map_err(storage)?;
        Ok(changed == 1)
    }

    /// The person's note on the call, as typed (saved as they type).
    pub fn set_note(&self, id: i64, note: &str) -> Result<bool, Error> {
        let note: String = note.chars().take(MAX_NOTE_CHARS).collect();
        let changed = self
            .connection()
            .execute(
                "UPDATE calls SET note = ?2 WHERE id = ?1",
                params![id, note],
            )
            .map_err(storage)?;
        Ok(changed == 1)
    }

    /// The call's labels, cleaned (see [`clean_labels`]); answers what was kept.
    pub fn set_labels(&self, id: i64, labels: Vec<String>) -> Result<Vec<String>, Error> {
        let kept = clean_labels(labels);
        self.connection()
            .execute(
                "UPDATE calls SET labels = ?2 WHERE id = ?1",
                params![id, kept.join("\n")],
            )
            .map_err(storage)?;
        Ok(kept)
    }

    /// Marks a call missed if it is still scheduled for `at_ms`, with why
    /// it was not placed then, when there is more to say than "late".
    pub fn miss_if_scheduled_at(
        &self,
        id: i64,
        at_ms: i64,
        reason: Option<&str>,
    ) -> Result<bool, Error> {
        let changed = self
            .connection()
            .execute(
                "UPDATE calls SET progress = 'missed', last_error = ?3
                 WHERE id = ?1 AND progress = 'scheduled' AND scheduled_at_ms = ?2",
                params![id, at_ms, reason],
            )
            .map_err(storage)?;
        Ok(changed == 1)
    }

    /// A new time for a scheduled or missed call; false if it is neither
    /// any more.
    pub fn reschedule(&self, id: i64, at_ms: i64) -> Result<bool, Error> {
        let changed = self
            .connection()
            .execute(
                "UPDATE calls SET progress = 'scheduled', scheduled_at_ms = ?2
                 WHERE id = ?1 AND progress IN ('scheduled', 'missed')",
                params![id, at_ms],
            )
            .map_err(storage)?;
        Ok(changed == 1)
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
        // Written only when the answer says something new, so a poll that
        // changed nothing is no news for the window.
        let written = transaction
            .query_row(
                "UPDATE calls SET status = ?2,
                    outcome = COALESCE(?3, outcome),
                    summary = COALESCE(?4, summary),
                    transcript = COALESCE(?5, transcript),
                    duration_seconds = COALESCE(?6, duration_seconds),
                    recording_url = COALESCE(?7, recording_url),
                    results_pending = (?2 = 'completed'
                        AND (COALESCE(?3, outcome) IS NULL
                            OR COALESCE(?4, summary) IS NULL
                            OR COALESCE(?5, transcript) IS NULL
                            OR COALESCE(?7, recording_url) IS NULL)),
                    last_error = NULL
                 WHERE id = ?1 AND (status IS NOT ?2
                    OR outcome IS NOT COALESCE(?3, outcome)
                    OR summary IS NOT COALESCE(?4, summary)
                    OR transcript IS NOT COALESCE(?5, transcript)
                    OR duration_seconds IS NOT COALESCE(?6, duration_seconds)
                    OR recording_url IS NOT COALESCE(?7, recording_url)
                    OR last_error IS NOT NULL)
                 RETURNING results_pending",
                params![
                    id,
                    status,
                    call.outcome.as_ref().map(|o| o.as_str()),
                    call.summary,
                    call.transcript,
                    call.duration_seconds,
                    call.recording_url
                ],
                |row| row.get::<_, bool>(0),
            )
            .optional()
            .map_err(storage)?;
        let results_pending = match written {
            Some(pending) => pending,
            None => transaction
                .query_row(
                    "SELECT results_pending FROM calls WHERE id = ?1",
                    [id],
                    |row| row.get(0),
                )
                .map_err(storage)?,
        };
        transaction.commit().map_err(storage)?;
        Ok(Applied::Kept {
            changed: written.is_some(),
            status_changed: changed,
            results_pending,
        })
    }

    /// Keeps where the call's recording is on this computer; false if the
    /// call is no longer in history.
    pub fn set_recording_path(&self, id: i64, path: Option<&str>) -> Result<bool, Error> {
        let changed = self
            .connection()
            .execute(
                "UPDATE calls SET recording_path = ?2 WHERE id = ?1",
                params![id, path],
            )
            .map_err(storage)?;
        Ok(changed == 1)
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
        let Some(record) = self.get(id)? else {
            return Ok(None);
        };
        Ok(Some(CallDetails {
            turns: record
                .transcript
                .as_deref()
                .map(crate::transcript::parse)
                .unwrap_or_default(),
            follow_ups: self.follow_ups(id)?,
            record,
            recording_downloading: false,
        }))
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

const LIST_COLUMNS: &str = "id, simulated, phone, business, progress, status, outcome,
    created_at_ms, scheduled_at_ms, labels";

fn list_item(row: &Row<'_>) -> rusqlite::Result<CallListItem> {
    Ok(CallListItem {
        id: row.get(0)?,
        simulated: row.get(1)?,
        phone_for_people: crate::validate::for_people(&row.get::<_, String>(2)?),
        phone: row.get(2)?,
        business: row.get(3)?,
        progress: Progress::parse(&row.get::<_, String>(4)?)?,
        status: row.get(5)?,
        outcome: row.get(6)?,
        created_at_ms: row.get(7)?,
        scheduled_at_ms: row.get(8)?,
        labels: split_labels(&row.get::<_, String>(9)?),
    })
}

const RECORD_COLUMNS: &str = "id, call_id, simulated, phone, business, website, objective,
    created_at_ms, progress, status, outcome, summary, transcript, duration_seconds,
    recording_url, recording_path, credits_after, last_error, results_pending, scheduled_at_ms,
    note, labels, follows, sent_at_ms";

fn record(row: &Row<'_>) -> rusqlite::Result<CallRecord> {
    let status: Option<crate::CallStatus> = row.get(9)?;
    let outcome: Option<crate::models::Outcome> = row.get(10)?;
    let progress = Progress::parse(&row.get::<_, String>(8)?)?;
    let stored_problem: Option<String> = row.get(17)?;
    let kept_problem = stored_problem
        .as_deref()
        .and_then(crate::messages::Message::from_stored);
    Ok(CallRecord {
        id: row.get(0)?,
        call_id: row.get(1)?,
        simulated: row.get(2)?,
        phone_for_people: crate::validate::for_people(&row.get::<_, String>(3)?),
        phone: row.get(3)?,
        business: row.get(4)?,
        website: row.get(5)?,
        objective: row.get(6)?,
        created_at_ms: row.get(7)?,
        progress,
        ended: status.as_ref().is_some_and(crate::CallStatus::is_terminal),
        try_again_later: progress == Progress::NotPlaced
            || matches!(
                status,
                Some(crate::CallStatus::Failed | crate::CallStatus::Canceled)
            )
            || outcome == Some(crate::models::Outcome::NotAchieved),
        status,
        timeline: Vec::new(),
        outcome,
        summary: row.get(11)?,
        transcript: row.get(12)?,
        duration_seconds: row.get(13)?,
        recording_url: row.get(14)?,
        recording_path: row.get(15)?,
        credits_after: row.get(16)?,
        last_error: kept_problem.as_ref().map_or(stored_problem, |problem| {
            Some(problem.in_language(crate::messages::ENGLISH))
        }),
        last_problem: kept_problem,
        results_pending: row.get(18)?,
        scheduled_at_ms: row.get(19)?,
        note: row.get(20)?,
        labels: split_labels(&row.get::<_, String>(21)?),
        follows: row.get(22)?,
        sent_at_ms: row.get(23)?,
    })
}

/// Labels as stored: one per line.
fn split_labels(stored: &str) -> Vec<String> {
    stored.lines().map(str::to_owned).collect()
}

/// The longest label and note kept; more is pasted by mistake.
pub const MAX_LABEL_CHARS: usize = 40;
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Labels as kept: trimmed, single-line, not empty, each once (ignoring
/// case), at most [`MAX_LABEL_CHARS`] each.
pub fn clean_labels(labels: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for label in labels {
        let label: String = label
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(MAX_LABEL_CHARS)
            .collect();
        if !label.is_empty() && !kept.iter().any(|known| known.eq_ignore_ascii_case(&label)) {
            kept.push(label);
        }
    }
    kept
}

fn storage(error: impl std::fmt::Display) -> Error {
    Error::History {
        detail: error.to_string(),
    }
}
