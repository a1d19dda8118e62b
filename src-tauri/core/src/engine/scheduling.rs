//! Calls confirmed now and placed later ("Call later…"). A scheduled call
//! goes out through the same sending path as every call, only while the
//! app runs and in its own mode; one whose time passed while the app was
//! closed is never sent without asking ("missed").

use std::sync::Arc;
use std::time::Duration;

use super::placing::{Attempt, Confirmed};
use super::{Engine, EngineEvent, Inner, Mode, PlacedCall};
use crate::history::{CallRecord, Progress};
use crate::validate::CallForm;
use crate::{Changed, Error, NewCall};

/// A scheduled time must be at least this far ahead, so it is not "now".
const SOONEST_MS: i64 = 1_000;

impl Engine {
    /// Writes the confirmed call down for `at_ms` and places it then, if the
    /// app is running in this mode.
    pub fn schedule_call(
        &self,
        form: &CallForm,
        confirmed: &Confirmed,
        at_ms: i64,
    ) -> Result<i64, Error> {
        self.check_time(at_ms)?;
        let new_call = self.accept(&self.as_sent(form)?, confirmed)?;
        let follows = confirmed.follows.or(form.follows);
        let id = self.write_down(&new_call, Some(at_ms), follows)?;
        self.inner.arm(id, at_ms);
        Ok(id)
    }

    /// Places a scheduled or missed call now, through the one sending path.
    /// Like a call from the form, it asks first (`despite_unconfirmed`)
    /// when a call to the same number may already have been placed.
    pub async fn call_now(&self, id: i64, despite_unconfirmed: bool) -> Result<PlacedCall, Error> {
        let record = self.own(id)?;
        if !matches!(record.progress, Progress::Scheduled | Progress::Missed) {
            return Err(self.inner.lost_race(id));
        }
        self.inner.key()?;
        if !despite_unconfirmed && self.inner.history.has_unconfirmed_to(&record.phone)? {
            return Err(Error::MayBePlaced {
                phone: record.phone.clone(),
            });
        }
        let now = self.inner.now_ms();
        let deadline = self.inner.deadline_for_a_slot(now);
        if !self
            .inner
            .history
            .start_scheduled(id, record.simulated, None, now)?
        {
            return Err(self.inner.lost_race(id));
        }
        self.inner.hold_unsent(id)?;
        self.inner.emit_changed(id);
        let placement = self
            .inner
            .clone()
            .send_create(id, &new_call_of(&record), Attempt::First, deadline)
            .await?;
        Ok(PlacedCall { id, placement })
    }

    /// A new time for a scheduled or missed call.
    pub fn reschedule(&self, id: i64, at_ms: i64) -> Result<(), Error> {
        self.check_time(at_ms)?;
        self.own(id)?;
        if !self.inner.history.reschedule(id, at_ms)? {
            return Err(self.inner.lost_race(id));
        }
        self.inner.arm(id, at_ms);
        self.inner.emit_changed(id);
        Ok(())
    }

    /// Arms this mode's scheduled calls; one whose time passed while the
    /// app was closed becomes "missed", to be asked about.
    pub(super) fn resume_scheduled(&self) -> Result<(), Error> {
        let now = self.inner.now_ms();
        for (id, at_ms) in self.inner.history.scheduled(self.mode().is_practice())? {
            if at_ms > now {
                self.inner.arm(id, at_ms);
            } else {
                self.inner
                    .history
                    .set_progress(id, Progress::Missed, None)?;
                self.inner.emit_changed(id);
            }
        }
        Ok(())
    }

    fn check_time(&self, at_ms: i64) -> Result<(), Error> {
        if at_ms < self.inner.now_ms() + SOONEST_MS {
            return Err(Error::TimeInThePast {});
        }
        Ok(())
    }

    /// The record, if it is a call of this engine's mode.
    fn own(&self, id: i64) -> Result<CallRecord, Error> {
        let record = self.inner.record(id)?;
        if Mode::of(&record) != self.mode() {
            return Err(Error::WrongMode {
                practice: record.simulated,
            });
        }
        Ok(record)
    }
}

impl Inner {
    /// Places the call at `at_ms`, unless by then it was removed, placed,
    /// or moved to another time (a later `arm` takes over).
    fn arm(self: &Arc<Self>, id: i64, at_ms: i64) {
        let inner = self.clone();
        self.spawn(async move {
            // Short naps (15 s) against the wall clock: the monotonic timer
            // stops while the computer sleeps, so one long sleep would ring
            // the business hours late.
            loop {
                let left = at_ms.saturating_sub(inner.now_ms());
                if left <= 0 {
                    break;
                }
                let nap = (inner.settings.late_after / 8).as_millis().max(1) as i64;
                tokio::time::sleep(Duration::from_millis(left.min(nap) as u64)).await;
            }
            inner.place_scheduled(id, at_ms).await;
        });
    }

    /// The scheduled call's time came: place it, unless it was removed,
    /// placed or moved meanwhile; ask instead when the timer woke late (the
    /// computer slept) or a call to the same number may already have been
    /// placed.
    async fn place_scheduled(self: Arc<Self>, id: i64, at_ms: i64) {
        let simulated = self.mode.is_practice();
        let Ok(Some(record)) = self.history.get(id) else {
            return;
        };
        let late = self.now_ms() - at_ms > self.settings.late_after.as_millis() as i64;
        let unsure = !late && matches!(self.history.has_unconfirmed_to(&record.phone), Ok(true));
        if late || unsure {
            let reason = unsure.then(|| {
                Error::MayBePlaced {
                    phone: record.phone.clone(),
                }
                .to_string()
            });
            if matches!(
                self.history
                    .miss_if_scheduled_at(id, at_ms, reason.as_deref()),
                Ok(true)
            ) {
                self.emit_changed(id);
            }
            return;
        }
        let now = self.now_ms();
        let deadline = self.deadline(at_ms, self.budget.window());
        if !matches!(
            self.history
                .start_scheduled(id, simulated, Some(at_ms), now),
            Ok(true)
        ) {
            return;
        }
        if self.hold_unsent(id).is_err() {
            return;
        }
        (self.events)(EngineEvent::ScheduledCallStarting { id });
        self.emit_changed(id);
        // A refusal, a missing key or a late wake is written to the call
        // by the sending path.
        if let Err(error) = self
            .clone()
            .send_create(id, &new_call_of(&record), Attempt::First, deadline)
            .await
        {
            self.emit_problem(id, &error);
        }
    }

    /// Why a scheduled call could not be placed or moved by the person:
    /// its timer got there first, or it is gone.
    fn lost_race(&self, id: i64) -> Error {
        match self.history.get(id) {
            Ok(Some(record))
                if !matches!(
                    record.progress,
                    Progress::Scheduled | Progress::Missed | Progress::NotPlaced
                ) =>
            {
                Error::AlreadyBeingPlaced
            }
            _ => Error::ConfirmationChanged {
                change: Changed::Removed,
            },
        }
    }
}

/// The request for a call written down earlier: exactly what was confirmed.
fn new_call_of(record: &CallRecord) -> NewCall {
    NewCall {
        to_phone_number: record.phone.clone(),
        objective: record.objective.clone(),
        business_name: record.business.clone(),
        website: record.website.clone(),
    }
}
