//! Status lists: an issuer's signed list of revoked credentials, one bit
//! per revocation index, compressed so that a verifier can import it as a
//! small file and check revocation offline (docs/credential-format.md §18).
//!
//! Like a trust bundle, a status list never expires: a verifier with an
//! old list still learns about every revocation up to its issue time, so
//! the age is reported ("revocation list from 3 days ago"), not enforced.

use std::collections::HashMap;
use std::io::Write;

use ciborium::value::Value;
use flate2::write::ZlibEncoder;
use flate2::{Compression, Decompress, FlushDecompress, Status};

use crate::cbor::{self, as_bytes, as_u64, uint};
use crate::endorsement::sig_structure;
use crate::keys::{hex_lower, PublicKey, SecretIdentity};
use crate::trust_bundle::{read_header, seal, unseal, Header, EDDSA_PROTECTED};
use crate::verify::Revocations;

/// Format version of status list files.
pub const STATUS_LIST_VERSION: u64 = 1;

/// Default and smallest list size in bits (as in the W3C Bitstring Status
/// List): the size of a list then says nothing about how many
/// credentials an issuer has made.
pub const MIN_SIZE: u32 = 131_072;

/// Largest list size in bits (16 Mi credentials; 2 MiB uncompressed).
pub const MAX_SIZE: u32 = 1 << 24;

/// Largest status list file a reader accepts (bytes).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

const MAGIC: &str = "carnet-status-list";
const WHAT: &str = "status list";

/// How the revoked bits are carried (payload key 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// 0: zlib of the bitstring (size / 8 bytes, bit `i` is bit
    /// `7 - i % 8` of byte `i / 8`, i.e. most significant bit first).
    Bitstring,
    /// 1: zlib of the revoked indexes as ascending LEB128 gaps (the first
    /// index, then each index minus the previous one minus 1). Smaller
    /// when few credentials are revoked.
    DeltaList,
}

impl Encoding {
    /// The wire code.
    pub fn code(self) -> u64 {
        match self {
            Encoding::Bitstring => 0,
            Encoding::DeltaList => 1,
        }
    }

    fn from_code(code: u64) -> Option<Self> {
        match code {
            0 => Some(Encoding::Bitstring),
            1 => Some(Encoding::DeltaList),
            _ => None,
        }
    }
}

/// Why a status list was not built or not accepted. Messages are plain
/// English for logs; front ends show Fluent `error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusListError {
    /// Not CBOR, not the shape of §18, or bits that do not decode.
    #[error("the status list is damaged or not a status list: {detail}")]
    Malformed {
        /// What was wrong, for logs.
        detail: String,
    },
    /// A well-formed Carnet signed file of another type.
    #[error("this is not a Carnet status list")]
    WrongFile,
    /// Written by a newer Carnet; refusing it is not damage.
    #[error(
        "this status list was made by a newer Carnet (format version {found}); update Carnet to read it"
    )]
    NewerVersion {
        /// The version found in the file.
        found: u64,
    },
    /// The list was published by another issuer than the one given.
    #[error("this status list belongs to issuer {found}, not {expected}")]
    WrongIssuer {
        /// The kid of the key the caller gave, hex.
        expected: String,
        /// The kid the list names, hex.
        found: String,
    },
    /// The issuer's signature does not verify: altered or damaged.
    #[error("the issuer's signature on this status list does not verify; the file was altered or damaged")]
    BadSignature,
    /// A size or index outside the limits.
    #[error("invalid status list {field}: {detail}")]
    Invalid {
        /// Which value.
        field: &'static str,
        /// What was wrong.
        detail: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("the status list is larger than {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

impl StatusListError {
    /// One value of each variant, so that every front end can test that
    /// each has a message (a new variant then fails those tests).
    pub fn examples() -> Vec<StatusListError> {
        vec![
            StatusListError::Malformed { detail: "x".into() },
            StatusListError::WrongFile,
            StatusListError::NewerVersion { found: 2 },
            StatusListError::WrongIssuer {
                expected: "a".into(),
                found: "b".into(),
            },
            StatusListError::BadSignature,
            StatusListError::Invalid {
                field: "size",
                detail: "x".into(),
            },
            StatusListError::TooLarge { limit: 1 },
        ]
    }

    /// Stable code for front ends (`error-<code>` in Fluent) and `--json`.
    pub fn code(&self) -> &'static str {
        match self {
            StatusListError::Malformed { .. } => "status-list-malformed",
            StatusListError::WrongFile => "status-list-wrong-file",
            StatusListError::NewerVersion { .. } => "status-list-newer-version",
            StatusListError::WrongIssuer { .. } => "status-list-wrong-issuer",
            StatusListError::BadSignature => "status-list-bad-signature",
            StatusListError::Invalid { .. } => "status-list-invalid",
            StatusListError::TooLarge { .. } => "status-list-too-large",
        }
    }
}

impl From<crate::Error> for StatusListError {
    fn from(e: crate::Error) -> Self {
        malformed(e.to_string())
    }
}

fn malformed(detail: impl Into<String>) -> StatusListError {
    StatusListError::Malformed {
        detail: detail.into(),
    }
}

/// An issuer's revocation bits, to edit and sign.
#[derive(Clone, PartialEq, Eq)]
pub struct StatusList {
    size: u32,
    bits: Vec<u8>,
}

impl std::fmt::Debug for StatusList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StatusList")
            .field("size", &self.size)
            .field("revoked", &self.revoked_count())
            .finish()
    }
}

