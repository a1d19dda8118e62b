//! Placing a call: the confirmation the person sees, and the one place
//! where `POST /calls` is sent.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{lock, now_ms, Engine, EngineEvent, Inner, PlacedCall, Placement};
use crate::budget::Purpose;
use crate::history::{NewRecord, Progress};
use crate::validate::{check, CallForm};
use crate::{ApiKey, CreatedCall, Error, NewCall};

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
    /// A call to this number could not be confirmed: the service may have
    /// placed it.
    pub may_already_be_placed: bool,
    /// What to know about the number (shared cost, voicemail…).
    pub number_note: Option<String>,
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
    #[ts(type = "number | null")]
    pub follows: Option<i64>,
}

/// Calls to the same number this recently are pointed out.
const RECENT_MS: i64 = 10 * 60 * 1000;

pub(super) const REMOVED: &str = "The call was removed before it was sent";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attempt {
    First,
    /// The one more try after a `429`.
    AfterWait,
}

impl Engine {
    /// What the confirmation shows for the form as it is now.
    pub fn prepare(&self, form: &CallForm) -> Result<Confirmation, Error> {
        let new_call = checked(form)?;
        let phone = new_call.to_phone_number;
        let history = &self.inner.history;
        let now = now_ms();
        let called_minutes_ago = history
            .calls_to(&phone, now - RECENT_MS)?
            .first()
            .map(|last| ((now - last.created_at_ms).max(0) / 60_000).max(1) as u32);
        let check = crate::validate::check_form(form);
        Ok(Confirmation {
            form: form.clone(),
            international: check.international.unwrap_or_else(|| phone.clone()),
            number_note: check.number_note,
            may_already_be_placed: history.has_unconfirmed_to(&phone)?,
            phone,
            practice: self.mode().is_practice(),
            called_minutes_ago,
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
        let new_call = self.accept(form, confirmed)?;
        let key = self.inner.key()?;
        let id = self.write_down(&new_call, None, confirmed.follows)?;
        let placement = self
            .inner
            .clone()
            .send_create(id, &key, &new_call, Attempt::First)
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
                what: "The number changed after you confirmed it",
            });
        }
        if confirmed.practice != self.mode().is_practice() {
            return Err(Error::ConfirmationChanged {
                what: "Practice mode was switched after you confirmed the call",
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
            created_at_ms: now_ms(),
            scheduled_at_ms,
            follows,
        })?;
        self.inner.emit_changed(id);
        Ok(id)
    }
}

impl Inner {
    /// The one place a `POST /calls` is sent, first or after a `429`.
    pub(super) async fn send_create(
        self: Arc<Self>,
        id: i64,
        key: &ApiKey,
        new_call: &NewCall,
        attempt: Attempt,
    ) -> Result<Placement, Error> {
        self.take_slot(Purpose::CreateCall).await;
        if !self.begin_sending(id)? {
            return Err(Error::ConfirmationChanged { what: REMOVED });
        }
        let answer = self.client.create_call(key, new_call).await;
        let placement = self.take_create_answer(id, answer, attempt, key, new_call);
        lock(&self.sending).remove(&id);
        placement
    }

    /// Checks, right before sending, that the call is still in history,
    /// still waiting to be sent and of this mode; then marks it on its way
    /// (on disk: a crash from here on leaves it "not confirmed").
    fn begin_sending(&self, id: i64) -> Result<bool, Error> {
        let mut sending = lock(&self.sending);
        let wanted = self.history.get(id)?.is_some_and(|record| {
            matches!(record.progress, Progress::Placing | Progress::Waiting)
                && record.simulated == self.mode.is_practice()
        });
        if wanted {
            self.history.set_progress(id, Progress::Placing, None)?;
            sending.insert(id);
        }
        Ok(wanted)
    }

    fn take_create_answer(
        self: &Arc<Self>,
        id: i64,
        answer: Result<CreatedCall, Error>,
        attempt: Attempt,
        key: &ApiKey,
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
                self.history.set_progress(id, Progress::Waiting, None)?;
                self.emit_changed(id);
                let (inner, key, new_call) = (self.clone(), key.clone(), new_call.clone());
                self.spawn(async move { inner.retry_after_wait(id, key, new_call, wait).await });
                Ok(Placement::Waiting)
            }
            Err(error @ Error::RateLimited { .. }) => {
                self.mark_not_placed(
                    id,
                    "The service is still too busy after a minute's wait, so the call was not \
                     placed. Try again in a few minutes.",
                )?;
                Err(error)
            }
            Err(error) if answer_may_be_lost(&error) => {
                // The call may exist: never send it again, find out instead.
                self.look_for(id, Some(&error.to_string()))?;
                self.emit_problem(id, &error);
                Ok(Placement::Unconfirmed)
            }
            Err(error) => {
                self.mark_not_placed(id, &error.to_string())?;
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
    /// the call is still wanted then.
    async fn retry_after_wait(
        self: Arc<Self>,
        id: i64,
        key: ApiKey,
        new_call: NewCall,
        wait: Duration,
    ) {
        let tick = self.settings.countdown_tick;
        let ticks = (wait.as_secs_f64() / tick.as_secs_f64()).ceil() as u32;
        for left in (1..=ticks).rev() {
            if !matches!(self.history.get(id), Ok(Some(_))) {
                return; // removed during the countdown: never sent
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
            .send_create(id, &key, &new_call, Attempt::AfterWait)
            .await;
        match outcome {
            Err(Error::ConfirmationChanged { what: REMOVED }) | Ok(_) => {}
            Err(error) => self.emit_problem(id, &error),
        }
    }
}

/// The form checked, as a one-line error if anything needs fixing.
fn checked(form: &CallForm) -> Result<NewCall, Error> {
    check(form).map_err(|check| Error::InvalidForm {
        summary: check
            .first_problem()
            .unwrap_or("Some details need fixing before the call can be placed.")
            .to_owned(),
    })
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
