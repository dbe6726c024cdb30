//! The replicated logbook document (Automerge), format `carnet-logbook` v1.
//!
//! Layout (docs/storage.md): root map with `format`, `version`, `profile`
//! (map) and `entries` (map keyed by entry UUID). Every field is a scalar
//! string, so concurrent edits resolve per field by last-writer-wins and
//! the losing values stay readable as conflicts. Sets (stages, evidence)
//! are maps whose keys are the members, so concurrent additions merge.

use std::collections::{BTreeMap, BTreeSet};

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ChangeHash, ObjId, ObjType, ReadDoc, ScalarValue, Value, ROOT};

use crate::error::{Error, Result};
use crate::model::{
    Entry, EntryId, EvidenceRef, Field, Kind, LanguageSkills, Profile, ProfilePatch, Stage,
};

pub const DOC_FORMAT: &str = "carnet-logbook";
pub const DOC_VERSION: u64 = 1;

/// The logbook as an Automerge document.
#[derive(Debug)]
pub struct LogbookDoc {
    doc: AutoCommit,
}

fn internal(e: automerge::AutomergeError) -> Error {
    Error::Internal(format!("logbook document: {e}"))
}

fn damaged(reason: impl Into<String>) -> Error {
    Error::DamagedDatabase {
        reason: reason.into(),
    }
}

