#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers: a failed step should stop the test
//! The real engine against the simulator over loopback, every interval
//! scaled down to milliseconds.

mod common;

use std::time::Duration;

use agentphone_core::client::Timeouts;
use agentphone_core::engine::{Confirmed, Engine, EngineEvent, Mode, Placement};
use agentphone_core::history::{CallRecord, HistoryQuery, Progress};
use agentphone_core::{Client, ErrorKind};
use agentphone_simulator::{ListQuirks, Simulator, SimulatorConfig};
use common::{confirm, engine_in, form, until, Events, SECOND};

struct Harness {
    simulator: Simulator,
    engine: Engine,
    events: Events,
    _history_folder: tempfile::TempDir,
}

impl Harness {
    async fn start() -> Self {
        Self::with(SimulatorConfig::with_second(SECOND), Timeouts::default()).await
    }

    /// A simulator that also lists number, objective and creation time.
    async fn kind() -> Self {
        let config = SimulatorConfig {
            extra_call_fields: true,
            ..SimulatorConfig::with_second(SECOND)
        };
        Self::with(config, Timeouts::default()).await
    }

    async fn with(config: SimulatorConfig, timeouts: Timeouts) -> Self {
        let second = config.second;
        let simulator = Simulator::start(config).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let client = Client::with_timeouts(simulator.base_url(), timeouts).unwrap();
        let (engine, events) = engine_in(&dir, client, second, Mode::Practice);
        Self {
            simulator,
            engine,
            events,
            _history_folder: dir,
        }
    }

    async fn place(&self, number: &str) -> (i64, Placement) {
        let form = form(number);
        let placed = self
            .engine
            .place_call(&form, &confirm(&self.engine, &form))
            .await
            .unwrap();
        (placed.id, placed.placement)
    }

    fn record(&self, id: i64) -> CallRecord {
        self.engine.history().get(id).unwrap().unwrap()
    }

    async fn until(&self, id: i64, what: &str, done: impl Fn(&CallRecord) -> bool) -> CallRecord {
        until(&self.engine, id, what, done).await
    }

    async fn finished(&self, id: i64) -> CallRecord {
        self.until(id, "finished", |r| r.progress == Progress::Finished)
            .await
    }

    fn events(&self) -> Vec<EngineEvent> {
        self.events.lock().unwrap().clone()
    }
}

fn statuses(record: &CallRecord) -> Vec<&str> {
    record
        .timeline
        .iter()
        .map(|change| change.status.as_str())
        .collect()
}

