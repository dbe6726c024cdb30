//! Token-bucket rate limits, in memory and per process (§2.6).
//!
//! Per process is enough for a drop-in centre's single hub; with several
//! hub processes each enforces its own budget, so the effective limit is
//! that many times larger, which is still a bound.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One bucket: `capacity` tokens, refilled at `per_sec`.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// Buckets keyed by logbook id or mailbox address.
#[derive(Debug)]
pub struct RateLimiter<K> {
    capacity: f64,
    per_sec: f64,
    buckets: Mutex<HashMap<K, Bucket>>,
}

/// Buckets that idle this long are full again and can be forgotten.
const FORGET_AFTER_CHECKS: usize = 4096;

impl<K: Hash + Eq + Clone> RateLimiter<K> {
    /// `per_minute` requests a minute, bursts of `burst`.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        RateLimiter {
            capacity: f64::from(burst.max(1)),
            per_sec: f64::from(per_minute.max(1)) / 60.0,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key` now; `Err(retry_after)` when there is none.
    pub fn check(&self, key: &K) -> Result<(), Duration> {
        self.check_at(key, Instant::now())
    }

    /// [`check`](Self::check) at a given instant, for tests.
    pub fn check_at(&self, key: &K, now: Instant) -> Result<(), Duration> {
        let mut buckets = match self.buckets.lock() {
            Ok(b) => b,
            // A panic elsewhere while holding the lock leaves plain numbers.
            Err(poisoned) => poisoned.into_inner(),
        };
        if buckets.len() >= FORGET_AFTER_CHECKS {
            let full_after = Duration::from_secs_f64(self.capacity / self.per_sec);
            buckets.retain(|_, b| now.saturating_duration_since(b.last) < full_after);
        }
        let bucket = buckets.entry(key.clone()).or_insert(Bucket {
            tokens: self.capacity,
            last: now,
        });
        let elapsed = now.saturating_duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_sec).min(self.capacity);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64(
                (1.0 - bucket.tokens) / self.per_sec,
            ))
        }
    }
}

/// Seconds for a `Retry-After` header: rounded up, at least 1.
pub fn retry_after_secs(wait: Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_refusal_then_refill() {
        let limiter = RateLimiter::new(60, 3); // one a second
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(&1u8, t0).is_ok());
        }
        let wait = limiter.check_at(&1u8, t0).expect_err("bucket empty");
        assert!(wait <= Duration::from_secs(1) && wait > Duration::ZERO);
        assert_eq!(retry_after_secs(wait), 1);
        assert!(limiter.check_at(&1u8, t0 + Duration::from_secs(1)).is_ok());
        assert!(limiter.check_at(&1u8, t0 + Duration::from_secs(1)).is_err());
    }

    #[test]
    fn keys_have_their_own_buckets() {
        let limiter = RateLimiter::new(60, 1);
        let t0 = Instant::now();
        assert!(limiter.check_at(&"a", t0).is_ok());
        assert!(limiter.check_at(&"a", t0).is_err());
        assert!(limiter.check_at(&"b", t0).is_ok());
    }

    #[test]
    fn refill_stops_at_capacity() {
        let limiter = RateLimiter::new(600, 2);
        let t0 = Instant::now();
        assert!(limiter.check_at(&0, t0).is_ok());
        let later = t0 + Duration::from_secs(3600);
        assert!(limiter.check_at(&0, later).is_ok());
        assert!(limiter.check_at(&0, later).is_ok());
        assert!(limiter.check_at(&0, later).is_err());
    }

    #[test]
    fn slow_rates_give_long_retry_after() {
        let limiter = RateLimiter::new(6, 1); // one per 10 s
        let t0 = Instant::now();
        assert!(limiter.check_at(&0, t0).is_ok());
        let wait = limiter.check_at(&0, t0).expect_err("empty");
        assert_eq!(retry_after_secs(wait), 10);
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
    }
}
