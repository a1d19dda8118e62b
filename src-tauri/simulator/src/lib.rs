//! A faithful stand-in for the AgentPhone service, served over real HTTP
//! on loopback.
//!
//! It serves the tests and the app's Practice mode. It keeps the contract —
//! `x-api-key` check, credits, the 10 requests a minute limit, validation,
//! the call lifecycle, late enrichment, recordings — on a clock whose
//! "second" is configurable, so tests run whole calls in milliseconds.
//! Every call it makes up says `"simulated": true`.
//!
//! Outcomes are steerable: by the number's last two digits (see
//! [`Scenario::from_number`]) or the `x-simulator-scenario` request header,
//! and otherwise varied but deterministic. Faults are injected per test
//! through [`Faults`]. Nothing is random.

mod audio;
mod calls;
mod faults;
mod server;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub use audio::{wav, wav_for_call};
pub use calls::Scenario;
pub use faults::{Faults, RecordingFault, Stats};

/// How the simulated service behaves.
#[derive(Debug, Clone)]
pub struct SimulatorConfig {
    /// Free credits each key starts with.
    pub credits: u32,
    /// Requests a key may make per simulated minute.
    pub requests_per_minute: u32,
    /// How long one simulated second lasts.
    pub second: Duration,
    /// Keys the service accepts; `None` accepts any non-empty key.
    pub accepted_keys: Option<Vec<String>>,
    /// Calls also show their number, objective, business, website and
    /// creation time. The contract promises only the call fields, so this
    /// is off unless a test asks for a kinder service.
    pub extra_call_fields: bool,
    /// What the real list of calls may do within the contract.
    pub list: ListQuirks,
}

/// What `GET /calls` may do that the contract allows and a kind stand-in
/// would not: the app must cope with each.
#[derive(Debug, Clone, Default)]
pub struct ListQuirks {
    /// Every second call is listed without its status.
    pub without_status: bool,
    /// The page holds at most this many calls, whatever was asked for.
    pub page_cap: Option<usize>,
    /// Another client on the same key places a call before each list is
    /// read, so the newest calls are not all this app's.
    pub other_clients: bool,
}

impl SimulatorConfig {
    /// Like the real service: calls take about a minute.
    pub fn realistic() -> Self {
        Self {
            credits: 5,
            requests_per_minute: 10,
            second: Duration::from_secs(1),
            accepted_keys: None,
            extra_call_fields: false,
            list: ListQuirks::default(),
        }
    }

    /// A simulated second of `second`: whole calls in a fraction of a second.
    pub fn with_second(second: Duration) -> Self {
        Self {
            second,
            ..Self::realistic()
        }
    }
}

impl Default for SimulatorConfig {
    fn default() -> Self {
        Self::realistic()
    }
}

/// A running simulator. Dropping it stops it.
pub struct Simulator {
    address: SocketAddr,
    shared: Arc<server::Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Simulator {
    /// Starts on `127.0.0.1` with a free port.
    pub async fn start(config: SimulatorConfig) -> std::io::Result<Self> {
        Self::start_on(config, SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    pub async fn start_on(config: SimulatorConfig, address: SocketAddr) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(address).await?;
        let address = listener.local_addr()?;
        let shared = Arc::new(server::Shared::new(config, address));
        let (stop, stopped) = tokio::sync::oneshot::channel();
        tokio::spawn(server::serve(listener, shared.clone(), stopped));
        Ok(Self {
            address,
            shared,
            stop: Some(stop),
        })
    }

    /// The API base, e.g. `http://127.0.0.1:41234/api/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/api/v1", self.address)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Change what goes wrong from now on.
    pub fn set_faults(&self, faults: Faults) {
        *self.shared.faults.lock().unwrap_or_else(|e| e.into_inner()) = faults;
    }

    /// Apply a change to the current faults.
    pub fn update_faults(&self, change: impl FnOnce(&mut Faults)) {
        change(&mut self.shared.faults.lock().unwrap_or_else(|e| e.into_inner()));
    }

    /// What the service has answered so far.
    pub fn stats(&self) -> Stats {
        self.shared
            .stats
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Time passes for the service while the computer talking to it sleeps:
    /// its minute of requests starts afresh.
    pub fn forget_recent_requests(&self) {
        self.shared.forget_recent_requests();
    }

    /// The credits a key has left (the starting amount for a new key).
    pub fn credits(&self, key: &str) -> u32 {
        self.shared.credits_of(key)
    }

    /// Every call placed so far: its id and objective, oldest first.
    pub fn placed_calls(&self) -> Vec<(String, String)> {
        self.shared.placed_calls()
    }

    /// The objective of every call placed, with when its request arrived
    /// (by this computer's clock).
    pub fn placed_at(&self) -> Vec<(String, std::time::SystemTime)> {
        self.shared.placed_at()
    }

    /// When a call reaches its final status (for measuring how soon a
    /// client notices).
    pub fn ends_at(&self, call_id: &str) -> Option<std::time::SystemTime> {
        self.shared.ends_at(call_id)
    }

    pub fn stop(mut self) {
        self.send_stop();
    }

    fn send_stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.send_stop();
    }
}
