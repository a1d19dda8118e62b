#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Never late, never orphaned: a computer that sleeps through a wait, an
//! app closed before a call was sent, a key changed during a countdown,
//! results and recordings that come late, a passing `404`, a recording that
//! finishes downloading after its call was removed.

mod common;

use std::sync::Arc;
use std::time::Duration;

use agentphone_core::client::Timeouts;
use agentphone_core::clock::Clock;
use agentphone_core::engine::{Engine, EngineSettings, Mode, PlacedCall, Placement};
use agentphone_core::history::{History, Progress};
use agentphone_core::{ApiKey, Client, Error};
use agentphone_simulator::{RecordingFault, Simulator, SimulatorConfig};
use common::{confirm, engine_with, form, until, SECOND};

const HOURS: Duration = Duration::from_secs(3 * 3600);

/// Places a call to `number` as the person confirmed it.
async fn place(engine: &Engine, number: &str) -> Result<PlacedCall, Error> {
    let form = form(number);
    engine.place_call(&form, &confirm(engine, &form)).await
}

/// The one call in the engine's history.
fn only_call(engine: &agentphone_core::engine::Engine) -> agentphone_core::history::CallListItem {
    let query = agentphone_core::history::HistoryQuery {
        limit: 10,
        ..Default::default()
    };
    let mut items = engine.history().page(&query).unwrap().items;
    assert_eq!(items.len(), 1);
    items.remove(0)
}

async fn simulator(config: SimulatorConfig) -> (Simulator, Client) {
    let simulator = Simulator::start(config).await.unwrap();
    let client = Client::new(simulator.base_url()).unwrap();
    (simulator, client)
}

fn settings(clock: &Clock) -> EngineSettings {
    EngineSettings {
        clock: clock.clone(),
        ..EngineSettings::scaled(SECOND)
    }
}

/// A simulator, and an engine on a fresh history whose wall clock the test
/// can move.
struct Case {
    simulator: Simulator,
    client: Client,
    dir: tempfile::TempDir,
    clock: Clock,
    engine: Arc<Engine>,
}

impl Case {
    async fn start(config: SimulatorConfig) -> Self {
        Self::starting(config, false).await
    }

    /// After an earlier run spent this minute's requests: the first call
    /// waits for a slot.
    async fn after_a_busy_minute() -> Self {
        Self::starting(SimulatorConfig::with_second(SECOND), true).await
    }

    async fn starting(config: SimulatorConfig, busy_minute: bool) -> Self {
        let (simulator, client) = simulator(config).await;
        let dir = tempfile::tempdir().unwrap();
        if busy_minute {
            spend_the_minute(&dir);
        }
        let clock = Clock::system();
        let (engine, _) = engine_with(&dir, client.clone(), settings(&clock), Mode::Practice);
        Self {
            simulator,
            client,
            dir,
            clock,
            engine: Arc::new(engine),
        }
    }

    /// The app closes (its engine stops) and opens again on the same
    /// history, picking up where it stood.
    fn reopen(self) -> Self {
        drop(self.engine);
        let (engine, _) = engine_with(
            &self.dir,
            self.client.clone(),
            settings(&self.clock),
            Mode::Practice,
        );
        engine.resume().unwrap();
        Self {
            engine: Arc::new(engine),
            ..self
        }
    }
}

/// Fills this mode's request budget for the coming minute, as an earlier
/// run would have: the next call waits for a slot.
fn spend_the_minute(dir: &tempfile::TempDir) {
    // Checking a number loads the numbering plans once, which takes longer
    // than a test's minute: done before the minute starts.
    agentphone_core::validate::check_form(&form("4155550105"));
    let history = History::open(&dir.path().join("history.sqlite3"))
        .unwrap()
        .history;
    let now = agentphone_core::engine::now_ms();
    for _ in 0..10 {
        history.record_request(true, now).unwrap();
    }
}

#[tokio::test]
async fn a_call_waiting_after_a_429_is_not_sent_when_the_computer_wakes_hours_later() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case {
        simulator,
        clock,
        engine,
        ..
    } = &case;
    simulator.update_faults(|f| f.rate_limit_storm = 1);
    let placed = place(engine, "4155550105").await.unwrap();
    assert_eq!(placed.placement, Placement::Waiting);
    // The lid closes during the countdown and opens three hours later.
    clock.jump(HOURS);
    let record = until(engine, placed.id, "not placed", |r| {
        r.progress == Progress::NotPlaced
    })
    .await;
    assert_eq!(
        record.last_error.as_deref(),
        Some(Error::SentTooLate.to_string().as_str())
    );
    tokio::time::sleep(SECOND * 100).await;
    let stats = simulator.stats();
    assert_eq!(stats.create_requests, 1, "only the refused first try");
    assert_eq!(stats.calls_placed, 0, "nothing reaches the service late");
}

