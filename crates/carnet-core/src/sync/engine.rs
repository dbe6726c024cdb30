//! One sync with a hub (docs/sync-protocol.md §4.2): push what the hub
//! lacks through a crash-safe outbox, pull what this device has not seen,
//! then exchange evidence photos. Each page of work is committed before
//! the next begins.

use std::collections::BTreeSet;

use automerge::Change;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::hub::{Hub, Pulled, RowOut, Snapshot};
use super::seal;
use super::state::{self, OutRow};
use super::SyncError;
use crate::doc::LogbookDoc;
use crate::error::{Error, Result};
use crate::logbook::{now_ms, Logbook};
use crate::model::{Entry, EntryId};
use crate::store::{EvidenceRow, SyncMarks};

/// Changes per row and rows per request: small enough to retry cheaply,
/// large enough that 1,000 offline edits go up in a few requests.
const CHANGES_PER_ROW: usize = 256;
const ROW_PLAINTEXT_BUDGET: usize = 1024 * 1024;
const ROWS_PER_PUSH: usize = 200;
const PULL_PAGE: u32 = 500;
/// A sync never loops for ever, whatever the hub answers.
const MAX_ROUNDS: usize = 100_000;
/// From this many pending changes on, a device compares the size of the
/// whole document with the rows and sends the smaller.
const DOCUMENT_ROW_MIN_CHANGES: usize = 64;
/// A document row stays well under the hub's 4 MiB limit per row.
const ROW_DOCUMENT_LIMIT: usize = 3 * 1024 * 1024;
/// Rows on the hub beyond the last snapshot before this device uploads a
/// new one, so that a new device downloads one document, not every edit.
const SNAPSHOT_EVERY: u64 = 1_000;

/// Which half of a sync is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Sending,
    Receiving,
    Photos,
}

/// Progress for a bar: `done` of `total` units (rows or photos).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    pub done: u64,
    pub total: u64,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub changes_sent: u64,
    pub changes_received: u64,
    pub photos_sent: u64,
    pub photos_received: u64,
    /// Body bytes on the wire (HTTP headers not counted).
    pub bytes_sent: u64,
    pub bytes_received: u64,
    pub snapshot_sent: bool,
}

/// For "last synced / pending changes" on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncStatus {
    pub hub: Option<String>,
    pub last_synced_ms: Option<i64>,
    pub pending_changes: u64,
}

impl Logbook {
    /// The hub this logbook syncs with, if one was set.
    pub fn hub_url(&self) -> Result<Option<String>> {
        self.store.meta(state::HUB_URL)
    }

    /// Remembers the hub (checked for form, not contacted).
    pub fn set_hub_url(&mut self, url: &str) -> Result<()> {
        let (_, token) = self.sync_secrets()?;
        let hub = super::HttpHub::new(url, &self.id, &token)?;
        state::set(&mut self.store, state::HUB_URL, hub.url())
    }

    /// An HTTP client for the remembered hub, or for `url`.
    pub fn connect_hub(&mut self, url: Option<&str>) -> Result<super::HttpHub> {
        let url = match url {
            Some(u) => u.to_string(),
            None => self.hub_url()?.ok_or(SyncError::NoHub)?,
        };
        let token = self.current_token()?;
        Ok(super::HttpHub::new(&url, &self.id, &token)?)
    }

    /// The sync key and token of `epoch`, if this device has them.
    fn epoch_secrets(&self, epoch: u32) -> Result<Option<([u8; 32], [u8; 32])>> {
        if epoch == 0 {
            let (keys, token) = self.sync_secrets()?;
            return Ok(Some((keys.epoch0.0, token)));
        }
        let key = self.store.secret(&state::epoch_key_name(epoch))?;
        let token = self.store.secret(&state::epoch_token_name(epoch))?;
        match (key, token) {
            (Some(k), Some(t)) => {
                let damaged = || Error::DamagedDatabase {
                    reason: "a sync key is damaged".into(),
                };
                Ok(Some((
                    k.try_into().map_err(|_| damaged())?,
                    t.try_into().map_err(|_| damaged())?,
                )))
            }
            _ => Ok(None),
        }
    }

    fn current_token(&self) -> Result<[u8; 32]> {
        let epoch = state::epoch(&self.store)?;
        Ok(self
            .epoch_secrets(epoch)?
            .ok_or(SyncError::UnknownEpoch { epoch })?
            .1)
    }

    fn current_key(&self) -> Result<(u32, [u8; 32])> {
        let epoch = state::epoch(&self.store)?;
        Ok((
            epoch,
            self.epoch_secrets(epoch)?
                .ok_or(SyncError::UnknownEpoch { epoch })?
                .0,
        ))
    }

