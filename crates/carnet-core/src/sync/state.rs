//! What a device remembers about a hub (docs/sync-protocol.md §4.1), in
//! its encrypted database: `meta` keys and the `sync_*` tables.

use std::str::FromStr;

use automerge::ChangeHash;
use rand::RngCore;
use rusqlite::{params, OptionalExtension};

use crate::error::{Error, Result};
use crate::store::{set_meta, Store};

pub const DEVICE_ID: &str = "sync_device_id";
pub const NEXT_SEQ: &str = "sync_next_seq";
pub const CURSOR: &str = "sync_cursor";
pub const HUB_HEADS: &str = "sync_hub_heads";
pub const HUB_URL: &str = "sync_hub_url";
pub const REGISTERED: &str = "sync_registered_url";
pub const LAST_SYNCED: &str = "sync_last_synced_ms";
pub const SNAPSHOT_COVERS: &str = "sync_snapshot_covers";
pub const EPOCH: &str = "sync_epoch";
pub const DEVICE_NAME: &str = "sync_device_name";
/// `secrets` names: this device's X25519 key, and each later epoch's sync
/// key and token (epoch 0's are derived from the logbook secret).
pub const DEVICE_X25519: &str = "device-x25519";

pub fn epoch_key_name(epoch: u32) -> String {
    format!("sync-key/{epoch}")
}

pub fn epoch_token_name(epoch: u32) -> String {
    format!("hub-token/{epoch}")
}

pub fn epoch(store: &Store) -> Result<u32> {
    u32::try_from(number(store, EPOCH)?).map_err(|_| Error::DamagedDatabase {
        reason: "the sync epoch is damaged".into(),
    })
}

/// A sealed row waiting for the hub's acknowledgement.
#[derive(Debug, Clone)]
pub struct OutRow {
    pub seq: u64,
    pub epoch: u32,
    pub ct: Vec<u8>,
    pub hashes: Vec<String>,
}

fn number(store: &Store, key: &str) -> Result<u64> {
    Ok(store
        .meta(key)?
        .map(|v| {
            v.parse::<u64>().map_err(|_| Error::DamagedDatabase {
                reason: format!("sync state `{key}` is not a number"),
            })
        })
        .transpose()?
        .unwrap_or(0))
}

pub fn cursor(store: &Store) -> Result<u64> {
    number(store, CURSOR)
}

pub fn snapshot_covers(store: &Store) -> Result<u64> {
    number(store, SNAPSHOT_COVERS)
}

pub fn last_synced_ms(store: &Store) -> Result<Option<i64>> {
    Ok(store.meta(LAST_SYNCED)?.and_then(|v| v.parse().ok()))
}

/// This device's id, made on first use.
pub fn device_id(store: &mut Store) -> Result<[u8; 16]> {
    if let Some(hex_id) = store.meta(DEVICE_ID)? {
        let bytes = hex::decode(&hex_id)
            .ok()
            .and_then(|b| <[u8; 16]>::try_from(b).ok());
        return bytes.ok_or_else(|| Error::DamagedDatabase {
            reason: "the sync device id is damaged".into(),
        });
    }
    let mut id = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut id);
    let tx = store.conn().transaction()?;
    set_meta(&tx, DEVICE_ID, &hex::encode(id))?;
    tx.commit()?;
    Ok(id)
}

pub fn hub_heads(store: &Store) -> Result<Vec<ChangeHash>> {
    parse_heads(store.meta(HUB_HEADS)?.as_deref().unwrap_or(""))
}

pub fn parse_heads(s: &str) -> Result<Vec<ChangeHash>> {
    s.split(',')
        .filter(|h| !h.is_empty())
        .map(|h| {
            ChangeHash::from_str(h).map_err(|_| Error::DamagedDatabase {
                reason: "the sync state is damaged".into(),
            })
        })
        .collect()
}

pub fn heads_string(heads: &[ChangeHash]) -> String {
    let mut h: Vec<String> = heads.iter().map(|h| h.to_string()).collect();
    h.sort();
    h.dedup();
    h.join(",")
}

