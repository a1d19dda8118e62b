//! Watching placed calls: one loop, one request per budget slot. One call
//! in flight is read directly; two or more are watched through one list
//! request, and a call is read directly only when the list says it ended
//! (for its results) or cannot tell (no status, or not on the page).

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::{lock, EngineEvent, Inner};
use crate::budget::Purpose;
use crate::history::{Applied, Progress};
use crate::messages::Message;
use crate::{Call, CallStatus, Error, ListedCall};

/// How many times in a row the service may say it does not know a call
/// before the app stops asking: one `404` can be a hiccup.
const NOT_FOUND_TRIES: u32 = 3;

/// The most calls one list request asks for (the service's page limit).
const LARGEST_PAGE: u32 = 100;

pub(super) struct Watch {
    call_id: String,
    started: Instant,
    due: Instant,
    failures: u32,
    not_found: u32,
    enrichment_polls_left: u32,
    /// When the call was first seen completed with results still to come.
    completed: Option<Instant>,
    /// Read it directly next: the list said it ended, or could not tell.
    direct: bool,
    /// When its request was sent (wall clock): the list page must reach back
    /// to it.
    sent_ms: i64,
}

/// What the next budget slot is spent on.
enum Look {
    /// `GET /calls/{id}`.
    Direct { id: i64, call_id: String },
    /// `GET /calls?limit=N`, for every call watched through the list.
    List,
}

