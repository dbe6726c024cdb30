//! What a verifier keeps in `<data-dir>/verifier/`: the trust anchors it
//! chose (`anchors.json`), and the signed files it imported, as they came:
//! `bundles/<anchor kid>.cbor` (one per anchor, the newest) and
//! `status/<issuer kid>.cbor` (one per issuer, the newest).
//!
//! Keeping the signed bytes rather than their content means every use
//! checks the signatures again: a file edited on disk stops counting
//! instead of silently changing what is trusted.

use std::path::{Path, PathBuf};

use carnet_credential::status_list::{SignedStatusList, StatusLists};
use carnet_credential::trust_bundle::{self, TrustBundles};
use carnet_credential::{PublicKey, TrustStore};
use serde::{Deserialize, Serialize};

use super::identity::storage;
use super::{err, write_atomically};
use crate::error::CliError;
use crate::exit;
use crate::session::Session;

/// A trust anchor the verifier chose to believe.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Anchor {
    pub name: String,
    /// Ed25519 public key, hex.
    pub public_key: String,
}

impl Anchor {
    /// The key; a stored key that does not parse is damage.
    pub fn key(&self) -> Result<PublicKey, CliError> {
        parse_key(&self.public_key).ok_or_else(damaged)
    }
}

/// A 64-hex-digit Ed25519 public key.
pub fn parse_key(text: &str) -> Option<PublicKey> {
    let bytes: [u8; 32] = crate::credentials::from_hex(text)?.try_into().ok()?;
    PublicKey::from_bytes(&bytes).ok()
}

fn dir(s: &Session<'_>) -> PathBuf {
    s.data_dir.join("verifier")
}

fn anchors_path(s: &Session<'_>) -> PathBuf {
    dir(s).join("anchors.json")
}

pub fn bundle_path(s: &Session<'_>, anchor: &PublicKey) -> PathBuf {
    dir(s)
        .join("bundles")
        .join(format!("{}.cbor", anchor.kid_hex()))
}

pub fn status_path(s: &Session<'_>, issuer_kid: &str) -> PathBuf {
    dir(s).join("status").join(format!("{issuer_kid}.cbor"))
}

fn damaged() -> CliError {
    err("verifier-damaged", vec![], exit::DAMAGED_STORE)
}

/// Reads a file of ours; `None` if it does not exist.
fn read_own(path: &Path) -> Result<Option<Vec<u8>>, CliError> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(storage(path, &e)),
    }
}

/// The chosen anchors (empty when none yet).
pub fn anchors(s: &Session<'_>) -> Result<Vec<Anchor>, CliError> {
    match read_own(&anchors_path(s))? {
        None => Ok(Vec::new()),
        Some(bytes) => serde_json::from_slice(&bytes).map_err(|_| damaged()),
    }
}

pub fn save_anchors(s: &Session<'_>, anchors: &[Anchor]) -> Result<(), CliError> {
    let mut bytes = serde_json::to_vec_pretty(anchors)
        .map_err(|e| CliError::Core(carnet_core::Error::Internal(e.to_string())))?;
    bytes.push(b'\n');
    write_signed(&anchors_path(s), &bytes)
}

/// Writes one of our files, making its folder first.
pub fn write_signed(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| storage(parent, &e))?;
    }
    write_atomically(path, bytes)
}

/// The anchor keys, checked.
pub fn anchor_keys(anchors: &[Anchor]) -> Result<Vec<PublicKey>, CliError> {
    anchors.iter().map(Anchor::key).collect()
}

/// Every stored bundle, verified again with the anchors. A stored bundle
/// that no longer verifies (edited on disk) is damage.
pub fn bundles(s: &Session<'_>) -> Result<TrustBundles, CliError> {
    let keys = anchor_keys(&anchors(s)?)?;
    let mut out = TrustBundles::new();
    for bytes in files(&dir(s).join("bundles"))? {
        let b = trust_bundle::open(&bytes, &keys).map_err(|_| damaged())?;
        out.insert(b);
    }
    Ok(out)
}

/// Every stored status list whose issuer is trusted, verified with that
/// issuer's key. Lists of issuers no bundle lists any more are left out:
/// their signature cannot be checked.
pub fn status_lists(s: &Session<'_>, trust: &TrustBundles) -> Result<StatusLists, CliError> {
    let mut out = StatusLists::new();
    for bytes in files(&dir(s).join("status"))? {
        let signed = SignedStatusList::from_cbor(&bytes).map_err(|_| damaged())?;
        let Some(issuer) = trust.issuer_by_kid(&signed.issuer_kid()) else {
            continue;
        };
        let key = issuer.public_key;
        out.insert(signed.verify(&key).map_err(|_| damaged())?);
    }
    Ok(out)
}

/// The bytes of every `*.cbor` file in `dir`, in name order.
fn files(dir: &Path) -> Result<Vec<Vec<u8>>, CliError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(storage(dir, &e)),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cbor"))
        .collect();
    paths.sort();
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        if let Some(b) = read_own(&p)? {
            out.push(b);
        }
    }
    Ok(out)
}
