//! A logbook on disk: key file + encrypted database + Automerge document.
//!
//! Every change is committed to the database before the call returns, so
//! what a front end reports as saved survives a crash.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use automerge::ChangeHash;

use crate::doc::LogbookDoc;
use crate::error::{Error, Result};
use crate::evidence::voice::process_voice;
use crate::evidence::{process_photo, sniff_kind, EvidenceKind};
use crate::keys::{Argon2Params, Attempts, KeyFile, LogbookSecret, KEYFILE_NAME};
use crate::model::{
    Entry, EntryId, EvidenceRef, Field, Kind, NewEntry, Profile, ProfilePatch, Stage,
};
use crate::store::{
    EvidenceRow, EvidenceWrite, Store, StoreKey, StoredEvidence, Write, COMPACT_AFTER_CHUNKS,
    DATABASE_NAME,
};

/// Shortest id prefix accepted in place of a full entry id.
pub const MIN_ID_PREFIX: usize = 4;

/// Seconds since the Unix epoch, for expiry checks (pairing codes).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn heads_string(heads: &[ChangeHash]) -> String {
    let mut h: Vec<String> = heads.iter().map(|h| h.to_string()).collect();
    h.sort();
    h.join(",")
}

/// An unlocked logbook.
#[derive(Debug)]
pub struct Logbook {
    dir: PathBuf,
    pub(crate) id: uuid::Uuid,
    pub(crate) store: Store,
    pub(crate) doc: LogbookDoc,
    /// The holder's signing-key seed; `None` only for the unencrypted
    /// benchmark store, which has no secret.
    holder_seed: Option<crate::keys::SubKey>,
    /// The keys of sync (docs/sync-protocol.md §1); `None` only for the
    /// unencrypted benchmark store.
    pub(crate) sync_keys: Option<crate::sync::SyncKeys>,
    /// Heads of the document as last committed to the database; a write
    /// saves everything after them, so a failed write is retried by the
    /// next one and nothing is lost.
    pub(crate) persisted: Vec<ChangeHash>,
}

/// Where each file of a logbook lives inside its data directory.
#[derive(Debug, Clone)]
pub struct Paths {
    pub key_file: PathBuf,
    pub database: PathBuf,
}

impl Paths {
    pub fn new(dir: &Path) -> Paths {
        Paths {
            key_file: dir.join(KEYFILE_NAME),
            database: dir.join(DATABASE_NAME),
        }
    }
}

impl Logbook {
    /// True when the directory holds a logbook (possibly a damaged one).
    pub fn exists(dir: &Path) -> bool {
        let p = Paths::new(dir);
        p.key_file.exists() || p.database.exists()
    }

    /// Creates a logbook protected by `passphrase`. The key file is written
    /// last: it is what makes the directory a logbook.
    pub fn create(dir: &Path, passphrase: &str) -> Result<Logbook> {
        Self::create_with(dir, passphrase, Argon2Params::default())
    }

    pub fn create_with(dir: &Path, passphrase: &str, params: Argon2Params) -> Result<Logbook> {
        if Self::exists(dir) {
            return Err(Error::AlreadyExists);
        }
        let id = uuid::Uuid::new_v4();
        let secret = LogbookSecret::generate();
        Self::create_from(dir, passphrase, params, id, &secret, LogbookDoc::new()?)
    }

    /// Writes a new data directory for an existing secret and document
    /// (a new logbook, or one joined from a hub).
    pub(crate) fn create_from(
        dir: &Path,
        passphrase: &str,
        params: Argon2Params,
        id: uuid::Uuid,
        secret: &LogbookSecret,
        mut doc: LogbookDoc,
    ) -> Result<Logbook> {
        let paths = Paths::new(dir);
        if Self::exists(dir) {
            return Err(Error::AlreadyExists);
        }
        std::fs::create_dir_all(dir)?;
        let key_file = KeyFile::create(id, secret, passphrase, params)?;
        let snapshot = doc.save();
        let db_key = secret.database_key(&id);
        let store = Store::create(
            &paths.database,
            StoreKey::Raw(&db_key),
            &id,
            &snapshot,
            now_ms(),
        )?;
        let persisted = doc.heads();
        let mut store = store;
        store.rebuild_index(&doc.entries()?, &heads_string(&persisted))?;
        key_file.write(&paths.key_file)?;
        Ok(Logbook {
            dir: dir.to_path_buf(),
            id,
            store,
            doc,
            holder_seed: Some(secret.holder_signing_seed(&id)),
            sync_keys: Some(crate::sync::SyncKeys::derive(secret, &id)),
            persisted,
        })
    }

