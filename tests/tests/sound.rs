//! The player's sound, captured from a real (headless) PulseAudio sink and
//! checked: which tone plays when and for how long, silence around it,
//! pause, seek, speed, and the message when there is no sound server.

use std::path::Path;
use std::process::Output;

use agentphone_e2e::{Desktop, DesktopOptions};

const RATE: f32 = 48_000.0;
/// The test recording: one second each of these tones, at 16 kHz.
const TONES: [f32; 3] = [500.0, 900.0, 1300.0];

fn sound_only() -> DesktopOptions {
    DesktopOptions {
        keyring: false,
        display: false,
        sound: true,
        ..DesktopOptions::default()
    }
}

fn write_tones(path: &Path) {
    let rate = 16_000u32;
    let samples: Vec<i16> = TONES
        .iter()
        .flat_map(|tone| {
            (0..rate).map(move |n| {
                let t = n as f32 / rate as f32;
                ((std::f32::consts::TAU * tone * t).sin() * 12_000.0) as i16
            })
        })
        .collect();
    std::fs::write(path, agentphone_simulator::wav(rate, &samples)).unwrap();
}

fn run(desktop: &Desktop, file: &Path, steps: &[&str]) -> Output {
    desktop
        .command(env!("CARGO_BIN_EXE_player-probe"))
        .arg(file)
        .args(steps)
        .output()
        .unwrap()
}

/// Goertzel power of `frequency` in `window`.
fn power(window: &[i16], frequency: f32) -> f32 {
    let k = 2.0 * (std::f32::consts::TAU * frequency / RATE).cos();
    let (mut s1, mut s2) = (0.0f32, 0.0f32);
    for sample in window {
        let s = *sample as f32 + k * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    (s1 * s1 + s2 * s2 - k * s1 * s2) / window.len() as f32
}

/// What each 50 ms of the capture holds: `Some(frequency)` of the loudest
/// candidate, or `None` for silence.
fn timeline(samples: &[i16], candidates: &[f32]) -> Vec<Option<f32>> {
    samples
        .chunks(2_400)
        .map(|window| {
            let rms = (window.iter().map(|s| (*s as f32).powi(2)).sum::<f32>()
                / window.len() as f32)
                .sqrt();
            if rms < 300.0 {
                return None;
            }
            candidates
                .iter()
                .copied()
                .max_by(|a, b| power(window, *a).total_cmp(&power(window, *b)))
        })
        .collect()
}

/// Runs of the same content: `(content, seconds)`.
fn runs(timeline: &[Option<f32>]) -> Vec<(Option<f32>, f32)> {
    let mut runs: Vec<(Option<f32>, f32)> = Vec::new();
    for slot in timeline {
        match runs.last_mut() {
            Some((content, seconds)) if content == slot => *seconds += 0.05,
            _ => runs.push((*slot, 0.05)),
        }
    }
    runs.into_iter()
        .filter(|(_, seconds)| *seconds > 0.11)
        .collect()
}

fn heard(desktop: &Desktop, steps: &[&str], candidates: &[f32]) -> Vec<(Option<f32>, f32)> {
    let file = desktop.home().join("tones.wav");
    write_tones(&file);
    let capture = desktop.capture_sound();
    let output = run(desktop, &file, steps);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    runs(&timeline(&capture.finish(), candidates))
}

fn tones_only(runs: &[(Option<f32>, f32)]) -> Vec<(f32, f32)> {
    runs.iter()
        .filter_map(|(tone, seconds)| tone.map(|t| (t, *seconds)))
        .collect()
}

#[test]
fn each_tone_plays_for_its_second_with_silence_around() {
    let desktop = Desktop::start(sound_only());
    let runs = heard(&desktop, &["play", "end"], &TONES);
    assert_eq!(
        runs.first().map(|r| r.0),
        Some(None),
        "silence first: {runs:?}"
    );
    assert_eq!(
        runs.last().map(|r| r.0),
        Some(None),
        "silence last: {runs:?}"
    );
    let tones = tones_only(&runs);
    assert_eq!(
        tones.iter().map(|t| t.0).collect::<Vec<_>>(),
        TONES,
        "{runs:?}"
    );
    for (tone, seconds) in tones {
        assert!(
            (0.8..=1.2).contains(&seconds),
            "{tone} Hz lasted {seconds} s: {runs:?}"
        );
    }
}

#[test]
fn pause_makes_silence_and_resume_goes_on() {
    let desktop = Desktop::start(sound_only());
    let runs = heard(
        &desktop,
        &["play", "wait:500", "pause", "wait:1000", "resume", "end"],
        &TONES,
    );
    let first_tone = runs
        .iter()
        .position(|r| r.0 == Some(500.0))
        .expect("the first tone");
    let (before, pause, after) = (runs[first_tone], runs[first_tone + 1], runs[first_tone + 2]);
    assert!(
        (0.3..=0.7).contains(&before.1),
        "played {} s before the pause: {runs:?}",
        before.1
    );
    assert_eq!(pause.0, None, "{runs:?}");
    assert!(
        (0.8..=1.3).contains(&pause.1),
        "paused {} s: {runs:?}",
        pause.1
    );
    assert_eq!(after.0, Some(500.0), "resumed where it stopped: {runs:?}");
    assert!(
        (before.1 + after.1 - 1.0).abs() <= 0.2,
        "the first second, split: {runs:?}"
    );
}

#[test]
fn seek_lands_on_the_asked_second() {
    let desktop = Desktop::start(sound_only());
    let runs = heard(&desktop, &["play", "seek:2000", "end"], &TONES);
    let tones = tones_only(&runs);
    assert_eq!(tones.first().map(|t| t.0), Some(1300.0), "{runs:?}");
    assert!(tones.iter().all(|t| t.0 == 1300.0 || t.1 < 0.2), "{runs:?}");
}

#[test]
fn double_speed_takes_half_the_time() {
    let desktop = Desktop::start(sound_only());
    // At 2x the tones sound an octave up.
    let doubled: Vec<f32> = TONES.iter().map(|t| t * 2.0).collect();
    let runs = heard(&desktop, &["speed:2", "play", "end"], &doubled);
    let total: f32 = tones_only(&runs).iter().map(|t| t.1).sum();
    assert!((1.2..=1.8).contains(&total), "played {total} s: {runs:?}");
}

#[test]
fn no_sound_server_gives_the_plain_message() {
    let desktop = Desktop::start(DesktopOptions {
        keyring: false,
        display: false,
        sound: false,
        ..DesktopOptions::default()
    });
    let file = desktop.home().join("tones.wav");
    write_tones(&file);
    let output = run(&desktop, &file, &["play"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .rfind(|l| l.starts_with('{'))
        .unwrap_or_default();
    let error: serde_json::Value =
        serde_json::from_str(line).unwrap_or_else(|_| panic!("{stderr}"));
    assert_eq!(error["kind"], "no_sound_output", "{error}");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .starts_with("No sound output found — check your speakers or headset"));
}
