//! The placing-safety promises, in the real window: a call removed while
//! the app waits to retry is never placed, and a second launch of the app
//! leaves one window and one copy following the calls.

use std::time::{Duration, Instant};

use agentphone_e2e::flows::{fill_and_place, save_key};
use agentphone_e2e::window::app_binary;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};
use agentphone_simulator::{Simulator, SimulatorConfig};

const KEY: &str = "sk_live_accepted_key_0042";

#[tokio::test]
async fn a_call_removed_during_the_countdown_is_never_placed() {
    let simulator = Simulator::start(SimulatorConfig::with_second(Duration::from_millis(20)))
        .await
        .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_API_BASE", &base)]).await;
    save_key(&window, KEY).await;
    simulator.update_faults(|faults| faults.rate_limit_storm = 1);
    fill_and_place(&window, "4155550105").await;
    window.role_with_text("status", "Trying again in").await;
    window.screenshot("call-waiting-to-retry").await;
    window.click("Remove call to +1 415-555-0105").await;
    window.click("Remove").await;
    window.text("No calls yet.").await;
    // The retry would have gone out 60 s after the refusal.
    tokio::time::sleep(Duration::from_secs(65)).await;
    let stats = simulator.stats();
    assert_eq!(stats.create_requests, 1, "only the refused request");
    assert_eq!(stats.calls_placed, 0, "the removed call was never placed");
    window.close().await;
}

#[tokio::test]
async fn a_second_launch_leaves_one_window_and_one_copy_following_calls() {
    let simulator = Simulator::start(SimulatorConfig::with_second(Duration::from_millis(40)))
        .await
        .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_API_BASE", &base)]).await;
    save_key(&window, KEY).await;
    fill_and_place(&window, "4155550105").await;
    window.heading("Progress").await;

    let mut second = desktop
        .command(app_binary())
        .env("AGENTPHONE_API_BASE", &base)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            let _ = second.wait();
            panic!("the second launch did not hand over to the open window");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "{status:?}");

    // The first window still follows the call to its end, alone.
    window.heading("Result").await;
    window.text("Achieved").await;
    let stats = simulator.stats();
    assert_eq!(stats.create_requests, 1);
    assert_eq!(stats.rate_limited, 0, "no copy ran over the budget");
    window.close().await;
}
