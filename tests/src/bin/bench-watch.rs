//! The window watching five calls with a long history: CPU time of the app
//! and its WebKit processes over a minute, and what the window read from
//! history meanwhile.
//!
//! `bench-watch [SECONDS]` (default 60) writes 10,000 finished calls into
//! a fresh history, opens the release build in Practice mode (real time:
//! one simulated second is a second), places five long calls (seven
//! minutes each) from the window as a person would, opens the last one,
//! then measures for SECONDS: the CPU time of the app and every WebKit
//! process it started (the WebDriver processes are left out), and each
//! command the window sent (it reads history again only when a call
//! changed, so a poll that changed nothing costs no read).
//! `scripts/bench-watch` builds the app and runs this.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use agentphone_core::history::{sample, History};
use agentphone_e2e::flows::fill_and_place;
use agentphone_e2e::{process, target_dir, AppWindow, Desktop, DesktopOptions};

/// Calls in flight while measuring.
const CALLS: usize = 5;
/// Calls in history beforehand.
const HISTORY: i64 = 10_000;
/// Goal: the average share of one core over the minute.
const GOAL_PERCENT: f64 = 2.0;

/// Counts every command the window sends from now on (`window.__sent`).
const COUNT_COMMANDS: &str = "
    const internals = window.__TAURI_INTERNALS__;
    const invoke = internals.invoke;
    window.__sent = {};
    internals.invoke = (command, args, options) => {
        window.__sent[command] = (window.__sent[command] || 0) + 1;
        return invoke(command, args, options);
    };";

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::args()
        .nth(1)
        .map(|text| text.parse().expect("SECONDS is a number"))
        .unwrap_or(60);
    // The window harness starts the app `AGENTPHONE_APP` names: the release build.
    let binary = agentphone_e2e::app_binary();
    assert!(
        binary.starts_with(target_dir().join("release")) && binary.exists(),
        "{} is not the release build (scripts/bench-watch builds it and names it)",
        binary.display()
    );
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let history = History::open(&desktop.app_data().join("history.sqlite3"))
        .unwrap()
        .history;
    sample::fill(&history, HISTORY).unwrap();
    drop(history);

    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_PRACTICE_SECOND_MS", "1000")]).await;
    window.text("Practice — no real calls are made").await;
    // Numbers ending in 07: the practice service makes each a 7-minute call.
    for k in 0..CALLS {
        fill_and_place(&window, &format!("41555{:03}07", 100 + k)).await;
        window.text("Calling").await;
    }
    // Settle: the last call's first reads, the list drawn again.
    tokio::time::sleep(Duration::from_secs(5)).await;
    window
        .client()
        .execute(COUNT_COMMANDS, vec![])
        .await
        .expect("count the window's commands");

    let measured = window_processes(window.driver_pid());
    let before = cpu_seconds(&measured);
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let elapsed = started.elapsed().as_secs_f64();
    let after = cpu_seconds(&measured);
    let sent: BTreeMap<String, u64> = serde_json::from_value(
        window
            .client()
            .execute("return window.__sent;", vec![])
            .await
            .unwrap(),
    )
    .unwrap();
    window.close().await;

    println!(
        "The window with {HISTORY} calls in history and {CALLS} calls in flight, over {seconds} s:"
    );
    let mut total = 0.0;
    for (pid, name) in &measured {
        let used = after.get(pid).copied().unwrap_or(0.0) - before.get(pid).copied().unwrap_or(0.0);
        total += used;
        println!("  {name:<20} {used:>6.2} s of CPU");
    }
    let percent = 100.0 * total / elapsed;
    println!(
        "  all together          {total:>6.2} s = {percent:.2} % of one core (goal under {GOAL_PERCENT} %)"
    );
    println!(
        "Commands the window sent meanwhile (history reads are list_calls, get_call, overview):"
    );
    if sent.is_empty() {
        println!("  none");
    }
    for (command, count) in &sent {
        println!("  {command:<24} {count}");
    }
}

/// The app and the WebKit processes below the WebDriver server, by id and
/// name (the driver processes themselves are left out).
fn window_processes(driver: u32) -> Vec<(u32, String)> {
    process::tree(driver)
        .into_iter()
        .filter_map(|pid| {
            let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
            let name = name.trim().to_owned();
            (name != "tauri-driver" && !name.starts_with("WebKitWebDriv")).then_some((pid, name))
        })
        .collect()
}

/// User and system CPU seconds of each process so far.
fn cpu_seconds(processes: &[(u32, String)]) -> BTreeMap<u32, f64> {
    // Linux counts in ticks of 1/100 s (USER_HZ).
    const TICKS: f64 = 100.0;
    processes
        .iter()
        .filter_map(|(pid, _)| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
            // After the name: state is field 3, utime 14 and stime 15.
            let user: f64 = fields.get(11)?.parse().ok()?;
            let system: f64 = fields.get(12)?.parse().ok()?;
            Some((*pid, (user + system) / TICKS))
        })
        .collect()
}
