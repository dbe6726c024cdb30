//! The encrypted store: one SQLCipher database per logbook.
//!
//! Schema version 2 (docs/storage.md). The Automerge document is kept as a
//! snapshot plus change chunks, appended in the same transaction as the
//! derived index rows, so a commit that returned is on disk (WAL,
//! synchronous=FULL) and a crash mid-write rolls back whole.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::error::{Error, Result};
use crate::failpoint;
use crate::keys::SubKey;
use crate::model::{Entry, EntryId};

pub const DATABASE_NAME: &str = "logbook.db";
pub const SCHEMA_VERSION: i64 = 2;
/// Past this many change chunks the document is rewritten as one snapshot,
/// which keeps opening fast (a chunk per edit would grow without bound).
pub const COMPACT_AFTER_CHUNKS: i64 = 256;

const SCHEMA: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE doc_chunks (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT NOT NULL CHECK (kind IN ('snapshot', 'changes')),
    bytes   BLOB NOT NULL,
    created INTEGER NOT NULL
) STRICT;
CREATE TABLE entry_index (
    id       TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    title    TEXT NOT NULL,
    stages   TEXT NOT NULL,
    modified INTEGER NOT NULL
) STRICT;
-- Row n of entry_fts indexes the entry_index row whose rowid is n: FTS5
-- finds and deletes by rowid directly, by any other column only by a scan.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    title, description, organisation, place,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE evidence (
    sha256    TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    mime      TEXT NOT NULL,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    bytes     BLOB NOT NULL,
    thumbnail BLOB,
    created   INTEGER NOT NULL
) STRICT;
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;
"#;

/// Added by schema version 2 (sync, docs/sync-protocol.md §4.1): a version
/// 1 database gets these tables when it is first opened, nothing else
/// changes, so the upgrade cannot lose data.
const SCHEMA_V2: &str = r#"
CREATE TABLE sync_outbox (
    seq    INTEGER PRIMARY KEY,
    epoch  INTEGER NOT NULL,
    ct     BLOB NOT NULL,
    hashes TEXT NOT NULL
) STRICT;
CREATE TABLE sync_hub_changes (
    hash TEXT PRIMARY KEY
) STRICT;
CREATE TABLE sync_blobs_sent (
    sha256 TEXT PRIMARY KEY
) STRICT;
"#;

/// How the database is keyed. Only benchmarks use `Plain`, to measure the
/// cost of encryption against the same workload.
#[derive(Debug)]
pub enum StoreKey<'a> {
    Raw(&'a SubKey),
    #[doc(hidden)]
    Plain,
}

/// A blob of evidence as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvidence {
    pub kind: String,
    pub mime: String,
    pub bytes: Vec<u8>,
    pub thumbnail: Option<Vec<u8>>,
}

/// An open logbook database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

fn damaged(reason: impl Into<String>) -> Error {
    Error::DamagedDatabase {
        reason: reason.into(),
    }
}

