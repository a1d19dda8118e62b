//! Watching placed calls: one loop polls the call that is due first,
//! through the shared budget, until each call ends.

use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::{lock, now_ms, EngineEvent, Inner};
use crate::budget::Purpose;
use crate::history::{Applied, Progress};
use crate::{Call, CallStatus, Error};

pub(super) struct Watch {
    call_id: String,
    started: Instant,
    due: Instant,
    failures: u32,
    enrichment_polls_left: u32,
}

impl Inner {
    /// Follows a placed call; its first poll is `first_poll` from now.
    pub(super) fn watch(&self, id: i64, call_id: String, first_poll: Duration) {
        let now = Instant::now();
        lock(&self.watched).insert(
            id,
            Watch {
                call_id,
                started: now,
                due: now + first_poll,
                failures: 0,
                enrichment_polls_left: self.settings.enrichment_polls,
            },
        );
        self.wake.notify_one();
    }

    /// Polls the watched call that is due first, once; returns how long to
    /// wait before the next one, or `None` when nothing is watched.
    async fn poll_next(self: &Arc<Self>) -> Option<Duration> {
        let (id, call_id) = {
            let mut watched = lock(&self.watched);
            let (id, watch) = watched.iter_mut().min_by_key(|(_, watch)| watch.due)?;
            let now = Instant::now();
            if watch.due > now {
                return Some(watch.due - now);
            }
            // Due again later whatever happens below, so a call whose answer
            // cannot be saved never starves the others.
            watch.due = now + self.settings.poll_every;
            (*id, watch.call_id.clone())
        };
        let Ok(key) = self.key() else {
            return Some(Duration::ZERO);
        };
        self.take_slot(Purpose::Poll).await;
        let answer = self.client.get_call(&key, &call_id).await;
        if let Err(error) = self.take_answer(id, answer) {
            self.emit_problem(id, &error);
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
                    .pause(self.settings.rate_limit_pause(retry_after_seconds));
                return Ok(());
            }
            Err(Error::CallNotFound { .. }) => {
                lock(&self.watched).remove(&id);
                let message =
                    "The service no longer knows this call. Its last known state is kept here.";
                self.history
                    .set_progress(id, Progress::StillRunning, Some(message))?;
                self.emit_changed(id);
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
                    watch.due = Instant::now() + self.settings.backoff(watch.failures);
                    watch.failures
                };
                if failures == 1 {
                    self.emit_problem(id, &error);
                }
                return Ok(());
            }
        };
        match self.history.apply(id, &call, now_ms())? {
            Applied::Gone => {
                lock(&self.watched).remove(&id);
                return Ok(());
            }
            Applied::StatusChanged => (self.events)(EngineEvent::StatusChanged {
                id,
                status: call.status.as_str().to_owned(),
            }),
            Applied::Updated => {}
        }
        if let Some(link) = &call.recording_url {
            self.fetch_recording(id, link.clone());
        }
        self.emit_changed(id);
        let results_missing = call.summary.is_none() || call.transcript.is_none();
        let mut watched = lock(&self.watched);
        let Some(watch) = watched.get_mut(&id) else {
            return Ok(());
        };
        watch.failures = 0;
        let now = Instant::now();
        let ended = if call.status == CallStatus::Completed
            && results_missing
            && watch.enrichment_polls_left > 0
        {
            watch.enrichment_polls_left -= 1;
            watch.due = now + self.settings.enrichment_every;
            None
        } else if call.status.is_terminal() {
            Some(Progress::Finished)
        } else if now.duration_since(watch.started) >= self.settings.watch_limit {
            Some(Progress::StillRunning)
        } else {
            watch.due = now + self.settings.poll_every;
            None
        };
        if let Some(progress) = ended {
            watched.remove(&id);
            drop(watched);
            self.history.set_progress(id, progress, None)?;
            self.emit_changed(id);
        }
        Ok(())
    }
}

/// Runs until the engine drops and aborts it.
pub(super) async fn poll_loop(engine: Arc<Inner>) {
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