    /// The keys of every epoch after 0, for a device being paired.
    pub fn later_epochs(&self) -> Result<Vec<super::EpochKeys>> {
        let current = state::epoch(&self.store)?;
        let mut out = Vec::new();
        for epoch in 1..=current {
            if let Some((key, token)) = self.epoch_secrets(epoch)? {
                out.push(super::EpochKeys { epoch, key, token });
            }
        }
        Ok(out)
    }

    fn store_epochs(&mut self, epochs: &[super::EpochKeys]) -> Result<()> {
        let mut highest = state::epoch(&self.store)?;
        for e in epochs {
            self.store
                .set_secret(&state::epoch_key_name(e.epoch), &e.key)?;
            self.store
                .set_secret(&state::epoch_token_name(e.epoch), &e.token)?;
            highest = highest.max(e.epoch);
        }
        state::set(&mut self.store, state::EPOCH, &highest.to_string())
    }

    /// This device's X25519 key pair, made on first use; other devices
    /// seal new keys to its public half when a device is removed.
    fn device_x25519(&mut self) -> Result<x25519_dalek::StaticSecret> {
        if let Some(bytes) = self.store.secret(state::DEVICE_X25519)? {
            let bytes: [u8; 32] = bytes.try_into().map_err(|_| Error::DamagedDatabase {
                reason: "the device key is damaged".into(),
            })?;
            return Ok(x25519_dalek::StaticSecret::from(bytes));
        }
        let secret = x25519_dalek::StaticSecret::random_from_rng(rand::rngs::OsRng);
        self.store
            .set_secret(state::DEVICE_X25519, secret.as_bytes())?;
        Ok(secret)
    }

    /// The name other devices see for this one.
    pub fn set_device_name(&mut self, name: &str) -> Result<()> {
        let name: String = name
            .trim()
            .chars()
            .filter(|c| !c.is_control())
            .take(64)
            .collect();
        state::set(&mut self.store, state::DEVICE_NAME, &name)
    }

