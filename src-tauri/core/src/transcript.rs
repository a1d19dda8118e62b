//! Turns a transcript (`Speaker: text`, one turn per line) into turns.
//!
//! Our side is `Agent:` or `AI:`; the business is `Host:`, `User:` or any
//! name. A line without a speaker continues the turn before it.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Side {
    /// The AgentPhone agent, speaking for the person.
    Agent,
    /// Whoever answered at the business.
    Business,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Turn {
    /// As the transcript names the speaker; empty when it names nobody.
    pub speaker: String,
    pub side: Side,
    pub text: String,
}

/// Labels that mean our own agent.
const AGENT_LABELS: &[&str] = &["agent", "ai", "assistant", "ai agent", "agentphone"];

pub fn parse(transcript: &str) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    for line in transcript.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match speaker_and_text(line) {
            Some((speaker, text)) => turns.push(Turn {
                side: side_of(speaker),
                speaker: speaker.to_owned(),
                text: text.to_owned(),
            }),
            None => match turns.last_mut() {
                Some(turn) => {
                    if !turn.text.is_empty() {
                        turn.text.push('\n');
                    }
                    turn.text.push_str(line);
                }
                None => turns.push(Turn {
                    speaker: String::new(),
                    side: Side::Business,
                    text: line.to_owned(),
                }),
            },
        }
    }
    turns
}

fn side_of(speaker: &str) -> Side {
    if AGENT_LABELS.contains(&speaker.to_lowercase().as_str()) {
        Side::Agent
    } else {
        Side::Business
    }
}

/// `("Maria", "Hello")` for `Maria: Hello`. A label is a short name: up to
/// four words of letters (and `.`, `'`, `-`), so that "Open at 9:30" or a
/// link are not taken for speakers.
fn speaker_and_text(line: &str) -> Option<(&str, &str)> {
    let (label, text) = line.split_once(':')?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    let name_like = label
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '\'' || c == '-' || c == '_');
    let starts_with_letter = label.chars().next().is_some_and(char::is_alphabetic);
    let is_link = text.starts_with("//");
    (name_like
        && starts_with_letter
        && !is_link
        && (1..=4).contains(&words)
        && label.chars().count() <= 40)
        .then(|| (label, text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sides_and_speakers(text: &str) -> Vec<(Side, String)> {
        parse(text)
            .into_iter()
            .map(|t| (t.side, t.speaker))
            .collect()
    }

    #[test]
    fn every_speaker_label_form() {
        let text = "Agent: Hi\nHost: Hello\nAI: Table for two?\nUser: Sure\nMaria: Done\n\
                    Front Desk: Anything else?\nassistant: No, thanks\nJean-Luc: Bye";
        assert_eq!(
            sides_and_speakers(text),
            vec![
                (Side::Agent, "Agent".to_owned()),
                (Side::Business, "Host".to_owned()),
                (Side::Agent, "AI".to_owned()),
                (Side::Business, "User".to_owned()),
                (Side::Business, "Maria".to_owned()),
                (Side::Business, "Front Desk".to_owned()),
                (Side::Agent, "assistant".to_owned()),
                (Side::Business, "Jean-Luc".to_owned()),
            ]
        );
    }

    #[test]
    fn lines_without_a_speaker_continue_the_turn_before() {
        let turns =
            parse("Agent: I'd like to book\na table for 4.\n\nHost: We open at 9:30\nsee you then");
        assert_eq!(turns.len(), 2);
        assert_eq!(turns[0].text, "I'd like to book\na table for 4.");
        assert_eq!(turns[1].text, "We open at 9:30\nsee you then");
    }

    #[test]
    fn times_links_and_numbers_are_not_speakers() {
        let turns = parse("Host: Call us back\n10:30 works\nhttps://example.com/booking\n555: no");
        assert_eq!(turns.len(), 1);
        assert_eq!(turns[0].text.lines().count(), 4);
    }

    #[test]
    fn text_before_any_speaker_is_kept() {
        let turns = parse("(ringing)\nHost: Hello?");
        assert_eq!(turns[0].speaker, "");
        assert_eq!(turns[0].text, "(ringing)");
        assert_eq!(turns[1].speaker, "Host");
    }

    #[test]
    fn colons_inside_the_text_stay_there() {
        let turns = parse("Agent: The code is: 4471, and time: 7pm");
        assert_eq!(turns[0].text, "The code is: 4471, and time: 7pm");
    }

    #[test]
    fn emoji_and_right_to_left_text_survive() {
        let turns = parse("Agent: Hello 👋\nHost: مرحبا، كيف يمكنني المساعدة؟");
        assert_eq!(turns[0].text, "Hello 👋");
        assert_eq!(turns[1].text, "مرحبا، كيف يمكنني المساعدة؟");
        assert_eq!(turns[1].side, Side::Business);
    }
}