#[tokio::test]
async fn each_outcome_runs_its_whole_lifecycle_into_history() {
    let harness = Harness::start().await;
    for (number, outcome) in [
        ("4155550105", "achieved"),
        ("4155550104", "partial"),
        ("4155550103", "not_achieved"),
    ] {
        let (id, placement) = harness.place(number).await;
        assert_eq!(placement, Placement::Placed);
        let record = harness.finished(id).await;
        assert_eq!(record.outcome.as_ref().map(|o| o.as_str()), Some(outcome));
        assert_eq!(statuses(&record).last(), Some(&"completed"));
        assert!(
            statuses(&record).contains(&"in_progress"),
            "{:?}",
            statuses(&record)
        );
        assert!(record.timeline.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
        assert!(
            record.summary.is_some() && record.transcript.is_some(),
            "{record:?}"
        );
        assert!(!record.results_pending);
        assert!(record.simulated);
        assert!(record.duration_seconds.unwrap() >= 30);
        let record = harness
            .until(id, "kept its recording", |r| r.recording_path.is_some())
            .await;
        let kept = std::path::PathBuf::from(record.recording_path.unwrap());
        assert_eq!(
            kept.file_name().unwrap().to_str().unwrap(),
            format!("call-{id}.wav")
        );
        assert!(std::fs::metadata(&kept).unwrap().len() > 100_000);
    }
    let events = harness.events();
    assert!(events.contains(&EngineEvent::Credits {
        remaining: 4,
        practice: true
    }));
    assert!(events.iter().any(
        |e| matches!(e, EngineEvent::StatusChanged { status, .. } if status.as_str() == "completed")
    ));
}

#[tokio::test]
async fn failed_and_canceled_calls_end_plainly_with_their_summary() {
    let harness = Harness::start().await;
    for (number, status) in [("4155550101", "failed"), ("4155550102", "canceled")] {
        let (id, _) = harness.place(number).await;
        let record = harness.finished(id).await;
        assert_eq!(record.status.as_ref().map(|s| s.as_str()), Some(status));
        assert!(record.summary.is_some(), "{record:?}");
        assert_eq!(record.outcome, None);
    }
}

#[tokio::test]
async fn a_long_call_is_still_running_after_the_watch_limit_then_checked_again() {
    let harness = Harness::start().await;
    let (id, _) = harness.place("4155550107").await;
    let record = harness
        .until(id, "still running", |r| {
            r.progress == Progress::StillRunning
        })
        .await;
    assert_eq!(
        record.status.as_ref().map(|s| s.as_str()),
        Some("in_progress")
    );
    harness.engine.check_again(id).unwrap();
    assert_eq!(harness.record(id).progress, Progress::Watching);
    let record = harness.finished(id).await;
    assert_eq!(
        record.status.as_ref().map(|s| s.as_str()),
        Some("completed")
    );
}

#[tokio::test]
async fn results_that_never_arrive_are_marked_as_still_updating() {
    let harness = Harness::start().await;
    let (id, _) = harness.place("4155550106").await;
    let record = harness.finished(id).await;
    assert_eq!(
        record.status.as_ref().map(|s| s.as_str()),
        Some("completed")
    );
    assert!(record.results_pending);
    assert_eq!((record.summary, record.transcript), (None, None));
    // Two extra polls after completion, then the engine stopped asking.
    let polls = harness.simulator.stats().requests;
    tokio::time::sleep(SECOND * 30).await;
    assert_eq!(harness.simulator.stats().requests, polls);
}

#[tokio::test]
async fn faults_while_polling_lose_no_call_and_never_place_it_twice() {
    let harness = Harness::with(
        SimulatorConfig::with_second(SECOND),
        Timeouts {
            connect: Duration::from_secs(1),
            request: SECOND * 20,
        },
    )
    .await;
    let (id, _) = harness.place("4155550105").await;
    let call_id = harness.record(id).call_id.unwrap();
    harness.simulator.update_faults(|f| {
        f.server_errors = 2;
        f.drop_before_answer = 1;
        f.malformed_json = 1;
        f.missing_data = 1;
        f.rate_limit_storm = 2;
    });
    let record = harness.finished(id).await;
    assert_eq!(record.call_id.as_deref(), Some(call_id.as_str()));
    assert_eq!(
        record.outcome.as_ref().map(|o| o.as_str()),
        Some("achieved")
    );
    assert_eq!(harness.simulator.stats().create_requests, 1);
    assert!(harness
        .events()
        .iter()
        .any(|e| matches!(e, EngineEvent::Problem { id: p, .. } if *p == id)));
}

#[tokio::test]
async fn unknown_statuses_and_slow_answers_do_not_stop_the_watch() {
    let harness = Harness::with(
        SimulatorConfig::with_second(SECOND),
        Timeouts {
            connect: Duration::from_secs(1),
            request: SECOND * 10,
        },
    )
    .await;
    harness.simulator.update_faults(|f| f.unknown_status = true);
    let (id, _) = harness.place("4155550105").await;
    harness
        .until(id, "on hold", |r| {
            r.status.as_ref().map(|s| s.as_str()) == Some("on_hold")
        })
        .await;
    harness
        .simulator
        .update_faults(|f| f.slow_answers = Some(SECOND * 15));
    tokio::time::sleep(SECOND * 40).await;
    harness.simulator.update_faults(|f| f.slow_answers = None);
    let record = harness.finished(id).await;
    assert!(statuses(&record).contains(&"on_hold"));
    assert_eq!(harness.simulator.stats().create_requests, 1);
}

#[tokio::test]
async fn a_lost_answer_is_reconciled_when_the_list_proves_it() {
    let harness = Harness::kind().await;
    harness.simulator.update_faults(|f| f.drop_after_work = 1);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Unconfirmed);
    assert!(harness.events().iter().any(
        |e| matches!(e, EngineEvent::Problem { error, .. } if error.kind == ErrorKind::Network)
    ));
    let record = harness.finished(id).await;
    assert!(record.call_id.is_some());
    assert_eq!(
        harness.simulator.stats().create_requests,
        1,
        "never sent twice"
    );
    assert_eq!(harness.simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn a_timed_out_create_is_reconciled_without_a_second_post() {
    let harness = Harness::with(
        SimulatorConfig {
            extra_call_fields: true,
            ..SimulatorConfig::with_second(SECOND)
        },
        Timeouts {
            connect: Duration::from_secs(1),
            request: Duration::from_millis(100),
        },
    )
    .await;
    harness
        .simulator
        .update_faults(|f| f.slow_answers = Some(Duration::from_millis(250)));
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Unconfirmed);
    harness.simulator.update_faults(|f| f.slow_answers = None);
    let record = harness.finished(id).await;
    assert_eq!(
        record.outcome.as_ref().map(|o| o.as_str()),
        Some("achieved")
    );
    assert_eq!(harness.simulator.stats().create_requests, 1);
}

#[tokio::test]
async fn a_dropped_create_is_never_called_not_placed_without_proof() {
    // The connection closes before the service acts: the app cannot tell
    // that from a lost answer, and the list (documented fields only) proves
    // nothing either way.
    let harness = Harness::start().await;
    harness
        .simulator
        .update_faults(|f| f.drop_before_answer = 1);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Unconfirmed);
    let record = harness
        .until(id, "stopped looking", |r| {
            r.progress == Progress::MayBePlaced
        })
        .await;
    assert!(record.last_error.unwrap().contains("may have placed"));
    assert_eq!(harness.simulator.stats().calls_placed, 0);
    // Placing the same number again asks first.
    let again = form("4155550105");
    let mut confirmed = confirm(&harness.engine, &again);
    let unsure = harness
        .engine
        .prepare(&again)
        .unwrap()
        .may_already_be_placed
        .expect("the confirmation warns of the unconfirmed call");
    // The number as the person reads it, in Rust's words.
    assert_eq!(unsure.code, "may_be_placed");
    assert!(unsure
        .message
        .contains("may already have placed a call to +1 415"));
    let error = harness
        .engine
        .place_call(&again, &confirmed)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::MayBePlaced);
    assert_eq!(harness.simulator.stats().create_requests, 0);
    confirmed.despite_unconfirmed = true;
    let placed = harness.engine.place_call(&again, &confirmed).await.unwrap();
    assert_eq!(placed.placement, Placement::Placed);
}

