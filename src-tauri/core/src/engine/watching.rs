//! Watching placed calls: one loop polls the call that is due first,
//! through the shared budget, until each call ends.

use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::{lock, EngineEvent, Inner};
use crate::budget::Purpose;
use crate::history::{Applied, Progress};
use crate::messages::Message;
use crate::{Call, CallStatus, Error};

/// How many times in a row the service may say it does not know a call
/// before the app stops asking: one `404` can be a hiccup.
const NOT_FOUND_TRIES: u32 = 3;

pub(super) struct Watch {
    call_id: String,
    started: Instant,
    due: Instant,
    failures: u32,
    not_found: u32,
    enrichment_polls_left: u32,
    /// When the call was first seen completed with results still to come.
    completed: Option<Instant>,
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
                not_found: 0,
                enrichment_polls_left: self.settings.enrichment_polls,
                completed: None,
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
        // No key yet (the keychain is still asked, say): wait for one;
        // `set_key` wakes the loop.
        let Ok(key) = self.key() else {
            return None;
        };
        let _ = self.take_slot(Purpose::Poll).await;
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
                let gave_up = {
                    let mut watched = lock(&self.watched);
                    let Some(watch) = watched.get_mut(&id) else {
                        return Ok(());
                    };
                    watch.not_found += 1;
                    watch.due = Instant::now() + self.settings.backoff(watch.not_found);
                    let gave_up = watch.not_found >= NOT_FOUND_TRIES;
                    if gave_up {
                        watched.remove(&id);
                    }
                    gave_up
                };
                if gave_up {
                    let message = Message::new("problem-forgotten", &[]).stored();
                    self.history
                        .set_progress(id, Progress::StillRunning, Some(&message))?;
                    self.emit_changed(id);
                }
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
        let results_pending = match self.history.apply(id, &call, self.now_ms())? {
            Applied::Gone => {
                lock(&self.watched).remove(&id);
                return Ok(());
            }
            Applied::Kept {
                changed,
                status_changed,
                results_pending,
            } => {
                if status_changed {
                    (self.events)(EngineEvent::StatusChanged {
                        id,
                        status: call.status.clone(),
                    });
                }
                // A poll that changed nothing is no news.
                if changed {
                    self.emit_changed(id);
                }
                results_pending
            }
        };
        if let Some(link) = &call.recording_url {
            self.fetch_recording(id, link.clone());
        }
        let mut watched = lock(&self.watched);
        let Some(watch) = watched.get_mut(&id) else {
            return Ok(());
        };
        watch.failures = 0;
        watch.not_found = 0;
        let now = Instant::now();
        // Results that come after the status: a few quick reads, then the
        // usual pace for a while, then what has come is what is shown.
        let completed = call.status == CallStatus::Completed;
        let completed_at = if completed {
            *watch.completed.get_or_insert(now)
        } else {
            now
        };
        let ended = if completed && results_pending && watch.enrichment_polls_left > 0 {
            watch.enrichment_polls_left -= 1;
            watch.due = now + self.settings.enrichment_every;
            None
        } else if completed
            && results_pending
            && now.duration_since(completed_at) < self.settings.results_wait
        {
            watch.due = now + self.settings.poll_every;
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
            let why = (progress == Progress::StillRunning).then(|| {
                let minutes = self.settings.watch_limit_minutes();
                Message::new("problem-still-running", &[("minutes", minutes.into())]).stored()
            });
            self.history.set_progress(id, progress, why.as_deref())?;
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
