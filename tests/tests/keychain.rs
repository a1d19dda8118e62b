//! The API key in the real Secret Service (gnome-keyring on a private
//! D-Bus session), through the app's own keychain code.

use std::io::Write;
use std::process::{Output, Stdio};

use agentphone_core::keychain::{ACCOUNT, SERVICE};
use agentphone_e2e::{files_containing, Desktop, DesktopOptions};
use serde_json::Value;

const KEY: &str = "sk_live_Q2hlY2tUaGlzS2V5_7731";

fn no_display() -> DesktopOptions {
    DesktopOptions {
        display: false,
        ..DesktopOptions::default()
    }
}

fn probe(desktop: &Desktop, action: &str, stdin: &str) -> Output {
    let mut child = desktop
        .command(env!("CARGO_BIN_EXE_keychain-probe"))
        .arg(action)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The status the probe printed, or panics with its error.
fn status(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "keychain failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The `{kind, message}` the probe printed; panics if it succeeded.
fn error(output: &Output) -> Value {
    assert!(
        !output.status.success(),
        "expected a failure, got {output:?}"
    );
    let text = String::from_utf8_lossy(&output.stderr);
    let line = text.lines().last().unwrap_or_default();
    serde_json::from_str(line).unwrap_or_else(|_| panic!("not an error payload: {text}"))
}

#[test]
fn key_is_kept_in_the_secret_service_and_removed_from_it() {
    let desktop = Desktop::start(no_display());
    assert_eq!(status(&probe(&desktop, "status", ""))["hasKey"], false);

    let saved = status(&probe(&desktop, "save", &format!("  {KEY}\n")));
    assert_eq!(saved["masked"], "••••••7731");
    assert_eq!(
        desktop.secret_tool_lookup(SERVICE, ACCOUNT).as_deref(),
        Some(KEY),
        "secret-tool must find the trimmed key"
    );

    let replaced = status(&probe(&desktop, "save", "sk_live_second_key_0042"));
    assert_eq!(replaced["masked"], "••••••0042");
    assert_eq!(
        desktop.secret_tool_lookup(SERVICE, ACCOUNT).as_deref(),
        Some("sk_live_second_key_0042")
    );

    assert_eq!(status(&probe(&desktop, "remove", ""))["hasKey"], false);
    assert_eq!(desktop.secret_tool_lookup(SERVICE, ACCOUNT), None);
    assert_eq!(status(&probe(&desktop, "status", ""))["hasKey"], false);
}

#[test]
fn empty_key_is_refused_and_nothing_is_stored() {
    let desktop = Desktop::start(no_display());
    let refused = error(&probe(&desktop, "save", " \n\t "));
    assert_eq!(refused["kind"], "empty_key");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("Paste your AgentPhone API key"));
    assert_eq!(desktop.secret_tool_lookup(SERVICE, ACCOUNT), None);
}

#[test]
fn no_session_bus_says_so_and_keeps_no_file() {
    let desktop = Desktop::start(DesktopOptions {
        session_bus: false,
        keyring: false,
        display: false,
        sound: false,
    });
    let failed = error(&probe(&desktop, "save", KEY));
    assert_eq!(failed["kind"], "no_session_bus", "{failed}");
    assert!(failed["message"]
        .as_str()
        .unwrap()
        .contains("desktop session"));
    assert!(files_containing(desktop.home(), KEY).is_empty());
}

#[test]
fn no_secret_service_says_to_install_a_keyring_and_keeps_no_file() {
    let desktop = Desktop::start(DesktopOptions {
        keyring: false,
        display: false,
        ..DesktopOptions::default()
    });
    let failed = error(&probe(&desktop, "save", KEY));
    assert_eq!(failed["kind"], "no_keychain_service", "{failed}");
    assert!(failed["message"].as_str().unwrap().starts_with(
        "No keychain service is running. On Linux install and start GNOME Keyring or KWallet"
    ));
    assert!(files_containing(desktop.home(), KEY).is_empty());
}

#[test]
fn locked_keyring_with_a_dismissed_prompt_says_unlock_it() {
    let desktop = Desktop::start(no_display());
    status(&probe(&desktop, "save", KEY));
    desktop.lock_keyring();

    let reading = error(&probe(&desktop, "status", ""));
    assert_eq!(reading["kind"], "keychain_locked", "{reading}");
    assert!(reading["message"].as_str().unwrap().contains("Unlock it"));

    let writing = error(&probe(&desktop, "save", "sk_live_another_key_5555"));
    assert_eq!(writing["kind"], "keychain_locked", "{writing}");
    assert!(files_containing(desktop.home(), "sk_live_another_key_5555").is_empty());
}
