//! With a dark desktop theme the window turns dark too, and stays legible.

use agentphone_e2e::flows::try_practice;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

#[tokio::test]
async fn dark_theme_is_followed_and_passes_the_accessibility_checks() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, &[("GTK_THEME", "Adwaita:dark")]).await;
    let dark = window
        .client()
        .execute(
            "return matchMedia('(prefers-color-scheme: dark)').matches",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        dark,
        serde_json::Value::Bool(true),
        "the window did not follow the dark theme"
    );
    window.heading("Welcome to AgentPhone").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "welcome, dark"
    );
    try_practice(&window).await;
    window.heading("New call").await;
    window.screenshot("new-call-form-dark").await;
    assert_eq!(
        window.accessibility_problems().await,
        Vec::<String>::new(),
        "new call, dark"
    );
    window.close().await;
}
