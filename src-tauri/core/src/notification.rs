//! The words of the desktop notification when a call ends.

use crate::history::CallRecord;

/// What a notification says when a call ends: who, and how it went
/// ("Luigi's — Achieved: table for 4 at 7pm booked").
pub fn call_ended(record: &CallRecord, status: &str) -> String {
    let how = match (record.outcome.as_deref(), status) {
        (Some("achieved"), _) => "Achieved",
        (Some("partial"), _) => "Partly achieved",
        (Some("not_achieved"), _) => "Not achieved",
        (_, "failed") => "The call failed",
        (_, "canceled") => "The call was canceled",
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
            call_ended(&record(), "completed"),
            "Luigi's Trattoria — Achieved: Booked for 7pm."
        );
        let mut failed = record();
        failed.outcome = None;
        failed.summary = None;
        failed.business = None;
        assert_eq!(
            call_ended(&failed, "failed"),
            "+14155550105 — The call failed"
        );
    }
}
