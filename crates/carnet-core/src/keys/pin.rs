//! Daily unlock with a short PIN, on one device (docs/storage.md, "PIN
//! slot").
//!
//! A 6-digit PIN alone would fall to a search of a million guesses, so it
//! never protects the secret alone: the wrapping key is Argon2id of the
//! PIN with a 32-byte *device secret* as Argon2's secret input (a pepper)
//! that lives only in the platform keystore (Secret Service on Linux,
//! Android Keystore, the iOS Keychain: the app's job, not this module's).
//! A copy of the data folder without the keystore is then as hard to open
//! as the passphrase slot; with the keystore, [`MAX_PIN_TRIES`] wrong PINs
//! delete the slot and the passphrase is needed again.
//!
//! The slot is a file of its own, `pin.slot` beside the key file, not a
//! key file slot: every wrong PIN rewrites it (the tries left), and the key
//! file is never rewritten for that. Removing it only removes the PIN; the
//! passphrase slot is untouched.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::secret::LogbookSecret;
use super::Argon2Params;
use crate::error::{Error, Result};
use crate::fsutil::write_atomically;

pub const PIN_SLOT_NAME: &str = "pin.slot";
pub const PIN_SLOT_FORMAT: &str = "carnet-pin-slot";
pub const PIN_SLOT_VERSION: u64 = 1;
/// Wrong PINs allowed before the slot is deleted.
pub const MAX_PIN_TRIES: u32 = 5;
/// Length of the device secret the keystore holds.
pub const DEVICE_SECRET_LEN: usize = 32;
const MIN_DIGITS: usize = 6;
const MAX_DIGITS: usize = 12;
const AAD_PREFIX: &[u8] = b"carnet-pin-slot/v1";

#[derive(Debug, Serialize, Deserialize)]
struct PinSlotJson {
    format: String,
    version: u64,
    logbook_id: uuid::Uuid,
    kdf: Argon2Params,
    salt: String,
    nonce: String,
    wrapped_secret: String,
    tries_left: u32,
}

/// Checks a PIN a person chose: 6 to 12 ASCII digits.
pub fn check_pin(pin: &str) -> Result<()> {
    let n = pin.len();
    if (MIN_DIGITS..=MAX_DIGITS).contains(&n) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::PinFormat)
    }
}

/// A fresh device secret, for the keystore.
pub fn new_device_secret() -> Zeroizing<[u8; DEVICE_SECRET_LEN]> {
    let mut s = Zeroizing::new([0u8; DEVICE_SECRET_LEN]);
    rand::rngs::OsRng.fill_bytes(s.as_mut());
    s
}

fn path(dir: &Path) -> PathBuf {
    dir.join(PIN_SLOT_NAME)
}

/// True when a PIN is set up in this data folder.
pub fn has_pin(dir: &Path) -> bool {
    path(dir).is_file()
}

fn kek(
    pin: &str,
    device_secret: &[u8],
    salt: &[u8],
    p: &Argon2Params,
) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(p.memory_kib, p.iterations, p.parallelism, Some(32))
        .map_err(|e| Error::Internal(format!("argon2 parameters: {e}")))?;
    let argon = Argon2::new_with_secret(device_secret, Algorithm::Argon2id, Version::V0x13, params)
        .map_err(|e| Error::Internal(format!("argon2 secret: {e}")))?;
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(pin.as_bytes(), salt, out.as_mut())
        .map_err(|e| Error::Internal(format!("argon2: {e}")))?;
    Ok(out)
}

fn aad(id: &uuid::Uuid) -> Vec<u8> {
    let mut a = AAD_PREFIX.to_vec();
    a.extend_from_slice(id.as_bytes());
    a
}

fn damaged(reason: &str) -> Error {
    Error::DamagedKeyFile {
        reason: format!("the PIN file: {reason}"),
    }
}

