//! The real AgentPhone window, driven through tauri-driver and WebKit's
//! WebDriver. Elements are found the way a screen reader names them: by
//! role (button, text box, heading, alert, status) and accessible name.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Child;
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::{process, target_dir, workspace_root, Desktop};

const WAIT: Duration = Duration::from_secs(15);

/// The built app under test: `AGENTPHONE_APP` or the debug binary.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("AGENTPHONE_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/agentphone"));
    assert!(
        path.exists(),
        "the app is not built at {} (scripts/test builds it first)",
        path.display()
    );
    path
}

pub struct AppWindow {
    driver: Child,
    display: Option<String>,
    client: Option<Client>,
}

impl AppWindow {
    /// Starts the app inside `desktop` and waits for its first screen.
    pub async fn open(desktop: &Desktop) -> Self {
        Self::open_with(desktop, &[]).await
    }

    /// Like [`open`](Self::open), with extra environment for the app.
    ///
    /// The driver's ports are picked free, then bound by it a moment later;
    /// another program (the app's own practice service, say) can take one
    /// meanwhile. A driver that never answers is stopped and started again
    /// on other ports, up to three times.
    pub async fn open_with(desktop: &Desktop, env: &[(&str, &str)]) -> Self {
        let mut last_error = String::new();
        for _ in 0..3 {
            match Self::try_open(desktop, env).await {
                Ok(window) => {
                    window.heading("AgentPhone").await;
                    return window;
                }
                Err(error) => last_error = error,
            }
        }
        panic!("no WebDriver session with the app: {last_error}")
    }

    /// Starts the driver (and through it the app) and opens a session, or
    /// says why not within [`WAIT`]; the driver stops when the window drops.
    async fn try_open(desktop: &Desktop, env: &[(&str, &str)]) -> Result<Self, String> {
        let port = free_port();
        let log = |name: &str| std::fs::File::create(desktop.logs().join(name)).unwrap();
        let driver = desktop
            .command(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &free_port().to_string()])
            .envs(env.iter().copied())
            .stdout(log("tauri-driver.log"))
            .stderr(log("tauri-driver.err.log"))
            .spawn()
            .expect("start tauri-driver (cargo install tauri-driver --locked)");
        let mut window = Self {
            driver,
            display: desktop.display().map(str::to_owned),
            client: None,
        };
        let capabilities = json!({
            "browserName": "wry",
            "tauri:options": { "application": app_binary() },
        });
        let capabilities = capabilities.as_object().unwrap().clone();
        let url = format!("http://127.0.0.1:{port}");
        let started = std::time::Instant::now();
        let client = loop {
            let attempt = ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&url)
                .await;
            match attempt {
                Ok(client) => break client,
                Err(error) if started.elapsed() > WAIT => return Err(error.to_string()),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        window.client = Some(client);
        Ok(window)
    }

