//! The recovery sheet (docs/sync-protocol.md §8): a paper with a 16-byte
//! code (12 words and a QR code) that, with the passphrase, gets the
//! logbook back from the hub on a new device after the phone is lost.
//!
//! The code never leaves the device but on paper. It names a box at the
//! hub (§2.7) holding a recovery slot of the key file (docs/storage.md §2),
//! which opens only with the passphrase and the code together: the sheet
//! alone, or the hub's copy of the box, reveals nothing without the
//! passphrase, and the passphrase alone cannot even find the box.

use ciborium::Value as Cbor;
use hkdf::Hkdf;
use rand::RngCore;
use serde_json::{json, Value};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::hub::{get_box, Hub};
use super::{HttpHub, Progress, SyncError};
use crate::error::{Error, Result};
use crate::keys::{
    open_recovery_slot, recovery_slot, Argon2Params, KeyFile, LogbookSecret, SHEET_CODE_LEN,
    SLOT_RECOVERY,
};
use crate::logbook::{Logbook, Paths};

/// The prefix of a recovery sheet's QR text; the digit is the format
/// version.
pub const PREFIX: &str = "CNS1:";
/// Words on a sheet: 128 bits of code and a 4-bit checksum (BIP-39).
pub const WORD_COUNT: usize = 12;
/// Format of the box the hub keeps (JSON, docs/sync-protocol.md §8).
pub const BOX_FORMAT: &str = "carnet-recovery-box";
pub const BOX_VERSION: u64 = 1;
const ADDRESS_INFO: &[u8] = b"carnet/v1/recovery/address";
/// Where the current sheet's code is kept, in the database's `secrets`
/// table, so a passphrase change can rewrap the slot for it.
pub const SECRET_NAME: &str = "recovery/sheet-code";

/// The code printed on a sheet; wiped from memory when dropped.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct SheetCode([u8; SHEET_CODE_LEN]);

impl std::fmt::Debug for SheetCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SheetCode(..)")
    }
}

impl SheetCode {
    pub fn generate() -> SheetCode {
        let mut b = [0u8; SHEET_CODE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut b);
        SheetCode(b)
    }

    pub fn from_bytes(b: [u8; SHEET_CODE_LEN]) -> SheetCode {
        SheetCode(b)
    }

    pub fn as_bytes(&self) -> &[u8; SHEET_CODE_LEN] {
        &self.0
    }

    /// The 12 words of the BIP-39 English list for this code.
    pub fn words(&self) -> Vec<&'static str> {
        // 16 bytes is a valid BIP-39 entropy length.
        bip39::Mnemonic::from_entropy_in(bip39::Language::English, &self.0)
            .map(|m| m.words().collect())
            .unwrap_or_default()
    }

    /// Reads typed words: case and extra spaces do not matter; a word not
    /// on the list, a missing word or one typed wrong (the checksum) is
    /// refused with the position to check.
    pub fn from_words(text: &str) -> std::result::Result<SheetCode, SyncError> {
        let words: Vec<String> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            // "1.", "2)" or "3:" in front of a word, as printed on the sheet.
            .filter(|w| {
                !w.trim_end_matches(['.', ')', ':'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
            })
            .map(str::to_lowercase)
            .collect();
        if words.len() != WORD_COUNT {
            return Err(SyncError::RecoveryWords {
                problem: "count",
                position: words.len(),
            });
        }
        let list = bip39::Language::English;
        if let Some(i) = words.iter().position(|w| list.find_word(w).is_none()) {
            return Err(SyncError::RecoveryWords {
                problem: "unknown",
                position: i + 1,
            });
        }
        let m = bip39::Mnemonic::parse_in_normalized(list, &words.join(" ")).map_err(|e| {
            SyncError::RecoveryWords {
                problem: match e {
                    bip39::Error::UnknownWord(_) => "unknown",
                    bip39::Error::BadWordCount(_) => "count",
                    _ => "checksum",
                },
                position: match e {
                    bip39::Error::UnknownWord(i) => i + 1,
                    _ => 0,
                },
            }
        })?;
        let (entropy, len) = m.to_entropy_array();
        let code: [u8; SHEET_CODE_LEN] =
            entropy[..len]
                .try_into()
                .map_err(|_| SyncError::RecoveryWords {
                    problem: "count",
                    position: WORD_COUNT,
                })?;
        Ok(SheetCode(code))
    }

    /// The box's address at the hub: HKDF-SHA256(IKM = code, no salt,
    /// info `carnet/v1/recovery/address`, L = 32).
    pub fn address(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        // 32 bytes is always a valid HKDF-SHA256 output length.
        let _ = Hkdf::<Sha256>::new(None, &self.0).expand(ADDRESS_INFO, &mut out);
        out
    }
}

/// What the QR code of a sheet carries: the hub and the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub hub: String,
    pub code: SheetCode,
}