    fn unlock(dir: &Path, passphrase: &str) -> Result<(KeyFile, LogbookSecret)> {
        let paths = Paths::new(dir);
        if !paths.key_file.exists() {
            return Err(if paths.database.exists() {
                Error::DamagedKeyFile {
                    reason: "the key file is missing".into(),
                }
            } else {
                Error::NoLogbook
            });
        }
        let now = (now_ms() / 1000) as u64;
        let mut attempts = Attempts::load(dir);
        attempts.check(now)?;
        let key_file = KeyFile::read(&paths.key_file)?;
        match key_file.unlock(passphrase) {
            Ok(secret) => {
                attempts.reset()?;
                Ok((key_file, secret))
            }
            Err(Error::WrongPassphrase) => {
                attempts.record_failure(now)?;
                Err(Error::WrongPassphrase)
            }
            Err(e) => Err(e),
        }
    }

    /// Unlocks the key file only: the logbook id and secret, which pairing
    /// hands to a new device. Wrong passphrases count toward the back-off
    /// as for [`Self::open`].
    pub fn unlock_secret(dir: &Path, passphrase: &str) -> Result<(uuid::Uuid, LogbookSecret)> {
        let (key_file, secret) = Self::unlock(dir, passphrase)?;
        Ok((key_file.logbook_id(), secret))
    }

    /// The secret of this open logbook, from its passphrase typed again:
    /// work that hands the secret on (pairing, a recovery sheet) asks for
    /// the passphrase even while the logbook is open. Wrong passphrases
    /// count toward the back-off; a key file that now belongs to another
    /// logbook is damage.
    pub fn secret_again(&self, passphrase: &str) -> Result<LogbookSecret> {
        let (id, secret) = Self::unlock_secret(&self.dir, passphrase)?;
        if id != self.id {
            return Err(Error::DamagedKeyFile {
                reason: "the key file belongs to another logbook".into(),
            });
        }
        Ok(secret)
    }

    /// Unlocks and opens the logbook in `dir`.
    pub fn open(dir: &Path, passphrase: &str) -> Result<Logbook> {
        let (key_file, secret) = Self::unlock(dir, passphrase)?;
        Self::open_with_secret(dir, key_file.logbook_id(), &secret)
    }

    /// Opens with an already unwrapped secret (the passphrase's Argon2id
    /// is paid once; benchmarks measure the rest on its own).
    pub fn open_with_secret(dir: &Path, id: uuid::Uuid, secret: &LogbookSecret) -> Result<Logbook> {
        let db_key = secret.database_key(&id);
        let mut lb = Self::open_store(dir, id, StoreKey::Raw(&db_key))?;
        lb.holder_seed = Some(secret.holder_signing_seed(&id));
        lb.sync_keys = Some(crate::sync::SyncKeys::derive(secret, &id));
        Ok(lb)
    }

    #[doc(hidden)]
    pub fn open_store(dir: &Path, id: uuid::Uuid, key: StoreKey<'_>) -> Result<Logbook> {
        let paths = Paths::new(dir);
        let store = Store::open(&paths.database, key, &id)?;
        let (bytes, chunks) = store.document_bytes()?;
        let mut doc = LogbookDoc::load(&bytes)?;
        let persisted = doc.heads();
        let mut lb = Logbook {
            dir: dir.to_path_buf(),
            id,
            store,
            doc,
            holder_seed: None,
            sync_keys: None,
            persisted,
        };
        let heads = heads_string(&lb.persisted);
        if lb.store.meta("index_heads")?.as_deref() != Some(heads.as_str()) {
            let entries = lb.doc.entries()?;
            lb.store.rebuild_index(&entries, &heads)?;
        }
        if chunks > COMPACT_AFTER_CHUNKS {
            lb.compact()?;
        }
        Ok(lb)
    }