fn as_str(v: &Value<'_>) -> Option<String> {
    match v {
        Value::Scalar(s) => match s.as_ref() {
            ScalarValue::Str(s) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn as_i64(v: &Value<'_>) -> Option<i64> {
    match v {
        Value::Scalar(s) => match s.as_ref() {
            ScalarValue::Timestamp(t) | ScalarValue::Int(t) => Some(*t),
            ScalarValue::Uint(u) => i64::try_from(*u).ok(),
            _ => None,
        },
        _ => None,
    }
}

impl LogbookDoc {
    /// A new, empty logbook.
    pub fn new() -> Result<LogbookDoc> {
        let mut doc = AutoCommit::new();
        doc.put(ROOT, "format", DOC_FORMAT).map_err(internal)?;
        doc.put(ROOT, "version", DOC_VERSION).map_err(internal)?;
        doc.put_object(ROOT, "profile", ObjType::Map)
            .map_err(internal)?;
        doc.put_object(ROOT, "entries", ObjType::Map)
            .map_err(internal)?;
        Ok(LogbookDoc { doc })
    }

    /// Loads saved bytes (a snapshot, change chunks, or both concatenated).
    pub fn load(bytes: &[u8]) -> Result<LogbookDoc> {
        let doc = AutoCommit::load(bytes).map_err(|e| damaged(format!("logbook document: {e}")))?;
        let d = LogbookDoc { doc };
        match d.doc.get(ROOT, "format") {
            Ok(Some((v, _))) if as_str(&v).as_deref() == Some(DOC_FORMAT) => {}
            _ => return Err(damaged("not a Carnet logbook document")),
        }
        let version = d
            .doc
            .get(ROOT, "version")
            .ok()
            .flatten()
            .and_then(|(v, _)| as_i64(&v))
            .unwrap_or(0);
        if version as u64 > DOC_VERSION {
            return Err(Error::TooNew {
                what: "document",
                found: version as u64,
            });
        }
        d.entries_obj()?;
        d.profile_obj()?;
        Ok(d)
    }

    /// Applies more saved bytes (a chunk from the store or a peer); loading
    /// the same changes twice is harmless.
    pub fn load_incremental(&mut self, bytes: &[u8]) -> Result<()> {
        self.doc
            .load_incremental(bytes)
            .map_err(|e| damaged(format!("logbook changes: {e}")))?;
        Ok(())
    }

    pub fn heads(&mut self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Everything since `heads`, as one chunk to append to the store.
    pub fn save_after(&mut self, heads: &[ChangeHash]) -> Vec<u8> {
        self.doc.save_after(heads)
    }

    /// A compact snapshot of the whole document.
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// Merges another copy in; both sets of edits survive.
    pub fn merge(&mut self, other: &mut LogbookDoc) -> Result<()> {
        self.doc.merge(&mut other.doc).map_err(internal)?;
        Ok(())
    }

    /// The changes not covered by `have` (causal order), as the sync engine
    /// uploads them.
    pub fn changes_since(&mut self, have: &[ChangeHash]) -> Vec<automerge::Change> {
        self.doc.get_changes(have)
    }

    /// Applies changes received from the hub. Changes whose dependencies are
    /// missing are reported, not silently queued: the caller must not move
    /// its cursor past them.
    pub fn apply_changes(&mut self, changes: Vec<automerge::Change>) -> Result<Vec<ChangeHash>> {
        self.doc
            .apply_changes(changes)
            .map_err(|e| damaged(format!("logbook changes: {e}")))?;
        Ok(self.doc.get_missing_deps(&[]))
    }

    /// Entries whose content differs between two states of the document
    /// (added, edited or removed), so that only they are re-indexed.
    pub fn touched_entries(
        &mut self,
        before: &[ChangeHash],
        after: &[ChangeHash],
    ) -> Result<BTreeSet<EntryId>> {
        let entries = self.entries_obj()?;
        let mut out = BTreeSet::new();
        for patch in self.doc.diff(before, after) {
            let key = if patch.obj == entries {
                match &patch.action {
                    automerge::PatchAction::PutMap { key, .. }
                    | automerge::PatchAction::DeleteMap { key } => Some(key.clone()),
                    _ => None,
                }
            } else {
                match patch.path.get(1) {
                    Some((obj, automerge::Prop::Map(key))) if *obj == entries => Some(key.clone()),
                    _ => None,
                }
            };
            if let Some(id) = key.and_then(|k| k.parse::<EntryId>().ok()) {
                out.insert(id);
            }
        }
        Ok(out)
    }

    /// An independent copy (used by tests and the sync engine).
    pub fn fork(&mut self) -> LogbookDoc {
        LogbookDoc {
            doc: self.doc.fork(),
        }
    }

    fn map_at(&self, key: &str) -> Result<ObjId> {
        match self.doc.get(ROOT, key) {
            Ok(Some((Value::Object(ObjType::Map), id))) => Ok(id),
            _ => Err(damaged(format!("logbook document has no `{key}` map"))),
        }
    }

    fn entries_obj(&self) -> Result<ObjId> {
        self.map_at("entries")
    }

    fn profile_obj(&self) -> Result<ObjId> {
        self.map_at("profile")
    }

    /// The map of a visible entry (not removed, or removed while another
    /// device was editing it: see [`Self::removed`]).
    fn entry_obj(&self, id: &EntryId) -> Result<Option<ObjId>> {
        let entries = self.entries_obj()?;
        Ok(match self.doc.get(&entries, id.to_string()) {
            Ok(Some((Value::Object(ObjType::Map), obj))) if !self.removed(&obj) => Some(obj),
            _ => None,
        })
    }

    /// Whether an entry is removed. Removing writes `removed` and
    /// `modified`; an edit made on another device at the same time (before
    /// the two synced) also writes `modified`, so `modified` then holds more
    /// concurrent values than `removed` does, and the entry stays: an edit
    /// wins over a removal, so that nobody's work is lost without them
    /// seeing it. Two removals at once leave it removed.
    fn removed(&self, obj: &ObjId) -> bool {
        let count = |key: &str| self.doc.get_all(obj, key).map(|v| v.len()).unwrap_or(0);
        let removals = count("removed");
        removals > 0 && count("modified") <= removals
    }

    fn child_map(&mut self, parent: &ObjId, key: &str) -> Result<ObjId> {
        match self.doc.get(parent, key) {
            Ok(Some((Value::Object(ObjType::Map), obj))) => Ok(obj),
            _ => self
                .doc
                .put_object(parent, key, ObjType::Map)
                .map_err(internal),
        }
    }

    fn put_str_or_clear(&mut self, obj: &ObjId, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) => self.doc.put(obj, key, v).map_err(internal)?,
            None => {
                if self.doc.get(obj, key).map_err(internal)?.is_some() {
                    self.doc.delete(obj, key).map_err(internal)?;
                }
            }
        }
        Ok(())
    }

    fn set_stages(&mut self, obj: &ObjId, value: Option<&str>) -> Result<()> {
        let wanted: BTreeSet<String> = value
            .unwrap_or_default()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let stages = self.child_map(obj, "stages")?;
        let present: Vec<String> = self.doc.keys(&stages).collect();
        for k in present.iter().filter(|k| !wanted.contains(*k)) {
            self.doc.delete(&stages, k.as_str()).map_err(internal)?;
        }
        for k in wanted.iter().filter(|k| !present.contains(*k)) {
            self.doc.put(&stages, k.as_str(), true).map_err(internal)?;
        }
        Ok(())
    }

    fn set_field(&mut self, obj: &ObjId, field: Field, value: Option<&str>) -> Result<()> {
        match field {
            Field::Stages => self.set_stages(obj, value),
            _ => self.put_str_or_clear(obj, field.key(), value),
        }
    }

    fn commit(&mut self, message: &str, now_ms: i64) {
        self.doc.commit_with(
            automerge::transaction::CommitOptions::default()
                .with_message(message.to_string())
                .with_time(now_ms / 1000),
        );
    }

    /// Writes this device's record (`device:<id hex>` at the root, one key
    /// per device, so that no two devices ever create the same object).
    pub fn put_device(
        &mut self,
        id_hex: &str,
        name: &str,
        x25519_hex: &str,
        now_ms: i64,
    ) -> Result<()> {
        let key = format!("device:{id_hex}");
        let obj = match self.doc.get(ROOT, key.as_str()) {
            Ok(Some((Value::Object(ObjType::Map), obj))) => obj,
            _ => {
                let obj = self
                    .doc
                    .put_object(ROOT, key.as_str(), ObjType::Map)
                    .map_err(internal)?;
                self.doc
                    .put(&obj, "added", ScalarValue::Timestamp(now_ms))
                    .map_err(internal)?;
                obj
            }
        };
        self.doc.put(&obj, "name", name).map_err(internal)?;
        self.doc.put(&obj, "x25519", x25519_hex).map_err(internal)?;
        self.commit("device", now_ms);
        Ok(())
    }

    /// Marks a device removed (its record stays, so the removal syncs).
    pub fn remove_device(&mut self, id_hex: &str, now_ms: i64) -> Result<()> {
        let key = format!("device:{id_hex}");
        let Ok(Some((Value::Object(ObjType::Map), obj))) = self.doc.get(ROOT, key.as_str()) else {
            return Err(Error::NotFound(id_hex.to_string()));
        };
        self.doc
            .put(&obj, "removed", ScalarValue::Timestamp(now_ms))
            .map_err(internal)?;
        self.commit("remove device", now_ms);
        Ok(())
    }

    /// Every device that ever synced this logbook, removed ones included.
    pub fn devices(&self) -> Vec<crate::sync::DeviceRecord> {
        let mut out = Vec::new();
        for item in self.doc.map_range(ROOT, ..) {
            let Some(id) = item.key.strip_prefix("device:") else {
                continue;
            };
            if !matches!(item.value, automerge::ValueRef::Object(ObjType::Map)) {
                continue;
            }
            let obj = item.id();
            out.push(crate::sync::DeviceRecord {
                id: id.to_string(),
                name: self.read_str(&obj, "name").unwrap_or_default(),
                x25519: self.read_str(&obj, "x25519").unwrap_or_default(),
                added: self.read_i64(&obj, "added").unwrap_or(0),
                removed: self.read_i64(&obj, "removed"),
            });
        }
        out
    }

    /// Adds an entry with already validated field values.
    pub fn add_entry(
        &mut self,
        id: EntryId,
        kind: Kind,
        fields: &BTreeMap<Field, String>,
        created_ms: i64,
        modified_ms: i64,
    ) -> Result<()> {
        let entries = self.entries_obj()?;
        let obj = self
            .doc
            .put_object(&entries, id.to_string(), ObjType::Map)
            .map_err(internal)?;
        self.doc
            .put(&obj, "kind", kind.as_str())
            .map_err(internal)?;
        for (field, value) in fields {
            self.set_field(&obj, *field, Some(value))?;
        }
        self.doc
            .put(&obj, "created", ScalarValue::Timestamp(created_ms))
            .map_err(internal)?;
        self.doc
            .put(&obj, "modified", ScalarValue::Timestamp(modified_ms))
            .map_err(internal)?;
        self.commit("add entry", modified_ms);
        Ok(())
    }

    /// Changes fields of an entry in place: only the named fields are
    /// written, so a concurrent edit of another field on another device
    /// survives the merge.
    pub fn edit_entry(
        &mut self,
        id: &EntryId,
        changes: &[(Field, Option<String>)],
        now_ms: i64,
    ) -> Result<()> {
        let obj = self
            .entry_obj(id)?
            .ok_or_else(|| Error::NotFound(id.to_string()))?;
        for (field, value) in changes {
            self.set_field(&obj, *field, value.as_deref())?;
        }
        self.doc
            .put(&obj, "modified", ScalarValue::Timestamp(now_ms))
            .map_err(internal)?;
        // Editing an entry that came back after a removal elsewhere keeps
        // it: the person has seen it and still wants it.
        if self.doc.get(&obj, "removed").ok().flatten().is_some() {
            self.doc.delete(&obj, "removed").map_err(internal)?;
        }
        self.commit("edit entry", now_ms);
        Ok(())
    }

    /// Deletes an entry. A concurrent edit on another device writes into
    /// the entry's own map, not the `entries` key, so the deletion wins.
    pub fn remove_entry(&mut self, id: &EntryId, now_ms: i64) -> Result<()> {
        let obj = self
            .entry_obj(id)?
            .ok_or_else(|| Error::NotFound(id.to_string()))?;
        self.doc
            .put(&obj, "removed", ScalarValue::Timestamp(now_ms))
            .map_err(internal)?;
        self.doc
            .put(&obj, "modified", ScalarValue::Timestamp(now_ms))
            .map_err(internal)?;
        self.commit("remove entry", now_ms);
        Ok(())
    }

    /// Records evidence on an entry (the bytes live in the store).
    /// `modified` is `None` when an import carries the entry's own time.
    pub fn add_evidence(
        &mut self,
        id: &EntryId,
        ev: &EvidenceRef,
        modified: Option<i64>,
    ) -> Result<()> {
        let obj = self
            .entry_obj(id)?
            .ok_or_else(|| Error::NotFound(id.to_string()))?;
        let evidence = self.child_map(&obj, "evidence")?;
        let item = self
            .doc
            .put_object(&evidence, ev.sha256.as_str(), ObjType::Map)
            .map_err(internal)?;
        self.doc
            .put(&item, "kind", ev.kind.as_str())
            .map_err(internal)?;
        self.doc
            .put(&item, "mime", ev.mime.as_str())
            .map_err(internal)?;
        self.doc
            .put(&item, "width", i64::from(ev.width))
            .map_err(internal)?;
        self.doc
            .put(&item, "height", i64::from(ev.height))
            .map_err(internal)?;
        self.doc
            .put(&item, "added", ScalarValue::Timestamp(ev.added))
            .map_err(internal)?;
        self.touch(&obj, modified)?;
        self.commit("attach evidence", modified.unwrap_or(ev.added));
        Ok(())
    }

    /// Takes evidence off an entry. A concurrent addition of the same
    /// file on another device puts the key back when the changes merge.
    pub fn remove_evidence(&mut self, id: &EntryId, sha256: &str, now_ms: i64) -> Result<()> {
        let obj = self
            .entry_obj(id)?
            .ok_or_else(|| Error::NotFound(id.to_string()))?;
        let evidence = self.child_map(&obj, "evidence")?;
        if self.doc.get(&evidence, sha256).ok().flatten().is_none() {
            return Err(Error::NotFound(sha256.to_string()));
        }
        self.doc.delete(&evidence, sha256).map_err(internal)?;
        self.touch(&obj, Some(now_ms))?;
        self.commit("remove evidence", now_ms);
        Ok(())
    }

    /// Stores a credential under an entry. Keyed by its id, so receiving the
    /// same credential on two devices merges into one.
    pub fn add_endorsement(
        &mut self,
        id: &EntryId,
        credential_id: &str,
        bytes: &[u8],
        modified: Option<i64>,
    ) -> Result<()> {
        let obj = self
            .entry_obj(id)?
            .ok_or_else(|| Error::NotFound(id.to_string()))?;
        let endorsements = self.child_map(&obj, "endorsements")?;
        self.doc
            .put(
                &endorsements,
                credential_id,
                ScalarValue::Bytes(bytes.to_vec()),
            )
            .map_err(internal)?;
        self.touch(&obj, modified)?;
        self.commit("receive endorsement", modified.unwrap_or(0));
        Ok(())
    }

    fn touch(&mut self, obj: &ObjId, modified: Option<i64>) -> Result<()> {
        if let Some(t) = modified {
            self.doc
                .put(obj, "modified", ScalarValue::Timestamp(t))
                .map_err(internal)?;
        }
        Ok(())
    }

    fn read_str(&self, obj: &ObjId, key: &str) -> Option<String> {
        self.doc
            .get(obj, key)
            .ok()
            .flatten()
            .and_then(|(v, _)| as_str(&v))
    }

    fn read_i64(&self, obj: &ObjId, key: &str) -> Option<i64> {
        self.doc
            .get(obj, key)
            .ok()
            .flatten()
            .and_then(|(v, _)| as_i64(&v))
    }

    /// Values of `key` that lost a concurrent write, so a person can see
    /// what the other device typed.
    fn losers(&self, obj: &ObjId, key: &str) -> Vec<String> {
        let all = self.doc.get_all(obj, key).unwrap_or_default();
        if all.len() < 2 {
            return Vec::new();
        }
        let winner = self.read_str(obj, key);
        let mut out: Vec<String> = all
            .iter()
            .filter_map(|(v, _)| as_str(v))
            .filter(|v| Some(v) != winner.as_ref())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Reads an entry in one pass over its map: a person's logbook may
    /// hold thousands, and search and export read many at once.
    fn read_entry(&self, id: EntryId, obj: &ObjId) -> Option<Entry> {
        use automerge::{ScalarValueRef, ValueRef};
        if self.removed(obj) {
            return None;
        }
        let mut strings: BTreeMap<String, String> = BTreeMap::new();
        let mut times: BTreeMap<String, i64> = BTreeMap::new();
        let mut conflicted = Vec::new();
        let (mut stages_obj, mut evidence_obj, mut endorsements_obj) = (None, None, None);
        for item in self.doc.map_range(obj, ..) {
            if item.conflict {
                conflicted.push(item.key.to_string());
            }
            match &item.value {
                ValueRef::Scalar(ScalarValueRef::Str(v)) => {
                    strings.insert(item.key.to_string(), v.to_string());
                }
                ValueRef::Scalar(ScalarValueRef::Timestamp(t) | ScalarValueRef::Int(t)) => {
                    times.insert(item.key.to_string(), *t);
                }
                ValueRef::Object(ObjType::Map) if item.key == "stages" => {
                    stages_obj = Some(item.id());
                }
                ValueRef::Object(ObjType::Map) if item.key == "evidence" => {
                    evidence_obj = Some(item.id());
                }
                ValueRef::Object(ObjType::Map) if item.key == "endorsements" => {
                    endorsements_obj = Some(item.id());
                }
                _ => {}
            }
        }
        let kind: Kind = strings.get("kind")?.parse().ok()?;
        let stages = stages_obj
            .map(|st| {
                self.doc
                    .keys(&st)
                    .filter_map(|k| k.parse::<Stage>().ok())
                    .collect()
            })
            .unwrap_or_default();
        let mut evidence = Vec::new();
        if let Some(ev) = evidence_obj {
            for sha in self.doc.keys(&ev) {
                if let Ok(Some((Value::Object(ObjType::Map), item))) = self.doc.get(&ev, &sha) {
                    evidence.push(EvidenceRef {
                        kind: self.read_str(&item, "kind").unwrap_or_default(),
                        mime: self.read_str(&item, "mime").unwrap_or_default(),
                        width: self.read_i64(&item, "width").unwrap_or(0) as u32,
                        height: self.read_i64(&item, "height").unwrap_or(0) as u32,
                        added: self.read_i64(&item, "added").unwrap_or(0),
                        sha256: sha,
                    });
                }
            }
        }
        let mut endorsements = BTreeMap::new();
        if let Some(en) = endorsements_obj {
            for item in self.doc.map_range(&en, ..) {
                if let ValueRef::Scalar(ScalarValueRef::Bytes(b)) = &item.value {
                    endorsements.insert(item.key.to_string(), b.to_vec());
                }
            }
        }
        let mut conflicts = BTreeMap::new();
        for key in &conflicted {
            if let Some(f) = Field::ALL.iter().find(|f| f.key() == key) {
                let l = self.losers(obj, f.key());
                if !l.is_empty() {
                    conflicts.insert(f.key(), l);
                }
            }
        }
        if let Some(when) = times.get("removed") {
            // Removed on one device while edited on another: shown, with a
            // note saying so.
            conflicts.insert("removed", vec![when.to_string()]);
        }
        let mut s = |f: Field| strings.remove(f.key());
        Some(Entry {
            id,
            kind,
            title: s(Field::Title).unwrap_or_default(),
            description: s(Field::Description),
            written_in: s(Field::WrittenIn),
            esco: s(Field::Esco),
            isco: s(Field::Isco),
            level: s(Field::Level),
            eqf: s(Field::Eqf),
            organisation: s(Field::Organisation),
            place: s(Field::Place),
            country: s(Field::Country),
            from: s(Field::From),
            to: s(Field::To),
            context: s(Field::Context).and_then(|c| c.parse().ok()),
            stages,
            evidence,
            endorsements,
            created: times.get("created").copied().unwrap_or(0),
            modified: times.get("modified").copied().unwrap_or(0),
            conflicts,
        })
    }

    pub fn entry(&self, id: &EntryId) -> Result<Option<Entry>> {
        Ok(self
            .entry_obj(id)?
            .and_then(|obj| self.read_entry(*id, &obj)))
    }

    /// Every entry, in id order. Entries whose map is unreadable (written
    /// by a newer version with an unknown kind) are skipped, not fatal.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        let entries = self.entries_obj()?;
        let mut out = Vec::new();
        for (key, value, obj) in self.doc.map_range(&entries, ..).map(|i| {
            let id = i.id();
            (i.key, i.value, id)
        }) {
            if !matches!(value, automerge::ValueRef::Object(ObjType::Map)) {
                continue;
            }
            if let Ok(id) = key.parse::<EntryId>() {
                if let Some(e) = self.read_entry(id, &obj) {
                    out.push(e);
                }
            }
        }
        out.sort_by_key(|e| e.id);
        Ok(out)
    }

    /// Ids of entries, for resolving a typed prefix.
    pub fn entry_ids(&self) -> Result<Vec<EntryId>> {
        let entries = self.entries_obj()?;
        Ok(self
            .doc
            .map_range(&entries, ..)
            .filter(|i| matches!(i.value, automerge::ValueRef::Object(ObjType::Map)))
            .filter(|i| !self.removed(&i.id()))
            .filter_map(|i| i.key.parse().ok())
            .collect())
    }

    pub fn profile(&self) -> Result<Profile> {
        let p = self.profile_obj()?;
        let mut languages = BTreeMap::new();
        if let Ok(Some((Value::Object(ObjType::Map), langs))) = self.doc.get(&p, "languages") {
            for tag in self.doc.keys(&langs) {
                if let Ok(Some((Value::Object(ObjType::Map), l))) = self.doc.get(&langs, &tag) {
                    let mother_tongue = matches!(
                        self.doc.get(&l, "mother_tongue"),
                        Ok(Some((Value::Scalar(s), _))) if matches!(s.as_ref(), ScalarValue::Boolean(true))
                    );
                    let levels = crate::model::CEFR_SKILLS
                        .iter()
                        .filter_map(|k| self.read_str(&l, k).map(|v| (k.to_string(), v)))
                        .collect();
                    languages.insert(
                        tag,
                        LanguageSkills {
                            mother_tongue,
                            levels,
                        },
                    );
                }
            }
        }
        Ok(Profile {
            display_name: self.read_str(&p, "display_name"),
            birth_date: self.read_str(&p, "birth_date"),
            origin_country: self.read_str(&p, "origin_country"),
            current_country: self.read_str(&p, "current_country"),
            contact: self.read_str(&p, "contact"),
            languages,
        })
    }

    /// Applies a profile change, field by field.
    pub fn update_profile(&mut self, patch: &ProfilePatch, now_ms: i64) -> Result<()> {
        let (scalars, langs, removed) = patch.validate()?;
        let p = self.profile_obj()?;
        for (key, value) in &scalars {
            self.put_str_or_clear(&p, key, value.as_deref())?;
        }
        if !langs.is_empty() || !removed.is_empty() {
            let languages = self.child_map(&p, "languages")?;
            for tag in &removed {
                if self
                    .doc
                    .get(&languages, tag.as_str())
                    .map_err(internal)?
                    .is_some()
                {
                    self.doc
                        .delete(&languages, tag.as_str())
                        .map_err(internal)?;
                }
            }
            for (tag, mother, levels) in &langs {
                let l = self.child_map(&languages, tag)?;
                if let Some(m) = mother {
                    self.doc.put(&l, "mother_tongue", *m).map_err(internal)?;
                }
                for (skill, level) in levels {
                    self.put_str_or_clear(&l, skill, level.as_deref())?;
                }
            }
        }
        self.commit("update profile", now_ms);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(Field, &str)]) -> BTreeMap<Field, String> {
        pairs.iter().map(|(f, v)| (*f, v.to_string())).collect()
    }

    #[test]
    fn concurrent_edits_to_different_fields_both_survive() {
        let mut a = LogbookDoc::new().expect("new");
        let id = EntryId::random();
        a.add_entry(
            id,
            Kind::Skill,
            &fields(&[(Field::Title, "Welding")]),
            1000,
            1000,
        )
        .expect("add");
        let mut b = a.fork();
        a.edit_entry(&id, &[(Field::Level, Some("expert".into()))], 2000)
            .expect("edit a");
        b.edit_entry(&id, &[(Field::Country, Some("SY".into()))], 2000)
            .expect("edit b");
        a.merge(&mut b).expect("merge");
        let e = a.entry(&id).expect("read").expect("present");
        assert_eq!(e.level.as_deref(), Some("expert"));
        assert_eq!(e.country.as_deref(), Some("SY"));
    }

    #[test]
    fn conflicting_writes_keep_the_loser_readable() {
        let mut a = LogbookDoc::new().expect("new");
        let id = EntryId::random();
        a.add_entry(
            id,
            Kind::Skill,
            &fields(&[(Field::Title, "Cook")]),
            1000,
            1000,
        )
        .expect("add");
        let mut b = a.fork();
        a.edit_entry(&id, &[(Field::Title, Some("Chef".into()))], 2000)
            .expect("a");
        b.edit_entry(&id, &[(Field::Title, Some("Head cook".into()))], 2000)
            .expect("b");
        a.merge(&mut b).expect("merge");
        let e = a.entry(&id).expect("read").expect("present");
        let loser = e.conflicts.get("title").expect("conflict kept");
        assert_eq!(loser.len(), 1);
        let both: BTreeSet<String> = [e.title.clone(), loser[0].clone()].into();
        assert_eq!(
            both,
            BTreeSet::from(["Chef".to_string(), "Head cook".to_string()])
        );
    }

    #[test]
    fn an_edit_wins_over_a_concurrent_removal_and_says_so() {
        let mut a = LogbookDoc::new().expect("new");
        let id = EntryId::random();
        a.add_entry(
            id,
            Kind::Skill,
            &fields(&[(Field::Title, "Driving")]),
            1000,
            1000,
        )
        .expect("add");
        let mut b = a.fork();
        a.remove_entry(&id, 2000).expect("remove");
        b.edit_entry(&id, &[(Field::Level, Some("basic".into()))], 2000)
            .expect("edit");
        a.merge(&mut b).expect("merge");
        b.merge(&mut a).expect("merge back");
        for doc in [&a, &b] {
            let e = doc
                .entry(&id)
                .expect("read")
                .expect("the edited entry is kept");
            assert_eq!(e.level.as_deref(), Some("basic"));
            assert!(e.conflicts.contains_key("removed"), "the removal is shown");
            assert_eq!(doc.entry_ids().expect("ids"), vec![id]);
        }
        // Removing it again, now that both edits are known, removes it.
        a.remove_entry(&id, 3000).expect("remove again");
        b.merge(&mut a).expect("merge");
        assert!(b.entry(&id).expect("read").is_none());
        assert!(b.entries().expect("entries").is_empty());
    }

    #[test]
    fn an_entry_kept_after_a_removal_stays_when_edited_again() {
        let mut a = LogbookDoc::new().expect("new");
        let id = EntryId::random();
        a.add_entry(id, Kind::Skill, &fields(&[(Field::Title, "Tiling")]), 1, 1)
            .expect("add");
        let mut b = a.fork();
        a.remove_entry(&id, 2).expect("remove");
        b.edit_entry(&id, &[(Field::Title, Some("Floor tiling".into()))], 2)
            .expect("edit");
        a.merge(&mut b).expect("merge");
        // The person edits the entry that came back: it no longer carries
        // the removal, so it stays after every later merge.
        a.edit_entry(&id, &[(Field::Level, Some("expert".into()))], 3)
            .expect("edit");
        b.merge(&mut a).expect("merge");
        let e = b.entry(&id).expect("read").expect("kept");
        assert_eq!(e.title, "Floor tiling");
        assert!(!e.conflicts.contains_key("removed"));
    }

    #[test]
    fn two_removals_at_once_remove() {
        let mut a = LogbookDoc::new().expect("new");
        let id = EntryId::random();
        a.add_entry(id, Kind::Skill, &fields(&[(Field::Title, "Cooking")]), 1, 1)
            .expect("add");
        let mut b = a.fork();
        a.remove_entry(&id, 2).expect("remove");
        b.remove_entry(&id, 2).expect("remove");
        a.merge(&mut b).expect("merge");
        assert!(a.entry(&id).expect("read").is_none());
    }

    #[test]
    fn saved_bytes_round_trip_and_reject_other_documents() {
        let mut a = LogbookDoc::new().expect("new");
        let id = EntryId::random();
        a.add_entry(
            id,
            Kind::Language,
            &fields(&[(Field::Title, "German"), (Field::Stages, "arrival,career")]),
            5,
            5,
        )
        .expect("add");
        let bytes = a.save();
        let b = LogbookDoc::load(&bytes).expect("load");
        assert_eq!(b.entries().expect("entries"), a.entries().expect("entries"));
        let mut other = AutoCommit::new();
        other.put(ROOT, "format", "something-else").expect("put");
        assert!(matches!(
            LogbookDoc::load(&other.save()),
            Err(Error::DamagedDatabase { .. })
        ));
        assert!(matches!(
            LogbookDoc::load(&bytes[..bytes.len() / 2]),
            Err(Error::DamagedDatabase { .. })
        ));
    }
}
