//! The office desk, in the real window against a service the test runs:
//! who the calls are for (Settings → You) is shown on the confirmation and
//! told to the agent word for word, with the voicemail message; one call
//! can leave it out; it is kept for the next start. Each keyboard shortcut,
//! pressed as keys, does what its list says, and none places a call.
//! "Try again later…" schedules the same call, linked to the one that did
//! not get done; the history's filters sit behind one control, with chips.
//! Email… hands the mail program a message ready to send (the opener is
//! a stand-in that writes down what it got), and Print… prints the call.
//! A `tel:` link opened with the app fills the running form's number and
//! never places a call; a hostile one fills in nothing. A business kept
//! from a call is offered while typing, tells the agent its language, is
//! found by a search for its note, lists its calls on its page, and once
//! forgotten leaves its calls in history.

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

/// The element the keyboard is in.
async fn focused(window: &AppWindow) -> String {
    window
        .client()
        .execute("return document.activeElement.id;", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn calls_listed(window: &AppWindow) -> usize {
    window
        .client()
        .find_all(Locator::XPath("//aside//ul[@aria-label='Calls']/li"))
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn each_shortcut_does_what_its_list_says_and_none_places_a_call() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_PRACTICE_SECOND_MS", "20")]).await;
    agentphone_e2e::flows::try_practice(&window).await;
    for number in ["4155550111", "4155550112"] {
        agentphone_e2e::flows::fill_and_place(&window, number).await;
        window.heading("Result").await;
    }
    let main = desktop.visible_window("AgentPhone");
    let press = |keys: &str| desktop.press_key_in(&main, keys);

    // F1: the list, which Escape closes.
    press("F1");
    window.heading("Keyboard shortcuts").await;
    window.screenshot("shortcuts").await;
    press("Escape");
    window.heading("Result").await;
    assert!(!window.page_text().await.contains("Keyboard shortcuts"));

    // Ctrl+N: the form, with the cursor in the number.
    press("ctrl+n");
    window.heading("New call").await;
    assert_eq!(focused(&window).await, "phone");
    window
        .text_box("Phone number")
        .await
        .send_keys("4155550113")
        .await
        .unwrap();
    window
        .text_box("What should the agent do?")
        .await
        .send_keys("Ask about Sunday opening hours")
        .await
        .unwrap();
    window.text("Will dial").await;

    // Ctrl+Enter: the confirmation, never the call; Escape: back to the form.
    press("ctrl+Return");
    window.button("Call now").await;
    press("Escape");
    window.button("Place call…").await;
    assert_eq!(calls_listed(&window).await, 2, "no call was placed");
    assert_eq!(
        window.value_in("What should the agent do?").await,
        "Ask about Sunday opening hours"
    );

    // Ctrl+F: the history's search.
    press("ctrl+f");
    assert_eq!(focused(&window).await, "history-search");

    // Alt+↓ / Alt+↑: through the calls as listed (newest first).
    let call_title = "//h2[@id='call-heading']";
    press("alt+Down");
    window
        .wait_until_text(call_title, |title| title.starts_with("+1 415-555-0112"))
        .await;
    press("alt+Down");
    window
        .wait_until_text(call_title, |title| title.starts_with("+1 415-555-0111"))
        .await;
    press("alt+Up");
    window
        .wait_until_text(call_title, |title| title.starts_with("+1 415-555-0112"))
        .await;

    // Ctrl+,: Settings; Escape: back to New call.
    press("ctrl+comma");
    window.heading("Settings").await;
    press("Escape");
    window.heading("New call").await;
    assert_eq!(calls_listed(&window).await, 2, "no shortcut placed a call");
    window.close().await;
}

#[tokio::test]
async fn try_again_later_schedules_the_same_call_linked_to_the_one_that_did_not_get_done() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_PRACTICE_SECOND_MS", "20")]).await;
    agentphone_e2e::flows::try_practice(&window).await;
    // A number ending in 03: the practice service does not get it done.
    agentphone_e2e::flows::fill_and_place(&window, "4155550103").await;
    window.heading("Result").await;
    window.text("Not achieved").await;

    // The same details, straight to the confirmation with Call later open.
    window.click("Try again later…").await;
    window.heading("Check before calling").await;
    window.text("+1 415-555-0103").await;
    window.click("In 1 hour").await;
    window.click("Schedule").await;
    window.button("Cancel the call").await;
    window.screenshot("try-again-later").await;
    let started = std::time::Instant::now();
    while calls_listed(&window).await < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the new call is listed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Filters sit behind one control; the one in use shows as a chip that removes it.
    window.click("Filter").await;
    window
        .client()
        .find(Locator::Css("select[aria-label='Filter by outcome']"))
        .await
        .unwrap()
        .select_by_value("not_achieved")
        .await
        .unwrap();
    window.click("Filter (1)").await;
    window.button("Remove the filter Not achieved").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(calls_listed(&window).await, 1, "only the call not achieved");
    window.screenshot("filter-chip").await;
    window.click("Remove the filter Not achieved").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(calls_listed(&window).await, 2);
    assert!(window.page_text().await.contains("Filter"));

    // The call that did not get done lists the new one, as a follow-up.
    window
        .client()
        .find(Locator::XPath("//ul[@aria-label='Calls']/li[2]/button[1]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.heading("Follow-ups").await;
    window.close().await;
}

#[tokio::test]
async fn email_opens_a_message_ready_and_print_prints_the_call() {
    let desktop = Desktop::start(DesktopOptions::default());
    // The mail program the system would open: here it writes down what it was given.
    let opener = desktop.home().join("opener");
    std::fs::create_dir_all(&opener).unwrap();
    let opened = desktop.home().join("opened.txt");
    let script = opener.join("xdg-open");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '{}'\n",
            opened.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        opener.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let window = AppWindow::open_with(
        &desktop,
        &[("AGENTPHONE_PRACTICE_SECOND_MS", "20"), ("PATH", &path)],
    )
    .await;
    agentphone_e2e::flows::try_practice(&window).await;
    agentphone_e2e::flows::fill_and_place(&window, "4155550105").await;
    window.heading("Result").await;
    window
        .text_box("Note")
        .await
        .send_keys("Table 12, ask for Marco")
        .await
        .unwrap();
    window.role_with_text("status", "Note saved.").await;

    let links = || -> Vec<String> {
        std::fs::read_to_string(&opened)
            .unwrap_or_default()
            .lines()
            .map(|link| {
                percent_encoding::percent_decode_str(link)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect()
    };
    window.click("Email…").await;
    let link = agentphone_e2e::desktop::wait_for("the mail program to be opened", || links().pop());
    assert!(
        link.starts_with("mailto:?subject=+1 415-555-0105: Achieved&body="),
        "{link}"
    );
    assert!(link.contains("Outcome: Achieved"), "{link}");
    assert!(link.contains("Note:\r\nTable 12, ask for Marco"), "{link}");
    assert!(!link.contains("Transcript:"), "{link}");
    window
        .client()
        .find(Locator::XPath(
            "//label[contains(., 'with the transcript')]/input",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.click("Email…").await;
    let with_transcript = agentphone_e2e::desktop::wait_for("a second message", || {
        let all = links();
        (all.len() == 2).then(|| all[1].clone())
    });
    assert!(
        with_transcript.contains("Transcript:\r\n"),
        "{with_transcript}"
    );

    // Print… hands the call to the system's printing (recorded here, not printed).
    window
        .client()
        .execute(
            "window.printed = 0; window.print = () => { window.printed += 1; };",
            vec![],
        )
        .await
        .unwrap();
    window.click("Print…").await;
    let printed = window
        .client()
        .execute("return window.printed;", vec![])
        .await
        .unwrap();
    assert_eq!(printed, 1);
    window.close().await;
}

/// Starts the app again with `link`, as a click on a link does; the second
/// launch hands the link to the open window and ends by itself.
fn open_with_the_app(desktop: &Desktop, link: &str) {
    let mut second = desktop
        .command(agentphone_e2e::window::app_binary())
        .arg(link)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = second.try_wait().unwrap() {
            assert!(status.success(), "the second launch ended with {status}");
            return;
        }
        if started.elapsed() > Duration::from_secs(20) {
            agentphone_e2e::process::stop(&mut second);
            panic!("the second launch did not hand the link over and end");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test]
async fn a_tel_link_fills_the_running_form_and_never_places_a_call() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let window = AppWindow::open(&desktop).await;
    window
        .text_box("What should the agent do?")
        .await
        .send_keys("Ask whether they deliver on Sundays")
        .await
        .unwrap();
    window.click("Settings").await;

    open_with_the_app(&desktop, "tel:+49-30-1234567;ext=12");
    window
        .text("The number from the link you opened is filled in.")
        .await;
    assert_eq!(window.value_in("Phone number").await, "+49-30-1234567");
    assert_eq!(
        window.value_in("What should the agent do?").await,
        "Ask whether they deliver on Sundays",
        "what was typed stays"
    );
    window.text("Will dial").await;
    window.text("+49 30 1234567").await;
    window.screenshot("tel-link").await;

    // A hostile link fills in nothing; an emergency number gets the form's usual refusal.
    open_with_the_app(&desktop, "tel:<script>alert(1)</script>");
    window.text("does not hold a phone number").await;
    assert_eq!(window.value_in("Phone number").await, "+49-30-1234567");
    open_with_the_app(&desktop, "tel:112");
    window.text("cannot call emergency").await;

    // Nothing was placed.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(calls_listed(&window).await, 0);
    window.close().await;
}

/// What a select (by id) holds now.
async fn chosen(window: &AppWindow, id: &str) -> String {
    window
        .client()
        .find(Locator::Id(id))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn choose(window: &AppWindow, id: &str, value: &str) {
    window
        .client()
        .find(Locator::Id(id))
        .await
        .unwrap()
        .select_by_value(value)
        .await
        .unwrap();
}

/// Clicks a kept business where the window offers it (under the form's
/// box, or above the history's calls).
async fn click_kept(window: &AppWindow, name: &str) {
    window
        .client()
        .wait()
        .for_element(Locator::XPath(&format!(
            "//ul[@aria-label='Kept businesses']//button[contains(., '{name}')]"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_kept_business_is_offered_while_typing_and_its_page_lists_its_calls() {
    let simulator = Simulator::start(SimulatorConfig::with_second(Duration::from_millis(20)))
        .await
        .unwrap();
    let desktop = Desktop::start(DesktopOptions::default());
    let base = simulator.base_url();
    let window = AppWindow::open_with(&desktop, &[("AGENTPHONE_API_BASE", base.as_str())]).await;
    save_key(&window, KEY).await;

    // A call to a business, then "Keep this business…" from it.
    window.click("New call").await;
    type_into(&window, "business", "Linde Bakery").await;
    fill_and_review(&window, "4155550105").await;
    window.click("Call now").await;
    window.heading("Result").await;
    window.click("Keep this business…").await;
    window.heading("Keep this business").await;
    assert_eq!(window.value_in("Name").await, "Linde Bakery");
    assert_eq!(window.value_in("Phone number").await, "+1 415-555-0105");
    choose(&window, "business-speaks", "de").await;
    type_into(&window, "business-note", "Ask for Frau Berg").await;
    window.click("Keep business").await;
    window.heading("Linde Bakery").await;
    window.text("German").await;
    window.screenshot("business-page").await;
    let page_calls = "//section[@aria-labelledby='business-heading']//ul[@aria-label='Calls']/li";
    assert_eq!(
        window
            .client()
            .find_all(Locator::XPath(page_calls))
            .await
            .unwrap()
            .len(),
        1
    );

    // Typing part of its name offers it; picking fills number and language.
    window.click("New call").await;
    type_into(&window, "phone", "").await;
    type_into(&window, "business", "Lind").await;
    click_kept(&window, "Linde Bakery").await;
    assert_eq!(window.value_in("Phone number").await, "+1 415-555-0105");
    assert_eq!(chosen(&window, "business").await, "Linde Bakery");
    assert_eq!(chosen(&window, "speaks").await, "de");
    type_into(
        &window,
        "objective",
        "Ask whether they bake rye bread on Sundays",
    )
    .await;
    window.text("Will dial").await;
    window.click("Place call…").await;
    window
        .text("They speak German: speak German with them.")
        .await;
    window.click("Call now").await;
    window.heading("Result").await;
    let sent = objectives(&simulator).pop().unwrap();
    assert!(
        sent.contains("They speak German: speak German with them."),
        "{sent}"
    );

    // A search for its note finds the business and both its calls.
    type_into(&window, "history-search", "Berg").await;
    click_kept(&window, "Linde Bakery").await;
    window.heading("Linde Bakery").await;
    let started = std::time::Instant::now();
    while window
        .client()
        .find_all(Locator::XPath(page_calls))
        .await
        .unwrap()
        .len()
        < 2
    {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "both calls on its page"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        calls_listed(&window).await,
        2,
        "the search finds both calls"
    );

    // "Follow up…" on its newest call: the form follows it up, in German.
    window
        .client()
        .find(Locator::XPath(&format!(
            "({page_calls})[1]//button[normalize-space(.)='Follow up…']"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.text("Following up").await;
    assert_eq!(window.value_in("Phone number").await, "+14155550105");
    let started = std::time::Instant::now();
    while chosen(&window, "speaks").await != "de" {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "its language comes along"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Forgotten, it is no longer offered, and its calls stay.
    window
        .client()
        .find(Locator::XPath(
            "//ul[@aria-label='Kept businesses']//button",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.click("Forget this business…").await;
    window.click("Forget").await;
    window.heading("Business not kept").await;
    type_into(&window, "history-search", "").await;
    type_into(&window, "history-search", "Linde").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(calls_listed(&window).await, 2, "its calls stay");
    assert!(window
        .client()
        .find_all(Locator::XPath("//ul[@aria-label='Kept businesses']"))
        .await
        .unwrap()
        .is_empty());
    window.close().await;
}
