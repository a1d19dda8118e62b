#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers: a failed step should stop the test
//! The real engine against the simulator over loopback, every interval
//! scaled down to milliseconds.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use agentphone_core::client::Timeouts;
use agentphone_core::engine::{Engine, EngineEvent, EngineSettings, Placement};
use agentphone_core::history::{CallRecord, History, Progress};
use agentphone_core::validate::CallForm;
use agentphone_core::{ApiKey, Client, ErrorKind};
use agentphone_simulator::{Simulator, SimulatorConfig};

/// One simulated second, for the service and the engine alike.
const SECOND: Duration = Duration::from_millis(5);

struct Harness {
    simulator: Simulator,
    engine: Engine,
    events: Arc<Mutex<Vec<EngineEvent>>>,
    _history_folder: tempfile::TempDir,
}

impl Harness {
    async fn start() -> Self {
        Self::with(SimulatorConfig::with_second(SECOND), Timeouts::default()).await
    }

    async fn with(config: SimulatorConfig, timeouts: Timeouts) -> Self {
        let second = config.second;
        let simulator = Simulator::start(config).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let client = Client::with_timeouts(simulator.base_url(), timeouts).unwrap();
        let (engine, events) = engine_with(&dir, client, second);
        Self {
            simulator,
            engine,
            events,
            _history_folder: dir,
        }
    }

    async fn place(&self, number: &str) -> (i64, Placement) {
        let placed = self.engine.place_call(&form(number)).await.unwrap();
        (placed.id, placed.placement)
    }

    fn record(&self, id: i64) -> CallRecord {
        self.engine.history().get(id).unwrap().unwrap()
    }

    async fn until(&self, id: i64, what: &str, done: impl Fn(&CallRecord) -> bool) -> CallRecord {
        for _ in 0..3_000 {
            let record = self.record(id);
            if done(&record) {
                return record;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        panic!("call {id} never {what}: {:?}", self.record(id));
    }

    async fn finished(&self, id: i64) -> CallRecord {
        self.until(id, "finished", |r| r.progress == Progress::Finished)
            .await
    }

    fn events(&self) -> Vec<EngineEvent> {
        self.events.lock().unwrap().clone()
    }
}

fn engine_on(dir: &tempfile::TempDir, client: Client) -> (Engine, Arc<Mutex<Vec<EngineEvent>>>) {
    engine_with(dir, client, SECOND)
}

fn engine_with(
    dir: &tempfile::TempDir,
    client: Client,
    second: Duration,
) -> (Engine, Arc<Mutex<Vec<EngineEvent>>>) {
    let history = Arc::new(
        History::open(&dir.path().join("history.sqlite3"))
            .unwrap()
            .history,
    );
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let engine = Engine::start(
        client,
        history,
        EngineSettings::scaled(second),
        true,
        Arc::new(move |event| sink.lock().unwrap().push(event)),
    );
    engine.set_key(ApiKey::parse("sk_test_engine_0001"));
    engine.keep_recordings(
        agentphone_core::recordings::Recordings::new(dir.path().join("recordings")).unwrap(),
    );
    (engine, events)
}

fn form(number: &str) -> CallForm {
    CallForm {
        phone: number.into(),
        country: "US".into(),
        business_name: "Luigi's".into(),
        website: String::new(),
        objective: "Ask for a table for 4 tonight at 7pm; if free, book it under Sarah".into(),
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
        assert_eq!(record.outcome.as_deref(), Some(outcome));
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
    assert!(events.contains(&EngineEvent::Credits { remaining: 4 }));
    assert!(events
        .iter()
        .any(|e| matches!(e, EngineEvent::StatusChanged { status, .. } if status == "completed")));
}

#[tokio::test]
async fn failed_and_canceled_calls_end_plainly_with_their_summary() {
    let harness = Harness::start().await;
    for (number, status) in [("4155550101", "failed"), ("4155550102", "canceled")] {
        let (id, _) = harness.place(number).await;
        let record = harness.finished(id).await;
        assert_eq!(record.status.as_deref(), Some(status));
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
    assert_eq!(record.status.as_deref(), Some("in_progress"));
    harness.engine.check_again(id).unwrap();
    assert_eq!(harness.record(id).progress, Progress::Watching);
    let record = harness.finished(id).await;
    assert_eq!(record.status.as_deref(), Some("completed"));
}

#[tokio::test]
async fn results_that_never_arrive_are_marked_as_still_updating() {
    let harness = Harness::start().await;
    let (id, _) = harness.place("4155550106").await;
    let record = harness.finished(id).await;
    assert_eq!(record.status.as_deref(), Some("completed"));
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
    assert_eq!(record.outcome.as_deref(), Some("achieved"));
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
        .until(id, "on hold", |r| r.status.as_deref() == Some("on_hold"))
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
async fn a_lost_answer_is_reconciled_from_the_recent_calls() {
    let harness = Harness::start().await;
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
        SimulatorConfig::with_second(SECOND),
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
    assert_eq!(record.outcome.as_deref(), Some("achieved"));
    assert_eq!(harness.simulator.stats().create_requests, 1);
}

#[tokio::test]
async fn a_create_that_never_arrived_is_reported_not_placed() {
    let harness = Harness::start().await;
    harness
        .simulator
        .update_faults(|f| f.drop_before_answer = 1);
    let (id, placement) = harness.place("4155550105").await;
    assert_eq!(placement, Placement::Unconfirmed);
    let record = harness
        .until(id, "settled", |r| r.progress == Progress::NotPlaced)
        .await;
    assert!(record.last_error.unwrap().contains("not placed"));
    assert_eq!(harness.simulator.stats().calls_placed, 0);
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
    let error = harness
        .engine
        .place_call(&form("4155550105"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::OutOfCredits);
    let page = harness
        .engine
        .history()
        .page(&agentphone_core::history::HistoryQuery {
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
    let mut bad = form("911");
    let error = harness.engine.place_call(&bad).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidForm);
    assert!(error.to_string().contains("emergency"));
    bad = form("4155550105");
    harness.engine.set_key(None);
    let error = harness.engine.place_call(&bad).await.unwrap_err();
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
async fn a_new_engine_on_the_same_history_resumes_unfinished_calls() {
    let simulator = Simulator::start(SimulatorConfig::with_second(SECOND))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let client = Client::new(simulator.base_url()).unwrap();
    let (engine, _) = engine_on(&dir, client.clone());
    let mut ids = Vec::new();
    for number in ["4155550105", "4155550104", "4155550103"] {
        ids.push(engine.place_call(&form(number)).await.unwrap().id);
    }
    drop(engine);
    tokio::time::sleep(SECOND * 20).await;
    let (engine, _) = engine_on(&dir, client);
    assert_eq!(engine.resume().unwrap(), 3);
    for id in ids {
        for _ in 0..3_000 {
            if engine.history().get(id).unwrap().unwrap().progress == Progress::Finished {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let record = engine.history().get(id).unwrap().unwrap();
        assert_eq!(record.progress, Progress::Finished, "{record:?}");
        assert!(record.outcome.is_some());
    }
    assert_eq!(simulator.stats().create_requests, 3);
}
