//! One request budget for everything the app sends with a key.
//!
//! The service allows 10 requests a minute per key, polls included, and
//! answers `429` past that. Rather than find the limit by hitting it, the
//! app counts its own requests in a sliding window, slightly longer than the
//! service's minute so that network delays cannot make two windows disagree,
//! and waits for a free slot before sending:
//!
//! - creating a call may use every slot;
//! - polls may use all but one, so a new call never waits behind them;
//! - a `429` (from the budget running out elsewhere, e.g. another device with
//!   the same key) pauses everything for as long as the service asks;
//! - paced, polls are spread over the minute instead of spent in a burst
//!   that leaves the rest of it silent: one every window / (slots polls may
//!   use, less those new calls took in the last window), once the window
//!   is half full: after a quiet spell the first reads go at once.
//!   A new call is never paced.
//!
//! Who gets a poll slot is decided by the call engine, which always polls
//! the call that has waited longest; with many calls in flight each is polled
//! less often, but none is starved.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    CreateCall,
    /// Reading or listing calls.
    Poll,
}

pub struct RequestBudget {
    limit: usize,
    window: Duration,
    /// Polls are spread evenly over the window.
    paced: bool,
    state: Mutex<State>,
}

/// A request's place in the budget, by when it counts as sent.
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct Slot(Instant);

#[derive(Default)]
struct State {
    /// When each request in the window left, and whether it created a call.
    sent: VecDeque<(Instant, Purpose)>,
    paused_until: Option<Instant>,
    last_poll: Option<Instant>,
}

impl RequestBudget {
    /// `limit` requests per `minute`.
    pub fn new(limit: u32, minute: Duration) -> Self {
        Self {
            limit: limit.max(2) as usize,
            // A thirtieth longer than the service's minute, and at least a
            // quarter of a second: a margin for requests that reach it later
            // than their slot was taken (a disk write, a slow network, a
            // busy computer).
            window: minute + (minute / 30).max(Duration::from_millis(250)),
            paced: false,
            state: Mutex::default(),
        }
    }

    /// Spreads polls evenly over the window.
    pub fn paced(mut self, paced: bool) -> Self {
        self.paced = paced;
        self
    }

    /// The least time between two polls when nothing else is sent: the
    /// pace at which polls alone use every slot but the one kept for a new
    /// call (zero when not paced).
    pub fn spacing(&self) -> Duration {
        self.spacing_with(0)
    }

    /// The least time between two polls while `creates` requests of the
    /// window created calls: what is left is spread over the window.
    fn spacing_with(&self, creates: usize) -> Duration {
        if !self.paced {
            return Duration::ZERO;
        }
        let left = (self.limit - 1).saturating_sub(creates).max(1);
        self.window / left as u32
    }

    /// How far back sent requests count.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Counts requests sent before this budget existed (by an earlier run
    /// of the app), given as how long ago each left.
    pub fn remember(&self, ages: impl IntoIterator<Item = Duration>) {
        let now = Instant::now();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        // What they were is not known: counted as calls, the safer pace.
        let mut sent: Vec<(Instant, Purpose)> = ages
            .into_iter()
            .filter(|age| *age < self.window)
            .filter_map(|age| now.checked_sub(age))
            .map(|at| (at, Purpose::CreateCall))
            .chain(state.sent.drain(..))
            .collect();
        sent.sort_by_key(|(at, _)| *at);
        state.sent = sent.into();
    }

