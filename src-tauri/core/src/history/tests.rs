use super::opening::{io_reason, is_damaged, sqlite_reason, MIGRATIONS};
use super::*;
use crate::{CallStatus, HistoryProblem, Outcome};

fn new_record(phone: &str, objective: &str, simulated: bool, at: i64) -> NewRecord {
    NewRecord {
        simulated,
        phone: phone.into(),
        business: Some("Luigi's Trattoria".into()),
        website: None,
        objective: objective.into(),
        created_at_ms: at,
        scheduled_at_ms: None,
        follows: None,
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
        Applied::Kept {
            changed: true,
            status_changed: true,
            results_pending: false
        }
    );
    assert_eq!(
        history.apply(id, &call("queued"), 1_200).unwrap(),
        Applied::Kept {
            changed: false,
            status_changed: false,
            results_pending: false
        }
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
    assert_eq!(record.outcome, Some(Outcome::Achieved));
    assert_eq!(record.summary.as_deref(), Some("Booked for 7pm"));
    // The recording's link has not come yet: its results are still pending.
    assert!(record.results_pending);
    let mut with_recording = call("completed");
    with_recording.recording_url = Some("https://example.com/r.mp3".into());
    assert_eq!(
        history.apply(id, &with_recording, 1_700).unwrap(),
        Applied::Kept {
            changed: true,
            status_changed: false,
            results_pending: false
        }
    );
    let record = history.get(id).unwrap().unwrap();
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
    history.apply(ids[8], &call("failed"), 100).unwrap();
    history.apply(ids[9], &call("canceled"), 100).unwrap();
    history
        .set_progress(ids[10], Progress::NotPlaced, Some("Refused."))
        .unwrap();

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
            outcome: Some(OutcomeFilter::Partial),
            limit: 5,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(partial.total, 1);
    let listed = |outcome: &str| -> Vec<i64> {
        let query: HistoryQuery =
            serde_json::from_value(serde_json::json!({"outcome": outcome, "limit": 50})).unwrap();
        let mut found: Vec<i64> = history
            .page(&query)
            .unwrap()
            .items
            .iter()
            .map(|item| item.id)
            .collect();
        found.sort();
        found
    };
    assert_eq!(
        listed("failed"),
        vec![ids[8], ids[9]],
        "failed or no answer"
    );
    assert_eq!(listed("not_placed"), vec![ids[10]]);
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
        matches!(&error, Error::HistoryUnavailable { reason, .. } if *reason == HistoryProblem::Busy),
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
        (rusqlite::ffi::SQLITE_IOERR, "Restart the computer"),
    ] {
        assert!(!is_damaged(&failure(code)), "{code}");
        let message = Error::HistoryUnavailable {
            path: "history.sqlite3".into(),
            reason: sqlite_reason(&failure(code)),
        }
        .to_string();
        assert!(message.contains(says), "{code}: {message}");
    }
    let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
    assert_eq!(io_reason(&full), HistoryProblem::Full);
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

#[test]
fn notes_and_labels_are_searched_filtered_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let (garage, bakery) = {
        let history = History::open(&path).unwrap().history;
        let garage = history
            .add(&new_record(
                "+14155550105",
                "Ask when the car is ready",
                false,
                1,
            ))
            .unwrap();
        let bakery = history
            .add(&new_record("+14155550104", "Order a cake", false, 2))
            .unwrap();
        assert!(history
            .set_note(garage, "Confirmation number GX-4471")
            .unwrap());
        let kept = history
            .set_labels(
                garage,
                vec![
                    " call back  Friday ".into(),
                    "Booked".into(),
                    "booked".into(),
                    String::new(),
                ],
            )
            .unwrap();
        assert_eq!(kept, ["call back Friday", "Booked"]);
        history.set_labels(bakery, vec!["Booked".into()]).unwrap();
        (garage, bakery)
    };
    let history = History::open(&path).unwrap().history;
    let ids = |query: HistoryQuery| -> Vec<i64> {
        history
            .page(&HistoryQuery { limit: 50, ..query })
            .unwrap()
            .items
            .iter()
            .map(|c| c.id)
            .collect()
    };
    let by_text = |text: &str| {
        ids(HistoryQuery {
            text: text.into(),
            ..HistoryQuery::default()
        })
    };
    assert_eq!(by_text("GX-4471"), [garage], "the note is searched");
    assert_eq!(by_text("friday"), [garage], "labels are searched");
    let by_label = |label: &str| {
        ids(HistoryQuery {
            label: Some(label.into()),
            ..HistoryQuery::default()
        })
    };
    assert_eq!(by_label("Booked"), [bakery, garage]);
    assert_eq!(by_label("call back Friday"), [garage]);
    assert!(
        by_label("call back").is_empty(),
        "a whole label, not a part"
    );
    let record = history.get(garage).unwrap().unwrap();
    assert_eq!(record.note, "Confirmation number GX-4471");
    assert_eq!(record.labels, ["call back Friday", "Booked"]);
    assert_eq!(
        history.labels_in_use().unwrap(),
        ["Booked", "call back Friday"]
    );
    let listed = history
        .page(&HistoryQuery {
            limit: 5,
            ..HistoryQuery::default()
        })
        .unwrap();
    assert_eq!(listed.items[1].labels, ["call back Friday", "Booked"]);
}

