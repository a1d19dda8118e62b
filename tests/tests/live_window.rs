//! Live mode against a simulator the test runs (it outlives app restarts):
//! a refused key is never called saved, a key refused later and an empty
//! account each say what to do, nothing typed is lost, and a call still
//! running when the app closes is finished after it opens again.

use std::time::Duration;

use agentphone_e2e::flows::{fill_and_place, save_key};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};
use agentphone_simulator::{Simulator, SimulatorConfig};

const GOOD_KEY: &str = "sk_live_accepted_key_0042";
const SECOND_KEY: &str = "sk_live_accepted_key_0077";

#[tokio::test]
async fn refused_key_and_empty_account_say_what_to_do_and_keep_the_form() {
    let simulator = Simulator::start(SimulatorConfig {
        credits: 0,
        accepted_keys: Some(vec![GOOD_KEY.to_owned(), SECOND_KEY.to_owned()]),
        ..SimulatorConfig::with_second(Duration::from_millis(20))
    })
    .await
    .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_API_BASE", &base)]).await;

    // A key the service refuses is not kept, and the header never says Live
    // with a key.
    window.click("Settings").await;
    window
        .text_box("API key")
        .await
        .send_keys("sk_live_wrong_key_9999")
        .await
        .unwrap();
    window.click("Save key").await;
    window.role_with_text("alert", "refused your API key").await;
    window.text("No key is stored yet.").await;
    assert_eq!(
        window.value_in("API key").await,
        "sk_live_wrong_key_9999",
        "what was pasted stays to be corrected"
    );
    window.screenshot("settings-key-refused").await;
    assert!(!window.page_text().await.contains("Key works"));

    // A key that worked when saved and was revoked at agentphone.app since.
    window.text_box("API key").await.clear().await.unwrap();
    save_key(&window, GOOD_KEY).await;
    window.role_with_text("status", "Key works").await;
    simulator.update_faults(|faults| faults.revoked_keys.push(GOOD_KEY.to_owned()));
    fill_and_place(&window, "4155550105").await;
    window.role_with_text("alert", "refused your API key").await;
    window.role_with_text("alert", "Dashboard → API keys").await;
    window.button("Open Settings").await;
    window.button("Open the API keys page").await;
    window.screenshot("error-key-refused").await;

    save_key(&window, SECOND_KEY).await;
    window.click("New call").await;
    // Nothing typed was lost.
    let objective = window.value_in("What should the agent do?").await;
    assert!(objective.contains("blue armchair"), "{objective}");
    fill_and_place(&window, "4155550105").await;
    window.role_with_text("alert", "out of credits").await;
    window.button("Open agentphone.app").await;
    window.screenshot("error-out-of-credits").await;

    // The page itself cannot redirect the key: no command changes the address.
    let answer = window
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             const invoke = window.__TAURI_INTERNALS__.invoke;\
             invoke('set_preferences', { preferences: { apiBase: 'http://api.example.net/api/v1', \
               practiceMode: false, defaultCountry: null, notifyWhenDone: true } })\
               .then(() => 'changed', () => 'refused')\
               .then((outcome) => invoke('get_preferences').then((p) => done([outcome, p.apiBase])));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(answer, serde_json::json!(["refused", null]));
    window.close().await;
}

#[tokio::test]
async fn a_call_running_when_the_app_closes_is_finished_after_it_opens_again() {
    let simulator = Simulator::start(SimulatorConfig::with_second(Duration::from_millis(40)))
        .await
        .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let env = [("AGENTPHONE_API_BASE", base.as_str())];

    let window = AppWindow::open_with(&desktop, &env).await;
    save_key(&window, GOOD_KEY).await;
    // Not the real service: the header says where real calls go.
    let service = base
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap();
    window.text(&format!("Live · {service}")).await;
    fill_and_place(&window, "4155550105").await;
    window.heading("Progress").await;
    assert!(window
        .client()
        .find(fantoccini::Locator::XPath("//*[@id='result-heading']"))
        .await
        .is_err());
    window.screenshot("call-in-progress").await;
    window.close().await;

    let window = AppWindow::open_with(&desktop, &env).await;
    window
        .client()
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//ul[@aria-label='Calls']/li/button[1]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.heading("Result").await;
    window.text("Achieved").await;
    window.close().await;
    assert_eq!(
        simulator.stats().create_requests,
        1,
        "the call was placed once"
    );
}

#[tokio::test]
async fn a_lost_answer_says_it_is_checking_then_shows_the_call() {
    // A service whose list shows number and creation time: proof is there.
    let simulator = Simulator::start(SimulatorConfig {
        extra_call_fields: true,
        ..SimulatorConfig::with_second(Duration::from_millis(20))
    })
    .await
    .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_API_BASE", &base)]).await;
    save_key(&window, GOOD_KEY).await;
    simulator.update_faults(|faults| faults.drop_after_work = 1);
    fill_and_place(&window, "4155550105").await;
    window
        .role_with_text("status", "We could not confirm the call was placed")
        .await;
    window.screenshot("call-unconfirmed").await;
    window.heading("Result").await;
    window.text("Achieved").await;
    window.close().await;
    assert_eq!(simulator.stats().create_requests, 1, "never sent twice");
}
