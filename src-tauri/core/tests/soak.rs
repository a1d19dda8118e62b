#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A sequence soak of the placing rules: seeded random mixes of placing
//! (several calls on their way at once), removing, restarting the app,
//! switching mode while calls are on their way, checking again, the
//! computer sleeping for hours, lost answers, `429`s, `5xx`s and slow
//! answers, against two simulators (the live service and Practice), through
//! the session the app runs. After each sequence:
//!
//! - no `202` for a call that was removed before it was sent, or that the
//!   person never confirmed (the form changed after the confirmation);
//! - at most one `202` per confirmation, in the mode it was confirmed in;
//! - every `202` is in history, or its call was removed by the person after
//!   it was on its way;
//! - no `POST` reached the service long after the person confirmed it (the
//!   computer slept meanwhile);
//! - every call ends placed and followed to its end, plainly not placed, or
//!   plainly "may have been placed": none is left half-way;
//! - no `429` caused by the app's own budget.
//!
//! `SOAK_SEQUENCES` (default 120) and `SOAK_SEED` replay or widen the run;
//! a failing sequence prints its seed.

mod common;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use agentphone_core::clock::Clock;
use agentphone_core::engine::{Engine, EngineSettings, Mode, PlacedCall};
use agentphone_core::history::{History, HistoryQuery, Progress};
use agentphone_core::session::{PracticeService, Session};
use agentphone_core::{Error, ErrorKind};
use agentphone_simulator::{ListQuirks, Simulator, SimulatorConfig};
use common::{confirm, form_for};
use tokio::task::JoinSet;

const SECOND: Duration = Duration::from_millis(10);
const AT_ONCE: usize = 8;
/// How late after its confirmation a request may still reach the service,
/// in simulated seconds: a full budget, a `429`'s pause and its retry, and
/// the lateness allowed. A computer asleep for hours is far past it.
const LATEST_SECONDS: u32 = 600;
/// A request arriving this soon after a jump of the clock left before it.
const ON_THE_WIRE: Duration = Duration::from_secs(1);

/// xorshift64*: small, seedable, good enough to pick steps.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// What the test knows of one confirmation: its mode and how it ended.
#[derive(Default)]
struct Ledger {
    /// Token → mode of every call the person confirmed.
    confirmed: HashMap<String, Mode>,
    /// Token → the app's clock when the person confirmed it.
    confirmed_at: HashMap<String, i64>,
    /// Tokens the app must refuse to place (the form changed): never sent.
    refused: HashSet<String>,
    /// Removed while waiting to be sent: never sent.
    removed_unsent: HashSet<String>,
    /// Removed on purpose while on its way: may have been placed.
    removed_on_its_way: HashSet<String>,
}

/// The practice simulator, handed to the session as the app hands its own.
struct Practice {
    base: String,
}

impl PracticeService for Practice {
    async fn base_url(&self) -> Result<String, Error> {
        Ok(self.base.clone())
    }

    fn second(&self) -> Duration {
        SECOND
    }
}

struct World {
    dir: tempfile::TempDir,
    simulators: HashMap<&'static str, Simulator>,
    clock: Clock,
    /// When (by the real clock) the app's clock jumped, and its shift since.
    jumps: Vec<(SystemTime, i64)>,
}

impl World {
    fn simulator(&self, mode: Mode) -> &Simulator {
        &self.simulators[name(mode)]
    }

    /// The app started (again) in `mode`, picking up where history stands.
    async fn open(&self, mode: Mode) -> Session<Practice> {
        let history = Arc::new(
            History::open(&self.dir.path().join("history.sqlite3"))
                .unwrap()
                .history,
        );
        let settings = EngineSettings {
            clock: self.clock.clone(),
            ..EngineSettings::scaled(SECOND)
        };
        let practice = Practice {
            base: self.simulator(Mode::Practice).base_url(),
        };
        let session = Session::new(
            history,
            self.simulator(Mode::Live).base_url(),
            None,
            Arc::new(|_| {}),
            practice,
            settings,
        )
        .unwrap();
        if mode.is_practice() {
            session.set_practice(true, None).await.unwrap();
        } else {
            session.engine().set_key(Some(common::key()));
            session.engine().resume().unwrap();
        }
        session
    }

