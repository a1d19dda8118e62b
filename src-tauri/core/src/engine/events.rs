//! What the engine tells the UI, and what placing a call answers.

use std::sync::Arc;

use serde::Serialize;
use ts_rs::TS;

use crate::history::CallDetails;
use crate::{CallStatus, ErrorPayload};

/// What the engine tells the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
pub enum EngineEvent {
    /// Something about the call changed in history: here it is as it
    /// stands now. Sent only when history really changed.
    CallChanged { call: Box<CallDetails> },
    /// Calls taken out of history (by the person, or by the rule for
    /// deleting old calls).
    CallsRemoved { ids: Vec<i64> },
    /// The service reported a new status (for announcements).
    StatusChanged { id: i64, status: CallStatus },
    /// Waiting after a `429` before trying to place the call again.
    Countdown { id: i64, seconds_left: u32 },
    /// Credits left, as the service said on placing a call of this mode.
    Credits { remaining: u32, practice: bool },
    /// A recording is being saved on this computer.
    RecordingProgress {
        id: i64,
        received: u64,
        total: Option<u64>,
    },
    /// A scheduled call's time came: it is being placed now.
    ScheduledCallStarting { id: i64 },
    /// Something went wrong with a call; it is kept, and the message says
    /// what happens next.
    Problem { id: i64, error: ErrorPayload },
}

pub type EventSink = Arc<dyn Fn(EngineEvent) + Send + Sync>;

/// How a call stood when [`Engine::place_call`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Placement {
    /// The service took it; it is being watched.
    Placed,
    /// The service asked to wait; the engine retries once after the countdown.
    Waiting,
    /// The answer was lost; the engine is checking whether it was placed.
    Unconfirmed,
}

/// What placing a call answers: its id in history, and how it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlacedCall {
    pub id: i64,
    pub placement: Placement,
}
