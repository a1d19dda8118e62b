//! A long history made up for the benchmarks: calls with transcripts
//! (about 1.3 kB each), outcomes, summaries and, on one call in ten, a
//! label and a note.

use super::{History, NewRecord, Progress};
use crate::models::{Call, CallStatus, Outcome};
use crate::Error;

const TOPICS: [&str; 10] = [
    "table",
    "refund",
    "subscription",
    "delivery",
    "appointment",
    "invoice",
    "parcel",
    "warranty",
    "booking",
    "membership",
];

/// The topic call `n` is about (searches in the benchmarks use it).
pub fn topic(n: usize) -> &'static str {
    TOPICS[n % TOPICS.len()]
}

/// Adds `count` finished calls, created at 0, 1, 2… ms.
pub fn fill(history: &History, count: i64) -> Result<(), Error> {
    for n in 0..count {
        let topic = topic(n as usize);
        let id = history.add(&NewRecord {
            simulated: n % 4 == 0,
            phone: format!("+1415555{:04}", n % 10_000),
            business: Some(format!("Business {n}")),
            website: None,
            objective: format!("Ask about the {topic} for customer {n}"),
            created_at_ms: n,
            scheduled_at_ms: None,
            follows: None,
        })?;
        let transcript: String = (0..12)
            .map(|turn| {
                let speaker = if turn % 2 == 0 { "Agent" } else { "Host" };
                format!("{speaker}: About the {topic} for order {n}-{turn}: could you check the details and confirm them for me, please?\n")
            })
            .collect();
        let call = Call {
            outcome: Some(Outcome::Achieved),
            summary: Some(format!("Done: the {topic} was confirmed.")),
            transcript: Some(transcript),
            duration_seconds: Some(76),
            ..Call::with_status(&format!("cl_{n}"), CallStatus::Completed)
        };
        history.confirm(id, &call.call_id, None)?;
        history.apply(id, &call, n)?;
        history.set_progress(id, Progress::Finished, None)?;
        if n % 10 == 0 {
            history.set_labels(id, vec![format!("label {}", n % 7)])?;
            history.set_note(id, &format!("Reference {n}-A"))?;
        }
    }
    Ok(())
}
