//! Simulated calls: which way each one goes, and what it looks like at
//! any moment of its life.

use std::time::Instant;

use crate::faults::RecordingFault;

/// Simulated seconds a call waits in the queue, then rings.
const QUEUED_FOR: f64 = 2.0;
const DIALING_FOR: f64 = 5.0;
/// A call nobody answers rings this long, then fails.
const UNANSWERED_AFTER: f64 = 20.0;
/// Summary, transcript and recording arrive this long after completion.
const ENRICHMENT_AFTER: f64 = 4.0;
/// A canceled call talks this long first.
const CANCELED_AFTER: f64 = 8.0;
/// A long call outlasts the app's 5-minute watch.
const LONG_CALL: u32 = 420;

/// How a simulated call goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scenario {
    Achieved,
    Partial,
    NotAchieved,
    /// Nobody answers.
    Failed,
    Canceled,
    /// Completes, but summary and transcript never arrive.
    NoEnrichment,
    /// Talks for 7 minutes.
    Long,
}

impl Scenario {
    /// Steered by the number's last two digits: `01` failed, `02` canceled,
    /// `03` not achieved, `04` partial, `05` achieved, `06` no enrichment,
    /// `07` long. Any other number gets a varied mix that depends only on
    /// the number and the objective.
    pub fn from_number(number: &str, objective: &str) -> Self {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let last_two = digits.get(digits.len().saturating_sub(2)..).unwrap_or("");
        match last_two {
            "01" => Self::Failed,
            "02" => Self::Canceled,
            "03" => Self::NotAchieved,
            "04" => Self::Partial,
            "05" => Self::Achieved,
            "06" => Self::NoEnrichment,
            "07" => Self::Long,
            _ => match seed(number, objective) % 12 {
                0 => Self::Failed,
                1 | 2 => Self::NotAchieved,
                3..=5 => Self::Partial,
                _ => Self::Achieved,
            },
        }
    }

    /// The `x-simulator-scenario` header's values.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.trim() {
            "achieved" => Self::Achieved,
            "partial" => Self::Partial,
            "not_achieved" => Self::NotAchieved,
            "failed" => Self::Failed,
            "canceled" => Self::Canceled,
            "no_enrichment" => Self::NoEnrichment,
            "long" => Self::Long,
            _ => return None,
        })
    }

    fn outcome(self) -> Option<&'static str> {
        match self {
            Self::Achieved | Self::NoEnrichment | Self::Long => Some("achieved"),
            Self::Partial => Some("partial"),
            Self::NotAchieved => Some("not_achieved"),
            Self::Failed | Self::Canceled => None,
        }
    }
}

pub(crate) struct SimCall {
    pub id: String,
    pub key: String,
    pub number: String,
    pub objective: String,
    pub business: Option<String>,
    pub website: Option<String>,
    pub created: Instant,
    pub created_wall: std::time::SystemTime,
    pub created_at: String,
    pub scenario: Scenario,
    pub recording_fault: Option<RecordingFault>,
    pub unknown_status: bool,
    /// Simulated seconds the outcome and recording link come after the
    /// summary and transcript.
    pub results_late_by: f64,
    /// Placed by another client on the same key (`ListQuirks::other_clients`).
    pub other_client: bool,
    seed: u64,
}

/// A call as the service shows it at one moment.
pub(crate) struct CallView {
    pub status: &'static str,
    pub outcome: Option<&'static str>,
    pub summary: Option<String>,
    pub transcript: Option<String>,
    pub duration_seconds: Option<u32>,
    pub has_recording: bool,
}

pub(crate) struct NewSimCall {
    pub id: String,
    pub key: String,
    pub number: String,
    pub objective: String,
    pub business: Option<String>,
    pub website: Option<String>,
    pub scenario: Option<Scenario>,
    pub recording_fault: Option<RecordingFault>,
    pub unknown_status: bool,
    pub results_late_by: f64,
}

impl SimCall {
    pub fn new(new: NewSimCall) -> Self {
        let seed = seed(&new.number, &new.objective);
        let now = std::time::SystemTime::now();
        Self {
            scenario: new
                .scenario
                .unwrap_or_else(|| Scenario::from_number(&new.number, &new.objective)),
            created: Instant::now(),
            created_wall: now,
            created_at: humantime::format_rfc3339_seconds(now).to_string(),
            seed,
            id: new.id,
            key: new.key,
            number: new.number,
            objective: new.objective,
            business: new.business,
            website: new.website,
            recording_fault: new.recording_fault,
            unknown_status: new.unknown_status,
            results_late_by: new.results_late_by,
            other_client: false,
        }
    }