/// Hashes of changes known to be on the hub beyond the hub heads (the
/// table is emptied whenever a sync settles, so it stays small).
pub fn hub_changes(store: &mut Store) -> Result<std::collections::BTreeSet<String>> {
    let conn = store.conn();
    let mut stmt = conn.prepare("SELECT hash FROM sync_hub_changes")?;
    let hashes = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(hashes)
}

pub fn outbox(store: &mut Store) -> Result<Vec<OutRow>> {
    let conn = store.conn();
    let mut stmt = conn.prepare("SELECT seq, epoch, ct, hashes FROM sync_outbox ORDER BY seq")?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Vec<u8>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(seq, epoch, ct, hashes)| {
            Ok(OutRow {
                seq: u64::try_from(seq).map_err(|_| damaged_outbox())?,
                epoch: u32::try_from(epoch).map_err(|_| damaged_outbox())?,
                ct,
                hashes: hashes
                    .split(',')
                    .filter(|h| !h.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })
        .collect()
}

fn damaged_outbox() -> Error {
    Error::DamagedDatabase {
        reason: "the sync outbox is damaged".into(),
    }
}

/// Stores sealed rows and the next sequence number in one transaction, so
/// a number is never used twice with different bytes.
pub fn fill_outbox(store: &mut Store, rows: &[OutRow], next_seq: u64) -> Result<()> {
    let tx = store.conn().transaction()?;
    for r in rows {
        tx.execute(
            "INSERT INTO sync_outbox (seq, epoch, ct, hashes) VALUES (?1, ?2, ?3, ?4)",
            params![
                i64::try_from(r.seq).map_err(|_| damaged_outbox())?,
                i64::from(r.epoch),
                r.ct,
                r.hashes.join(",")
            ],
        )?;
    }
    set_meta(&tx, NEXT_SEQ, &next_seq.to_string())?;
    tx.commit()?;
    Ok(())
}

pub fn next_seq(store: &Store) -> Result<u64> {
    Ok(number(store, NEXT_SEQ)?.max(1))
}

/// The hub has these rows: drop them from the outbox, remember their
/// changes as on the hub, and move the cursor if it can.
pub fn acknowledge(store: &mut Store, rows: &[OutRow], cursor: Option<u64>) -> Result<()> {
    let tx = store.conn().transaction()?;
    for r in rows {
        tx.execute(
            "DELETE FROM sync_outbox WHERE seq = ?1",
            [i64::try_from(r.seq).map_err(|_| damaged_outbox())?],
        )?;
        for h in &r.hashes {
            tx.execute(
                "INSERT OR IGNORE INTO sync_hub_changes (hash) VALUES (?1)",
                [h],
            )?;
        }
    }
    if let Some(c) = cursor {
        set_meta(&tx, CURSOR, &c.to_string())?;
    }
    tx.commit()?;
    Ok(())
}

/// Everything in the document is on the hub: one set of heads says so.
pub fn settle(store: &mut Store, heads: &[ChangeHash], now_ms: i64) -> Result<()> {
    let tx = store.conn().transaction()?;
    tx.execute("DELETE FROM sync_hub_changes", [])?;
    set_meta(&tx, HUB_HEADS, &heads_string(heads))?;
    set_meta(&tx, LAST_SYNCED, &now_ms.to_string())?;
    tx.commit()?;
    Ok(())
}

pub fn set(store: &mut Store, key: &str, value: &str) -> Result<()> {
    let tx = store.conn().transaction()?;
    set_meta(&tx, key, value)?;
    tx.commit()?;
    Ok(())
}

pub fn blob_sent(store: &mut Store, sha256: &str) -> Result<bool> {
    Ok(store
        .conn()
        .query_row(
            "SELECT 1 FROM sync_blobs_sent WHERE sha256 = ?1",
            [sha256],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub fn mark_blob_sent(store: &mut Store, sha256: &str) -> Result<()> {
    store.conn().execute(
        "INSERT OR IGNORE INTO sync_blobs_sent (sha256) VALUES (?1)",
        [sha256],
    )?;
    Ok(())
}
