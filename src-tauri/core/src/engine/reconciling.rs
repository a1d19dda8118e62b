//! Finding a call whose create answer was lost, among the recent calls.
//!
//! The list promises only the call fields (id, status, results); number,
//! objective and creation time may be missing. A listed call counts as the
//! lost one only on proof: the number and the creation time are there and
//! fit, every other field that is there agrees, and history does not know
//! the call yet. Without proof the call stays "may have been placed" —
//! never "not placed", because the service may have dialled.

use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use super::{Inner, Mode};
use crate::budget::Purpose;
use crate::history::{CallRecord, Progress};
use crate::messages::Message;
use crate::{Error, ListedCall};

/// The service's clock may run a little behind ours.
const CLOCK_SKEW_MS: i64 = 2_000;

impl Inner {
    /// Marks the call "not confirmed" and starts looking for it.
    pub(super) fn find_lost_call(
        self: &Arc<Self>,
        id: i64,
        last_error: Option<&str>,
    ) -> Result<(), Error> {
        self.history
            .set_progress(id, Progress::Unconfirmed, last_error)?;
        self.emit_changed(id);
        let inner = self.clone();
        self.spawn(async move { inner.reconcile(id).await });
        Ok(())
    }

    /// A few looks at the recent calls, `poll_every` apart; every look
    /// counts, answered or not, so looking always ends.
    async fn reconcile(self: Arc<Self>, id: i64) {
        let mut failures = 0;
        for _ in 0..self.settings.reconcile_looks {
            // Give a late request time to arrive before each look.
            tokio::time::sleep(self.settings.poll_every).await;
            let Some(record) = self.still_unconfirmed(id) else {
                return;
            };
            let Ok(key) = self.key() else { continue };
            let _ = self.take_slot(Purpose::Poll).await;
            match self.client.list_calls(&key, 20).await {
                Ok(recent) => {
                    let window = self.client.request_timeout();
                    let found = recent.iter().find_map(|call| {
                        let call_id = call.call_id.as_deref()?;
                        (proves_it_is(call, &record, window) && !self.knows(call_id))
                            .then_some(call_id)
                    });
                    if let Some(call_id) = found {
                        self.mark_placed(id, call_id, None, Duration::ZERO);
                        return;
                    }
                }
                Err(Error::RateLimited {
                    retry_after_seconds,
                }) => self
                    .budget
                    .pause(self.settings.rate_limit_pause(retry_after_seconds)),
                Err(_) => {
                    failures += 1;
                    tokio::time::sleep(self.settings.backoff(failures)).await;
                }
            }
        }
        if self.still_unconfirmed(id).is_some() {
            let _ = self.history.set_progress(
                id,
                Progress::MayBePlaced,
                Some(&Message::new("problem-may-be-placed", &[]).stored()),
            );
            self.emit_changed(id);
        }
    }

    /// The call, if it is still in history, not confirmed, and of this mode.
    fn still_unconfirmed(&self, id: i64) -> Option<CallRecord> {
        let record = self.history.get(id).ok().flatten()?;
        (record.progress == Progress::Unconfirmed && Mode::of(&record) == self.mode)
            .then_some(record)
    }

    /// Whether history already has a call with this service id (an error
    /// counts as yes: no match is safer than a wrong one).
    fn knows(&self, call_id: &str) -> bool {
        !matches!(self.history.find_by_call_id(call_id), Ok(None))
    }
}

/// Whether a listed call is the one `record` asked for: created after its
/// request left and before that request timed out (`window`), give or take
/// the clocks' skew.
fn proves_it_is(call: &ListedCall, record: &CallRecord, window: Duration) -> bool {
    let Some(number) = call.to_phone_number.as_deref() else {
        return false;
    };
    let Some(created_ms) = call.created_at.as_deref().and_then(epoch_ms) else {
        return false;
    };
    // A record from before sending times were kept falls back on when it
    // was written down.
    let sent_ms = record.sent_at_ms.unwrap_or(record.created_at_ms);
    let in_window = created_ms >= sent_ms - CLOCK_SKEW_MS
        && created_ms <= sent_ms + window.as_millis() as i64 + CLOCK_SKEW_MS;
    // A field the list leaves out says nothing; one it has must agree.
    let agrees = |listed: Option<&str>, ours: Option<&str>| {
        listed.is_none_or(|listed| Some(listed.trim()) == ours.map(str::trim))
    };
    number == record.phone
        && in_window
        && agrees(call.objective.as_deref(), Some(&record.objective))
        && agrees(call.business_name.as_deref(), record.business.as_deref())
}

fn epoch_ms(text: &str) -> Option<i64> {
    let at = humantime::parse_rfc3339_weak(text).ok()?;
    Some(at.duration_since(UNIX_EPOCH).ok()?.as_millis() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> CallRecord {
        let history = crate::history::History::open(
            &tempfile::tempdir().unwrap().keep().join("history.sqlite3"),
        )
        .unwrap()
        .history;
        let id = history
            .add(&crate::history::NewRecord {
                simulated: false,
                phone: "+14155550105".into(),
                business: Some("Luigi's".into()),
                website: None,
                objective: "Book a table".into(),
                created_at_ms: 1_700_000_000_000,
                scheduled_at_ms: None,
                follows: None,
            })
            .unwrap();
        history.get(id).unwrap().unwrap()
    }

    fn listed(fields: serde_json::Value) -> ListedCall {
        let mut call = serde_json::json!({"call_id": "cl_1", "status": "queued"});
        call.as_object_mut()
            .unwrap()
            .extend(fields.as_object().unwrap().clone());
        ListedCall::from_item(&call)
    }

    #[test]
    fn only_present_fields_that_fit_prove_a_match() {
        let record = record();
        let window = Duration::from_secs(30);
        let at = |ms: i64| {
            humantime::format_rfc3339_millis(UNIX_EPOCH + Duration::from_millis(ms as u64))
                .to_string()
        };
        let full = listed(serde_json::json!({
            "to_phone_number": "+14155550105",
            "objective": "Book a table",
            "created_at": at(1_700_000_001_000),
        }));
        assert!(proves_it_is(&full, &record, window));
        // Only the documented fields: nothing is proven.
        assert!(!proves_it_is(
            &listed(serde_json::json!({})),
            &record,
            window
        ));
        // No creation time, or one that does not parse: no proof.
        for created in [serde_json::Value::Null, "yesterday".into()] {
            let call = listed(serde_json::json!({
                "to_phone_number": "+14155550105", "created_at": created,
            }));
            assert!(!proves_it_is(&call, &record, window));
        }
        // Created long before the request, or long after.
        for ms in [1_699_999_000_000, 1_700_000_040_000] {
            let call = listed(serde_json::json!({
                "to_phone_number": "+14155550105", "created_at": at(ms),
            }));
            assert!(!proves_it_is(&call, &record, window));
        }
        // Another objective or business disagrees.
        let other = listed(serde_json::json!({
            "to_phone_number": "+14155550105",
            "business_name": "Mario's",
            "created_at": at(1_700_000_001_000),
        }));
        assert!(!proves_it_is(&other, &record, window));
        // Without an objective in the list, number and time suffice.
        let bare = listed(serde_json::json!({
            "to_phone_number": "+14155550105",
            "created_at": at(1_700_000_001_000),
        }));
        assert!(proves_it_is(&bare, &record, window));
    }
}
