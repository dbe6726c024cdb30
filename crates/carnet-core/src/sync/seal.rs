//! Sealing what goes to the hub (docs/sync-protocol.md §3): every object
//! is encrypted with the epoch's sync key, and its place (logbook, device,
//! sequence number, epoch) is bound as associated data, so the hub can
//! neither read a row nor pass it off as another.

use std::io::{Read, Write};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

use super::SyncError;

const AD_PREFIX: &[u8] = b"carnet-sync/v1\0";
const NONCE_LEN: usize = 24;
/// Largest inflated change list accepted from the hub.
pub const MAX_INFLATED: u64 = 64 * 1024 * 1024;

const CHANGES_CBOR: u8 = 0x01;
const CHANGES_ZLIB: u8 = 0x02;
const DOCUMENT: u8 = 0x03;

/// Associated data of a change row.
pub fn row_ad(logbook: &uuid::Uuid, device: &[u8; 16], seq: u64, epoch: u32) -> Vec<u8> {
    placed(1, logbook, device, seq, epoch)
}

/// Associated data of a snapshot covering rows up to `covers`.
pub fn snapshot_ad(logbook: &uuid::Uuid, device: &[u8; 16], covers: u64, epoch: u32) -> Vec<u8> {
    placed(2, logbook, device, covers, epoch)
}

/// Associated data of an evidence blob.
pub fn blob_ad(logbook: &uuid::Uuid, blob_id: &[u8; 32], epoch: u32) -> Vec<u8> {
    let mut ad = header(3, logbook);
    ad.extend_from_slice(blob_id);
    ad.extend_from_slice(&epoch.to_be_bytes());
    ad
}

fn header(kind: u8, logbook: &uuid::Uuid) -> Vec<u8> {
    let mut ad = Vec::with_capacity(AD_PREFIX.len() + 1 + 16 + 32 + 12);
    ad.extend_from_slice(AD_PREFIX);
    ad.push(kind);
    ad.extend_from_slice(logbook.as_bytes());
    ad
}

fn placed(kind: u8, logbook: &uuid::Uuid, device: &[u8; 16], n: u64, epoch: u32) -> Vec<u8> {
    let mut ad = header(kind, logbook);
    ad.extend_from_slice(device);
    ad.extend_from_slice(&n.to_be_bytes());
    ad.extend_from_slice(&epoch.to_be_bytes());
    ad
}

/// `nonce ‖ XChaCha20-Poly1305(plaintext)` with a fresh random nonce.
pub fn seal(key: &[u8; 32], ad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, SyncError> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: ad,
            },
        )
        .map_err(|_| SyncError::Internal("encryption failed".into()))?;
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens what [`seal`] made; anything altered, moved or sealed with
/// another key is [`SyncError::Forged`].
pub fn open(key: &[u8; 32], ad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SyncError> {
    if sealed.len() < NONCE_LEN + 16 {
        return Err(SyncError::Forged);
    }
    let (nonce, ct) = sealed.split_at(NONCE_LEN);
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad: ad })
        .map_err(|_| SyncError::Forged)
}

/// The plaintext of a row: Automerge changes as a CBOR array of byte
/// strings, zlib-compressed when that is smaller.
pub fn encode_changes(changes: &[&[u8]]) -> Result<Vec<u8>, SyncError> {
    let array = ciborium::Value::Array(
        changes
            .iter()
            .map(|c| ciborium::Value::Bytes(c.to_vec()))
            .collect(),
    );
    let mut cbor = Vec::new();
    ciborium::into_writer(&array, &mut cbor)
        .map_err(|e| SyncError::Internal(format!("encoding changes: {e}")))?;
    let mut z = flate2::write::ZlibEncoder::new(vec![CHANGES_ZLIB], flate2::Compression::best());
    z.write_all(&cbor)
        .map_err(|e| SyncError::Internal(format!("compressing changes: {e}")))?;
    let zipped = z
        .finish()
        .map_err(|e| SyncError::Internal(format!("compressing changes: {e}")))?;
    if zipped.len() < cbor.len() + 1 {
        return Ok(zipped);
    }
    let mut out = Vec::with_capacity(cbor.len() + 1);
    out.push(CHANGES_CBOR);
    out.extend_from_slice(&cbor);
    Ok(out)
}

