//! The PostgreSQL backend: for many centres, or several hub processes
//! behind one address, sharing one database.
//!
//! Row numbering stays gap-free and in commit order across processes
//! because each `POST rows` locks its logbook's row (`SELECT … FOR
//! UPDATE`) until it commits: the next writer reads `latest` only after
//! the previous one's rows are visible.

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::{IsolationLevel, NoTls, Row};

use super::{
    to_i64, to_u64, Address, LogbookId, Page, Registered, Result, Slot, Stats, Store, StoreError,
    SCHEMA_VERSION,
};
use crate::wire::{Bstr, DeviceId, RowIn, RowOut, Snapshot};

/// Every integer is `bigint`: epochs are 32-bit unsigned, too big for
/// `integer`.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS schema_version (version bigint NOT NULL);
CREATE TABLE IF NOT EXISTS logbooks (
    id bytea PRIMARY KEY, token_hash text NOT NULL, created bigint NOT NULL,
    latest bigint NOT NULL DEFAULT 0, bytes bigint NOT NULL DEFAULT 0,
    snapshot_covers bigint, snapshot_device bytea, snapshot_epoch bigint, snapshot_ct bytea);
CREATE TABLE IF NOT EXISTS rows (
    logbook bytea NOT NULL, server_seq bigint NOT NULL, device bytea NOT NULL,
    seq bigint NOT NULL, epoch bigint NOT NULL, ct bytea NOT NULL,
    PRIMARY KEY (logbook, server_seq), UNIQUE (logbook, device, seq));
CREATE TABLE IF NOT EXISTS blobs (
    logbook bytea NOT NULL, id bytea NOT NULL, ct bytea NOT NULL, PRIMARY KEY (logbook, id));
CREATE TABLE IF NOT EXISTS boxes (
    address bytea PRIMARY KEY, logbook bytea NOT NULL, ct bytea NOT NULL);
CREATE TABLE IF NOT EXISTS mailbox (
    address bytea NOT NULL, slot text NOT NULL, ct bytea NOT NULL, created bigint NOT NULL,
    PRIMARY KEY (address, slot));
CREATE INDEX IF NOT EXISTS mailbox_created ON mailbox (created);
";

/// Serialises schema creation between hub processes starting together
/// (`CREATE TABLE IF NOT EXISTS` races otherwise). Any fixed number.
const SCHEMA_LOCK: i64 = 0x6361_726e_6574;

/// The PostgreSQL store: a connection pool.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: Pool,
}

fn pool_error(e: deadpool_postgres::PoolError) -> StoreError {
    StoreError::Database(e.to_string())
}

fn get<'a, T: tokio_postgres::types::FromSql<'a>>(row: &'a Row, i: usize) -> Result<T> {
    row.try_get(i).map_err(StoreError::from)
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

impl PgStore {
    /// Connects to `url` and creates the schema if needed.
    pub async fn open(url: &str) -> Result<PgStore> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Database(format!("bad PostgreSQL URL: {e}")))?;
        if config.get_connect_timeout().is_none() {
            // An unreachable database answers 503 soon, not after TCP gives up.
            config.connect_timeout(std::time::Duration::from_secs(5));
        }
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(16)
            .build()
            .map_err(|e| StoreError::Database(e.to_string()))?;
        let store = PgStore { pool };
        store.create_schema().await?;
        Ok(store)
    }

    async fn create_schema(&self) -> Result<()> {
        let mut client = self.pool.get().await.map_err(pool_error)?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])
            .await?;
        tx.batch_execute(SCHEMA).await?;
        let row = tx
            .query_one("SELECT max(version) FROM schema_version", &[])
            .await?;
        match get::<Option<i64>>(&row, 0)? {
            None => {
                tx.execute(
                    "INSERT INTO schema_version (version) VALUES ($1)",
                    &[&SCHEMA_VERSION],
                )
                .await?;
            }
            Some(v) if v > SCHEMA_VERSION => return Err(StoreError::NewerSchema(v)),
            Some(_) => {}
        }
        tx.commit().await?;
        Ok(())
    }

    async fn client(&self) -> Result<deadpool_postgres::Object> {
        self.pool.get().await.map_err(pool_error)
    }
}

#[async_trait]
impl Store for PgStore {
    async fn health(&self) -> Result<()> {
        let client = self.client().await?;
        client.query_one("SELECT 1", &[]).await?;
        Ok(())
    }

