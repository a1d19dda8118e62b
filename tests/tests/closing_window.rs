//! Closing the window while a real call goes on asks first; the call goes
//! on if the person keeps the window, and nothing is asked once no call
//! depends on the app. The window opens again with the size it had.

use std::time::{Duration, Instant};

use agentphone_e2e::flows::{fill_and_place, save_key};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};
use agentphone_simulator::{Simulator, SimulatorConfig};

#[tokio::test]
async fn closing_during_a_real_call_asks_first_and_keeping_it_open_keeps_the_call() {
    // Slow enough simulated seconds that the call is still ringing while
    // the test closes the window.
    let simulator = Simulator::start(SimulatorConfig::with_second(Duration::from_millis(150)))
        .await
        .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_API_BASE", &base)]).await;
    save_key(&window, "sk_live_accepted_key_0042").await;
    fill_and_place(&window, "4155550105").await;
    window.heading("Progress").await;

    let main = desktop.visible_window("AgentPhone");
    desktop.request_close(&main);
    let question = desktop.visible_window("Close AgentPhone\\?");
    // "Keep it open" (Escape): the window stays and the call is followed
    // to its result.
    desktop.press_key_in(&question, "Escape");
    window.heading("Result").await;
    window.text("Achieved").await;
    assert!(desktop.has_visible_window("AgentPhone"));

    // Nothing depends on the app now: the window closes without a question.
    close_and_wait(&desktop, &main).await;
    assert_eq!(simulator.stats().create_requests, 1);
}

#[tokio::test]
async fn the_window_opens_again_with_the_size_it_had() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open(&desktop).await;
    let main = desktop.visible_window("AgentPhone");
    desktop.resize_window(&main, 900, 640);
    assert_eq!(desktop.window_size(&main), (900, 640));
    close_and_wait(&desktop, &main).await;
    drop(window);

    let _window = AppWindow::open(&desktop).await;
    let main = desktop.visible_window("AgentPhone");
    assert_eq!(desktop.window_size(&main), (900, 640));
}

/// Asks the window `id` to close and waits until it has (within 10 s),
/// checking all the while, as the app runs, that it asks nothing.
async fn close_and_wait(desktop: &Desktop, id: &str) {
    desktop.request_close(id);
    let asked_at = Instant::now();
    while desktop.has_visible_window("AgentPhone") {
        assert!(
            !desktop.has_visible_window("Close AgentPhone\\?"),
            "closing asked a question though nothing depends on the app"
        );
        assert!(
            asked_at.elapsed() < Duration::from_secs(10),
            "the window did not close"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