#[test]
fn dates_narrow_the_list_and_the_order_can_turn() {
    let (_dir, history) = open();
    let ids: Vec<i64> = [1_000, 2_000, 3_000, 4_000]
        .into_iter()
        .map(|at| {
            history
                .add(&new_record("+14155550105", "Ask", false, at))
                .unwrap()
        })
        .collect();
    let listed = |query: HistoryQuery| -> Vec<i64> {
        history
            .page(&HistoryQuery { limit: 50, ..query })
            .unwrap()
            .items
            .iter()
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(
        listed(HistoryQuery {
            since_ms: Some(2_000),
            until_ms: Some(4_000),
            ..HistoryQuery::default()
        }),
        [ids[2], ids[1]]
    );
    assert_eq!(
        listed(HistoryQuery {
            oldest_first: true,
            ..HistoryQuery::default()
        }),
        ids
    );
    let whole = history
        .records_matching(&HistoryQuery {
            since_ms: Some(3_000),
            ..HistoryQuery::default()
        })
        .unwrap();
    assert_eq!(
        whole.iter().map(|r| r.id).collect::<Vec<_>>(),
        [ids[3], ids[2]]
    );
}

#[test]
fn a_follow_up_is_listed_with_the_call_it_follows() {
    let (_dir, history) = open();
    let first = history
        .add(&new_record(
            "+14155550105",
            "Ask about the repair",
            false,
            1,
        ))
        .unwrap();
    let follow_up = history
        .add(&NewRecord {
            follows: Some(first),
            ..new_record("+14155550105", "Ask again about the repair", false, 2)
        })
        .unwrap();
    let details = history.details(first).unwrap().unwrap();
    assert_eq!(
        details.follow_ups.iter().map(|c| c.id).collect::<Vec<_>>(),
        [follow_up]
    );
    assert_eq!(
        history.get(follow_up).unwrap().unwrap().follows,
        Some(first)
    );
}

#[test]
fn the_overview_counts_the_period_and_the_credits_the_balances_show() {
    let (_dir, history) = open();
    let before = history
        .add(&new_record("+14155550105", "Old", false, 500))
        .unwrap();
    history.confirm(before, "cl_0", Some(20)).unwrap();
    let mut ids = Vec::new();
    for (n, (credits, outcome)) in [
        (19, Outcome::Achieved),
        (17, Outcome::Partial),
        (17, Outcome::Achieved),
    ]
    .into_iter()
    .enumerate()
    {
        let id = history
            .add(&new_record("+14155550105", "Ask", false, 1_000 + n as i64))
            .unwrap();
        history
            .confirm(id, &format!("cl_{n}"), Some(credits))
            .unwrap();
        let mut done = call("completed");
        done.call_id = format!("cl_{n}");
        done.outcome = Some(outcome);
        done.duration_seconds = Some(60 + 30 * n as u32);
        history.apply(id, &done, 2_000).unwrap();
        ids.push(id);
    }
    history
        .add(&new_record("+14155550105", "Practice", true, 1_500))
        .unwrap();
    let overview = history.overview(1_000).unwrap();
    assert_eq!(overview.calls, 4);
    assert_eq!((overview.achieved, overview.with_outcome), (2, 3));
    assert_eq!(overview.credits_used, Some(3), "20 → 19 → 17 → 17");
    assert_eq!(overview.average_duration_seconds, Some(90));
    let empty = history.overview(10_000).unwrap();
    assert_eq!(
        (
            empty.calls,
            empty.credits_used,
            empty.average_duration_seconds
        ),
        (0, Some(0), None)
    );
}