#[tokio::test]
async fn a_429_on_create_counts_down_then_places_the_call_once() {
    let harness = Harness::start().await;
    harness.simulator.update_faults(|f| f.rate_limit_storm = 1);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Waiting);
    let record = harness.finished(id).await;
    assert!(record.call_id.is_some());
    let countdown: Vec<u32> = harness
        .events()
        .iter()
        .filter_map(|e| match e {
            EngineEvent::Countdown {
                id: c,
                seconds_left,
            } if *c == id => Some(*seconds_left),
            _ => None,
        })
        .collect();
    assert_eq!(countdown.first(), Some(&60));
    assert_eq!(countdown.last(), Some(&0));
    assert_eq!(harness.simulator.stats().create_requests, 2);
    assert_eq!(harness.simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn a_second_429_on_create_stops_with_a_clear_message() {
    let harness = Harness::start().await;
    harness.simulator.update_faults(|f| f.rate_limit_storm = 2);
    let (id, _) = harness.place("4155550105").await;
    let record = harness
        .until(id, "given up", |r| r.progress == Progress::NotPlaced)
        .await;
    assert!(record.last_error.unwrap().contains("still too busy"));
    assert_eq!(harness.simulator.stats().create_requests, 2);
    assert_eq!(harness.simulator.stats().calls_placed, 0);
}

#[tokio::test]
async fn out_of_credits_stops_and_keeps_what_was_typed() {
    let config = SimulatorConfig {
        credits: 0,
        ..SimulatorConfig::with_second(SECOND)
    };
    let harness = Harness::with(config, Timeouts::default()).await;
    let form = form("4155550105");
    let error = harness
        .engine
        .place_call(&form, &confirm(&harness.engine, &form))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::OutOfCredits);
    let page = harness
        .engine
        .history()
        .page(&HistoryQuery {
            limit: 5,
            ..Default::default()
        })
        .unwrap();
    let record = harness.record(page.items[0].id);
    assert_eq!(record.progress, Progress::NotPlaced);
    assert!(record.objective.contains("table for 4"));
    assert_eq!(harness.simulator.stats().create_requests, 1);
}

