//! Placing a call: the confirmation the person sees, and the one place
//! where `POST /calls` is sent.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::time::Instant;
use ts_rs::TS;

use super::{lock, Engine, EngineEvent, Inner, PlacedCall, Placement};
use crate::budget::Purpose;
use crate::caller::Caller;
use crate::history::{NewRecord, Progress};
use crate::messages::Message;
use crate::validate::{check, follow_up_objective, CallForm};
use crate::{ApiKey, Changed, CreatedCall, Error, ErrorPayload, NewCall};

/// What the confirmation shows, checked afresh when the person asked to
/// place the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Confirmation {
    /// The form as checked: what "Call now" sends.
    pub form: CallForm,
    /// The number that will be dialled, E.164.
    pub phone: String,
    /// The same number as people read it.
    pub international: String,
    pub practice: bool,
    /// Minutes since the last call to this number, if within 10 minutes.
    pub called_minutes_ago: Option<u32>,
    /// That last call, to open it from the warning.
    pub last_call: Option<i64>,
    /// A call to this number could not be confirmed: the service may have
    /// placed it. What to tell the person, in the words of that error.
    pub may_already_be_placed: Option<ErrorPayload>,
    /// What to know about the number (shared cost, voicemail…).
    pub number_note: Option<String>,
    /// Who the call is for ("Jana Novak, Hotel Linde"), if the agent is told.
    pub calling_for: Option<String>,
    /// The number to call back on, as people read it, if the agent is told.
    pub call_back_on: Option<String>,
    /// What is added to the objective for the agent, word for word.
    pub told: Option<String>,
}

/// What the person saw and confirmed; the call is placed only if it still
/// holds.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Confirmed {
    pub phone: String,
    pub practice: bool,
    /// The person was told a call to this number may already have been
    /// placed, and chose to call again.
    #[serde(default)]
    pub despite_unconfirmed: bool,
    /// The call this one follows up ("Follow up…"), shown as one thread.
    #[serde(default)]
    pub follows: Option<i64>,
    /// What the confirmation said is added for the agent
    /// ([`Confirmation::told`]).
    #[serde(default)]
    pub told: Option<String>,
}

/// Calls to the same number this recently are pointed out.
const RECENT_MS: i64 = 10 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attempt {
    First,
    /// The one more try after a `429`.
    AfterWait,
}

/// When a send's wait began, on both clocks, and the latest wall time the
/// request may still leave. The monotonic clock stops while the computer
/// sleeps, so a wait can end hours late by the wall clock: checked right
/// before sending.
#[derive(Debug, Clone, Copy)]
pub(super) struct Deadline {
    began_ms: i64,
    began: Instant,
    latest_ms: i64,
}

/// Why a call accepted for sending was not sent.
enum Unsent {
    /// Removed, placed or moved meanwhile: nothing to write.
    Changed,
    /// Not sent, with the reason written to the call.
    NotPlaced(Error),
}

impl Engine {
    /// The form as it is sent: a follow-up's objective carries the earlier
    /// call's question and answer before what to do now.
    pub(super) fn as_sent(&self, form: &CallForm) -> Result<CallForm, Error> {
        let Some(earlier) = form.follows else {
            return Ok(form.clone());
        };
        let record = self.inner.record(earlier)?;
        Ok(CallForm {
            objective: follow_up_objective(&record, &form.objective),
            follows: None,
            ..form.clone()
        })
    }

