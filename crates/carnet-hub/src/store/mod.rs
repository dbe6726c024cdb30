//! Hub storage (docs/sync-protocol.md §5) behind one trait, with a SQLite
//! backend for one centre and a PostgreSQL backend for several hub
//! processes sharing one database.
//!
//! Everything stored is ciphertext or an opaque id; the only thing the
//! hub computes over is lengths (for the quota) and the token's hash.

pub mod postgres;
pub mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;

use crate::wire::{RowIn, RowOut, Snapshot};

/// Version of the schema in [`sqlite`] and [`postgres`]; a database with a
/// newer one is refused rather than misread.
pub const SCHEMA_VERSION: i64 = 1;

/// A logbook id (16 bytes).
pub type LogbookId = [u8; 16];
/// A blob id or a box/mailbox address (32 bytes).
pub type Address = [u8; 32];

/// Why a storage call failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no such logbook")]
    UnknownLogbook,
    #[error("{0}")]
    Conflict(&'static str),
    #[error("the logbook's storage quota is full")]
    Quota,
    #[error("the database was written by a newer carnet-hub (schema version {0})")]
    NewerSchema(i64),
    #[error("a stored value is out of range: {0}")]
    Corrupt(&'static str),
    #[error("database: {0}")]
    Database(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Database(e.to_string())
    }
}

impl From<tokio_postgres::Error> for StoreError {
    /// A server error keeps its code and message only: its DETAIL can quote
    /// key values (logbook ids), which must not reach the log.
    fn from(e: tokio_postgres::Error) -> Self {
        match e.as_db_error() {
            Some(db) => StoreError::Database(format!("{} ({})", db.message(), db.code().code())),
            None => StoreError::Database(e.to_string()),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What `PUT /v1/logbooks/{id}` found.
#[derive(Debug, PartialEq, Eq)]
pub enum Registered {
    Created,
    /// Already there with this token hash (hex).
    Existing(String),
}

/// One page of `GET rows`.
#[derive(Debug)]
pub struct Page {
    pub snapshot: Option<Snapshot>,
    pub rows: Vec<RowOut>,
    pub latest: u64,
    pub more: bool,
}

/// A pairing mailbox slot name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Hello,
    Reply,
}

impl Slot {
    pub fn parse(s: &str) -> Option<Slot> {
        match s {
            "hello" => Some(Slot::Hello),
            "reply" => Some(Slot::Reply),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Hello => "hello",
            Slot::Reply => "reply",
        }
    }
}

/// Counts for `carnet-hub stats`: never an id.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub logbooks: u64,
    pub rows: u64,
    pub snapshots: u64,
    pub blobs: u64,
    pub boxes: u64,
    pub live_mailboxes: u64,
    /// Rows, snapshots and blobs (the quota's bytes) plus boxes.
    pub stored_bytes: u64,
}

/// The hub's storage. Times are Unix seconds, passed in so that the
/// backends need no clock of their own.
#[async_trait]
pub trait Store: Send + Sync + std::fmt::Debug {
    /// Touches the database; `Err` means the hub cannot store now.
    async fn health(&self) -> Result<()>;

    /// Creates the logbook with `token_hash` unless it exists.
    async fn register(&self, id: LogbookId, token_hash: String, now: i64) -> Result<Registered>;

    /// The stored token hash (hex), `None` for an unknown logbook.
    async fn token_hash(&self, id: LogbookId) -> Result<Option<String>>;

    async fn set_token_hash(&self, id: LogbookId, token_hash: String) -> Result<()>;

    /// Stores `rows` in one transaction (§2.3); returns the server
    /// sequence of each row and the logbook's latest.
    async fn insert_rows(
        &self,
        id: LogbookId,
        rows: Vec<RowIn>,
        quota: u64,
    ) -> Result<(Vec<u64>, u64)>;

    /// Rows above `after`, at most `limit` and about `max_bytes` of `ct`.
    async fn rows_after(
        &self,
        id: LogbookId,
        after: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Page>;

    /// Replaces the snapshot and deletes the rows it covers (§2.4).
    async fn put_snapshot(&self, id: LogbookId, snapshot: Snapshot, quota: u64) -> Result<()>;

    /// `true` when stored now, `false` when the id was already there.
    async fn put_blob(&self, id: LogbookId, blob: Address, ct: Vec<u8>, quota: u64)
        -> Result<bool>;

    async fn get_blob(&self, id: LogbookId, blob: Address) -> Result<Option<Vec<u8>>>;

    /// Stores or replaces a box of `logbook`; `Conflict` when the address
    /// belongs to another logbook.
    async fn put_box(&self, address: Address, logbook: LogbookId, ct: Vec<u8>) -> Result<()>;

    async fn get_box(&self, address: Address) -> Result<Option<(LogbookId, Vec<u8>)>>;

    /// Writes a mailbox slot once. A mailbox whose first write is `ttl`
    /// seconds old or more is purged first (it has expired).
    async fn mailbox_put(
        &self,
        address: Address,
        slot: Slot,
        ct: Vec<u8>,
        now: i64,
        ttl: i64,
    ) -> Result<()>;

    /// A live slot's bytes; an expired mailbox is deleted and reads `None`.
    async fn mailbox_get(
        &self,
        address: Address,
        slot: Slot,
        now: i64,
        ttl: i64,
    ) -> Result<Option<Vec<u8>>>;

    /// Deletes every expired mailbox; returns how many slots went.
    async fn purge_mailboxes(&self, now: i64, ttl: i64) -> Result<u64>;

    async fn stats(&self, now: i64, ttl: i64) -> Result<Stats>;
}

/// Opens the store a database URL names: `postgres://…` or
/// `postgresql://…` for PostgreSQL, `sqlite:PATH` for a SQLite file.
pub async fn open(url: &str) -> Result<Arc<dyn Store>> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::PgStore::open(url).await?))
    } else if let Some(path) = url.strip_prefix("sqlite:") {
        let path = path.strip_prefix("//").unwrap_or(path);
        Ok(Arc::new(sqlite::SqliteStore::open(path.as_ref()).await?))
    } else {
        Err(StoreError::Database(
            "the database URL must start with postgres:// or sqlite:".into(),
        ))
    }
}

