//! Selective disclosure: salts derived from one seed per credential,
//! salted field digests, and one digest per entry.
//!
//! Derivation is a two-level tree (credential seed → entry seed → field
//! salt) so that the holder can reveal a whole credential with 16 bytes,
//! one entry with 16 bytes, or single fields with their salts, and never
//! leaks the salt of a field that stays hidden.

use std::collections::BTreeMap;

use ciborium::value::{Integer, Value};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};

use crate::cbor::{map, to_vec, uint};

/// Length of seeds, salts and digests.
pub const SD_LEN: usize = 16;

fn hkdf16(ikm: &[u8; SD_LEN], info_prefix: &[u8], index: u8) -> [u8; SD_LEN] {
    let hk = Hkdf::<Sha256>::new(None, ikm);
    let mut info = info_prefix.to_vec();
    info.push(index);
    let mut out = [0u8; SD_LEN];
    // 16 bytes is far below HKDF-SHA256's 8,160-byte limit.
    if hk.expand(&info, &mut out).is_err() {
        out = [0u8; SD_LEN];
    }
    out
}

/// Seed of entry `index` (0-based position in the credential).
pub(crate) fn entry_seed(credential_seed: &[u8; SD_LEN], index: u8) -> [u8; SD_LEN] {
    hkdf16(credential_seed, b"carnet-entry/v1", index)
}

/// Salt of field `field_id` of an entry.
pub(crate) fn salt(entry_seed: &[u8; SD_LEN], field_id: u8) -> [u8; SD_LEN] {
    hkdf16(entry_seed, b"carnet-sd/v1", field_id)
}

fn sha16(bytes: &[u8]) -> [u8; SD_LEN] {
    let h = Sha256::digest(bytes);
    let mut out = [0u8; SD_LEN];
    out.copy_from_slice(&h[..SD_LEN]);
    out
}

/// First 16 bytes of SHA-256(CBOR [salt, field id, value]).
pub(crate) fn field_digest(salt: &[u8; SD_LEN], field_id: u8, value: &Value) -> [u8; SD_LEN] {
    let arr = Value::Array(vec![
        Value::Bytes(salt.to_vec()),
        uint(field_id.into()),
        value.clone(),
    ]);
    sha16(&to_vec(&arr))
}

/// First 16 bytes of SHA-256(CBOR map {field id: field digest}).
pub(crate) fn entry_digest(digests: &BTreeMap<u8, [u8; SD_LEN]>) -> [u8; SD_LEN] {
    let m = map(digests
        .iter()
        .map(|(id, d)| (Value::Integer(Integer::from(*id)), Value::Bytes(d.to_vec())))
        .collect());
    sha16(&to_vec(&m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_is_stable_and_separated() {
        let seed = [0u8; SD_LEN];
        let e0 = entry_seed(&seed, 0);
        let e1 = entry_seed(&seed, 1);
        assert_ne!(e0, e1);
        assert_ne!(salt(&e0, 1), salt(&e0, 2));
        let mut m = BTreeMap::new();
        m.insert(2u8, [1; SD_LEN]);
        assert_ne!(entry_digest(&m), [1; SD_LEN]);
    }

    /// The worked example of docs/credential-format.md §14.
    #[test]
    fn worked_example_values() {
        let hex = |b: &[u8]| crate::keys::hex_lower(b);
        let mut seed = [0u8; SD_LEN];
        let bytes = [
            0xb1, 0x91, 0xab, 0xbb, 0x01, 0xbc, 0x81, 0x0e, 0x9c, 0x87, 0x3f, 0xc9, 0x75, 0x30,
            0x47, 0xd7,
        ];
        seed.copy_from_slice(&bytes);
        let e0 = entry_seed(&seed, 0);
        assert_eq!(hex(&e0), "6f24a870869a43a40b5d180634d38b2a");
        let s2 = salt(&e0, 2);
        assert_eq!(hex(&s2), "ee856d5e422805d6140218003366ec85");
        let d2 = field_digest(&s2, 2, &Value::Text("Install electrical wiring".into()));
        assert_eq!(hex(&d2), "8bf3bcedcf0c59295bb679f7a8709c49");
    }
}
