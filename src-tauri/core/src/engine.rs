//! The call engine: places a call once, follows it to the end within the
//! request budget, keeps everything in history, and picks up where it left
//! off after a restart.
//!
//! - A call is written to history before its request goes out.
//! - `POST /calls` is never repeated on its own, except after a `429`
//!   (the service did nothing): wait, visibly, then try once more. A lost
//!   answer leaves the call "not confirmed" until the list of recent calls
//!   shows whether it was placed.
//! - Every watched call is polled by one loop that always serves the call
//!   that has waited longest, through the shared [`RequestBudget`].
//! - Network trouble while polling means back off and try again: a call id
//!   is never dropped.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::Instant;
use ts_rs::TS;

use crate::budget::{Purpose, RequestBudget};
use crate::history::{History, NewRecord, Progress};
use crate::models::{Call, CallStatus};
use crate::recordings::Recordings;
use crate::validate::{check, CallForm};
use crate::{ApiKey, Client, Error, ErrorPayload};

/// Every interval the engine keeps. Tests scale them all down together.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    pub poll_every: Duration,
    /// Stop watching after this long; "check again" starts anew.
    pub watch_limit: Duration,
    /// Extra polls for a completed call still missing summary or transcript.
    pub enrichment_polls: u32,
    pub enrichment_every: Duration,
    /// How long to wait after a `429` on `POST /calls` before the one retry.
    pub rate_limit_wait: Duration,
    /// How often the waiting countdown is reported.
    pub countdown_tick: Duration,
    pub backoff_first: Duration,
    pub backoff_max: Duration,
    /// How many looks at the recent calls, `poll_every` apart, settle a call
    /// whose answer was lost (a late request can still arrive meanwhile).
    pub reconcile_looks: u32,
    /// A recent call matches a lost one if created this close to it.
    pub reconcile_window: Duration,
    pub requests_per_minute: u32,
    pub minute: Duration,
}

impl EngineSettings {
    /// The service's own advice: poll every 10 s, give up watching after
    /// 5 minutes, two more polls 2 s apart for late results.
    pub fn standard() -> Self {
        Self::scaled(Duration::from_secs(1))
    }

    /// Every interval as many `second`s as [`standard`](Self::standard) has seconds.
    pub fn scaled(second: Duration) -> Self {
        Self {
            poll_every: second * 10,
            watch_limit: second * 300,
            enrichment_polls: 2,
            enrichment_every: second * 2,
            rate_limit_wait: second * 60,
            countdown_tick: second,
            backoff_first: second * 2,
            backoff_max: second * 60,
            reconcile_looks: 6,
            reconcile_window: second * 600,
            requests_per_minute: 10,
            minute: second * 60,
        }
    }
}

/// What the engine tells the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
#[ts(export)]
pub enum EngineEvent {
    /// Something about the call changed: read it again.
    #[serde(rename_all = "camelCase")]
    CallChanged {
        #[ts(type = "number")]
        id: i64,
    },
    /// The service reported a new status (for announcements).
    #[serde(rename_all = "camelCase")]
    StatusChanged {
        #[ts(type = "number")]
        id: i64,
        status: String,
    },
    /// Waiting after a `429` before trying to place the call again.
    #[serde(rename_all = "camelCase")]
    Countdown {
        #[ts(type = "number")]
        id: i64,
        seconds_left: u32,
    },
    #[serde(rename_all = "camelCase")]
    Credits { remaining: u32 },
    /// A recording is being saved on this computer.
    #[serde(rename_all = "camelCase")]
    RecordingProgress {
        #[ts(type = "number")]
        id: i64,
        #[ts(type = "number")]
        received: u64,
        #[ts(type = "number | null")]
        total: Option<u64>,
    },
    /// Something went wrong with a call; it is kept, and the message says
    /// what happens next.
    #[serde(rename_all = "camelCase")]
    Problem {
        #[ts(type = "number")]
        id: i64,
        error: ErrorPayload,
    },
}

