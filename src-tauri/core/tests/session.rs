#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Switching between Practice and live mode, by the code the app runs:
//! never while a call waits to be sent, never leaving an engine that can
//! still send or poll, and saying what happens to real calls scheduled for
//! later.

mod common;

use std::sync::Arc;
use std::time::Duration;

use agentphone_core::engine::{EngineSettings, Mode};
use agentphone_core::history::{History, Progress};
use agentphone_core::session::{PracticeService, Session};
use agentphone_core::{Changed, Error};
use agentphone_simulator::{Simulator, SimulatorConfig};
use common::{confirm, form, SECOND};

/// The practice service: a simulator of its own, as the app starts one.
struct PracticeSimulator(Simulator);

impl PracticeService for PracticeSimulator {
    async fn base_url(&self) -> Result<String, Error> {
        Ok(self.0.base_url())
    }

    fn second(&self) -> Duration {
        SECOND
    }
}

struct World {
    live: Simulator,
    session: Session<PracticeSimulator>,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let live = Simulator::start(SimulatorConfig::with_second(SECOND))
        .await
        .unwrap();
    let practice = Simulator::start(SimulatorConfig::with_second(SECOND))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let history = Arc::new(
        History::open(&dir.path().join("history.sqlite3"))
            .unwrap()
            .history,
    );
    let session = Session::new(
        history,
        live.base_url(),
        None,
        Arc::new(|_| {}),
        PracticeSimulator(practice),
        EngineSettings::scaled(SECOND),
    )
    .unwrap();
    session.engine().set_key(Some(common::key()));
    World {
        live,
        session,
        _dir: dir,
    }
}

#[tokio::test]
async fn a_switch_waits_for_a_call_on_its_way_and_the_old_engine_sends_nothing_after() {
    let world = world().await;
    let live = world.session.engine();
    assert_eq!(live.mode(), Mode::Live);
    // The service holds its answer: the call is on its way for a while.
    world
        .live
        .update_faults(|f| f.slow_answers = Some(SECOND * 40));
    let placing = {
        let live = live.clone();
        tokio::spawn(async move {
            let form = form("4155550105");
            live.place_call(&form, &confirm(&live, &form)).await
        })
    };
    while world.live.stats().create_requests == 0 {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let refused = world.session.set_practice(true, None).await;
    assert!(
        matches!(refused, Err(Error::SendPending { count: 1 })),
        "{refused:?}"
    );
    assert!(!world.session.is_practice());
    placing.await.unwrap().unwrap();
    world.live.update_faults(|f| f.slow_answers = None);

    world.session.set_practice(true, None).await.unwrap();
    assert!(world.session.is_practice());
    // The replaced engine, still held by a command, can place nothing...
    let form = form("4155550104");
    let mut confirmed = confirm(&live, &form);
    confirmed.practice = false;
    let late = live.place_call(&form, &confirmed).await;
    assert!(
        matches!(
            late,
            Err(Error::ConfirmationChanged {
                change: Changed::Mode
            })
        ),
        "{late:?}"
    );
    // ...and polls nothing: the live call waits for live mode.
    let before = world.live.stats().requests;
    tokio::time::sleep(SECOND * 60).await;
    assert_eq!(world.live.stats().requests, before);
    assert_eq!(world.live.stats().calls_placed, 1);
    let history = world.session.history();
    let refused_call = history.get(2).unwrap().unwrap();
    assert_eq!(refused_call.progress, Progress::NotPlaced);

    // Back in live mode, the live call is followed to its end.
    world
        .session
        .set_practice(false, Some(common::key()))
        .await
        .unwrap();
    let engine = world.session.engine();
    common::until(&engine, 1, "finished", |r| r.progress == Progress::Finished).await;
}

#[tokio::test]
async fn real_calls_for_later_are_named_on_switching_to_practice_and_asked_about_when_back() {
    let world = world().await;
    let live = world.session.engine();
    let form = form("4155550105");
    let confirmed = confirm(&live, &form);
    let at = live.clock().now_ms() + 1_200;
    let id = live.schedule_call(&form, &confirmed, at).unwrap();

    let switched = world.session.set_practice(true, None).await.unwrap();
    let named: Vec<i64> = switched.scheduled_live.iter().map(|c| c.id).collect();
    assert_eq!(named, [id]);

    // Its time passes while Practice mode is on: nothing is placed.
    tokio::time::sleep(Duration::from_millis(1_600)).await;
    assert_eq!(world.live.stats().create_requests, 0);

    // Back in live mode it is asked about, without a restart.
    let switched = world
        .session
        .set_practice(false, Some(common::key()))
        .await
        .unwrap();
    let missed: Vec<i64> = switched.missed.iter().map(|c| c.id).collect();
    assert_eq!(missed, [id]);
    assert!(switched.scheduled_live.is_empty());
    tokio::time::sleep(SECOND * 40).await;
    assert_eq!(world.live.stats().create_requests, 0, "never placed late");
}