    /// The app's clock when the request arrived at `real`, a request that
    /// arrived right after a jump counting as sent before it.
    fn app_time(&self, real: SystemTime) -> i64 {
        let shift = self
            .jumps
            .iter()
            .filter(|(at, _)| *at + ON_THE_WIRE <= real)
            .map(|(_, shift)| *shift)
            .next_back()
            .unwrap_or(0);
        epoch_ms(real) + shift
    }
}

fn epoch_ms(at: SystemTime) -> i64 {
    at.duration_since(UNIX_EPOCH).unwrap().as_millis() as i64
}

fn name(mode: Mode) -> &'static str {
    match mode {
        Mode::Live => "live",
        Mode::Practice => "practice",
    }
}

fn other(mode: Mode) -> Mode {
    match mode {
        Mode::Live => Mode::Practice,
        Mode::Practice => Mode::Live,
    }
}

const NUMBERS: &[&str] = &[
    "4155550105",
    "4155550104",
    "4155550103",
    "4155550107",
    "4155550111",
    "4155550112",
];

type Placing = JoinSet<(String, Mode, Result<PlacedCall, Error>)>;

/// Takes in the placements that have answered.
fn take_answers(placing: &mut Placing, ledger: &mut Ledger, ids: &mut Vec<(i64, String)>) {
    while let Some(done) = placing.try_join_next() {
        let Ok((token, mode, result)) = done else {
            continue; // ended with the app
        };
        match result {
            Ok(placed) => ids.push((placed.id, token)),
            Err(error) => match error.kind() {
                ErrorKind::ConfirmationChanged | ErrorKind::MayBePlaced => {
                    ledger.refused.insert(token.clone());
                    // Refused before being written down, or not sent.
                    ledger.confirmed.remove(&token);
                }
                _ => {}
            },
        }
        let _ = mode;
    }
}