#[tokio::test]
async fn no_key_and_bad_forms_send_nothing() {
    let harness = Harness::start().await;
    let bad = form("911");
    let as_seen = Confirmed {
        phone: "+1911".into(),
        practice: true,
        despite_unconfirmed: false,
        follows: None,
        told: None,
    };
    let error = harness.engine.place_call(&bad, &as_seen).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidForm);
    // The error points at the form, whose field says what is wrong.
    assert!(error.to_string().contains("Check the marked fields"));
    assert!(agentphone_core::validate::check_form(&bad)
        .phone
        .unwrap()
        .contains("emergency"));
    let good = form("4155550105");
    let confirmed = confirm(&harness.engine, &good);
    harness.engine.set_key(None);
    let error = harness
        .engine
        .place_call(&good, &confirmed)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NoKey);
    assert_eq!(harness.simulator.stats().requests, 0);
}

#[tokio::test]
async fn eight_calls_at_once_finish_without_a_single_429() {
    let harness = Harness::with(
        SimulatorConfig {
            credits: 20,
            ..SimulatorConfig::with_second(SECOND)
        },
        Timeouts::default(),
    )
    .await;
    let mut ids = Vec::new();
    // Endings 10-17: the simulator's varied mix, no steered long call.
    for n in 10..18 {
        ids.push(harness.place(&format!("41555502{n}")).await.0);
    }
    for id in ids {
        harness.finished(id).await;
    }
    assert_eq!(harness.simulator.stats().rate_limited, 0);
}

#[tokio::test]
async fn several_calls_are_watched_through_the_list_whatever_the_list_leaves_out() {
    let quirks = [
        ("a kind list", ListQuirks::default()),
        (
            "items without a status",
            ListQuirks {
                without_status: true,
                ..ListQuirks::default()
            },
        ),
        (
            "a page of only the newest two",
            ListQuirks {
                page_cap: Some(2),
                ..ListQuirks::default()
            },
        ),
        (
            "other clients' calls on the same key",
            ListQuirks {
                other_clients: true,
                ..ListQuirks::default()
            },
        ),
    ];
    for (what, list) in quirks {
        let harness = Harness::with(
            SimulatorConfig {
                credits: 20,
                list,
                ..SimulatorConfig::with_second(SECOND)
            },
            Timeouts::default(),
        )
        .await;
        let mut ids = Vec::new();
        for n in 20..25 {
            ids.push(harness.place(&format!("41555502{n}")).await.0);
        }
        for id in &ids {
            let record = harness.finished(*id).await;
            let status = record.status.clone().unwrap();
            assert!(status.is_terminal(), "{what}: {status:?}");
            // Results come from reading the call itself, never the list.
            if status == agentphone_core::CallStatus::Completed {
                assert!(record.summary.is_some(), "{what}: {record:?}");
            }
        }
        let stats = harness.simulator.stats();
        assert!(stats.list_requests > 0, "{what}: watched through the list");
        assert_eq!(stats.rate_limited, 0, "{what}");
        // Other clients' calls never reach history.
        let all = harness
            .engine
            .history()
            .page(&HistoryQuery {
                limit: 50,
                ..HistoryQuery::default()
            })
            .unwrap();
        assert_eq!(all.total, 5, "{what}");
        if what == "a kind list" {
            // Each call is read directly only for its results.
            assert!(
                stats.read_requests <= 5 * 4,
                "{what}: {} direct reads",
                stats.read_requests
            );
        }
    }
}

