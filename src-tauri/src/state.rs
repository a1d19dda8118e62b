//! What the commands share: the keychain, the preferences, the player and
//! the core's session (the mode and its engine). Practice mode runs the
//! simulator inside the app, on 127.0.0.1.

use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use agentphone_core::engine::{EngineSettings, EventSink};
use agentphone_core::history::History;
use agentphone_core::preferences::PreferencesFile;
use agentphone_core::recordings::Recordings;
use agentphone_core::session::{PracticeService, Session};
use agentphone_core::validate::CallForm;
use agentphone_core::{Error, Keychain};
use agentphone_simulator::{Simulator, SimulatorConfig};

/// Practice credits: enough to try every screen more than once.
const PRACTICE_CREDITS: u32 = 20;

/// The app's state while start-up opens it in the background: the window
/// and its first screen show at once, and each command waits here until
/// history, keychain and engine are ready.
pub struct Starting {
    ready: tokio::sync::watch::Sender<Option<Arc<AppState>>>,
    /// History alone, open before the rest: the list shows it sooner.
    history: tokio::sync::watch::Sender<Option<Arc<History>>>,
}

impl Default for Starting {
    fn default() -> Self {
        Self {
            ready: tokio::sync::watch::channel(None).0,
            history: tokio::sync::watch::channel(None).0,
        }
    }
}

impl Starting {
    pub fn set(&self, state: AppState) {
        self.history.send_replace(Some(state.history().clone()));
        self.ready.send_replace(Some(Arc::new(state)));
    }

    /// History is open (start-up goes on with the rest).
    pub fn set_history(&self, history: Arc<History>) {
        self.history.send_replace(Some(history));
    }

    /// History, once it is open: reading the list needs nothing else.
    pub async fn history(&self) -> Arc<History> {
        wait_for(&self.history).await
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
        wait_for(&self.ready).await
    }
}

/// The value once it is there.
async fn wait_for<T: Clone>(sender: &tokio::sync::watch::Sender<Option<T>>) -> T {
    let mut watching = sender.subscribe();
    loop {
        if let Some(value) = watching.borrow_and_update().clone() {
            return value;
        }
        if watching.changed().await.is_err() {
            // The sender lives in `Starting`: this cannot happen while we wait.
            std::future::pending::<()>().await;
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
    /// The one owner of the preferences file.
    pub preferences: PreferencesFile,
    /// What start-up has to tell the person (a file set aside, say).
    pub notices: Vec<String>,
    pub player: agentphone_core::player::Player,
    /// The mode and its engine.
    session: Session<InAppSimulator>,
}

impl AppState {
    /// Starts in live mode; see [`Session::set_practice`]. A live address
    /// the key must not travel to is refused here.
    pub fn new(parts: Parts) -> Result<Self, Error> {
        let session = Session::new(
            parts.history.clone(),
            parts.live_base,
            parts.recordings,
            parts.events,
            InAppSimulator::default(),
            EngineSettings::standard(),
        )?;
        Ok(Self {
            keychain: parts.keychain,
            preferences: parts.preferences,
            notices: parts.notices,
            player: parts.player,
            session,
        })
    }
}

impl AppState {
    /// The language the app speaks now: the person's choice, else the
    /// system's (for what Rust says itself: dialogs, notifications).
    pub fn speaks(&self) -> &'static str {
        let system = sys_locale::get_locale();
        agentphone_core::messages::spoken(
            self.preferences.get().language.as_deref(),
            system.as_deref(),
        )
    }

    /// The form with who the call is for (Settings → You), when the form
    /// asks for it and it is set.
    pub fn with_caller(&self, form: CallForm) -> CallForm {
        let caller = form
            .for_caller
            .then(|| self.preferences.get().caller)
            .flatten();
        CallForm { caller, ..form }
    }
}

impl Deref for AppState {
    type Target = Session<InAppSimulator>;

    fn deref(&self) -> &Self::Target {
        &self.session
    }
}

/// The simulator inside the app, started on the first switch to Practice
/// mode and kept for the app's life.
#[derive(Default)]
pub struct InAppSimulator {
    running: tokio::sync::Mutex<Option<Simulator>>,
}

impl PracticeService for InAppSimulator {
    async fn base_url(&self) -> Result<String, Error> {
        let mut running = self.running.lock().await;
        if let Some(simulator) = running.as_ref() {
            return Ok(simulator.base_url());
        }
        let config = SimulatorConfig {
            credits: PRACTICE_CREDITS,
            ..SimulatorConfig::with_second(self.second())
        };
        let simulator =
            Simulator::start(config)
                .await
                .map_err(|error| Error::PracticeDidNotStart {
                    detail: error.to_string(),
                })?;
        let base = simulator.base_url();
        *running = Some(simulator);
        Ok(base)
    }

    /// Real time, unless `AGENTPHONE_PRACTICE_SECOND_MS` says otherwise
    /// (the tests make calls take a moment).
    fn second(&self) -> Duration {
        std::env::var("AGENTPHONE_PRACTICE_SECOND_MS")
            .ok()
            .and_then(|ms| ms.parse::<u64>().ok())
            .map_or(Duration::from_secs(1), |ms| {
                Duration::from_millis(ms.max(1))
            })
    }
}