    /// Waits until a request for `purpose` fits, then counts it as sent
    /// now; see [`leaving`](Self::leaving).
    pub async fn acquire(&self, purpose: Purpose) -> Slot {
        loop {
            let wait = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                while state
                    .sent
                    .front()
                    .is_some_and(|(at, _)| now.duration_since(*at) >= self.window)
                {
                    state.sent.pop_front();
                }
                let cap = match purpose {
                    Purpose::CreateCall => self.limit,
                    Purpose::Poll => self.limit - 1,
                };
                let creates = state
                    .sent
                    .iter()
                    .filter(|(_, sent)| *sent == Purpose::CreateCall)
                    .count();
                let paced_until = match (purpose, state.last_poll) {
                    // Half the window's slots are free to use at once (a
                    // call just found, after a quiet spell), never all.
                    (Purpose::Poll, Some(last)) if self.paced && 2 * state.sent.len() >= cap => {
                        Some(last + self.spacing_with(creates))
                    }
                    _ => None,
                };
                let held_until = state.paused_until.max(paced_until);
                match held_until.filter(|until| *until > now) {
                    Some(until) => until - now,
                    None if state.sent.len() < cap => {
                        state.sent.push_back((now, purpose));
                        if purpose == Purpose::Poll {
                            state.last_poll = Some(now);
                        }
                        return Slot(now);
                    }
                    None => {
                        // The slot frees when the request `cap` places back leaves the window.
                        let (oldest, _) = state.sent[state.sent.len() - cap];
                        (oldest + self.window).saturating_duration_since(now)
                    }
                }
            };
            tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
        }
    }

    /// Moves a slot's time to now, when its request really leaves: work
    /// between taking the slot and sending (a disk write on a busy
    /// computer) must not let requests reach the service closer together
    /// than the budget allows.
    pub fn leaving(&self, slot: Slot) -> Slot {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let mut purpose = Purpose::CreateCall;
        if let Some(taken) = state.sent.iter().position(|(at, _)| *at == slot.0) {
            if let Some((_, taken)) = state.sent.remove(taken) {
                purpose = taken;
            }
        }
        let place = state.sent.partition_point(|(at, _)| *at <= now);
        state.sent.insert(place, (now, purpose));
        if state.last_poll == Some(slot.0) {
            state.last_poll = Some(now);
        }
        Slot(now)
    }

    /// Sends nothing for `pause` (the service answered `429`).
    pub fn pause(&self, pause: Duration) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let until = Instant::now() + pause;
        state.paused_until = Some(state.paused_until.map_or(until, |old| old.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn polls_leave_one_slot_for_a_new_call() {
        let budget = RequestBudget::new(10, Duration::from_secs(60));
        let started = Instant::now();
        for _ in 0..9 {
            let _ = budget.acquire(Purpose::Poll).await;
        }
        assert_eq!(started.elapsed(), Duration::ZERO);
        // The tenth slot is kept for a call: a create goes at once...
        let _ = budget.acquire(Purpose::CreateCall).await;
        assert_eq!(started.elapsed(), Duration::ZERO);
        // ...and the next poll waits for the first one to leave the window.
        let _ = budget.acquire(Purpose::Poll).await;
        assert!(started.elapsed() >= Duration::from_secs(60));
    }

    #[tokio::test(start_paused = true)]
    async fn paced_polls_are_spread_over_the_minute_and_a_new_call_is_not() {
        let budget = RequestBudget::new(10, Duration::from_secs(60)).paced(true);
        let spacing = budget.spacing();
        assert_eq!(spacing, budget.window() / 9);
        let started = Instant::now();
        let mut polled = Vec::new();
        for _ in 0..9 {
            let _ = budget.acquire(Purpose::Poll).await;
            polled.push(started.elapsed());
        }
        // After a quiet spell the first few go at once, then evenly.
        let at_once = 5;
        assert_eq!(polled[at_once - 1], Duration::ZERO, "{polled:?}");
        assert!(polled[at_once] > Duration::ZERO, "{polled:?}");
        for pair in polled[at_once - 1..].windows(2) {
            let apart = pair[1] - pair[0];
            // The timer counts whole milliseconds.
            assert!(
                apart >= spacing && apart <= spacing + Duration::from_millis(2),
                "evenly spaced: {polled:?}"
            );
        }
        let before = started.elapsed();
        let _ = budget.acquire(Purpose::CreateCall).await;
        assert_eq!(started.elapsed(), before, "a new call goes at once");
    }

    #[tokio::test(start_paused = true)]
    async fn slots_taken_by_new_calls_slow_the_pace_instead_of_stopping_it() {
        let budget = RequestBudget::new(10, Duration::from_secs(60)).paced(true);
        for _ in 0..5 {
            let _ = budget.acquire(Purpose::CreateCall).await;
        }
        let started = Instant::now();
        let mut polled = Vec::new();
        for _ in 0..4 {
            let _ = budget.acquire(Purpose::Poll).await;
            polled.push(started.elapsed());
        }
        // Four poll slots are left in this window: a quarter of it apart,
        // not four at once and then a long silence.
        let quarter = budget.window() / 4;
        for pair in polled.windows(2) {
            let apart = pair[1] - pair[0];
            assert!(
                apart >= quarter && apart <= quarter + Duration::from_millis(2),
                "{polled:?}"
            );
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_that_leaves_late_counts_from_when_it_left() {
        let budget = RequestBudget::new(10, Duration::from_secs(60));
        let started = Instant::now();
        let first = budget.acquire(Purpose::CreateCall).await;
        // It waited five seconds for the disk before it left.
        tokio::time::advance(Duration::from_secs(5)).await;
        let _ = budget.leaving(first);
        tokio::time::advance(Duration::from_secs(25)).await;
        for _ in 0..9 {
            let _ = budget.acquire(Purpose::CreateCall).await;
        }
        let _ = budget.acquire(Purpose::CreateCall).await;
        // A minute (and the margin) after it left, not after it was taken.
        assert!(
            started.elapsed() >= Duration::from_secs(5 + 62),
            "the next slot came {:?} after the first was taken",
            started.elapsed()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_any_minute() {
        let budget = RequestBudget::new(10, Duration::from_secs(60));
        let mut sent = Vec::new();
        for n in 0..40 {
            let purpose = if n % 7 == 0 {
                Purpose::CreateCall
            } else {
                Purpose::Poll
            };
            let _ = budget.acquire(purpose).await;
            sent.push(Instant::now());
        }
        for (i, at) in sent.iter().enumerate() {
            let in_minute = sent[i..]
                .iter()
                .filter(|t| t.duration_since(*at) < Duration::from_secs(60))
                .count();
            assert!(in_minute <= 10, "{in_minute} requests within a minute");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn requests_of_an_earlier_run_count() {
        let budget = RequestBudget::new(10, Duration::from_secs(60));
        // Ten requests 20 s ago: the next waits until they leave the window.
        budget.remember(std::iter::repeat_n(Duration::from_secs(20), 10));
        let started = Instant::now();
        let _ = budget.acquire(Purpose::CreateCall).await;
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(40) && waited <= Duration::from_secs(43),
            "{waited:?}"
        );
        // Requests older than the window are not counted.
        let budget = RequestBudget::new(10, Duration::from_secs(60));
        budget.remember(std::iter::repeat_n(Duration::from_secs(90), 10));
        let started = Instant::now();
        let _ = budget.acquire(Purpose::CreateCall).await;
        assert_eq!(started.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_everything() {
        let budget = RequestBudget::new(10, Duration::from_secs(60));
        budget.pause(Duration::from_secs(30));
        let started = Instant::now();
        let _ = budget.acquire(Purpose::CreateCall).await;
        assert!(started.elapsed() >= Duration::from_secs(30));
    }
}
