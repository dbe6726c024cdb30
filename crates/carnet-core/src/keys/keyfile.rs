//! The key file: the logbook secret wrapped by one or more slots.
//!
//! Format `carnet-keyfile` version 1 (docs/storage.md): JSON with a list of
//! slots; a reader skips slot types it does not know and keeps them when it
//! rewrites the file, so platform-keystore and recovery-sheet slots can be
//! added without a format break.
//!
//! Two slot types are known: `"passphrase"` (Argon2id of the passphrase)
//! and `"recovery"` (Argon2id of the passphrase combined with the 16-byte
//! code printed on a recovery sheet, docs/storage.md §2).

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::secret::LogbookSecret;
use crate::error::{Error, Result};
use crate::fsutil::write_atomically;
use crate::model::InputError;

pub const KEYFILE_NAME: &str = "logbook.key";
pub const KEYFILE_FORMAT: &str = "carnet-keyfile";
pub const KEYFILE_VERSION: u64 = 1;
/// A 6-digit PIN is the shortest secret allowed; the platform keystore and
/// the unlock back-off carry the rest of the protection (docs/threat-model.md).
pub const MIN_PASSPHRASE_CHARS: usize = 6;

const SLOT_PASSPHRASE: &str = "passphrase";
/// The slot type of a recovery sheet (docs/storage.md §2, recovery slot).
pub const SLOT_RECOVERY: &str = "recovery";
/// Length of the code printed on a recovery sheet.
pub const SHEET_CODE_LEN: usize = 16;
const RECOVERY_KEK_INFO: &[u8] = b"carnet/v1/recovery-kek";
const AAD_PREFIX: &[u8] = b"carnet-keyfile/v1";
const CHECK_PREFIX: &[u8] = b"carnet-keyfile/v1/slot-check";

/// Argon2id cost, stored in each slot so it can be raised later without a
/// format change. The floor is OWASP's minimum for Argon2id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Argon2Params {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Argon2Params {
    pub const MIN: Argon2Params = Argon2Params {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };
    /// Above this a slot is treated as damaged rather than hanging a phone.
    const MAX_MEMORY_KIB: u32 = 1024 * 1024;
    const MAX_ITERATIONS: u32 = 64;

    fn acceptable(&self) -> bool {
        self.memory_kib >= Self::MIN.memory_kib
            && self.memory_kib <= Self::MAX_MEMORY_KIB
            && self.iterations >= Self::MIN.iterations
            && self.iterations <= Self::MAX_ITERATIONS
            && (1..=16).contains(&self.parallelism)
    }
}

impl Default for Argon2Params {
    fn default() -> Self {
        Self::MIN
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct KdfFields {
    algorithm: String,
    version: u32,
    #[serde(flatten)]
    params: Argon2Params,
    salt: String,
}

/// The JSON of a passphrase or recovery slot: both have the same fields
/// and differ in how the KEK is made from the Argon2id output.
#[derive(Debug, Serialize, Deserialize)]
struct WrapSlot {
    #[serde(rename = "type")]
    kind: String,
    kdf: KdfFields,
    cipher: String,
    nonce: String,
    wrapped_secret: String,
    check: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct KeyFileJson {
    format: String,
    version: u64,
    logbook_id: uuid::Uuid,
    slots: Vec<Value>,
}

/// A parsed key file. Holding one proves nothing; [`KeyFile::unlock`]
/// with the right passphrase yields the secret.
#[derive(Debug)]
pub struct KeyFile {
    logbook_id: uuid::Uuid,
    slots: Vec<Value>,
}

fn damaged(reason: impl Into<String>) -> Error {
    Error::DamagedKeyFile {
        reason: reason.into(),
    }
}

/// Unicode passphrases typed on two keyboards can differ in composition;
/// NFC makes "é" one code point everywhere.
fn normalize(passphrase: &str) -> Zeroizing<String> {
    Zeroizing::new(passphrase.nfc().collect())
}

fn kek(passphrase: &str, salt: &[u8], p: &Argon2Params) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(p.memory_kib, p.iterations, p.parallelism, Some(32))
        .map_err(|e| damaged(format!("Argon2 parameters: {e}")))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(normalize(passphrase).as_bytes(), salt, out.as_mut())
        .map_err(|e| damaged(format!("Argon2: {e}")))?;
    Ok(out)
}

/// What a slot's key-encryption key is made of besides the passphrase.
#[derive(Clone, Copy)]
enum Kind<'a> {
    Passphrase,
    Recovery(&'a [u8; SHEET_CODE_LEN]),
}

impl Kind<'_> {
    fn name(&self) -> &'static str {
        match self {
            Kind::Passphrase => SLOT_PASSPHRASE,
            Kind::Recovery(_) => SLOT_RECOVERY,
        }
    }