/// Sets (or replaces) the PIN of this data folder. The caller has the
/// logbook open (so `secret` is proven) and keeps `device_secret` in the
/// platform keystore.
pub fn set_pin(
    dir: &Path,
    id: uuid::Uuid,
    secret: &LogbookSecret,
    pin: &str,
    device_secret: &[u8],
    params: Argon2Params,
) -> Result<()> {
    check_pin(pin)?;
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let key = kek(pin, device_secret, &salt, &params)?;
    let wrapped = XChaCha20Poly1305::new(key.as_ref().into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: secret.as_bytes(),
                aad: &aad(&id),
            },
        )
        .map_err(|_| Error::Internal("wrapping the secret failed".into()))?;
    write(
        dir,
        &PinSlotJson {
            format: PIN_SLOT_FORMAT.into(),
            version: PIN_SLOT_VERSION,
            logbook_id: id,
            kdf: params,
            salt: B64.encode(salt),
            nonce: B64.encode(nonce),
            wrapped_secret: B64.encode(wrapped),
            tries_left: MAX_PIN_TRIES,
        },
    )
}

fn write(dir: &Path, slot: &PinSlotJson) -> Result<()> {
    let mut bytes =
        serde_json::to_vec_pretty(slot).map_err(|e| Error::Internal(format!("pin slot: {e}")))?;
    bytes.push(b'\n');
    write_atomically(&path(dir), &bytes)
}

fn read(dir: &Path) -> Result<PinSlotJson> {
    let bytes = match std::fs::read(path(dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::NoPin),
        Err(e) => return Err(e.into()),
    };
    let slot: PinSlotJson =
        serde_json::from_slice(&bytes).map_err(|_| damaged("it is not a PIN file"))?;
    if slot.format != PIN_SLOT_FORMAT {
        return Err(damaged("it is not a PIN file"));
    }
    if slot.version > PIN_SLOT_VERSION {
        return Err(Error::TooNew {
            what: "pin-file",
            found: slot.version,
        });
    }
    Ok(slot)
}

/// Which logbook the PIN opens, without trying it (the app finds the
/// keystore entry by it).
pub fn pin_logbook_id(dir: &Path) -> Result<uuid::Uuid> {
    Ok(read(dir)?.logbook_id)
}

/// The logbook id and secret, when `pin` is right. A wrong PIN costs one
/// try ([`Error::WrongPin`] says how many are left); the last one deletes
/// the slot ([`Error::PinLocked`]). A PIN in a wrong format costs nothing.
pub fn unlock_with_pin(
    dir: &Path,
    pin: &str,
    device_secret: &[u8],
) -> Result<(uuid::Uuid, LogbookSecret)> {
    check_pin(pin)?;
    let mut slot = read(dir)?;
    if slot.tries_left == 0 {
        remove_pin(dir)?;
        return Err(Error::PinLocked);
    }
    let decode = |s: &str| B64.decode(s).map_err(|_| damaged("bad base64"));
    let salt = decode(&slot.salt)?;
    let nonce = decode(&slot.nonce)?;
    let wrapped = decode(&slot.wrapped_secret)?;
    if nonce.len() != 24 || salt.len() < 8 {
        return Err(damaged("bad nonce or salt"));
    }
    let key = kek(pin, device_secret, &salt, &slot.kdf)?;
    match XChaCha20Poly1305::new(key.as_ref().into()).decrypt(
        XNonce::from_slice(&nonce),
        Payload {
            msg: &wrapped,
            aad: &aad(&slot.logbook_id),
        },
    ) {
        Ok(plain) => {
            let bytes: [u8; 32] = plain
                .as_slice()
                .try_into()
                .map_err(|_| damaged("the wrapped secret has the wrong length"))?;
            if slot.tries_left != MAX_PIN_TRIES {
                slot.tries_left = MAX_PIN_TRIES;
                write(dir, &slot)?;
            }
            Ok((slot.logbook_id, LogbookSecret::from_bytes(bytes)))
        }
        Err(_) => {
            slot.tries_left = slot.tries_left.saturating_sub(1);
            if slot.tries_left == 0 {
                remove_pin(dir)?;
                Err(Error::PinLocked)
            } else {
                write(dir, &slot)?;
                Err(Error::WrongPin {
                    left: slot.tries_left,
                })
            }
        }
    }
}

