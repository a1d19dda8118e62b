//! Broken files in the app's data folder: the window says where they went,
//! and the app starts with fresh ones instead of failing or losing them.

use agentphone_e2e::{hold_exclusively, AppWindow, Desktop, DesktopOptions};

#[tokio::test]
async fn broken_history_and_preferences_are_set_aside_and_reported() {
    let desktop = Desktop::start(DesktopOptions::default());
    let data = desktop.app_data();
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("history.sqlite3"), "not a database ".repeat(300)).unwrap();
    std::fs::write(data.join("preferences.json"), "{\"preferences\": {").unwrap();

    let window = AppWindow::open(&desktop).await;
    window
        .role_with_text("status", "Your call history was damaged")
        .await;
    window
        .role_with_text("status", "Your preferences could not be read")
        .await;
    window.screenshot("home-startup-notices").await;
    window.close().await;

    let names: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("history.sqlite3.broken-")),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("preferences.json.broken-")),
        "{names:?}"
    );
    assert!(
        names.contains(&"history.sqlite3".to_owned()),
        "a fresh history: {names:?}"
    );
}

/// The window does not wait for history: while another program holds the
/// file for a few seconds (less than SQLite waits), the first screen is
/// there, says history is opening, and takes typing; then the calls show
/// and nothing typed is lost.
#[tokio::test]
async fn the_window_takes_typing_while_history_is_still_opening() {
    use agentphone_core::history::{History, NewRecord};

    let desktop = Desktop::start(DesktopOptions::default());
    let data = desktop.app_data();
    let path = data.join("history.sqlite3");
    let history = History::open(&path).unwrap().history;
    let id = history
        .add(&NewRecord {
            simulated: true,
            phone: "+14155550105".into(),
            business: Some("Luigi's Trattoria".into()),
            website: None,
            objective: "Book a table".into(),
            created_at_ms: 1_700_000_000_000,
            scheduled_at_ms: None,
            follows: None,
        })
        .unwrap();
    // An ended call, so nothing is followed when the app opens.
    history.confirm(id, "cl_1", None).unwrap();
    let ended: agentphone_core::Call =
        serde_json::from_value(serde_json::json!({"call_id": "cl_1", "status": "completed"}))
            .unwrap();
    history.apply(id, &ended, 1_700_000_060_000).unwrap();
    drop(history);
    // Practice mode: the form shows whether or not a key is stored.
    desktop.prefer_practice();
    let holder = hold_exclusively(&path);
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(4));
        drop(holder);
    });

    let window = AppWindow::open(&desktop).await;
    window
        .role_with_text("status", "Opening your call history")
        .await;
    let objective = window.text_box("What should the agent do?").await;
    objective
        .send_keys("Ask about the opening hours")
        .await
        .unwrap();

    release.join().unwrap();
    window.text("Luigi's Trattoria").await;
    window.text("Practice").await;
    let typed = window.value_in("What should the agent do?").await;
    assert!(typed.contains("Ask about the opening hours"), "{typed}");
    window.close().await;
}

/// A keychain that does not answer (waiting for its password, say) holds
/// up nothing: start-up says which mode the app is in, the form takes
/// typing, and Practice mode turns on without asking the keychain.
#[tokio::test]
async fn a_keychain_that_does_not_answer_holds_up_nothing() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.freeze_keyring();
    let opened = std::time::Instant::now();
    let window = AppWindow::open(&desktop).await;
    // History answers once start-up has finished.
    window.text("No calls yet.").await;
    // A keychain call waits 25 s for its answer: start-up did not.
    assert!(
        opened.elapsed() < std::time::Duration::from_secs(15),
        "start-up waited for the keychain: {:?}",
        opened.elapsed()
    );
    let objective = window.text_box("What should the agent do?").await;
    objective.send_keys("Ask about parking").await.unwrap();
    window.click("Settings").await;
    window.switch("Practice mode").await;
    window.text("Practice — no real calls are made").await;
    window.close().await;
}