    async fn register(&self, id: LogbookId, token_hash: String, now: i64) -> Result<Registered> {
        let client = self.client().await?;
        let n = client
            .execute(
                "INSERT INTO logbooks (id, token_hash, created) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
                &[&&id[..], &token_hash, &now],
            )
            .await?;
        if n == 1 {
            return Ok(Registered::Created);
        }
        let row = client
            .query_one("SELECT token_hash FROM logbooks WHERE id = $1", &[&&id[..]])
            .await?;
        Ok(Registered::Existing(get(&row, 0)?))
    }

    async fn token_hash(&self, id: LogbookId) -> Result<Option<String>> {
        let client = self.client().await?;
        let row = client
            .query_opt("SELECT token_hash FROM logbooks WHERE id = $1", &[&&id[..]])
            .await?;
        row.map(|r| get(&r, 0)).transpose()
    }

    async fn set_token_hash(&self, id: LogbookId, token_hash: String) -> Result<()> {
        let client = self.client().await?;
        let n = client
            .execute(
                "UPDATE logbooks SET token_hash = $2 WHERE id = $1",
                &[&&id[..], &token_hash],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::UnknownLogbook);
        }
        Ok(())
    }

    async fn insert_rows(
        &self,
        id: LogbookId,
        rows: Vec<RowIn>,
        quota: u64,
    ) -> Result<(Vec<u64>, u64)> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let head = tx
            .query_opt(
                "SELECT latest, bytes FROM logbooks WHERE id = $1 FOR UPDATE",
                &[&&id[..]],
            )
            .await?
            .ok_or(StoreError::UnknownLogbook)?;
        let mut latest: i64 = get(&head, 0)?;
        let bytes: i64 = get(&head, 1)?;
        let find = tx
            .prepare(
                "SELECT server_seq, ct FROM rows WHERE logbook = $1 AND device = $2 AND seq = $3",
            )
            .await?;
        let insert = tx
            .prepare("INSERT INTO rows (logbook, server_seq, device, seq, epoch, ct) VALUES ($1, $2, $3, $4, $5, $6)")
            .await?;
        let mut added: u64 = 0;
        let mut assigned = Vec::with_capacity(rows.len());
        for row in &rows {
            let seq = to_i64(row.seq)?;
            let existing = tx
                .query_opt(&find, &[&&id[..], &&row.device.0[..], &seq])
                .await?;
            match existing {
                Some(found) => {
                    let ct: &[u8] = get(&found, 1)?;
                    if ct != row.ct.0.as_slice() {
                        // Dropping the transaction rolls it back.
                        return Err(StoreError::Conflict(
                            "a row with this device and seq is already stored with other bytes",
                        ));
                    }
                    assigned.push(to_u64(get(&found, 0)?)?);
                }
                None => {
                    latest += 1;
                    tx.execute(
                        &insert,
                        &[
                            &&id[..],
                            &latest,
                            &&row.device.0[..],
                            &seq,
                            &i64::from(row.epoch),
                            &row.ct.0.as_slice(),
                        ],
                    )
                    .await?;
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
            "UPDATE logbooks SET latest = $2, bytes = $3 WHERE id = $1",
            &[&&id[..], &latest, &to_i64(total)?],
        )
        .await?;
        tx.commit().await?;
        Ok((assigned, to_u64(latest)?))
    }

    async fn rows_after(
        &self,
        id: LogbookId,
        after: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Page> {
        let mut client = self.client().await?;
        // One consistent view: a snapshot replaced meanwhile must not
        // delete the rows between the two reads.
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let head = tx
            .query_opt(
                "SELECT latest, snapshot_covers, snapshot_device, snapshot_epoch, snapshot_ct FROM logbooks WHERE id = $1",
                &[&&id[..]],
            )
            .await?
            .ok_or(StoreError::UnknownLogbook)?;
        let latest: i64 = get(&head, 0)?;
        let mut start = to_i64(after)?;
        let mut snapshot = None;
        let covers: Option<i64> = get(&head, 1)?;
        let dev: Option<Vec<u8>> = get(&head, 2)?;
        let ep: Option<i64> = get(&head, 3)?;
        let ct: Option<Vec<u8>> = get(&head, 4)?;
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
        let size_rows = tx
            .query(
                "SELECT server_seq, length(ct)::bigint FROM rows WHERE logbook = $1 AND server_seq > $2 ORDER BY server_seq LIMIT $3",
                &[&&id[..], &start, &(i64::from(limit) + 1)],
            )
            .await?;
        let sizes = size_rows
            .iter()
            .map(|r| Ok((get::<i64>(r, 0)?, get::<i64>(r, 1)?)))
            .collect::<Result<Vec<_>>>()?;
        let (last, more) = super::page_cut(&sizes, limit, max_bytes);
        let mut rows = Vec::new();
        if let Some(last) = last {
            for r in tx
                .query(
                    "SELECT server_seq, device, seq, epoch, ct FROM rows WHERE logbook = $1 AND server_seq > $2 AND server_seq <= $3 ORDER BY server_seq",
                    &[&&id[..], &start, &last],
                )
                .await?
            {
                rows.push(RowOut {
                    server_seq: to_u64(get(&r, 0)?)?,
                    device: device(get(&r, 1)?)?,
                    seq: to_u64(get(&r, 2)?)?,
                    epoch: epoch(get(&r, 3)?)?,
                    ct: Bstr(get(&r, 4)?),
                });
            }
        }
        tx.commit().await?;
        Ok(Page {
            snapshot,
            rows,
            latest: to_u64(latest)?,
            more,
        })
    }

    async fn put_snapshot(&self, id: LogbookId, snapshot: Snapshot, quota: u64) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let head = tx
            .query_opt(
                "SELECT latest, bytes, snapshot_covers, length(snapshot_ct)::bigint FROM logbooks WHERE id = $1 FOR UPDATE",
                &[&&id[..]],
            )
            .await?
            .ok_or(StoreError::UnknownLogbook)?;
        let latest: i64 = get(&head, 0)?;
        let bytes: i64 = get(&head, 1)?;
        let old_covers: Option<i64> = get(&head, 2)?;
        let old_len: Option<i64> = get(&head, 3)?;
        let covers = to_i64(snapshot.covers)?;
        super::check_snapshot(covers, latest, old_covers)?;
        let deleted_row = tx
            .query_one(
                "SELECT coalesce(sum(length(ct)), 0)::bigint FROM rows WHERE logbook = $1 AND server_seq <= $2",
                &[&&id[..], &covers],
            )
            .await?;
        let deleted: i64 = get(&deleted_row, 0)?;
        tx.execute(
            "DELETE FROM rows WHERE logbook = $1 AND server_seq <= $2",
            &[&&id[..], &covers],
        )
        .await?;
        let new_bytes = super::bytes_after_snapshot(
            bytes,
            old_len.unwrap_or(0),
            deleted,
            snapshot.ct.0.len(),
            quota,
        )?;
        tx.execute(
            "UPDATE logbooks SET snapshot_covers = $2, snapshot_device = $3, snapshot_epoch = $4, snapshot_ct = $5, bytes = $6 WHERE id = $1",
            &[
                &&id[..],
                &covers,
                &&snapshot.device.0[..],
                &i64::from(snapshot.epoch),
                &snapshot.ct.0.as_slice(),
                &new_bytes,
            ],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn put_blob(
        &self,
        id: LogbookId,
        blob: Address,
        ct: Vec<u8>,
        quota: u64,
    ) -> Result<bool> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let head = tx
            .query_opt(
                "SELECT bytes FROM logbooks WHERE id = $1 FOR UPDATE",
                &[&&id[..]],
            )
            .await?
            .ok_or(StoreError::UnknownLogbook)?;
        let bytes: i64 = get(&head, 0)?;
        let exists = tx
            .query_opt(
                "SELECT 1 FROM blobs WHERE logbook = $1 AND id = $2",
                &[&&id[..], &&blob[..]],
            )
            .await?
            .is_some();
        if exists {
            return Ok(false);
        }
        let total = to_u64(bytes)?.saturating_add(ct.len() as u64);
        if total > quota {
            return Err(StoreError::Quota);
        }
        tx.execute(
            "INSERT INTO blobs (logbook, id, ct) VALUES ($1, $2, $3)",
            &[&&id[..], &&blob[..], &ct],
        )
        .await?;
        tx.execute(
            "UPDATE logbooks SET bytes = $2 WHERE id = $1",
            &[&&id[..], &to_i64(total)?],
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn get_blob(&self, id: LogbookId, blob: Address) -> Result<Option<Vec<u8>>> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT ct FROM blobs WHERE logbook = $1 AND id = $2",
                &[&&id[..], &&blob[..]],
            )
            .await?;
        row.map(|r| get(&r, 0)).transpose()
    }

    async fn put_box(&self, address: Address, logbook: LogbookId, ct: Vec<u8>) -> Result<()> {
        let client = self.client().await?;
        let n = client
            .execute(
                "INSERT INTO boxes (address, logbook, ct) VALUES ($1, $2, $3)
                 ON CONFLICT (address) DO UPDATE SET ct = excluded.ct WHERE boxes.logbook = excluded.logbook",
                &[&&address[..], &&logbook[..], &ct],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::Conflict(
                "the address belongs to another logbook",
            ));
        }
        Ok(())
    }

    async fn get_box(&self, address: Address) -> Result<Option<(LogbookId, Vec<u8>)>> {
        let client = self.client().await?;
        let Some(row) = client
            .query_opt(
                "SELECT logbook, ct FROM boxes WHERE address = $1",
                &[&&address[..]],
            )
            .await?
        else {
            return Ok(None);
        };
        let lb: &[u8] = get(&row, 0)?;
        let lb: LogbookId = lb
            .try_into()
            .map_err(|_| StoreError::Corrupt("a stored logbook id is not 16 bytes"))?;
        Ok(Some((lb, get(&row, 1)?)))
    }

    async fn mailbox_put(
        &self,
        address: Address,
        slot: Slot,
        ct: Vec<u8>,
        now: i64,
        ttl: i64,
    ) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let row = tx
            .query_one(
                "SELECT min(created) FROM mailbox WHERE address = $1",
                &[&&address[..]],
            )
            .await?;
        let mut first: Option<i64> = get(&row, 0)?;
        if first.is_some_and(|f| now >= f.saturating_add(ttl)) {
            tx.execute("DELETE FROM mailbox WHERE address = $1", &[&&address[..]])
                .await?;
            first = None;
        }
        let n = tx
            .execute(
                "INSERT INTO mailbox (address, slot, ct, created) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                &[&&address[..], &slot.as_str(), &ct, &first.unwrap_or(now)],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::Conflict("the mailbox slot is already written"));
        }
        tx.commit().await?;
        Ok(())
    }

    async fn mailbox_get(
        &self,
        address: Address,
        slot: Slot,
        now: i64,
        ttl: i64,
    ) -> Result<Option<Vec<u8>>> {
        let client = self.client().await?;
        let Some(row) = client
            .query_opt(
                "SELECT created, ct FROM mailbox WHERE address = $1 AND slot = $2",
                &[&&address[..], &slot.as_str()],
            )
            .await?
        else {
            return Ok(None);
        };
        let created: i64 = get(&row, 0)?;
        if now >= created.saturating_add(ttl) {
            client
                .execute("DELETE FROM mailbox WHERE address = $1", &[&&address[..]])
                .await?;
            return Ok(None);
        }
        Ok(Some(get(&row, 1)?))
    }

    async fn purge_mailboxes(&self, now: i64, ttl: i64) -> Result<u64> {
        let client = self.client().await?;
        Ok(client
            .execute(
                "DELETE FROM mailbox WHERE created <= $1",
                &[&now.saturating_sub(ttl)],
            )
            .await?)
    }

    async fn stats(&self, now: i64, ttl: i64) -> Result<Stats> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "SELECT
                    (SELECT count(*) FROM logbooks),
                    (SELECT count(*) FROM rows),
                    (SELECT count(*) FROM logbooks WHERE snapshot_ct IS NOT NULL),
                    (SELECT count(*) FROM blobs),
                    (SELECT count(*) FROM boxes),
                    (SELECT count(DISTINCT address) FROM mailbox WHERE created > $1),
                    ((SELECT coalesce(sum(bytes), 0) FROM logbooks)
                     + (SELECT coalesce(sum(length(ct)), 0) FROM boxes))::bigint",
                &[&now.saturating_sub(ttl)],
            )
            .await?;
        let n = |i: usize| -> Result<u64> { to_u64(get::<i64>(&row, i)?) };
        Ok(Stats {
            logbooks: n(0)?,
            rows: n(1)?,
            snapshots: n(2)?,
            blobs: n(3)?,
            boxes: n(4)?,
            live_mailboxes: n(5)?,
            stored_bytes: n(6)?,
        })
    }
}
