//! Start-up benchmark: AgentPhone against the bare Tauri app
//! (`tests/baseline`), both release builds, started one after the other
//! inside the same private desktop (X server, D-Bus session, unlocked
//! keyring).
//!
//! `bench-startup [RUNS]` (default 7) prints, for each app, the median time
//! from starting the process to its page having loaded ("window ready" on
//! its standard output) and its median idle memory a few seconds later,
//! summed over the app and the WebKit processes it started: PSS (shared
//! pages split between processes) and RSS (shared pages counted in each).
//! Then the ratios AgentPhone / bare Tauri. `scripts/bench-startup` builds
//! both and runs this.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use agentphone_e2e::{process, target_dir, Desktop, DesktopOptions};

/// How long an app may take to show its window before the run fails.
const READY_WITHIN: Duration = Duration::from_secs(30);
/// How long an app idles before its memory is read.
const IDLE: Duration = Duration::from_secs(4);

struct Run {
    ready: Duration,
    pss_kib: u64,
    rss_kib: u64,
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .map(|runs| runs.parse().expect("RUNS is a number"))
        .unwrap_or(7);
    let release = target_dir().join("release");
    let apps = [
        ("AgentPhone", release.join("agentphone")),
        ("bare Tauri", release.join("bare-tauri")),
    ];
    for (name, binary) in &apps {
        assert!(
            binary.exists(),
            "{name} is not built at {} (scripts/bench-startup builds it)",
            binary.display()
        );
    }
    let desktop = Desktop::start(DesktopOptions::default());
    // One unmeasured start each: files created, disk cache warm.
    for (_, binary) in &apps {
        start_once(&desktop, binary);
    }
    let mut measured: [Vec<Run>; 2] = [Vec::new(), Vec::new()];
    for round in 0..runs {
        // Alternating, so a slower moment of the machine hits both alike.
        for (which, (_, binary)) in apps.iter().enumerate() {
            measured[which].push(start_once(&desktop, binary));
        }
        eprintln!("round {} of {runs} done", round + 1);
    }

    println!("Start-up, median of {runs} runs each (release builds, Xvfb):");
    println!(
        "{:<12} {:>14} {:>16} {:>16}",
        "", "window ready", "idle PSS", "idle RSS"
    );
    let medians: Vec<(Duration, u64, u64)> = measured
        .iter()
        .map(|runs| {
            (
                median(runs.iter().map(|run| run.ready)),
                median(runs.iter().map(|run| run.pss_kib)),
                median(runs.iter().map(|run| run.rss_kib)),
            )
        })
        .collect();
    for ((name, _), (ready, pss, rss)) in apps.iter().zip(&medians) {
        println!(
            "{name:<12} {:>12.0} ms {:>13.0} MB {:>13.0} MB",
            ready.as_secs_f64() * 1000.0,
            *pss as f64 / 1024.0,
            *rss as f64 / 1024.0
        );
    }
    let (app, bare) = (medians[0], medians[1]);
    println!(
        "{:<12} {:>14.2}× {:>15.2}× {:>15.2}×",
        "ratio",
        app.0.as_secs_f64() / bare.0.as_secs_f64(),
        app.1 as f64 / bare.1 as f64,
        app.2 as f64 / bare.2 as f64
    );
}

/// Starts `binary`, waits for its window, lets it idle, reads its memory
/// and stops it (and the processes it started).
fn start_once(desktop: &Desktop, binary: &Path) -> Run {
    let started = Instant::now();
    let mut child = desktop
        .command(binary)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("start {}: {error}", binary.display()));
    let stdout = child.stdout.take().expect("piped");
    let (ready_tx, ready_rx) = mpsc::channel();
    // Reads the output to its end, so the app never blocks on a full pipe.
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("window ready") {
                let _ = ready_tx.send(());
            }
        }
    });
    let ready = match ready_rx.recv_timeout(READY_WITHIN) {
        Ok(()) => started.elapsed(),
        Err(_) => {
            process::stop(&mut child);
            panic!(
                "{} showed no window within {READY_WITHIN:?}",
                binary.display()
            );
        }
    };
    std::thread::sleep(IDLE);
    let processes = process::tree(child.id());
    let pss_kib = processes.iter().map(|&pid| memory_kib(pid, "Pss:")).sum();
    let rss_kib = processes.iter().map(|&pid| memory_kib(pid, "Rss:")).sum();
    process::stop(&mut child);
    let _ = reader.join();
    Run {
        ready,
        pss_kib,
        rss_kib,
    }
}

/// One figure (in KiB) of `/proc/PID/smaps_rollup`; 0 for a process gone.
fn memory_kib(pid: u32, field: &str) -> u64 {
    let path = PathBuf::from(format!("/proc/{pid}/smaps_rollup"));
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|line| line.starts_with(field))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}

fn median<T: Ord + Copy>(values: impl Iterator<Item = T>) -> T {
    let mut values: Vec<T> = values.collect();
    values.sort_unstable();
    values[values.len() / 2]
}