/// The changes of a row's plaintext, each still to be parsed by Automerge.
pub fn decode_changes(plaintext: &[u8]) -> Result<Vec<Vec<u8>>, SyncError> {
    let cbor: Vec<u8> = match plaintext.split_first() {
        Some((&CHANGES_CBOR, rest)) => rest.to_vec(),
        Some((&CHANGES_ZLIB, rest)) => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(rest)
                .take(MAX_INFLATED + 1)
                .read_to_end(&mut out)
                .map_err(|_| SyncError::BadPlaintext)?;
            if out.len() as u64 > MAX_INFLATED {
                return Err(SyncError::BadPlaintext);
            }
            out
        }
        _ => return Err(SyncError::BadPlaintext),
    };
    let value: ciborium::Value =
        ciborium::from_reader(cbor.as_slice()).map_err(|_| SyncError::BadPlaintext)?;
    let ciborium::Value::Array(items) = value else {
        return Err(SyncError::BadPlaintext);
    };
    items
        .into_iter()
        .map(|v| match v {
            ciborium::Value::Bytes(b) => Ok(b),
            _ => Err(SyncError::BadPlaintext),
        })
        .collect()
}

/// The plaintext of a snapshot: a whole Automerge document.
pub fn encode_document(saved: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(saved.len() + 1);
    out.push(DOCUMENT);
    out.extend_from_slice(saved);
    out
}

pub fn decode_document(plaintext: &[u8]) -> Result<&[u8], SyncError> {
    match plaintext.split_first() {
        Some((&DOCUMENT, rest)) => Ok(rest),
        _ => Err(SyncError::BadPlaintext),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [7; 32];

    fn logbook() -> uuid::Uuid {
        uuid::Uuid::from_bytes([1; 16])
    }

    #[test]
    fn a_row_opens_only_where_it_was_sealed() {
        let ad = row_ad(&logbook(), &[2; 16], 5, 0);
        let sealed = seal(&KEY, &ad, b"changes").expect("seal");
        assert_eq!(open(&KEY, &ad, &sealed).expect("open"), b"changes");
        // Moved to another sequence number, device, epoch or logbook.
        for other in [
            row_ad(&logbook(), &[2; 16], 6, 0),
            row_ad(&logbook(), &[3; 16], 5, 0),
            row_ad(&logbook(), &[2; 16], 5, 1),
            row_ad(&uuid::Uuid::from_bytes([9; 16]), &[2; 16], 5, 0),
            snapshot_ad(&logbook(), &[2; 16], 5, 0),
        ] {
            assert!(matches!(
                open(&KEY, &other, &sealed),
                Err(SyncError::Forged)
            ));
        }
        // Another key, a flipped bit, a truncation.
        assert!(matches!(
            open(&[8; 32], &ad, &sealed),
            Err(SyncError::Forged)
        ));
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(open(&KEY, &ad, &flipped), Err(SyncError::Forged)));
        assert!(matches!(
            open(&KEY, &ad, &sealed[..30]),
            Err(SyncError::Forged)
        ));
    }

    #[test]
    fn change_lists_round_trip_compressed_or_not() {
        let small: Vec<&[u8]> = vec![b"a"];
        let encoded = encode_changes(&small).expect("encode");
        assert_eq!(encoded[0], CHANGES_CBOR);
        assert_eq!(
            decode_changes(&encoded).expect("decode"),
            vec![b"a".to_vec()]
        );
        let big = vec![7u8; 4096];
        let many: Vec<&[u8]> = vec![&big, &big];
        let encoded = encode_changes(&many).expect("encode");
        assert_eq!(encoded[0], CHANGES_ZLIB);
        assert!(encoded.len() < 200);
        assert_eq!(
            decode_changes(&encoded).expect("decode"),
            vec![big.clone(), big]
        );
    }

    #[test]
    fn bad_plaintexts_are_refused() {
        for bad in [
            &b""[..],
            b"\x09abc",
            b"\x01\xff",
            b"\x02not zlib",
            b"\x01\x01",
        ] {
            assert!(
                matches!(decode_changes(bad), Err(SyncError::BadPlaintext)),
                "{bad:?}"
            );
        }
        assert!(decode_document(b"\x01x").is_err());
        assert_eq!(
            decode_document(&encode_document(b"doc")).expect("doc"),
            b"doc"
        );
    }
}
