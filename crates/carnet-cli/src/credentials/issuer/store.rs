//! The CLI's side of the verifier folder `<data-dir>/verifier/`: reading
//! goes through carnet-credential's `VerifierStore` (shared with the app);
//! writing (`carnet trust …`, `carnet revocation import`) happens here.

use std::path::{Path, PathBuf};

use carnet_credential::status_list::StatusLists;
use carnet_credential::trust_bundle::TrustBundles;
pub use carnet_credential::verifier_store::Anchor;
use carnet_credential::verifier_store::{StoreError, VerifierStore};
use carnet_credential::PublicKey;

use super::identity::storage;
use super::{err, write_atomically};
use crate::error::CliError;
use crate::exit;
use crate::session::Session;

/// A 64-hex-digit Ed25519 public key.
pub fn parse_key(text: &str) -> Option<PublicKey> {
    PublicKey::from_hex(text)
}

fn store(s: &Session<'_>) -> VerifierStore {
    VerifierStore::new(&s.data_dir)
}

fn anchors_path(s: &Session<'_>) -> PathBuf {
    store(s).anchors_path()
}

pub fn bundle_path(s: &Session<'_>, anchor: &PublicKey) -> PathBuf {
    store(s).bundle_path(anchor)
}

pub fn status_path(s: &Session<'_>, issuer_kid: &str) -> PathBuf {
    store(s).status_path(issuer_kid)
}

fn damaged() -> CliError {
    err("verifier-damaged", vec![], exit::DAMAGED_STORE)
}

fn store_error(e: StoreError) -> CliError {
    match e {
        StoreError::Damaged => damaged(),
        StoreError::Io { path, source } => storage(&path, &source),
    }
}

/// The chosen anchors (empty when none yet).
pub fn anchors(s: &Session<'_>) -> Result<Vec<Anchor>, CliError> {
    store(s).anchors().map_err(store_error)
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
    anchors
        .iter()
        .map(|a| a.key().map_err(store_error))
        .collect()
}

/// Every stored bundle, verified again with the anchors.
pub fn bundles(s: &Session<'_>) -> Result<TrustBundles, CliError> {
    store(s).bundles().map_err(store_error)
}

/// Every stored status list whose issuer is trusted.
pub fn status_lists(s: &Session<'_>, trust: &TrustBundles) -> Result<StatusLists, CliError> {
    store(s).status_lists(trust).map_err(store_error)
}
