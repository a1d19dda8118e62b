#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers: a failed step should stop the test
//! Keeping recordings: each fault the simulator can put in a recording link
//! ends in a clear state, and nothing is ever written outside the folder.

mod common;

use std::path::Path;

use agentphone_core::recordings::{Limits, Recordings};
use agentphone_core::{Client, Error, NewCall};
use agentphone_simulator::{RecordingFault, Simulator, SimulatorConfig};
use common::{key, SECOND};

/// Places a call and waits for its recording link.
async fn recording_link(simulator: &Simulator) -> (String, String) {
    recording_link_for(simulator, "+14155550105").await
}

async fn recording_link_for(simulator: &Simulator, number: &str) -> (String, String) {
    let client = Client::new(simulator.base_url()).unwrap();
    let call = NewCall {
        to_phone_number: number.into(),
        objective: "Ask about the warranty".into(),
        business_name: None,
        website: None,
    };
    let created = client.create_call(&key(), &call).await.unwrap();
    for _ in 0..2_000 {
        let call = client.get_call(&key(), &created.call_id).await.unwrap();
        if let Some(link) = call.recording_url {
            return (created.call_id, link);
        }
        tokio::time::sleep(SECOND).await;
    }
    panic!("no recording link");
}

async fn simulator(fault: Option<RecordingFault>) -> Simulator {
    let config = SimulatorConfig {
        requests_per_minute: 100_000,
        ..SimulatorConfig::with_second(SECOND)
    };
    let simulator = Simulator::start(config).await.unwrap();
    simulator.update_faults(|faults| faults.recording = fault);
    simulator
}

/// Recordings as Practice mode keeps them: plain `http` to the simulator only.
fn practice_recordings(simulator: &Simulator, folder: std::path::PathBuf) -> Recordings {
    let limits = Limits {
        plain_http_from: Some(simulator.base_url()),
        ..Limits::default()
    };
    Recordings::with_limits(folder, limits).unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// What the person reads about a recording that was not kept.
fn reason(error: Error) -> String {
    match error {
        Error::Recording { .. } => error.to_string(),
        other => panic!("not a recording error: {other:?}"),
    }
}

#[tokio::test]
async fn a_recording_is_kept_under_a_name_the_app_makes() {
    let simulator = simulator(None).await;
    let (_, link) = recording_link(&simulator).await;
    let home = tempfile::tempdir().unwrap();
    let recordings = practice_recordings(&simulator, home.path().join("recordings"));
    let path = recordings.download(12, &link).await.unwrap();
    assert_eq!(path, home.path().join("recordings/call-12.wav"));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..4], b"RIFF");
    assert!(
        bytes.len() > 30 * 8_000 * 2,
        "as long as the call: {} bytes",
        bytes.len()
    );
    assert_eq!(files_in(&home.path().join("recordings")), ["call-12.wav"]);
}

#[tokio::test]
async fn a_missing_recording_says_the_link_expired() {
    let simulator = simulator(Some(RecordingFault::Missing)).await;
    let (_, link) = recording_link(&simulator).await;
    let home = tempfile::tempdir().unwrap();
    let recordings = practice_recordings(&simulator, home.path().join("recordings"));
    let error = recordings.download(1, &link).await.unwrap_err();
    assert!(reason(error).contains("expired"));
    assert!(files_in(recordings.folder()).is_empty());
}

#[tokio::test]
async fn a_huge_recording_is_refused_and_nothing_is_left_behind() {
    let simulator = simulator(Some(RecordingFault::Huge)).await;
    let (_, link) = recording_link(&simulator).await;
    let home = tempfile::tempdir().unwrap();
    let recordings = Recordings::with_limits(
        home.path().join("recordings"),
        Limits {
            max_bytes: 1024 * 1024,
            plain_http_from: Some(simulator.base_url()),
        },
    )
    .unwrap();
    let error = recordings.download(1, &link).await.unwrap_err();
    assert!(reason(error).contains("larger than 1 MB"));
    assert!(files_in(recordings.folder()).is_empty());
}

