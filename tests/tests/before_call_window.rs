//! Before the call, in the real window: the country picker speaks the
//! system's language and lists every country with its calling code, and
//! saved objectives survive a restart (they live with the app's data, not
//! in the window's storage).

use agentphone_e2e::flows::try_practice;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const GERMAN: &[(&str, &str)] = &[
    ("LC_ALL", "de_DE.UTF-8"),
    ("LANG", "de_DE.UTF-8"),
    ("AGENTPHONE_PRACTICE_SECOND_MS", "20"),
];

const TEMPLATES: &str = "//ul[@aria-label='Your templates']";

#[tokio::test]
async fn the_picker_speaks_the_system_language_and_templates_survive_a_restart() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, GERMAN).await;
    try_practice(&window).await;
    window.heading("New call").await;
    // The list arrives from Rust with the start-up state.
    window.text("Vereinigte Staaten +1").await;
    let picker = window
        .client()
        .execute(
            "const s = document.getElementById('country');\
             const us = [...s.options].find((o) => o.value === 'US');\
             return [s.value, s.selectedOptions[0].textContent.trim(), s.options.length, us.textContent.trim()];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        picker[0], "DE",
        "the default follows the language: {picker}"
    );
    assert_eq!(picker[1], "Deutschland +49", "{picker}");
    assert!(picker[2].as_u64().unwrap() > 200, "every country: {picker}");
    assert_eq!(picker[3], "Vereinigte Staaten +1", "{picker}");

    let objective = "Ask whether the bakery takes orders for Sunday";
    window
        .text_box("What should the agent do?")
        .await
        .send_keys(objective)
        .await
        .unwrap();
    window.click("Save as template").await;
    window
        .wait_until_text(TEMPLATES, |listed| listed.contains(objective))
        .await;
    window.close().await;

    let window = AppWindow::open_with(&desktop, GERMAN).await;
    window.heading("New call").await;
    window
        .wait_until_text(TEMPLATES, |listed| listed.contains(objective))
        .await;
    window.close().await;
}