impl Default for StatusList {
    fn default() -> Self {
        StatusList {
            size: MIN_SIZE,
            bits: vec![0; (MIN_SIZE / 8) as usize],
        }
    }
}

impl StatusList {
    /// A list of `size` bits with nothing revoked. `size` is a multiple
    /// of 8 from [`MIN_SIZE`] to [`MAX_SIZE`].
    pub fn new(size: u32) -> Result<Self, StatusListError> {
        check_size(size).map_err(|detail| StatusListError::Invalid {
            field: "size",
            detail,
        })?;
        Ok(StatusList {
            size,
            bits: vec![0; (size / 8) as usize],
        })
    }

    /// The number of indexes the list covers.
    pub fn size(&self) -> u32 {
        self.size
    }

    /// Marks `index` revoked. Revocation is final: there is no "unrevoke".
    pub fn revoke(&mut self, index: u32) -> Result<(), StatusListError> {
        if index >= self.size {
            return Err(StatusListError::Invalid {
                field: "index",
                detail: format!("{index} is not below the list size {}", self.size),
            });
        }
        self.bits[(index / 8) as usize] |= 0x80 >> (index % 8);
        Ok(())
    }

    /// Whether `index` is revoked (`false` beyond the size).
    pub fn is_revoked(&self, index: u32) -> bool {
        index < self.size && self.bits[(index / 8) as usize] & (0x80 >> (index % 8)) != 0
    }

    /// The revoked indexes, ascending.
    pub fn revoked(&self) -> impl Iterator<Item = u32> + '_ {
        self.bits.iter().enumerate().flat_map(|(byte, b)| {
            (0..8u32).filter_map(move |bit| {
                let index = u32::try_from(byte).ok()?.checked_mul(8)?.checked_add(bit)?;
                (b & (0x80 >> bit) != 0).then_some(index)
            })
        })
    }

    /// How many indexes are revoked.
    pub fn revoked_count(&self) -> usize {
        self.bits.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// The bits in the encoding that is smaller (the bitstring on a tie).
    pub fn encode_bits(&self) -> (Encoding, Vec<u8>) {
        let bitstring = zlib(&self.bits);
        let delta = delta_list(self.revoked());
        // The reader bounds the inflated delta list by the bitstring's
        // length, so a longer list is never written.
        if delta.len() <= self.bits.len() {
            let delta = zlib(&delta);
            if delta.len() < bitstring.len() {
                return (Encoding::DeltaList, delta);
            }
        }
        (Encoding::Bitstring, bitstring)
    }

    /// Signs the list with the issuer's key at `issued_at`: the bytes of
    /// the file.
    pub fn sign(&self, issuer: &SecretIdentity, issued_at: u64) -> Vec<u8> {
        let (encoding, data) = self.encode_bits();
        let payload = cbor::to_vec(&cbor::map(vec![
            (uint(0), Value::Text(MAGIC.into())),
            (uint(1), uint(STATUS_LIST_VERSION)),
            (uint(2), Value::Bytes(issuer.public_key().kid().to_vec())),
            (uint(3), uint(issued_at)),
            (uint(4), uint(u64::from(self.size))),
            (uint(5), uint(encoding.code())),
            (uint(6), Value::Bytes(data)),
        ]));
        seal(issuer, payload)
    }
}

fn check_size(size: u32) -> Result<(), String> {
    if !(MIN_SIZE..=MAX_SIZE).contains(&size) || !size.is_multiple_of(8) {
        return Err(format!(
            "{size} is not a multiple of 8 from {MIN_SIZE} to {MAX_SIZE}"
        ));
    }
    Ok(())
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut enc = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail; an empty result would only make the
    // file unreadable, never wrong.
    if enc.write_all(bytes).is_err() {
        return Vec::new();
    }
    enc.finish().unwrap_or_default()
}

