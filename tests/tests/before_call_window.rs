//! Before the call, in the real window: on a German system the window and
//! the country picker speak German, the picker lists every country with its
//! calling code, and saved objectives survive a restart (they live with the
//! app's data, not in the window's storage).

use agentphone_core::messages;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const GERMAN: &[(&str, &str)] = &[
    ("LC_ALL", "de_DE.UTF-8"),
    ("LANG", "de_DE.UTF-8"),
    ("AGENTPHONE_PRACTICE_SECOND_MS", "20"),
];

/// A window message in German, from the catalogue the window reads.
fn german(id: &str) -> String {
    messages::text("de", id, &[])
}

fn templates() -> String {
    format!("//ul[@aria-label='{}']", german("form-templates-label"))
}

#[tokio::test]
async fn the_picker_speaks_the_system_language_and_templates_survive_a_restart() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, GERMAN).await;
    window.click(&german("form-welcome-practice-button")).await;
    window.heading(&german("form-new-call-heading")).await;
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
        .text_box(&german("form-objective-label"))
        .await
        .send_keys(objective)
        .await
        .unwrap();
    window.click(&german("form-save-template")).await;
    window
        .wait_until_text(&templates(), |listed| listed.contains(objective))
        .await;
    window.close().await;

    let window = AppWindow::open_with(&desktop, GERMAN).await;
    window.heading(&german("form-new-call-heading")).await;
    window
        .wait_until_text(&templates(), |listed| listed.contains(objective))
        .await;
    window.close().await;
}
