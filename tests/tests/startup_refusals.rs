//! When the app cannot start, a person who double-clicked it is told why in
//! a dialog, and nothing in the data folder is moved or lost.

use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use agentphone_core::history::{History, NewRecord};
use agentphone_e2e::window::app_binary;
use agentphone_e2e::{hold_exclusively, process, Desktop, DesktopOptions};

fn launch(desktop: &Desktop, env: &[(&str, &str)]) -> (Child, PathBuf) {
    std::fs::create_dir_all(desktop.logs()).unwrap();
    let log = desktop.logs().join("app.log");
    let mut command = desktop.command(app_binary());
    command
        .envs(env.iter().copied())
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(Stdio::null());
    (command.spawn().unwrap(), log)
}

/// Waits for the app to give up (its log says why), answers its dialog with
/// Enter and waits for the app to end.
fn answer_dialog_and_wait(desktop: &Desktop, app: &mut Child, log: &Path) -> ExitStatus {
    let started = Instant::now();
    while !std::fs::read_to_string(log)
        .unwrap_or_default()
        .contains("not starting")
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the app did not give up"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // The main window is hidden by then: the one visible is the dialog.
    let dialog = desktop.visible_window("AgentPhone");
    desktop.press_enter_in(&dialog);
    let started = Instant::now();
    loop {
        if let Some(status) = app.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > Duration::from_secs(15) {
            process::stop(app);
            panic!("the app did not end after its dialog was answered");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn an_address_the_key_must_not_go_to_is_refused_in_a_dialog() {
    let desktop = Desktop::start(DesktopOptions::default());
    let (mut app, log) = launch(
        &desktop,
        &[("AGENTPHONE_API_BASE", "http://api.example.net/api/v1")],
    );
    let status = answer_dialog_and_wait(&desktop, &mut app, &log);
    assert_eq!(status.code(), Some(1), "{status:?}");
    let said = std::fs::read_to_string(log).unwrap();
    assert!(
        said.contains("will not send your key to http://api.example.net/api/v1"),
        "{said}"
    );
}

#[test]
fn a_history_another_program_holds_is_left_alone_and_the_dialog_says_so() {
    let desktop = Desktop::start(DesktopOptions::default());
    let data = desktop.app_data();
    let path = data.join("history.sqlite3");
    let id = History::open(&path)
        .unwrap()
        .history
        .add(&NewRecord {
            simulated: false,
            phone: "+14155550105".into(),
            business: Some("Luigi's".into()),
            website: None,
            objective: "Book a table".into(),
            created_at_ms: 1_700_000_000_000,
            scheduled_at_ms: None,
            follows: None,
        })
        .unwrap();
    let holder = hold_exclusively(&path);

    let (mut app, log) = launch(&desktop, &[]);
    let status = answer_dialog_and_wait(&desktop, &mut app, &log);
    assert_eq!(status.code(), Some(1), "{status:?}");
    let said = std::fs::read_to_string(log).unwrap();
    assert!(said.contains("another program is using the file"), "{said}");
    assert!(said.contains("Nothing was moved or deleted"), "{said}");

    drop(holder);
    let names: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("broken")), "{names:?}");
    let history = History::open(&path).unwrap().history;
    assert!(
        history.get(id).unwrap().is_some(),
        "the call is still there"
    );
}
