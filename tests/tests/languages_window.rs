//! The app speaks the person's language: started on a German system, what
//! Rust reports (an error, by its code) is said in German; choosing Arabic
//! in Settings switches at once, right to left, without losing what was
//! typed; the choice is kept for the next start. Under a Chinese system
//! the window speaks Chinese, under an Arabic one it reads right to left,
//! and Rust's form check reaches a German system in German.

use agentphone_core::messages;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const GERMAN: [(&str, &str); 3] = [
    ("LANG", "de_DE.UTF-8"),
    ("LC_ALL", "de_DE.UTF-8"),
    ("LANGUAGE", "de_DE"),
];

/// A window message in `language`, from the catalogue the window reads.
fn said(language: &str, id: &str) -> String {
    messages::text(language, id, &[])
}

async fn page_language(window: &AppWindow) -> (String, String) {
    let answer = window
        .client()
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await
        .unwrap();
    (
        answer[0].as_str().unwrap_or_default().to_owned(),
        answer[1].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn a_german_system_hears_german_and_a_choice_in_settings_switches_at_once() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let window = AppWindow::open_with(&desktop, &GERMAN).await;
    // The window speaks German: its own words and Rust's.
    window.heading(&said("de", "form-new-call-heading")).await;
    window
        .text_box(&said("de", "form-objective-label"))
        .await
        .send_keys("Ask about parking")
        .await
        .unwrap();

    // An error Rust reports by its code, said from the German catalogue.
    window.click(&said("de", "form-nav-settings")).await;
    window.click(&said("de", "list-key-save")).await;
    let german = messages::say("de", "empty_key", &Default::default()).unwrap();
    assert_ne!(
        german,
        messages::say("en", "empty_key", &Default::default()).unwrap()
    );
    window.role_with_text("alert", &german).await;
    assert_eq!(page_language(&window).await, ("de".into(), "ltr".into()));

    // Arabic, chosen in Settings: right to left at once.
    window
        .client()
        .execute(
            "const pick = document.getElementById('language');\
             pick.value = 'ar';\
             pick.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    let started = std::time::Instant::now();
    while page_language(&window).await.0 != "ar" {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the window did not switch to Arabic"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(page_language(&window).await, ("ar".into(), "rtl".into()));
    window.click(&said("ar", "list-key-save")).await;
    let arabic = messages::say("ar", "empty_key", &Default::default()).unwrap();
    // Right-to-left facts are set apart by isolation marks; the words are the test.
    let words: String = arabic
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .take(20)
        .collect();
    window.role_with_text("alert", &words).await;
    window.screenshot("settings-arabic").await;
    window.click(&said("ar", "form-nav-new-call")).await;
    assert_eq!(
        window.value_in(&said("ar", "form-objective-label")).await,
        "Ask about parking",
        "switching the language keeps what was typed"
    );
    window.close().await;

    // The choice outlasts a restart, whatever the system says.
    let window = AppWindow::open_with(&desktop, &GERMAN).await;
    window.heading(&said("ar", "form-new-call-heading")).await;
    let started = std::time::Instant::now();
    while page_language(&window).await.0 != "ar" {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the chosen language was not kept"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    window.close().await;
}

#[tokio::test]
async fn a_german_system_hears_the_form_check_from_rust_in_german() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let window = AppWindow::open_with(&desktop, &GERMAN).await;
    window
        .text_box(&said("de", "form-phone-label"))
        .await
        .send_keys("112")
        .await
        .unwrap();
    // Rust refuses the number; the window says so in German.
    let refused = said("de", "check-phone-emergency");
    assert_ne!(refused, said("en", "check-phone-emergency"));
    window
        .text(&refused.chars().take(30).collect::<String>())
        .await;
    window.close().await;
}

#[tokio::test]
async fn a_chinese_system_hears_chinese_and_an_arabic_one_reads_right_to_left() {
    let desktop = Desktop::start(DesktopOptions::default());
    desktop.prefer_practice();
    let chinese = [
        ("LANG", "zh_CN.UTF-8"),
        ("LC_ALL", "zh_CN.UTF-8"),
        ("LANGUAGE", "zh_CN"),
    ];
    let window = AppWindow::open_with(&desktop, &chinese).await;
    window
        .heading(&said("zh-CN", "form-new-call-heading"))
        .await;
    assert_eq!(page_language(&window).await, ("zh-CN".into(), "ltr".into()));
    window.close().await;

    let arabic = [
        ("LANG", "ar_EG.UTF-8"),
        ("LC_ALL", "ar_EG.UTF-8"),
        ("LANGUAGE", "ar_EG"),
    ];
    let window = AppWindow::open_with(&desktop, &arabic).await;
    window.heading(&said("ar", "form-new-call-heading")).await;
    assert_eq!(page_language(&window).await, ("ar".into(), "rtl".into()));
    window.screenshot("form-arabic").await;
    window.close().await;
}
