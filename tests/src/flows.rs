//! Steps several window tests take: saving a key, placing a call.

use crate::AppWindow;

/// Turns Practice mode on from the welcome screen and waits for its banner.
pub async fn try_practice(window: &AppWindow) {
    window.click("Try Practice mode").await;
    window.text("Practice — no real calls are made").await;
}

/// Saves `key` in Settings and waits for its masked form.
pub async fn save_key(window: &AppWindow, key: &str) {
    // From Settings itself, or from any other screen.
    let field = match window
        .client()
        .find(fantoccini::Locator::Id("api-key"))
        .await
    {
        Ok(field) => field,
        Err(_) => {
            window.click("Settings").await;
            window
                .client()
                .wait()
                .for_element(fantoccini::Locator::Id("api-key"))
                .await
                .expect("the key box in Settings")
        }
    };
    field.send_keys(key).await.unwrap();
    let save = window
        .client()
        .find(fantoccini::Locator::XPath("//form//button[@type='submit']"))
        .await
        .unwrap();
    save.click().await.unwrap();
    window
        .text(&format!("••••••{}", &key[key.len() - 4..]))
        .await;
}

/// Fills the new-call form (keeping an objective already typed) and opens
/// the confirmation.
pub async fn fill_and_review(window: &AppWindow, number: &str) {
    window.click("New call").await;
    let phone = window.text_box("Phone number").await;
    phone.clear().await.unwrap();
    phone.send_keys(number).await.unwrap();
    if window
        .value_in("What should the agent do?")
        .await
        .is_empty()
    {
        window
            .text_box("What should the agent do?")
            .await
            .send_keys("Ask whether the blue armchair is back in stock; if so, reserve it for Kim")
            .await
            .unwrap();
    }
    window.text("Will dial").await;
    window.click("Place call…").await;
}

/// Fills the new-call form, then confirms and places the call.
pub async fn fill_and_place(window: &AppWindow, number: &str) {
    fill_and_review(window, number).await;
    window.click("Call now").await;
}
