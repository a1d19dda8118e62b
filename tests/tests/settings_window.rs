//! In the real window: paste a key in Settings, see it masked, restart the
//! app and still see it (masked), remove it. The key must reach only the
//! keychain: no file in the app's home may contain it afterwards.

use agentphone_core::keychain::{ACCOUNT, SERVICE};
use agentphone_e2e::{files_containing, AppWindow, Desktop, DesktopOptions};

const KEY: &str = "sk_live_V2luZG93VGVzdEtleQ_4821";

#[tokio::test]
async fn key_is_pasted_masked_kept_across_restart_and_removed() {
    let desktop = Desktop::start(DesktopOptions::default());

    let window = AppWindow::open(&desktop).await;
    window.text("No key yet").await;
    window.screenshot("home-no-key").await;
    window.click("Settings").await;
    window.heading("Settings").await;
    window.text("No key is stored yet.").await;
    // Where keys come from, and the way there.
    window.text("Dashboard → API keys").await;
    window
        .button("Open the API keys page on agentphone.app")
        .await;
    window
        .text_box("API key")
        .await
        .send_keys(&format!("  {KEY}  "))
        .await
        .unwrap();
    window.click("Save key").await;
    window.role_with_text("status", "Key saved").await;
    window.text("••••••4821").await;
    window.screenshot("settings-key-saved").await;
    assert!(!window.page_text().await.contains(KEY));
    assert_eq!(
        desktop.secret_tool_lookup(SERVICE, ACCOUNT).as_deref(),
        Some(KEY)
    );
    window.close().await;

    let window = AppWindow::open(&desktop).await;
    window.text("Live").await;
    window.click("Settings").await;
    window.text("••••••4821").await;
    window.click("Remove key").await;
    window.click("Yes, remove key").await;
    window.role_with_text("status", "Key removed").await;
    window.text("No key is stored yet.").await;
    assert_eq!(desktop.secret_tool_lookup(SERVICE, ACCOUNT), None);
    window.close().await;

    let traces = files_containing(desktop.home(), KEY);
    assert!(traces.is_empty(), "the key was written to {traces:?}");
}

#[tokio::test]
async fn empty_key_is_refused_next_to_the_field() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open(&desktop).await;
    window.click("Settings").await;
    window
        .text_box("API key")
        .await
        .send_keys("   ")
        .await
        .unwrap();
    window.click("Save key").await;
    window.role_with_text("alert", "The key box is empty").await;
    assert_eq!(desktop.secret_tool_lookup(SERVICE, ACCOUNT), None);
    window.close().await;
}

#[tokio::test]
async fn without_a_keychain_service_the_window_says_what_to_install() {
    let desktop = Desktop::start(DesktopOptions {
        keyring: false,
        ..DesktopOptions::default()
    });
    let window = AppWindow::open(&desktop).await;
    window
        .role_with_text("alert", "No keychain service is running")
        .await;
    window.click("Settings").await;
    window
        .text_box("API key")
        .await
        .send_keys(KEY)
        .await
        .unwrap();
    window.click("Save key").await;
    window
        .role_with_text("alert", "install and start GNOME Keyring or KWallet")
        .await;
    // What was typed is still there to try again.
    assert_eq!(window.value_in("API key").await, KEY);
    window.screenshot("settings-no-keychain").await;
    window.close().await;
    assert!(files_containing(desktop.home(), KEY).is_empty());
}
