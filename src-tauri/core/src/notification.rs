//! The words of the desktop notification when a call ends.

use crate::history::CallRecord;
use crate::{CallStatus, Outcome};

/// What a notification says when a call ends: who, and how it went
/// ("Luigi's — Achieved: table for 4 at 7pm booked").
pub fn call_ended(record: &CallRecord, status: &CallStatus) -> String {
    let how = match (&record.outcome, status) {
        (Some(Outcome::Achieved), _) => "Achieved",
        (Some(Outcome::Partial), _) => "Partly achieved",
        (Some(Outcome::NotAchieved), _) => "Not achieved",
        (_, CallStatus::Failed) => "The call failed",
        (_, CallStatus::Canceled) => "The call was canceled",
        _ => "Finished",
    };
    let mut words = format!("{} — {how}", crate::export::title(record));
    if let Some(summary) = record.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        let short: String = summary.trim().chars().take(120).collect();
        words.push_str(&format!(": {short}"));
        if summary.trim().chars().count() > 120 {
            words.push('…');
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::record;

    #[test]
    fn a_notification_names_the_business_and_the_outcome() {
        assert_eq!(
            call_ended(&record(), &CallStatus::Completed),
            "Luigi's Trattoria — Achieved: Booked for 7pm."
        );
        let mut failed = record();
        failed.outcome = None;
        failed.summary = None;
        failed.business = None;
        assert_eq!(
            call_ended(&failed, &CallStatus::Failed),
            "+1 415-555-0105 — The call failed"
        );
    }
}
