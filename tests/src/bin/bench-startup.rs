//! Start-up benchmark: AgentPhone against the bare Tauri app
//! (`tests/baseline`), both release builds, started one after the other
//! inside the same private desktop (X server, D-Bus session, unlocked
//! keyring).
//!
//! `bench-startup [RUNS] [--history N] [--before BINARY]` (default 7 runs)
//! prints, for each app, the median time from starting the process to its
//! page having loaded, to its first content on screen (first contentful
//! paint, the window's JavaScript boot included) and, for AgentPhone, to
//! the first page of its history on screen; and its median idle memory a
//! few seconds later, summed over the app and the WebKit processes it
//! started: PSS (shared pages split between processes) and RSS (shared
//! pages counted in each). Then the ratios against the bare app.
//! AgentPhone opens in Practice mode, with `N` calls in its history
//! (transcripts, labels, notes) when asked. `--before` adds another build
//! of AgentPhone (an earlier version, say), run with a data folder of its
//! own. `scripts/bench-startup` builds both apps and runs this.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use agentphone_core::history::{sample, History};
use agentphone_e2e::{process, target_dir, Desktop, DesktopOptions};

/// How long an app may take to reach each mark before the run fails.
const MARK_WITHIN: Duration = Duration::from_secs(30);
/// How long an app idles before its memory is read.
const IDLE: Duration = Duration::from_secs(4);

/// The lines an app writes as it starts, in the order they come.
const PAGE_LOADED: &str = "window ready";
const CONTENT_SHOWN: &str = "content shown";
const HISTORY_SHOWN: &str = "history shown";

struct App {
    name: &'static str,
    binary: PathBuf,
    /// The lines to wait for (an earlier build may not write them all).
    marks: &'static [&'static str],
    /// A data folder of its own (`XDG_DATA_HOME`), for an earlier build.
    data_home: Option<PathBuf>,
}

struct Run {
    /// When each mark came, in the order of `App::marks`.
    marks: Vec<Duration>,
    pss_kib: u64,
    rss_kib: u64,
}

fn main() {
    let mut runs = 7;
    let mut history_calls = 0;
    let mut before = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--history" => {
                history_calls = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--history N")
            }
            "--before" => before = Some(PathBuf::from(args.next().expect("--before BINARY"))),
            runs_asked => runs = runs_asked.parse().expect("RUNS is a number"),
        }
    }
    let release = target_dir().join("release");
    let desktop = Desktop::start(DesktopOptions::default());
    let mut apps = vec![
        App {
            name: "AgentPhone",
            binary: release.join("agentphone"),
            marks: &[PAGE_LOADED, CONTENT_SHOWN, HISTORY_SHOWN],
            data_home: None,
        },
        App {
            name: "bare Tauri",
            binary: release.join("bare-tauri"),
            marks: &[PAGE_LOADED, CONTENT_SHOWN],
            data_home: None,
        },
    ];
    if let Some(binary) = before {
        apps.push(App {
            name: "before",
            binary,
            marks: &[PAGE_LOADED],
            data_home: Some(desktop.home().join("before")),
        });
    }
    for app in &apps {
        assert!(
            app.binary.exists(),
            "{} is not built at {} (scripts/bench-startup builds it)",
            app.name,
            app.binary.display()
        );
    }
    desktop.prefer_practice();
    let before_data = desktop.home().join("before/app.agentphone.desktop");
    std::fs::create_dir_all(&before_data).unwrap();
    std::fs::copy(
        desktop.app_data().join("preferences.json"),
        before_data.join("preferences.json"),
    )
    .unwrap();
    if history_calls > 0 {
        let started = Instant::now();
        let history = History::open(&desktop.app_data().join("history.sqlite3"))
            .unwrap()
            .history;
        sample::fill(&history, history_calls).unwrap();
        eprintln!(
            "{history_calls} calls written in {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    // One unmeasured start each: files created, disk cache warm.
    for app in &apps {
        start_once(&desktop, app);
    }
    let mut measured: Vec<Vec<Run>> = apps.iter().map(|_| Vec::new()).collect();
    for round in 0..runs {
        // Alternating, so a slower moment of the machine hits each alike.
        for (which, app) in apps.iter().enumerate() {
            measured[which].push(start_once(&desktop, app));
        }
        eprintln!("round {} of {runs} done", round + 1);
    }

    println!(
        "Start-up, median of {runs} runs each (release builds, Xvfb), {history_calls} calls in AgentPhone's history:"
    );
    println!(
        "{:<12} {:>12} {:>15} {:>15} {:>10} {:>10}",
        "", "page loaded", "content shown", "history shown", "idle PSS", "idle RSS"
    );
    let medians: Vec<Medians> = measured.iter().map(|runs| Medians::of(runs)).collect();
    for (app, figures) in apps.iter().zip(&medians) {
        let mark = |name: &str| {
            app.marks
                .iter()
                .position(|known| *known == name)
                .map_or_else(
                    || "—".to_owned(),
                    |at| format!("{:.0} ms", ms(figures.marks[at])),
                )
        };
        println!(
            "{:<12} {:>12} {:>15} {:>15} {:>7.0} MB {:>7.0} MB",
            app.name,
            mark(PAGE_LOADED),
            mark(CONTENT_SHOWN),
            mark(HISTORY_SHOWN),
            figures.pss_kib as f64 / 1024.0,
            figures.rss_kib as f64 / 1024.0
        );
    }
    let (app, bare) = (&medians[0], &medians[1]);
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "{:<12} {:>11.2}× {:>14.2}× {:>15} {:>8.2}× {:>8.2}×",
        "AgentPhone / bare",
        ratio(app.marks[0], bare.marks[0]),
        ratio(app.marks[1], bare.marks[1]),
        "",
        app.pss_kib as f64 / bare.pss_kib as f64,
        app.rss_kib as f64 / bare.rss_kib as f64
    );
    println!(
        "First page of history {:.0} ms after the first content",
        ms(app.marks[2]) - ms(app.marks[1])
    );
    if let Some(earlier) = medians.get(2) {
        println!(
            "Page loaded, AgentPhone / before: {:.2}×; idle PSS {:.2}×",
            ratio(app.marks[0], earlier.marks[0]),
            app.pss_kib as f64 / earlier.pss_kib as f64
        );
    }
}