impl Sheet {
    /// A sheet read by hand: the hub address and the 12 words printed on
    /// it (the address as typed: spaces and a final `/` do not matter).
    pub fn from_words(hub: &str, words: &str) -> std::result::Result<Sheet, SyncError> {
        Ok(Sheet {
            hub: hub.trim().trim_end_matches('/').to_string(),
            code: SheetCode::from_words(words)?,
        })
    }

    /// `CNS1:` + Base45 of CBOR `[hub URL, code]`: QR alphanumeric.
    pub fn to_text(&self) -> String {
        let v = Cbor::Array(vec![
            Cbor::Text(self.hub.clone()),
            Cbor::Bytes(self.code.0.to_vec()),
        ]);
        let mut cbor = Vec::new();
        // Writing CBOR to a Vec cannot fail.
        let _ = ciborium::into_writer(&v, &mut cbor);
        format!("{PREFIX}{}", base45::encode(cbor))
    }

    /// Reads the text of a sheet's QR code.
    pub fn from_text(text: &str) -> std::result::Result<Sheet, SyncError> {
        let bad = || SyncError::RecoveryCode;
        let text = text.trim();
        if text.len() > 1024 {
            return Err(bad());
        }
        let body = text.strip_prefix(PREFIX).ok_or_else(bad)?;
        let cbor = base45::decode(body).map_err(|_| bad())?;
        let v: Cbor = ciborium::from_reader(cbor.as_slice()).map_err(|_| bad())?;
        match v {
            Cbor::Array(items) => match items.as_slice() {
                [Cbor::Text(hub), Cbor::Bytes(code)] => Ok(Sheet {
                    hub: hub.clone(),
                    code: SheetCode(code.as_slice().try_into().map_err(|_| bad())?),
                }),
                _ => Err(bad()),
            },
            _ => Err(bad()),
        }
    }
}

/// The box's contents: UTF-8 JSON `{"format", "version", "logbook_id",
/// "slot"}`. An empty box is a sheet that a newer one replaced.
fn box_bytes(
    logbook: &uuid::Uuid,
    slot: &Value,
    epochs: Option<(&LogbookSecret, &SheetCode, &[super::EpochKeys])>,
) -> Result<Vec<u8>> {
    let mut v = json!({
        "format": BOX_FORMAT,
        "version": BOX_VERSION,
        "logbook_id": logbook,
        "slot": slot,
    });
    if let Some((secret, code, keys)) = epochs.filter(|(_, _, k)| !k.is_empty()) {
        v["epochs"] = Value::String(seal_epochs(logbook, secret, code, keys)?);
    }
    serde_json::to_vec(&v).map_err(|e| Error::Internal(e.to_string()))
}