impl Store {
    fn connect(path: &Path, key: &StoreKey<'_>, create: bool) -> Result<Connection> {
        use rusqlite::OpenFlags;
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)?;
        if let StoreKey::Raw(k) = key {
            // Raw-key form: SQLCipher uses the 256-bit key as is, with no
            // PBKDF2 of its own on top of Argon2id + HKDF.
            let hexkey = zeroize::Zeroizing::new(hex::encode(k.0));
            conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", hexkey.as_str()))?;
        }
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // The first read decrypts page 1: a wrong key or a damaged file
        // fails here, before anything is written.
        // Only "not a database" and "corrupt" mean damage; a full disk or a
        // locked file must not frighten anyone into restoring a backup.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        // A 16 MiB page cache holds a 10,000-entry logbook: without it each
        // commit re-reads (and SQLCipher re-decrypts) evicted pages.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -16384;
             PRAGMA secure_delete = ON;",
        )?;
        Ok(conn)
    }

    /// Creates the database of a new logbook with its first snapshot.
    pub fn create(
        path: &Path,
        key: StoreKey<'_>,
        logbook_id: &uuid::Uuid,
        snapshot: &[u8],
        now_ms: i64,
    ) -> Result<Store> {
        if path.exists() {
            return Err(Error::AlreadyExists);
        }
        let mut conn = Self::connect(path, &key, true)?;
        let tx = conn.transaction()?;
        tx.execute_batch(SCHEMA)?;
        tx.execute_batch(SCHEMA_V2)?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?1), ('logbook_id', ?2)",
            params![SCHEMA_VERSION.to_string(), logbook_id.to_string()],
        )?;
        tx.execute(
            "INSERT INTO doc_chunks (kind, bytes, created) VALUES ('snapshot', ?1, ?2)",
            params![snapshot, now_ms],
        )?;
        tx.commit()?;
        Ok(Store { conn })
    }

    /// Opens an existing database and checks that it is a logbook of ours.
    pub fn open(path: &Path, key: StoreKey<'_>, logbook_id: &uuid::Uuid) -> Result<Store> {
        match std::fs::metadata(path) {
            Ok(m) if m.len() == 0 => return Err(damaged("the database file is empty")),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(damaged("the database file is missing"))
            }
            Err(e) => return Err(e.into()),
        }
        let conn = Self::connect(path, &key, false)?;
        let store = Store { conn };
        let version: Option<String> = store
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| damaged(format!("no schema version: {e}")))?;
        let version: i64 = version
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| damaged("no schema version"))?;
        if version > SCHEMA_VERSION {
            return Err(Error::TooNew {
                what: "database",
                found: version as u64,
            });
        }
        let id: Option<String> = store.meta("logbook_id")?;
        if id.as_deref() != Some(logbook_id.to_string().as_str()) {
            return Err(damaged("the database belongs to another logbook"));
        }
        let mut store = store;
        if version < 2 {
            store.upgrade_to_v2()?;
        }
        Ok(store)
    }

    fn upgrade_to_v2(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA_V2)?;
        tx.execute(
            "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
            [],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The connection, for modules that keep their own tables (sync).
    pub(crate) fn conn(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// All saved document bytes, snapshot first, as one loadable buffer.
    pub fn document_bytes(&self) -> Result<(Vec<u8>, i64)> {
        let mut stmt = self
            .conn
            .prepare("SELECT bytes FROM doc_chunks ORDER BY seq")?;
        let mut out = Vec::new();
        let mut n = 0;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let b: Vec<u8> = row.get(0)?;
            out.extend_from_slice(&b);
            n += 1;
        }
        if n == 0 {
            return Err(damaged("the logbook document is missing"));
        }
        Ok((out, n))
    }

    pub fn chunk_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM doc_chunks", [], |r| r.get(0))?)
    }

    /// Appends a change chunk and brings the derived index up to date, in
    /// one durable transaction. `evidence` is stored in the same commit.
    pub fn commit_changes(&mut self, write: Write<'_>, now_ms: i64) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        match write.evidence {
            Some(EvidenceWrite::Put(ev)) => {
                tx.execute(
                    "INSERT OR IGNORE INTO evidence (sha256, kind, mime, width, height, bytes, thumbnail, created)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![ev.sha256, ev.kind, ev.mime, ev.width, ev.height, ev.bytes, ev.thumbnail, now_ms],
                )?;
            }
            Some(EvidenceWrite::Forget(sha)) => {
                tx.execute("DELETE FROM evidence WHERE sha256 = ?1", [sha])?;
            }
            None => {}
        }
        if !write.chunk.is_empty() {
            tx.execute(
                "INSERT INTO doc_chunks (kind, bytes, created) VALUES ('changes', ?1, ?2)",
                params![write.chunk, now_ms],
            )?;
        }
        for id in write.removed {
            remove_index_rows(&tx, id)?;
        }
        for e in write.upserted {
            remove_index_rows(&tx, &e.id)?;
            insert_index_rows(&tx, e)?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('index_heads', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [write.heads],
        )?;
        if let Some(marks) = write.sync {
            for (key, value) in marks.meta {
                set_meta(&tx, key, value)?;
            }
            for hash in marks.hub_changes {
                tx.execute(
                    "INSERT OR IGNORE INTO sync_hub_changes (hash) VALUES (?1)",
                    [hash],
                )?;
            }
        }
        failpoint::hit("store-before-commit");
        tx.commit()?;
        failpoint::hit("store-after-commit");
        Ok(())
    }

    /// Replaces every chunk by one snapshot, atomically.
    pub fn compact(&mut self, snapshot: &[u8], now_ms: i64) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM doc_chunks", [])?;
        tx.execute(
            "INSERT INTO doc_chunks (kind, bytes, created) VALUES ('snapshot', ?1, ?2)",
            params![snapshot, now_ms],
        )?;
        failpoint::hit("store-compact-before-commit");
        tx.commit()?;
        Ok(())
    }

    /// Rebuilds the derived index from the document's entries.
    pub fn rebuild_index(&mut self, entries: &[Entry], heads: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM entry_index", [])?;
        tx.execute("DELETE FROM entry_fts", [])?;
        for e in entries {
            insert_index_rows(&tx, e)?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('index_heads', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [heads],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Entry ids matching every word of `query` (prefix match, accents
    /// ignored), best match first.
    pub fn search(&self, query: &str) -> Result<Vec<EntryId>> {
        let fts = fts_query(query);
        if fts.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT i.id FROM entry_fts AS f JOIN entry_index AS i ON i.rowid = f.rowid
             WHERE entry_fts MATCH ?1 ORDER BY f.rank",
        )?;
        let ids = stmt
            .query_map([fts], |r| r.get::<_, String>(0))?
            .filter_map(|r| r.ok().and_then(|s| s.parse().ok()))
            .collect();
        Ok(ids)
    }

    pub fn evidence(&self, sha256: &str) -> Result<Option<StoredEvidence>> {
        Ok(self
            .conn
            .query_row(
                "SELECT kind, mime, bytes, thumbnail FROM evidence WHERE sha256 = ?1",
                [sha256],
                |r| {
                    Ok(StoredEvidence {
                        kind: r.get(0)?,
                        mime: r.get(1)?,
                        bytes: r.get(2)?,
                        thumbnail: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Stores evidence bytes that arrived from a hub (the document that
    /// refers to them is already committed).
    pub fn put_evidence(&mut self, ev: EvidenceRow<'_>, now_ms: i64) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO evidence (sha256, kind, mime, width, height, bytes, thumbnail, created)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![ev.sha256, ev.kind, ev.mime, ev.width, ev.height, ev.bytes, ev.thumbnail, now_ms],
        )?;
        Ok(())
    }

    /// A secret kept outside the replicated document (e.g. the holder's
    /// signing key); encrypted with the rest of the database.
    pub fn secret(&self, name: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM secrets WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_secret(&mut self, name: &str, value: &[u8]) -> Result<()> {
        self.conn.execute(
            "INSERT INTO secrets (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![name, value],
        )?;
        Ok(())
    }
}

/// One durable write: a document chunk plus what it changes in the index.
#[derive(Debug, Default)]
pub struct Write<'a> {
    pub chunk: &'a [u8],
    pub heads: &'a str,
    pub upserted: &'a [Entry],
    pub removed: &'a [EntryId],
    pub evidence: Option<EvidenceWrite<'a>>,
    /// Sync bookkeeping that must move with the changes it describes (a
    /// cursor saved without its changes would skip them for ever).
    pub sync: Option<SyncMarks<'a>>,
}

/// Evidence bytes stored, or forgotten, with the change that refers to
/// them (a photo on disk without its entry, or the reverse, is never seen).
#[derive(Debug)]
pub enum EvidenceWrite<'a> {
    Put(EvidenceRow<'a>),
    /// Deletes the bytes of this SHA-256 (overwritten: `secure_delete`).
    Forget(&'a str),
}

/// Sync state written in the same transaction as a chunk of changes.
#[derive(Debug, Default)]
pub struct SyncMarks<'a> {
    pub meta: &'a [(&'a str, String)],
    pub hub_changes: &'a [String],
}

/// Sets one `meta` value inside a transaction.
pub(crate) fn set_meta(tx: &rusqlite::Transaction<'_>, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Evidence bytes to store with a write.
#[derive(Debug)]
pub struct EvidenceRow<'a> {
    pub sha256: &'a str,
    pub kind: &'a str,
    pub mime: &'a str,
    pub width: u32,
    pub height: u32,
    pub bytes: &'a [u8],
    pub thumbnail: Option<&'a [u8]>,
}

fn remove_index_rows(tx: &rusqlite::Transaction<'_>, id: &EntryId) -> Result<()> {
    let rowid: Option<i64> = tx
        .query_row(
            "SELECT rowid FROM entry_index WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(rowid) = rowid {
        tx.execute("DELETE FROM entry_fts WHERE rowid = ?1", [rowid])?;
        tx.execute("DELETE FROM entry_index WHERE rowid = ?1", [rowid])?;
    }
    Ok(())
}

fn insert_index_rows(tx: &rusqlite::Transaction<'_>, e: &Entry) -> Result<()> {
    let id = e.id.to_string();
    let stages: Vec<&str> = e.stages.iter().map(|s| s.as_str()).collect();
    tx.execute(
        "INSERT INTO entry_index (id, kind, title, stages, modified) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, e.kind.as_str(), e.title, stages.join(","), e.modified],
    )?;
    tx.execute(
        "INSERT INTO entry_fts (rowid, title, description, organisation, place) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![tx.last_insert_rowid(), e.title, e.description, e.organisation, e.place],
    )?;
    Ok(())
}

/// Turns what a person typed into an FTS5 query: every word must match as
/// a prefix; quotes make FTS5 operators in the input plain text.
fn fts_query(input: &str) -> String {
    input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_queries_neutralise_operators() {
        assert_eq!(fts_query("weld* OR \"x"), "\"weld\"* \"OR\"* \"x\"*");
        assert_eq!(fts_query("  "), "");
        assert_eq!(fts_query("ménage café"), "\"ménage\"* \"café\"*");
    }
}
