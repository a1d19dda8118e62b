//! Keeping less: recordings, or whole calls, older than a number of days
//! are deleted, when the person switched it on (it is off by default).
//! Only ended calls are touched: a call in flight, scheduled or not yet
//! confirmed stays, whatever its age.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history::History;
use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Retention {
    /// Older than this many days (at least one).
    pub days: u32,
    pub what: Kept,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Kept {
    /// Delete the recordings; the calls, summaries and transcripts stay.
    Recordings,
    /// Delete whole calls, with their recordings.
    Calls,
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

impl Retention {
    fn before_ms(self, now_ms: i64) -> i64 {
        now_ms - i64::from(self.days.max(1)) * DAY_MS
    }
}

/// How many recordings or calls the rule would delete now: shown before
/// the person switches it on.
pub fn preview(history: &History, rule: Retention, now_ms: i64) -> Result<u32, Error> {
    let before = rule.before_ms(now_ms);
    Ok(match rule.what {
        Kept::Recordings => history.ended_with_recordings_before(before)?.len(),
        Kept::Calls => history.ended_before(before)?.len(),
    } as u32)
}

/// Deletes what the rule says; answers the calls that lost their recording
/// or went. A recording file that is already gone counts as deleted.
pub fn apply(history: &History, rule: Retention, now_ms: i64) -> Result<Vec<i64>, Error> {
    let before = rule.before_ms(now_ms);
    let mut removed = Vec::new();
    match rule.what {
        Kept::Recordings => {
            for (id, path) in history.ended_with_recordings_before(before)? {
                if crate::recordings::remove_kept(&path) {
                    history.set_recording_path(id, None)?;
                    removed.push(id);
                }
            }
        }
        Kept::Calls => {
            for id in history.ended_before(before)? {
                let Some(record) = history.delete(id)? else {
                    continue;
                };
                if let Some(path) = record.recording_path {
                    crate::recordings::remove_kept(&path);
                }
                removed.push(id);
            }
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{NewRecord, Progress};

    fn call(history: &History, at_ms: i64, progress: Progress, recording: Option<&str>) -> i64 {
        let id = history
            .add(&NewRecord {
                simulated: false,
                phone: "+14155550105".into(),
                business: None,
                website: None,
                objective: "Ask".into(),
                created_at_ms: at_ms,
                scheduled_at_ms: None,
                follows: None,
            })
            .unwrap();
        history.set_progress(id, progress, None).unwrap();
        history.set_recording_path(id, recording).unwrap();
        id
    }

    #[test]
    fn only_old_ended_calls_lose_their_recordings_or_themselves() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::open(&dir.path().join("history.sqlite3"))
            .unwrap()
            .history;
        let file = |name: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, b"RIFF").unwrap();
            path.display().to_string()
        };
        let now = 100 * DAY_MS;
        let old = call(
            &history,
            now - 40 * DAY_MS,
            Progress::Finished,
            Some(&file("old.wav")),
        );
        let recent = call(
            &history,
            now - 5 * DAY_MS,
            Progress::Finished,
            Some(&file("new.wav")),
        );
        let in_flight = call(
            &history,
            now - 40 * DAY_MS,
            Progress::Watching,
            Some(&file("flight.wav")),
        );
        let refused = call(&history, now - 40 * DAY_MS, Progress::NotPlaced, None);

        let recordings = Retention {
            days: 30,
            what: Kept::Recordings,
        };
        assert_eq!(preview(&history, recordings, now).unwrap(), 1);
        assert_eq!(apply(&history, recordings, now).unwrap().len(), 1);
        assert!(!dir.path().join("old.wav").exists());
        assert!(dir.path().join("new.wav").exists());
        assert!(
            dir.path().join("flight.wav").exists(),
            "a call in flight is never touched"
        );
        let kept = history.get(old).unwrap().unwrap();
        assert_eq!(kept.recording_path, None, "the call itself stays");

        let calls = Retention {
            days: 30,
            what: Kept::Calls,
        };
        assert_eq!(preview(&history, calls, now).unwrap(), 2);
        assert_eq!(apply(&history, calls, now).unwrap().len(), 2);
        assert!(history.get(old).unwrap().is_none());
        assert!(history.get(refused).unwrap().is_none());
        assert!(history.get(recent).unwrap().is_some());
        assert!(history.get(in_flight).unwrap().is_some());
        assert_eq!(
            apply(&history, calls, now).unwrap().len(),
            0,
            "nothing left to delete"
        );
    }
}
