#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A sequence soak of the placing rules: seeded random mixes of placing,
//! removing, restarting the engine, switching mode, checking again, lost
//! answers, `429`s, `5xx`s and slow answers, against two simulators (the
//! live service and Practice). After each sequence:
//!
//! - no `202` for a call that was removed before it was sent, or that the
//!   person never confirmed (the form changed after the confirmation);
//! - at most one `202` per confirmation;
//! - every `202` is in history, or its call was removed by the person after
//!   it was on its way;
//! - no `429` caused by the app's own budget.
//!
//! `SOAK_SEQUENCES` (default 160) and `SOAK_SEED` replay or widen the run;
//! a failing sequence prints its seed.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use agentphone_core::client::Timeouts;
use agentphone_core::engine::{Engine, Mode};
use agentphone_core::history::Progress;
use agentphone_core::{Client, ErrorKind};
use agentphone_simulator::{Simulator, SimulatorConfig};
use common::{confirm, engine_in, form_for};

const SECOND: Duration = Duration::from_millis(10);
const AT_ONCE: usize = 8;

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
    /// Token → mode of every call the person confirmed and that the app
    /// accepted (written to history).
    confirmed: HashMap<String, Mode>,
    /// Tokens the app refused to place (the form changed): never sent.
    refused: HashSet<String>,
    /// Removed while waiting to be sent: never sent.
    removed_unsent: HashSet<String>,
    /// Removed on purpose while on its way: may have been placed.
    removed_on_its_way: HashSet<String>,
}

struct World {
    dir: tempfile::TempDir,
    simulators: HashMap<&'static str, Simulator>,
}

impl World {
    fn simulator(&self, mode: Mode) -> &Simulator {
        &self.simulators[name(mode)]
    }

    fn engine(&self, mode: Mode) -> Engine {
        let client = Client::with_timeouts(
            self.simulator(mode).base_url(),
            Timeouts {
                connect: Duration::from_secs(1),
                request: SECOND * 15,
            },
        )
        .unwrap();
        let (engine, _) = engine_in(&self.dir, client, SECOND, mode);
        engine.resume().unwrap();
        engine
    }
}

fn name(mode: Mode) -> &'static str {
    match mode {
        Mode::Live => "live",
        Mode::Practice => "practice",
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

async fn sequence(seed: u64) -> Result<(), String> {
    let mut dice = Dice(seed | 1);
    let mut simulators = HashMap::new();
    for mode in [Mode::Live, Mode::Practice] {
        let config = SimulatorConfig {
            credits: 50,
            extra_call_fields: dice.chance(50),
            ..SimulatorConfig::with_second(SECOND)
        };
        simulators.insert(name(mode), Simulator::start(config).await.unwrap());
    }
    let world = World {
        dir: tempfile::tempdir().unwrap(),
        simulators,
    };
    let mut mode = if dice.chance(50) {
        Mode::Live
    } else {
        Mode::Practice
    };
    let mut engine = world.engine(mode);
    let mut ledger = Ledger::default();
    let mut ids: Vec<(i64, String)> = Vec::new();

    for step in 0..12 {
        match dice.below(100) {
            0..=39 => {
                let token = format!("soak {seed:x} step {step}");
                let number = NUMBERS[dice.below(NUMBERS.len() as u64) as usize];
                let form = form_for(number, &format!("Ask about the opening hours ({token})"));
                let mut confirmed = confirm(&engine, &form);
                confirmed.despite_unconfirmed = dice.chance(50);
                let sent_form = if dice.chance(10) {
                    // A digit changed after the confirmation was shown.
                    form_for("4155550199", &form.objective)
                } else {
                    form.clone()
                };
                let placing = engine.place_call(&sent_form, &confirmed);
                match tokio::time::timeout(Duration::from_secs(20), placing).await {
                    Err(_) => return Err(format!("step {step}: placing never answered")),
                    Ok(Ok(placed)) => {
                        ledger.confirmed.insert(token.clone(), mode);
                        ids.push((placed.id, token));
                    }
                    Ok(Err(error)) => match error.kind() {
                        ErrorKind::ConfirmationChanged | ErrorKind::MayBePlaced => {
                            ledger.refused.insert(token);
                        }
                        // Refused by the service, or proven never sent; the
                        // record stays in history.
                        _ => {
                            ledger.confirmed.insert(token, mode);
                        }
                    },
                }
            }
            40..=54 if !ids.is_empty() => {
                let (id, token) = ids.remove(dice.below(ids.len() as u64) as usize);
                let before = engine.history().get(id).unwrap().map(|r| r.progress);
                let force = dice.chance(50);
                match engine.forget(id, force) {
                    Ok(_) if !force && before == Some(Progress::Waiting) => {
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
            55..=64 => {
                drop(engine);
                engine = world.engine(mode);
            }
            65..=72 => {
                drop(engine);
                mode = if mode == Mode::Live {
                    Mode::Practice
                } else {
                    Mode::Live
                };
                engine = world.engine(mode);
            }
            73..=79 if !ids.is_empty() => {
                let (id, _) = &ids[dice.below(ids.len() as u64) as usize];
                let _ = engine.check_again(*id);
            }
            80..=91 => {
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
    // Any request already on the wire reaches the service; then nothing more.
    drop(engine);
    tokio::time::sleep(SECOND * 30).await;

    let history =
        agentphone_core::history::History::open(&world.dir.path().join("history.sqlite3"))
            .unwrap()
            .history;
    let in_history: HashSet<String> = history
        .page(&agentphone_core::history::HistoryQuery {
            limit: 500,
            ..Default::default()
        })
        .unwrap()
        .items
        .iter()
        .filter_map(|item| history.get(item.id).unwrap())
        .map(|record| record.objective)
        .collect();
    for mode in [Mode::Live, Mode::Practice] {
        let simulator = world.simulator(mode);
        let mut placed: HashMap<String, u32> = HashMap::new();
        for (_, objective) in simulator.placed_calls() {
            let token = objective
                .split_once('(')
                .and_then(|(_, rest)| rest.strip_suffix(')'))
                .unwrap_or(&objective)
                .to_owned();
            *placed.entry(token).or_default() += 1;
            if !in_history.contains(&objective) {
                let token = objective.split_once('(').map_or("", |(_, t)| t);
                if !ledger
                    .removed_on_its_way
                    .contains(token.trim_end_matches(')'))
                {
                    return Err(format!("a placed call is nowhere in history: {objective}"));
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
        .unwrap_or(160);
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