pub type EventSink = Arc<dyn Fn(EngineEvent) + Send + Sync>;

/// How a call stood when [`Engine::place_call`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Placement {
    /// The service took it; it is being watched.
    Placed,
    /// The service asked to wait; the engine retries once after the countdown.
    Waiting,
    /// The answer was lost; the engine is checking whether it was placed.
    Unconfirmed,
}

/// What placing a call answers: its id in history, and how it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlacedCall {
    #[ts(type = "number")]
    pub id: i64,
    pub placement: Placement,
}

struct Watch {
    call_id: String,
    started: Instant,
    due: Instant,
    failures: u32,
    enrichment_polls_left: u32,
}

struct Inner {
    client: Client,
    history: Arc<History>,
    settings: EngineSettings,
    budget: RequestBudget,
    events: EventSink,
    practice: bool,
    key: Mutex<Option<ApiKey>>,
    watched: Mutex<HashMap<i64, Watch>>,
    recordings: Mutex<Option<Arc<Recordings>>>,
    /// Calls whose recording is being downloaded.
    fetching: Mutex<std::collections::HashSet<i64>>,
    wake: Notify,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

/// Dropping the engine stops all its work; history keeps where each call
/// stood, and a new engine on the same history resumes it.
pub struct Engine {
    inner: Arc<Inner>,
}

impl Engine {
    /// Starts the engine's poll loop. `practice` marks every call it places
    /// as simulated. Call [`resume`](Self::resume) to pick up unfinished calls.
    pub fn start(
        client: Client,
        history: Arc<History>,
        settings: EngineSettings,
        practice: bool,
        events: EventSink,
    ) -> Self {
        let inner = Arc::new(Inner {
            budget: RequestBudget::new(settings.requests_per_minute, settings.minute),
            client,
            history,
            settings,
            events,
            practice,
            key: Mutex::new(None),
            watched: Mutex::default(),
            recordings: Mutex::default(),
            fetching: Mutex::default(),
            wake: Notify::new(),
            tasks: Mutex::default(),
        });
        let poller = tokio::spawn(poll_loop(inner.clone()));
        lock(&inner.tasks).push(poller);
        Self { inner }
    }

    pub fn history(&self) -> &Arc<History> {
        &self.inner.history
    }

    pub fn is_practice(&self) -> bool {
        self.inner.practice
    }

    /// Downloads a call's recording now (the "try again" of a failed one).
    pub async fn download_recording(&self, id: i64) -> Result<String, Error> {
        let recordings = lock(&self.inner.recordings)
            .clone()
            .ok_or_else(|| Error::Recording {
                reason: "recordings are not kept in this mode".into(),
            })?;
        let record = self.inner.history.get(id)?.ok_or_else(|| Error::Internal {
            detail: format!("no call {id} in history"),
        })?;
        let link = record.recording_url.ok_or_else(|| Error::Recording {
            reason: "the service has not given a recording for this call".into(),
        })?;
        let path = recordings.download(id, &link).await?.display().to_string();
        self.inner.history.set_recording_path(id, Some(&path))?;
        self.inner.changed(id);
        Ok(path)
    }

    /// Keep each call's recording as soon as the call has one.
    pub fn keep_recordings(&self, recordings: Recordings) {
        *lock(&self.inner.recordings) = Some(Arc::new(recordings));
    }

    /// The key requests carry; `None` stops new calls (watching waits).
    pub fn set_key(&self, key: Option<ApiKey>) {
        *lock(&self.inner.key) = key;
        self.inner.wake.notify_one();
    }

