//! The call engine: places the call the person confirmed, once, follows it
//! to the end within the request budget, keeps everything in history, and
//! picks up where it left off after a restart.
//!
//! The rules of placing (see `placing.rs`, the one place a `POST /calls` is
//! sent):
//! - A call is written to history, on disk, before its request goes out
//!   ("placing"), and marked "sending" with the time, on disk, as it leaves.
//! - Right before sending, the engine checks again that the call is still
//!   in history, still wanted, of this engine's mode, that this engine is
//!   still the app's, and that the wall clock is not past the send's
//!   deadline (the computer did not sleep through the wait). A call removed
//!   during the countdown after a `429` is never sent.
//! - `POST /calls` is never repeated on its own, except once after a `429`
//!   (the service did nothing). A lost answer leaves the call "not
//!   confirmed": the engine looks for it among the recent calls, and says
//!   "not placed" only on proof.
//!
//! Every watched call is polled by one loop that always serves the call
//! that is due first, through the shared [`RequestBudget`], whose recent
//! sends are kept in history so a restart does not overspend the minute.

mod events;
mod placing;
mod reconciling;
mod recordings;
mod scheduling;
mod settings;
mod watching;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::budget::{Purpose, RequestBudget, Slot};
use crate::history::{CallDetails, CallRecord, History, Progress};
use crate::messages::Message;
use crate::recordings::Recordings;
use crate::{ApiKey, Client, Error};

pub use crate::clock::Clock;

pub use events::{EngineEvent, EventSink, PlacedCall, Placement};
pub use placing::{Confirmation, Confirmed};
pub use settings::EngineSettings;

/// Whether calls are real or made up by the Practice simulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Live,
    Practice,
}

impl Mode {
    pub fn is_practice(self) -> bool {
        self == Mode::Practice
    }

    /// The mode a call of history was placed in.
    pub fn of(record: &CallRecord) -> Self {
        if record.simulated {
            Mode::Practice
        } else {
            Mode::Live
        }
    }
}

struct Inner {
    client: Client,
    history: Arc<History>,
    settings: EngineSettings,
    budget: RequestBudget,
    events: EventSink,
    mode: Mode,
    recordings: Option<Arc<Recordings>>,
    key: Mutex<Option<ApiKey>>,
    watched: Mutex<HashMap<i64, watching::Watch>>,
    /// Other clients' calls in the last list page: the next page is that
    /// much larger, so this app's calls stay on it.
    list_extra: std::sync::atomic::AtomicU32,
    /// The last slot went to the list: a due direct read goes next, so
    /// neither starves the other.
    listed_last: std::sync::atomic::AtomicBool,
    sends: Mutex<Sends>,
    wake: Notify,
    tasks: Mutex<Vec<JoinHandle<()>>>,
    /// Calls that changed in history, for the reporter (see [`report_changes`]).
    changed: Mutex<std::sync::mpsc::Sender<i64>>,
}

/// The calls this engine still has to send or hear back about.
#[derive(Default)]
struct Sends {
    /// Accepted and not sent yet: waiting for a slot, or counting down
    /// after a `429`.
    unsent: HashSet<i64>,
    /// Calls whose `POST /calls` is on its way: removing one needs the
    /// person's word that it may already be ringing.
    sending: HashSet<i64>,
    /// Another engine took over (the mode was switched): this one sends
    /// and polls nothing more.
    retired: bool,
}

/// Dropping the engine stops all its work; history keeps where each call
/// stood, and a new engine on the same history resumes it.
pub struct Engine {
    inner: Arc<Inner>,
}

impl Engine {
    /// Starts the engine's poll loop; `recordings` keeps each call's
    /// recording when given. Call [`resume`](Self::resume) to pick up
    /// unfinished calls.
    pub fn start(
        client: Client,
        history: Arc<History>,
        settings: EngineSettings,
        mode: Mode,
        events: EventSink,
        recordings: Option<Recordings>,
    ) -> Self {
        let budget = RequestBudget::new(settings.requests_per_minute, settings.minute)
            .paced(settings.pace_polls);
        // What this mode sent in the last minute, by an earlier run too.
        let now = settings.clock.now_ms();
        let since = now - budget.window().as_millis() as i64;
        if let Ok(sent) = history.requests_since(mode.is_practice(), since) {
            budget.remember(
                sent.iter()
                    .map(|at| Duration::from_millis(now.saturating_sub(*at).max(0) as u64)),
            );
        }
        let (changed, reports) = std::sync::mpsc::channel();
        let inner = Arc::new(Inner {
            client,
            history,
            settings,
            budget,
            events,
            mode,
            recordings: recordings.map(Arc::new),
            key: Mutex::new(None),
            watched: Mutex::default(),
            list_extra: std::sync::atomic::AtomicU32::new(0),
            listed_last: std::sync::atomic::AtomicBool::new(false),
            sends: Mutex::default(),
            wake: Notify::new(),
            tasks: Mutex::default(),
            changed: Mutex::new(changed),
        });
        report_changes(Arc::downgrade(&inner), reports);
        inner.spawn(watching::poll_loop(inner.clone()));
        Self { inner }
    }

