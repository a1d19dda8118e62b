//! A call written out for people: a Markdown document, and the name its
//! file is offered under.

use crate::history::{CallDetails, CallRecord};

/// The call as a Markdown document: facts, objective, summary, transcript.
pub fn markdown(details: &CallDetails) -> String {
    let record = &details.record;
    let mut text = format!("# Call to {}\n\n", title(record));
    let mut fact = |name: &str, value: Option<String>| {
        if let Some(value) = value {
            text.push_str(&format!("- **{name}:** {value}\n"));
        }
    };
    fact("Number", Some(record.phone.clone()));
    fact("Business", record.business.clone());
    fact("Website", record.website.clone());
    fact(
        "Placed",
        Some(
            humantime::format_rfc3339_seconds(
                std::time::UNIX_EPOCH
                    + std::time::Duration::from_millis(record.created_at_ms.max(0) as u64),
            )
            .to_string(),
        ),
    );
    fact("Status", record.status.clone());
    fact("Outcome", record.outcome.clone());
    fact(
        "Duration",
        record.duration_seconds.map(|s| format!("{s} s")),
    );
    fact(
        "Practice call",
        record
            .simulated
            .then(|| "yes, nothing real happened".to_owned()),
    );
    text.push_str(&format!("\n## Objective\n\n{}\n", record.objective));
    if let Some(summary) = &record.summary {
        text.push_str(&format!("\n## Summary\n\n{summary}\n"));
    }
    if !details.turns.is_empty() {
        text.push_str("\n## Transcript\n\n");
        for turn in &details.turns {
            let speaker = if turn.speaker.is_empty() {
                "Unknown"
            } else {
                &turn.speaker
            };
            // Two spaces keep a turn's own line breaks in Markdown.
            text.push_str(&format!(
                "**{speaker}:** {}\n\n",
                turn.text.replace('\n', "  \n")
            ));
        }
    }
    text
}

/// `AgentPhone call - Luigi's.md`: safe on every desktop's file system
/// (no slashes, colons or other characters a save dialog refuses).
pub fn markdown_file_name(record: &CallRecord) -> String {
    format!("AgentPhone call - {}.md", title(record))
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " .-_'".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn title(record: &CallRecord) -> &str {
    record.business.as_deref().unwrap_or(&record.phone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Progress;
    use crate::transcript::{Side, Turn};

    fn record() -> CallRecord {
        CallRecord {
            id: 3,
            call_id: Some("cl_1".into()),
            simulated: true,
            phone: "+14155550105".into(),
            business: Some("Luigi's Trattoria".into()),
            website: None,
            objective: "Book a table for 2".into(),
            created_at_ms: 1_700_000_000_000,
            scheduled_at_ms: None,
            progress: Progress::Finished,
            status: Some("completed".into()),
            timeline: Vec::new(),
            outcome: Some("achieved".into()),
            summary: Some("Booked for 7pm.".into()),
            transcript: None,
            duration_seconds: Some(95),
            recording_url: None,
            recording_path: None,
            credits_after: Some(4),
            last_error: None,
            results_pending: false,
        }
    }

    #[test]
    fn a_call_reads_as_a_markdown_document() {
        let details = CallDetails {
            record: record(),
            turns: vec![
                Turn {
                    speaker: "Agent".into(),
                    side: Side::Agent,
                    text: "Hello".into(),
                },
                Turn {
                    speaker: String::new(),
                    side: Side::Business,
                    text: "Hi there\nhow can I help?".into(),
                },
            ],
            recording_downloading: false,
        };
        let text = markdown(&details);
        assert!(text.starts_with("# Call to Luigi's Trattoria\n\n- **Number:** +14155550105\n"));
        assert!(text.contains("- **Placed:** 2023-11-14T22:13:20Z\n"));
        assert!(text.contains("- **Outcome:** achieved\n- **Duration:** 95 s\n"));
        assert!(text.contains("- **Practice call:** yes"));
        assert!(!text.contains("Website"), "a missing fact is left out");
        assert!(text.contains("## Objective\n\nBook a table for 2\n"));
        assert!(text.contains("## Summary\n\nBooked for 7pm.\n"));
        assert!(text.contains("**Agent:** Hello\n\n**Unknown:** Hi there  \nhow can I help?\n"));
    }

    #[test]
    fn a_call_without_results_has_no_empty_sections() {
        let mut bare = record();
        bare.summary = None;
        bare.simulated = false;
        let text = markdown(&CallDetails {
            record: bare,
            turns: Vec::new(),
            recording_downloading: false,
        });
        assert!(!text.contains("## Summary"));
        assert!(!text.contains("## Transcript"));
        assert!(!text.contains("Practice call"));
    }

    #[test]
    fn file_names_are_safe_on_every_desktop() {
        assert_eq!(
            markdown_file_name(&record()),
            "AgentPhone call - Luigi's Trattoria.md"
        );
        let mut odd = record();
        odd.business = Some("A/B: \"Shop\" <1>?*\\|".into());
        assert_eq!(
            markdown_file_name(&odd),
            "AgentPhone call - A_B_ _Shop_ _1_____.md"
        );
        odd.business = None;
        assert_eq!(
            markdown_file_name(&odd),
            "AgentPhone call - _14155550105.md"
        );
    }
}