    /// What the confirmation shows for the form as it is now, as it will
    /// be sent.
    pub fn prepare(&self, form: &CallForm) -> Result<Confirmation, Error> {
        let form = &self.as_sent(form)?;
        let new_call = checked(form)?;
        let phone = new_call.to_phone_number;
        let history = &self.inner.history;
        let now = self.inner.now_ms();
        let last = history
            .calls_to(&phone, now - RECENT_MS)?
            .into_iter()
            .next();
        let called_minutes_ago = last
            .as_ref()
            .map(|last| ((now - last.created_at_ms).max(0) / 60_000).max(1) as u32);
        let check = crate::validate::check_form(form);
        let international = check.international.unwrap_or_else(|| phone.clone());
        Ok(Confirmation {
            form: form.clone(),
            international: international.clone(),
            number_note: check.number_note,
            may_already_be_placed: history.has_unconfirmed_to(&phone)?.then(|| {
                Error::MayBePlaced {
                    phone: international,
                }
                .payload()
            }),
            phone,
            practice: self.mode().is_practice(),
            called_minutes_ago,
            last_call: last.map(|last| last.id),
            calling_for: form
                .caller
                .as_ref()
                .map(Caller::who)
                .filter(|who| !who.is_empty()),
            call_back_on: form
                .caller
                .as_ref()
                .filter(|caller| !caller.callback.is_empty())
                .map(|caller| caller.callback.clone()),
            told: form.told(),
        })
    }

    /// Places the call the person confirmed: checks that the form still
    /// dials the confirmed number in the confirmed mode, writes the call to
    /// history, then sends it.
    pub async fn place_call(
        &self,
        form: &CallForm,
        confirmed: &Confirmed,
    ) -> Result<PlacedCall, Error> {
        let new_call = self.accept(&self.as_sent(form)?, confirmed)?;
        self.inner.key()?;
        let deadline = self.inner.deadline_for_a_slot(self.inner.now_ms());
        let follows = confirmed.follows.or(form.follows);
        let id = self.write_down(&new_call, None, follows)?;
        self.inner.hold_unsent(id)?;
        let placement = self
            .inner
            .clone()
            .send_create(id, &new_call, Attempt::First, deadline)
            .await?;
        Ok(PlacedCall { id, placement })
    }

    /// The form as confirmed, if it still dials the confirmed number in the
    /// confirmed mode (and the person knows of any call to it that may
    /// already have been placed).
    pub(super) fn accept(&self, form: &CallForm, confirmed: &Confirmed) -> Result<NewCall, Error> {
        let new_call = checked(form)?;
        if new_call.to_phone_number != confirmed.phone {
            return Err(Error::ConfirmationChanged {
                change: Changed::Number,
            });
        }
        if confirmed.practice != self.mode().is_practice() {
            return Err(Error::ConfirmationChanged {
                change: Changed::Mode,
            });
        }
        if form.told() != confirmed.told {
            return Err(Error::ConfirmationChanged {
                change: Changed::Caller,
            });
        }
        if !confirmed.despite_unconfirmed
            && self.inner.history.has_unconfirmed_to(&confirmed.phone)?
        {
            return Err(Error::MayBePlaced {
                phone: confirmed.phone.clone(),
            });
        }
        Ok(new_call)
    }

    /// Writes the call to history before anything is sent: to be placed now,
    /// or at `scheduled_at_ms`.
    pub(super) fn write_down(
        &self,
        new_call: &NewCall,
        scheduled_at_ms: Option<i64>,
        follows: Option<i64>,
    ) -> Result<i64, Error> {
        let id = self.inner.history.add(&NewRecord {
            simulated: self.mode().is_practice(),
            phone: new_call.to_phone_number.clone(),
            business: new_call.business_name.clone(),
            website: new_call.website.clone(),
            objective: new_call.objective.clone(),
            created_at_ms: self.inner.now_ms(),
            scheduled_at_ms,
            follows,
        })?;
        self.inner.emit_changed(id);
        Ok(id)
    }
}

impl Inner {
    /// A send due at `due_ms` waits for a slot in the budget: a full
    /// minute, or a pause the service asked for, at most.
    pub(super) fn deadline_for_a_slot(&self, due_ms: i64) -> Deadline {
        let longest = self.budget.window() + self.settings.rate_limit_cap;
        self.deadline(due_ms, longest)
    }

    /// The send may leave until `longest` (and the lateness allowed) after
    /// `due_ms`.
    pub(super) fn deadline(&self, due_ms: i64, longest: Duration) -> Deadline {
        Deadline {
            began_ms: self.now_ms(),
            began: Instant::now(),
            latest_ms: due_ms + (longest + self.settings.late_after).as_millis() as i64,
        }
    }