    pub fn history(&self) -> &Arc<History> {
        &self.inner.history
    }

    pub fn mode(&self) -> Mode {
        self.inner.mode
    }

    /// The key requests carry; `None` stops new calls (watching waits).
    pub fn set_key(&self, key: Option<ApiKey>) {
        *lock(&self.inner.key) = key;
        self.inner.wake.notify_one();
    }

    /// The wall clock this engine checks before anything that must not be late.
    pub fn clock(&self) -> &Clock {
        &self.inner.settings.clock
    }

    /// Follows every call of this engine's mode that history still has in
    /// flight (after a restart, or when its mode comes back), and keeps
    /// the recordings that finished calls have a link for but no file.
    pub fn resume(&self) -> Result<usize, Error> {
        self.resume_scheduled()?;
        let practice = self.mode().is_practice();
        let unfinished = self.inner.history.unfinished(practice)?;
        for &id in &unfinished {
            let Some(record) = self.inner.history.get(id)? else {
                continue;
            };
            match (record.progress, record.call_id) {
                (Progress::Watching, Some(call_id)) => {
                    self.inner.watch(id, call_id, Duration::ZERO)
                }
                // Its request never left: proof it was not placed.
                (Progress::Placing, _) => self
                    .inner
                    .mark_not_placed(id, &(&Error::ClosedBeforeSending).into())?,
                // The 429 was a refusal, and its retry never went out: asking
                // again now could surprise the person, so it is not sent.
                (Progress::Waiting, _) => self
                    .inner
                    .mark_not_placed(id, &Message::new("problem-closed-while-waiting", &[]))?,
                // On its way when the app stopped, or the answer was lost.
                _ => self
                    .inner
                    .find_lost_call(id, record.last_error.as_deref())?,
            }
        }
        for (id, link) in self.inner.history.recordings_missing(practice)? {
            self.inner.fetch_recording(id, link);
        }
        Ok(unfinished.len())
    }

    /// Hands over to another engine (the mode is being switched): refused
    /// while a call of this engine waits to be sent or is on its way;
    /// afterwards this engine sends and polls nothing more. History keeps
    /// where each call stood for when this mode comes back.
    pub fn retire(&self) -> Result<(), Error> {
        let mut sends = lock(&self.inner.sends);
        let count = sends.unsent.len() + sends.sending.len();
        if count > 0 {
            return Err(Error::SendPending { count });
        }
        sends.retired = true;
        drop(sends);
        for task in lock(&self.inner.tasks).drain(..) {
            task.abort();
        }
        lock(&self.inner.watched).clear();
        Ok(())
    }

    /// The call as the window shows it, with whether its recording is
    /// being downloaded right now (then "download again" is not offered).
    pub fn details(&self, id: i64) -> Result<Option<CallDetails>, Error> {
        self.inner.details(id)
    }

    /// Asks the service whether `key` works: one `GET /calls?limit=1`,
    /// within the request budget, before the person is told it is saved.
    pub async fn check_key(&self, key: &ApiKey) -> Result<(), Error> {
        let _ = self.inner.take_slot(Purpose::Poll).await;
        self.inner.client.list_calls(key, 1).await.map(|_| ())
    }

    /// Tells the window how a call stands after a change made outside the
    /// engine (an old recording deleted).
    pub fn tell_changed(&self, id: i64) {
        self.inner.emit_changed(id);
    }

    /// The person's labels on a call; answers what was kept (trimmed,
    /// each once). The list shows them, so the window hears of it.
    pub fn set_labels(&self, id: i64, labels: Vec<String>) -> Result<Vec<String>, Error> {
        let kept = self.inner.history.set_labels(id, labels)?;
        self.inner.emit_changed(id);
        Ok(kept)
    }

    /// The person's note, saved as they type. No event: the window that
    /// typed it has it, and an echo could overwrite what is typed next.
    pub fn set_note(&self, id: i64, note: &str) -> Result<(), Error> {
        self.inner.history.set_note(id, note)?;
        Ok(())
    }

    /// Asks the service about a call again: "still running — check
    /// again", or a call that could not be confirmed. Only an engine of the
    /// call's own mode may ask.
    pub fn check_again(&self, id: i64) -> Result<(), Error> {
        let record = self.inner.record(id)?;
        if Mode::of(&record) != self.mode() {
            return Err(Error::WrongMode {
                practice: record.simulated,
            });
        }
        match (record.call_id, record.progress) {
            (Some(call_id), _) => {
                self.inner
                    .history
                    .set_progress(id, Progress::Watching, None)?;
                self.inner.watch(id, call_id, Duration::ZERO);
            }
            (None, Progress::Unconfirmed | Progress::MayBePlaced) => {
                self.inner.find_lost_call(id, None)?;
            }
            // Not placed, or not sent yet: there is nothing to ask about.
            (None, _) => {}
        }
        self.inner.emit_changed(id);
        Ok(())
    }