/// Turns the PIN off (the passphrase is untouched). No PIN is not an
/// error.
pub fn remove_pin(dir: &Path) -> Result<()> {
    match std::fs::remove_file(path(dir)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    /// A folder with `pin` set for a new logbook, and the device secret.
    fn with_pin(pin: &str) -> (tempfile::TempDir, Zeroizing<[u8; DEVICE_SECRET_LEN]>) {
        let d = dir();
        let device = new_device_secret();
        set_pin(
            d.path(),
            uuid::Uuid::new_v4(),
            &LogbookSecret::generate(),
            pin,
            device.as_ref(),
            Argon2Params::MIN,
        )
        .expect("set");
        (d, device)
    }

    #[test]
    fn the_right_pin_and_device_secret_give_the_secret_back() {
        let tmp = dir();
        let d = tmp.path();
        let id = uuid::Uuid::new_v4();
        let secret = LogbookSecret::generate();
        let device = new_device_secret();
        set_pin(d, id, &secret, "123456", device.as_ref(), Argon2Params::MIN).expect("set");
        assert!(has_pin(d));
        assert_eq!(pin_logbook_id(d).expect("id"), id);
        let (got_id, got) = unlock_with_pin(d, "123456", device.as_ref()).expect("unlock");
        assert_eq!(got_id, id);
        assert_eq!(got.as_bytes(), secret.as_bytes());
        // Nothing readable is on disk: no secret bytes in the file.
        let text = std::fs::read_to_string(d.join(PIN_SLOT_NAME)).expect("read");
        assert!(!text.contains(&B64.encode(secret.as_bytes())));
    }

    #[test]
    fn the_pin_without_the_device_secret_opens_nothing() {
        let (tmp, _device) = with_pin("246810");
        let d = tmp.path();
        let other = new_device_secret();
        assert!(matches!(
            unlock_with_pin(d, "246810", other.as_ref()),
            Err(Error::WrongPin { left: 4 })
        ));
    }

    #[test]
    fn five_wrong_pins_turn_the_pin_off_and_a_right_one_resets_the_count() {
        let (tmp, device) = with_pin("111111");
        let d = tmp.path();
        for left in [4, 3] {
            match unlock_with_pin(d, "999999", device.as_ref()) {
                Err(Error::WrongPin { left: l }) => assert_eq!(l, left),
                other => panic!("expected a wrong PIN, got {other:?}"),
            }
        }
        unlock_with_pin(d, "111111", device.as_ref()).expect("right PIN");
        for left in [4, 3, 2, 1] {
            assert!(matches!(
                unlock_with_pin(d, "999999", device.as_ref()),
                Err(Error::WrongPin { left: l }) if l == left
            ));
        }
        assert!(matches!(
            unlock_with_pin(d, "999999", device.as_ref()),
            Err(Error::PinLocked)
        ));
        assert!(!has_pin(d));
        assert!(matches!(
            unlock_with_pin(d, "111111", device.as_ref()),
            Err(Error::NoPin)
        ));
    }

    #[test]
    fn a_pin_is_six_to_twelve_digits_and_a_bad_one_costs_no_try() {
        for bad in ["12345", "1234567890123", "12345a", "１２３４５６", ""] {
            assert!(matches!(check_pin(bad), Err(Error::PinFormat)), "{bad}");
        }
        check_pin("000000").expect("six digits");
        check_pin("123456789012").expect("twelve digits");
        let (tmp, device) = with_pin("135790");
        let d = tmp.path();
        assert!(matches!(
            unlock_with_pin(d, "abc", device.as_ref()),
            Err(Error::PinFormat)
        ));
        let text = std::fs::read_to_string(d.join(PIN_SLOT_NAME)).expect("read");
        assert!(text.contains("\"tries_left\": 5"), "{text}");
    }

    #[test]
    fn a_damaged_pin_file_is_said_so() {
        let tmp = dir();
        let d = tmp.path();
        std::fs::write(d.join(PIN_SLOT_NAME), "{not json").expect("write");
        assert!(matches!(
            unlock_with_pin(d, "123456", &[0; 32]),
            Err(Error::DamagedKeyFile { .. })
        ));
    }
}
