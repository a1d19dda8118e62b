//! The wall clock, injectable. The engine's waits run on the monotonic
//! clock (tokio's), which stops while the computer sleeps; anything that
//! must not happen late checks the wall clock right before it acts. Tests
//! move this wall clock forward to stand for a computer that slept.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch, as history keeps times.
#[derive(Clone)]
pub struct Clock {
    /// Added to the system's time; only tests move it.
    shift_ms: Arc<AtomicI64>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Self {
        Self {
            shift_ms: Arc::default(),
        }
    }

    pub fn now_ms(&self) -> i64 {
        system_ms() + self.shift_ms.load(Ordering::SeqCst)
    }

    /// Moves the wall clock forward while the monotonic one runs on, as
    /// when a laptop wakes from sleep.
    pub fn jump(&self, by: Duration) {
        self.shift_ms
            .fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "Clock(+{} ms)",
            self.shift_ms.load(Ordering::SeqCst)
        )
    }
}

fn system_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jump_moves_every_copy() {
        let clock = Clock::system();
        let copy = clock.clone();
        let before = copy.now_ms();
        clock.jump(Duration::from_secs(3 * 3600));
        assert!(copy.now_ms() - before >= 3 * 3600 * 1000);
    }
}