    /// Whether the computer slept through the wait (the wall clock ran on
    /// while the monotonic one stood still), or the deadline passed.
    fn past(&self, deadline: &Deadline) -> bool {
        let now = self.now_ms();
        let on_the_wall = now - deadline.began_ms;
        let awake = deadline.began.elapsed().as_millis() as i64;
        now > deadline.latest_ms
            || on_the_wall - awake > self.settings.asleep_after.as_millis() as i64
    }

    /// Counts the call as this engine's to send; a retired engine (the mode
    /// was switched) sends nothing, and says so on the call.
    pub(super) fn hold_unsent(&self, id: i64) -> Result<(), Error> {
        let mut sends = lock(&self.sends);
        if sends.retired {
            drop(sends);
            let error = Error::ConfirmationChanged {
                change: Changed::Mode,
            };
            self.mark_not_placed(id, &(&error).into())?;
            return Err(error);
        }
        sends.unsent.insert(id);
        Ok(())
    }

    /// The one place a `POST /calls` is sent, first or after a `429`, with
    /// the key in the keychain at that moment.
    pub(super) async fn send_create(
        self: Arc<Self>,
        id: i64,
        new_call: &NewCall,
        attempt: Attempt,
        deadline: Deadline,
    ) -> Result<Placement, Error> {
        let slot = self.take_slot(Purpose::CreateCall).await;
        let key = match self.begin_sending(id, &deadline) {
            Ok(key) => key,
            Err(Unsent::Changed) => {
                return Err(Error::ConfirmationChanged {
                    change: Changed::Removed,
                })
            }
            Err(Unsent::NotPlaced(error)) => {
                self.mark_not_placed(id, &(&error).into())?;
                return Err(error);
            }
        };
        // `begin_sending` waited for the disk: the slot counts from now.
        let _ = self.budget.leaving(slot);
        let answer = self.client.create_call(&key, new_call).await;
        let placement = self.take_create_answer(id, answer, attempt, new_call);
        lock(&self.sends).sending.remove(&id);
        placement
    }

    /// Checks, right before sending, that this engine is still the app's,
    /// that the call is still in history, waiting to be sent and of this
    /// mode, that it is not late, and that a key is stored; then marks it
    /// on its way (on disk, with the time: a crash from here on leaves it
    /// to be looked for).
    fn begin_sending(&self, id: i64, deadline: &Deadline) -> Result<ApiKey, Unsent> {
        let mut sends = lock(&self.sends);
        sends.unsent.remove(&id);
        let stored = |error: Error| Unsent::NotPlaced(error);
        let record = match self.history.get(id) {
            Ok(Some(record)) => record,
            Ok(None) => return Err(Unsent::Changed),
            Err(error) => return Err(stored(error)),
        };
        let waiting = matches!(record.progress, Progress::Placing | Progress::Waiting)
            && record.simulated == self.mode.is_practice();
        if !waiting {
            return Err(Unsent::Changed);
        }
        if sends.retired {
            return Err(stored(Error::ConfirmationChanged {
                change: Changed::Mode,
            }));
        }
        let key = self.key().map_err(stored)?;
        match self.history.begin_send(id, record.simulated, self.now_ms()) {
            Ok(true) => {}
            Ok(false) => return Err(Unsent::Changed),
            Err(error) => return Err(stored(error)),
        }
        // Last, right before the request leaves: the write above waits for
        // the disk.
        if self.past(deadline) {
            return Err(stored(Error::SentTooLate));
        }
        sends.sending.insert(id);
        Ok(key)
    }

