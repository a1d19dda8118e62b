#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed step should stop the test
//! "Call later…": a scheduled call is placed at its time through the one
//! sending path, once; cancelled, it is never sent; a time that passed
//! while the app was closed is asked about, never placed late.

mod common;

use std::time::Duration;

use agentphone_core::engine::{now_ms, Mode};
use agentphone_core::history::Progress;
use agentphone_core::{Client, Error};
use agentphone_simulator::{Simulator, SimulatorConfig};
use common::{confirm, engine_in, form, until, SECOND};

async fn simulator() -> (Simulator, Client) {
    let simulator = Simulator::start(SimulatorConfig::with_second(SECOND))
        .await
        .unwrap();
    let client = Client::new(simulator.base_url()).unwrap();
    (simulator, client)
}

#[tokio::test]
async fn a_scheduled_call_is_placed_at_its_time_and_not_before() {
    let (simulator, client) = simulator().await;
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    let form = form("4155550105");
    let at = now_ms() + 1_500;
    let id = engine
        .schedule_call(&form, &confirm(&engine, &form), at)
        .unwrap();
    let record = engine.history().get(id).unwrap().unwrap();
    assert_eq!(record.progress, Progress::Scheduled);
    assert_eq!(record.scheduled_at_ms, Some(at));

    tokio::time::sleep(Duration::from_millis(1_000)).await;
    assert_eq!(simulator.stats().create_requests, 0, "not before its time");
    let placed = until(&engine, id, "placed", |r| r.call_id.is_some()).await;
    assert!(now_ms() >= at);
    assert_eq!(placed.phone, "+14155550105");
    until(&engine, id, "finished", |r| {
        r.progress == Progress::Finished
    })
    .await;
    assert_eq!(simulator.stats().create_requests, 1, "placed once");
}

#[tokio::test]
async fn a_cancelled_scheduled_call_is_never_sent() {
    let (simulator, client) = simulator().await;
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    let form = form("4155550105");
    let id = engine
        .schedule_call(&form, &confirm(&engine, &form), now_ms() + 1_200)
        .unwrap();
    assert!(
        engine.remove_call(id, false).unwrap().is_some(),
        "removable: not on its way"
    );
    tokio::time::sleep(Duration::from_millis(1_600)).await;
    assert_eq!(simulator.stats().create_requests, 0);
    assert!(engine.history().get(id).unwrap().is_none());
}

#[tokio::test]
async fn a_time_that_passed_while_the_app_was_closed_is_asked_about_not_placed() {
    let (simulator, client) = simulator().await;
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_in(&dir, client.clone(), SECOND, Mode::Practice);
    let form = form("4155550105");
    let id = engine
        .schedule_call(&form, &confirm(&engine, &form), now_ms() + 1_100)
        .unwrap();
    drop(engine); // the app closes
    tokio::time::sleep(Duration::from_millis(1_400)).await;

    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    assert_eq!(engine.history().miss_past_due(now_ms()).unwrap(), 1);
    engine.resume().unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(simulator.stats().create_requests, 0, "never placed late");
    let missed = engine.history().missed().unwrap();
    assert_eq!(missed.iter().map(|c| c.id).collect::<Vec<_>>(), [id]);

    // Asked, the person calls now: placed once, through the same path.
    engine.call_now(id, false).await.unwrap();
    until(&engine, id, "finished", |r| {
        r.progress == Progress::Finished
    })
    .await;
    assert_eq!(simulator.stats().create_requests, 1);
    assert!(matches!(
        engine.call_now(id, false).await,
        Err(Error::AlreadyBeingPlaced)
    ));
}

#[tokio::test]
async fn a_restart_before_the_time_still_places_it_at_the_time_once() {
    let (simulator, client) = simulator().await;
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_in(&dir, client.clone(), SECOND, Mode::Practice);
    let form = form("4155550105");
    let at = now_ms() + 1_500;
    let id = engine
        .schedule_call(&form, &confirm(&engine, &form), at)
        .unwrap();
    drop(engine);

    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    assert_eq!(engine.history().miss_past_due(now_ms()).unwrap(), 0);
    engine.resume().unwrap();
    let placed = until(&engine, id, "placed", |r| r.call_id.is_some()).await;
    assert!(now_ms() >= at);
    assert_eq!(placed.progress, Progress::Watching);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        simulator.stats().create_requests,
        1,
        "once, not by both runs"
    );
}

#[tokio::test]
async fn a_new_time_replaces_the_old_one_and_a_past_time_is_refused() {
    let (simulator, client) = simulator().await;
    let dir = tempfile::tempdir().unwrap();
    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    let form = form("4155550105");
    let confirmed = confirm(&engine, &form);
    assert!(matches!(
        engine.schedule_call(&form, &confirmed, now_ms() - 60_000),
        Err(Error::TimeInThePast)
    ));
    let id = engine
        .schedule_call(&form, &confirmed, now_ms() + 1_100)
        .unwrap();
    engine.reschedule(id, now_ms() + 60_000).unwrap();
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert_eq!(
        simulator.stats().create_requests,
        0,
        "the old time does not fire"
    );
    let record = engine.history().get(id).unwrap().unwrap();
    assert_eq!(record.progress, Progress::Scheduled);
}

#[tokio::test]
async fn a_timer_that_wakes_long_after_its_time_asks_instead_of_calling_late() {
    let (simulator, client) = simulator().await;
    let dir = tempfile::tempdir().unwrap();
    // Late means more than 120 simulated seconds: 600 ms here.
    let (engine, _) = engine_in(&dir, client, SECOND, Mode::Practice);
    let form = form("4155550105");
    let id = engine
        .schedule_call(&form, &confirm(&engine, &form), now_ms() + 1_100)
        .unwrap();
    // The computer sleeps through the time: nothing runs for 2.5 s.
    std::thread::sleep(Duration::from_millis(2_500));
    let missed = until(&engine, id, "asked about", |r| {
        r.progress == Progress::Missed
    })
    .await;
    assert!(missed.call_id.is_none());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(simulator.stats().create_requests, 0, "never placed late");
}
