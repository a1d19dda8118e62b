//! The office desk, in the real window against a service the test runs:
//! who the calls are for (Settings → You) is shown on the confirmation and
//! told to the agent word for word, with the voicemail message; one call
//! can leave it out; it is kept for the next start.

use std::time::Duration;

use agentphone_e2e::flows::{fill_and_review, save_key};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};
use agentphone_simulator::{Simulator, SimulatorConfig};
use fantoccini::Locator;

const KEY: &str = "sk_live_office_desk_0042";

async fn type_into(window: &AppWindow, id: &str, text: &str) {
    let field = window.client().find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

fn objectives(simulator: &Simulator) -> Vec<String> {
    simulator
        .placed_calls()
        .into_iter()
        .map(|(_, objective)| objective)
        .collect()
}

#[tokio::test]
async fn who_the_call_is_for_is_confirmed_and_told_and_one_call_can_leave_it_out() {
    let simulator = Simulator::start(SimulatorConfig::with_second(Duration::from_millis(20)))
        .await
        .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let env = [("AGENTPHONE_API_BASE", base.as_str())];
    let window = AppWindow::open_with(&desktop, &env).await;
    save_key(&window, KEY).await;

    // Settings → You: a callback number that cannot be dialled is said, not kept.
    type_into(&window, "caller-name", "Jana Novak").await;
    type_into(&window, "caller-organisation", "Hotel Linde").await;
    type_into(&window, "caller-callback", "12").await;
    window.click("Save").await;
    window.role_with_text("status", "Not saved").await;
    type_into(&window, "caller-callback", "+49 30 1234567").await;
    type_into(&window, "caller-reference", "customer number 44-1290").await;
    window.click("Save").await;
    window
        .role_with_text("status", "Saved. The agent is told this on every call.")
        .await;
    window.screenshot("settings-you").await;

    // The form offers it, with a voicemail message; the confirmation shows both.
    window.click("New call").await;
    window
        .text("Say who this call is for: Jana Novak, Hotel Linde")
        .await;
    type_into(&window, "voicemail", "Please call Jana back today.").await;
    fill_and_review(&window, "4155550101").await;
    window
        .text("Calling for: Jana Novak, Hotel Linde · call back on +49 30 1234567")
        .await;
    window.text("Added to what the agent is told:").await;
    window.screenshot("confirmation-calling-for").await;
    window.click("Call now").await;
    window.heading("Result").await;
    let sent = objectives(&simulator).pop().unwrap();
    assert!(sent.starts_with("Ask whether the blue armchair"), "{sent}");
    for told in [
        "You are calling on behalf of Jana Novak, Hotel Linde.",
        "If they need to call back, the number is +49 30 1234567.",
        "Reference: customer number 44-1290.",
        "If you reach voicemail, leave this message: Please call Jana back today.",
    ] {
        assert!(sent.contains(told), "{told:?} not in {sent:?}");
    }

    // One call leaves it out: nothing is added but the voicemail line.
    window.click("New call").await;
    window
        .client()
        .find(Locator::XPath(
            "//label[contains(., 'Say who this call is for')]/input",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    type_into(&window, "voicemail", "").await;
    fill_and_review(&window, "4155550102").await;
    assert!(!window.page_text().await.contains("Calling for:"));
    window.click("Call now").await;
    window.heading("Result").await;
    let sent = objectives(&simulator).pop().unwrap();
    assert!(!sent.contains("on behalf of"), "{sent}");
    assert!(!sent.contains("voicemail"), "{sent}");
    window.close().await;

    // Kept for the next start.
    let window = AppWindow::open_with(&desktop, &env).await;
    window.click("Settings").await;
    let started = std::time::Instant::now();
    while window.value_in("Your name").await.is_empty()
        && started.elapsed() < Duration::from_secs(5)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(window.value_in("Your name").await, "Jana Novak");
    assert_eq!(window.value_in("Callback number").await, "+49 30 1234567");
    window.close().await;
}
