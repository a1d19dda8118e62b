//! After the call, in the real window: a note and a label on a call find it
//! again after a restart (search, label filter), the date filter narrows
//! the list and Export offers what is shown, "Follow up…" carries what was
//! learned and links the two calls, and "Call again…" places one call.

use std::time::Duration;

use agentphone_e2e::flows::{fill_and_place, try_practice};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};
use fantoccini::Locator;

const FAST: &[(&str, &str)] = &[("AGENTPHONE_PRACTICE_SECOND_MS", "20")];
const CALLS: &str = "//ul[@aria-label='Calls']";

/// Chooses `value` in the list box named `label`, as a person's choice does
/// (the value changes, then a `change` event).
async fn select(window: &AppWindow, label: &str, value: &str) {
    window
        .client()
        .execute(
            "const [label, value] = arguments;\
             const field = document.querySelector(`select[aria-label='${label}']`);\
             field.value = value; field.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![label.into(), value.into()],
        )
        .await
        .unwrap();
}

async fn listed(window: &AppWindow) -> usize {
    // The list follows the filters after a short pause.
    tokio::time::sleep(Duration::from_millis(600)).await;
    window
        .client()
        .find_all(Locator::XPath(&format!("{CALLS}/li")))
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn notes_labels_filters_export_follow_up_and_call_again() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, FAST).await;
    try_practice(&window).await;
    fill_and_place(&window, "4155550105").await;
    window.heading("Result").await;

    // A note, saved as it is typed, and a label.
    window
        .text_box("Note")
        .await
        .send_keys("Confirmation number GX-4471")
        .await
        .unwrap();
    window.role_with_text("status", "Note saved.").await;
    window
        .text_box("New label")
        .await
        .send_keys("booked")
        .await
        .unwrap();
    window.click("Add label").await;
    window
        .wait_until_text("//ul[@aria-label='Labels']", |chips| {
            chips.contains("booked")
        })
        .await;

    // Follow up: the earlier call is shown; what to do now is asked for,
    // and nothing can be placed until it is said; the calls are linked.
    window.click("Follow up…").await;
    window.text("Following up your call to").await;
    assert_eq!(window.value_in("What should the agent do now?").await, "");
    window.click("Place call…").await;
    assert!(!window.page_text().await.contains("Check before calling"));
    window
        .text_box("What should the agent do now?")
        .await
        .send_keys("Ask whether they also deliver on Sundays")
        .await
        .unwrap();
    window.click("Place call…").await;
    window.text("It follows up your call to").await;
    let confirmation = window.page_text().await;
    assert!(confirmation.contains("Their answer:"), "{confirmation}");
    assert!(
        confirmation.contains("Now: Ask whether they also deliver on Sundays"),
        "{confirmation}"
    );
    window.click("Call now").await;
    window.heading("Result").await;
    window.text("Follows up").await;
    window.click("an earlier call").await;
    window.heading("Follow-ups").await;
    window.close().await;

    // After a restart the note and the label still find the first call.
    let window = AppWindow::open_with(&desktop, FAST).await;
    window
        .wait_until_text(CALLS, |list| list.matches("Achieved").count() == 2)
        .await;
    window
        .wait_until_text("//p[@aria-label='This month']", |overview| {
            overview.contains("This month: 2 calls") && overview.contains("2 of 2 achieved")
        })
        .await;
    window
        .text_box("Search calls")
        .await
        .send_keys("GX-4471")
        .await
        .unwrap();
    assert_eq!(listed(&window).await, 1, "the note is searched");
    // Emptied as a person does it, by deleting what was typed.
    let search = window.text_box("Search calls").await;
    for _ in 0.."GX-4471".len() {
        search.send_keys("\u{E003}").await.unwrap();
    }
    assert_eq!(listed(&window).await, 2, "no search: every call");
    select(&window, "Filter by label", "booked").await;
    assert_eq!(listed(&window).await, 1, "the label filter");
    window.button("Export 1 call…").await;
    select(&window, "Filter by label", "").await;
    assert_eq!(listed(&window).await, 2, "every label again");

    select(&window, "Filter by date", "today").await;
    assert_eq!(listed(&window).await, 2);
    select(&window, "Filter by date", "range").await;
    for (field, day) in [("From", "2020-01-01"), ("To", "2020-01-31")] {
        window
            .client()
            .execute(
                "const [label, day] = arguments;\
                 const field = [...document.querySelectorAll('label')]\
                   .find((l) => l.textContent.trim().startsWith(label)).querySelector('input');\
                 field.value = day; field.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![field.into(), day.into()],
            )
            .await
            .unwrap();
    }
    window.text("No calls match.").await;
    select(&window, "Filter by date", "any").await;
    assert_eq!(listed(&window).await, 2);

    // Call again: the form is filled, and one call is placed after confirming.
    window
        .client()
        .find(Locator::XPath(&format!("{CALLS}/li[last()]/button[1]")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.click("Call again…").await;
    assert_eq!(window.value_in("Phone number").await, "+14155550105");
    window.click("Place call…").await;
    window.click("Call now").await;
    window.heading("Result").await;
    window
        .wait_until_text(CALLS, |list| list.matches("Achieved").count() == 3)
        .await;
    window.close().await;
}