#[tokio::test]
async fn a_new_engine_on_the_same_history_resumes_unfinished_calls() {
    let simulator = Simulator::start(SimulatorConfig::with_second(SECOND))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let client = Client::new(simulator.base_url()).unwrap();
    let (engine, _) = engine_in(&dir, client.clone(), SECOND, Mode::Practice);
    let mut ids = Vec::new();
    for number in ["4155550105", "4155550104", "4155550103"] {
        let form = form(number);
        let confirmed = confirm(&engine, &form);
        ids.push(engine.place_call(&form, &confirmed).await.unwrap().id);
    }
    drop(engine);
    tokio::time::sleep(SECOND * 20).await;
    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    assert_eq!(engine.resume().unwrap(), 3);
    for id in ids {
        let record = until(&engine, id, "finished", |r| {
            r.progress == Progress::Finished
        })
        .await;
        assert!(record.outcome.is_some());
    }
    assert_eq!(simulator.stats().create_requests, 3);
}

#[tokio::test]
async fn a_call_removed_during_the_countdown_is_never_sent() {
    let harness = Harness::start().await;
    harness.simulator.update_faults(|f| f.rate_limit_storm = 1);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Waiting);
    assert_eq!(harness.record(id).progress, Progress::Waiting);
    // Waiting to be sent: removed without the "may be ringing" question.
    assert!(harness.engine.remove_call(id, false).unwrap().is_some());
    // Well past the countdown and any retry.
    tokio::time::sleep(SECOND * 150).await;
    let stats = harness.simulator.stats();
    assert_eq!(stats.create_requests, 1, "only the refused one");
    assert_eq!(stats.calls_placed, 0);
    assert!(harness.engine.history().get(id).unwrap().is_none());
}

#[tokio::test]
async fn a_call_on_its_way_is_removed_only_when_the_person_says_so() {
    let harness = Harness::start().await;
    harness
        .simulator
        .update_faults(|f| f.slow_answers = Some(Duration::from_millis(300)));
    let engine = std::sync::Arc::new(harness.engine);
    let placing = {
        let engine = engine.clone();
        tokio::spawn(async move {
            let form = form("4155550105");
            let confirmed = confirm(&engine, &form);
            engine.place_call(&form, &confirmed).await
        })
    };
    let id = loop {
        let page = engine
            .history()
            .page(&HistoryQuery {
                limit: 1,
                ..Default::default()
            })
            .unwrap();
        if harness.simulator.stats().create_requests == 1 {
            break page.items[0].id;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    };
    let refused = engine.remove_call(id, false).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::CallOnItsWay);
    assert!(refused.to_string().contains("may already be ringing"));
    assert!(engine.remove_call(id, true).unwrap().is_some());
    let placed = placing.await.unwrap().unwrap();
    assert_eq!(placed.placement, Placement::Placed);
    // The placed call is not followed: no record, and no polls for it.
    let requests = harness.simulator.stats().requests;
    tokio::time::sleep(SECOND * 40).await;
    assert_eq!(harness.simulator.stats().requests, requests);
    assert!(engine.history().get(id).unwrap().is_none());
}

#[tokio::test]
async fn removing_a_watched_call_leaves_the_others_followed() {
    let harness = Harness::start().await;
    let (removed, _) = harness.place("4155550107").await; // a long call
    let (kept, _) = harness.place("4155550105").await;
    assert_eq!(
        harness
            .engine
            .remove_call(removed, false)
            .unwrap_err()
            .kind(),
        ErrorKind::CallOnItsWay
    );
    harness.engine.remove_call(removed, true).unwrap();
    let record = harness.finished(kept).await;
    assert_eq!(
        record.outcome.as_ref().map(|o| o.as_str()),
        Some("achieved")
    );
    // A new call never takes the removed one's id.
    let (next, _) = harness.place("4155550104").await;
    assert!(next > kept && kept > removed);
}