    /// The KEK: Argon2id of the passphrase, and for a recovery slot
    /// HKDF-SHA256(IKM = that ‖ sheet code, no salt, info
    /// `carnet/v1/recovery-kek`), so neither the sheet nor the passphrase
    /// alone opens it.
    fn kek(&self, passphrase: &str, salt: &[u8], p: &Argon2Params) -> Result<Zeroizing<[u8; 32]>> {
        let stretched = kek(passphrase, salt, p)?;
        match self {
            Kind::Passphrase => Ok(stretched),
            Kind::Recovery(code) => {
                let mut ikm = Zeroizing::new([0u8; 32 + SHEET_CODE_LEN]);
                ikm[..32].copy_from_slice(stretched.as_ref());
                ikm[32..].copy_from_slice(code.as_slice());
                let mut out = Zeroizing::new([0u8; 32]);
                hkdf::Hkdf::<Sha256>::new(None, ikm.as_ref())
                    .expand(RECOVERY_KEK_INFO, out.as_mut())
                    .map_err(|_| Error::Internal("HKDF output length".into()))?;
                Ok(out)
            }
        }
    }
}

fn aad(logbook_id: &uuid::Uuid, kind: &str) -> Vec<u8> {
    let mut v = AAD_PREFIX.to_vec();
    v.extend_from_slice(logbook_id.as_bytes());
    v.extend_from_slice(kind.as_bytes());
    v
}

fn check_digest(
    logbook_id: &uuid::Uuid,
    kind: &str,
    p: &Argon2Params,
    salt: &[u8],
    nonce: &[u8],
    wrapped: &[u8],
) -> String {
    let mut h = Sha256::new();
    h.update(CHECK_PREFIX);
    h.update(logbook_id.as_bytes());
    h.update(kind.as_bytes());
    h.update([0u8]);
    h.update(p.memory_kib.to_be_bytes());
    h.update(p.iterations.to_be_bytes());
    h.update(p.parallelism.to_be_bytes());
    h.update(salt);
    h.update(nonce);
    h.update(wrapped);
    hex::encode(h.finalize())
}

/// Refuses a new passphrase that is too short, before anything slow
/// happens: a front end that waits minutes for another device (pairing)
/// checks it first, not after the wait.
pub fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(InputError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        }
        .into());
    }
    Ok(())
}

fn wrap_slot(
    logbook_id: &uuid::Uuid,
    kind: Kind<'_>,
    secret: &LogbookSecret,
    passphrase: &str,
    params: Argon2Params,
) -> Result<Value> {
    check_new_passphrase(passphrase)?;
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let key = kind.kek(passphrase, &salt, &params)?;
    let wrapped = XChaCha20Poly1305::new(key.as_ref().into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: secret.as_bytes(),
                aad: &aad(logbook_id, kind.name()),
            },
        )
        .map_err(|_| Error::Internal("could not wrap the logbook secret".into()))?;
    let slot = WrapSlot {
        kind: kind.name().into(),
        kdf: KdfFields {
            algorithm: "argon2id".into(),
            version: 0x13,
            params,
            salt: B64.encode(salt),
        },
        cipher: "xchacha20poly1305".into(),
        nonce: B64.encode(nonce),
        check: check_digest(logbook_id, kind.name(), &params, &salt, &nonce, &wrapped),
        wrapped_secret: B64.encode(&wrapped),
    };
    serde_json::to_value(slot).map_err(|e| Error::Internal(e.to_string()))
}

