#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark that cannot run should stop loudly
//! Prints how soon the engine knows that calls ended, with 1 to 20 calls
//! in flight under the 10-requests-a-minute budget, the way it watches now
//! beside the earlier ways in the same run, and how fast a history of
//! 10,000 calls opens, searches and pages.
//!
//! `cargo bench -p agentphone-core --bench engine`

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use agentphone_core::engine::{Confirmed, Engine, EngineSettings, Mode};
use agentphone_core::history::{sample, History, HistoryQuery, Progress};
use agentphone_core::validate::CallForm;
use agentphone_core::{ApiKey, Client};
use agentphone_simulator::{Simulator, SimulatorConfig};

/// One simulated second of the service and the engine.
const SECOND: Duration = Duration::from_millis(50);
/// Calls measured for each line at least (rounds run side by side).
const SAMPLES: usize = 20;
/// Simulated seconds between placing one call and the next.
const PLACED_EVERY: u32 = 15;

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let settings = EngineSettings::scaled(SECOND);
    let budget =
        agentphone_core::budget::RequestBudget::new(settings.requests_per_minute, settings.minute)
            .paced(true);
    // When every slot polls may use is spent on watching, the next slot is
    // on average half a spacing away: the best the budget allows.
    let limit = budget.spacing().as_secs_f64() / SECOND.as_secs_f64() / 2.0;
    println!("How soon the engine knows a call has ended (status read), in simulated seconds;");
    println!("service limit 10 requests a minute: with every slot watching, the budget allows");
    println!("a mean of {limit:.1} s. Calls are placed one every {PLACED_EVERY} s, each about 76 s long;");
    println!("the slots new calls take leave fewer for watching: \"limit\" is what the budget");
    println!("allows at the moments the calls ended, given the new calls sent before.");
    println!(
        "{:>4}  {:<26}  {:>7}  {:>7}  {:>7}  {:>8}  {:>5}  {:>5}  {:>5}",
        "N", "watching", "mean", "worst", "limit", "÷ limit", "429s", "lists", "reads"
    );
    let only: Option<usize> = std::env::var("BENCH_N").ok().and_then(|n| n.parse().ok());
    for n in [1, 2, 5, 10, 20]
        .into_iter()
        .filter(|n| only.is_none_or(|only| only == *n))
    {
        for (name, paced, by_list) in [
            ("before: each read in turn", false, false),
            ("reads, paced", true, false),
            ("now: list, paced", true, true),
        ] {
            if n == 1 && by_list {
                continue; // one call is always read directly
            }
            let figures = runtime.block_on(rounds(n, paced, by_list));
            println!(
                "{n:>4}  {name:<26}  {:>6.1}s  {:>6.1}s  {:>6.1}s  {:>7.2}×  {:>5}  {:>5}  {:>5}",
                figures.mean,
                figures.worst,
                figures.limit,
                figures.mean / figures.limit,
                figures.rate_limited,
                figures.lists,
                figures.reads
            );
        }
    }
    println!();
    history_figures();
}

/// Enough rounds for at least `SAMPLES` calls, run side by side, each
/// started a little later so calls end at every point of the budget's cycle.
async fn rounds(n: usize, paced: bool, by_list: bool) -> WatchFigures {
    let count = SAMPLES.div_ceil(n);
    let rounds: Vec<_> = (0..count)
        .map(|round| {
            tokio::spawn(async move {
                tokio::time::sleep(SECOND * (round as u32 * 37 % 60)).await;
                watch_delays(n, round, paced, by_list).await
            })
        })
        .collect();
    let mut all = Round::default();
    for round in rounds {
        let round = round.await.unwrap();
        all.delays.extend(round.delays);
        all.limits.extend(round.limits);
        all.rate_limited += round.rate_limited;
        all.lists += round.lists;
        all.reads += round.reads;
    }
    WatchFigures {
        mean: all.delays.iter().sum::<f64>() / all.delays.len() as f64,
        worst: all.delays.iter().copied().fold(0.0, f64::max),
        limit: all.limits.iter().sum::<f64>() / all.limits.len() as f64,
        rate_limited: all.rate_limited,
        lists: all.lists / count as u32,
        reads: all.reads / count as u32,
    }
}

#[derive(Default)]
struct Round {
    delays: Vec<f64>,
    limits: Vec<f64>,
    rate_limited: u32,
    lists: u32,
    reads: u32,
}

struct WatchFigures {
    mean: f64,
    /// The mean wait for a slot the budget allows when each call ended.
    limit: f64,
    worst: f64,
    rate_limited: u32,
    lists: u32,
    reads: u32,
}