    /// The name other devices see for this one ("device" until named);
    /// they see a new name after this device's next sync.
    pub fn device_name(&self) -> Result<String> {
        Ok(self
            .store
            .meta(state::DEVICE_NAME)?
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| "device".into()))
    }

    /// This device's record as it should be: (id, name, X25519 hex).
    fn device_record(&mut self, device: [u8; 16]) -> Result<(String, String, String)> {
        let public = x25519_dalek::PublicKey::from(&self.device_x25519()?).to_bytes();
        let name = self.device_name()?;
        Ok((hex::encode(device), name, hex::encode(public)))
    }

    /// Whether the document already lists this device as it is.
    fn device_known(&mut self, device: [u8; 16]) -> Result<bool> {
        let record = self.device_record(device)?;
        Ok(self.lists(&record))
    }

    fn lists(&self, (id, name, x): &(String, String, String)) -> bool {
        self.doc
            .devices()
            .iter()
            .any(|d| &d.id == id && &d.x25519 == x && &d.name == name)
    }

    /// Puts this device in the document's device list (or updates it), so
    /// that its key is known to the others.
    fn register_device(&mut self, device: [u8; 16]) -> Result<()> {
        let record = self.device_record(device)?;
        if self.lists(&record) {
            return Ok(());
        }
        let (id, name, x) = record;
        self.doc.put_device(&id, &name, &x, now_ms())?;
        self.persist_with(&[], &[], None, None)
    }

    /// The devices of this logbook, this one marked by its id.
    pub fn devices(&mut self) -> Result<(Vec<super::DeviceRecord>, String)> {
        let me = hex::encode(state::device_id(&mut self.store)?);
        Ok((self.doc.devices(), me))
    }

    fn sync_secrets(&self) -> Result<(super::SyncKeys, [u8; 32])> {
        let keys = self
            .sync_keys
            .clone()
            .ok_or_else(|| Error::Internal("this logbook has no sync keys".into()))?;
        let token = keys.token.0;
        Ok((keys, token))
    }

    /// Changes the hub does not have yet, and when sync last finished.
    pub fn sync_status(&mut self) -> Result<SyncStatus> {
        let pending = self.pending_changes()?.len() as u64
            + state::outbox(&mut self.store)?
                .iter()
                .map(|r| r.hashes.len() as u64)
                .sum::<u64>();
        Ok(SyncStatus {
            hub: self.hub_url()?,
            last_synced_ms: state::last_synced_ms(&self.store)?,
            pending_changes: pending,
        })
    }

    fn pending_changes(&mut self) -> Result<Vec<Change>> {
        let have = state::hub_heads(&self.store)?;
        let candidates = self.doc.changes_since(&have);
        let mut out = Vec::with_capacity(candidates.len());
        let queued: BTreeSet<String> = state::outbox(&mut self.store)?
            .into_iter()
            .flat_map(|r| r.hashes)
            .collect();
        let on_hub = state::hub_changes(&mut self.store)?;
        for c in candidates {
            let h = c.hash().to_string();
            if !queued.contains(&h) && !on_hub.contains(&h) {
                out.push(c);
            }
        }
        Ok(out)
    }

    /// Pushes and pulls until this device and the hub hold the same
    /// changes, then exchanges photos. `progress` is called as work goes.
    pub fn sync(
        &mut self,
        hub: &dyn Hub,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<SyncReport> {
        match self.sync_once(hub, progress) {
            Err(Error::Sync(SyncError::Refused)) => {
                // Another device may have removed a device and moved the
                // logbook to a new key: look for ours, then try again.
                if self.adopt_new_epochs(hub)? {
                    hub.use_token(&self.current_token()?);
                    self.sync_once(hub, progress)
                } else {
                    Err(SyncError::Refused.into())
                }
            }
            other => other,
        }
    }

    /// Fetches the boxes other devices sealed to this one for the epochs
    /// after the current one. True if it moved to a newer epoch.
    fn adopt_new_epochs(&mut self, hub: &dyn Hub) -> Result<bool> {
        let secret = self.device_x25519()?;
        let public = x25519_dalek::PublicKey::from(&secret).to_bytes();
        let mut adopted = false;
        for _ in 0..1_000 {
            let next = state::epoch(&self.store)? + 1;
            let address = envelope_address(&self.id, &public, next);
            let Some((logbook, sealed)) = super::hub::get_box(hub.url(), &address)? else {
                break;
            };
            if logbook != self.id {
                return Err(SyncError::Forged.into());
            }
            let plaintext =
                super::pairing::open_sealed(&secret, &envelope_ad(&self.id, next), &sealed)?;
            let value: ciborium::Value =
                ciborium::from_reader(plaintext.as_slice()).map_err(|_| SyncError::Forged)?;
            let keys = super::EpochKeys::from_cbor(&value)?;
            if keys.epoch != next {
                return Err(SyncError::Forged.into());
            }
            self.store_epochs(&[keys])?;
            adopted = true;
        }
        Ok(adopted)
    }

    /// Removes a device: it is marked removed in the document, and the
    /// logbook moves to a new sync key and hub token that are sealed to
    /// every other device, so the removed one can no longer read what is
    /// written from now on (docs/sync-protocol.md §7). Needs the hub.
    pub fn remove_device(&mut self, hub: &dyn Hub, id_prefix: &str) -> Result<super::DeviceRecord> {
        let me = hex::encode(state::device_id(&mut self.store)?);
        let prefix = id_prefix.trim().to_ascii_lowercase();
        let matches: Vec<super::DeviceRecord> = self
            .doc
            .devices()
            .into_iter()
            .filter(|d| d.removed.is_none() && prefix.len() >= 4 && d.id.starts_with(&prefix))
            .collect();
        let target = match matches.as_slice() {
            [one] => one.clone(),
            [] => return Err(Error::NotFound(id_prefix.to_string())),
            _ => return Err(Error::Ambiguous(id_prefix.to_string())),
        };
        if target.id == me {
            return Err(SyncError::RemoveSelf.into());
        }
        // Bring everything up to date under the old key first.
        self.sync(hub, &mut |_| {})?;
        let next = state::epoch(&self.store)? + 1;
        let keys = super::EpochKeys {
            epoch: next,
            key: rand::random(),
            token: rand::random(),
        };
        let plaintext = {
            let mut out = Vec::new();
            ciborium::into_writer(&keys.to_cbor(), &mut out)
                .map_err(|e| Error::Internal(format!("encoding keys: {e}")))?;
            out
        };
        let device = state::device_id(&mut self.store)?;
        self.register_device(device)?;
        for d in self.doc.devices() {
            if d.removed.is_some() || d.id == target.id {
                continue;
            }
            let Some(public) = hex::decode(&d.x25519)
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
            else {
                continue;
            };
            let sealed =
                super::pairing::seal_to(&public, &envelope_ad(&self.id, next), &plaintext)?;
            hub.put_box(&envelope_address(&self.id, &public, next), &sealed)?;
        }
        // Our own box is among them: if we stop right after the token
        // changes, the next sync finds it and carries on.
        hub.replace_token(&keys.token)?;
        self.store_epochs(std::slice::from_ref(&keys))?;
        hub.use_token(&keys.token);
        self.doc.remove_device(&target.id, now_ms())?;
        self.persist_with(&[], &[], None, None)?;
        self.sync(hub, &mut |_| {})?;
        Ok(target)
    }

    fn sync_once(
        &mut self,
        hub: &dyn Hub,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<SyncReport> {
        let (keys, _) = self.sync_secrets()?;
        let device = state::device_id(&mut self.store)?;
        let mut report = SyncReport::default();
        if self.store.meta(state::REGISTERED)?.as_deref() != Some(hub.url()) {
            hub.register()?;
            state::set(&mut self.store, state::REGISTERED, hub.url())?;
        }
        // Our own rows of this sync: a pull steps over them instead of
        // downloading what this device just sent.
        let mut own = Own::default();
        // Rows left from an interrupted sync go first, as they were sealed.
        let (mut behind, mut pushed) = self.push_outbox(hub, &mut report, progress, &mut own)?;
        let known = self.device_known(device)?;
        if known {
            self.queue_pending(device)?;
            let (b, p) = self.push_outbox(hub, &mut report, progress, &mut own)?;
            behind |= b;
            pushed |= p;
        }
        // A push that landed right after our cursor, with nothing after it,
        // proves there is nothing to pull; otherwise ask.
        if behind || !pushed {
            self.pull_all(hub, &mut report, progress, &own)?;
        }
        if !known {
            // Only once the hub answered: this device's record, so that a
            // hub that cannot be reached leaves the logbook as it was.
            self.register_device(device)?;
            self.queue_pending(device)?;
            if self.push_outbox(hub, &mut report, progress, &mut own)?.0 {
                self.pull_all(hub, &mut report, progress, &own)?;
            }
        }
        // Rows pushed by others while we pulled are in; if our own edits
        // raced with theirs, the outbox is empty and everything is settled.
        if state::outbox(&mut self.store)?.is_empty() && self.pending_changes()?.is_empty() {
            let heads = self.doc.heads();
            state::settle(&mut self.store, &heads, now_ms())?;
        }
        self.sync_photos(hub, &keys, &mut report, progress)?;
        self.maybe_snapshot(hub, device, &mut report)?;
        let (sent, received) = hub.traffic();
        report.bytes_sent = sent;
        report.bytes_received = received;
        Ok(report)
    }

    /// Seals the changes the hub lacks into outbox rows (one transaction).
    fn queue_pending(&mut self, device: [u8; 16]) -> Result<()> {
        if !state::outbox(&mut self.store)?.is_empty() {
            return Ok(());
        }
        let pending = self.pending_changes()?;
        if pending.is_empty() {
            return Ok(());
        }
        let mut seq = state::next_seq(&self.store)?;
        let mut rows = Vec::new();
        let mut group: Vec<&Change> = Vec::new();
        let mut size = 0;
        for change in &pending {
            let len = change.raw_bytes().len();
            if !group.is_empty()
                && (group.len() >= CHANGES_PER_ROW || size + len > ROW_PLAINTEXT_BUDGET)
            {
                rows.push(self.seal_row(device, seq, &group)?);
                seq += 1;
                group.clear();
                size = 0;
            }
            group.push(change);
            size += len;
        }
        rows.push(self.seal_row(device, seq, &group)?);
        seq += 1;
        // Many offline edits: the whole document in Automerge's columnar
        // form is often smaller than the changes one by one (30 against 85
        // bytes per entry). Send it instead when it is, as one row.
        if pending.len() >= DOCUMENT_ROW_MIN_CHANGES {
            let rows_size: usize = rows.iter().map(|r| r.ct.len()).sum();
            let saved = self.doc.save();
            if saved.len() + 64 < rows_size && saved.len() < ROW_DOCUMENT_LIMIT {
                let first = state::next_seq(&self.store)?;
                let (epoch, key) = self.current_key()?;
                let ad = seal::row_ad(&self.id, &device, first, epoch);
                let row = OutRow {
                    seq: first,
                    epoch,
                    ct: seal::seal(&key, &ad, &seal::encode_document(&saved))?,
                    hashes: pending.iter().map(|c| c.hash().to_string()).collect(),
                };
                return state::fill_outbox(&mut self.store, &[row], first + 1);
            }
        }
        state::fill_outbox(&mut self.store, &rows, seq)
    }

    fn seal_row(&self, device: [u8; 16], seq: u64, changes: &[&Change]) -> Result<OutRow> {
        let (epoch, key) = self.current_key()?;
        let raw: Vec<&[u8]> = changes.iter().map(|c| c.raw_bytes()).collect();
        let plaintext = seal::encode_changes(&raw)?;
        let ad = seal::row_ad(&self.id, &device, seq, epoch);
        Ok(OutRow {
            seq,
            epoch,
            ct: seal::seal(&key, &ad, &plaintext)?,
            hashes: changes.iter().map(|c| c.hash().to_string()).collect(),
        })
    }

    /// Uploads the outbox. Returns (behind, pushed): whether the hub
    /// holds rows this device has not pulled yet (others wrote between our
    /// cursor and our rows), and whether anything was uploaded.
    fn push_outbox(
        &mut self,
        hub: &dyn Hub,
        report: &mut SyncReport,
        progress: &mut dyn FnMut(Progress),
        own: &mut Own,
    ) -> Result<(bool, bool)> {
        let mut behind = false;
        let outbox = state::outbox(&mut self.store)?;
        let device = state::device_id(&mut self.store)?;
        let total = outbox.len() as u64;
        let mut done = 0;
        progress(Progress {
            phase: Phase::Sending,
            done,
            total,
        });
        for batch in outbox.chunks(ROWS_PER_PUSH) {
            let rows: Vec<RowOut> = batch
                .iter()
                .map(|r| RowOut {
                    device,
                    seq: r.seq,
                    epoch: r.epoch,
                    ct: r.ct.clone(),
                })
                .collect();
            let pushed = hub.push(&rows)?;
            own.rows.extend(pushed.assigned.iter().copied());
            own.latest = own.latest.max(pushed.latest);
            // The cursor may jump over our own rows only when nobody else's
            // rows sit between it and them.
            let cursor = state::cursor(&self.store)?;
            let contiguous = pushed
                .assigned
                .iter()
                .enumerate()
                .all(|(i, s)| *s == cursor + 1 + i as u64);
            let new_cursor = (contiguous && !pushed.assigned.is_empty())
                .then(|| cursor + pushed.assigned.len() as u64);
            behind |= new_cursor.is_none_or(|c| pushed.latest > c);
            state::acknowledge(&mut self.store, batch, new_cursor)?;
            report.changes_sent += batch.iter().map(|r| r.hashes.len() as u64).sum::<u64>();
            done += batch.len() as u64;
            progress(Progress {
                phase: Phase::Sending,
                done,
                total,
            });
        }
        Ok((behind, total > 0))
    }

    fn pull_all(
        &mut self,
        hub: &dyn Hub,
        report: &mut SyncReport,
        progress: &mut dyn FnMut(Progress),
        own: &Own,
    ) -> Result<()> {
        let start = state::cursor(&self.store)?;
        for _ in 0..MAX_ROUNDS {
            let mut cursor = state::cursor(&self.store)?;
            // Step over this device's own rows: their changes are here.
            let mut past = cursor;
            while own.rows.contains(&(past + 1)) {
                past += 1;
            }
            if past != cursor {
                state::set(&mut self.store, state::CURSOR, &past.to_string())?;
                cursor = past;
            }
            if !own.rows.is_empty() && cursor >= own.latest {
                return Ok(());
            }
            let next_own = own.rows.range(cursor + 1..).next().copied();
            let limit = next_own
                .map(|n| {
                    u32::try_from(n - cursor - 1)
                        .unwrap_or(PULL_PAGE)
                        .min(PULL_PAGE)
                })
                .unwrap_or(PULL_PAGE)
                .max(1);
            let page = hub.pull(cursor, limit)?;
            if page.latest < cursor {
                return Err(SyncError::RolledBack {
                    latest: page.latest,
                    cursor,
                }
                .into());
            }
            let more = page.more;
            let latest = page.latest;
            report.changes_received += self.apply_page(page, cursor)?;
            let now_at = state::cursor(&self.store)?;
            progress(Progress {
                phase: Phase::Receiving,
                done: now_at.saturating_sub(start),
                total: latest.saturating_sub(start),
            });
            if !more && (next_own.is_none() || now_at == cursor) {
                return Ok(());
            }
        }
        Err(SyncError::Protocol("the hub never stopped sending".into()).into())
    }

    /// Opens and checks a whole page before applying any of it, then
    /// commits the changes, the index and the new cursor together.
    fn apply_page(&mut self, page: Pulled, cursor: u64) -> Result<u64> {
        let key_for = |epoch: u32| -> Result<[u8; 32]> {
            Ok(self
                .epoch_secrets(epoch)?
                .ok_or(SyncError::UnknownEpoch { epoch })?
                .0)
        };
        let opened = open_page(&self.id, &key_for, &page, cursor)?;
        if opened.cursor == cursor {
            return Ok(0);
        }
        let before = self.doc.heads();
        let mut hub_heads_meta = None;
        if let Some((saved, covers)) = &opened.snapshot {
            let mut doc = LogbookDoc::load(saved).map_err(|_| SyncError::BadPlaintext)?;
            let snap_heads = doc.heads();
            self.doc.merge(&mut doc)?;
            let mut heads = state::hub_heads(&self.store)?;
            heads.extend(snap_heads);
            hub_heads_meta = Some((state::heads_string(&heads), *covers));
        }
        let mut received = opened.changes.len() as u64;
        let mut extra_heads = Vec::new();
        for saved in &opened.documents {
            let mut doc = LogbookDoc::load(saved).map_err(|_| SyncError::BadPlaintext)?;
            let heads = doc.heads();
            let before_merge = self.doc.heads();
            self.doc.merge(&mut doc)?;
            received += self.doc.changes_since(&before_merge).len() as u64;
            extra_heads.extend(heads);
        }
        if !extra_heads.is_empty() {
            let mut heads = match &hub_heads_meta {
                Some((h, _)) => state::parse_heads(h)?,
                None => state::hub_heads(&self.store)?,
            };
            heads.extend(extra_heads);
            let covers = hub_heads_meta
                .as_ref()
                .map(|(_, c)| *c)
                .unwrap_or(state::snapshot_covers(&self.store)?);
            hub_heads_meta = Some((state::heads_string(&heads), covers));
        }
        let missing = self.doc.apply_changes(opened.changes)?;
        if !missing.is_empty() {
            // Drop what was applied in memory: reload from disk.
            self.reload()?;
            return Err(SyncError::Incomplete.into());
        }
        let after = self.doc.heads();
        let touched = self.doc.touched_entries(&before, &after)?;
        let (upserted, removed) = self.split_touched(&touched)?;
        let mut meta: Vec<(&str, String)> = vec![(state::CURSOR, opened.cursor.to_string())];
        if let Some((heads, covers)) = hub_heads_meta {
            meta.push((state::HUB_HEADS, heads));
            meta.push((state::SNAPSHOT_COVERS, covers.to_string()));
        }
        self.persist_with(
            &upserted,
            &removed,
            None,
            Some(SyncMarks {
                meta: &meta,
                hub_changes: &opened.hashes,
            }),
        )?;
        Ok(received)
    }

    /// Makes this device's copy of a logbook that lives on a hub: pulls
    /// everything into memory, checks it, and only then writes the data
    /// directory, so an interrupted join leaves nothing half made. The
    /// secret comes from pairing or the recovery sheet.
    pub fn join_from_hub(
        dir: &std::path::Path,
        passphrase: &str,
        id: uuid::Uuid,
        secret: &crate::keys::LogbookSecret,
        epochs: &[super::EpochKeys],
        hub: &dyn Hub,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Logbook> {
        if Logbook::exists(dir) {
            return Err(Error::AlreadyExists);
        }
        let keys = super::SyncKeys::derive(secret, &id);
        let key_for = |epoch: u32| -> Result<[u8; 32]> {
            if epoch == 0 {
                return Ok(keys.epoch0.0);
            }
            epochs
                .iter()
                .find(|e| e.epoch == epoch)
                .map(|e| e.key)
                .ok_or_else(|| SyncError::UnknownEpoch { epoch }.into())
        };
        if let Some(latest) = epochs.iter().max_by_key(|e| e.epoch) {
            hub.use_token(&latest.token);
        }
        let mut doc = automerge::AutoCommit::new();
        let mut cursor = 0;
        let mut covers = 0;
        let mut complete = false;
        for _ in 0..MAX_ROUNDS {
            let page = hub.pull(cursor, PULL_PAGE)?;
            let latest = page.latest;
            let more = page.more;
            let opened = open_page(&id, &key_for, &page, cursor)?;
            if let Some((saved, c)) = &opened.snapshot {
                doc.load_incremental(saved)
                    .map_err(|_| SyncError::BadPlaintext)?;
                covers = *c;
            }
            for saved in &opened.documents {
                doc.load_incremental(saved)
                    .map_err(|_| SyncError::BadPlaintext)?;
            }
            doc.apply_changes(opened.changes)
                .map_err(|_| SyncError::BadPlaintext)?;
            cursor = opened.cursor;
            progress(Progress {
                phase: Phase::Receiving,
                done: cursor,
                total: latest,
            });
            if !more {
                complete = true;
                break;
            }
        }
        if !complete {
            return Err(SyncError::Protocol("the hub never stopped sending".into()).into());
        }
        if !doc.get_missing_deps(&[]).is_empty() {
            return Err(SyncError::Incomplete.into());
        }
        if cursor == 0 {
            return Err(SyncError::UnknownLogbook.into());
        }
        let doc = LogbookDoc::load(&doc.save()).map_err(|_| SyncError::BadPlaintext)?;
        let mut lb = Logbook::create_from(
            dir,
            passphrase,
            crate::keys::Argon2Params::default(),
            id,
            secret,
            doc,
        )?;
        lb.store_epochs(epochs)?;
        let heads = lb.doc.heads();
        state::set(&mut lb.store, state::CURSOR, &cursor.to_string())?;
        state::set(&mut lb.store, state::SNAPSHOT_COVERS, &covers.to_string())?;
        state::set(&mut lb.store, state::HUB_URL, hub.url())?;
        state::set(&mut lb.store, state::REGISTERED, hub.url())?;
        state::settle(&mut lb.store, &heads, now_ms())?;
        Ok(lb)
    }

    fn split_touched(&self, touched: &BTreeSet<EntryId>) -> Result<(Vec<Entry>, Vec<EntryId>)> {
        let mut upserted = Vec::new();
        let mut removed = Vec::new();
        for id in touched {
            match self.doc.entry(id)? {
                Some(e) => upserted.push(e),
                None => removed.push(*id),
            }
        }
        Ok((upserted, removed))
    }

    /// Goes back to what is on disk, dropping uncommitted in-memory state.
    fn reload(&mut self) -> Result<()> {
        let (bytes, _) = self.store.document_bytes()?;
        self.doc = LogbookDoc::load(&bytes)?;
        self.persisted = self.doc.heads();
        Ok(())
    }

    fn blob_id(keys: &super::SyncKeys, sha256_hex: &str) -> Result<[u8; 32]> {
        let digest = hex::decode(sha256_hex)
            .map_err(|_| Error::Internal("an evidence hash is not hex".into()))?;
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&keys.blob_id.0)
            .map_err(|_| Error::Internal("blob-id key".into()))?;
        mac.update(&digest);
        Ok(mac.finalize().into_bytes().into())
    }

    /// Uploads photos the hub lacks and fetches those this device lacks.
    fn sync_photos(
        &mut self,
        hub: &dyn Hub,
        keys: &super::SyncKeys,
        report: &mut SyncReport,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<()> {
        let mut refs = Vec::new();
        for e in self.doc.entries()? {
            for ev in e.evidence {
                if !refs
                    .iter()
                    .any(|r: &crate::model::EvidenceRef| r.sha256 == ev.sha256)
                {
                    refs.push(ev);
                }
            }
        }
        let mut work = Vec::new();
        for ev in refs {
            let local = self.store.evidence(&ev.sha256)?;
            let sent = state::blob_sent(&mut self.store, &ev.sha256)?;
            if local.is_none() || !sent {
                work.push((ev, local));
            }
        }
        let total = work.len() as u64;
        for (i, (ev, local)) in work.into_iter().enumerate() {
            let id = Self::blob_id(keys, &ev.sha256)?;
            match local {
                Some(stored) => {
                    let (epoch, key) = self.current_key()?;
                    let ad = seal::blob_ad(&self.id, &id, epoch);
                    let plaintext = blob_plaintext(&ev.sha256, &stored)?;
                    let sealed = seal::seal(&key, &ad, &plaintext)?;
                    // The epoch travels in front: the hub's path names only
                    // the blob.
                    let ct = [epoch.to_be_bytes().as_slice(), &sealed].concat();
                    hub.put_blob(&id, &ct)?;
                    state::mark_blob_sent(&mut self.store, &ev.sha256)?;
                    report.photos_sent += 1;
                }
                None => {
                    // A photo another device has not uploaded yet comes
                    // with a later sync.
                    let Some(ct) = hub.get_blob(&id)? else {
                        continue;
                    };
                    if ct.len() < 4 {
                        return Err(SyncError::Forged.into());
                    }
                    let (epoch, sealed) = ct.split_at(4);
                    let epoch = u32::from_be_bytes([epoch[0], epoch[1], epoch[2], epoch[3]]);
                    let key = self
                        .epoch_secrets(epoch)?
                        .ok_or(SyncError::UnknownEpoch { epoch })?
                        .0;
                    let ad = seal::blob_ad(&self.id, &id, epoch);
                    let plaintext = seal::open(&key, &ad, sealed)?;
                    let (photo, thumbnail) = open_blob(&plaintext, &ev.sha256)?;
                    self.store.put_evidence(
                        EvidenceRow {
                            sha256: &ev.sha256,
                            kind: &ev.kind,
                            mime: &ev.mime,
                            width: ev.width,
                            height: ev.height,
                            bytes: &photo,
                            thumbnail: thumbnail.as_deref(),
                        },
                        now_ms(),
                    )?;
                    state::mark_blob_sent(&mut self.store, &ev.sha256)?;
                    report.photos_received += 1;
                }
            }
            progress(Progress {
                phase: Phase::Photos,
                done: i as u64 + 1,
                total,
            });
        }
        Ok(())
    }

    /// Uploads a snapshot when many rows accumulated since the last one
    /// and this device has everything up to the hub's latest row.
    fn maybe_snapshot(
        &mut self,
        hub: &dyn Hub,
        device: [u8; 16],
        report: &mut SyncReport,
    ) -> Result<()> {
        let cursor = state::cursor(&self.store)?;
        let covered = state::snapshot_covers(&self.store)?;
        if cursor < covered + SNAPSHOT_EVERY || !state::outbox(&mut self.store)?.is_empty() {
            return Ok(());
        }
        let (epoch, key) = self.current_key()?;
        let saved = self.doc.save();
        let ad = seal::snapshot_ad(&self.id, &device, cursor, epoch);
        let ct = seal::seal(&key, &ad, &seal::encode_document(&saved))?;
        match hub.put_snapshot(&Snapshot {
            covers: cursor,
            device,
            epoch,
            ct,
        }) {
            Ok(()) => report.snapshot_sent = true,
            // Another device got there first with a newer one: fine.
            Err(SyncError::HubError { status: 409, .. }) => {}
            Err(e) => return Err(e.into()),
        }
        state::set(&mut self.store, state::SNAPSHOT_COVERS, &cursor.to_string())
    }
}

fn blob_plaintext(sha256_hex: &str, stored: &crate::store::StoredEvidence) -> Result<Vec<u8>> {
    use ciborium::Value;
    let digest = hex::decode(sha256_hex)
        .map_err(|_| Error::Internal("an evidence hash is not hex".into()))?;
    let mut fields = vec![
        (Value::Text("sha256".into()), Value::Bytes(digest)),
        (Value::Text("mime".into()), Value::Text(stored.mime.clone())),
        (
            Value::Text("photo".into()),
            Value::Bytes(stored.bytes.clone()),
        ),
    ];
    if let Some(t) = &stored.thumbnail {
        fields.push((Value::Text("thumbnail".into()), Value::Bytes(t.clone())));
    }
    let mut out = Vec::new();
    ciborium::into_writer(&Value::Map(fields), &mut out)
        .map_err(|e| Error::Internal(format!("encoding a photo: {e}")))?;
    Ok(out)
}

/// The photo and thumbnail of an opened blob, checked against the hash
/// the document gives for it.
fn open_blob(plaintext: &[u8], sha256_hex: &str) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
    use ciborium::Value;
    let v: Value = ciborium::from_reader(plaintext).map_err(|_| SyncError::BadPlaintext)?;
    let Value::Map(fields) = v else {
        return Err(SyncError::BadPlaintext.into());
    };
    let get = |name: &str| {
        fields.iter().find_map(|(k, v)| match (k, v) {
            (Value::Text(t), Value::Bytes(b)) if t == name => Some(b.clone()),
            _ => None,
        })
    };
    let photo = get("photo").ok_or(SyncError::BadPlaintext)?;
    if hex::encode(Sha256::digest(&photo)) != sha256_hex
        || get("sha256").map(hex::encode).as_deref() != Some(sha256_hex)
    {
        return Err(SyncError::Forged.into());
    }
    Ok((photo, get("thumbnail")))
}

/// The rows this device pushed during one sync, and the hub's `latest`
/// as its pushes saw it.
#[derive(Debug, Default)]
struct Own {
    rows: std::collections::BTreeSet<u64>,
    latest: u64,
}

/// A page of rows, opened and parsed, not yet applied.
struct OpenedPage {
    snapshot: Option<(Vec<u8>, u64)>,
    /// Rows that carry a whole document (§3.2, `0x03`).
    documents: Vec<Vec<u8>>,
    changes: Vec<Change>,
    hashes: Vec<String>,
    cursor: u64,
}

/// Opens every object of a page; the first that does not open or parse
/// fails the whole page (docs/sync-protocol.md §4.4).
fn open_page(
    id: &uuid::Uuid,
    key_for: &dyn Fn(u32) -> Result<[u8; 32]>,
    page: &Pulled,
    cursor: u64,
) -> Result<OpenedPage> {
    let mut out = OpenedPage {
        snapshot: None,
        documents: Vec::new(),
        changes: Vec::new(),
        hashes: Vec::new(),
        cursor,
    };
    if let Some(s) = &page.snapshot {
        let ad = seal::snapshot_ad(id, &s.device, s.covers, s.epoch);
        let plaintext = seal::open(&key_for(s.epoch)?, &ad, &s.ct)?;
        let saved = seal::decode_document(&plaintext)?.to_vec();
        out.cursor = out.cursor.max(s.covers);
        out.snapshot = Some((saved, s.covers));
    }
    for row in &page.rows {
        if row.server_seq <= out.cursor {
            return Err(SyncError::Protocol("rows out of order".into()).into());
        }
        let ad = seal::row_ad(id, &row.device, row.seq, row.epoch);
        let plaintext = seal::open(&key_for(row.epoch)?, &ad, &row.ct)?;
        if let Ok(saved) = seal::decode_document(&plaintext) {
            out.documents.push(saved.to_vec());
            out.cursor = row.server_seq;
            continue;
        }
        for raw in seal::decode_changes(&plaintext)? {
            let change = Change::from_bytes(raw).map_err(|_| SyncError::BadPlaintext)?;
            out.hashes.push(change.hash().to_string());
            out.changes.push(change);
        }
        out.cursor = row.server_seq;
    }
    Ok(out)
}

/// Where the box holding epoch `epoch`'s keys for a device lives:
/// SHA-256(`carnet/v1/box` ‖ logbook id ‖ device X25519 key ‖ BE32(epoch)).
fn envelope_address(logbook: &uuid::Uuid, device: &[u8; 32], epoch: u32) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"carnet/v1/box");
    h.update(logbook.as_bytes());
    h.update(device);
    h.update(epoch.to_be_bytes());
    h.finalize().into()
}

fn envelope_ad(logbook: &uuid::Uuid, epoch: u32) -> Vec<u8> {
    [
        b"carnet-epoch/v1\0".as_slice(),
        logbook.as_bytes(),
        &epoch.to_be_bytes(),
    ]
    .concat()
}
