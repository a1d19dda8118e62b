//! No word is left out of the catalogues: the window, walked through in the
//! made-up language of test builds (every message `⟦Ƥĺàçé…~~⟧`), shows no
//! letter outside the brackets on any screen, besides the person's own
//! text, the service's words and names, which the page marks
//! `translate="no"`.

use std::time::Duration;

use agentphone_core::{messages, pseudo};
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const PSEUDO: &[(&str, &str)] = &[
    ("LANG", "en_XA.UTF-8"),
    ("LC_ALL", "en_XA.UTF-8"),
    ("LANGUAGE", "en_XA"),
    ("AGENTPHONE_PRACTICE_SECOND_MS", "20"),
];

fn said(id: &str) -> String {
    messages::text(pseudo::TAG, id, &[])
}

/// Every piece of text a person sees or hears read out on the screen now
/// (text, labels, hints, placeholders), one per line.
const SHOWN: &str = r#"
const skip = '[translate="no"], script, style, option, [hidden], [aria-hidden="true"]';
const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (el && !el.closest(skip) && shown(el) && node.data.trim()) out.push(node.data.trim());
}
for (const el of document.querySelectorAll('[placeholder], [aria-label], [title], [alt], [aria-description]')) {
  if (el.closest(skip)) continue;
  for (const name of ['placeholder', 'aria-label', 'title', 'alt', 'aria-description']) {
    const value = el.getAttribute(name);
    if (value && value.trim()) out.push(value.trim());
  }
}
for (const el of document.querySelectorAll('input[type="button"], input[type="submit"]')) out.push(el.value);
return out.join('\n');
"#;

/// What the screen shows outside the catalogues' brackets that holds a
/// letter.
async fn words_left(window: &AppWindow) -> Vec<String> {
    let shown = window.client().execute(SHOWN, vec![]).await.unwrap();
    outside_brackets(shown.as_str().unwrap_or_default())
}

fn outside_brackets(shown: &str) -> Vec<String> {
    let mut text = shown.to_owned();
    // Innermost first: a message may carry another as a fact.
    while let Some(end) = text.find('⟧') {
        let Some(start) = text[..end].rfind('⟦') else {
            text.replace_range(end..end + '⟧'.len_utf8(), " ");
            continue;
        };
        text.replace_range(start..end + '⟧'.len_utf8(), " ");
    }
    text.lines()
        .map(str::trim)
        .filter(|line| line.chars().any(char::is_alphabetic))
        .map(str::to_owned)
        .collect()
}

struct Walk<'a> {
    window: &'a AppWindow,
    found: Vec<String>,
}

impl Walk<'_> {
    async fn look(&mut self, screen: &str) {
        self.window
            .screenshot(&format!("every-word-{screen}"))
            .await;
        for left in words_left(self.window).await {
            self.found.push(format!("{screen}: {left:?}"));
        }
    }
}

#[test]
fn the_walk_tells_catalogue_words_from_the_rest() {
    assert_eq!(
        outside_brackets("⟦Ńéŵ ⟦x⟧ çàĺĺ~~⟧\n+1 415-555-0105\n⟦Ĥéĺĺó\n12:30 ⟧ PM\nSave"),
        vec!["PM".to_owned(), "Save".to_owned()]
    );
}

#[tokio::test]
async fn every_screen_speaks_only_from_the_catalogues() {
    let desktop = Desktop::start(DesktopOptions::default());
    let window = AppWindow::open_with(&desktop, PSEUDO).await;
    let mut walk = Walk {
        window: &window,
        found: Vec::new(),
    };
    window.button(&said("form-welcome-practice-button")).await;
    walk.look("welcome").await;
    window.click(&said("form-welcome-practice-button")).await;
    window.text(&said("form-practice-banner")).await;
    walk.look("form").await;

    // The form's checks, and a number Rust refuses.
    let phone = window.text_box(&said("form-phone-label")).await;
    phone.send_keys("911").await.unwrap();
    window
        .text_box(&said("form-objective-label"))
        .await
        .send_keys("Ask")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    walk.look("form-checks").await;

    phone.clear().await.unwrap();
    phone.send_keys("+14155550105").await.unwrap();
    window
        .text_box(&said("form-objective-label"))
        .await
        .send_keys(" whether the blue armchair is back in stock")
        .await
        .unwrap();
    window.text("+1 415-555-0105").await;
    window
        .client()
        .find(fantoccini::Locator::Id("business"))
        .await
        .unwrap()
        .send_keys("Corner Bakery")
        .await
        .unwrap();
    window.click(&said("form-save-template")).await;
    walk.look("form-filled").await;
    window.click(&said("form-place-call")).await;
    window.button(&said("form-call-now")).await;
    walk.look("confirmation").await;

    window.click(&said("form-call-now")).await;
    window.heading(&said("call-result")).await;
    window
        .text_box(&said("call-note"))
        .await
        .send_keys("Confirmation number GX-4471")
        .await
        .unwrap();
    window
        .role_with_text("status", &said("call-note-saved"))
        .await;
    window
        .text_box(&said("call-new-label"))
        .await
        .send_keys("booked")
        .await
        .unwrap();
    window.click(&said("call-add-label")).await;
    window
        .client()
        .execute(
            "document.querySelector('details.asked').open = true;",
            vec![],
        )
        .await
        .unwrap();
    walk.look("result").await;

    walk.look("history").await;
    window.click(&said("list-filter-button")).await;
    window
        .client()
        .execute(
            "const pick = document.querySelector('#filter-panel select');\
             pick.value = 'achieved'; pick.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    window
        .text(&messages::text(pseudo::TAG, "list-outcome-achieved", &[]))
        .await;
    walk.look("filters").await;
    window
        .client()
        .execute(
            "const pick = document.querySelector('#filter-panel select');\
             pick.value = ''; pick.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    window.click(&said("form-nav-shortcuts")).await;
    window.heading(&said("shortcuts-heading")).await;
    walk.look("shortcuts").await;
    window.click(&said("shortcuts-close")).await;
    window.click(&said("form-nav-settings")).await;
    window.heading(&said("list-settings-heading")).await;
    walk.look("settings").await;
    window.click(&said("list-key-save")).await;
    window
        .role_with_text(
            "alert",
            &messages::say(pseudo::TAG, "empty_key", &Default::default()).unwrap(),
        )
        .await;
    walk.look("settings-error").await;

    // A call for later: the picker, then the call as it waits.
    window.click(&said("form-nav-new-call")).await;
    let phone = window.text_box(&said("form-phone-label")).await;
    phone.send_keys("+14155550132").await.unwrap();
    window
        .text_box(&said("form-objective-label"))
        .await
        .send_keys("Ask whether they open on Sunday")
        .await
        .unwrap();
    window.text("+1 415-555-0132").await;
    window.click(&said("form-place-call")).await;
    window.click(&said("form-call-later")).await;
    window.button(&said("form-tomorrow-at-nine")).await;
    walk.look("call-later").await;
    window.click(&said("form-tomorrow-at-nine")).await;
    window.click(&said("form-schedule")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    walk.look("scheduled-note").await;
    window
        .client()
        .wait()
        .for_element(fantoccini::Locator::XPath(&format!(
            "//ul[@aria-label='{}']//button[contains(., '415-555-0132')]",
            said("list-calls-label")
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    window.button(&said("form-cancel-call")).await;
    walk.look("scheduled").await;

    let found = walk.found;
    window.close().await;
    assert!(
        found.is_empty(),
        "words outside the catalogues:\n{}",
        found.join("\n")
    );
}
