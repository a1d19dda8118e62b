//! "Call later…" in the real window: a call scheduled a few seconds ahead
//! waits, then is placed at its time and followed to its result; a call
//! whose time passed while the app was closed is asked about at the next
//! start and placed only when the person says so.

use agentphone_core::engine::now_ms;
use agentphone_core::history::{History, NewRecord};
use agentphone_e2e::flows::{fill_and_review, try_practice};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const FAST: &[(&str, &str)] = &[("AGENTPHONE_PRACTICE_SECOND_MS", "20")];

#[tokio::test]
async fn a_call_scheduled_for_later_is_placed_at_its_time() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, FAST).await;
    try_practice(&window).await;
    fill_and_review(&window, "4155550105").await;
    window.click("Call later…").await;
    // A time four seconds ahead, typed into the date-and-time field.
    window
        .client()
        .execute(
            "const field = document.querySelector('input[type=datetime-local]');\
             const at = new Date(Date.now() + 4000);\
             const pad = (n) => String(n).padStart(2, '0');\
             field.value = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T` +\
               `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;\
             field.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    window.click("Schedule").await;
    window.role_with_text("status", "Scheduled for").await;
    window.text("Scheduled for").await;
    window.screenshot("call-scheduled").await;
    assert!(
        window.page_text().await.contains("Cancel the call"),
        "it can still be cancelled"
    );
    window.heading("Result").await;
    window.text("Achieved").await;
    window.close().await;
}

#[tokio::test]
async fn a_time_missed_while_closed_is_asked_about_then_called_on_request() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let nine = now_ms() - 60 * 60 * 1000;
    History::open(&desktop.app_data().join("history.sqlite3"))
        .unwrap()
        .history
        .add(&NewRecord {
            simulated: true,
            phone: "+14155550105".into(),
            business: Some("Bakery Rossi".into()),
            website: None,
            objective: "Order a birthday cake for Saturday".into(),
            created_at_ms: nine - 60 * 60 * 1000,
            scheduled_at_ms: Some(nine),
            follows: None,
        })
        .unwrap();

    let window = AppWindow::open_with(&desktop, FAST).await;
    window.heading("Scheduled calls that were not placed").await;
    window
        .role_with_text("status", "The call to Bakery Rossi was scheduled for")
        .await;
    window.text("Missed its time").await;
    window.screenshot("home-missed-scheduled-call").await;
    // Nothing is placed in one click: who is called and what the agent
    // says come first.
    window.click("Call now…").await;
    window.text("Order a birthday cake for Saturday").await;
    window.click("Call now").await;
    window.heading("Result").await;
    window.text("Achieved").await;
    window.close().await;
}
