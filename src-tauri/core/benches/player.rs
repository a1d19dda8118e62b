#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark that cannot run should stop loudly
//! Prints the time from Play to the first sound of a cached 5-minute MP3,
//! and how much memory the app adds while playing a 60-minute recording
//! (it must stream, not decode the whole file).
//!
//! Needs a sound output (a desktop session, or a PulseAudio server) and
//! `lame` to make the MP3s. `cargo bench -p agentphone-core --bench player`

use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use agentphone_core::player::{Player, PlayerEvent};

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let five = dir.path().join("five-minutes.mp3");
    let sixty = dir.path().join("sixty-minutes.mp3");
    make_mp3(&five, 5 * 60);
    make_mp3(&sixty, 60 * 60);

    let (sender, events) = mpsc::channel();
    let player = Player::start(Arc::new(move |event| {
        let _ = sender.send((Instant::now(), event));
    }));

    let mut firsts = Vec::new();
    let mut calls = Vec::new();
    for _ in 0..5 {
        while events.try_recv().is_ok() {}
        let asked = Instant::now();
        if let Err(error) = player.play(1, five.clone()) {
            println!("cannot play here: {error}");
            return;
        }
        calls.push(asked.elapsed());
        // The first report of a position past zero: sound has started.
        let started = loop {
            let (at, event) = events
                .recv_timeout(Duration::from_secs(5))
                .expect("the player reports");
            // The report comes on a 200 ms tick; the position it gives
            // says how long ago the sound really started.
            if let PlayerEvent::Position { position_ms, .. } = event {
                if position_ms > 0 {
                    break at - Duration::from_millis(position_ms);
                }
            }
        };
        firsts.push(started.duration_since(asked));
        player.stop().unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }
    firsts.sort();
    calls.sort();
    println!("Play to first sound, cached 5-minute MP3 (5 runs, the first one opens the output):");
    println!(
        "  Play answered:       median {:.1} ms, worst {:.1} ms",
        ms(calls[2]),
        ms(calls[4])
    );
    println!(
        "  first sample played: median {:.1} ms, worst {:.1} ms (from the reported position)",
        ms(firsts[2]),
        ms(firsts[4])
    );

    let before = resident_kib();
    player.play(2, sixty.clone()).unwrap();
    let mut peak = before;
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(250));
        peak = peak.max(resident_kib());
    }
    player.seek(Duration::from_secs(45 * 60)).unwrap();
    for _ in 0..8 {
        std::thread::sleep(Duration::from_millis(250));
        peak = peak.max(resident_kib());
    }
    player.stop().unwrap();
    let size = std::fs::metadata(&sixty).unwrap().len();
    println!(
        "Playing a 60-minute MP3 ({:.1} MB), with a seek to minute 45:",
        size as f64 / 1e6
    );
    println!(
        "  memory added: {:.1} MB (resident {:.1} MB before, {:.1} MB at most while playing)",
        (peak - before) as f64 / 1024.0,
        before as f64 / 1024.0,
        peak as f64 / 1024.0
    );
}

/// A mono 16 kHz MP3 of a slowly changing tone, made with `lame`.
fn make_mp3(path: &Path, seconds: u32) {
    let rate = 16_000u32;
    let wav = path.with_extension("wav");
    let samples: Vec<i16> = (0..seconds * rate)
        .map(|n| {
            let t = n as f32 / rate as f32;
            let tone = 300.0 + 100.0 * (t / 10.0).sin();
            ((std::f32::consts::TAU * tone * t).sin() * 8_000.0) as i16
        })
        .collect();
    std::fs::write(&wav, agentphone_simulator::wav(rate, &samples)).unwrap();
    let status = Command::new("lame")
        .args(["--quiet", "-b", "32"])
        .arg(&wav)
        .arg(path)
        .status()
        .expect("lame (package lame)");
    assert!(status.success());
    std::fs::remove_file(wav).unwrap();
}

fn resident_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1_000.0
}