    /// Talk time in simulated seconds.
    pub fn duration(&self) -> u32 {
        match self.scenario {
            Scenario::Failed => 0,
            Scenario::Canceled => CANCELED_AFTER as u32,
            Scenario::Long => LONG_CALL,
            _ => 30 + (self.seed % 61) as u32,
        }
    }

    /// Simulated seconds from placing the call to its final status.
    pub fn ends_after(&self) -> f64 {
        match self.scenario {
            Scenario::Failed => QUEUED_FOR + UNANSWERED_AFTER,
            _ => QUEUED_FOR + DIALING_FOR + f64::from(self.duration()),
        }
    }

    /// The call `elapsed` simulated seconds after it was placed.
    pub fn view(&self, elapsed: f64) -> CallView {
        let answered = QUEUED_FOR + DIALING_FOR;
        let mut view = CallView {
            status: "queued",
            outcome: None,
            summary: None,
            transcript: None,
            duration_seconds: None,
            has_recording: false,
        };
        if elapsed < QUEUED_FOR {
            return view;
        }
        if self.scenario == Scenario::Failed {
            if elapsed < QUEUED_FOR + UNANSWERED_AFTER {
                view.status = "dialing";
            } else {
                view.status = "failed";
                view.duration_seconds = Some(0);
                view.summary = Some(self.summary());
            }
            return view;
        }
        let ended = answered + f64::from(self.duration());
        view.status = if elapsed < answered {
            "dialing"
        } else if elapsed < ended {
            if self.unknown_status {
                "on_hold"
            } else {
                "in_progress"
            }
        } else if self.scenario == Scenario::Canceled {
            "canceled"
        } else {
            "completed"
        };
        if elapsed < ended {
            return view;
        }
        view.duration_seconds = Some(self.duration());
        let late =
            self.results_late_by > 0.0 && elapsed < ended + ENRICHMENT_AFTER + self.results_late_by;
        if !late {
            view.outcome = self.scenario.outcome();
        }
        let enriched =
            elapsed >= ended + ENRICHMENT_AFTER && self.scenario != Scenario::NoEnrichment;
        if enriched || self.scenario == Scenario::Canceled {
            view.summary = Some(self.summary());
            view.transcript = Some(self.transcript());
            view.has_recording = !late;
        }
        view
    }

    fn business_name(&self) -> &str {
        self.business.as_deref().unwrap_or("the business")
    }

    /// The conversation as `(our agent speaking, line)` pairs, in order.
    pub fn turns(&self) -> Vec<(bool, String)> {
        let business = self.business_name();
        let greeting = match &self.business {
            Some(name) => format!(
                "Hello, is this {name}? I'm an AI assistant calling on behalf of a customer."
            ),
            None => "Hello, I'm an AI assistant calling on behalf of a customer.".to_owned(),
        };
        let mut turns = vec![
            (true, greeting),
            (
                false,
                format!("Yes, this is {business}. How can I help you?"),
            ),
            (true, format!("I'm calling about this: {}", self.objective)),
            (
                false,
                "Let me check that for you. One moment, please.".to_owned(),
            ),
        ];
        if self.scenario == Scenario::Canceled {
            turns.push((true, "Of course, I'll wait.".to_owned()));
            return turns;
        }
        let ending: &[(bool, &str)] = match self.scenario {
            Scenario::Partial => &[
                (false, "I can do part of that, but not all of it today."),
                (true, "I understand. Please go ahead with what you can, and I'll tell the customer about the rest."),
                (false, "Done. The rest will need a visit in person."),
            ],
            Scenario::NotAchieved => &[
                (false, "I'm sorry, we can't help with that."),
                (true, "I understand. Is there another way to get this done?"),
                (false, "Not by phone, I'm afraid."),
            ],
            _ => &[
                (false, "Yes, we can do that. It's all set."),
                (true, "Wonderful. Could you confirm that for me?"),
                (false, "Confirmed. Is there anything else?"),
            ],
        };
        turns.extend(
            ending
                .iter()
                .map(|(agent, text)| (*agent, (*text).to_owned())),
        );
        turns.push((
            true,
            "No, that's everything. Thank you for your help. Goodbye.".to_owned(),
        ));
        turns.push((false, "Goodbye.".to_owned()));
        turns
    }