/// Inflates a complete zlib stream of at most `limit` bytes.
fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, StatusListError> {
    let mut inflater = Decompress::new(true);
    let mut out = Vec::with_capacity(limit.saturating_add(1));
    let status = inflater
        .decompress_vec(bytes, &mut out, FlushDecompress::Finish)
        .map_err(|_| malformed("the bits are not a valid zlib stream"))?;
    if out.len() > limit {
        return Err(malformed(format!("the bits inflate beyond {limit} bytes")));
    }
    if status != Status::StreamEnd || inflater.total_in() != bytes.len() as u64 {
        return Err(malformed(
            "the zlib stream is truncated or has trailing bytes",
        ));
    }
    Ok(out)
}

fn leb128(out: &mut Vec<u8>, mut n: u32) {
    loop {
        let low = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Ascending indexes as LEB128 gaps.
fn delta_list(indexes: impl Iterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut next = 0u32;
    for i in indexes {
        leb128(&mut out, i - next);
        next = i.saturating_add(1);
    }
    out
}

/// Decodes LEB128 gaps into `bits`, refusing overlong numbers and
/// indexes at or beyond `size`.
fn apply_delta_list(list: &[u8], size: u32, bits: &mut [u8]) -> Result<(), StatusListError> {
    let mut next: u64 = 0;
    let mut pos = 0;
    while pos < list.len() {
        let mut gap: u64 = 0;
        let mut shift = 0;
        loop {
            let Some(&b) = list.get(pos) else {
                return Err(malformed("a gap is cut off"));
            };
            pos += 1;
            if shift == 28 && b > 0x0F {
                return Err(malformed("a gap does not fit 32 bits"));
            }
            gap |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                if b == 0 && shift > 0 {
                    return Err(malformed("a gap is not in its shortest form"));
                }
                break;
            }
            shift += 7;
        }
        let index = next + gap;
        if index >= u64::from(size) {
            return Err(malformed(format!("index {index} is beyond the list size")));
        }
        let index = index as usize;
        bits[index / 8] |= 0x80 >> (index % 8);
        next = index as u64 + 1;
    }
    Ok(())
}

/// A status list file read but not yet verified. Nothing in it is
/// trustworthy until [`SignedStatusList::verify`] succeeds.
#[derive(Debug, Clone)]
pub struct SignedStatusList {
    issuer_kid: [u8; 8],
    issued_at: u64,
    encoding: Encoding,
    list: StatusList,
    payload: Vec<u8>,
    signature: [u8; 64],
}

impl SignedStatusList {
    /// Reads a status list file strictly (format §18). Refuses a newer
    /// version with [`StatusListError::NewerVersion`], never as damage.
    pub fn from_cbor(bytes: &[u8]) -> Result<Self, StatusListError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(StatusListError::TooLarge {
                limit: MAX_FILE_BYTES,
            });
        }
        let env = unseal(bytes, WHAT).map_err(malformed)?;
        let value = cbor::from_slice(&env.payload, WHAT)?;
        let mut r =
            match read_header(&value, MAGIC, STATUS_LIST_VERSION, WHAT).map_err(malformed)? {
                Header::Ok(r) => r,
                Header::WrongFile => return Err(StatusListError::WrongFile),
                Header::Newer(found) => return Err(StatusListError::NewerVersion { found }),
            };
        if env.protected != EDDSA_PROTECTED {
            return Err(malformed("protected header is not {1: -8}"));
        }
        let issuer_kid = as_bytes::<8>(r.need(2)?).ok_or_else(|| malformed("issuer kid"))?;
        if issuer_kid != env.kid {
            return Err(malformed("header kid differs from the signed issuer kid"));
        }
        let issued_at = as_u64(r.need(3)?).ok_or_else(|| malformed("issue time"))?;
        let size = as_u64(r.need(4)?)
            .and_then(|s| u32::try_from(s).ok())
            .ok_or_else(|| malformed("size"))?;
        check_size(size).map_err(malformed)?;
        let encoding = as_u64(r.need(5)?)
            .and_then(Encoding::from_code)
            .ok_or_else(|| malformed("unknown encoding"))?;
        let Value::Bytes(data) = r.need(6)? else {
            return Err(malformed("bits are not a byte string"));
        };
        r.finish()?;
        let len = (size / 8) as usize;
        let inflated = inflate(data, len)?;
        let bits = match encoding {
            Encoding::Bitstring => {
                if inflated.len() != len {
                    return Err(malformed("the bitstring does not have the list's size"));
                }
                inflated
            }
            Encoding::DeltaList => {
                let mut bits = vec![0u8; len];
                apply_delta_list(&inflated, size, &mut bits)?;
                bits
            }
        };
        Ok(SignedStatusList {
            issuer_kid,
            issued_at,
            encoding,
            list: StatusList { size, bits },
            payload: env.payload,
            signature: env.signature,
        })
    }

    /// The kid of the issuer the file says published it.
    pub fn issuer_kid(&self) -> [u8; 8] {
        self.issuer_kid
    }

    /// How the file carried its bits.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Checks that the list is `issuer`'s and that its signature verifies.
    pub fn verify(self, issuer: &PublicKey) -> Result<VerifiedStatusList, StatusListError> {
        if issuer.kid() != self.issuer_kid {
            return Err(StatusListError::WrongIssuer {
                expected: issuer.kid_hex(),
                found: hex_lower(&self.issuer_kid),
            });
        }
        if !issuer.verify(&sig_structure(&self.payload), &self.signature) {
            return Err(StatusListError::BadSignature);
        }
        Ok(VerifiedStatusList {
            issuer: *issuer,
            issued_at: self.issued_at,
            list: self.list,
        })
    }
}