/// The key that seals the later epochs' keys in a box: only someone who
/// has opened the slot (passphrase + code, giving the secret) and holds
/// the code gets it. A device removed before this sheet was made has the
/// secret but not the new code.
fn epochs_key(logbook: &uuid::Uuid, secret: &LogbookSecret, code: &SheetCode) -> [u8; 32] {
    let ikm = [secret.as_bytes().as_slice(), code.as_bytes()].concat();
    let mut out = [0u8; 32];
    let _ = Hkdf::<Sha256>::new(Some(logbook.as_bytes()), &ikm)
        .expand(b"carnet/v1/recovery/epochs", &mut out);
    out
}

const EPOCHS_AD: &[u8] = b"carnet-recovery-epochs/v1";

fn seal_epochs(
    logbook: &uuid::Uuid,
    secret: &LogbookSecret,
    code: &SheetCode,
    keys: &[super::EpochKeys],
) -> Result<String> {
    use base64::Engine;
    let mut cbor = Vec::new();
    ciborium::into_writer(
        &Cbor::Array(keys.iter().map(super::EpochKeys::to_cbor).collect()),
        &mut cbor,
    )
    .map_err(|e| Error::Internal(e.to_string()))?;
    let ad = [EPOCHS_AD, logbook.as_bytes()].concat();
    let sealed = super::seal::seal(&epochs_key(logbook, secret, code), &ad, &cbor)?;
    Ok(base64::engine::general_purpose::STANDARD.encode(sealed))
}

fn open_epochs(
    logbook: &uuid::Uuid,
    secret: &LogbookSecret,
    code: &SheetCode,
    text: &str,
) -> Result<Vec<super::EpochKeys>> {
    use base64::Engine;
    let sealed = base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| damaged_box("epochs are not base64"))?;
    let ad = [EPOCHS_AD, logbook.as_bytes()].concat();
    let cbor = super::seal::open(&epochs_key(logbook, secret, code), &ad, &sealed)
        .map_err(|_| damaged_box("epochs do not open"))?;
    match ciborium::from_reader::<Cbor, _>(cbor.as_slice()) {
        Ok(Cbor::Array(items)) => Ok(items
            .iter()
            .map(super::EpochKeys::from_cbor)
            .collect::<std::result::Result<Vec<_>, _>>()?),
        _ => Err(damaged_box("epochs are not readable")),
    }
}

fn damaged_box(reason: &str) -> Error {
    Error::DamagedKeyFile {
        reason: format!("recovery box at the hub: {reason}"),
    }
}

/// Reads a box fetched for a sheet: the logbook it restores and its slot.
/// `hub_logbook` is the logbook the hub files the box under; the two must
/// agree.
pub fn parse_box(bytes: &[u8], hub_logbook: &uuid::Uuid) -> Result<(uuid::Uuid, Value)> {
    parse_box_with_epochs(bytes, hub_logbook).map(|(id, slot, _)| (id, slot))
}

/// [`parse_box`], plus the sealed keys of later epochs when the box has
/// them.
fn parse_box_with_epochs(
    bytes: &[u8],
    hub_logbook: &uuid::Uuid,
) -> Result<(uuid::Uuid, Value, Option<String>)> {
    if bytes.is_empty() {
        return Err(SyncError::RecoveryNoBox.into());
    }
    let v: Value = serde_json::from_slice(bytes).map_err(|_| damaged_box("not JSON"))?;
    if v.get("format").and_then(Value::as_str) != Some(BOX_FORMAT) {
        return Err(damaged_box("not a recovery box"));
    }
    match v.get("version").and_then(Value::as_u64) {
        Some(BOX_VERSION) => {}
        Some(n) if n > BOX_VERSION => {
            return Err(Error::TooNew {
                what: "recovery-box",
                found: n,
            })
        }
        _ => return Err(damaged_box("unknown version")),
    }
    let id: uuid::Uuid = v
        .get("logbook_id")
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| damaged_box("no logbook id"))?;
    if id != *hub_logbook {
        return Err(damaged_box("filed under another logbook"));
    }
    let slot = v
        .get("slot")
        .filter(|s| s.get("type").and_then(Value::as_str) == Some(SLOT_RECOVERY))
        .cloned()
        .ok_or_else(|| damaged_box("no recovery slot"))?;
    let epochs = v.get("epochs").and_then(Value::as_str).map(str::to_string);
    Ok((id, slot, epochs))
}