impl Inner {
    /// Follows a placed call; its first poll is `first_poll` from now.
    pub(super) fn watch(&self, id: i64, call_id: String, first_poll: Duration) {
        let now = Instant::now();
        let sent_ms = match self.history.get(id) {
            Ok(Some(record)) => record.sent_at_ms.unwrap_or(record.created_at_ms),
            _ => self.now_ms(),
        };
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
                direct: false,
                sent_ms,
            },
        );
        self.wake.notify_one();
    }

    /// How often the list is read: as often as the paced budget allows.
    fn list_every(&self) -> Duration {
        self.budget.spacing().max(self.settings.minute / 30)
    }

    /// Picks what is due first: a direct read, or the list when two or more
    /// calls are watched through it. `Err` is how long until something is due.
    fn next_look(&self) -> Option<Result<Look, Duration>> {
        let mut watched = lock(&self.watched);
        let now = Instant::now();
        let listed: Vec<i64> = watched
            .iter()
            .filter(|(_, watch)| !watch.direct)
            .map(|(id, _)| *id)
            .collect();
        let by_list = self.settings.watch_by_list && listed.len() >= 2;
        let direct = watched
            .iter()
            .filter(|(_, watch)| !by_list || watch.direct)
            .min_by_key(|(_, watch)| watch.due)
            .map(|(id, watch)| (*id, watch.due));
        let list_due = by_list
            .then(|| listed.iter().map(|id| watched[id].due).min())
            .flatten();
        // Both due: they take turns, so results to fetch never hold up
        // learning that other calls ended, nor the other way round.
        let list_turn = list_due.is_some_and(|due| due <= now)
            && direct.is_some_and(|(_, due)| due <= now)
            && !self.listed_last.load(Ordering::Relaxed);
        let look = match (direct, list_due) {
            (Some((id, due)), list) if !list_turn && list.is_none_or(|list| due <= list) => {
                if due > now {
                    return Some(Err(due - now));
                }
                let watch = watched.get_mut(&id)?;
                // Due again later whatever happens below, so a call whose
                // answer cannot be saved never starves the others.
                watch.due = now + self.settings.poll_every;
                self.listed_last.store(false, Ordering::Relaxed);
                Look::Direct {
                    id,
                    call_id: watch.call_id.clone(),
                }
            }
            (_, Some(due)) => {
                if due > now {
                    return Some(Err(due - now));
                }
                for id in &listed {
                    if let Some(watch) = watched.get_mut(id) {
                        watch.due = now + self.list_every();
                    }
                }
                self.listed_last.store(true, Ordering::Relaxed);
                Look::List
            }
            _ => return None,
        };
        Some(Ok(look))
    }

    /// How many of the newest calls the list page needs, worked out as the
    /// request leaves (calls placed while it waited for its slot count):
    /// this app's calls since the oldest one watched through the list, and
    /// as many as other clients had on the last page.
    fn page_size(&self) -> u32 {
        let (listed, since) = {
            let watched = lock(&self.watched);
            let listed = watched.values().filter(|watch| !watch.direct);
            (
                listed.clone().count() as u32,
                listed.map(|watch| watch.sent_ms).min(),
            )
        };
        let ours = since.map_or(0, |since| {
            self.history
                .placed_since(self.mode.is_practice(), since)
                .unwrap_or(LARGEST_PAGE)
        });
        ours.max(listed)
            .saturating_add(self.list_extra.load(Ordering::Relaxed))
            .clamp(1, LARGEST_PAGE)
    }

    /// Spends one budget slot on what is due first; returns how long to wait
    /// before the next, or `None` when nothing is watched.
    async fn poll_next(self: &Arc<Self>) -> Option<Duration> {
        let look = match self.next_look()? {
            Ok(look) => look,
            Err(wait) => return Some(wait),
        };
        // No key yet (the keychain is still asked, say): wait for one;
        // `set_key` wakes the loop.
        let Ok(key) = self.key() else {
            return None;
        };
        let _ = self.take_slot(Purpose::Poll).await;
        match look {
            Look::Direct { id, call_id } => {
                let answer = self.client.get_call(&key, &call_id).await;
                if let Err(error) = self.take_answer(id, answer) {
                    self.emit_problem(id, &error);
                }
            }
            Look::List => {
                let answer = self.client.list_calls(&key, self.page_size()).await;
                self.take_list(answer);
            }
        }
        Some(Duration::ZERO)
    }

    /// Takes in a list page: each watched call on it with a status is
    /// brought up to date (an ended one is then read directly, for its
    /// results); one the page cannot tell about is read directly.
    fn take_list(self: &Arc<Self>, answer: Result<Vec<ListedCall>, Error>) {
        let page = match answer {
            Ok(page) => page,
            Err(Error::RateLimited {
                retry_after_seconds,
            }) => {
                self.budget
                    .pause(self.settings.rate_limit_pause(retry_after_seconds));
                return;
            }
            Err(error) => {
                let mut watched = lock(&self.watched);
                let now = Instant::now();
                let mut first_failures = Vec::new();
                for (id, watch) in watched.iter_mut().filter(|(_, watch)| !watch.direct) {
                    watch.failures += 1;
                    watch.due = now + self.settings.backoff(watch.failures);
                    if watch.failures == 1 {
                        first_failures.push(*id);
                    }
                }
                drop(watched);
                for id in first_failures {
                    self.emit_problem(id, &error);
                }
                return;
            }
        };
        // Matched by `call_id` only; the first item with an id counts.
        let mut statuses: HashMap<&str, Option<&CallStatus>> = HashMap::new();
        for item in &page {
            if let Some(call_id) = item.call_id.as_deref() {
                statuses.entry(call_id).or_insert(item.status.as_ref());
            }
        }
        let watching: Vec<(i64, String)> = lock(&self.watched)
            .iter()
            .filter(|(_, watch)| !watch.direct)
            .map(|(id, watch)| (*id, watch.call_id.clone()))
            .collect();
        let foreign = statuses
            .keys()
            .filter(|call_id| matches!(self.history.find_by_call_id(call_id), Ok(None)))
            .count() as u32;
        self.list_extra.store(foreign, Ordering::Relaxed);
        for (id, call_id) in watching {
            let status = statuses.get(call_id.as_str()).copied().flatten();
            let read_directly = match status {
                Some(status) => match self.take_listed_status(id, &call_id, status) {
                    Ok(Some(read_directly)) => read_directly,
                    Ok(None) => continue,
                    Err(error) => {
                        self.emit_problem(id, &error);
                        false
                    }
                },
                // Not on the page, or without a status: the list cannot tell.
                None => true,
            };
            let mut watched = lock(&self.watched);
            if let Some(watch) = watched.get_mut(&id) {
                watch.failures = 0;
                if read_directly {
                    watch.direct = true;
                    watch.due = Instant::now();
                }
            }
        }
    }

    /// A status the list gave for a watched call, saved with its time:
    /// whether to read the call directly next (it ended, or it has been
    /// watched for the longest allowed), or `None` once it is gone.
    fn take_listed_status(
        self: &Arc<Self>,
        id: i64,
        call_id: &str,
        status: &CallStatus,
    ) -> Result<Option<bool>, Error> {
        let call = Call::with_status(call_id, status.clone());
        match self.history.apply(id, &call, self.now_ms())? {
            Applied::Gone => {
                lock(&self.watched).remove(&id);
                Ok(None)
            }
            Applied::Kept {
                changed,
                status_changed,
                ..
            } => {
                if status_changed {
                    (self.events)(EngineEvent::StatusChanged {
                        id,
                        status: status.clone(),
                    });
                }
                if changed {
                    self.emit_changed(id);
                }
                let watched_long = lock(&self.watched)
                    .get(&id)
                    .is_some_and(|watch| watch.started.elapsed() >= self.settings.watch_limit);
                Ok(Some(status.is_terminal() || watched_long))
            }
        }
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
            // Still going: the list watches it again.
            watch.direct = false;
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
