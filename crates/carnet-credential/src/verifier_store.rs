//! What a verifier keeps in `<data-dir>/verifier/` (docs/cli.md, "Trust"):
//! the trust anchors it chose (`anchors.json`), and the signed files it
//! imported, as they came: `bundles/<anchor kid>.cbor` (one per anchor,
//! the newest) and `status/<issuer kid>.cbor` (one per issuer, the newest).
//!
//! Keeping the signed bytes rather than their content means every use
//! checks the signatures again: a file edited on disk stops counting
//! instead of silently changing what is trusted. The CLI writes these
//! files (`carnet trust …`); the CLI and the app both read them here.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::status_list::{SignedStatusList, StatusLists};
use crate::trust_bundle::{self, TrustBundles};
use crate::{PublicKey, TrustStore};

/// Why the verifier's folder could not be read.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file is not what Carnet wrote, or its signature no longer holds.
    #[error("the saved trust lists are damaged or were changed")]
    Damaged,
    /// The folder or a file in it could not be read.
    #[error("could not read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A trust anchor the verifier chose to believe.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Anchor {
    pub name: String,
    /// Ed25519 public key, hex.
    pub public_key: String,
}

impl Anchor {
    /// The key; a stored key that does not parse is damage.
    pub fn key(&self) -> Result<PublicKey, StoreError> {
        PublicKey::from_hex(&self.public_key).ok_or(StoreError::Damaged)
    }
}

/// The verifier folder of one data folder.
#[derive(Debug, Clone)]
pub struct VerifierStore {
    dir: PathBuf,
}

impl VerifierStore {
    /// The store under `data_dir` (it need not exist: then it is empty).
    pub fn new(data_dir: &Path) -> VerifierStore {
        VerifierStore {
            dir: data_dir.join("verifier"),
        }
    }

    pub fn anchors_path(&self) -> PathBuf {
        self.dir.join("anchors.json")
    }

    pub fn bundle_path(&self, anchor: &PublicKey) -> PathBuf {
        self.dir
            .join("bundles")
            .join(format!("{}.cbor", anchor.kid_hex()))
    }

    pub fn status_path(&self, issuer_kid_hex: &str) -> PathBuf {
        self.dir
            .join("status")
            .join(format!("{issuer_kid_hex}.cbor"))
    }

    /// The chosen anchors (empty when none yet).
    pub fn anchors(&self) -> Result<Vec<Anchor>, StoreError> {
        match read_own(&self.anchors_path())? {
            None => Ok(Vec::new()),
            Some(bytes) => serde_json::from_slice(&bytes).map_err(|_| StoreError::Damaged),
        }
    }

    /// Every stored bundle, verified again with the anchors. A stored
    /// bundle that no longer verifies (edited on disk) is damage.
    pub fn bundles(&self) -> Result<TrustBundles, StoreError> {
        let keys = self
            .anchors()?
            .iter()
            .map(Anchor::key)
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = TrustBundles::new();
        for bytes in files(&self.dir.join("bundles"))? {
            let b = trust_bundle::open(&bytes, &keys).map_err(|_| StoreError::Damaged)?;
            out.insert(b);
        }
        Ok(out)
    }

    /// Every stored status list whose issuer is trusted, verified with
    /// that issuer's key. Lists of issuers no bundle lists any more are
    /// left out: their signature cannot be checked.
    pub fn status_lists(&self, trust: &TrustBundles) -> Result<StatusLists, StoreError> {
        let mut out = StatusLists::new();
        for bytes in files(&self.dir.join("status"))? {
            let signed = SignedStatusList::from_cbor(&bytes).map_err(|_| StoreError::Damaged)?;
            let Some(issuer) = trust.issuer_by_kid(&signed.issuer_kid()) else {
                continue;
            };
            let key = issuer.public_key;
            out.insert(signed.verify(&key).map_err(|_| StoreError::Damaged)?);
        }
        Ok(out)
    }
}

/// Reads a file of ours; `None` if it does not exist.
fn read_own(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The bytes of every `*.cbor` file in `dir`, in name order.
fn files(dir: &Path) -> Result<Vec<Vec<u8>>, StoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_an_empty_store() {
        let dir = std::env::temp_dir().join(format!("carnet-vs-{}", std::process::id()));
        let store = VerifierStore::new(&dir);
        assert!(store.anchors().map(|a| a.is_empty()).unwrap_or(false));
        assert!(store.bundles().is_ok());
    }

    #[test]
    fn an_edited_anchor_file_is_damage() {
        let dir = std::env::temp_dir().join(format!("carnet-vs-edit-{}", std::process::id()));
        let store = VerifierStore::new(&dir);
        std::fs::create_dir_all(dir.join("verifier")).expect("mkdir");
        std::fs::write(
            store.anchors_path(),
            b"[{\"name\":\"x\",\"public_key\":\"zz\"}]",
        )
        .expect("write");
        assert!(matches!(store.bundles(), Err(StoreError::Damaged)));
        std::fs::write(store.anchors_path(), b"not json").expect("write");
        assert!(matches!(store.anchors(), Err(StoreError::Damaged)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