async fn sequence(seed: u64) -> Result<(), String> {
    let mut dice = Dice(seed | 1);
    let mut simulators = HashMap::new();
    for mode in [Mode::Live, Mode::Practice] {
        let config = SimulatorConfig {
            credits: 50,
            extra_call_fields: dice.chance(50),
            // What the real list may do: calls watched through it must
            // still end, and other clients' calls never count as ours.
            list: ListQuirks {
                without_status: dice.chance(50),
                page_cap: dice.chance(30).then_some(3),
                other_clients: dice.chance(30),
            },
            ..SimulatorConfig::with_second(SECOND)
        };
        simulators.insert(name(mode), Simulator::start(config).await.unwrap());
    }
    let mut world = World {
        dir: tempfile::tempdir().unwrap(),
        simulators,
        clock: Clock::system(),
        jumps: Vec::new(),
    };
    let mut mode = if dice.chance(50) {
        Mode::Live
    } else {
        Mode::Practice
    };
    let mut session = world.open(mode).await;
    let mut ledger = Ledger::default();
    let mut ids: Vec<(i64, String)> = Vec::new();
    let mut placing: Placing = JoinSet::new();

    for step in 0..14 {
        take_answers(&mut placing, &mut ledger, &mut ids);
        match dice.below(100) {
            0..=37 => {
                let engine = session.engine();
                let token = format!("soak {seed:x} step {step}");
                let number = NUMBERS[dice.below(NUMBERS.len() as u64) as usize];
                let form = form_for(number, &format!("Ask about the opening hours ({token})"));
                let Ok(confirmation) = engine.prepare(&form) else {
                    return Err(format!("step {step}: the form was refused"));
                };
                let mut confirmed = confirm(&engine, &form);
                confirmed.despite_unconfirmed =
                    confirmation.may_already_be_placed.is_some() && dice.chance(50);
                let sent_form = if dice.chance(10) {
                    // A digit changed after the confirmation was shown.
                    ledger.refused.insert(token.clone());
                    form_for("4155550199", &form.objective)
                } else {
                    ledger.confirmed.insert(token.clone(), mode);
                    ledger
                        .confirmed_at
                        .insert(token.clone(), world.clock.now_ms());
                    form.clone()
                };
                let placed_in = mode;
                placing.spawn(async move {
                    let result = engine.place_call(&sent_form, &confirmed).await;
                    (token, placed_in, result)
                });
                // Sometimes the next step comes while this one is on its way.
                if dice.chance(40) {
                    tokio::time::sleep(SECOND * dice.below(5) as u32).await;
                }
            }
            38..=50 if !ids.is_empty() => {
                let engine = session.engine();
                let (id, token) = ids.remove(dice.below(ids.len() as u64) as usize);
                let force = dice.chance(50);
                match engine.remove_call(id, force) {
                    Ok(Some(record))
                        if !force
                            && matches!(record.progress, Progress::Placing | Progress::Waiting) =>
                    {
                        ledger.removed_unsent.insert(token);
                    }
                    Ok(_) => {
                        ledger.removed_on_its_way.insert(token);
                    }
                    Err(error) if error.kind() == ErrorKind::CallOnItsWay => {
                        ids.push((id, token));
                    }
                    Err(error) => return Err(format!("step {step}: removing failed: {error}")),
                }
            }
            51..=58 => {
                // The app ends (a crash, the power) and starts again.
                placing.abort_all();
                while placing.join_next().await.is_some() {}
                drop(session);
                session = world.open(mode).await;
            }
            59..=70 => {
                let key = (mode == Mode::Practice).then(common::key);
                match session.set_practice(mode == Mode::Live, key).await {
                    Ok(_) => mode = other(mode),
                    Err(error) if error.kind() == ErrorKind::SendPending => {}
                    Err(error) => return Err(format!("step {step}: switching failed: {error}")),
                }
            }
            71..=76 if !ids.is_empty() => {
                let (id, _) = &ids[dice.below(ids.len() as u64) as usize];
                let _ = session.engine().check_again(*id);
            }
            77..=80 => {
                // The computer sleeps for hours.
                let hours = 1 + dice.below(8) as u32;
                world.clock.jump(Duration::from_secs(3600) * hours);
                let shift = world.clock.now_ms() - epoch_ms(SystemTime::now());
                world.jumps.push((SystemTime::now(), shift));
                // The service's minute passed too.
                for mode in [Mode::Live, Mode::Practice] {
                    world.simulator(mode).forget_recent_requests();
                }
            }
            81..=91 => {
                let fault = dice.below(5);
                world.simulator(mode).update_faults(|f| match fault {
                    0 => f.drop_after_work = 1,
                    1 => f.drop_before_answer = 1,
                    2 => f.rate_limit_storm = 1,
                    3 => f.server_errors = 2,
                    _ => f.slow_answers = Some(SECOND * 20),
                });
            }
            _ => {
                world
                    .simulator(mode)
                    .update_faults(|f| f.slow_answers = None);
                tokio::time::sleep(SECOND * dice.below(30) as u32).await;
            }
        }
    }
    for mode in [Mode::Live, Mode::Practice] {
        world
            .simulator(mode)
            .update_faults(|f| *f = Default::default());
    }
    // Every placement answers, in time.
    let waited = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(done) = placing.join_next().await {
            let mut one = JoinSet::new();
            if let Ok(answer) = done {
                one.spawn(async move { answer });
                while one.join_next().await.is_none() {}
            }
        }
    })
    .await;
    if waited.is_err() {
        return Err("a placement never answered".into());
    }
    // Each mode in turn follows its calls to their end.
    for turn in [other(mode), mode] {
        loop {
            let key = (turn == Mode::Live).then(common::key);
            match session.set_practice(turn == Mode::Practice, key).await {
                Ok(_) => break,
                Err(error) if error.kind() == ErrorKind::SendPending => {
                    tokio::time::sleep(SECOND * 5).await;
                }
                Err(error) => return Err(format!("switching at the end failed: {error}")),
            }
        }
        settle(&session.engine(), turn).await;
    }
    let engine = session.engine();
    drop(session);
    tokio::time::sleep(SECOND * 30).await;
    check(&world, &ledger, engine.history())
}

