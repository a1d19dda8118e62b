//! First run to a finished practice call, in the real window: Practice
//! mode, the form, the confirmation, the live timeline, the result and
//! transcript, then finding the call again by a word of its transcript.

use agentphone_e2e::flows::try_practice;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

/// Practice calls on a fast clock: a simulated second lasts 20 ms.
const FAST: &[(&str, &str)] = &[("AGENTPHONE_PRACTICE_SECOND_MS", "20")];

#[tokio::test]
async fn first_run_practice_call_from_form_to_transcript() {
    let desktop = Desktop::start(DesktopOptions {
        sound: true,
        ..DesktopOptions::default()
    });
    let window = AppWindow::open_with(&desktop, FAST).await;
    window.heading("Welcome to AgentPhone").await;
    window.screenshot("welcome").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "welcome"
    );
    try_practice(&window).await;

    window.heading("New call").await;
    window
        .text_box("Phone number")
        .await
        .send_keys("911")
        .await
        .unwrap();
    window
        .text_box("What should the agent do?")
        .await
        .click()
        .await
        .unwrap();
    window.text("cannot call emergency").await;

    let phone = window.text_box("Phone number").await;
    phone.clear().await.unwrap();
    phone.send_keys("555").await.unwrap();
    window.text("short service number").await;
    phone.clear().await.unwrap();
    phone.send_keys("(415) 555-0105").await.unwrap();
    window
        .text_box("Business name (optional)")
        .await
        .send_keys("Luigi's")
        .await
        .unwrap();
    window
        .text_box("What should the agent do?")
        .await
        .send_keys("Ask for a table for 4 tonight at 7pm; if free, book it under Sarah")
        .await
        .unwrap();
    window.text("Will dial").await;
    window.screenshot("new-call-form").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "new call form"
    );
    window.click("Place call…").await;

    window.heading("Check before calling").await;
    window.text("+1 415-555-0105").await;
    window.screenshot("confirm-call").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "confirmation"
    );
    window.click("Call now").await;

    window.heading("Progress").await;
    window.heading("Result").await;
    window.text("Achieved").await;
    window.text("Done: Luigi's confirmed the request").await;
    window.heading("Transcript").await;
    window.text("book it under Sarah").await;
    window.text("The recording is kept on this computer.").await;
    let position = || async { window.text_of("//*[@aria-label='Position']").await };
    assert!(position().await.starts_with("0:00"));
    window.click("Play").await;
    window.button("Pause").await;
    window
        .wait_until_text("//*[@aria-label='Position']", |text| {
            !text.starts_with("0:00")
        })
        .await;
    window.screenshot("call-playing").await;
    window.click("Pause").await;
    window.button("Play").await;
    let paused_at = position().await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        position().await,
        paused_at,
        "the position moved while paused"
    );
    window.screenshot("call-result").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "call result"
    );
    window.click("Copy summary").await;
    window.role_with_text("status", "copied").await;
    window.button("Export…").await;

    let search = window.text_box("Search calls").await;
    search.send_keys("sarah").await.unwrap();
    window
        .wait_until_text("//ul[@aria-label='Calls']/li", |first| {
            first.contains("Luigi's")
        })
        .await;
    search.clear().await.unwrap();
    search.send_keys("zebra").await.unwrap();
    window.text("No calls match.").await;

    // Backspaces, not WebDriver's clear: the page must see the typing.
    search.send_keys(&"\u{E003}".repeat(5)).await.unwrap();
    window.click("Remove call to Luigi's").await;
    window.click("Remove").await;
    window.text("No calls yet.").await;

    window.click("Settings").await;
    window.heading("Practice mode").await;
    window.screenshot("settings").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "settings"
    );
    window.close().await;
}