    /// Stops following a call and removes it from local history. A call
    /// that may already be ringing is removed only `even_if_on_its_way`;
    /// a call still waiting to be sent is never sent once removed.
    pub fn remove_call(
        &self,
        id: i64,
        even_if_on_its_way: bool,
    ) -> Result<Option<CallRecord>, Error> {
        // Held while deleting, so no request can start for it meanwhile.
        let sends = lock(&self.inner.sends);
        let Some(record) = self.inner.history.get(id)? else {
            return Ok(None);
        };
        let on_its_way = sends.sending.contains(&id)
            || matches!(
                record.progress,
                Progress::Sending
                    | Progress::Unconfirmed
                    | Progress::MayBePlaced
                    | Progress::Watching
                    | Progress::StillRunning
            );
        if on_its_way && !even_if_on_its_way {
            return Err(Error::CallOnItsWay);
        }
        lock(&self.inner.watched).remove(&id);
        let removed = self.inner.history.delete(id)?;
        drop(sends);
        if let Some(path) = removed.as_ref().and_then(|r| r.recording_path.as_deref()) {
            crate::recordings::remove_kept(path);
        }
        if removed.is_some() {
            (self.inner.events)(EngineEvent::CallsRemoved { ids: vec![id] });
        }
        Ok(removed)
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        for task in lock(&self.inner.tasks).drain(..) {
            task.abort();
        }
    }
}

impl Inner {
    /// Runs `work` until it ends or the engine drops; a retired engine
    /// starts nothing.
    fn spawn(&self, work: impl std::future::Future<Output = ()> + Send + 'static) {
        if lock(&self.sends).retired {
            return;
        }
        let mut tasks = lock(&self.tasks);
        tasks.retain(|task| !task.is_finished());
        tasks.push(tokio::spawn(work));
    }

    fn key(&self) -> Result<ApiKey, Error> {
        lock(&self.key).clone().ok_or(Error::NoKey)
    }

    fn record(&self, id: i64) -> Result<CallRecord, Error> {
        self.history.get(id)?.ok_or(Error::UnknownCall)
    }

    fn now_ms(&self) -> i64 {
        self.settings.clock.now_ms()
    }

    /// Waits for a slot in the budget, and keeps the send time in history
    /// for the next start.
    async fn take_slot(&self, purpose: Purpose) -> Slot {
        let slot = self.budget.acquire(purpose).await;
        // The budget in memory holds either way; only a restart would lose it.
        let _ = self
            .history
            .record_request(self.mode.is_practice(), self.now_ms());
        self.budget.leaving(slot)
    }

    fn details(&self, id: i64) -> Result<Option<CallDetails>, Error> {
        let downloading = self
            .recordings
            .as_ref()
            .is_some_and(|recordings| recordings.is_downloading(id));
        Ok(self.history.details(id)?.map(|details| CallDetails {
            recording_downloading: downloading,
            ..details
        }))
    }

    /// Tells the window how the call stands now (through the reporter, so
    /// the engine never waits for the read).
    fn emit_changed(&self, id: i64) {
        let _ = lock(&self.changed).send(id);
    }

    /// One read here instead of the window reading the call, the list and
    /// the overview again.
    fn report_changed(&self, id: i64) {
        match self.details(id) {
            Ok(Some(details)) => (self.events)(EngineEvent::CallChanged {
                call: Box::new(details),
            }),
            Ok(None) => (self.events)(EngineEvent::CallsRemoved { ids: vec![id] }),
            Err(error) => log::warn!("call {id} changed but could not be read: {error}"),
        }
    }

    fn emit_problem(&self, id: i64, error: &Error) {
        (self.events)(EngineEvent::Problem {
            id,
            error: error.payload(),
        });
    }

    /// Proven not placed: the service refused before acting, or the
    /// request never left.
    fn mark_not_placed(&self, id: i64, why: &Message) -> Result<(), Error> {
        self.history
            .set_progress(id, Progress::NotPlaced, Some(&why.stored()))?;
        self.emit_changed(id);
        Ok(())
    }
}

/// Milliseconds since the Unix epoch by the system's clock, as history
/// keeps times.
/// The reporter: a thread of the engine's own reads each changed call and
/// tells the window, in the order the changes came (several changes of one
/// call waiting together are one report). History reads stay off the
/// engine's async workers and out of the time between taking a request
/// slot and sending. It ends with the engine.
fn report_changes(engine: std::sync::Weak<Inner>, reports: std::sync::mpsc::Receiver<i64>) {
    let started = std::thread::Builder::new()
        .name("engine-reports".into())
        .spawn(move || {
            while let Ok(first) = reports.recv() {
                let mut ids = vec![first];
                ids.extend(reports.try_iter());
                let mut seen = HashSet::new();
                ids.retain(|id| seen.insert(*id));
                let Some(engine) = engine.upgrade() else {
                    return;
                };
                for id in ids {
                    engine.report_changed(id);
                }
            }
        });
    if let Err(error) = started {
        log::warn!("changes will not reach the window: {error}");
    }
}

pub fn now_ms() -> i64 {
    Clock::system().now_ms()
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