/// Checks a row's numbers fit the database's signed 64-bit integers.
pub(crate) fn to_i64(v: u64) -> Result<i64> {
    i64::try_from(v).map_err(|_| StoreError::Corrupt("a number is above 2^63 - 1"))
}

pub(crate) fn to_u64(v: i64) -> Result<u64> {
    u64::try_from(v).map_err(|_| StoreError::Corrupt("negative count"))
}

/// Where a rows page ends, given `(server_seq, ct length)` of up to
/// `limit + 1` rows in order: the last `server_seq` to send (`None` when no
/// row is due) and whether rows above it exist. At most `limit` rows and
/// `max_bytes` of `ct`, but always at least one row so that a row larger
/// than the page budget still gets through.
pub(crate) fn page_cut(sizes: &[(i64, i64)], limit: u32, max_bytes: usize) -> (Option<i64>, bool) {
    let mut total: u64 = 0;
    let mut last = None;
    for (i, &(seq, len)) in sizes.iter().enumerate() {
        let len = u64::try_from(len).unwrap_or(0);
        let full = i >= limit as usize || (i > 0 && total + len > max_bytes as u64);
        if full {
            return (last, true);
        }
        total += len;
        last = Some(seq);
    }
    (last, false)
}

/// §2.4: a snapshot may not go back before the stored one, nor cover rows
/// that do not exist yet.
pub(crate) fn check_snapshot(covers: i64, latest: i64, old_covers: Option<i64>) -> Result<()> {
    if covers > latest {
        return Err(StoreError::Conflict(
            "the snapshot covers rows the hub does not have",
        ));
    }
    if old_covers.is_some_and(|old| covers < old) {
        return Err(StoreError::Conflict(
            "the snapshot is older than the stored one",
        ));
    }
    Ok(())
}

/// The logbook's bytes once a snapshot of `new_len` replaces one of
/// `old_len` and `deleted` bytes of rows go. A snapshot that leaves the
/// logbook no bigger is always taken, even over quota: it is how a full
/// logbook shrinks.
pub(crate) fn bytes_after_snapshot(
    bytes: i64,
    old_len: i64,
    deleted: i64,
    new_len: usize,
    quota: u64,
) -> Result<i64> {
    let new_len = i64::try_from(new_len).map_err(|_| StoreError::Quota)?;
    let after = bytes
        .saturating_sub(old_len)
        .saturating_sub(deleted)
        .saturating_add(new_len);
    if after > bytes && to_u64(after)? > quota {
        return Err(StoreError::Quota);
    }
    Ok(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_stop_at_the_row_limit() {
        let sizes = [(1, 10), (2, 10), (3, 10)];
        assert_eq!(page_cut(&sizes, 2, 1000), (Some(2), true));
        assert_eq!(page_cut(&sizes[..2], 2, 1000), (Some(2), false));
        assert_eq!(page_cut(&[], 2, 1000), (None, false));
    }

    #[test]
    fn pages_stop_at_the_byte_budget_but_send_one_row() {
        let sizes = [(5, 700), (6, 700)];
        assert_eq!(page_cut(&sizes, 10, 1000), (Some(5), true));
        assert_eq!(page_cut(&[(5, 5000)], 10, 1000), (Some(5), false));
        assert_eq!(page_cut(&[(5, 5000), (6, 1)], 10, 1000), (Some(5), true));
    }

    #[test]
    fn snapshots_move_forward_only() {
        assert!(check_snapshot(3, 5, None).is_ok());
        assert!(check_snapshot(3, 5, Some(3)).is_ok());
        assert!(matches!(
            check_snapshot(2, 5, Some(3)),
            Err(StoreError::Conflict(_))
        ));
        assert!(matches!(
            check_snapshot(6, 5, None),
            Err(StoreError::Conflict(_))
        ));
    }

    #[test]
    fn a_shrinking_snapshot_is_taken_over_quota() {
        // 100 bytes stored, quota 50: a snapshot of 10 replacing 60 of rows.
        assert_eq!(bytes_after_snapshot(100, 0, 60, 10, 50).ok(), Some(50));
        assert!(matches!(
            bytes_after_snapshot(40, 0, 0, 20, 50),
            Err(StoreError::Quota)
        ));
    }
}