/// Reads and verifies a status list file in one step.
pub fn open(bytes: &[u8], issuer: &PublicKey) -> Result<VerifiedStatusList, StatusListError> {
    SignedStatusList::from_cbor(bytes)?.verify(issuer)
}

/// A status list whose issuer signature verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedStatusList {
    issuer: PublicKey,
    issued_at: u64,
    list: StatusList,
}

impl VerifiedStatusList {
    /// The issuer that signed it.
    pub fn issuer(&self) -> PublicKey {
        self.issuer
    }

    /// When the issuer published it (seconds).
    pub fn issued_at(&self) -> u64 {
        self.issued_at
    }

    /// Seconds between issue and `now` (0 if issued "in the future").
    pub fn age(&self, now: u64) -> u64 {
        now.saturating_sub(self.issued_at)
    }

    /// The bits.
    pub fn list(&self) -> &StatusList {
        &self.list
    }
}

impl Revocations for VerifiedStatusList {
    fn is_revoked(&self, issuer_kid: &[u8; 8], index: u32) -> Option<bool> {
        // An index beyond the list is not covered by it: "no list", not
        // "not revoked".
        (issuer_kid == &self.issuer.kid() && index < self.list.size)
            .then(|| self.list.is_revoked(index))
    }

    fn issued_at(&self, issuer_kid: &[u8; 8]) -> Option<u64> {
        (issuer_kid == &self.issuer.kid()).then_some(self.issued_at)
    }
}

/// The verified lists of several issuers, one per issuer kid.
#[derive(Debug, Clone, Default)]
pub struct StatusLists {
    lists: HashMap<[u8; 8], VerifiedStatusList>,
}

impl StatusLists {
    /// No lists.
    pub fn new() -> Self {
        StatusLists::default()
    }

    /// Adds a list; an older list than the one held for the same issuer
    /// is ignored (revocations only accumulate). Returns whether it was
    /// taken.
    pub fn insert(&mut self, list: VerifiedStatusList) -> bool {
        let kid = list.issuer.kid();
        match self.lists.get(&kid) {
            Some(held) if held.issued_at > list.issued_at => false,
            _ => {
                self.lists.insert(kid, list);
                true
            }
        }
    }

    /// The list held for an issuer kid.
    pub fn get(&self, issuer_kid: &[u8; 8]) -> Option<&VerifiedStatusList> {
        self.lists.get(issuer_kid)
    }

    /// Every list held, in no set order (a front end listing them sorts).
    pub fn iter(&self) -> impl Iterator<Item = &VerifiedStatusList> {
        self.lists.values()
    }
}

impl Revocations for StatusLists {
    fn is_revoked(&self, issuer_kid: &[u8; 8], index: u32) -> Option<bool> {
        self.lists.get(issuer_kid)?.is_revoked(issuer_kid, index)
    }

    fn issued_at(&self, issuer_kid: &[u8; 8]) -> Option<u64> {
        self.lists.get(issuer_kid).map(|l| l.issued_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_list_round_trip_and_strictness() {
        let idx = [0u32, 1, 127, 128, 300, 131_071];
        let list = delta_list(idx.iter().copied());
        let mut bits = vec![0u8; (MIN_SIZE / 8) as usize];
        assert!(apply_delta_list(&list, MIN_SIZE, &mut bits).is_ok());
        let back = StatusList {
            size: MIN_SIZE,
            bits,
        };
        assert_eq!(back.revoked().collect::<Vec<_>>(), idx.to_vec());
        let mut bits = vec![0u8; (MIN_SIZE / 8) as usize];
        // Overlong zero, a cut-off number, and an index beyond the size.
        assert!(apply_delta_list(&[0x80, 0x00], MIN_SIZE, &mut bits).is_err());
        assert!(apply_delta_list(&[0x80], MIN_SIZE, &mut bits).is_err());
        assert!(apply_delta_list(&[0x80, 0x80, 0x08], MIN_SIZE, &mut bits).is_err());
        assert!(apply_delta_list(&[0xFF, 0xFF, 0xFF, 0xFF, 0x7F], MIN_SIZE, &mut bits).is_err());
    }
}
