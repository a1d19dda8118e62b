//! Nothing half-typed is lost: the form as typed, the history's filters and
//! the player's settings come back after the app is closed (or ends
//! abruptly), from the window's own file beside preferences.json; a damaged
//! file is set aside with a notice and never stops the app.

use std::time::Duration;

use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const KEPT_FILE: &str = "window-state.json";

#[tokio::test]
async fn a_half_typed_form_and_the_filters_come_back_after_a_restart() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let window = AppWindow::open(&desktop).await;
    window
        .text_box("Phone number")
        .await
        .send_keys("415 555 0132")
        .await
        .unwrap();
    window
        .text_box("Business name (optional)")
        .await
        .send_keys("Corner Bakery")
        .await
        .unwrap();
    window
        .text_box("What should the agent do?")
        .await
        .send_keys("Ask whether the rye bread is baked on Sundays")
        .await
        .unwrap();
    window
        .client()
        .execute(
            "const outcome = document.querySelector('select[aria-label=\"Filter by outcome\"]');\
             outcome.value = 'achieved';\
             outcome.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    // Written a moment after the last change.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let kept = std::fs::read_to_string(desktop.app_data().join(KEPT_FILE)).unwrap();
    assert!(kept.contains("rye bread"), "{kept}");
    window.close().await;

    let window = AppWindow::open(&desktop).await;
    window.text("Practice — no real calls are made").await;
    assert_eq!(
        window.value_in("What should the agent do?").await,
        "Ask whether the rye bread is baked on Sundays"
    );
    assert_eq!(window.value_in("Phone number").await, "415 555 0132");
    assert_eq!(
        window.value_in("Business name (optional)").await,
        "Corner Bakery"
    );
    let outcome = window
        .client()
        .execute(
            "return document.querySelector('select[aria-label=\"Filter by outcome\"]').value;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(outcome, "achieved");
    window.close().await;
}

#[tokio::test]
async fn a_damaged_file_is_set_aside_with_a_notice_and_the_app_starts() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    std::fs::write(
        desktop.app_data().join(KEPT_FILE),
        b"{\"form\": {\"phone\": \"41",
    )
    .unwrap();
    let window = AppWindow::open(&desktop).await;
    window.text("could not be brought back").await;
    assert_eq!(window.value_in("What should the agent do?").await, "");
    window
        .text_box("What should the agent do?")
        .await
        .send_keys("Ask about parking")
        .await
        .unwrap();
    let aside: Vec<String> = std::fs::read_dir(desktop.app_data())
        .unwrap()
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(&format!("{KEPT_FILE}.broken-")))
        .collect();
    assert_eq!(
        aside.len(),
        1,
        "the damaged file is kept aside, not deleted"
    );
    window.close().await;
}
