//! A desktop without a keychain service (a kiosk, a minimal desktop, some
//! remote sessions): the window says what to install or start, and Practice
//! mode, which needs no key, works all the way to a result.

use agentphone_e2e::flows::{fill_and_place, try_practice};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

#[tokio::test]
async fn without_a_keychain_the_window_says_what_to_start_and_practice_works() {
    let desktop = Desktop::start(DesktopOptions {
        keyring: false,
        ..DesktopOptions::default()
    });
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_PRACTICE_SECOND_MS", "20")]).await;
    window.heading("Welcome to AgentPhone").await;
    window
        .role_with_text("alert", "GNOME Keyring or KWallet")
        .await;
    window.text("Key unavailable").await;
    window.screenshot("home-no-keychain").await;

    try_practice(&window).await;
    fill_and_place(&window, "4155550105").await;
    window.heading("Result").await;
    window.text("Achieved").await;
    window.close().await;
}
