//! What the core's integration tests share: a simulator, an engine on a
//! history in a temporary folder, and a form to place.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use agentphone_core::engine::{Confirmed, Engine, EngineEvent, EngineSettings, Mode};
use agentphone_core::history::{CallRecord, History};
use agentphone_core::recordings::{Limits, Recordings};
use agentphone_core::validate::CallForm;
use agentphone_core::{ApiKey, Client};

/// One simulated second in most tests, for the service and the engine alike.
pub const SECOND: Duration = Duration::from_millis(5);

/// The key every test sends; the simulator takes any.
pub fn key() -> ApiKey {
    ApiKey::parse("sk_test_core_0001").expect("a key")
}

pub type Events = Arc<Mutex<Vec<EngineEvent>>>;

/// An engine of `mode` on the history in `dir`, keeping recordings there.
pub fn engine_in(
    dir: &tempfile::TempDir,
    client: Client,
    second: Duration,
    mode: Mode,
) -> (Engine, Events) {
    engine_with(dir, client, EngineSettings::scaled(second), mode)
}

/// [`engine_in`] with its own settings (a clock the test moves, say).
pub fn engine_with(
    dir: &tempfile::TempDir,
    client: Client,
    settings: EngineSettings,
    mode: Mode,
) -> (Engine, Events) {
    // Practice mode's rule: plain `http` recording links only from the simulator.
    let limits = Limits {
        plain_http_from: Some(client.base().to_owned()),
        ..Limits::default()
    };
    let history = Arc::new(
        History::open(&dir.path().join("history.sqlite3"))
            .unwrap()
            .history,
    );
    let events = Events::default();
    let sink = events.clone();
    let engine = Engine::start(
        client,
        history,
        settings,
        mode,
        Arc::new(move |event| sink.lock().unwrap().push(event)),
        Some(Recordings::with_limits(dir.path().join("recordings"), limits).unwrap()),
    );
    engine.set_key(Some(key()));
    (engine, events)
}

pub fn form(number: &str) -> CallForm {
    form_for(
        number,
        "Ask for a table for 4 tonight at 7pm; if free, book it under Sarah",
    )
}

pub fn form_for(number: &str, objective: &str) -> CallForm {
    CallForm {
        phone: number.into(),
        country: "US".into(),
        business_name: "Luigi's".into(),
        website: String::new(),
        objective: objective.into(),
        ..CallForm::default()
    }
}

/// What the person confirms after reading the confirmation for `form`.
pub fn confirm(engine: &Engine, form: &CallForm) -> Confirmed {
    let confirmation = engine.prepare(form).unwrap();
    Confirmed {
        phone: confirmation.phone,
        practice: confirmation.practice,
        despite_unconfirmed: false,
        follows: None,
        told: confirmation.told,
    }
}

/// Waits, up to 15 s of real time, until the call in history passes `done`.
pub async fn until(
    engine: &Engine,
    id: i64,
    what: &str,
    done: impl Fn(&CallRecord) -> bool,
) -> CallRecord {
    let record = || engine.history().get(id).unwrap();
    for _ in 0..3_000 {
        if let Some(record) = record() {
            if done(&record) {
                return record;
            }
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("call {id} never {what}: {:?}", record());
}
