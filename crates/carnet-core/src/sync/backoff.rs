//! When to try the hub again after it could not be reached
//! (docs/sync-protocol.md §4.3): 5 s, doubling up to 15 minutes, with
//! ±20% jitter so that the phones of a whole centre do not all knock at
//! once when its Wi-Fi comes back.

use std::time::Duration;

use rand::Rng;

const FIRST: f64 = 5.0;
const LONGEST: f64 = 15.0 * 60.0;
const JITTER: f64 = 0.2;

/// The retry schedule of a background sync.
#[derive(Debug, Default, Clone)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    /// Forget past failures (after a sync that worked).
    pub fn reset(&mut self) {
        self.failures = 0;
    }

    /// The wait before the next try, counting this failure.
    pub fn next_delay(&mut self, rng: &mut impl Rng) -> Duration {
        let base = (FIRST * 2f64.powi(self.failures.min(30) as i32)).min(LONGEST);
        self.failures = self.failures.saturating_add(1);
        let factor = 1.0 + rng.gen_range(-JITTER..=JITTER);
        Duration::from_secs_f64(base * factor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn waits_double_up_to_fifteen_minutes_with_bounded_jitter() {
        let seed = 42;
        println!("backoff seed {seed}");
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut b = Backoff::default();
        let waits: Vec<f64> = (0..12)
            .map(|_| b.next_delay(&mut rng).as_secs_f64())
            .collect();
        let bases = [
            5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 320.0, 640.0, 900.0, 900.0, 900.0, 900.0,
        ];
        for (w, base) in waits.iter().zip(bases) {
            assert!(*w >= base * 0.8 && *w <= base * 1.2, "{w} for {base}");
        }
        b.reset();
        let first = b.next_delay(&mut rng).as_secs_f64();
        assert!(
            (4.0..=6.0).contains(&first),
            "after a success it starts again"
        );
    }
}