#[tokio::test]
async fn the_confirmed_number_and_mode_are_what_is_placed_or_nothing() {
    let harness = Harness::start().await;
    let seen = form("4155550105");
    let confirmed = confirm(&harness.engine, &seen);
    assert_eq!(confirmed.phone, "+14155550105");
    let changed = form("4155550106");
    let error = harness
        .engine
        .place_call(&changed, &confirmed)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConfirmationChanged);
    assert!(error.to_string().contains("number changed"));
    let live = Confirmed {
        practice: false,
        ..confirmed.clone()
    };
    let error = harness.engine.place_call(&seen, &live).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConfirmationChanged);
    assert_eq!(harness.simulator.stats().requests, 0);
    harness.engine.place_call(&seen, &confirmed).await.unwrap();
    let confirmation = harness.engine.prepare(&seen).unwrap();
    assert_eq!(confirmation.called_minutes_ago, Some(1));
    assert!(confirmation.may_already_be_placed.is_none());
}

#[tokio::test]
async fn the_first_poll_waits_for_its_turn_after_the_post() {
    let second = Duration::from_millis(40);
    let harness = Harness::with(SimulatorConfig::with_second(second), Timeouts::default()).await;
    let (id, _) = harness.place("4155550105").await;
    tokio::time::sleep(second * 3).await;
    assert_eq!(
        harness.simulator.stats().requests,
        1,
        "only the POST so far"
    );
    harness
        .until(id, "polled", |r| {
            r.status.as_ref().map(|s| s.as_str()) != Some("queued") && r.status.is_some()
        })
        .await;
}

#[tokio::test]
async fn a_restart_inside_a_busy_minute_draws_no_429() {
    let second = Duration::from_millis(20);
    let config = SimulatorConfig {
        credits: 20,
        ..SimulatorConfig::with_second(second)
    };
    let simulator = Simulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let client = Client::new(simulator.base_url()).unwrap();
    let place_five = |engine: &Engine, from: u32| {
        let forms: Vec<_> = (from..from + 5)
            .map(|n| form(&format!("41555502{n:02}")))
            .collect();
        let confirmed: Vec<_> = forms.iter().map(|f| confirm(engine, f)).collect();
        (forms, confirmed)
    };
    let mut ids = Vec::new();
    {
        let (engine, _) = engine_in(&dir, client.clone(), second, Mode::Practice);
        let (forms, confirmed) = place_five(&engine, 10);
        for (form, confirmed) in forms.iter().zip(&confirmed) {
            ids.push(engine.place_call(form, confirmed).await.unwrap().id);
        }
    }
    // Restarted at once: five requests of this minute are already spent.
    let (engine, _) = engine_in(&dir, client, second, Mode::Practice);
    engine.resume().unwrap();
    let (forms, confirmed) = place_five(&engine, 20);
    for (form, confirmed) in forms.iter().zip(&confirmed) {
        ids.push(engine.place_call(form, confirmed).await.unwrap().id);
    }
    for id in ids {
        until(&engine, id, "finished", |r| {
            r.progress == Progress::Finished
        })
        .await;
    }
    assert_eq!(simulator.stats().over_budget, 0);
}

#[tokio::test]
async fn practice_runs_never_collide_in_history() {
    // Each start of Practice mode is a new simulator on the same history.
    let dir = tempfile::tempdir().unwrap();
    let mut records = Vec::new();
    for _ in 0..2 {
        let simulator = Simulator::start(SimulatorConfig::with_second(SECOND))
            .await
            .unwrap();
        let client = Client::new(simulator.base_url()).unwrap();
        let (engine, events) = engine_in(&dir, client, SECOND, Mode::Practice);
        for number in ["4155550105", "4155550104"] {
            let form = form(number);
            let confirmed = Confirmed {
                despite_unconfirmed: true,
                ..confirm(&engine, &form)
            };
            let placed = engine.place_call(&form, &confirmed).await.unwrap();
            assert_eq!(placed.placement, Placement::Placed);
            records.push(
                until(&engine, placed.id, "finished", |r| {
                    r.progress == Progress::Finished
                })
                .await,
            );
        }
        assert!(!events
            .lock()
            .unwrap()
            .iter()
            .any(|e| matches!(e, EngineEvent::Problem { .. })));
    }
    let mut call_ids: Vec<_> = records.iter().map(|r| r.call_id.clone().unwrap()).collect();
    call_ids.sort();
    call_ids.dedup();
    assert_eq!(call_ids.len(), 4);
}