    /// One turn per line, `Speaker: text`. The labels vary between calls,
    /// as they do between versions of the real service, and one turn runs
    /// over two lines.
    pub fn transcript(&self) -> String {
        let agent = if self.seed.is_multiple_of(2) {
            "Agent"
        } else {
            "AI"
        };
        let business = ["Host", "User", "Maria", "Front Desk"][(self.seed / 2 % 4) as usize];
        let mut lines = Vec::new();
        for (index, (ours, text)) in self.turns().into_iter().enumerate() {
            let speaker = if ours { agent } else { business };
            if index == 3 {
                // A turn spoken in two breaths: the second line has no label.
                lines.push(format!("{speaker}: {text}"));
                lines.push("I'm looking it up now.".to_owned());
            } else {
                lines.push(format!("{speaker}: {text}"));
            }
        }
        lines.join("\n")
    }

    pub fn summary(&self) -> String {
        let business = self.business_name();
        let request: String = self.objective.chars().take(160).collect();
        match self.scenario {
            Scenario::Failed => format!(
                "Nobody answered at {}, so the request could not be made.",
                self.number
            ),
            Scenario::Canceled => {
                "The call was canceled before the request was finished.".to_owned()
            }
            Scenario::Partial => {
                format!(
                    "Partly done: {business} could help with only part of the request ({request})."
                )
            }
            Scenario::NotAchieved => {
                format!("Not done: {business} could not help with the request ({request}).")
            }
            _ => format!("Done: {business} confirmed the request ({request})."),
        }
    }
}

/// FNV-1a over the number and objective: varied, but the same every run.
fn seed(number: &str, objective: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in number.bytes().chain([0]).chain(objective.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(number: &str, scenario: Option<Scenario>) -> SimCall {
        SimCall::new(NewSimCall {
            id: "cl_test".into(),
            key: "k".into(),
            number: number.into(),
            objective: "Book a table for 2 at 7pm under Sam".into(),
            business: Some("Luigi's".into()),
            website: None,
            scenario,
            recording_fault: None,
            unknown_status: false,
            results_late_by: 0.0,
        })
    }

    #[test]
    fn last_two_digits_steer_the_scenario() {
        let cases = [
            ("+14155550101", Scenario::Failed),
            ("+14155550102", Scenario::Canceled),
            ("+14155550103", Scenario::NotAchieved),
            ("+14155550104", Scenario::Partial),
            ("+14155550105", Scenario::Achieved),
            ("+14155550106", Scenario::NoEnrichment),
            ("+14155550107", Scenario::Long),
        ];
        for (number, scenario) in cases {
            assert_eq!(Scenario::from_number(number, "x"), scenario, "{number}");
        }
    }

    #[test]
    fn other_numbers_get_every_outcome_deterministically() {
        let outcomes: std::collections::HashSet<_> = (10..60)
            .map(|n| Scenario::from_number(&format!("+441632960{n:03}"), "Ask about returns"))
            .collect();
        assert!(outcomes.contains(&Scenario::Achieved));
        assert!(outcomes.contains(&Scenario::Partial));
        assert!(outcomes.contains(&Scenario::NotAchieved));
        assert_eq!(
            Scenario::from_number("+441632960123", "a"),
            Scenario::from_number("+441632960123", "a")
        );
    }

    #[test]
    fn lifecycle_then_late_enrichment() {
        let call = call("+14155550105", None);
        let end = QUEUED_FOR + DIALING_FOR + f64::from(call.duration());
        assert_eq!(call.view(0.0).status, "queued");
        assert_eq!(call.view(QUEUED_FOR + 0.1).status, "dialing");
        assert_eq!(
            call.view(QUEUED_FOR + DIALING_FOR + 0.1).status,
            "in_progress"
        );
        let just_done = call.view(end + 0.1);
        assert_eq!(just_done.status, "completed");
        assert_eq!(just_done.outcome, Some("achieved"));
        assert!(just_done.summary.is_none() && just_done.transcript.is_none());
        let enriched = call.view(end + ENRICHMENT_AFTER + 0.1);
        assert!(enriched.summary.unwrap().contains("Luigi's"));
        assert!(enriched.transcript.unwrap().contains("Book a table for 2"));
        assert!(enriched.has_recording);
    }

    #[test]
    fn unanswered_call_fails_with_a_summary() {
        let call = call("+14155550101", None);
        assert_eq!(call.view(QUEUED_FOR + 1.0).status, "dialing");
        let failed = call.view(QUEUED_FOR + UNANSWERED_AFTER + 0.1);
        assert_eq!(failed.status, "failed");
        assert!(failed.summary.unwrap().contains("Nobody answered"));
        assert!(failed.transcript.is_none());
    }
}
