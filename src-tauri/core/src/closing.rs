//! What to ask before the app closes, by the window or by quitting. Closing
//! ends what only the app does: a real call not sent yet is then not
//! placed. What the service does goes on: a call already placed (or whose
//! request left) is picked up at the next start. Real calls scheduled for
//! later are not placed while the app is closed. Practice calls are made
//! up, so closing needs no question in Practice mode.

use crate::history::{History, Progress};
use crate::Error;

/// The question to ask before closing in live mode, or `None` when nothing
/// real depends on the app staying open.
pub fn question(history: &History, language: &str) -> Result<Option<String>, Error> {
    let (mut unsent, mut going_on, mut scheduled) = (0, 0, 0);
    for (progress, count) in history.count_by_progress(false)? {
        match progress {
            Progress::Placing | Progress::Waiting => unsent += count,
            Progress::Sending | Progress::Unconfirmed | Progress::Watching => going_on += count,
            Progress::Scheduled => scheduled += count,
            _ => {}
        }
    }
    let parts: Vec<String> = [
        ("closing-unsent", unsent),
        ("closing-going-on", going_on),
        ("closing-scheduled", scheduled),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(id, count)| crate::messages::text(language, id, &[("count", count.into())]))
    .collect();
    Ok((!parts.is_empty()).then(|| parts.join("\n\n")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::NewRecord;
    use crate::history::Progress;

    fn open() -> (tempfile::TempDir, History) {
        let dir = tempfile::tempdir().unwrap();
        let opened = History::open(&dir.path().join("history.sqlite3")).unwrap();
        (dir, opened.history)
    }

    fn add(history: &History, simulated: bool, scheduled_at_ms: Option<i64>) -> i64 {
        history
            .add(&NewRecord {
                simulated,
                phone: "+14155550105".into(),
                business: None,
                website: None,
                objective: "Book a table".into(),
                created_at_ms: 1_000,
                scheduled_at_ms,
                follows: None,
            })
            .unwrap()
    }

    #[test]
    fn nothing_real_going_on_needs_no_question() {
        let (_dir, history) = open();
        assert_eq!(question(&history, "en").unwrap(), None);
        // A practice call in flight and a practice call for later.
        add(&history, true, None);
        add(&history, true, Some(9_000_000));
        assert_eq!(question(&history, "en").unwrap(), None);
    }

    #[test]
    fn a_real_call_going_on_is_said_to_go_on() {
        let (_dir, history) = open();
        let id = add(&history, false, None);
        history.confirm(id, "cl_1", None).unwrap();
        let asked = question(&history, "en").unwrap().unwrap();
        assert!(
            asked.contains("A call is going on at the service"),
            "{asked}"
        );
        assert!(asked.contains("picks the call up"), "{asked}");
        assert!(!asked.contains("not sent"), "{asked}");
        assert!(!asked.contains("scheduled"), "{asked}");
    }

    #[test]
    fn a_call_not_sent_yet_is_said_to_be_not_placed_on_closing() {
        let (_dir, history) = open();
        // Written down, its request not sent: closing ends it.
        add(&history, false, None);
        let waiting = add(&history, false, None);
        history
            .set_progress(waiting, Progress::Waiting, None)
            .unwrap();
        let asked = question(&history, "en").unwrap().unwrap();
        assert!(asked.contains("Calls not sent yet: 2"), "{asked}");
        assert!(asked.contains("it is not placed") || asked.contains("they are not placed"));
        assert!(!asked.contains("does not stop"), "{asked}");
        // Once its request left, it goes on at the service.
        history.begin_send(waiting, false, 2_000).unwrap();
        let asked = question(&history, "en").unwrap().unwrap();
        assert!(asked.contains("A call has not been sent yet"), "{asked}");
        assert!(
            asked.contains("A call is going on at the service"),
            "{asked}"
        );
    }

    #[test]
    fn calls_going_on_and_for_later_are_both_said() {
        let (_dir, history) = open();
        for _ in 0..2 {
            let id = add(&history, false, None);
            history.confirm(id, "cl", None).unwrap();
        }
        add(&history, false, Some(9_000_000));
        let asked = question(&history, "en").unwrap().unwrap();
        assert!(
            asked.contains("Calls going on at the service: 2"),
            "{asked}"
        );
        assert!(asked.contains("A call is scheduled for later"), "{asked}");
        assert!(
            asked.contains("not placed while AgentPhone is closed"),
            "{asked}"
        );
    }
}