/// Outcome of trying one slot.
enum SlotResult {
    Opened(LogbookSecret),
    WrongPassphrase,
}

fn try_slot(
    logbook_id: &uuid::Uuid,
    kind: Kind<'_>,
    raw: &Value,
    passphrase: &str,
) -> Result<SlotResult> {
    let name = kind.name();
    let slot: WrapSlot =
        serde_json::from_value(raw.clone()).map_err(|e| damaged(format!("{name} slot: {e}")))?;
    if slot.kind != name {
        return Err(damaged(format!("not a {name} slot")));
    }
    if slot.kdf.algorithm != "argon2id" || slot.kdf.version != 0x13 {
        return Err(damaged(format!("unknown key derivation in {name} slot")));
    }
    if slot.cipher != "xchacha20poly1305" {
        return Err(damaged(format!("unknown cipher in {name} slot")));
    }
    let p = slot.kdf.params;
    if !p.acceptable() {
        return Err(damaged("Argon2 parameters out of the allowed range"));
    }
    let decode = |what: &str, s: &str, len: usize| -> Result<Vec<u8>> {
        let b = B64
            .decode(s)
            .map_err(|_| damaged(format!("{what} is not base64")))?;
        if b.len() != len {
            return Err(damaged(format!("{what} has the wrong length")));
        }
        Ok(b)
    };
    let salt = decode("salt", &slot.kdf.salt, 16)?;
    let nonce = decode("nonce", &slot.nonce, 24)?;
    let wrapped = decode("wrapped secret", &slot.wrapped_secret, 48)?;
    if check_digest(logbook_id, name, &p, &salt, &nonce, &wrapped) != slot.check {
        return Err(damaged(format!("checksum mismatch in {name} slot")));
    }
    let key = kind.kek(passphrase, &salt, &p)?;
    // The slot is intact (its checksum matched), so a failed decryption
    // can only mean a different passphrase (or, for a recovery slot, a
    // sheet code that is not this slot's: the caller found the slot by
    // that code, so that is the passphrase too).
    match XChaCha20Poly1305::new(key.as_ref().into()).decrypt(
        XNonce::from_slice(&nonce),
        Payload {
            msg: &wrapped,
            aad: &aad(logbook_id, name),
        },
    ) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            let mut b = [0u8; 32];
            b.copy_from_slice(&plain[..32]);
            Ok(SlotResult::Opened(LogbookSecret::from_bytes(b)))
        }
        Err(_) => Ok(SlotResult::WrongPassphrase),
    }
}

impl KeyFile {
    /// A key file for a new logbook, with one passphrase slot.
    pub fn create(
        logbook_id: uuid::Uuid,
        secret: &LogbookSecret,
        passphrase: &str,
        params: Argon2Params,
    ) -> Result<KeyFile> {
        let slot = wrap_slot(&logbook_id, Kind::Passphrase, secret, passphrase, params)?;
        Ok(KeyFile {
            logbook_id,
            slots: vec![slot],
        })
    }

    pub fn logbook_id(&self) -> uuid::Uuid {
        self.logbook_id
    }

    /// Parses a key file, telling damage apart from a newer format.
    pub fn parse(bytes: &[u8]) -> Result<KeyFile> {
        let v: Value = serde_json::from_slice(bytes)
            .map_err(|e| damaged(format!("not readable as a key file: {e}")))?;
        if v.get("format").and_then(Value::as_str) != Some(KEYFILE_FORMAT) {
            return Err(damaged("not a Carnet key file"));
        }
        if let Some(ver) = v.get("version").and_then(Value::as_u64) {
            if ver > KEYFILE_VERSION {
                return Err(Error::TooNew {
                    what: "key-file",
                    found: ver,
                });
            }
        }
        let f: KeyFileJson =
            serde_json::from_value(v).map_err(|e| damaged(format!("key file fields: {e}")))?;
        if f.version != KEYFILE_VERSION {
            return Err(damaged(format!("unknown key file version {}", f.version)));
        }
        Ok(KeyFile {
            logbook_id: f.logbook_id,
            slots: f.slots,
        })
    }

