//! The window never slides away: with a long history, at a small laptop's
//! size, a larger one's and a large screen's, on every screen the page
//! itself has nothing to scroll (only its panes do), the header stays in
//! view, what matters first (Place call…, a call's outcome) shows without
//! scrolling, no text is cut off or reaches past its pane, and axe finds
//! nothing wrong; in English and in German, whose words are long. Each
//! screen at each size is kept as a screenshot.

use agentphone_core::history::{History, NewRecord};
use agentphone_core::messages;
use agentphone_e2e::{AppWindow, Desktop, DesktopOptions};

const GERMAN: &[(&str, &str)] = &[
    ("LANG", "de_DE.UTF-8"),
    ("LC_ALL", "de_DE.UTF-8"),
    ("LANGUAGE", "de_DE"),
];

/// Text cut off in its own box, and boxes that reach past the pane they
/// are in (the header, the history's pane, the main pane) or make a pane
/// scroll sideways; each as `what: text`.
const CUT_OFF: &str = r#"
    const found = [];
    const name = (el) => `${el.tagName.toLowerCase()} "${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60)}"`;
    for (const pane of document.querySelectorAll('header, aside, main')) {
        const sideways = getComputedStyle(pane).overflowX !== 'hidden';
        if (sideways && pane.scrollWidth > pane.clientWidth + 1) found.push(`${pane.tagName.toLowerCase()} scrolls sideways by ${pane.scrollWidth - pane.clientWidth} px`);
    }
    for (const el of document.querySelectorAll('body *')) {
        if (el.closest('.visually-hidden, [aria-hidden="true"], svg') || el.getClientRects().length === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
        if (ownText && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) found.push(`cut off: ${name(el)}`);
        if (!ownText && !['SELECT', 'INPUT', 'TEXTAREA', 'BUTTON'].includes(el.tagName)) continue;
        const pane = el.parentElement.closest('header, aside, main');
        if (!pane) continue;
        const box = el.getBoundingClientRect();
        const left = pane.getBoundingClientRect().left + pane.clientLeft;
        if (box.right > left + pane.clientWidth + 1 || box.left < left - 1) found.push(`past its pane: ${name(el)}`);
    }
    return found;
"#;

/// How far the page reaches past the window, across and down, after each
/// pane was scrolled to its end.
const OVERFLOW: &str = r#"
    for (const pane of document.querySelectorAll('aside, main')) {
        pane.scrollTop = pane.scrollHeight;
    }
    const page = document.documentElement;
    const header = document.querySelector('header').getBoundingClientRect();
    return [
        page.scrollWidth - page.clientWidth,
        page.scrollHeight - page.clientHeight,
        Math.round(header.top),
    ];
"#;

#[tokio::test]
async fn the_page_never_scrolls_only_its_panes_do() {
    lay_out("en", &[]).await;
}

#[tokio::test]
async fn german_words_fit() {
    lay_out("de", GERMAN).await;
}

async fn lay_out(language: &str, env: &[(&str, &str)]) {
    let said = |id: &str| messages::text(language, id, &[]);
    let desktop = Desktop::start(DesktopOptions::default());
    let history = History::open(&desktop.app_data().join("history.sqlite3"))
        .unwrap()
        .history;
    for n in 0..60 {
        history
            .add(&NewRecord {
                simulated: true,
                phone: format!("+1415555{:04}", 100 + n),
                business: Some(format!("Business number {n} with a rather long name")),
                website: None,
                objective: "Ask about the opening hours".into(),
                created_at_ms: 1_700_000_000_000 + n * 60_000,
                scheduled_at_ms: None,
                follows: None,
            })
            .unwrap();
    }
    // The newest call ended with a long talk: its screen is far taller than
    // the window.
    let transcript: Vec<String> = (0..80)
        .map(|n| {
            format!(
                "{}: Line {n} of a long talk",
                if n % 2 == 0 { "Agent" } else { "Host" }
            )
        })
        .collect();
    let ended: agentphone_core::Call = serde_json::from_value(serde_json::json!({
        "call_id": "cl_long",
        "status": "completed",
        "outcome": "achieved",
        "summary": "They open at nine.",
        "transcript": transcript.join("\n"),
    }))
    .unwrap();
    history.confirm(60, "cl_long", None).unwrap();
    history.apply(60, &ended, 1_700_004_000_000).unwrap();
    drop(history);
    desktop.prefer_practice();
    let window = AppWindow::open_with(&desktop, env).await;
    window
        .text("Business number 59 with a rather long name")
        .await;
    let main = desktop.visible_window("AgentPhone");
    for (width, height) in [(1024, 700), (1120, 760), (1920, 1080)] {
        desktop.resize_window(&main, width, height);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let size = format!("{width}x{height}");
        for screen in ["new-call", "confirmation", "settings", "call"] {
            match screen {
                "new-call" => {
                    window.click(&said("form-nav-new-call")).await;
                    window.heading(&said("form-new-call-heading")).await;
                    let place =
                        format!("//button[normalize-space(.)='{}']", said("form-place-call"));
                    assert_in_view(&window, &place, &size).await;
                }
                "confirmation" => {
                    if window.value_in(&said("form-phone-label")).await.is_empty() {
                        window
                            .text_box(&said("form-phone-label"))
                            .await
                            .send_keys("415 555 0132")
                            .await
                            .unwrap();
                        window
                            .text_box(&said("form-objective-label"))
                            .await
                            .send_keys("Ask whether they open on Sunday")
                            .await
                            .unwrap();
                    }
                    window.click(&said("form-place-call")).await;
                    let call_now =
                        format!("//button[normalize-space(.)='{}']", said("form-call-now"));
                    assert_in_view(&window, &call_now, &size).await;
                }
                "settings" => {
                    window.click(&said("form-nav-settings")).await;
                    window.heading(&said("list-settings-heading")).await;
                }
                _ => {
                    // The newest call, first in the list (its long name cut to one line).
                    window
                        .client()
                        .find(fantoccini::Locator::XPath(&format!(
                            "//ul[@aria-label='{}']/li[1]/button[1]",
                            said("list-calls-label")
                        )))
                        .await
                        .unwrap()
                        .click()
                        .await
                        .unwrap();
                    window.text("Line 79 of a long talk").await;
                    // What matters first: the outcome is in view without scrolling.
                    assert_in_view(&window, "//p[contains(@class,'outcome')]", &size).await;
                }
            }
            window
                .screenshot(&format!("{screen}-{size}-{language}"))
                .await;
            let cut_off: Vec<String> =
                serde_json::from_value(window.client().execute(CUT_OFF, vec![]).await.unwrap())
                    .unwrap();
            assert!(
                cut_off.is_empty(),
                "{screen} at {size} in {language}: {cut_off:#?}"
            );
            let problems = window.accessibility_problems().await;
            assert!(problems.is_empty(), "{screen} at {size}: {problems:#?}");
            let measured = window.client().execute(OVERFLOW, vec![]).await.unwrap();
            let [across, down, header_top] = [0, 1, 2].map(|i| measured[i].as_i64().unwrap());
            assert!(
                across <= 0 && down <= 0,
                "{screen} at {size}: the page reaches {across} px across and {down} px down past the window"
            );
            assert_eq!(header_top, 0, "{screen} at {size}: the header moved");
            if screen == "confirmation" {
                window.click(&said("form-change-details")).await;
            }
        }
    }
    window.close().await;
}

/// The element `xpath` finds lies wholly inside the window, as it opened.
async fn assert_in_view(window: &AppWindow, xpath: &str, size: &str) {
    let element = window
        .client()
        .wait()
        .for_element(fantoccini::Locator::XPath(xpath))
        .await
        .unwrap();
    let bottom = window
        .client()
        .execute(
            "return Math.round(arguments[0].getBoundingClientRect().bottom - window.innerHeight);",
            vec![serde_json::to_value(&element).unwrap()],
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    if bottom > 0 {
        window.screenshot(&format!("not-in-view-{size}")).await;
    }
    assert!(
        bottom <= 0,
        "at {size}, {xpath} ends {bottom} px below the window"
    );
}