    /// Creates a logbook without encryption, for benchmarks only.
    #[doc(hidden)]
    pub fn create_unencrypted_for_benchmark(dir: &Path) -> Result<(Logbook, uuid::Uuid)> {
        std::fs::create_dir_all(dir)?;
        let id = uuid::Uuid::new_v4();
        let mut doc = LogbookDoc::new()?;
        let snapshot = doc.save();
        let store = Store::create(
            &Paths::new(dir).database,
            StoreKey::Plain,
            &id,
            &snapshot,
            now_ms(),
        )?;
        let persisted = doc.heads();
        Ok((
            Logbook {
                dir: dir.to_path_buf(),
                id,
                store,
                doc,
                holder_seed: None,
                sync_keys: None,
                persisted,
            },
            id,
        ))
    }

    /// Rewraps the secret under a new passphrase; the database is untouched.
    pub fn change_passphrase(dir: &Path, old: &str, new: &str) -> Result<()> {
        let (mut key_file, secret) = Self::unlock(dir, old)?;
        key_file.rewrap(&secret, new, Argon2Params::default())?;
        key_file.write(&Paths::new(dir).key_file)
    }

    pub fn id(&self) -> uuid::Uuid {
        self.id
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The 32-byte Ed25519 seed of the holder's signing key, the same on
    /// every device that holds this logbook's secret.
    pub fn holder_signing_seed(&self) -> Option<&[u8; 32]> {
        self.holder_seed.as_ref().map(|k| &k.0)
    }

    /// Commits everything the document holds beyond what is on disk.
    fn persist(
        &mut self,
        upserted: &[Entry],
        removed: &[EntryId],
        evidence: Option<EvidenceWrite<'_>>,
    ) -> Result<()> {
        self.persist_with(upserted, removed, evidence, None)
    }

    /// [`Self::persist`] with sync bookkeeping in the same transaction.
    pub(crate) fn persist_with(
        &mut self,
        upserted: &[Entry],
        removed: &[EntryId],
        evidence: Option<EvidenceWrite<'_>>,
        sync: Option<crate::store::SyncMarks<'_>>,
    ) -> Result<()> {
        let chunk = self.doc.save_after(&self.persisted);
        let heads = self.doc.heads();
        let hs = heads_string(&heads);
        self.store.commit_changes(
            Write {
                chunk: &chunk,
                heads: &hs,
                upserted,
                removed,
                evidence,
                sync,
            },
            now_ms(),
        )?;
        self.persisted = heads;
        if self.store.chunk_count()? > COMPACT_AFTER_CHUNKS {
            self.compact()?;
        }
        Ok(())
    }

    /// Rewrites the document as one snapshot.
    pub fn compact(&mut self) -> Result<()> {
        let snapshot = self.doc.save();
        self.store.compact(&snapshot, now_ms())
    }

    fn reindex_one(&mut self, id: &EntryId) -> Result<Vec<Entry>> {
        Ok(self.doc.entry(id)?.into_iter().collect())
    }

    /// Adds an entry and returns its id once it is on disk.
    pub fn add(&mut self, new: &NewEntry) -> Result<EntryId> {
        let fields = new.validate()?;
        let id = EntryId::random();
        let now = now_ms();
        self.doc.add_entry(id, new.kind, &fields, now, now)?;
        let rows = self.reindex_one(&id)?;
        self.persist(&rows, &[], None)?;
        Ok(id)
    }

    /// Finds an entry by full id or by an unambiguous prefix of it.
    pub fn resolve(&self, typed: &str) -> Result<EntryId> {
        let t = typed.trim().to_ascii_lowercase();
        if let Ok(id) = t.parse::<EntryId>() {
            if self.doc.entry(&id)?.is_some() {
                return Ok(id);
            }
            return Err(Error::NotFound(typed.to_string()));
        }
        if t.len() < MIN_ID_PREFIX {
            return Err(Error::NotFound(typed.to_string()));
        }
        let matches: Vec<EntryId> = self
            .doc
            .entry_ids()?
            .into_iter()
            .filter(|id| id.to_string().starts_with(&t))
            .collect();
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(Error::NotFound(typed.to_string())),
            _ => Err(Error::Ambiguous(typed.to_string())),
        }
    }

