//! Calls confirmed now and placed later ("Call later…"). A scheduled call
//! goes out through the same sending path as every call, only while the
//! app runs and in its own mode; one whose time passed while the app was
//! closed is never sent without asking ("missed").

use std::sync::Arc;
use std::time::Duration;

use super::placing::{Attempt, Confirmed, REMOVED};
use super::{now_ms, Engine, EngineEvent, Inner, Mode, PlacedCall};
use crate::history::{CallRecord, Progress};
use crate::validate::CallForm;
use crate::{Error, NewCall};

/// A scheduled time must be at least this far ahead, so it is not "now".
const SOONEST_MS: i64 = 1_000;
/// The longest nap between looks at the clock.
const NAP_MS: i64 = 15_000;

impl Engine {
    /// Writes the confirmed call down for `at_ms` and places it then, if the
    /// app is running in this mode.
    pub fn schedule_call(
        &self,
        form: &CallForm,
        confirmed: &Confirmed,
        at_ms: i64,
    ) -> Result<i64, Error> {
        check_time(at_ms)?;
        let new_call = self.accept(form, confirmed)?;
        let id = self.write_down(&new_call, Some(at_ms), confirmed.follows)?;
        self.inner.arm(id, at_ms);
        Ok(id)
    }

    /// Places a scheduled or missed call now, through the one sending path.
    pub async fn call_now(&self, id: i64) -> Result<PlacedCall, Error> {
        let record = self.own(id)?;
        let key = self.inner.key()?;
        if !self
            .inner
            .history
            .start_scheduled(id, record.simulated, None, now_ms())?
        {
            return Err(Error::ConfirmationChanged { what: REMOVED });
        }
        self.inner.emit_changed(id);
        let placement = self
            .inner
            .clone()
            .send_create(id, &key, &new_call_of(&record), Attempt::First)
            .await?;
        Ok(PlacedCall { id, placement })
    }

    /// A new time for a scheduled or missed call.
    pub fn reschedule(&self, id: i64, at_ms: i64) -> Result<(), Error> {
        check_time(at_ms)?;
        self.own(id)?;
        if !self.inner.history.reschedule(id, at_ms)? {
            return Err(Error::ConfirmationChanged { what: REMOVED });
        }
        self.inner.arm(id, at_ms);
        self.inner.emit_changed(id);
        Ok(())
    }

    /// Arms this mode's scheduled calls; one whose time passed while the
    /// app was closed becomes "missed", to be asked about.
    pub(super) fn resume_scheduled(&self) -> Result<(), Error> {
        let now = now_ms();
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
            // Short naps against the wall clock: a computer asleep overnight
            // does not stop the monotonic timer's count, so one long sleep
            // would ring the business hours late.
            loop {
                let left = at_ms.saturating_sub(now_ms());
                if left <= 0 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(left.min(NAP_MS) as u64)).await;
            }
            let simulated = inner.mode.is_practice();
            if now_ms() - at_ms > inner.settings.late_after.as_millis() as i64 {
                // Woken long after its time: ask, as for a time missed while closed.
                if matches!(inner.history.miss_if_scheduled_at(id, at_ms), Ok(true)) {
                    inner.emit_changed(id);
                }
                return;
            }
            let Ok(Some(record)) = inner.history.get(id) else {
                return;
            };
            let key = match inner.key() {
                Ok(key) => key,
                Err(error) => {
                    // Nothing was sent; the person is told why.
                    if matches!(
                        inner
                            .history
                            .start_scheduled(id, simulated, Some(at_ms), now_ms()),
                        Ok(true)
                    ) {
                        let _ = inner.mark_not_placed(id, &error.to_string());
                    }
                    return;
                }
            };
            if !matches!(
                inner
                    .history
                    .start_scheduled(id, simulated, Some(at_ms), now_ms()),
                Ok(true)
            ) {
                return;
            }
            (inner.events)(EngineEvent::ScheduledCallStarting { id });
            inner.emit_changed(id);
            // A refusal is written to the call and reported by the sending path.
            let _ = inner
                .clone()
                .send_create(id, &key, &new_call_of(&record), Attempt::First)
                .await;
        });
    }
}

fn check_time(at_ms: i64) -> Result<(), Error> {
    if at_ms < now_ms() + SOONEST_MS {
        return Err(Error::InvalidForm {
            summary: "Choose a time in the future for the call, or call now.".into(),
        });
    }
    Ok(())
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
