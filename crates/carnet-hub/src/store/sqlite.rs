//! The SQLite backend: one file, for a hub serving one centre.
//!
//! rusqlite is blocking, so every call runs on tokio's blocking pool with
//! the one connection behind a mutex. SQLite has one writer anyway; WAL
//! lets `stats` read from another process meanwhile.

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::{
    to_i64, to_u64, Address, LogbookId, Page, Registered, Result, Slot, Stats, Store, StoreError,
    SCHEMA_VERSION,
};
use crate::wire::{Bstr, DeviceId, RowIn, RowOut, Snapshot};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS logbooks (
    id BLOB PRIMARY KEY, token_hash TEXT NOT NULL, created INTEGER NOT NULL,
    latest INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
    snapshot_covers INTEGER, snapshot_device BLOB, snapshot_epoch INTEGER, snapshot_ct BLOB);
CREATE TABLE IF NOT EXISTS rows (
    logbook BLOB NOT NULL, server_seq INTEGER NOT NULL, device BLOB NOT NULL,
    seq INTEGER NOT NULL, epoch INTEGER NOT NULL, ct BLOB NOT NULL,
    PRIMARY KEY (logbook, server_seq), UNIQUE (logbook, device, seq));
CREATE TABLE IF NOT EXISTS blobs (
    logbook BLOB NOT NULL, id BLOB NOT NULL, ct BLOB NOT NULL, PRIMARY KEY (logbook, id));