#[tokio::test]
async fn a_call_waiting_for_a_request_slot_is_not_sent_when_the_computer_wakes_hours_later() {
    let case = Case::after_a_busy_minute().await;
    let Case {
        simulator,
        clock,
        engine,
        ..
    } = &case;
    let sleeper = clock.clone();
    tokio::spawn(async move {
        tokio::time::sleep(SECOND * 10).await;
        sleeper.jump(HOURS);
    });
    let form = form("4155550105");
    let placing = engine.place_call(&form, &confirm(engine, &form)).await;
    assert!(matches!(placing, Err(Error::SentTooLate)), "{placing:?}");
    let record = &only_call(engine);
    assert_eq!(record.progress, Progress::NotPlaced);
    assert_eq!(simulator.stats().create_requests, 0);
}

#[tokio::test]
async fn a_short_wait_for_a_slot_still_places_the_call() {
    let case = Case::after_a_busy_minute().await;
    let Case {
        simulator, engine, ..
    } = &case;
    let placed = place(engine, "4155550105").await.unwrap();
    assert_eq!(placed.placement, Placement::Placed);
    assert_eq!(simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn a_call_never_sent_before_closing_is_not_placed_after_a_restart() {
    let case = Case::after_a_busy_minute().await;
    let placing = {
        let engine = case.engine.clone();
        tokio::spawn(async move {
            let form = form("4155550105");
            engine.place_call(&form, &confirm(&engine, &form)).await
        })
    };
    // Closed while the call waits for its slot: its request never left.
    tokio::time::sleep(SECOND * 10).await;
    placing.abort();
    let _ = placing.await;
    let id = only_call(&case.engine).id;
    assert_eq!(
        case.engine.history().get(id).unwrap().unwrap().progress,
        Progress::Placing
    );

    let case = case.reopen();
    let Case {
        simulator, engine, ..
    } = &case;
    let record = engine.history().get(id).unwrap().unwrap();
    assert_eq!(record.progress, Progress::NotPlaced, "proof: never sent");
    assert_eq!(
        record.last_error.as_deref(),
        Some(Error::ClosedBeforeSending.to_string().as_str())
    );
    assert!(!engine.history().has_unconfirmed_to(&record.phone).unwrap());
    tokio::time::sleep(SECOND * 100).await;
    assert_eq!(simulator.stats().create_requests, 0);
}

#[tokio::test]
async fn a_call_whose_request_left_before_closing_is_looked_for_after_a_restart() {
    let config = SimulatorConfig {
        extra_call_fields: true,
        ..SimulatorConfig::with_second(SECOND)
    };
    let case = Case::start(config).await;
    case.simulator
        .update_faults(|f| f.slow_answers = Some(SECOND * 200));
    let placing = {
        let engine = case.engine.clone();
        tokio::spawn(async move {
            let form = form("4155550105");
            engine.place_call(&form, &confirm(&engine, &form)).await
        })
    };
    // Closed while the service holds the answer: the call exists there.
    until(&case.engine, 1, "sent", |r| r.progress == Progress::Sending).await;
    for _ in 0..200 {
        if case.simulator.stats().calls_placed == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    placing.abort();
    let _ = placing.await;
    let sent = case.engine.history().get(1).unwrap().unwrap();
    assert!(sent.sent_at_ms.is_some_and(|at| at >= sent.created_at_ms));
    case.simulator.update_faults(|f| f.slow_answers = None);

    let case = case.reopen();
    let Case {
        simulator, engine, ..
    } = &case;
    let record = engine.history().get(1).unwrap().unwrap();
    assert_ne!(record.progress, Progress::NotPlaced, "never without proof");
    // Found among the recent calls by when its request really left.
    let found = until(engine, 1, "found", |r| r.call_id.is_some()).await;
    assert_eq!(found.call_id, Some(simulator.placed_calls()[0].0.clone()));
    assert_eq!(simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn the_retry_after_a_429_uses_the_key_stored_at_that_moment() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case {
        simulator, engine, ..
    } = &case;
    let form = form("4155550105");

    // Removed during the countdown: not placed, and it says why.
    simulator.update_faults(|f| f.rate_limit_storm = 1);
    let waiting = engine
        .place_call(&form, &confirm(engine, &form))
        .await
        .unwrap();
    engine.set_key(None);
    let record = until(engine, waiting.id, "not placed", |r| {
        r.progress == Progress::NotPlaced
    })
    .await;
    assert_eq!(
        record.last_error.as_deref(),
        Some(Error::NoKey.to_string().as_str())
    );
    assert_eq!(simulator.stats().calls_placed, 0);

    // Replaced during the countdown: the new key, never the old one.
    engine.set_key(Some(common::key()));
    simulator.update_faults(|f| f.rate_limit_storm = 1);
    let waiting = place(engine, "4155550104").await.unwrap();
    assert_eq!(waiting.placement, Placement::Waiting);
    let new_key = "sk_test_core_0002_replaced";
    engine.set_key(ApiKey::parse(new_key));
    until(engine, waiting.id, "placed", |r| r.call_id.is_some()).await;
    let start = SimulatorConfig::with_second(SECOND).credits;
    assert_eq!(simulator.credits(new_key), start - 1);
    assert_eq!(simulator.credits(common::key().expose()), start);
}

#[tokio::test]
async fn an_outcome_and_recording_that_come_after_the_summary_are_still_read() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case {
        simulator, engine, ..
    } = &case;
    simulator.update_faults(|f| f.results_late_by = Some(30));
    let placed = place(engine, "4155550105").await.unwrap();
    let record = until(engine, placed.id, "finished with its recording", |r| {
        r.progress == Progress::Finished && r.recording_path.is_some()
    })
    .await;
    assert_eq!(
        record.outcome.as_ref().map(|o| o.as_str()),
        Some("achieved")
    );
    assert!(!record.results_pending);
}

#[tokio::test]
async fn a_passing_404_does_not_stop_following_the_call() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case {
        simulator, engine, ..
    } = &case;
    let placed = place(engine, "4155550105").await.unwrap();
    simulator.update_faults(|f| f.not_found = 1);
    let record = until(engine, placed.id, "finished", |r| {
        r.progress != Progress::Watching
    })
    .await;
    assert_eq!(record.progress, Progress::Finished, "{record:?}");
    assert_eq!(
        record.outcome.as_ref().map(|o| o.as_str()),
        Some("achieved")
    );
}

#[tokio::test]
async fn a_recording_that_arrives_after_its_call_was_removed_is_not_kept() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case {
        simulator,
        dir,
        engine,
        ..
    } = &case;
    simulator.update_faults(|f| f.recording = Some(RecordingFault::Slow));
    let placed = place(engine, "4155550105").await.unwrap();
    until(engine, placed.id, "finished", |r| {
        r.progress == Progress::Finished
    })
    .await;
    // The download has begun; the person removes the call meanwhile.
    for _ in 0..200 {
        if simulator.stats().recording_requests > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(simulator.stats().recording_requests > 0);
    engine.remove_call(placed.id, true).unwrap();
    tokio::time::sleep(SECOND * 120).await;
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("recordings"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        .collect();
    assert!(kept.is_empty(), "{kept:?}");
}

#[tokio::test]
async fn a_scheduled_call_asks_first_when_a_call_to_its_number_may_be_placed() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case {
        simulator,
        clock,
        engine,
        ..
    } = &case;
    let form = form("4155550105");
    // A call whose answer is lost: the service may have placed it.
    simulator.update_faults(|f| f.drop_after_work = 1);
    let lost = engine
        .place_call(&form, &confirm(engine, &form))
        .await
        .unwrap();
    assert_eq!(lost.placement, Placement::Unconfirmed);
    // Scheduled to the same number, the person having been told.
    let mut confirmed = confirm(engine, &form);
    confirmed.despite_unconfirmed = true;
    let at = clock.now_ms() + 1_100;
    let id = engine.schedule_call(&form, &confirmed, at).unwrap();
    let missed = until(engine, id, "asked about", |r| {
        r.progress == Progress::Missed
    })
    .await;
    assert!(missed
        .last_error
        .unwrap()
        .contains("may already have placed a call"));
    assert_eq!(simulator.stats().calls_placed, 1, "only the lost one");
    // "Call now" asks too, until the person says to call anyway.
    assert!(matches!(
        engine.call_now(id, false).await,
        Err(Error::MayBePlaced { .. })
    ));
    engine.call_now(id, true).await.unwrap();
    assert_eq!(simulator.stats().calls_placed, 2);
}

#[tokio::test]
async fn call_now_that_loses_the_race_to_the_timer_says_it_is_already_being_placed() {
    let case = Case::start(SimulatorConfig::with_second(SECOND)).await;
    let Case { clock, engine, .. } = &case;
    let form = form("4155550105");
    let at = clock.now_ms() + 1_050;
    let id = engine
        .schedule_call(&form, &confirm(engine, &form), at)
        .unwrap();
    until(engine, id, "placed by its timer", |r| {
        r.progress != Progress::Scheduled
    })
    .await;
    assert!(matches!(
        engine.call_now(id, false).await,
        Err(Error::AlreadyBeingPlaced)
    ));
    assert!(matches!(
        engine.reschedule(id, clock.now_ms() + 60_000),
        Err(Error::AlreadyBeingPlaced)
    ));
}

/// A connection that is never made is proof nothing was sent.
#[tokio::test]
async fn a_connection_that_times_out_is_not_placed() {
    // A listener that never accepts, its queue full: connecting hangs.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let mut held = Vec::new();
    for _ in 0..512 {
        match std::net::TcpStream::connect_timeout(&address, Duration::from_millis(50)) {
            Ok(stream) => held.push(stream),
            Err(_) => break,
        }
    }
    let client = Client::with_timeouts(
        format!("http://{address}/api/v1"),
        Timeouts {
            connect: Duration::from_millis(200),
            request: Duration::from_secs(5),
        },
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_with(&dir, client, EngineSettings::scaled(SECOND), Mode::Practice);
    let form = form("4155550105");
    let placing = engine.place_call(&form, &confirm(&engine, &form)).await;
    assert!(
        matches!(placing, Err(Error::CouldNotConnect { .. })),
        "{placing:?}"
    );
    let record = &only_call(&engine);
    assert_eq!(record.progress, Progress::NotPlaced);
    drop(listener);
}
