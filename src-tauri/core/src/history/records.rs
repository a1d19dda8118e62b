//! What history hands out and takes in: the records that cross to the
//! window (TypeScript types are generated from them) and the list query.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{CallStatus, Outcome};

/// Where the app is with a call, beyond what the service says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Progress {
    /// Written down; its request has not left yet (waiting for a slot in
    /// the request budget). Closing the app now means it is not placed.
    Placing,
    /// Its `POST /calls` has left (at `sent_at_ms`), and no answer is in
    /// yet: the service may be placing it.
    Sending,
    /// The service said it was busy (`429`): one more try after a countdown.
    Waiting,
    /// The request's answer was lost: the app is looking for the call.
    Unconfirmed,
    /// The app stopped looking without proof either way: the service may
    /// have placed it.
    MayBePlaced,
    /// Placed; the app follows it.
    Watching,
    /// Watched for the longest allowed; "check again" resumes.
    StillRunning,
    /// Ended (completed, failed or canceled).
    Finished,
    /// The service refused it, or it was confirmed never placed.
    NotPlaced,
    /// Confirmed for a later time; placed then, while the app runs.
    Scheduled,
    /// Its time came while the app was closed: the person is asked before
    /// anything is sent.
    Missed,
}

impl Progress {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Placing => "placing",
            Self::Sending => "sending",
            Self::Waiting => "waiting",
            Self::Unconfirmed => "unconfirmed",
            Self::MayBePlaced => "may_be_placed",
            Self::Watching => "watching",
            Self::StillRunning => "still_running",
            Self::Finished => "finished",
            Self::NotPlaced => "not_placed",
            Self::Scheduled => "scheduled",
            Self::Missed => "missed",
        }
    }

    /// An unknown word is an error: guessing could hide a call in flight.
    pub(super) fn parse(text: &str) -> rusqlite::Result<Self> {
        [
            Self::Placing,
            Self::Sending,
            Self::Waiting,
            Self::Unconfirmed,
            Self::MayBePlaced,
            Self::Watching,
            Self::StillRunning,
            Self::Finished,
            Self::NotPlaced,
            Self::Scheduled,
            Self::Missed,
        ]
        .into_iter()
        .find(|progress| progress.as_str() == text)
        .ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown call progress {text:?}").into(),
            )
        })
    }
}

/// What the person asked for, written before anything is sent.
#[derive(Debug, Clone)]
pub struct NewRecord {
    pub simulated: bool,
    pub phone: String,
    pub business: Option<String>,
    pub website: Option<String>,
    pub objective: String,
    pub created_at_ms: i64,
    /// When to place it; `None`: now.
    pub scheduled_at_ms: Option<i64>,
    /// The call this one follows up.
    pub follows: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StatusChange {
    pub status: CallStatus,
    pub at_ms: i64,
}

/// One call as history keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallRecord {
    pub id: i64,
    pub call_id: Option<String>,
    pub simulated: bool,
    /// E.164: for data (exports, links, matching).
    pub phone: String,
    /// As people read it (`+1 415-555-0132`): what the window shows.
    pub phone_for_people: String,
    pub business: Option<String>,
    pub website: Option<String>,
    pub objective: String,
    pub created_at_ms: i64,
    /// When a scheduled call is (or was) to be placed.
    pub scheduled_at_ms: Option<i64>,
    /// When its `POST /calls` left this computer, if it did.
    pub sent_at_ms: Option<i64>,
    pub progress: Progress,
    pub status: Option<CallStatus>,
    /// The service said the call ended (`completed`, `failed`, `canceled`).
    pub ended: bool,
    /// It did not get done (failed, canceled, not achieved, or not placed):
    /// the window offers "Try again later…".
    pub try_again_later: bool,
    pub timeline: Vec<StatusChange>,
    pub outcome: Option<Outcome>,
    pub summary: Option<String>,
    pub transcript: Option<String>,
    pub duration_seconds: Option<u32>,
    pub recording_url: Option<String>,
    pub recording_path: Option<String>,
    pub credits_after: Option<u32>,
    /// Why the call stands where it does, in English (for the log, exports
    /// and as a fallback).
    pub last_error: Option<String>,
    /// The same by code and facts, for the window to say in the person's
    /// language (`None` for what older versions kept as text).
    pub last_problem: Option<crate::messages::Message>,
    /// Completed, but summary or transcript had not arrived yet.
    pub results_pending: bool,
    /// The person's own note on the call.
    pub note: String,
    /// Short words the person gave the call ("booked", "call back Friday").
    pub labels: Vec<String>,
    /// The call this one follows up, if it is a follow-up.
    pub follows: Option<i64>,
}

