//! The list with its search and filters, and the small questions the
//! engine and the confirmation ask of history.

use rusqlite::{params, OptionalExtension};

use super::{
    list_item, record, storage, Balance, CallListItem, CallRecord, History, HistoryPage,
    HistoryQuery, Overview, Progress, LIST_COLUMNS, RECORD_COLUMNS,
};
use crate::Error;

impl History {
    /// One page of the list, newest first, matching the query.
    pub fn page(&self, query: &HistoryQuery) -> Result<HistoryPage, Error> {
        let (filter, mut values) = matching(query);
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
             FROM calls {filter} ORDER BY created_at_ms {order}, id {order} LIMIT ?{} OFFSET ?{}",
            values.len() - 1,
            values.len(),
            order = if query.oldest_first { "ASC" } else { "DESC" },
        );
        let mut statement = connection.prepare_cached(&sql).map_err(storage)?;
        let items = statement
            .query_map(rusqlite::params_from_iter(values.iter()), list_item)
            .and_then(Iterator::collect)
            .map_err(storage)?;
        drop(statement);
        drop(connection);
        // Kept businesses are searched like the calls, shown above them.
        let businesses = if query.offset == 0 {
            self.find_businesses(&query.text)?
        } else {
            Vec::new()
        };
        Ok(HistoryPage {
            items,
            total,
            businesses,
        })
    }

    /// How many calls of this mode were sent to the service since
    /// `since_ms`, those whose answer has not come yet included: how many
    /// of the newest calls in its list may be this app's.
    pub fn placed_since(&self, simulated: bool, since_ms: i64) -> Result<u32, Error> {
        self.connection()
            .query_row(
                "SELECT COUNT(*) FROM calls WHERE simulated = ?1
                 AND (call_id IS NOT NULL OR sent_at_ms IS NOT NULL)
                 AND COALESCE(sent_at_ms, created_at_ms) >= ?2",
                params![simulated, since_ms],
                |row| row.get(0),
            )
            .map_err(storage)
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
                 AND progress IN ('sending', 'unconfirmed', 'may_be_placed'))",
                [phone],
                |row| row.get(0),
            )
            .map_err(storage)
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

    /// Calls the app should still be following (placing, unconfirmed or
    /// watched), of practice or of live mode.
    /// Every call matching the list's search and filters, whole, in the
    /// list's order: for exporting.
    pub fn records_matching(&self, query: &HistoryQuery) -> Result<Vec<CallRecord>, Error> {
        let (filter, values) = matching(query);
        let order = if query.oldest_first { "ASC" } else { "DESC" };
        let connection = self.connection();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {RECORD_COLUMNS} FROM calls {filter}
                 ORDER BY created_at_ms {order}, id {order}"
            ))
            .map_err(storage)?;
        statement
            .query_map(rusqlite::params_from_iter(values.iter()), record)
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Calls since `since_ms`: how many, how many achieved, live credits
    /// used and the average length.
    pub fn overview(&self, since_ms: i64) -> Result<Overview, Error> {
        let connection = self.connection();
        let (calls, with_outcome, achieved, average): (u32, u32, u32, Option<f64>) = connection
            .query_row(
                "SELECT COUNT(*), COUNT(outcome), COUNT(CASE WHEN outcome = 'achieved' THEN 1 END),
                        AVG(duration_seconds)
                 FROM calls WHERE created_at_ms >= ?1",
                [since_ms],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .map_err(storage)?;
        // Credits used: each drop in the reported balance, from the last live
        // balance before the period on (a top-up in between is not a use).
        let mut statement = connection
            .prepare_cached(
                "SELECT credits_after FROM calls
                 WHERE simulated = 0 AND credits_after IS NOT NULL AND created_at_ms >= (
                     SELECT COALESCE(MAX(created_at_ms), ?1) FROM calls
                     WHERE simulated = 0 AND credits_after IS NOT NULL AND created_at_ms < ?1)
                 ORDER BY created_at_ms, id",
            )
            .map_err(storage)?;
        let balances: Vec<u32> = statement
            .query_map([since_ms], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(storage)?;
        let credits_used = (!balances.is_empty()).then(|| {
            balances
                .windows(2)
                .map(|pair| pair[0].saturating_sub(pair[1]))
                .sum()
        });
        Ok(Overview {
            calls,
            with_outcome,
            achieved,
            credits_used,
            average_duration_seconds: average.map(|seconds| seconds.round() as u32),
        })
    }

    /// Ended calls (finished or not placed) placed before `before_ms`.
    pub fn ended_before(&self, before_ms: i64) -> Result<Vec<i64>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT id FROM calls WHERE progress IN ('finished', 'not_placed')
                 AND created_at_ms < ?1 ORDER BY id",
            )
            .map_err(storage)?;
        statement
            .query_map([before_ms], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Ended calls before `before_ms` that still have a kept recording.
    pub fn ended_with_recordings_before(
        &self,
        before_ms: i64,
    ) -> Result<Vec<(i64, String)>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT id, recording_path FROM calls WHERE progress = 'finished'
                 AND recording_path IS NOT NULL AND created_at_ms < ?1 ORDER BY id",
            )
            .map_err(storage)?;
        statement
            .query_map([before_ms], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Calls that follow `id` up, oldest first.
    pub fn follow_ups(&self, id: i64) -> Result<Vec<CallListItem>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {LIST_COLUMNS} FROM calls WHERE follows = ?1 ORDER BY created_at_ms, id"
            ))
            .map_err(storage)?;
        statement
            .query_map([id], list_item)
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Every label in use, most used first: the choices offered.
    pub fn labels_in_use(&self) -> Result<Vec<String>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached("SELECT labels FROM calls WHERE labels != ''")
            .map_err(storage)?;
        let stored: Vec<String> = statement
            .query_map([], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(storage)?;
        let mut counts: std::collections::HashMap<&str, usize> = Default::default();
        for label in stored.iter().flat_map(|labels| labels.lines()) {
            *counts.entry(label).or_default() += 1;
        }
        let mut labels: Vec<(&str, usize)> = counts.into_iter().collect();
        labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        Ok(labels
            .into_iter()
            .map(|(label, _)| label.to_owned())
            .collect())
    }

    /// Scheduled calls of this mode and their times, soonest first.
    pub fn scheduled(&self, simulated: bool) -> Result<Vec<(i64, i64)>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT id, scheduled_at_ms FROM calls
                 WHERE progress = 'scheduled' AND simulated = ?1 ORDER BY scheduled_at_ms, id",
            )
            .map_err(storage)?;
        statement
            .query_map([simulated], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// How many calls of this mode stand at each step.
    pub fn count_by_progress(&self, simulated: bool) -> Result<Vec<(Progress, usize)>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT progress, COUNT(*) FROM calls WHERE simulated = ?1 GROUP BY progress",
            )
            .map_err(storage)?;
        statement
            .query_map([simulated], |row| {
                Ok((
                    Progress::parse(&row.get::<_, String>(0)?)?,
                    row.get::<_, i64>(1)? as usize,
                ))
            })
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Scheduled calls of this mode as the list shows them, soonest first.
    pub fn scheduled_items(&self, simulated: bool) -> Result<Vec<CallListItem>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {LIST_COLUMNS} FROM calls WHERE progress = 'scheduled' AND simulated = ?1
                 ORDER BY scheduled_at_ms, id"
            ))
            .map_err(storage)?;
        statement
            .query_map([simulated], list_item)
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Marks every scheduled call whose time is past as missed (at start:
    /// its time came while the app was closed). Answers how many.
    pub fn miss_past_due(&self, now_ms: i64) -> Result<usize, Error> {
        self.connection()
            .execute(
                "UPDATE calls SET progress = 'missed'
                 WHERE progress = 'scheduled' AND scheduled_at_ms <= ?1",
                [now_ms],
            )
            .map_err(storage)
    }

    /// Scheduled calls whose time came while the app was closed, of both
    /// modes: the window asks about each.
    pub fn missed(&self) -> Result<Vec<CallListItem>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {LIST_COLUMNS} FROM calls WHERE progress = 'missed' ORDER BY scheduled_at_ms, id"
            ))
            .map_err(storage)?;
        statement
            .query_map([], list_item)
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    pub fn unfinished(&self, simulated: bool) -> Result<Vec<i64>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare(
                "SELECT id FROM calls
                 WHERE progress IN ('placing', 'sending', 'waiting', 'unconfirmed', 'watching')
                 AND simulated = ?1 ORDER BY id",
            )
            .map_err(storage)?;
        statement
            .query_map([simulated], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Finished calls of this mode whose recording link has no file here
    /// yet (the app closed before the download ended, say).
    pub fn recordings_missing(&self, simulated: bool) -> Result<Vec<(i64, String)>, Error> {
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT id, recording_url FROM calls
                 WHERE progress = 'finished' AND simulated = ?1
                 AND recording_url IS NOT NULL AND recording_path IS NULL ORDER BY id",
            )
            .map_err(storage)?;
        statement
            .query_map([simulated], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(Iterator::collect)
            .map_err(storage)
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
pub(super) fn phone_digits(text: &str) -> Option<String> {
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

/// The `WHERE` clause for the list's search and filters, and its values.
fn matching(query: &HistoryQuery) -> (String, Vec<rusqlite::types::Value>) {
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
    // Calls to a kept business are found by what is kept about it too.
    let typed = query.text.trim();
    let business_match = (!typed.is_empty()).then(|| {
        values.push(typed.to_lowercase().into());
        format!(
            "phone IN (SELECT phone FROM businesses WHERE instr(lower(name), ?{at}) > 0
             OR instr(lower(note), ?{at}) > 0)",
            at = values.len()
        )
    });
    let any: Vec<String> = [text_match, number_match, business_match]
        .into_iter()
        .flatten()
        .collect();
    if !any.is_empty() {
        conditions.push(format!("({})", any.join(" OR ")));
    }
    if let Some(outcome) = query.outcome {
        conditions.push(outcome.condition().to_owned());
    }
    if let Some(simulated) = query.simulated {
        values.push(i64::from(simulated).into());
        conditions.push(format!("simulated = ?{}", values.len()));
    }
    if let Some(label) = query.label.as_deref().filter(|label| !label.is_empty()) {
        values.push(label.to_owned().into());
        // Labels are stored one per line; a whole line must match.
        conditions.push(format!(
            "instr(char(10) || labels || char(10), char(10) || ?{} || char(10)) > 0",
            values.len()
        ));
    }
    if let Some(since) = query.since_ms {
        values.push(since.into());
        conditions.push(format!("created_at_ms >= ?{}", values.len()));
    }
    if let Some(until) = query.until_ms {
        values.push(until.into());
        conditions.push(format!("created_at_ms < ?{}", values.len()));
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    (filter, values)
}