    /// Checks the form, writes the call to history, then places it.
    pub async fn place_call(&self, form: &CallForm) -> Result<PlacedCall, Error> {
        let new_call = check(form).map_err(|check| Error::InvalidForm {
            summary: check
                .first_problem()
                .unwrap_or("Some details need fixing before the call can be placed.")
                .to_owned(),
        })?;
        let key = self.inner.key()?;
        let id = self.inner.history.add(&NewRecord {
            simulated: self.inner.practice,
            phone: new_call.to_phone_number.clone(),
            business: new_call.business_name.clone(),
            website: new_call.website.clone(),
            objective: new_call.objective.clone(),
            created_at_ms: now_ms(),
        })?;
        self.inner.changed(id);
        self.inner.budget.acquire(Purpose::CreateCall).await;
        match self.inner.client.create_call(&key, &new_call).await {
            Ok(created) => {
                self.inner
                    .placed(id, &created.call_id, created.credits_remaining)?;
                Ok(PlacedCall {
                    id,
                    placement: Placement::Placed,
                })
            }
            Err(Error::RateLimited {
                retry_after_seconds,
            }) => {
                self.inner
                    .budget
                    .pause(self.inner.rate_limit_pause(retry_after_seconds));
                let inner = self.inner.clone();
                self.spawn(async move { inner.retry_after_rate_limit(id, key, new_call).await });
                Ok(PlacedCall {
                    id,
                    placement: Placement::Waiting,
                })
            }
            Err(error) if answer_may_be_lost(&error) => {
                // The call may exist: never send it again, find out instead.
                self.inner.unconfirmed(id, &error)?;
                self.spawn_reconcile(id);
                Ok(PlacedCall {
                    id,
                    placement: Placement::Unconfirmed,
                })
            }
            Err(error) => {
                self.inner.history.set_progress(
                    id,
                    Progress::NotPlaced,
                    Some(&error.to_string()),
                )?;
                self.inner.changed(id);
                Err(error)
            }
        }
    }

    /// Follows every call of this engine's mode that history still has in
    /// flight (after a restart).
    pub fn resume(&self) -> Result<usize, Error> {
        let unfinished = self.inner.history.unfinished(self.inner.practice)?;
        for &id in &unfinished {
            let Some(record) = self.inner.history.get(id)? else {
                continue;
            };
            match (record.progress, record.call_id) {
                (Progress::Watching, Some(call_id)) => self.inner.watch(id, call_id),
                // Placing when the app stopped, or the answer was lost.
                _ => {
                    self.inner.history.set_progress(
                        id,
                        Progress::Unconfirmed,
                        record.last_error.as_deref(),
                    )?;
                    self.spawn_reconcile(id);
                }
            }
        }
        Ok(unfinished.len())
    }

    /// Watches a call again after "still running — check again".
    pub fn check_again(&self, id: i64) -> Result<(), Error> {
        let record = self.inner.history.get(id)?.ok_or_else(|| Error::Internal {
            detail: format!("no call {id} in history"),
        })?;
        match record.call_id {
            Some(call_id) => {
                self.inner
                    .history
                    .set_progress(id, Progress::Watching, None)?;
                self.inner.watch(id, call_id);
            }
            None => {
                self.inner
                    .history
                    .set_progress(id, Progress::Unconfirmed, None)?;
                self.spawn_reconcile(id);
            }
        }
        self.inner.changed(id);
        Ok(())
    }

    /// Stops following a call and removes it from local history.
    pub fn forget(&self, id: i64) -> Result<Option<crate::history::CallRecord>, Error> {
        lock(&self.inner.watched).remove(&id);
        self.inner.history.delete(id)
    }

    fn spawn_reconcile(&self, id: i64) {
        let inner = self.inner.clone();
        self.spawn(async move { inner.reconcile(id).await });
    }