/// A call with its transcript split into turns, for the call view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallDetails {
    pub record: CallRecord,
    pub turns: Vec<crate::transcript::Turn>,
    /// The recording is being downloaded right now (the engine knows; the
    /// history says false).
    pub recording_downloading: bool,
    /// Calls that follow this one up, oldest first.
    pub follow_ups: Vec<CallListItem>,
}

/// A line of the history list: enough to show it, without the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallListItem {
    pub id: i64,
    pub simulated: bool,
    /// E.164: for data (exports, links, matching).
    pub phone: String,
    /// As people read it (`+1 415-555-0132`): what the window shows.
    pub phone_for_people: String,
    pub business: Option<String>,
    pub progress: Progress,
    pub status: Option<CallStatus>,
    pub outcome: Option<Outcome>,
    pub created_at_ms: i64,
    pub scheduled_at_ms: Option<i64>,
    pub labels: Vec<String>,
}

/// Which outcome the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OutcomeFilter {
    Achieved,
    Partial,
    NotAchieved,
    /// The service said the call failed or was canceled (no one answered,
    /// the line was busy…).
    Failed,
    /// The call was never placed.
    NotPlaced,
}

impl OutcomeFilter {
    /// The SQL condition on a call's row it stands for.
    pub(super) fn condition(self) -> &'static str {
        match self {
            Self::Achieved => "outcome = 'achieved'",
            Self::Partial => "outcome = 'partial'",
            Self::NotAchieved => "outcome = 'not_achieved'",
            Self::Failed => "status IN ('failed', 'canceled', 'cancelled')",
            Self::NotPlaced => "progress = 'not_placed'",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryQuery {
    /// Words to find anywhere in the call; empty lists everything.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub outcome: Option<OutcomeFilter>,
    /// Only practice calls (`true`) or only live ones (`false`).
    #[serde(default)]
    pub simulated: Option<bool>,
    /// Only calls with this label.
    #[serde(default)]
    pub label: Option<String>,
    /// Only calls placed at or after this time.
    #[serde(default)]
    pub since_ms: Option<i64>,
    /// Only calls placed before this time.
    #[serde(default)]
    pub until_ms: Option<i64>,
    /// Oldest first instead of newest first.
    #[serde(default)]
    pub oldest_first: bool,
    #[serde(default)]
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryPage {
    pub items: Vec<CallListItem>,
    /// How many calls match in all, for the list's length.
    pub total: u32,
    /// Kept businesses the search finds (on the first page only).
    pub businesses: Vec<crate::businesses::Business>,
}

/// Credits left on the account, as the service said at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Balance {
    pub credits: u32,
    pub at_ms: i64,
}

/// The History list's overview of a period (this month, say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Overview {
    /// Calls placed (or scheduled) in the period, live and practice.
    pub calls: u32,
    /// Calls with an outcome, and how many of those were achieved.
    pub with_outcome: u32,
    pub achieved: u32,
    /// Live credits used, from the drops in the balances the service
    /// reported (`None` before it reported any).
    pub credits_used: Option<u32>,
    pub average_duration_seconds: Option<u32>,
}
