//! The limits of docs/sync-protocol.md §2.6, and the settings an operator
//! may change.

use std::time::Duration;

/// Largest request body; axum refuses bigger ones before any handler runs.
pub const MAX_BODY: usize = 16 * MIB;
/// Rows in one `POST rows`.
pub const MAX_ROWS_PER_POST: usize = 1_000;
/// One row's `ct`, and one snapshot's.
pub const MAX_ROW_CT: usize = 4 * MIB;
/// One blob.
pub const MAX_BLOB: usize = 12 * MIB;
/// A box or a pairing mailbox slot.
pub const MAX_SLOT: usize = 4 * KIB;
/// `ct` bytes in one rows page (at least one row is sent whatever its size).
pub const MAX_PAGE_BYTES: usize = 8 * MIB;
/// Rows in one page, and the default when the client names no limit.
pub const MAX_PAGE_ROWS: u32 = 1_000;
pub const DEFAULT_PAGE_ROWS: u32 = 500;
/// Pairing mailbox requests per mailbox address and minute.
pub const MAILBOX_PER_MINUTE: u32 = 120;

pub const KIB: usize = 1024;
// The largest objects fit in a request.
const _: () = assert!(MAX_BLOB < MAX_BODY && MAX_ROW_CT < MAX_BODY);
pub const MIB: usize = 1024 * KIB;

/// What the operator can set on the command line.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Storage per logbook (rows + snapshot + blobs), in bytes.
    pub quota_bytes: u64,
    /// Requests per logbook and minute; bursts of a fifth of that.
    pub rate_per_minute: u32,
    /// How long a pairing mailbox lives after its first write.
    pub mailbox_ttl: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            quota_bytes: 512 * MIB as u64,
            rate_per_minute: 600,
            mailbox_ttl: Duration::from_secs(600),
        }
    }
}

/// The burst a per-minute rate allows: a fifth of it (600/min → 120), at
/// least one request.
pub fn burst_for(per_minute: u32) -> u32 {
    (per_minute / 5).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bursts_are_a_fifth_of_the_rate() {
        assert_eq!(burst_for(600), 120);
        assert_eq!(burst_for(120), 24);
        assert_eq!(burst_for(3), 1);
        assert_eq!(burst_for(0), 1);
    }

    #[test]
    fn the_default_quota_is_512_mib() {
        assert_eq!(Settings::default().quota_bytes, 512 << 20);
    }
}