fn stored_code(logbook: &Logbook) -> Result<Option<SheetCode>> {
    Ok(logbook
        .store
        .secret(SECRET_NAME)?
        .and_then(|b| <[u8; SHEET_CODE_LEN]>::try_from(b.as_slice()).ok())
        .map(SheetCode))
}

fn write_slot(dir: &std::path::Path, slot: Value) -> Result<()> {
    let path = Paths::new(dir).key_file;
    let mut key_file = KeyFile::read(&path)?;
    key_file.set_recovery_slot(slot)?;
    key_file.write(&path)
}

/// Whether a recovery sheet was made on this device (its code is kept).
pub fn has_sheet(logbook: &Logbook) -> Result<bool> {
    Ok(stored_code(logbook)?.is_some())
}

/// Makes a new sheet for `logbook` (whose secret and passphrase are
/// given) at `hub`, which must already hold the logbook (sync first):
/// uploads the new box, empties the box of the previous sheet so that
/// sheet stops working, replaces the key file's recovery slot and keeps
/// the code. Nothing is printed yet: if this fails, no sheet exists that
/// would not work.
pub fn new_sheet(
    logbook: &mut Logbook,
    secret: &LogbookSecret,
    passphrase: &str,
    hub: &dyn Hub,
) -> Result<Sheet> {
    let code = SheetCode::generate();
    let slot = recovery_slot(
        &logbook.id,
        secret,
        passphrase,
        code.as_bytes(),
        Argon2Params::default(),
    )?;
    let epochs = logbook.later_epochs()?;
    hub.put_box(
        &code.address(),
        &box_bytes(&logbook.id, &slot, Some((secret, &code, &epochs)))?,
    )?;
    if let Some(old) = stored_code(logbook)? {
        if old != code {
            hub.put_box(&old.address(), &[])?;
        }
    }
    write_slot(logbook.dir(), slot)?;
    logbook.store.set_secret(SECRET_NAME, code.as_bytes())?;
    Ok(Sheet {
        hub: hub.url().to_string(),
        code,
    })
}

/// What became of the recovery sheet after a passphrase change.
#[derive(Debug)]
pub enum AfterPassphraseChange {
    /// No sheet was printed for this logbook.
    NoSheet,
    /// The key file's slot and the hub's box now open with the new
    /// passphrase; the printed sheet stays valid.
    Updated,
    /// The key file's slot was rewrapped, but the hub could not be told:
    /// until a new sheet is made, recovering from the hub needs the old
    /// passphrase.
    HubNotUpdated(Error),
}

/// Rewraps the recovery slot for the new passphrase (the sheet code stays,
/// so the printed sheet stays valid) and uploads it to the remembered hub.
pub fn after_passphrase_change(
    dir: &std::path::Path,
    new_passphrase: &str,
) -> Result<AfterPassphraseChange> {
    let (id, secret) = Logbook::unlock_secret(dir, new_passphrase)?;
    let mut logbook = Logbook::open_with_secret(dir, id, &secret)?;
    let Some(code) = stored_code(&logbook)? else {
        return Ok(AfterPassphraseChange::NoSheet);
    };
    let slot = recovery_slot(
        &id,
        &secret,
        new_passphrase,
        code.as_bytes(),
        Argon2Params::default(),
    )?;
    write_slot(dir, slot.clone())?;
    if logbook.hub_url()?.is_none() {
        return Ok(AfterPassphraseChange::HubNotUpdated(
            SyncError::NoHub.into(),
        ));
    }
    let epochs = logbook.later_epochs()?;
    let uploaded = logbook.connect_hub(None).and_then(|hub| {
        let bytes = box_bytes(&id, &slot, Some((&secret, &code, &epochs)))?;
        Ok(hub.put_box(&code.address(), &bytes)?)
    });
    Ok(match uploaded {
        Ok(()) => AfterPassphraseChange::Updated,
        Err(e) => AfterPassphraseChange::HubNotUpdated(e),
    })
}

