//! Broken files in the app's data folder: the window says where they went,
//! and the app starts with fresh ones instead of failing or losing them.

use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

#[tokio::test]
async fn broken_history_and_preferences_are_set_aside_and_reported() {
    let desktop = Desktop::start(DesktopOptions::default());
    let data = desktop.home().join(".local/share/app.agentphone.desktop");
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