    /// The WebDriver server's process id: the app and its WebKit processes
    /// run below it.
    pub fn driver_pid(&self) -> u32 {
        self.driver.id()
    }

    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("the window is open")
    }

    async fn wait_for(&self, xpath: &str) -> Element {
        self.client()
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|error| panic!("not found on screen: {xpath} ({error})"))
    }

    /// A button by its accessible name.
    pub async fn button(&self, name: &str) -> Element {
        self.wait_for(&format!(
            "//button[normalize-space(.)={q} or @aria-label={q}]",
            q = quote(name)
        ))
        .await
    }

    /// Clicks the button named `name`. A button drawn anew between finding
    /// and clicking is found again (the click never reached the old one).
    pub async fn click(&self, name: &str) {
        found_again(&format!("click {name:?}"), || async {
            self.button(name).await.click().await
        })
        .await
    }

    /// Flips the on/off switch named `name`.
    pub async fn switch(&self, name: &str) {
        found_again(&format!("switch {name:?}"), || async {
            self.wait_for(&format!(
                "//input[@role='switch' and (@aria-label={q} or normalize-space(ancestor::label)={q})]",
                q = quote(name)
            ))
            .await
            .click()
            .await
        })
        .await
    }

    /// What a text box (by its label) holds now.
    pub async fn value_in(&self, label: &str) -> String {
        found_again(&format!("read the box {label:?}"), || async {
            self.text_box(label).await.prop("value").await
        })
        .await
        .unwrap_or_default()
    }

    /// A text box by its label.
    pub async fn text_box(&self, label: &str) -> Element {
        self.wait_for(&format!(
            "//*[(self::input or self::textarea) and (@id=//label[normalize-space(.)={q}]/@for or @aria-label={q})]",
            q = quote(label)
        ))
        .await
    }

    pub async fn heading(&self, name: &str) -> Element {
        self.wait_for(&format!(
            "//*[(self::h1 or self::h2 or self::h3 or @role='heading') and normalize-space(.)={}]",
            quote(name)
        ))
        .await
    }

    /// An element with a role (`alert`, `status`, …) whose text contains `text`.
    pub async fn role_with_text(&self, role: &str, text: &str) -> Element {
        self.wait_for(&format!(
            "//*[@role={} and contains(normalize-space(.), {})]",
            quote(role),
            quote(text)
        ))
        .await
    }

    /// Any element whose own text contains `text`.
    pub async fn text(&self, text: &str) -> Element {
        self.wait_for(&format!(
            "//*[contains(normalize-space(text()), {})]",
            quote(text)
        ))
        .await
    }

    /// The text of the element at `xpath`. A list may be drawn again between
    /// finding it and reading it; then it is found again.
    pub async fn text_of(&self, xpath: &str) -> String {
        found_again(&format!("read {xpath}"), || async {
            self.wait_for(xpath).await.text().await
        })
        .await
    }

    /// Waits until the text of the element at `xpath` satisfies `done`.
    pub async fn wait_until_text(&self, xpath: &str, done: impl Fn(&str) -> bool) -> String {
        let started = std::time::Instant::now();
        loop {
            let text = self.text_of(xpath).await;
            if done(&text) {
                return text;
            }
            assert!(started.elapsed() < WAIT, "{xpath} stayed at {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The whole text the window shows.
    pub async fn page_text(&self) -> String {
        self.client()
            .find(Locator::Css("body"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// Saves a PNG of the window under `artifacts/screenshots/`.
    ///
    /// Taken from the X server rather than through WebDriver, whose
    /// screenshot command stalls now and then with WebKitGTK under Xvfb.
    pub async fn screenshot(&self, name: &str) {
        // Let two frames paint so the picture shows the current state. An
        // idle window may not run animation frames: give up after 300 ms.
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 const timer = setTimeout(done, 300); \
                 requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(timer); done(); }));",
                vec![],
            )
            .await
            .unwrap();
        let dir = workspace_root().join("artifacts/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let display = self.display.as_deref().expect("screenshots need a display");
        let geometry = window_geometry(display, "AgentPhone");
        let status = std::process::Command::new("import")
            .env("DISPLAY", display)
            .args(["-window", "root", "-crop", &geometry])
            .arg(dir.join(format!("{name}.png")))
            .status()
            .expect("run import (package imagemagick)");
        assert!(status.success(), "could not capture the window");
    }

    /// What axe-core finds wrong on the current screen, as
    /// `rule: element` lines; colour contrast included.
    pub async fn accessibility_problems(&self) -> Vec<String> {
        let axe = workspace_root().join("ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe).unwrap_or_else(|e| {
            panic!(
                "axe-core is missing at {} ({e}): run scripts/setup",
                axe.display()
            )
        });
        self.client()
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await
            .unwrap();
        let found = self
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 axe.run(document, { resultTypes: ['violations'] })\
                   .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')))))\
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(found).unwrap()
    }

    /// Ends the session, which closes the app.
    pub async fn close(mut self) {
        if let Some(client) = self.client.take() {
            client.close().await.unwrap();
        }
    }
}

impl Drop for AppWindow {
    fn drop(&mut self) {
        // tauri-driver, with WebKit's driver and the app it started.
        process::stop(&mut self.driver);
    }
}

/// `WxH+X+Y` of the top-level window titled `title`, from `xwininfo`.
fn window_geometry(display: &str, title: &str) -> String {
    let output = std::process::Command::new("xwininfo")
        .env("DISPLAY", display)
        .args(["-root", "-tree"])
        .output()
        .expect("run xwininfo (package x11-utils)");
    let tree = String::from_utf8_lossy(&output.stdout);
    let line = tree
        .lines()
        .find(|line| line.contains(&format!("\"{title}\":")))
        .unwrap_or_else(|| panic!("no window titled {title} on {display}"));
    line.split_whitespace()
        .find(|word| word.contains('x') && word.contains('+') && !word.starts_with('+'))
        .unwrap_or_else(|| panic!("no geometry in {line}"))
        .to_owned()
}

fn tauri_driver() -> PathBuf {
    let installed = std::env::var_os("HOME")
        .map(|home| PathBuf::from(home).join(".cargo/bin/tauri-driver"))
        .filter(|path| path.exists());
    installed.unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// An XPath string literal for any text (XPath 1 has no escapes).
fn quote(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// Runs `act` (find an element, then use it) again while the element it
/// found was drawn anew before it was used: a stale element was never used,
/// so nothing happens twice.
async fn found_again<T, F, Fut>(what: &str, act: F) -> T
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, CmdError>>,
{
    let started = std::time::Instant::now();
    loop {
        match act().await {
            Ok(value) => return value,
            Err(error) if error.is_stale_element_reference() && started.elapsed() < WAIT => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(error) => panic!("could not {what}: {error}"),
        }
    }
}