#[tokio::test]
async fn a_page_that_is_not_audio_is_discarded() {
    let simulator = simulator(Some(RecordingFault::NotAudio)).await;
    let (_, link) = recording_link(&simulator).await;
    let home = tempfile::tempdir().unwrap();
    let recordings = practice_recordings(&simulator, home.path().join("recordings"));
    let error = recordings.download(1, &link).await.unwrap_err();
    assert!(reason(error).contains("not a sound recording"));
    assert!(files_in(recordings.folder()).is_empty());
}

#[tokio::test]
async fn a_plain_http_link_elsewhere_is_refused_before_any_request() {
    let simulator = simulator(Some(RecordingFault::InsecureUrl)).await;
    let (_, link) = recording_link(&simulator).await;
    assert!(link.starts_with("http://recordings.agentphone.invalid/"));
    let home = tempfile::tempdir().unwrap();
    let recordings = practice_recordings(&simulator, home.path().join("recordings"));
    let error = recordings.download(1, &link).await.unwrap_err();
    assert!(reason(error).contains("not secure"));
}

#[tokio::test]
async fn a_hostile_call_id_cannot_escape_the_folder() {
    let simulator = simulator(None).await;
    simulator.update_faults(|faults| faults.hostile_call_ids = true);
    let (call_id, link) = recording_link(&simulator).await;
    assert!(call_id.starts_with("../../"));
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("data/recordings");
    let recordings = practice_recordings(&simulator, folder.clone());
    let path = recordings.download(3, &link).await.unwrap();
    assert_eq!(path, folder.join("call-3.wav"));
    assert_eq!(files_in(home.path()), ["data"]);
    assert_eq!(files_in(&home.path().join("data")), ["recordings"]);
}

#[tokio::test]
async fn a_large_recording_reports_its_progress() {
    let simulator = simulator(None).await;
    // Ends in 07: a 7-minute call, a recording of several megabytes.
    let (_, link) = recording_link_for(&simulator, "+14155550107").await;
    let home = tempfile::tempdir().unwrap();
    let recordings = practice_recordings(&simulator, home.path().join("recordings"));
    let seen = std::sync::Mutex::new(Vec::new());
    let path = recordings
        .download_with_progress(5, &link, |received, total| {
            seen.lock().unwrap().push((received, total))
        })
        .await
        .unwrap();
    let size = std::fs::metadata(path).unwrap().len();
    let seen = seen.into_inner().unwrap();
    assert!(seen.len() >= 5, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{seen:?}");
    assert!(seen
        .iter()
        .all(|(received, total)| *total == Some(size) && *received <= size));
}

#[tokio::test]
async fn real_calls_never_fetch_plain_http_even_from_this_computer() {
    let simulator = simulator(None).await;
    let (_, link) = recording_link(&simulator).await;
    assert!(link.starts_with("http://127.0.0.1:"));
    let home = tempfile::tempdir().unwrap();
    let recordings = Recordings::new(home.path().join("recordings")).unwrap();
    let error = recordings.download(1, &link).await.unwrap_err();
    assert!(reason(error).contains("not secure"));
    assert_eq!(simulator.stats().recording_requests, 0);
}

#[tokio::test]
async fn one_download_per_call_at_a_time_and_the_kept_file_is_whole() {
    let simulator = simulator(None).await;
    let (_, link) = recording_link_for(&simulator, "+14155550107").await;
    let home = tempfile::tempdir().unwrap();
    let recordings = practice_recordings(&simulator, home.path().join("recordings"));
    let (first, second) = tokio::join!(recordings.download(4, &link), async {
        // Starts once the first has begun.
        tokio::task::yield_now().await;
        recordings.download(4, &link).await
    });
    assert!(
        matches!(second, Err(Error::RecordingDownloading)),
        "{second:?}"
    );
    let path = first.unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..4], b"RIFF");
    assert_eq!(files_in(recordings.folder()), ["call-4.wav"]);
    // Once it is done, downloading again is allowed.
    recordings.download(4, &link).await.unwrap();
}