struct Medians {
    marks: Vec<Duration>,
    pss_kib: u64,
    rss_kib: u64,
}

impl Medians {
    fn of(runs: &[Run]) -> Self {
        Self {
            marks: (0..runs[0].marks.len())
                .map(|at| median(runs.iter().map(|run| run.marks[at])))
                .collect(),
            pss_kib: median(runs.iter().map(|run| run.pss_kib)),
            rss_kib: median(runs.iter().map(|run| run.rss_kib)),
        }
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Starts the app, waits for each of its marks, lets it idle, reads its
/// memory and stops it (and the processes it started).
fn start_once(desktop: &Desktop, app: &App) -> Run {
    let started = Instant::now();
    let mut command = desktop.command(&app.binary);
    if let Some(data_home) = &app.data_home {
        command.env("XDG_DATA_HOME", data_home);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("start {}: {error}", app.binary.display()));
    let stdout = child.stdout.take().expect("piped");
    let (line_tx, line_rx) = mpsc::channel();
    // Reads the output to its end, so the app never blocks on a full pipe.
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = line_tx.send((line, Instant::now()));
        }
    });
    let mut marks = Vec::new();
    let mut output = Vec::new();
    for mark in app.marks {
        let seen = loop {
            match line_rx.recv_timeout(MARK_WITHIN) {
                Ok((line, at)) if line.contains(mark) => break Some(at),
                Ok((line, _)) => output.push(line),
                Err(_) => break None,
            }
        };
        let Some(at) = seen else {
            process::stop(&mut child);
            let log_dir = desktop.app_data().join("logs");
            let logs: Vec<String> = std::fs::read_dir(&log_dir)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|file| std::fs::read_to_string(file.path()).ok())
                .collect();
            panic!(
                "{} did not write {mark:?} within {MARK_WITHIN:?}; it wrote:\n{}\nits log:\n{}",
                app.name,
                output.join("\n"),
                logs.join("\n")
            );
        };
        marks.push(at - started);
    }
    std::thread::sleep(IDLE);
    let processes = process::tree(child.id());
    let pss_kib = processes.iter().map(|&pid| memory_kib(pid, "Pss:")).sum();
    let rss_kib = processes.iter().map(|&pid| memory_kib(pid, "Rss:")).sum();
    process::stop(&mut child);
    let _ = reader.join();
    Run {
        marks,
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