/// One round: `n` calls, each to its own number (the number sets how long
/// the simulated call lasts, so each round's calls end at other moments).
async fn watch_delays(n: usize, round: usize, paced: bool, by_list: bool) -> Round {
    let simulator = Simulator::start(SimulatorConfig {
        credits: 100,
        ..SimulatorConfig::with_second(SECOND)
    })
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let history = Arc::new(
        History::open(&dir.path().join("history.sqlite3"))
            .unwrap()
            .history,
    );
    let settings = EngineSettings {
        pace_polls: paced,
        watch_by_list: by_list,
        ..EngineSettings::scaled(SECOND)
    };
    let engine = Engine::start(
        Client::new(simulator.base_url()).unwrap(),
        history.clone(),
        settings,
        Mode::Practice,
        Arc::new(|_| {}),
        None,
    );
    engine.set_key(ApiKey::parse("sk_bench"));
    let mut ids = Vec::new();
    for k in 0..n {
        let form = CallForm {
            phone: format!("415555{:04}", 1010 + round * 100 + k),
            country: "US".into(),
            objective: "Ask whether they deliver on Sundays".into(),
            ..CallForm::default()
        };
        let confirmation = engine.prepare(&form).unwrap();
        let confirmed = Confirmed {
            phone: confirmation.phone,
            practice: true,
            despite_unconfirmed: false,
            follows: None,
            told: None,
        };
        ids.push(engine.place_call(&form, &confirmed).await.unwrap().id);
        // One after another, as from the window: a person needs some
        // seconds to type and confirm each.
        tokio::time::sleep(SECOND * PLACED_EVERY).await;
    }
    let window = agentphone_core::budget::RequestBudget::new(10, SECOND * 60).window();
    let placed: Vec<SystemTime> = simulator
        .placed_at()
        .into_iter()
        .map(|(_, at)| at)
        .collect();
    let mut delays = Vec::new();
    let mut limits = Vec::new();
    for id in ids {
        let record = loop {
            let record = history.get(id).unwrap().unwrap();
            if record.progress == Progress::Finished {
                break record;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        let ended = simulator
            .ends_at(record.call_id.as_deref().unwrap())
            .unwrap();
        let ended_ms = ended.duration_since(UNIX_EPOCH).unwrap().as_millis() as i64;
        let noticed_ms = record
            .timeline
            .iter()
            .find(|c| c.status.is_terminal())
            .unwrap()
            .at_ms;
        delays.push((noticed_ms - ended_ms).max(0) as f64 / SECOND.as_millis() as f64);
        // Slots polls may use: nine a window, less the new calls in it.
        let creates = placed
            .iter()
            .filter(|at| **at <= ended && ended.duration_since(**at).unwrap() < window)
            .count();
        let spacing = window.as_secs_f64() / (9usize.saturating_sub(creates).max(1)) as f64;
        limits.push(spacing / SECOND.as_secs_f64() / 2.0);
    }
    let stats = simulator.stats();
    Round {
        delays,
        limits,
        rate_limited: stats.rate_limited,
        lists: stats.list_requests,
        reads: stats.read_requests,
    }
}

fn history_figures() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    {
        let history = History::open(&path).unwrap().history;
        sample::fill(&history, 10_000).unwrap();
    }
    let started = Instant::now();
    let history = History::open(&path).unwrap().history;
    println!("History of 10,000 calls (about 1.3 kB of transcript each)");
    println!("  open:                 {:>8.2} ms", ms(started.elapsed()));
    let searches: Vec<Duration> = (0..100)
        .map(|k| {
            let query = HistoryQuery {
                text: format!("{} {}", sample::topic(k), 100 + k * 37),
                limit: 50,
                ..Default::default()
            };
            let started = Instant::now();
            history.page(&query).unwrap();
            started.elapsed()
        })
        .collect();
    report("full-text search", searches);
    let pages: Vec<Duration> = (0..100)
        .map(|k| {
            let query = HistoryQuery {
                offset: (k * 97 % 9_950) as u32,
                limit: 50,
                ..Default::default()
            };
            let started = Instant::now();
            history.page(&query).unwrap();
            started.elapsed()
        })
        .collect();
    report("one page of 50", pages);
    let filtered: Vec<Duration> = (0..100)
        .map(|k| {
            let query = HistoryQuery {
                label: Some(format!("label {}", k % 7)),
                since_ms: Some((k * 50) as i64),
                until_ms: Some((k * 50 + 5_000) as i64),
                oldest_first: k % 2 == 0,
                limit: 50,
                ..Default::default()
            };
            let started = Instant::now();
            history.page(&query).unwrap();
            started.elapsed()
        })
        .collect();
    report("label + date filter", filtered);
    let started = Instant::now();
    history.overview(0).unwrap();
    println!("  overview:             {:>8.2} ms", ms(started.elapsed()));
}

fn report(what: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "  {what:<20}  median {:>6.2} ms, worst {:>6.2} ms",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1_000.0
}