    fn take_create_answer(
        self: &Arc<Self>,
        id: i64,
        answer: Result<CreatedCall, Error>,
        attempt: Attempt,
        new_call: &NewCall,
    ) -> Result<Placement, Error> {
        match answer {
            Ok(created) => {
                // The answer already said "queued": the first poll waits its turn.
                let first_poll = self.settings.poll_every;
                self.mark_placed(id, &created.call_id, created.credits_remaining, first_poll);
                Ok(Placement::Placed)
            }
            Err(Error::RateLimited {
                retry_after_seconds,
            }) if attempt == Attempt::First => {
                let wait = self
                    .settings
                    .rate_limit_pause(retry_after_seconds)
                    .max(self.settings.rate_limit_wait);
                self.budget.pause(wait);
                lock(&self.sends).unsent.insert(id);
                self.history.set_progress(id, Progress::Waiting, None)?;
                self.emit_changed(id);
                let deadline = self.deadline_for_a_slot(self.now_ms() + wait.as_millis() as i64);
                let (inner, new_call) = (self.clone(), new_call.clone());
                self.spawn(
                    async move { inner.retry_after_wait(id, new_call, wait, deadline).await },
                );
                Ok(Placement::Waiting)
            }
            Err(error @ Error::RateLimited { .. }) => {
                self.mark_not_placed(id, &Message::new("problem-busy-after-wait", &[]))?;
                Err(error)
            }
            Err(error) if answer_may_be_lost(&error) => {
                // The call may exist: never send it again, find out instead.
                self.find_lost_call(id, Some(&error.to_string()))?;
                self.emit_problem(id, &error);
                Ok(Placement::Unconfirmed)
            }
            Err(error) => {
                self.mark_not_placed(id, &(&error).into())?;
                Err(error)
            }
        }
    }

    /// The service took the call: keep its id and follow it, first polled
    /// `first_poll` from now. The call is followed even if history cannot
    /// save it, and the person is told.
    pub(super) fn mark_placed(
        self: &Arc<Self>,
        id: i64,
        call_id: &str,
        credits: Option<u32>,
        first_poll: Duration,
    ) {
        if let Some(remaining) = credits {
            (self.events)(EngineEvent::Credits {
                remaining,
                practice: self.mode.is_practice(),
            });
        }
        match self.history.confirm(id, call_id, credits) {
            Ok(true) => self.watch(id, call_id.to_owned(), first_poll),
            // Removed by the person while on its way: not followed.
            Ok(false) => {}
            Err(error) => {
                self.watch(id, call_id.to_owned(), first_poll);
                self.emit_problem(
                    id,
                    &Error::PlacedNotSaved {
                        detail: error.to_string(),
                    },
                );
            }
        }
        self.emit_changed(id);
    }

    /// After a `429` on create: count down, then one more try, only if
    /// the call is still wanted then. A computer that sleeps through the
    /// countdown finds the call not placed when it wakes.
    async fn retry_after_wait(
        self: Arc<Self>,
        id: i64,
        new_call: NewCall,
        wait: Duration,
        deadline: Deadline,
    ) {
        let tick = self.settings.countdown_tick;
        let ticks = (wait.as_secs_f64() / tick.as_secs_f64()).ceil() as u32;
        for left in (1..=ticks).rev() {
            if !matches!(self.history.get(id), Ok(Some(_))) {
                // Removed during the countdown: never sent.
                lock(&self.sends).unsent.remove(&id);
                return;
            }
            if self.past(&deadline) {
                lock(&self.sends).unsent.remove(&id);
                if self
                    .mark_not_placed(id, &(&Error::SentTooLate).into())
                    .is_ok()
                {
                    self.emit_problem(id, &Error::SentTooLate);
                }
                return;
            }
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
        let outcome = self
            .clone()
            .send_create(id, &new_call, Attempt::AfterWait, deadline)
            .await;
        match outcome {
            Err(Error::ConfirmationChanged {
                change: Changed::Removed,
            })
            | Ok(_) => {}
            Err(error) => self.emit_problem(id, &error),
        }
    }
}

/// The form checked, as a one-line error if anything needs fixing.
fn checked(form: &CallForm) -> Result<NewCall, Error> {
    check(form).map_err(|_| Error::InvalidForm)
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