    pub fn read(path: &Path) -> Result<KeyFile> {
        let bytes = std::fs::read(path)?;
        Self::parse(&bytes)
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let json = KeyFileJson {
            format: KEYFILE_FORMAT.into(),
            version: KEYFILE_VERSION,
            logbook_id: self.logbook_id,
            slots: self.slots.clone(),
        };
        let mut out =
            serde_json::to_vec_pretty(&json).map_err(|e| Error::Internal(e.to_string()))?;
        out.push(b'\n');
        Ok(out)
    }

    /// Writes the file so that a crash leaves either the old or the new one.
    pub fn write(&self, path: &Path) -> Result<()> {
        write_atomically(path, &self.to_bytes()?)
    }

    fn passphrase_slots(&self) -> impl Iterator<Item = &Value> {
        self.slots
            .iter()
            .filter(|s| s.get("type").and_then(Value::as_str) == Some(SLOT_PASSPHRASE))
    }

    /// Unwraps the logbook secret with a passphrase or PIN.
    pub fn unlock(&self, passphrase: &str) -> Result<LogbookSecret> {
        let mut any = false;
        for slot in self.passphrase_slots() {
            any = true;
            if let SlotResult::Opened(s) =
                try_slot(&self.logbook_id, Kind::Passphrase, slot, passphrase)?
            {
                return Ok(s);
            }
        }
        if any {
            Err(Error::WrongPassphrase)
        } else {
            Err(damaged("no passphrase slot"))
        }
    }

    /// Replaces the passphrase slots with one for `new`; the secret, and
    /// so the database and everything derived, stays the same.
    pub fn rewrap(
        &mut self,
        secret: &LogbookSecret,
        new: &str,
        params: Argon2Params,
    ) -> Result<()> {
        let slot = wrap_slot(&self.logbook_id, Kind::Passphrase, secret, new, params)?;
        self.slots
            .retain(|s| s.get("type").and_then(Value::as_str) != Some(SLOT_PASSPHRASE));
        self.slots.insert(0, slot);
        Ok(())
    }

    /// The recovery slot, if a sheet was printed for this logbook.
    pub fn recovery_slot(&self) -> Option<&Value> {
        self.slots
            .iter()
            .find(|s| s.get("type").and_then(Value::as_str) == Some(SLOT_RECOVERY))
    }

    /// Replaces any recovery slot with `slot` (one made by
    /// [`recovery_slot`], e.g. fetched from the hub): a new sheet makes
    /// the old one useless.
    pub fn set_recovery_slot(&mut self, slot: Value) -> Result<()> {
        if slot.get("type").and_then(Value::as_str) != Some(SLOT_RECOVERY) {
            return Err(Error::Internal("not a recovery slot".into()));
        }
        self.slots
            .retain(|s| s.get("type").and_then(Value::as_str) != Some(SLOT_RECOVERY));
        self.slots.push(slot);
        Ok(())
    }

    /// Unwraps the secret with the recovery slot of this file (works
    /// offline from a copied key file).
    pub fn unlock_with_sheet(
        &self,
        passphrase: &str,
        code: &[u8; SHEET_CODE_LEN],
    ) -> Result<LogbookSecret> {
        let slot = self
            .recovery_slot()
            .ok_or_else(|| damaged("no recovery slot"))?;
        open_recovery_slot(&self.logbook_id, slot, passphrase, code)
    }
}