#[tokio::test]
async fn nothing_listening_is_proof_that_no_call_was_placed() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/api/v1", closed.local_addr().unwrap());
    drop(closed);
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_in(&dir, Client::new(base).unwrap(), SECOND, Mode::Live);
    let form = form("4155550105");
    let error = engine
        .place_call(&form, &confirm(&engine, &form))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::CouldNotConnect);
    assert!(error.to_string().contains("nothing was sent"));
    let page = engine
        .history()
        .page(&HistoryQuery {
            limit: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.items[0].progress, Progress::NotPlaced);
}

#[tokio::test]
async fn failing_looks_at_the_list_end_in_plain_words_not_a_loop() {
    let harness = Harness::kind().await;
    harness.simulator.update_faults(|f| f.drop_after_work = 1);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Unconfirmed);
    harness.simulator.update_faults(|f| f.server_errors = 1_000);
    let record = harness
        .until(id, "stopped looking", |r| {
            r.progress == Progress::MayBePlaced
        })
        .await;
    assert!(record.last_error.unwrap().contains("agentphone.app"));
    let requests = harness.simulator.stats().requests;
    tokio::time::sleep(SECOND * 100).await;
    assert_eq!(
        harness.simulator.stats().requests,
        requests,
        "no more looks"
    );
    // "Check again" keeps working: with the service back, the call is found.
    harness.simulator.update_faults(|f| f.server_errors = 0);
    harness.engine.check_again(id).unwrap();
    let record = harness.finished(id).await;
    assert!(record.call_id.is_some());
    assert_eq!(harness.simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn a_call_is_checked_again_only_by_an_engine_of_its_mode() {
    let harness = Harness::start().await;
    let (id, _) = harness.place("4155550105").await;
    harness.finished(id).await;
    let requests = harness.simulator.stats().requests;
    let client = Client::new(harness.simulator.base_url()).unwrap();
    let (live, _) = engine_in(&harness._history_folder, client, SECOND, Mode::Live);
    let error = live.check_again(id).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WrongMode);
    assert!(error.to_string().contains("Practice mode on"));
    tokio::time::sleep(SECOND * 20).await;
    assert_eq!(harness.simulator.stats().requests, requests);
}

#[tokio::test]
async fn a_placed_call_that_history_cannot_save_is_still_followed_and_said_so() {
    let harness = Harness::start().await;
    // A history that refuses to take the service's call id.
    let path = harness._history_folder.path().join("history.sqlite3");
    rusqlite_refuse_call_ids(&path);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Placed, "the call was placed: say so");
    let problem = harness
        .events()
        .into_iter()
        .find_map(|e| match e {
            EngineEvent::Problem { id: p, error } if p == id => Some(error),
            _ => None,
        })
        .expect("the person is told");
    assert_eq!(problem.kind, ErrorKind::PlacedNotSaved);
    assert!(problem.message.starts_with("The call was placed"));
    harness
        .until(id, "followed", |r| {
            r.status.as_ref().map(|s| s.as_str()) == Some("completed")
        })
        .await;
}

/// Makes every later attempt to store a call id fail, as a full disk would.
fn rusqlite_refuse_call_ids(path: &std::path::Path) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE UPDATE OF call_id ON calls
             BEGIN SELECT RAISE(ABORT, 'disk is full'); END;",
        )
        .unwrap();
}

