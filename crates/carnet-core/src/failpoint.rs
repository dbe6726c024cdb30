//! Named crash points for the crash tests.
//!
//! When the environment variable `CARNET_FAILPOINT` names a point, the
//! process aborts there, as a power cut or a `kill -9` would stop it. The
//! check is one string comparison; production runs never set the variable.

use std::sync::OnceLock;

static ACTIVE: OnceLock<Option<String>> = OnceLock::new();

/// Aborts the process if `name` is the configured failpoint.
pub fn hit(name: &str) {
    let active = ACTIVE.get_or_init(|| std::env::var("CARNET_FAILPOINT").ok());
    if active.as_deref() == Some(name) {
        std::process::abort();
    }
}
