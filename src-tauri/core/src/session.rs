//! The app's mode and the one engine that serves it. Practice mode runs
//! the practice service (the simulator, passed in by the app) and an engine
//! that marks every call it places as simulated; live mode talks to the
//! real service, or another address the person set.
//!
//! A switch never leaves two engines that can send or poll: it is refused
//! while the current engine has a call waiting to be sent or on its way,
//! and the engine it replaces is retired before the new one takes over.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::client::DEFAULT_API_BASE;
use crate::engine::{Engine, EngineEvent, EngineSettings, EventSink, Mode};
use crate::history::{CallListItem, History};
use crate::recordings::Recordings;
use crate::retention::{self, Kept, Retention};
use crate::{ApiKey, Client, Error};

/// The key practice calls carry; the practice service takes any key.
const PRACTICE_KEY: &str = "practice-mode";

/// Where practice calls go: started on first use, kept for the app's life.
pub trait PracticeService: Send + Sync {
    /// The service's address, starting it if need be.
    fn base_url(&self) -> impl Future<Output = Result<String, Error>> + Send;
    /// How long one of its seconds lasts (tests make calls take a moment).
    fn second(&self) -> Duration;
}

/// What the person should know after a switch.
#[derive(Debug, Clone, Default, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ModeSwitched {
    /// Real calls scheduled for later: not placed while Practice mode is on.
    pub scheduled_live: Vec<CallListItem>,
    /// Calls whose time passed while their mode was off (or the app was
    /// closed): the window asks about each, as at start-up.
    pub missed: Vec<CallListItem>,
}

pub struct Session<P> {
    history: Arc<History>,
    live_base: String,
    /// The recordings folder, shared by both modes' engines.
    recordings: Option<Recordings>,
    events: EventSink,
    /// Live mode's intervals; Practice mode's are the same scaled to the
    /// practice service's second, on the same clock.
    live_settings: EngineSettings,
    practice: P,
    engine: Mutex<Arc<Engine>>,
    /// One switch at a time.
    switching: tokio::sync::Mutex<()>,
}

impl<P: PracticeService> Session<P> {
    /// Starts in live mode (see [`set_practice`](Self::set_practice)); an
    /// address the key must not travel to is refused here.
    pub fn new(
        history: Arc<History>,
        live_base: String,
        recordings: Option<Recordings>,
        events: EventSink,
        practice: P,
        live_settings: EngineSettings,
    ) -> Result<Self, Error> {
        let engine = Engine::start(
            Client::new(live_base.as_str())?,
            history.clone(),
            live_settings.clone(),
            Mode::Live,
            events.clone(),
            engine_recordings(recordings.as_ref(), None),
        );
        Ok(Self {
            history,
            live_base,
            recordings,
            events,
            live_settings,
            practice,
            engine: Mutex::new(Arc::new(engine)),
            switching: tokio::sync::Mutex::new(()),
        })
    }

    /// The engine of the current mode.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn history(&self) -> &Arc<History> {
        &self.history
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

    /// Switches between Practice and live mode (live calls carry
    /// `live_key`). Calls of the other mode stay in history and are
    /// followed again when their mode comes back.
    pub async fn set_practice(
        &self,
        practice: bool,
        live_key: Option<ApiKey>,
    ) -> Result<ModeSwitched, Error> {
        let _one_at_a_time = self.switching.lock().await;
        if practice == self.is_practice() {
            return Ok(ModeSwitched::default());
        }
        let next = if practice {
            let second = self.practice.second();
            let base = self.practice.base_url().await?;
            let settings = EngineSettings {
                clock: self.live_settings.clock.clone(),
                ..EngineSettings::scaled(second)
            };
            let engine = Engine::start(
                Client::new(base.as_str())?,
                self.history.clone(),
                settings,
                Mode::Practice,
                self.events.clone(),
                engine_recordings(self.recordings.as_ref(), Some(&base)),
            );
            engine.set_key(ApiKey::parse(PRACTICE_KEY));
            engine
        } else {
            let engine = Engine::start(
                Client::new(self.live_base.as_str())?,
                self.history.clone(),
                self.live_settings.clone(),
                Mode::Live,
                self.events.clone(),
                engine_recordings(self.recordings.as_ref(), None),
            );
            engine.set_key(live_key);
            engine
        };
        // The old engine stops before the new one follows anything; if it
        // still has a call to send, nothing changes.
        self.engine().retire()?;
        let resumed = next.resume();
        *self.engine.lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(next);
        resumed?;
        let scheduled_live = if practice {
            self.history.scheduled_items(false)?
        } else {
            Vec::new()
        };
        let missed = self
            .history
            .missed()?
            .into_iter()
            .filter(|call| call.simulated == practice)
            .collect();
        Ok(ModeSwitched {
            scheduled_live,
            missed,
        })
    }
}

impl<P: PracticeService> Session<P> {
    /// Asks the live service whether `key` works, in either mode. In
    /// Practice mode a live engine is started for the one request: it
    /// starts from the live budget kept in history, so the service's limit
    /// holds.
    pub async fn check_key(&self, key: &ApiKey) -> Result<(), Error> {
        let engine = self.engine();
        if engine.mode() == Mode::Live {
            return engine.check_key(key).await;
        }
        let checker = Engine::start(
            Client::new(self.live_base.as_str())?,
            self.history.clone(),
            self.live_settings.clone(),
            Mode::Live,
            Arc::new(|_| {}),
            None,
        );
        checker.check_key(key).await
    }

    /// Deletes old recordings or calls by the person's rule, and tells the
    /// window which calls changed or went; answers how many.
    pub fn delete_old(&self, rule: Retention, now_ms: i64) -> Result<u32, Error> {
        let touched = retention::apply(&self.history, rule, now_ms)?;
        if !touched.is_empty() {
            match rule.what {
                Kept::Calls => (self.events)(EngineEvent::CallsRemoved {
                    ids: touched.clone(),
                }),
                Kept::Recordings => {
                    let engine = self.engine();
                    for &id in &touched {
                        engine.tell_changed(id);
                    }
                }
            }
        }
        Ok(touched.len() as u32)
    }
}

/// The recordings folder for one engine; plain `http` links are fetched
/// only from `practice_base`, the practice service's own address.
fn engine_recordings(
    recordings: Option<&Recordings>,
    practice_base: Option<&str>,
) -> Option<Recordings> {
    recordings?
        .for_engine(practice_base)
        .inspect_err(|error| log::warn!("recordings will not be kept: {error}"))
        .ok()
}
