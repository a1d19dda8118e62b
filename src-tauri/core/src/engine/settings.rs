//! Every interval the engine keeps, in one place so tests scale them all.

use std::time::Duration;

use crate::clock::Clock;

#[derive(Debug, Clone)]
pub struct EngineSettings {
    /// How long one of the service's seconds lasts: a real second, shorter
    /// in Practice mode and the tests.
    pub second: Duration,
    pub poll_every: Duration,
    /// Stop watching after this long; "check again" starts anew.
    pub watch_limit: Duration,
    /// Extra polls for a completed call still missing summary or transcript.
    pub enrichment_polls: u32,
    pub enrichment_every: Duration,
    /// How long after completion results still missing (outcome, summary,
    /// transcript, recording) are waited for, at the usual pace.
    pub results_wait: Duration,
    /// How long to wait after a `429` on `POST /calls` before the one retry.
    pub rate_limit_wait: Duration,
    /// The longest the app honours a `Retry-After`: a service asking for a
    /// day would otherwise freeze every request for a day.
    pub rate_limit_cap: Duration,
    /// How often the waiting countdown is reported.
    pub countdown_tick: Duration,
    pub backoff_first: Duration,
    pub backoff_max: Duration,
    /// How many looks at the recent calls, `poll_every` apart, before the
    /// app stops looking for a call whose answer was lost.
    pub reconcile_looks: u32,
    pub requests_per_minute: u32,
    pub minute: Duration,
    /// A scheduled call whose timer wakes later than this after its time
    /// (the computer was asleep) is asked about, not placed.
    pub late_after: Duration,
    /// A send whose wait took this much longer on the wall clock than on
    /// the monotonic one (the computer slept meanwhile) is not sent.
    pub asleep_after: Duration,
    /// Spread polls over the minute rather than spend the budget in bursts.
    pub pace_polls: bool,
    /// With two or more calls in flight, watch them through one list
    /// request instead of reading each in turn.
    pub watch_by_list: bool,
    /// The wall clock the engine checks before anything that must not be late.
    pub clock: Clock,
}

impl EngineSettings {
    /// The service's own advice: poll every 10 s, give up watching after
    /// 5 minutes, two more polls 2 s apart for late results.
    pub fn standard() -> Self {
        Self::scaled(Duration::from_secs(1))
    }

    /// Every interval as many `second`s as [`standard`](Self::standard) has seconds.
    pub fn scaled(second: Duration) -> Self {
        Self {
            second,
            poll_every: second * 10,
            watch_limit: second * 300,
            enrichment_polls: 2,
            enrichment_every: second * 2,
            results_wait: second * 120,
            rate_limit_wait: second * 60,
            rate_limit_cap: second * 120,
            countdown_tick: second,
            backoff_first: second * 2,
            backoff_max: second * 60,
            reconcile_looks: 6,
            requests_per_minute: 10,
            minute: second * 60,
            late_after: second * 120,
            asleep_after: second * 20,
            pace_polls: true,
            watch_by_list: true,
            clock: Clock::system(),
        }
    }

    /// How long to hold every request after a `429`: what the service
    /// asked, within the cap, or the usual minute.
    pub(super) fn rate_limit_pause(&self, retry_after_seconds: Option<u64>) -> Duration {
        let asked = retry_after_seconds
            .map(|seconds| self.countdown_tick * u32::try_from(seconds).unwrap_or(u32::MAX));
        asked
            .unwrap_or(self.rate_limit_wait)
            .min(self.rate_limit_cap)
            .max(self.countdown_tick)
    }

    /// How long a call is followed before "still running", as people say it.
    pub(super) fn watch_limit_minutes(&self) -> u32 {
        (self.watch_limit.as_secs_f64() / self.second.as_secs_f64() / 60.0).round() as u32
    }

    /// A little longer after each failure in a row, up to `backoff_max`.
    pub(super) fn backoff(&self, failures: u32) -> Duration {
        let factor = 2u32.saturating_pow(failures.saturating_sub(1).min(10));
        (self.backoff_first * factor).min(self.backoff_max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_retry_after_is_capped() {
        let settings = EngineSettings::standard();
        assert_eq!(
            settings.rate_limit_pause(Some(86_400)),
            Duration::from_secs(120)
        );
        assert_eq!(settings.rate_limit_pause(Some(30)), Duration::from_secs(30));
        assert_eq!(settings.rate_limit_pause(None), Duration::from_secs(60));
        assert_eq!(settings.rate_limit_pause(Some(0)), Duration::from_secs(1));
    }
}