CREATE TABLE IF NOT EXISTS boxes (
    address BLOB PRIMARY KEY, logbook BLOB NOT NULL, ct BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS mailbox (
    address BLOB NOT NULL, slot TEXT NOT NULL, ct BLOB NOT NULL, created INTEGER NOT NULL,
    PRIMARY KEY (address, slot));
";

/// The SQLite store.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the file at `path` and its schema.
    pub async fn open(path: &Path) -> Result<SqliteStore> {
        let path = path.to_path_buf();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection> {
            let mut conn = Connection::open(&path)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(SCHEMA)?;
            let version: Option<i64> = tx
                .query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))
                .optional()?
                .flatten();
            match version {
                None => {
                    tx.execute(
                        "INSERT INTO schema_version (version) VALUES (?1)",
                        [SCHEMA_VERSION],
                    )?;
                }
                Some(v) if v > SCHEMA_VERSION => return Err(StoreError::NewerSchema(v)),
                Some(_) => {}
            }
            tx.commit()?;
            Ok(conn)
        })
        .await
        .map_err(join_error)??;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` with the connection on the blocking pool.
    async fn with<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| StoreError::Database("the connection lock was poisoned".into()))?;
            f(&mut guard)
        })
        .await
        .map_err(join_error)?
    }
}

fn join_error(e: tokio::task::JoinError) -> StoreError {
    StoreError::Database(format!("storage task failed: {e}"))
}

fn device(bytes: Vec<u8>) -> Result<DeviceId> {
    bytes
        .as_slice()
        .try_into()
        .map(DeviceId)
        .map_err(|_| StoreError::Corrupt("a stored device id is not 16 bytes"))
}

fn epoch(v: i64) -> Result<u32> {
    u32::try_from(v).map_err(|_| StoreError::Corrupt("a stored epoch is out of range"))
}

#[async_trait]
impl Store for SqliteStore {
    async fn health(&self) -> Result<()> {
        self.with(|c| {
            c.query_row("SELECT count(*) FROM schema_version", [], |r| {
                r.get::<_, i64>(0)
            })?;
            Ok(())
        })
        .await
    }

    async fn register(&self, id: LogbookId, token_hash: String, now: i64) -> Result<Registered> {
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let existing: Option<String> = tx
                .query_row(
                    "SELECT token_hash FROM logbooks WHERE id = ?1",
                    [&id[..]],
                    |r| r.get(0),
                )
                .optional()?;
            let result = match existing {
                Some(hash) => Registered::Existing(hash),
                None => {
                    tx.execute(
                        "INSERT INTO logbooks (id, token_hash, created) VALUES (?1, ?2, ?3)",
                        params![&id[..], token_hash, now],
                    )?;
                    Registered::Created
                }
            };
            tx.commit()?;
            Ok(result)
        })
        .await
    }

    async fn token_hash(&self, id: LogbookId) -> Result<Option<String>> {
        self.with(move |c| {
            Ok(c.query_row(
                "SELECT token_hash FROM logbooks WHERE id = ?1",
                [&id[..]],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    async fn set_token_hash(&self, id: LogbookId, token_hash: String) -> Result<()> {
        self.with(move |c| {
            let n = c.execute(
                "UPDATE logbooks SET token_hash = ?2 WHERE id = ?1",
                params![&id[..], token_hash],
            )?;
            if n == 0 {
                return Err(StoreError::UnknownLogbook);
            }
            Ok(())
        })
        .await
    }

    async fn insert_rows(
        &self,
        id: LogbookId,
        rows: Vec<RowIn>,
        quota: u64,
    ) -> Result<(Vec<u64>, u64)> {
        self.with(move |c| {
            // IMMEDIATE takes the write lock up front: SQLite's equivalent
            // of locking the logbook row, for every logbook at once.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let (mut latest, bytes): (i64, i64) = tx
                .query_row(
                    "SELECT latest, bytes FROM logbooks WHERE id = ?1",
                    [&id[..]],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(StoreError::UnknownLogbook)?;
            let mut added: u64 = 0;
            let mut assigned = Vec::with_capacity(rows.len());
            for row in &rows {
                let seq = to_i64(row.seq)?;
                let existing: Option<(i64, Vec<u8>)> = tx
                    .query_row(
                        "SELECT server_seq, ct FROM rows WHERE logbook = ?1 AND device = ?2 AND seq = ?3",
                        params![&id[..], &row.device.0[..], seq],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                match existing {
                    Some((server_seq, ct)) if ct == row.ct.0 => assigned.push(to_u64(server_seq)?),
                    Some(_) => {
                        return Err(StoreError::Conflict(
                            "a row with this device and seq is already stored with other bytes",
                        ))
                    }
                    None => {
                        latest += 1;
                        tx.execute(
                            "INSERT INTO rows (logbook, server_seq, device, seq, epoch, ct) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            params![&id[..], latest, &row.device.0[..], seq, i64::from(row.epoch), &row.ct.0[..]],
                        )?;
                        added += row.ct.0.len() as u64;
                        assigned.push(to_u64(latest)?);
                    }
                }
            }
            let total = to_u64(bytes)?.saturating_add(added);
            if added > 0 && total > quota {
                return Err(StoreError::Quota);
            }
            tx.execute(
                "UPDATE logbooks SET latest = ?2, bytes = ?3 WHERE id = ?1",
                params![&id[..], latest, to_i64(total)?],
            )?;
            tx.commit()?;
            Ok((assigned, to_u64(latest)?))
        })
        .await
    }

    async fn rows_after(
        &self,
        id: LogbookId,
        after: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Page> {
        self.with(move |c| {
            let tx = c.transaction()?;
            type Head = (i64, Option<i64>, Option<Vec<u8>>, Option<i64>, Option<Vec<u8>>);
            let head: Head = tx
                .query_row(
                    "SELECT latest, snapshot_covers, snapshot_device, snapshot_epoch, snapshot_ct FROM logbooks WHERE id = ?1",
                    [&id[..]],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?
                .ok_or(StoreError::UnknownLogbook)?;
            let (latest, covers, dev, ep, ct) = head;
            let mut start = to_i64(after)?;
            let mut snapshot = None;
            if let (Some(covers), Some(dev), Some(ep), Some(ct)) = (covers, dev, ep, ct) {
                if start < covers {
                    snapshot = Some(Snapshot {
                        covers: to_u64(covers)?,
                        device: device(dev)?,
                        epoch: epoch(ep)?,
                        ct: Bstr(ct),
                    });
                    start = covers;
                }
            }
            // Sizes first, so that a page never loads more than it sends.
            let mut sizes = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT server_seq, length(ct) FROM rows WHERE logbook = ?1 AND server_seq > ?2 ORDER BY server_seq LIMIT ?3",
                )?;
                let mut q = stmt.query(params![&id[..], start, i64::from(limit) + 1])?;
                while let Some(r) = q.next()? {
                    sizes.push((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?));
                }
            }
            let (last, more) = super::page_cut(&sizes, limit, max_bytes);
            let mut rows = Vec::new();
            if let Some(last) = last {
                let mut stmt = tx.prepare(
                    "SELECT server_seq, device, seq, epoch, ct FROM rows WHERE logbook = ?1 AND server_seq > ?2 AND server_seq <= ?3 ORDER BY server_seq",
                )?;
                let mut q = stmt.query(params![&id[..], start, last])?;
                while let Some(r) = q.next()? {
                    rows.push(RowOut {
                        server_seq: to_u64(r.get(0)?)?,
                        device: device(r.get(1)?)?,
                        seq: to_u64(r.get(2)?)?,
                        epoch: epoch(r.get(3)?)?,
                        ct: Bstr(r.get(4)?),
                    });
                }
            }
            tx.commit()?;
            Ok(Page {
                snapshot,
                rows,
                latest: to_u64(latest)?,
                more,
            })
        })
        .await
    }

    async fn put_snapshot(&self, id: LogbookId, snapshot: Snapshot, quota: u64) -> Result<()> {
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let (latest, bytes, old_covers, old_len): (i64, i64, Option<i64>, Option<i64>) = tx
                .query_row(
                    "SELECT latest, bytes, snapshot_covers, length(snapshot_ct) FROM logbooks WHERE id = ?1",
                    [&id[..]],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?
                .ok_or(StoreError::UnknownLogbook)?;
            let covers = to_i64(snapshot.covers)?;
            super::check_snapshot(covers, latest, old_covers)?;
            let deleted: i64 = tx.query_row(
                "SELECT coalesce(sum(length(ct)), 0) FROM rows WHERE logbook = ?1 AND server_seq <= ?2",
                params![&id[..], covers],
                |r| r.get(0),
            )?;
            tx.execute(
                "DELETE FROM rows WHERE logbook = ?1 AND server_seq <= ?2",
                params![&id[..], covers],
            )?;
            let new_bytes = super::bytes_after_snapshot(
                bytes,
                old_len.unwrap_or(0),
                deleted,
                snapshot.ct.0.len(),
                quota,
            )?;
            tx.execute(
                "UPDATE logbooks SET snapshot_covers = ?2, snapshot_device = ?3, snapshot_epoch = ?4, snapshot_ct = ?5, bytes = ?6 WHERE id = ?1",
                params![&id[..], covers, &snapshot.device.0[..], i64::from(snapshot.epoch), &snapshot.ct.0[..], new_bytes],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn put_blob(
        &self,
        id: LogbookId,
        blob: Address,
        ct: Vec<u8>,
        quota: u64,
    ) -> Result<bool> {
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let bytes: i64 = tx
                .query_row("SELECT bytes FROM logbooks WHERE id = ?1", [&id[..]], |r| {
                    r.get(0)
                })
                .optional()?
                .ok_or(StoreError::UnknownLogbook)?;
            let exists = tx
                .query_row(
                    "SELECT 1 FROM blobs WHERE logbook = ?1 AND id = ?2",
                    [&id[..], &blob[..]],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if exists {
                return Ok(false);
            }
            let total = to_u64(bytes)?.saturating_add(ct.len() as u64);
            if total > quota {
                return Err(StoreError::Quota);
            }
            tx.execute(
                "INSERT INTO blobs (logbook, id, ct) VALUES (?1, ?2, ?3)",
                params![&id[..], &blob[..], ct],
            )?;
            tx.execute(
                "UPDATE logbooks SET bytes = ?2 WHERE id = ?1",
                params![&id[..], to_i64(total)?],
            )?;
            tx.commit()?;
            Ok(true)
        })
        .await
    }

    async fn get_blob(&self, id: LogbookId, blob: Address) -> Result<Option<Vec<u8>>> {
        self.with(move |c| {
            Ok(c.query_row(
                "SELECT ct FROM blobs WHERE logbook = ?1 AND id = ?2",
                [&id[..], &blob[..]],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    async fn put_box(&self, address: Address, logbook: LogbookId, ct: Vec<u8>) -> Result<()> {
        self.with(move |c| {
            let n = c.execute(
                "INSERT INTO boxes (address, logbook, ct) VALUES (?1, ?2, ?3)
                 ON CONFLICT (address) DO UPDATE SET ct = excluded.ct WHERE boxes.logbook = excluded.logbook",
                params![&address[..], &logbook[..], ct],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict("the address belongs to another logbook"));
            }
            Ok(())
        })
        .await
    }

    async fn get_box(&self, address: Address) -> Result<Option<(LogbookId, Vec<u8>)>> {
        self.with(move |c| {
            let found: Option<(Vec<u8>, Vec<u8>)> = c
                .query_row(
                    "SELECT logbook, ct FROM boxes WHERE address = ?1",
                    [&address[..]],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            found
                .map(|(lb, ct)| {
                    let lb: LogbookId = lb
                        .as_slice()
                        .try_into()
                        .map_err(|_| StoreError::Corrupt("a stored logbook id is not 16 bytes"))?;
                    Ok((lb, ct))
                })
                .transpose()
        })
        .await
    }

    async fn mailbox_put(
        &self,
        address: Address,
        slot: Slot,
        ct: Vec<u8>,
        now: i64,
        ttl: i64,
    ) -> Result<()> {
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut first: Option<i64> = tx.query_row(
                "SELECT min(created) FROM mailbox WHERE address = ?1",
                [&address[..]],
                |r| r.get(0),
            )?;
            if first.is_some_and(|f| now >= f.saturating_add(ttl)) {
                tx.execute("DELETE FROM mailbox WHERE address = ?1", [&address[..]])?;
                first = None;
            }
            // Every slot carries the mailbox's first-write time, so that
            // the mailbox expires as one.
            let n = tx.execute(
                "INSERT INTO mailbox (address, slot, ct, created) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![&address[..], slot.as_str(), ct, first.unwrap_or(now)],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict("the mailbox slot is already written"));
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn mailbox_get(
        &self,
        address: Address,
        slot: Slot,
        now: i64,
        ttl: i64,
    ) -> Result<Option<Vec<u8>>> {
        self.with(move |c| {
            let found: Option<(i64, Vec<u8>)> = c
                .query_row(
                    "SELECT created, ct FROM mailbox WHERE address = ?1 AND slot = ?2",
                    params![&address[..], slot.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match found {
                Some((created, _)) if now >= created.saturating_add(ttl) => {
                    c.execute("DELETE FROM mailbox WHERE address = ?1", [&address[..]])?;
                    Ok(None)
                }
                Some((_, ct)) => Ok(Some(ct)),
                None => Ok(None),
            }
        })
        .await
    }

    async fn purge_mailboxes(&self, now: i64, ttl: i64) -> Result<u64> {
        self.with(move |c| {
            let n = c.execute(
                "DELETE FROM mailbox WHERE created <= ?1",
                [now.saturating_sub(ttl)],
            )?;
            Ok(n as u64)
        })
        .await
    }

    async fn stats(&self, now: i64, ttl: i64) -> Result<Stats> {
        self.with(move |c| {
            let tx = c.transaction()?;
            let count = |sql: &str| -> Result<u64> {
                to_u64(tx.query_row(sql, [], |r| r.get::<_, i64>(0))?)
            };
            let stats = Stats {
                logbooks: count("SELECT count(*) FROM logbooks")?,
                rows: count("SELECT count(*) FROM rows")?,
                snapshots: count("SELECT count(*) FROM logbooks WHERE snapshot_ct IS NOT NULL")?,
                blobs: count("SELECT count(*) FROM blobs")?,
                boxes: count("SELECT count(*) FROM boxes")?,
                live_mailboxes: to_u64(tx.query_row(
                    "SELECT count(DISTINCT address) FROM mailbox WHERE created > ?1",
                    [now.saturating_sub(ttl)],
                    |r| r.get::<_, i64>(0),
                )?)?,
                stored_bytes: count(
                    "SELECT (SELECT coalesce(sum(bytes), 0) FROM logbooks) + (SELECT coalesce(sum(length(ct)), 0) FROM boxes)",
                )?,
            };
            Ok(stats)
        })
        .await
    }
}