/// Waits until no call of `mode` is half-way (at most 20 s).
async fn settle(engine: &Arc<Engine>, mode: Mode) {
    for _ in 0..400 {
        let busy = half_way(engine.history(), Some(mode));
        if busy.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Calls left between "confirmed" and an end a person can act on.
fn half_way(history: &History, mode: Option<Mode>) -> Vec<String> {
    let query = HistoryQuery {
        limit: 500,
        ..Default::default()
    };
    history
        .page(&query)
        .unwrap()
        .items
        .iter()
        .filter(|item| mode.is_none_or(|mode| item.simulated == mode.is_practice()))
        .filter(|item| {
            matches!(
                item.progress,
                Progress::Placing
                    | Progress::Sending
                    | Progress::Waiting
                    | Progress::Unconfirmed
                    | Progress::Watching
            )
        })
        .map(|item| format!("call {} is left {:?}", item.id, item.progress))
        .collect()
}

fn check(world: &World, ledger: &Ledger, history: &History) -> Result<(), String> {
    if let Some(left) = half_way(history, None).first() {
        return Err(left.clone());
    }
    let query = HistoryQuery {
        limit: 500,
        ..Default::default()
    };
    let in_history: HashSet<String> = history
        .page(&query)
        .unwrap()
        .items
        .iter()
        .filter_map(|item| history.get(item.id).unwrap())
        .map(|record| record.objective)
        .collect();
    let token_of = |objective: &str| {
        objective
            .split_once('(')
            .and_then(|(_, rest)| rest.strip_suffix(')'))
            .unwrap_or(objective)
            .to_owned()
    };
    for mode in [Mode::Live, Mode::Practice] {
        let simulator = world.simulator(mode);
        let mut placed: HashMap<String, u32> = HashMap::new();
        for (objective, arrived) in simulator.placed_at() {
            let token = token_of(&objective);
            *placed.entry(token.clone()).or_default() += 1;
            if !in_history.contains(&objective) && !ledger.removed_on_its_way.contains(&token) {
                return Err(format!("a placed call is nowhere in history: {objective}"));
            }
            if let Some(confirmed_at) = ledger.confirmed_at.get(&token) {
                let late_ms = world.app_time(arrived) - confirmed_at;
                let latest_ms = (SECOND * LATEST_SECONDS).as_millis() as i64;
                if late_ms > latest_ms {
                    return Err(format!("{token} reached the service {late_ms} ms late"));
                }
            }
        }
        for (token, count) in &placed {
            if *count > 1 {
                return Err(format!("{token} was placed {count} times"));
            }
            if ledger.refused.contains(token) || ledger.removed_unsent.contains(token) {
                return Err(format!("{token} was placed though never meant to be sent"));
            }
            if ledger.confirmed.get(token) != Some(&mode) {
                return Err(format!(
                    "{token} was placed in {} mode unconfirmed",
                    name(mode)
                ));
            }
        }
        let over = simulator.stats().over_budget;
        if over > 0 {
            return Err(format!(
                "{over} requests over the budget in {} mode",
                name(mode)
            ));
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn placing_rules_hold_through_random_sequences() {
    let count: u64 = std::env::var("SOAK_SEQUENCES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(120);
    let first: u64 = std::env::var("SOAK_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x5eed_0001);
    let seeds: Vec<u64> = (0..count).map(|n| first + n).collect();
    let mut failures = Vec::new();
    for batch in seeds.chunks(AT_ONCE) {
        let mut runs = tokio::task::JoinSet::new();
        for &seed in batch {
            runs.spawn(async move { (seed, sequence(seed).await) });
        }
        while let Some(run) = runs.join_next().await {
            let (seed, result) = run.unwrap();
            if let Err(problem) = result {
                failures.push(format!("SOAK_SEED={seed} SOAK_SEQUENCES=1: {problem}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