    /// Resolves several typed ids or prefixes, keeping the first of any
    /// repeats: a person who names an entry twice means it once.
    pub fn resolve_all<S: AsRef<str>>(&self, typed: &[S]) -> Result<Vec<EntryId>> {
        let mut out = Vec::new();
        for t in typed {
            let id = self.resolve(t.as_ref())?;
            if !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }

    pub fn entry(&self, id: &EntryId) -> Result<Entry> {
        self.doc
            .entry(id)?
            .ok_or_else(|| Error::NotFound(id.to_string()))
    }

    /// Entries of a kind and/or stage, in the order a person reads them:
    /// by kind, then title.
    pub fn list(&self, kind: Option<Kind>, stage: Option<Stage>) -> Result<Vec<Entry>> {
        let mut out: Vec<Entry> = self
            .doc
            .entries()?
            .into_iter()
            .filter(|e| kind.is_none_or(|k| e.kind == k))
            .filter(|e| stage.is_none_or(|s| e.stages.contains(&s)))
            .collect();
        out.sort_by(|a, b| {
            (a.kind, a.title.to_lowercase(), a.id).cmp(&(b.kind, b.title.to_lowercase(), b.id))
        });
        Ok(out)
    }

    /// Every entry in id order.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        self.doc.entries()
    }

