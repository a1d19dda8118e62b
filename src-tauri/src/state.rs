//! What the commands share: the keychain, the history, the preferences and
//! the engine of the current mode. Practice mode runs the simulator inside
//! the app, on 127.0.0.1, and an engine that marks every call it places as
//! simulated.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use agentphone_core::client::DEFAULT_API_BASE;
use agentphone_core::engine::{Engine, EngineSettings, EventSink, Mode};
use agentphone_core::history::History;
use agentphone_core::preferences::PreferencesFile;
use agentphone_core::recordings::Recordings;
use agentphone_core::{ApiKey, Client, Error, Keychain};
use agentphone_simulator::{Simulator, SimulatorConfig};

/// The key practice calls carry; the simulator takes any key.
const PRACTICE_KEY: &str = "practice-mode";
/// Practice credits: enough to try every screen more than once.
const PRACTICE_CREDITS: u32 = 20;

/// The app's state while start-up opens it in the background: the window
/// and its first screen show at once, and each command waits here until
/// history, keychain and engine are ready.
pub struct Opening {
    ready: tokio::sync::watch::Sender<Option<Arc<AppState>>>,
}

impl Default for Opening {
    fn default() -> Self {
        Self {
            ready: tokio::sync::watch::channel(None).0,
        }
    }
}

impl Opening {
    pub fn set(&self, state: AppState) {
        self.ready.send_replace(Some(Arc::new(state)));
    }

    /// The state if start-up has finished.
    pub fn get(&self) -> Option<Arc<AppState>> {
        self.ready.borrow().clone()
    }

    /// The app's state if start-up has finished, for code outside commands
    /// (notifications, the close question, the daily clean-up).
    pub fn of(app: &tauri::AppHandle) -> Option<Arc<AppState>> {
        use tauri::Manager;
        app.try_state::<Self>()?.get()
    }

    /// The state, once start-up has finished. (If start-up fails, the app
    /// says why and ends, so nobody waits for long.)
    pub async fn ready(&self) -> Arc<AppState> {
        let mut watching = self.ready.subscribe();
        loop {
            if let Some(state) = watching.borrow_and_update().clone() {
                return state;
            }
            if watching.changed().await.is_err() {
                // The sender lives in `self`: this cannot happen while we wait.
                std::future::pending::<()>().await;
            }
        }
    }
}

/// What start-up opened, for [`AppState::new`].
pub struct Parts {
    pub keychain: Arc<Keychain>,
    pub history: Arc<History>,
    pub preferences: PreferencesFile,
    pub live_base: String,
    pub recordings: Option<Recordings>,
    pub events: EventSink,
    pub player: agentphone_core::player::Player,
    pub notices: Vec<String>,
}

pub struct AppState {
    pub keychain: Arc<Keychain>,
    pub history: Arc<History>,
    /// The one owner of the preferences file.
    pub preferences: PreferencesFile,
    /// What start-up has to tell the person (a file set aside, say).
    pub notices: Vec<String>,
    pub player: agentphone_core::player::Player,
    live_base: String,
    /// The recordings folder, with downloads shared by both modes' engines.
    recordings: Option<Recordings>,
    events: EventSink,
    engine: Mutex<Arc<Engine>>,
    simulator: tokio::sync::Mutex<Option<Simulator>>,
}

impl AppState {
    /// Starts in live mode; see [`set_practice`](Self::set_practice). A
    /// live address the key must not travel to is refused here.
    pub fn new(parts: Parts) -> Result<Self, Error> {
        let engine = live_engine(
            &parts.live_base,
            &parts.history,
            &parts.events,
            parts.recordings.as_ref(),
        )?;
        Ok(Self {
            keychain: parts.keychain,
            history: parts.history,
            preferences: parts.preferences,
            notices: parts.notices,
            player: parts.player,
            live_base: parts.live_base,
            recordings: parts.recordings,
            events: parts.events,
            engine: Mutex::new(Arc::new(engine)),
            simulator: tokio::sync::Mutex::new(None),
        })
    }

    pub fn engine(&self) -> Arc<Engine> {
        self.engine
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn is_practice(&self) -> bool {
        self.engine().mode().is_practice()
    }

    /// Where real calls go, when that is not the real service: the header
    /// names it, so "Live" never hides another address.
    pub fn other_service(&self) -> Option<String> {
        if self.live_base == DEFAULT_API_BASE {
            return None;
        }
        let url = url::Url::parse(&self.live_base).ok()?;
        let host = url.host_str()?;
        Some(match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        })
    }

    /// Switches between Practice and live mode. Calls of the other mode stay
    /// in history and are followed again when their mode comes back.
    pub async fn set_practice(
        &self,
        practice: bool,
        live_key: Option<ApiKey>,
    ) -> Result<(), Error> {
        if practice == self.is_practice() {
            return Ok(());
        }
        let engine = if practice {
            let second = practice_second();
            let mut simulator = self.simulator.lock().await;
            if simulator.is_none() {
                let config = SimulatorConfig {
                    credits: PRACTICE_CREDITS,
                    ..SimulatorConfig::with_second(second)
                };
                *simulator =
                    Some(
                        Simulator::start(config)
                            .await
                            .map_err(|error| Error::Internal {
                                detail: format!("could not start Practice mode: {error}"),
                            })?,
                    );
            }
            let base = simulator
                .as_ref()
                .map(Simulator::base_url)
                .unwrap_or_default();
            let engine = Engine::start(
                Client::new(base.as_str())?,
                self.history.clone(),
                EngineSettings::scaled(second),
                Mode::Practice,
                self.events.clone(),
                engine_recordings(self.recordings.as_ref(), Some(&base)),
            );
            engine.set_key(ApiKey::parse(PRACTICE_KEY));
            engine
        } else {
            let engine = live_engine(
                &self.live_base,
                &self.history,
                &self.events,
                self.recordings.as_ref(),
            )?;
            engine.set_key(live_key);
            engine
        };
        engine.resume()?;
        *self.engine.lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(engine);
        Ok(())
    }
}

/// An engine for real calls, on the service at `base`.
fn live_engine(
    base: &str,
    history: &Arc<History>,
    events: &EventSink,
    recordings: Option<&Recordings>,
) -> Result<Engine, Error> {
    Ok(Engine::start(
        Client::new(base)?,
        history.clone(),
        EngineSettings::standard(),
        Mode::Live,
        events.clone(),
        engine_recordings(recordings, None),
    ))
}

/// The recordings folder for one engine; plain `http` links are fetched
/// only from `simulator`, the Practice simulator's own address.
fn engine_recordings(
    recordings: Option<&Recordings>,
    simulator: Option<&str>,
) -> Option<Recordings> {
    recordings?
        .for_engine(simulator)
        .inspect_err(|error| log::warn!("recordings will not be kept: {error}"))
        .ok()
}

/// How long a second lasts in Practice mode: real time, unless
/// `AGENTPHONE_PRACTICE_SECOND_MS` says otherwise (the tests make calls
/// take a moment).
fn practice_second() -> Duration {
    std::env::var("AGENTPHONE_PRACTICE_SECOND_MS")
        .ok()
        .and_then(|ms| ms.parse::<u64>().ok())
        .map_or(Duration::from_secs(1), |ms| {
            Duration::from_millis(ms.max(1))
        })
}