    fn spawn(&self, work: impl std::future::Future<Output = ()> + Send + 'static) {
        self.inner.spawn(work);
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
    /// Runs `work` until it ends or the engine drops.
    fn spawn(&self, work: impl std::future::Future<Output = ()> + Send + 'static) {
        let mut tasks = lock(&self.tasks);
        tasks.retain(|task| !task.is_finished());
        tasks.push(tokio::spawn(work));
    }

    fn key(&self) -> Result<ApiKey, Error> {
        lock(&self.key).clone().ok_or(Error::NoKey)
    }

    fn changed(&self, id: i64) {
        (self.events)(EngineEvent::CallChanged { id });
    }

    fn problem(&self, id: i64, error: &Error) {
        (self.events)(EngineEvent::Problem {
            id,
            error: error.payload(),
        });
    }

    fn rate_limit_pause(&self, retry_after_seconds: Option<u64>) -> Duration {
        let asked = retry_after_seconds.map(|s| self.settings.countdown_tick * s as u32);
        asked
            .unwrap_or(self.settings.rate_limit_wait)
            .max(self.settings.countdown_tick)
    }

    fn placed(&self, id: i64, call_id: &str, credits: Option<u32>) -> Result<(), Error> {
        self.history.confirm(id, call_id, credits)?;
        if let Some(remaining) = credits {
            (self.events)(EngineEvent::Credits { remaining });
        }
        self.changed(id);
        self.watch(id, call_id.to_owned());
        Ok(())
    }

    fn unconfirmed(&self, id: i64, error: &Error) -> Result<(), Error> {
        self.history
            .set_progress(id, Progress::Unconfirmed, Some(&error.to_string()))?;
        self.problem(id, error);
        self.changed(id);
        Ok(())
    }

    fn watch(&self, id: i64, call_id: String) {
        let now = Instant::now();
        lock(&self.watched).insert(
            id,
            Watch {
                call_id,
                started: now,
                due: now,
                failures: 0,
                enrichment_polls_left: self.settings.enrichment_polls,
            },
        );
        self.wake.notify_one();
    }

    /// After a `429` on create: count down, then one more try.
    async fn retry_after_rate_limit(
        self: Arc<Self>,
        id: i64,
        key: ApiKey,
        new_call: crate::NewCall,
    ) {
        let tick = self.settings.countdown_tick;
        let ticks =
            (self.settings.rate_limit_wait.as_secs_f64() / tick.as_secs_f64()).ceil() as u32;
        for left in (1..=ticks).rev() {
            (self.events)(EngineEvent::Countdown {
                id,
                seconds_left: left,
            });
            tokio::time::sleep(tick).await;
        }
        (self.events)(EngineEvent::Countdown {
            id,
            seconds_left: 0,
        });
        self.budget.acquire(Purpose::CreateCall).await;
        let result = match self.client.create_call(&key, &new_call).await {
            Ok(created) => self.placed(id, &created.call_id, created.credits_remaining),
            Err(Error::RateLimited { .. }) => {
                let error = Error::RateLimited {
                    retry_after_seconds: None,
                };
                let message = "The service is still too busy after a minute's wait, so the call \
                               was not placed. Try again in a few minutes.";
                self.history
                    .set_progress(id, Progress::NotPlaced, Some(message))
                    .map(|()| {
                        self.problem(id, &error);
                        self.changed(id);
                    })
            }
            Err(error) if answer_may_be_lost(&error) => {
                let result = self.unconfirmed(id, &error);
                let inner = self.clone();
                self.spawn(async move { inner.reconcile(id).await });
                result
            }
            Err(error) => self
                .history
                .set_progress(id, Progress::NotPlaced, Some(&error.to_string()))
                .map(|()| {
                    self.problem(id, &error);
                    self.changed(id);
                }),
        };
        if let Err(error) = result {
            self.problem(id, &error);
        }
    }

    /// Looks for a call whose answer was lost among the recent calls.
    async fn reconcile(self: Arc<Self>, id: i64) {
        let mut looks = 0;
        let mut failures = 0;
        loop {
            // Give a late request time to arrive before each look.
            tokio::time::sleep(self.settings.poll_every).await;
            let Ok(Some(record)) = self.history.get(id) else {
                return;
            };
            if record.progress != Progress::Unconfirmed {
                return;
            }
            let Ok(key) = self.key() else { continue };
            self.budget.acquire(Purpose::Poll).await;
            match self.client.list_calls(&key, 20).await {
                Ok(recent) => {
                    let known = |call_id: &str| {
                        self.history
                            .find_by_call_id(call_id)
                            .ok()
                            .flatten()
                            .is_some_and(|other| other != id)
                    };
                    let found = recent.iter().find(|call| {
                        matches_record(
                            call,
                            &record.phone,
                            &record.objective,
                            record.created_at_ms,
                            self.settings.reconcile_window,
                        ) && !known(&call.call_id)
                    });
                    looks += 1;
                    if let Some(call) = found {
                        if let Err(error) = self.placed(id, &call.call_id, None) {
                            self.problem(id, &error);
                        }
                        return;
                    }
                    if looks >= self.settings.reconcile_looks {
                        let message = "The call was not placed: the service has no record of it. \
                                       You can place it again.";
                        let _ = self
                            .history
                            .set_progress(id, Progress::NotPlaced, Some(message));
                        self.changed(id);
                        return;
                    }
                }
                Err(Error::RateLimited {
                    retry_after_seconds,
                }) => {
                    self.budget
                        .pause(self.rate_limit_pause(retry_after_seconds));
                }
                Err(_) => {
                    failures += 1;
                    tokio::time::sleep(backoff(&self.settings, failures)).await;
                }
            }
        }
    }

    /// Polls the watched call that is due first, once; returns how long to
    /// wait before the next one, or `None` when nothing is watched.
    async fn poll_next(self: &Arc<Self>) -> Option<Duration> {
        let (id, call_id) = {
            let watched = lock(&self.watched);
            let (id, watch) = watched.iter().min_by_key(|(_, watch)| watch.due)?;
            let now = Instant::now();
            if watch.due > now {
                return Some(watch.due - now);
            }
            (*id, watch.call_id.clone())
        };
        let Ok(key) = self.key() else {
            self.reschedule(id, self.settings.poll_every);
            return Some(Duration::ZERO);
        };
        self.budget.acquire(Purpose::Poll).await;
        let answer = self.client.get_call(&key, &call_id).await;
        if let Err(error) = self.take_answer(id, answer) {
            self.problem(id, &error);
        }
        Some(Duration::ZERO)
    }

    fn take_answer(self: &Arc<Self>, id: i64, answer: Result<Call, Error>) -> Result<(), Error> {
        let call = match answer {
            Ok(call) => call,
            Err(Error::RateLimited {
                retry_after_seconds,
            }) => {
                self.budget
                    .pause(self.rate_limit_pause(retry_after_seconds));
                self.reschedule(id, self.settings.poll_every);
                return Ok(());
            }
            Err(Error::CallNotFound { .. }) => {
                lock(&self.watched).remove(&id);
                let message =
                    "The service no longer knows this call. Its last known state is kept here.";
                self.history
                    .set_progress(id, Progress::StillRunning, Some(message))?;
                self.changed(id);
                return Ok(());
            }
            Err(error) => {
                // Keep the call; try again later, each time a little later.
                let failures = {
                    let mut watched = lock(&self.watched);
                    let Some(watch) = watched.get_mut(&id) else {
                        return Ok(());
                    };
                    watch.failures += 1;
                    watch.due = Instant::now() + backoff(&self.settings, watch.failures);
                    watch.failures
                };
                if failures == 1 {
                    self.problem(id, &error);
                }
                return Ok(());
            }
        };
        if let Some(link) = &call.recording_url {
            self.fetch_recording(id, link.clone());
        }
        if self.history.apply(id, &call, now_ms())? {
            (self.events)(EngineEvent::StatusChanged {
                id,
                status: call.status.as_str().to_owned(),
            });
        }
        self.changed(id);
        let results_missing = call.summary.is_none() || call.transcript.is_none();
        let mut watched = lock(&self.watched);
        let Some(watch) = watched.get_mut(&id) else {
            return Ok(());
        };
        watch.failures = 0;
        let now = Instant::now();
        if call.status == CallStatus::Completed
            && results_missing
            && watch.enrichment_polls_left > 0
        {
            watch.enrichment_polls_left -= 1;
            watch.due = now + self.settings.enrichment_every;
        } else if call.status.is_terminal() {
            watched.remove(&id);
            drop(watched);
            self.history.set_progress(id, Progress::Finished, None)?;
            self.changed(id);
        } else if now.duration_since(watch.started) >= self.settings.watch_limit {
            watched.remove(&id);
            drop(watched);
            self.history
                .set_progress(id, Progress::StillRunning, None)?;
            self.changed(id);
        } else {
            watch.due = now + self.settings.poll_every;
        }
        Ok(())
    }

    /// Downloads the recording once, with back-off on network trouble;
    /// a refused file is reported, not retried.
    fn fetch_recording(self: &Arc<Self>, id: i64, link: String) {
        let Some(recordings) = lock(&self.recordings).clone() else {
            return;
        };
        let known = self
            .history
            .get(id)
            .ok()
            .flatten()
            .and_then(|r| r.recording_path);
        if known.is_some() || !lock(&self.fetching).insert(id) {
            return;
        }
        let inner = self.clone();
        self.spawn(async move {
            let mut failures = 0;
            loop {
                let events = inner.events.clone();
                let progress = move |received, total| {
                    events(EngineEvent::RecordingProgress {
                        id,
                        received,
                        total,
                    })
                };
                match recordings.download_with_progress(id, &link, progress).await {
                    Ok(path) => {
                        let _ = inner
                            .history
                            .set_recording_path(id, Some(&path.display().to_string()));
                        inner.changed(id);
                        break;
                    }
                    Err(error @ (Error::Network { .. } | Error::Timeout)) if failures < 5 => {
                        failures += 1;
                        if failures == 1 {
                            inner.problem(id, &error);
                        }
                        tokio::time::sleep(backoff(&inner.settings, failures)).await;
                    }
                    Err(error) => {
                        inner.problem(id, &error);
                        break;
                    }
                }
            }
            lock(&inner.fetching).remove(&id);
        });
    }

    fn reschedule(&self, id: i64, after: Duration) {
        if let Some(watch) = lock(&self.watched).get_mut(&id) {
            watch.due = Instant::now() + after;
        }
    }
}

/// Runs until the engine drops and aborts it.
async fn poll_loop(engine: Arc<Inner>) {
    loop {
        let wait = engine.poll_next().await;
        let wake = engine.wake.notified();
        match wait {
            Some(wait) if wait.is_zero() => tokio::task::yield_now().await,
            Some(wait) => {
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = wake => {}
                }
            }
            None => wake.await,
        }
    }
}

/// Whether a recent call is the one whose answer was lost: same number,
/// same objective, created near the time the app wrote it down.
fn matches_record(
    call: &Call,
    phone: &str,
    objective: &str,
    created_at_ms: i64,
    window: Duration,
) -> bool {
    let same_request = call.to_phone_number.as_deref() == Some(phone)
        && call.objective.as_deref().map(str::trim) == Some(objective.trim());
    let created_near = call
        .created_at
        .as_deref()
        .and_then(|text| humantime::parse_rfc3339_weak(text).ok())
        .and_then(|at| at.duration_since(UNIX_EPOCH).ok())
        .is_none_or(|at| {
            (at.as_millis() as i64 - created_at_ms).unsigned_abs()
                <= window.as_millis() as u64 + 2_000
        });
    same_request && created_near
}

/// Whether a create request that failed this way may still have placed the
/// call (the request may have arrived; only its answer is missing).
fn answer_may_be_lost(error: &Error) -> bool {
    matches!(
        error,
        Error::Network { .. }
            | Error::Timeout
            | Error::ServerError { .. }
            | Error::MalformedAnswer { .. }
    )
}

fn backoff(settings: &EngineSettings, failures: u32) -> Duration {
    let factor = 2u32.saturating_pow(failures.saturating_sub(1).min(10));
    (settings.backoff_first * factor).min(settings.backoff_max)
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
