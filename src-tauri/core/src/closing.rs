//! What to ask before the window closes. Real calls go on at the service
//! without the app, and real calls scheduled for later are not placed while
//! it is closed: a person closing the window should know both. Practice
//! calls are made up, so closing needs no question in Practice mode.

use crate::history::History;
use crate::Error;

/// The question to ask before closing in live mode, or `None` when nothing
/// real depends on the app staying open.
pub fn question(history: &History) -> Result<Option<String>, Error> {
    let going_on = history.unfinished(false)?.len();
    let scheduled = history.scheduled(false)?.len();
    let mut parts = Vec::new();
    match going_on {
        0 => {}
        1 => parts.push(
            "A call is still going on. Closing AgentPhone does not stop it: the call goes on, \
             and AgentPhone will pick it up and show you the result when you open it again."
                .to_owned(),
        ),
        n => parts.push(format!(
            "{n} calls are still going on. Closing AgentPhone does not stop them: they go on, \
             and AgentPhone will pick them up and show you the results when you open it again."
        )),
    }
    match scheduled {
        0 => {}
        1 => parts.push(
            "A call is scheduled for later. It is not placed while AgentPhone is closed; when \
             you open AgentPhone again you can place it or choose another time."
                .to_owned(),
        ),
        n => parts.push(format!(
            "{n} calls are scheduled for later. They are not placed while AgentPhone is closed; \
             when you open AgentPhone again you can place them or choose other times."
        )),
    }
    Ok((!parts.is_empty()).then(|| parts.join("\n\n")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::NewRecord;

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
        assert_eq!(question(&history).unwrap(), None);
        // A practice call in flight and a practice call for later.
        add(&history, true, None);
        add(&history, true, Some(9_000_000));
        assert_eq!(question(&history).unwrap(), None);
    }

    #[test]
    fn a_real_call_going_on_is_said_to_go_on() {
        let (_dir, history) = open();
        let id = add(&history, false, None);
        history.confirm(id, "cl_1", None).unwrap();
        let asked = question(&history).unwrap().unwrap();
        assert!(asked.contains("A call is still going on"), "{asked}");
        assert!(asked.contains("pick it up"), "{asked}");
        assert!(!asked.contains("scheduled"), "{asked}");
    }

    #[test]
    fn calls_going_on_and_for_later_are_both_said() {
        let (_dir, history) = open();
        add(&history, false, None);
        add(&history, false, None);
        add(&history, false, Some(9_000_000));
        let asked = question(&history).unwrap().unwrap();
        assert!(asked.contains("2 calls are still going on"), "{asked}");
        assert!(asked.contains("A call is scheduled for later"), "{asked}");
        assert!(
            asked.contains("not placed while AgentPhone is closed"),
            "{asked}"
        );
    }
}
