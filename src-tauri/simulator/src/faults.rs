//! What a test can make go wrong, and what the service has answered.

use std::time::Duration;

/// Faults to inject. Counters apply to the next N API requests (recording
/// downloads are not API requests) and count down.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Answer `503` instead of doing anything.
    pub server_errors: u32,
    /// Close the connection without an answer, before doing anything.
    pub drop_before_answer: u32,
    /// Do the request (a call is placed, a credit spent), then close the
    /// connection without an answer: the answer is lost.
    pub drop_after_work: u32,
    /// Answer `200` with a body that is not JSON.
    pub malformed_json: u32,
    /// Answer JSON without its `data` member.
    pub missing_data: u32,
    /// Answer `429` whatever the budget says.
    pub rate_limit_storm: u32,
    /// Do the work at once, but wait this long before every API answer.
    pub slow_answers: Option<Duration>,
    /// Calls report the status `on_hold` (not in the contract) while talking.
    pub unknown_status: bool,
    /// What is wrong with the recordings of calls placed from now on.
    pub recording: Option<RecordingFault>,
    /// Calls placed from now on get an id that tries to escape a folder.
    pub hostile_call_ids: bool,
    /// Calls placed from now on give their outcome and recording link this
    /// many simulated seconds after their summary and transcript.
    pub results_late_by: Option<u32>,
    /// Answer `404` to the next N reads of a call (a passing hiccup).
    pub not_found: u32,
    /// Keys refused from now on, as if revoked at agentphone.app after
    /// they were checked.
    pub revoked_keys: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordingFault {
    /// The link answers `404`.
    Missing,
    /// The link serves far more bytes than any recording has (1 GiB).
    Huge,
    /// The link serves an HTML page labelled as audio.
    NotAudio,
    /// The link is plain `http` to a host that is not this machine.
    InsecureUrl,
    /// The link answers after a simulated minute.
    Slow,
}

/// Counts of what the service answered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Every API request that reached the service.
    pub requests: u32,
    /// `POST /calls` requests, whatever their answer.
    pub create_requests: u32,
    /// Calls actually placed.
    pub calls_placed: u32,
    /// `429` answers, from the budget or a storm.
    pub rate_limited: u32,
    /// `429` answers because the key went over its budget (no storm).
    pub over_budget: u32,
    /// Requests for recording files (these carry no key and no budget).
    pub recording_requests: u32,
    /// `GET /calls` requests that were answered.
    pub list_requests: u32,
    /// `GET /calls/{id}` requests that were answered.
    pub read_requests: u32,
}

pub(crate) fn take(counter: &mut u32) -> bool {
    if *counter > 0 {
        *counter -= 1;
        true
    } else {
        false
    }
}
