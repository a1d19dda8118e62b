#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark that cannot run should stop loudly
//! Prints how soon the engine notices that calls ended, with 1 to 20 calls
//! in flight under the 10-requests-a-minute budget, and how fast a history
//! of 10,000 calls opens, searches and pages.
//!
//! `cargo bench -p agentphone-core --bench engine`

use std::sync::Arc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use agentphone_core::engine::EngineEvent;
use agentphone_core::engine::{Confirmed, Engine, EngineSettings, Mode};
use agentphone_core::history::{sample, History, HistoryQuery, Progress};
use agentphone_core::validate::CallForm;
use agentphone_core::{ApiKey, Client};
use agentphone_simulator::{Simulator, SimulatorConfig};

/// One simulated second of the service and the engine.
const SECOND: Duration = Duration::from_millis(10);

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    println!("How soon the engine notices a call has ended (simulated seconds; service limit 10 requests/minute)");
    println!(
        "{:>4}  {:>10}  {:>10}  {:>22}  {:>6}  {:>22}",
        "N", "mean", "worst", "best schedule mean/worst", "429s", "history reads now/before"
    );
    for n in [1, 5, 10, 20] {
        runtime.block_on(watch_delays(n));
    }
    println!();
    history_figures();
}

async fn watch_delays(n: usize) {
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
    let settings = EngineSettings::scaled(SECOND);
    // Each "call changed" is one read of history by the engine.
    let news = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = news.clone();
    let engine = Engine::start(
        Client::new(simulator.base_url()).unwrap(),
        history.clone(),
        settings.clone(),
        Mode::Practice,
        Arc::new(move |event| {
            if matches!(event, EngineEvent::CallChanged { .. }) {
                counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        }),
        None,
    );
    engine.set_key(ApiKey::parse("sk_bench"));
    let mut ids = Vec::new();
    for k in 0..n {
        let form = CallForm {
            phone: format!("415555{:04}", 1010 + k),
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
    }
    let mut delays = Vec::new();
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
    }
    let mean = delays.iter().sum::<f64>() / delays.len() as f64;
    let worst = delays.iter().copied().fold(0.0, f64::max);
    // A schedule that polls every call evenly, using every slot polls may
    // use (9 of 10, one kept for new calls) but never more often than every 10 s.
    let interval = (10.0f64).max(n as f64 * 62.0 / 9.0);
    let stats = simulator.stats();
    let polls = stats.requests - stats.create_requests;
    let news = news.load(std::sync::atomic::Ordering::Relaxed);
    // Before: an event for every answered poll, on top of the three a call
    // always has (written down, placed, ended), and the window read the
    // call, the list, the labels and the overview for each. Now: events only
    // on change, each carrying the call the engine read once; the window
    // reads the list when a call is new and the overview when it is new and
    // when it ends.
    let before = 4 * (3 * n as u32 + polls);
    let now = news + 3 * n;
    println!(
        "{n:>4}  {mean:>9.1}s  {worst:>9.1}s  {:>12.1}s / {:>6.1}s  {:>6}  {:>10} / {:<10}",
        interval / 2.0,
        interval,
        stats.rate_limited,
        now,
        before
    );
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