    /// Changes fields of an entry. An empty value clears an optional field.
    pub fn edit(&mut self, id: &EntryId, changes: &[(Field, String)]) -> Result<Entry> {
        let current = self.entry(id)?;
        let mut normalized = Vec::new();
        for (field, raw) in changes {
            let field = field.route(current.kind);
            normalized.push((field, field.normalize(current.kind, raw)?));
        }
        let value = |f: Field| {
            normalized
                .iter()
                .rev()
                .find(|(g, _)| *g == f)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| current.get(f))
        };
        crate::model::check_date_order(value(Field::From).as_ref(), value(Field::To).as_ref())?;
        self.doc.edit_entry(id, &normalized, now_ms())?;
        let rows = self.reindex_one(id)?;
        self.persist(&rows, &[], None)?;
        self.entry(id)
    }

    pub fn remove(&mut self, id: &EntryId) -> Result<()> {
        self.doc.remove_entry(id, now_ms())?;
        self.persist(&[], &[*id], None)
    }

    /// Full-text search over titles, descriptions, organisations and places.
    pub fn search(&self, text: &str) -> Result<Vec<Entry>> {
        let ids = self.store.search(text)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(e) = self.doc.entry(&id)? {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Cleans a photo (orientation applied, metadata stripped, downscaled)
    /// and attaches it to an entry as evidence.
    pub fn attach_photo(&mut self, id: &EntryId, photo: &[u8]) -> Result<EvidenceRef> {
        self.entry(id)?;
        let p = process_photo(photo)?;
        let ev = EvidenceRef {
            sha256: p.sha256.clone(),
            kind: EvidenceKind::Photo.as_str().to_string(),
            mime: "image/jpeg".into(),
            width: p.width,
            height: p.height,
            added: now_ms(),
        };
        self.store_evidence(id, &ev, &p.jpeg, Some(&p.thumbnail))?;
        Ok(ev)
    }

    /// Checks a voice note (a format phones and webviews record, no video,
    /// at most [`crate::evidence::voice::MAX_VOICE_BYTES`]) and attaches it
    /// to an entry as evidence. It is stored, encrypted and synced exactly
    /// like a photo; `width` and `height` are 0.
    pub fn attach_voice(&mut self, id: &EntryId, recording: &[u8]) -> Result<EvidenceRef> {
        self.entry(id)?;
        let v = process_voice(recording)?;
        let ev = EvidenceRef {
            sha256: v.sha256.clone(),
            kind: EvidenceKind::Voice.as_str().to_string(),
            mime: v.format.mime().into(),
            width: 0,
            height: 0,
            added: now_ms(),
        };
        self.store_evidence(id, &ev, &v.bytes, None)?;
        Ok(ev)
    }

    /// Records `ev` on the entry in the document and stores its bytes in
    /// the same transaction, whatever its kind.
    fn store_evidence(
        &mut self,
        id: &EntryId,
        ev: &EvidenceRef,
        bytes: &[u8],
        thumbnail: Option<&[u8]>,
    ) -> Result<()> {
        self.doc.add_evidence(id, ev, Some(ev.added))?;
        let rows = self.reindex_one(id)?;
        self.persist(
            &rows,
            &[],
            Some(EvidenceWrite::Put(EvidenceRow {
                sha256: &ev.sha256,
                kind: &ev.kind,
                mime: &ev.mime,
                width: ev.width,
                height: ev.height,
                bytes,
                thumbnail,
            })),
        )
    }

    /// Takes a photo or voice note off an entry. Its bytes leave this
    /// device too unless another entry still shows them. Another device
    /// that attaches the same file at the same time keeps it: removal
    /// never wins over an addition (nothing is lost silently).
    pub fn remove_evidence(&mut self, id: &EntryId, sha256: &str) -> Result<()> {
        let entry = self.entry(id)?;
        let typed = sha256.trim().to_ascii_lowercase();
        let matches: Vec<&EvidenceRef> = entry
            .evidence
            .iter()
            .filter(|e| typed.len() >= 8 && e.sha256.starts_with(&typed))
            .collect();
        let sha = match matches.as_slice() {
            [one] => one.sha256.clone(),
            [] => return Err(Error::NotFound(sha256.to_string())),
            _ => return Err(Error::Ambiguous(sha256.to_string())),
        };
        self.doc.remove_evidence(id, &sha, now_ms())?;
        let still_shown = self
            .doc
            .entries()?
            .iter()
            .any(|e| e.evidence.iter().any(|ev| ev.sha256 == sha));
        let rows = self.reindex_one(id)?;
        let forget = (!still_shown).then_some(EvidenceWrite::Forget(&sha));
        self.persist(&rows, &[], forget)
    }

    /// Attaches a photo or a voice note, whichever the content is: for
    /// front ends that take any file and should not make a person say
    /// which kind it is.
    pub fn attach_evidence(&mut self, id: &EntryId, file: &[u8]) -> Result<EvidenceRef> {
        match sniff_kind(file)? {
            EvidenceKind::Voice => self.attach_voice(id, file),
            EvidenceKind::Photo => self.attach_photo(id, file),
        }
    }

    /// Stores a credential file an issuer signed for the entries `ids`
    /// (one credential may cover several); it syncs with the logbook. The
    /// id is the first 16 bytes of the file's SHA-256, in hex.
    pub fn add_endorsement(&mut self, ids: &[EntryId], credential: &[u8]) -> Result<String> {
        use sha2::{Digest, Sha256};
        for id in ids {
            self.entry(id)?;
        }
        let cred_id = hex::encode(&Sha256::digest(credential)[..16]);
        let now = now_ms();
        for id in ids {
            self.doc
                .add_endorsement(id, &cred_id, credential, Some(now))?;
        }
        let rows: Vec<Entry> = ids.iter().map(|id| self.entry(id)).collect::<Result<_>>()?;
        self.persist(&rows, &[], None)?;
        Ok(cred_id)
    }

    pub fn evidence(&self, sha256: &str) -> Result<Option<StoredEvidence>> {
        self.store.evidence(sha256)
    }

    pub fn profile(&self) -> Result<Profile> {
        self.doc.profile()
    }

    pub fn update_profile(&mut self, patch: &ProfilePatch) -> Result<Profile> {
        self.doc.update_profile(patch, now_ms())?;
        self.persist(&[], &[], None)?;
        self.profile()
    }

    /// Merges another copy of this logbook's document (from a sync peer or
    /// a copied data directory) and commits the result.
    pub fn merge(&mut self, other: &mut LogbookDoc) -> Result<()> {
        self.doc.merge(other)?;
        self.persist(&[], &[], None)?;
        // A merge may touch any entry: rebuild the derived index whole.
        let entries = self.doc.entries()?;
        self.store
            .rebuild_index(&entries, &heads_string(&self.persisted))
    }

    /// A copy of the document, e.g. to merge into another logbook.
    pub fn fork_document(&mut self) -> LogbookDoc {
        self.doc.fork()
    }

    /// Adds or updates entries and profile fields from an export file,
    /// field by field; nothing in the logbook is deleted.
    pub fn import(&mut self, data: &crate::export::Export) -> Result<crate::export::ImportReport> {
        let mut report = crate::export::ImportReport::default();
        let now = now_ms();
        let mut touched = Vec::new();
        for e in &data.entries {
            let mut wanted: BTreeMap<Field, String> = BTreeMap::new();
            for f in Field::ALL {
                if let Some(v) = e.get(*f) {
                    if let Some(n) = f.normalize(e.kind, &v)? {
                        wanted.insert(*f, n);
                    }
                }
            }
            match self.doc.entry(&e.id)? {
                None => {
                    self.doc
                        .add_entry(e.id, e.kind, &wanted, e.created, e.modified)?;
                    report.added += 1;
                }
                Some(cur) => {
                    let changes: Vec<(Field, Option<String>)> = Field::ALL
                        .iter()
                        .filter(|f| cur.get(**f) != wanted.get(f).cloned())
                        .map(|f| (*f, wanted.get(f).cloned()))
                        .collect();
                    if changes.is_empty() {
                        report.unchanged += 1;
                    } else {
                        self.doc.edit_entry(&e.id, &changes, now)?;
                        report.updated += 1;
                    }
                }
            }
            let have = self
                .doc
                .entry(&e.id)?
                .map(|c| c.endorsements)
                .unwrap_or_default();
            for (cred_id, bytes) in e
                .endorsements
                .iter()
                .filter(|(k, _)| !have.contains_key(*k))
            {
                self.doc.add_endorsement(&e.id, cred_id, bytes, None)?;
            }
            let present: Vec<String> = self
                .doc
                .entry(&e.id)?
                .map(|cur| cur.evidence.into_iter().map(|ev| ev.sha256).collect())
                .unwrap_or_default();
            for ev in e.evidence.iter().filter(|ev| !present.contains(&ev.sha256)) {
                if self.store.evidence(&ev.sha256)?.is_some() {
                    self.doc.add_evidence(&e.id, ev, None)?;
                } else {
                    report.missing_evidence += 1;
                }
            }
            touched.extend(self.doc.entry(&e.id)?);
        }
        let p = &data.profile;
        let patch = ProfilePatch {
            display_name: p.display_name.clone(),
            birth_date: p.birth_date.clone(),
            origin_country: p.origin_country.clone(),
            current_country: p.current_country.clone(),
            contact: p.contact.clone(),
            languages: p
                .languages
                .iter()
                .map(|(tag, l)| {
                    (
                        tag.clone(),
                        Some(l.mother_tongue),
                        l.levels
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                    )
                })
                .collect(),
            remove_languages: Vec::new(),
        };
        if self.doc.profile()? != data.profile {
            self.doc.update_profile(&patch, now)?;
            report.profile_updated = true;
        }
        self.persist(&touched, &[], None)?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(lb: &Logbook, q: &str) -> Vec<String> {
        lb.search(q)
            .expect("search")
            .into_iter()
            .map(|e| e.title)
            .collect()
    }

    #[test]
    fn the_secret_again_needs_the_right_passphrase() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let lb = Logbook::create(tmp.path(), "secret again").expect("create");
        let (_, secret) = Logbook::unlock_secret(tmp.path(), "secret again").expect("unlock");
        let again = lb.secret_again("secret again").expect("right passphrase");
        assert_eq!(again.as_bytes(), secret.as_bytes());
        assert!(matches!(
            lb.secret_again("not it"),
            Err(Error::WrongPassphrase)
        ));
    }

    #[test]
    fn the_search_index_follows_edits_and_removals() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut lb = Logbook::create(tmp.path(), "index test").expect("create");
        let a = lb
            .add(&NewEntry::new(Kind::Skill, "Bricklaying"))
            .expect("add");
        let b = lb
            .add(&NewEntry::new(Kind::Skill, "Plastering").with(Field::Place, "Aleppo"))
            .expect("add");
        assert_eq!(titles(&lb, "brick"), ["Bricklaying"]);
        lb.edit(&a, &[(Field::Title, "Tiling".into())])
            .expect("edit");
        assert!(titles(&lb, "brick").is_empty(), "the old title is gone");
        assert_eq!(titles(&lb, "tiling"), ["Tiling"]);
        assert_eq!(titles(&lb, "alep"), ["Plastering"], "prefix match on place");
        lb.remove(&b).expect("remove");
        assert!(
            titles(&lb, "aleppo").is_empty(),
            "a removed entry is not found"
        );
        let seed = *lb.holder_signing_seed().expect("holder key");
        drop(lb);
        let lb = Logbook::open(tmp.path(), "index test").expect("reopen");
        assert_eq!(titles(&lb, "til"), ["Tiling"]);
        assert_eq!(
            lb.holder_signing_seed(),
            Some(&seed),
            "the holder key is stable"
        );
    }

    #[test]
    fn endorsements_are_kept_exported_and_imported() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut lb = Logbook::create(&tmp.path().join("a"), "endorse test").expect("create");
        let a = lb.add(&NewEntry::new(Kind::Skill, "Welding")).expect("add");
        let b = lb.add(&NewEntry::new(Kind::Skill, "Cutting")).expect("add");
        let cred = b"a credential file, byte for byte".to_vec();
        let id = lb.add_endorsement(&[a, b], &cred).expect("store");
        assert_eq!(id.len(), 32);
        assert!(lb.add_endorsement(&[EntryId::random()], &cred).is_err());
        drop(lb);
        let lb = Logbook::open(&tmp.path().join("a"), "endorse test").expect("reopen");
        for e in [a, b] {
            assert_eq!(
                lb.entry(&e).expect("entry").endorsements.get(&id),
                Some(&cred)
            );
        }
        let export = crate::Export::new(lb.profile().expect("p"), lb.entries().expect("e"));
        let json = export.to_json().expect("json");
        let mut fresh = Logbook::create(&tmp.path().join("b"), "endorse test").expect("create");
        fresh
            .import(&crate::Export::from_json(&json).expect("parse"))
            .expect("import");
        assert_eq!(
            fresh.entry(&a).expect("entry").endorsements.get(&id),
            Some(&cred)
        );
        let again = crate::Export::new(fresh.profile().expect("p"), fresh.entries().expect("e"));
        assert_eq!(
            again.to_json().expect("json"),
            json,
            "import then export is identity"
        );
    }

    /// A short real WAV: 8 kHz mono 16-bit, a name in a LIST chunk.
    fn voice_note() -> Vec<u8> {
        let samples: Vec<u8> = (0..800i16)
            .flat_map(|i| ((i % 80) * 300 - 12000).to_le_bytes())
            .collect();
        let mut fmt = vec![1, 0, 1, 0];
        fmt.extend_from_slice(&8000u32.to_le_bytes());
        fmt.extend_from_slice(&16000u32.to_le_bytes());
        fmt.extend_from_slice(&[2, 0, 16, 0]);
        let mut wav = b"RIFF\0\0\0\0WAVE".to_vec();
        for (id, body) in [
            (b"fmt ", fmt),
            (b"LIST", b"INFOINAMAmina!".to_vec()),
            (b"data", samples),
        ] {
            wav.extend_from_slice(id);
            wav.extend_from_slice(&(body.len() as u32).to_le_bytes());
            wav.extend_from_slice(&body);
        }
        let len = (wav.len() - 8) as u32;
        wav[4..8].copy_from_slice(&len.to_le_bytes());
        wav
    }

    #[test]
    fn a_voice_note_is_kept_read_back_and_survives_reopening() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut lb = Logbook::create(tmp.path(), "voice test").expect("create");
        let id = lb.add(&NewEntry::new(Kind::Skill, "Sewing")).expect("add");
        let ev = lb.attach_voice(&id, &voice_note()).expect("attach");
        assert_eq!((ev.kind.as_str(), ev.mime.as_str()), ("voice", "audio/wav"));
        assert_eq!((ev.width, ev.height), (0, 0));
        // Any file: the content decides, and the same note is stored once.
        let again = lb.attach_evidence(&id, &voice_note()).expect("again");
        assert_eq!(again.sha256, ev.sha256);
        assert!(matches!(
            lb.attach_evidence(&id, b"a text file"),
            Err(Error::Evidence(crate::evidence::EvidenceError::NotEvidence))
        ));
        assert!(matches!(
            lb.attach_voice(&id, b"\x89PNG\r\n\x1a\n"),
            Err(Error::Evidence(crate::evidence::EvidenceError::NotAudio))
        ));
        assert!(lb.attach_voice(&EntryId::random(), &voice_note()).is_err());
        drop(lb);

        let lb = Logbook::open(tmp.path(), "voice test").expect("reopen");
        let entry = lb.entry(&id).expect("entry");
        assert_eq!(
            entry.title, "Sewing",
            "a refused file leaves the entry intact"
        );
        assert_eq!(entry.evidence.len(), 1);
        assert_eq!(entry.evidence[0].kind, "voice");
        let stored = lb.evidence(&ev.sha256).expect("read").expect("stored");
        assert_eq!(stored.kind, "voice");
        assert_eq!(stored.mime, "audio/wav");
        assert_eq!(stored.thumbnail, None);
        assert!(stored.bytes.starts_with(b"RIFF"));
        assert!(
            !stored.bytes.windows(5).any(|w| w == b"Amina"),
            "the name in the file's tags is not kept"
        );
    }

    #[test]
    fn removed_evidence_leaves_the_entry_and_its_bytes_leave_the_device() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut lb = Logbook::create(tmp.path(), "remove test").expect("create");
        let a = lb.add(&NewEntry::new(Kind::Skill, "Sewing")).expect("add");
        let b = lb
            .add(&NewEntry::new(Kind::Skill, "Tailoring"))
            .expect("add");
        let ev = lb.attach_voice(&a, &voice_note()).expect("attach");
        lb.attach_voice(&b, &voice_note()).expect("attach to b");
        // By a prefix; the other entry still shows it, so the bytes stay.
        lb.remove_evidence(&a, &ev.sha256[..12]).expect("remove");
        assert!(lb.entry(&a).expect("a").evidence.is_empty());
        assert!(lb.evidence(&ev.sha256).expect("read").is_some());
        lb.remove_evidence(&b, &ev.sha256).expect("remove from b");
        assert!(
            lb.evidence(&ev.sha256).expect("read").is_none(),
            "bytes gone"
        );
        assert!(matches!(
            lb.remove_evidence(&b, &ev.sha256),
            Err(Error::NotFound(_))
        ));
        assert!(matches!(
            lb.remove_evidence(&b, "abc"),
            Err(Error::NotFound(_))
        ));
        drop(lb);
        let lb = Logbook::open(tmp.path(), "remove test").expect("reopen");
        assert!(lb.entry(&b).expect("b").evidence.is_empty());
        assert_eq!(lb.entry(&b).expect("b").title, "Tailoring");
        assert!(lb.evidence(&ev.sha256).expect("read").is_none());
    }

    #[test]
    fn a_removal_does_not_win_over_the_same_file_attached_at_the_same_time() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut lb = Logbook::create(tmp.path(), "merge test").expect("create");
        let a = lb.add(&NewEntry::new(Kind::Skill, "Sewing")).expect("add");
        let ev = lb.attach_voice(&a, &voice_note()).expect("attach");
        // Another device, offline, attaches the same note again.
        let mut other = lb.fork_document();
        let mut again = ev.clone();
        again.added += 1;
        other
            .add_evidence(&a, &again, Some(again.added))
            .expect("attach on the other device");
        lb.remove_evidence(&a, &ev.sha256).expect("remove here");
        lb.merge(&mut other).expect("merge");
        let kept = lb.entry(&a).expect("entry").evidence;
        assert_eq!(kept.len(), 1, "the other device's attachment is kept");
        assert_eq!(kept[0].sha256, ev.sha256);
    }

    #[test]
    fn a_device_is_named_trimmed_and_kept() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut lb = Logbook::create(tmp.path(), "name test").expect("create");
        assert_eq!(lb.device_name().expect("name"), "device");
        lb.set_device_name("  Amina's phone\n").expect("set");
        assert_eq!(lb.device_name().expect("name"), "Amina's phone");
        lb.set_device_name(&"x".repeat(100)).expect("set");
        assert_eq!(lb.device_name().expect("name").chars().count(), 64);
        lb.set_device_name("   ").expect("set");
        assert_eq!(
            lb.device_name().expect("name"),
            "device",
            "blank means unnamed"
        );
        lb.set_device_name("Tablet").expect("set");
        drop(lb);
        let lb = Logbook::open(tmp.path(), "name test").expect("reopen");
        assert_eq!(lb.device_name().expect("name"), "Tablet");
    }
}
