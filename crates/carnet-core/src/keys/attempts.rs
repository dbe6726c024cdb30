//! Persisted back-off after wrong passphrases.
//!
//! Argon2id makes each guess cost; this makes many guesses at the unlock
//! screen cost minutes, and survives restarting the app. It does not stop
//! someone who copies the files (see docs/threat-model.md).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil::write_atomically;

pub const ATTEMPTS_FILE: &str = "unlock-attempts.json";
/// Wrong tries allowed before any wait: people mistype.
const FREE_ATTEMPTS: u32 = 3;
const FIRST_WAIT_SECS: u64 = 30;
const MAX_WAIT_SECS: u64 = 3600;

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    version: u32,
    failures: u32,
    last_failure_unix: u64,
}

/// The wrong-attempt counter of one data directory.
#[derive(Debug)]
pub struct Attempts {
    path: PathBuf,
    state: State,
}

impl Attempts {
    /// Reads the counter; an unreadable file counts as the free attempts
    /// used up, so deleting half of it does not reset the wait.
    pub fn load(dir: &Path) -> Attempts {
        let path = dir.join(ATTEMPTS_FILE);
        let state = match std::fs::read(&path) {
            Ok(b) => serde_json::from_slice(&b).unwrap_or(State {
                version: 1,
                failures: FREE_ATTEMPTS,
                last_failure_unix: 0,
            }),
            Err(_) => State::default(),
        };
        Attempts { path, state }
    }

    /// How long the person must wait after `failures` wrong tries.
    pub fn wait_for(failures: u32) -> u64 {
        if failures <= FREE_ATTEMPTS {
            return 0;
        }
        let doublings = (failures - FREE_ATTEMPTS - 1).min(16);
        (FIRST_WAIT_SECS << doublings).min(MAX_WAIT_SECS)
    }

    /// Refuses an attempt while the wait is running.
    pub fn check(&self, now_unix: u64) -> Result<()> {
        let wait = Self::wait_for(self.state.failures);
        let until = self.state.last_failure_unix.saturating_add(wait);
        // A clock set back must not shorten the wait.
        if wait > 0 && (now_unix < self.state.last_failure_unix || now_unix < until) {
            let left = if now_unix < self.state.last_failure_unix {
                wait
            } else {
                until - now_unix
            };
            return Err(Error::TooManyAttempts { wait_secs: left });
        }
        Ok(())
    }

    pub fn record_failure(&mut self, now_unix: u64) -> Result<()> {
        self.state.version = 1;
        self.state.failures = self.state.failures.saturating_add(1);
        self.state.last_failure_unix = now_unix;
        let bytes = serde_json::to_vec(&self.state).map_err(|e| Error::Internal(e.to_string()))?;
        write_atomically(&self.path, &bytes)
    }

    pub fn failures(&self) -> u32 {
        self.state.failures
    }

    pub fn reset(&mut self) -> Result<()> {
        if self.state.failures > 0 {
            self.state = State::default();
            match std::fs::remove_file(&self.path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_after_the_free_attempts_and_persist() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = Attempts::load(dir.path());
        for _ in 0..3 {
            a.check(1000).expect("free attempts");
            a.record_failure(1000).expect("record");
        }
        a.check(1000).expect("third failure still free");
        a.record_failure(1000).expect("record");
        let again = Attempts::load(dir.path());
        assert!(matches!(
            again.check(1010),
            Err(Error::TooManyAttempts { wait_secs: 20 })
        ));
        assert!(again.check(1030).is_ok());
        assert!(matches!(
            again.check(10),
            Err(Error::TooManyAttempts { .. })
        ));
        assert_eq!(Attempts::wait_for(5), 60);
        assert_eq!(Attempts::wait_for(40), MAX_WAIT_SECS);
    }
}
