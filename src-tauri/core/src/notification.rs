//! The words of the desktop notification when a call ends.

use crate::history::CallRecord;
use crate::messages::text;
use crate::{CallStatus, Outcome};

/// What a notification says when a call ends: who, and how it went
/// ("Luigi's — Achieved: table for 4 at 7pm booked").
pub fn call_ended(record: &CallRecord, status: &CallStatus, language: &str) -> String {
    let how = match (&record.outcome, status) {
        (Some(Outcome::Achieved), _) => "achieved",
        (Some(Outcome::Partial), _) => "partial",
        (Some(Outcome::NotAchieved), _) => "not_achieved",
        (_, CallStatus::Failed) => "failed",
        (_, CallStatus::Canceled) => "canceled",
        _ => "finished",
    };
    let who = crate::export::title(record).to_owned();
    match record
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => text(
            language,
            "notify-ended",
            &[("who", who.into()), ("how", how.into())],
        ),
        Some(summary) => {
            let mut short: String = summary.chars().take(120).collect();
            if summary.chars().count() > 120 {
                short.push('…');
            }
            text(
                language,
                "notify-ended-summary",
                &[
                    ("who", who.into()),
                    ("how", how.into()),
                    ("summary", short.into()),
                ],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::record;

    #[test]
    fn a_notification_names_the_business_and_the_outcome() {
        assert_eq!(
            call_ended(&record(), &CallStatus::Completed, "en"),
            "Luigi's Trattoria — Achieved: Booked for 7pm."
        );
        let mut failed = record();
        failed.outcome = None;
        failed.summary = None;
        failed.business = None;
        assert_eq!(
            call_ended(&failed, &CallStatus::Failed, "en"),
            "+1 415-555-0105 — The call failed"
        );
    }
}