#[tokio::test]
async fn a_follow_up_needs_what_to_do_now_and_sends_the_earlier_answer_before_it() {
    let harness = Harness::start().await;
    let (first, _) = harness.place("4155550105").await;
    harness.finished(first).await;
    let mut follow_up = form("4155550105");
    follow_up.follows = Some(first);
    // Nothing to do now: nothing to confirm, so the old request is not repeated.
    follow_up.objective = "   ".into();
    assert!(matches!(
        harness.engine.prepare(&follow_up),
        Err(agentphone_core::Error::InvalidForm)
    ));
    follow_up.objective = "Book the table for Friday instead".into();
    let confirmation = harness.engine.prepare(&follow_up).unwrap();
    let sent = &confirmation.form.objective;
    assert!(sent.starts_with("Earlier call ("), "{sent}");
    assert!(sent.contains("Their answer:"), "{sent}");
    assert!(
        sent.ends_with("Now: Book the table for Friday instead"),
        "{sent}"
    );
    let confirmed = Confirmed {
        phone: confirmation.phone.clone(),
        practice: true,
        despite_unconfirmed: false,
        follows: Some(first),
        told: None,
    };
    let placed = harness
        .engine
        .place_call(&follow_up, &confirmed)
        .await
        .unwrap();
    let record = harness.record(placed.id);
    assert_eq!(record.follows, Some(first));
    assert_eq!(
        &record.objective, sent,
        "what was confirmed is what is sent"
    );
    let objectives: Vec<String> = harness
        .simulator
        .placed_calls()
        .into_iter()
        .map(|(_, objective)| objective)
        .collect();
    assert_eq!(objectives.last(), Some(sent));
}

#[tokio::test]
async fn who_the_call_is_for_is_sent_as_confirmed_and_a_change_since_places_nothing() {
    let harness = Harness::start().await;
    let jana = agentphone_core::caller::check(
        &agentphone_core::caller::Caller {
            name: "Jana Novak".into(),
            organisation: "Hotel Linde".into(),
            callback: "+49 30 1234567".into(),
            reference: "customer number 44-1290".into(),
        },
        "US",
        "en",
    )
    .unwrap();
    let mut for_jana = form("4155550101");
    for_jana.caller = jana.clone();
    for_jana.voicemail = "Please call Jana back today.".into();
    let confirmation = harness.engine.prepare(&for_jana).unwrap();
    assert_eq!(
        confirmation.calling_for.as_deref(),
        Some("Jana Novak, Hotel Linde")
    );
    assert_eq!(confirmation.call_back_on.as_deref(), Some("+49 30 1234567"));
    let told = confirmation.told.clone().unwrap();
    assert!(
        told.contains("on behalf of Jana Novak, Hotel Linde"),
        "{told}"
    );
    assert!(told.contains("leave this message: Please call Jana back today."));

    // Settings → You changed after the confirmation: nothing is placed.
    let mut changed = for_jana.clone();
    changed.caller.as_mut().unwrap().name = "Someone Else".into();
    let error = harness
        .engine
        .place_call(&changed, &confirm_seen(&confirmation))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConfirmationChanged);
    assert!(harness.simulator.placed_calls().is_empty());

    // As confirmed: the objective, then what the agent is told.
    let placed = harness
        .engine
        .place_call(&for_jana, &confirm_seen(&confirmation))
        .await
        .unwrap();
    let sent = harness.simulator.placed_calls()[0].1.clone();
    assert!(
        sent.starts_with(&format!("{}\n\n", for_jana.objective)),
        "{sent}"
    );
    assert!(sent.ends_with(&told), "{sent}");
    assert_eq!(harness.record(placed.id).objective, sent);

    // Left out on a call: nothing added.
    let plain = form("4155550102");
    let confirmation = harness.engine.prepare(&plain).unwrap();
    assert_eq!(confirmation.told, None);
    harness
        .engine
        .place_call(&plain, &confirm_seen(&confirmation))
        .await
        .unwrap();
    assert_eq!(harness.simulator.placed_calls()[1].1, plain.objective);
}

fn confirm_seen(confirmation: &agentphone_core::engine::Confirmation) -> Confirmed {
    Confirmed {
        phone: confirmation.phone.clone(),
        practice: confirmation.practice,
        despite_unconfirmed: false,
        follows: None,
        told: confirmation.told.clone(),
    }
}