/// Changes the passphrase and keeps a printed sheet working: rewraps the
/// key file for `new` ([`Logbook::change_passphrase`], which checks `old`),
/// then the recovery slot with the kept code ([`after_passphrase_change`]).
/// Every front end changes the passphrase through here, so none can leave a
/// sheet that needs the old passphrase without saying so.
pub fn change_passphrase(
    dir: &std::path::Path,
    old: &str,
    new: &str,
) -> Result<AfterPassphraseChange> {
    Logbook::change_passphrase(dir, old, new)?;
    after_passphrase_change(dir, new)
}

/// Gets a logbook back into the empty data folder `dir` from the sheet
/// and the passphrase: fetches the box, opens the slot (a wrong passphrase
/// writes nothing), copies the logbook and its photos from the hub, and
/// keeps the recovery slot and code, so the same sheet still works.
pub fn recover(
    dir: &std::path::Path,
    sheet: &Sheet,
    passphrase: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Logbook> {
    if Logbook::exists(dir) {
        return Err(Error::AlreadyExists);
    }
    let (hub_logbook, ct) =
        get_box(&sheet.hub, &sheet.code.address())?.ok_or(SyncError::RecoveryNoBox)?;
    let (id, slot, sealed_epochs) = parse_box_with_epochs(&ct, &hub_logbook)?;
    let secret = open_recovery_slot(&id, &slot, passphrase, sheet.code.as_bytes())?;
    let epochs = match sealed_epochs {
        Some(text) => open_epochs(&id, &secret, &sheet.code, &text)?,
        None => Vec::new(),
    };
    let hub = HttpHub::new(&sheet.hub, &id, &secret.hub_token(&id).0)?;
    let mut logbook =
        Logbook::join_from_hub(dir, passphrase, id, &secret, &epochs, &hub, progress)?;
    // Photos travel apart from the changes (§3.3): one sync fetches them.
    logbook.sync(&hub, progress)?;
    write_slot(dir, slot)?;
    logbook
        .store
        .set_secret(SECRET_NAME, sheet.code.as_bytes())?;
    Ok(logbook)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_text_round_trips_and_is_qr_alphanumeric() {
        let sheet = Sheet {
            hub: "http://192.168.1.10:8470".into(),
            code: SheetCode::generate(),
        };
        let text = sheet.to_text();
        assert!(text.starts_with(PREFIX));
        assert!(text
            .chars()
            .all(|c| "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(c)));
        assert_eq!(Sheet::from_text(&text).expect("parse"), sheet);
        for bad in [
            "",
            "CNP1:ABC",
            "CNS1:",
            "CNS1:%%%",
            &text[..text.len() - 3],
            &text.replace("CNS1:", "CNS2:"),
        ] {
            assert!(
                matches!(Sheet::from_text(bad), Err(SyncError::RecoveryCode)),
                "{bad}"
            );
        }
    }

    #[test]
    fn words_round_trip_and_typos_are_caught() {
        let code = SheetCode::from_bytes([0x5a; SHEET_CODE_LEN]);
        let words = code.words();
        assert_eq!(words.len(), WORD_COUNT);
        let typed = words.join(" ");
        assert_eq!(SheetCode::from_words(&typed).expect("words"), code);
        // Numbered, upper case, extra spaces, as copied from the sheet.
        let numbered: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(i, w)| format!("{}. {}", i + 1, w.to_uppercase()))
            .collect();
        assert_eq!(
            SheetCode::from_words(&numbered.join("  ")).expect("numbered"),
            code
        );
        let mut missing = words.clone();
        missing.pop();
        assert!(matches!(
            SheetCode::from_words(&missing.join(" ")),
            Err(SyncError::RecoveryWords {
                problem: "count",
                position: 11
            })
        ));
        let mut unknown = words.clone();
        unknown[4] = "carnetx";
        assert!(matches!(
            SheetCode::from_words(&unknown.join(" ")),
            Err(SyncError::RecoveryWords {
                problem: "unknown",
                position: 5
            })
        ));
        // A real word in the wrong place: only the checksum can tell.
        let mut swapped = words.clone();
        swapped.swap(0, 11);
        let other = if words[0] == "zoo" { "abandon" } else { "zoo" };
        let mut wrong = words.clone();
        wrong[0] = other;
        let wrong_caught = matches!(
            SheetCode::from_words(&wrong.join(" ")),
            Err(SyncError::RecoveryWords {
                problem: "checksum",
                ..
            })
        );
        let swapped_caught = swapped == words
            || matches!(
                SheetCode::from_words(&swapped.join(" ")),
                Err(SyncError::RecoveryWords {
                    problem: "checksum",
                    ..
                })
            );
        // The 4-bit checksum misses 1 change in 16; these two are caught.
        assert!(wrong_caught && swapped_caught);
    }

    #[test]
    fn addresses_differ_per_code_and_are_not_the_code() {
        let a = SheetCode::from_bytes([1; SHEET_CODE_LEN]);
        let b = SheetCode::from_bytes([2; SHEET_CODE_LEN]);
        assert_ne!(a.address(), b.address());
        assert!(!a.address().windows(16).any(|w| w == a.as_bytes()));
    }

    #[test]
    fn boxes_parse_and_refuse_what_they_should() {
        let id = uuid::Uuid::new_v4();
        let slot = json!({"type": "recovery", "nonce": "x"});
        let bytes = box_bytes(&id, &slot, None).expect("box");
        assert_eq!(parse_box(&bytes, &id).expect("parse"), (id, slot.clone()));
        assert!(matches!(
            parse_box(&[], &id),
            Err(Error::Sync(SyncError::RecoveryNoBox))
        ));
        assert!(matches!(
            parse_box(&bytes, &uuid::Uuid::new_v4()),
            Err(Error::DamagedKeyFile { .. })
        ));
        let newer = String::from_utf8(bytes)
            .expect("utf8")
            .replace("\"version\":1", "\"version\":2");
        assert!(matches!(
            parse_box(newer.as_bytes(), &id),
            Err(Error::TooNew { .. })
        ));
    }

    #[test]
    fn later_epochs_open_only_with_the_secret_and_this_code() {
        let id = uuid::Uuid::new_v4();
        let secret = LogbookSecret::generate();
        let code = SheetCode::from_bytes([7; SHEET_CODE_LEN]);
        let keys = vec![super::super::EpochKeys {
            epoch: 1,
            key: [3; 32],
            token: [4; 32],
        }];
        let slot = json!({"type": "recovery"});
        let bytes = box_bytes(&id, &slot, Some((&secret, &code, &keys))).expect("box");
        let (_, _, sealed) = parse_box_with_epochs(&bytes, &id).expect("parse");
        let sealed = sealed.expect("epochs in the box");
        assert_eq!(
            open_epochs(&id, &secret, &code, &sealed).expect("open"),
            keys
        );
        // The secret alone (a removed device) with another code, or another
        // secret with this code, opens nothing.
        let other_code = SheetCode::from_bytes([8; SHEET_CODE_LEN]);
        assert!(open_epochs(&id, &secret, &other_code, &sealed).is_err());
        assert!(open_epochs(&id, &LogbookSecret::generate(), &code, &sealed).is_err());
        // No later epochs: no field.
        let bytes = box_bytes(&id, &slot, Some((&secret, &code, &[]))).expect("box");
        assert!(parse_box_with_epochs(&bytes, &id)
            .expect("parse")
            .2
            .is_none());
    }
}