/// A recovery slot (docs/storage.md §2) wrapping `secret` for the
/// passphrase together with the sheet code.
pub fn recovery_slot(
    logbook_id: &uuid::Uuid,
    secret: &LogbookSecret,
    passphrase: &str,
    code: &[u8; SHEET_CODE_LEN],
    params: Argon2Params,
) -> Result<Value> {
    wrap_slot(logbook_id, Kind::Recovery(code), secret, passphrase, params)
}

/// Opens a recovery slot: a damaged slot is [`Error::DamagedKeyFile`], a
/// passphrase that does not open it [`Error::WrongPassphrase`].
pub fn open_recovery_slot(
    logbook_id: &uuid::Uuid,
    slot: &Value,
    passphrase: &str,
    code: &[u8; SHEET_CODE_LEN],
) -> Result<LogbookSecret> {
    match try_slot(logbook_id, Kind::Recovery(code), slot, passphrase)? {
        SlotResult::Opened(s) => Ok(s),
        SlotResult::WrongPassphrase => Err(Error::WrongPassphrase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (uuid::Uuid, LogbookSecret, KeyFile) {
        let id = uuid::Uuid::new_v4();
        let s = LogbookSecret::generate();
        let kf = KeyFile::create(id, &s, "correct horse", Argon2Params::default()).expect("create");
        (id, s, kf)
    }

    #[test]
    fn unlocks_with_the_passphrase_only() {
        let (_, s, kf) = sample();
        let kf = KeyFile::parse(&kf.to_bytes().expect("bytes")).expect("parse");
        assert_eq!(
            kf.unlock("correct horse").expect("unlock").as_bytes(),
            s.as_bytes()
        );
        assert!(matches!(
            kf.unlock("wrong horse"),
            Err(Error::WrongPassphrase)
        ));
    }

    #[test]
    fn composed_and_decomposed_accents_are_one_passphrase() {
        let id = uuid::Uuid::new_v4();
        let s = LogbookSecret::generate();
        let kf =
            KeyFile::create(id, &s, "caf\u{e9}-2024", Argon2Params::default()).expect("create");
        assert!(kf.unlock("cafe\u{301}-2024").is_ok());
    }

    #[test]
    fn damage_is_not_reported_as_a_wrong_passphrase() {
        let (_, _, kf) = sample();
        let text = String::from_utf8(kf.to_bytes().expect("bytes")).expect("utf8");
        let v: Value = serde_json::from_str(&text).expect("json");
        let wrapped = v["slots"][0]["wrapped_secret"]
            .as_str()
            .expect("field")
            .to_string();
        let mut bytes = B64.decode(&wrapped).expect("b64");
        bytes[3] ^= 1;
        let tampered = text.replace(&wrapped, &B64.encode(bytes));
        let kf2 = KeyFile::parse(tampered.as_bytes()).expect("parse");
        assert!(matches!(
            kf2.unlock("correct horse"),
            Err(Error::DamagedKeyFile { .. })
        ));
        assert!(matches!(
            KeyFile::parse(&text.as_bytes()[..40]),
            Err(Error::DamagedKeyFile { .. })
        ));
        let newer = text.replace("\"version\": 1", "\"version\": 9");
        assert!(matches!(
            KeyFile::parse(newer.as_bytes()),
            Err(Error::TooNew { .. })
        ));
    }

    #[test]
    fn unknown_slots_survive_a_passphrase_change() {
        let (_, s, kf) = sample();
        let mut v: Value = serde_json::from_slice(&kf.to_bytes().expect("bytes")).expect("json");
        v["slots"]
            .as_array_mut()
            .expect("array")
            .push(serde_json::json!({"type": "keystore", "alias": "x"}));
        let mut kf = KeyFile::parse(&serde_json::to_vec(&v).expect("ser")).expect("parse");
        kf.rewrap(&s, "new passphrase", Argon2Params::default())
            .expect("rewrap");
        assert!(matches!(
            kf.unlock("correct horse"),
            Err(Error::WrongPassphrase)
        ));
        assert!(kf.unlock("new passphrase").is_ok());
        assert!(String::from_utf8(kf.to_bytes().expect("b"))
            .expect("u")
            .contains("keystore"));
    }

    #[test]
    fn a_recovery_slot_needs_the_passphrase_and_the_sheet_code() {
        let (id, s, mut kf) = sample();
        let code = [7u8; SHEET_CODE_LEN];
        let slot =
            recovery_slot(&id, &s, "correct horse", &code, Argon2Params::default()).expect("slot");
        kf.set_recovery_slot(slot.clone()).expect("set");
        let kf = KeyFile::parse(&kf.to_bytes().expect("bytes")).expect("parse");
        assert_eq!(
            kf.unlock_with_sheet("correct horse", &code)
                .expect("open")
                .as_bytes(),
            s.as_bytes()
        );
        // The passphrase slot still opens on its own; the recovery slot
        // does not open with the passphrase alone or another code.
        assert!(kf.unlock("correct horse").is_ok());
        assert!(matches!(
            kf.unlock_with_sheet("wrong horse", &code),
            Err(Error::WrongPassphrase)
        ));
        assert!(matches!(
            open_recovery_slot(&id, &slot, "correct horse", &[8u8; SHEET_CODE_LEN]),
            Err(Error::WrongPassphrase)
        ));
        // A slot read as another logbook's fails its check: damage.
        assert!(matches!(
            open_recovery_slot(&uuid::Uuid::new_v4(), &slot, "correct horse", &code),
            Err(Error::DamagedKeyFile { .. })
        ));
        // A passphrase slot is not accepted as a recovery slot.
        let passphrase_slot = kf.slots[0].clone();
        assert!(matches!(
            open_recovery_slot(&id, &passphrase_slot, "correct horse", &code),
            Err(Error::DamagedKeyFile { .. })
        ));
    }

    #[test]
    fn a_damaged_recovery_slot_is_not_a_wrong_passphrase() {
        let (id, s, _) = sample();
        let code = [1u8; SHEET_CODE_LEN];
        let mut slot =
            recovery_slot(&id, &s, "correct horse", &code, Argon2Params::default()).expect("slot");
        let mut nonce = B64
            .decode(slot["nonce"].as_str().expect("nonce"))
            .expect("b64");
        nonce[0] ^= 1;
        slot["nonce"] = Value::String(B64.encode(nonce));
        assert!(matches!(
            open_recovery_slot(&id, &slot, "correct horse", &code),
            Err(Error::DamagedKeyFile { .. })
        ));
    }

    #[test]
    fn a_new_sheet_replaces_the_recovery_slot_and_survives_a_passphrase_change() {
        let (id, s, mut kf) = sample();
        let params = Argon2Params::default();
        let old = [1u8; SHEET_CODE_LEN];
        let new = [2u8; SHEET_CODE_LEN];
        kf.set_recovery_slot(recovery_slot(&id, &s, "correct horse", &old, params).expect("a"))
            .expect("set");
        kf.set_recovery_slot(recovery_slot(&id, &s, "correct horse", &new, params).expect("b"))
            .expect("set");
        assert_eq!(
            kf.slots
                .iter()
                .filter(|v| v["type"] == SLOT_RECOVERY)
                .count(),
            1
        );
        assert!(kf.unlock_with_sheet("correct horse", &new).is_ok());
        assert!(kf.unlock_with_sheet("correct horse", &old).is_err());
        kf.rewrap(&s, "new passphrase", params).expect("rewrap");
        assert!(kf.recovery_slot().is_some());
    }

    #[test]
    fn short_passphrases_and_weak_parameters_are_refused() {
        let s = LogbookSecret::generate();
        let r = KeyFile::create(uuid::Uuid::new_v4(), &s, "12345", Argon2Params::default());
        assert!(matches!(
            r,
            Err(Error::Input(InputError::PassphraseTooShort { .. }))
        ));
        assert!(!Argon2Params {
            memory_kib: 1024,
            iterations: 2,
            parallelism: 1
        }
        .acceptable());
    }
}
