//! What a verifier keeps in `<data-dir>/verifier/` (docs/cli.md, "Trust"):
//! the trust anchors it chose (`anchors.json`), and the signed files it
//! imported, as they came: `bundles/<anchor kid>.cbor` (one per anchor,
//! the newest) and `status/<issuer kid>.cbor` (one per issuer, the newest).
//!
//! Keeping the signed bytes rather than their content means every use
//! checks the signatures again: a file edited on disk stops counting
//! instead of silently changing what is trusted. Writing goes through here
//! too ([`VerifierStore::add_anchor`], [`VerifierStore::import_bundle`],
//! [`VerifierStore::import_status_list`]), so that the CLI (`carnet trust
//! …`) and the app check a file the same way before keeping it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::status_list::{SignedStatusList, StatusListError, StatusLists, VerifiedStatusList};
use crate::trust_bundle::{self, BundleError, SignedBundle, TrustBundles, VerifiedBundle};
use crate::verify::TrustedIssuer;
use crate::{PublicKey, TrustStore};

/// The longest name a trust anchor may be given, in characters.
pub const MAX_ANCHOR_NAME: usize = 100;

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

/// Why a file or a key was not kept. Nothing was changed in any case.
/// [`ImportError::code`] is a stable code a front end maps to its own
/// words (the CLI names its commands, the app its buttons).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The key is not 64 hex digits of an Ed25519 public key.
    #[error("this is not a valid public key")]
    InvalidKey,
    /// The name is empty, longer than [`MAX_ANCHOR_NAME`] characters, or
    /// holds control characters.
    #[error("a trust anchor's name must be 1 to {MAX_ANCHOR_NAME} characters")]
    InvalidName,
    /// This key is already a chosen anchor.
    #[error("this trust anchor is already trusted (key fingerprint {kid})")]
    AnchorKnown { kid: String },
    /// The bundle does not read or verify (including: signed by a key
    /// that is not a chosen anchor).
    #[error(transparent)]
    Bundle(BundleError),
    /// The bundle is not newer than the one held from its anchor: keeping
    /// it would roll trust back (an issuer removed would come back).
    #[error("a trust list as new or newer is held already (held {held}, given {given})")]
    BundleNotNewer { held: u64, given: u64 },
    /// The status list does not read, or its signature does not verify.
    #[error(transparent)]
    Status(StatusListError),
    /// No trusted bundle lists the status list's issuer: its signature
    /// cannot be checked.
    #[error("the list's issuer is not trusted (key fingerprint {kid})")]
    StatusIssuerUnknown { kid: String },
    /// The status list is older than the one held: keeping it would bring
    /// taken-back credentials back to life.
    #[error("a newer list from this issuer is held already")]
    StatusNotNewer,
    /// What is held could not be read (damaged, or not readable).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file could not be written.
    #[error("could not write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl ImportError {
    /// Stable code for front ends (the bundle's and the list's own codes
    /// pass through: `trust-bundle-*`, `status-list-*`).
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::InvalidKey => "anchor-invalid-key",
            ImportError::InvalidName => "anchor-name",
            ImportError::AnchorKnown { .. } => "anchor-known",
            ImportError::Bundle(e) => e.code(),
            ImportError::BundleNotNewer { .. } => "trust-bundle-not-newer",
            ImportError::Status(e) => e.code(),
            ImportError::StatusIssuerUnknown { .. } => "status-list-issuer-unknown",
            ImportError::StatusNotNewer => "status-list-not-newer",
            ImportError::Store(StoreError::Damaged) => "verifier-damaged",
            ImportError::Store(StoreError::Io { .. }) => "verifier-unreadable",
            ImportError::Write { .. } => "verifier-write",
        }
    }
}

/// A status list just kept, with the trusted issuer it belongs to.
#[derive(Debug)]
pub struct ImportedStatusList {
    pub list: VerifiedStatusList,
    pub issuer: TrustedIssuer,
}

/// Checks a name a person gives to a trust anchor.
pub fn check_anchor_name(name: &str) -> Result<(), ImportError> {
    let n = name.chars().count();
    if n == 0 || n > MAX_ANCHOR_NAME || name.chars().any(char::is_control) {
        return Err(ImportError::InvalidName);
    }
    Ok(())
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

    /// Believes bundles signed by `key` from now on, under `name` (trimmed).
    /// A key already chosen is refused, whatever the name.
    pub fn add_anchor(&self, key: &str, name: &str) -> Result<Anchor, ImportError> {
        let name = name.trim();
        check_anchor_name(name)?;
        let key = PublicKey::from_hex(key.trim()).ok_or(ImportError::InvalidKey)?;
        let mut anchors = self.anchors()?;
        let hex = hex::encode(key.as_bytes());
        if anchors.iter().any(|a| a.public_key == hex) {
            return Err(ImportError::AnchorKnown { kid: key.kid_hex() });
        }
        let anchor = Anchor {
            name: name.to_string(),
            public_key: hex,
        };
        anchors.push(anchor.clone());
        self.write_anchors(&anchors)?;
        Ok(anchor)
    }

    /// Stops believing the anchor whose key fingerprint is `kid_hex`, and
    /// forgets the trust list it signed; `None` when no such anchor is
    /// held (removing twice is not an error). The list goes first: a list
    /// whose anchor is gone would read as damage, while an anchor with no
    /// list, left by a crash in between, is the state of a network just
    /// added. Lists of endorsements taken back are kept: they count again
    /// only while some trusted list names their issuer.
    pub fn remove_anchor(&self, kid_hex: &str) -> Result<Option<Anchor>, ImportError> {
        let mut anchors = self.anchors()?;
        let Some(at) = anchors
            .iter()
            .position(|a| a.key().is_ok_and(|k| k.kid_hex() == kid_hex))
        else {
            return Ok(None);
        };
        let anchor = anchors.remove(at);
        let bundle = self.bundle_path(&anchor.key()?);
        match std::fs::remove_file(&bundle) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(ImportError::Write {
                    path: bundle,
                    source,
                })
            }
        }
        self.write_anchors(&anchors)?;
        Ok(Some(anchor))
    }

    /// Replaces `anchors.json`, whole or not at all.
    fn write_anchors(&self, anchors: &[Anchor]) -> Result<(), ImportError> {
        let mut bytes = serde_json::to_vec_pretty(anchors).map_err(|e| ImportError::Write {
            path: self.anchors_path(),
            source: std::io::Error::other(e),
        })?;
        bytes.push(b'\n');
        write_atomically(&self.anchors_path(), &bytes)
    }

    /// Keeps a signed trust bundle once a chosen anchor's signature checks
    /// and it is newer (a higher sequence number) than the one held from
    /// that anchor: an old file must not roll trust back.
    pub fn import_bundle(&self, bytes: &[u8]) -> Result<VerifiedBundle, ImportError> {
        let keys = self
            .anchors()?
            .iter()
            .map(Anchor::key)
            .collect::<Result<Vec<_>, _>>()?;
        let signed = SignedBundle::from_cbor(bytes).map_err(ImportError::Bundle)?;
        let verified = signed.verify(&keys).map_err(ImportError::Bundle)?;
        let held = self.bundles()?;
        if let Some(old) = held
            .bundles()
            .iter()
            .find(|b| b.anchor() == verified.anchor())
        {
            if old.sequence() >= verified.sequence() {
                return Err(ImportError::BundleNotNewer {
                    held: old.sequence(),
                    given: verified.sequence(),
                });
            }
        }
        write_atomically(&self.bundle_path(&verified.anchor()), bytes)?;
        Ok(verified)
    }

    /// Keeps an issuer's signed status list once its signature checks with
    /// the key a trusted bundle gives for that issuer, unless the list held
    /// is newer (the same time is accepted: a list signed again in the
    /// same second may revoke more).
    pub fn import_status_list(&self, bytes: &[u8]) -> Result<ImportedStatusList, ImportError> {
        let signed = SignedStatusList::from_cbor(bytes).map_err(ImportError::Status)?;
        let kid = signed.issuer_kid();
        let trust = self.bundles()?;
        let Some(issuer) = trust.issuer_by_kid(&kid).cloned() else {
            return Err(ImportError::StatusIssuerUnknown {
                kid: hex::encode(kid),
            });
        };
        let list = signed
            .verify(&issuer.public_key)
            .map_err(ImportError::Status)?;
        let held = self.status_lists(&trust)?;
        if let Some(old) = held.get(&kid) {
            if old.issued_at() > list.issued_at() {
                return Err(ImportError::StatusNotNewer);
            }
        }
        write_atomically(&self.status_path(&hex::encode(kid)), bytes)?;
        Ok(ImportedStatusList { list, issuer })
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

/// Writes `bytes` to `path` whole or not at all (see
/// [`crate::fsutil::write_atomically`]).
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ImportError> {
    crate::fsutil::write_atomically(path, bytes).map_err(|source| ImportError::Write {
        path: path.to_path_buf(),
        source,
    })
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

    use std::collections::BTreeMap;

    use crate::status_list::StatusList;
    use crate::trust_bundle::{BundleIssuer, TrustBundle};
    use crate::{IssuerKind, SecretIdentity};

    /// A fresh, empty data folder for one test.
    fn fresh(name: &str) -> (PathBuf, VerifierStore) {
        let dir = std::env::temp_dir().join(format!("carnet-vs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let store = VerifierStore::new(&dir);
        (dir, store)
    }

    fn anchor() -> SecretIdentity {
        SecretIdentity::from_seed(&[1u8; 32])
    }

    fn college() -> SecretIdentity {
        SecretIdentity::from_seed(&[2u8; 32])
    }

    fn key_hex(id: &SecretIdentity) -> String {
        hex::encode(id.public_key().as_bytes())
    }

    /// A bundle by `anchor()` listing `college()`.
    fn bundle(sequence: u64) -> Vec<u8> {
        let mut b = TrustBundle::new(1_700_000_000 + sequence, sequence);
        b.add(BundleIssuer {
            public_key: college().public_key(),
            names: BTreeMap::from([("und".to_string(), "College".to_string())]),
            country: "JO".into(),
            kind: IssuerKind::College,
            not_before: None,
            not_after: None,
        })
        .expect("issuer");
        b.sign(&anchor()).expect("sign")
    }

    fn status(revoked: &[u32], at: u64) -> Vec<u8> {
        let mut l = StatusList::new(131_072).expect("list");
        for i in revoked {
            l.revoke(*i).expect("revoke");
        }
        l.sign(&college(), at)
    }

    #[test]
    fn anchors_are_added_once_with_a_checked_name_and_key() {
        let (dir, store) = fresh("add");
        let a = store
            .add_anchor(&format!(" {} ", key_hex(&anchor())), "  Network  ")
            .expect("added");
        assert_eq!(a.name, "Network");
        assert_eq!(store.anchors().expect("read").len(), 1);
        let again = store.add_anchor(&key_hex(&anchor()), "Other name");
        assert!(matches!(again, Err(ImportError::AnchorKnown { .. })));
        assert!(matches!(
            store.add_anchor("abc", "Name"),
            Err(ImportError::InvalidKey)
        ));
        assert!(matches!(
            store.add_anchor(&key_hex(&college()), " "),
            Err(ImportError::InvalidName)
        ));
        assert!(matches!(
            store.add_anchor(&key_hex(&college()), &"x".repeat(101)),
            Err(ImportError::InvalidName)
        ));
        assert_eq!(store.anchors().expect("read").len(), 1);
        // No temporary file is left behind.
        let left: Vec<_> = std::fs::read_dir(dir.join("verifier"))
            .expect("dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .collect();
        assert!(left.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_bundle_needs_a_chosen_anchor_and_must_be_newer() {
        let (dir, store) = fresh("bundle");
        let err = store.import_bundle(&bundle(1)).expect_err("no anchor yet");
        assert_eq!(err.code(), "trust-bundle-unknown-anchor");
        store
            .add_anchor(&key_hex(&anchor()), "Network")
            .expect("anchor");
        let got = store.import_bundle(&bundle(2)).expect("kept");
        assert_eq!(got.sequence(), 2);
        for old in [1, 2] {
            let err = store.import_bundle(&bundle(old)).expect_err("not newer");
            assert!(matches!(
                err,
                ImportError::BundleNotNewer { held: 2, given } if given == old
            ));
        }
        store.import_bundle(&bundle(3)).expect("newer");
        let held = store.bundles().expect("read");
        assert_eq!(held.bundles().len(), 1);
        assert_eq!(held.bundles()[0].sequence(), 3);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_removed_anchor_takes_its_trust_list_and_others_stay() {
        let (dir, store) = fresh("remove");
        let other = SecretIdentity::from_seed(&[3u8; 32]);
        store
            .add_anchor(&key_hex(&anchor()), "Network")
            .expect("anchor");
        store.add_anchor(&key_hex(&other), "Other").expect("other");
        store.import_bundle(&bundle(1)).expect("bundle");
        assert_eq!(store.bundles().expect("bundles").bundles().len(), 1);

        let kid = anchor().public_key().kid_hex();
        let gone = store.remove_anchor(&kid).expect("remove");
        assert_eq!(gone.map(|a| a.name).as_deref(), Some("Network"));
        let names: Vec<String> = store
            .anchors()
            .expect("anchors")
            .into_iter()
            .map(|a| a.name)
            .collect();
        assert_eq!(names, ["Other"]);
        assert!(store.bundles().expect("bundles").bundles().is_empty());
        assert!(!dir
            .join("verifier/bundles")
            .join(format!("{kid}.cbor"))
            .exists());
        assert!(store.remove_anchor(&kid).expect("again").is_none());
        // Trusted again, the old list must be imported again.
        store
            .add_anchor(&key_hex(&anchor()), "Network")
            .expect("anchor again");
        store
            .import_bundle(&bundle(1))
            .expect("the same list again");
    }

    #[test]
    fn a_changed_bundle_is_refused_and_nothing_changes() {
        let (dir, store) = fresh("tampered");
        store
            .add_anchor(&key_hex(&anchor()), "Network")
            .expect("anchor");
        let mut bytes = bundle(1);
        let at = bytes
            .windows(7)
            .position(|w| w == b"College")
            .expect("name in the file");
        bytes[at] = b'K';
        let err = store.import_bundle(&bytes).expect_err("tampered");
        assert_eq!(err.code(), "trust-bundle-bad-signature");
        assert!(store.bundles().expect("read").bundles().is_empty());
        assert_eq!(
            store.import_bundle(b"not cbor").expect_err("junk").code(),
            "trust-bundle-malformed"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_status_list_needs_a_trusted_issuer_and_must_not_be_older() {
        let (dir, store) = fresh("status");
        let err = store
            .import_status_list(&status(&[3], 1_700_000_100))
            .expect_err("issuer not trusted");
        assert!(matches!(err, ImportError::StatusIssuerUnknown { .. }));
        store
            .add_anchor(&key_hex(&anchor()), "Network")
            .expect("anchor");
        store.import_bundle(&bundle(1)).expect("bundle");
        let got = store
            .import_status_list(&status(&[3], 1_700_000_100))
            .expect("kept");
        assert_eq!(got.list.list().revoked_count(), 1);
        assert_eq!(
            got.issuer.names.get("und").map(String::as_str),
            Some("College")
        );
        let err = store
            .import_status_list(&status(&[], 1_700_000_050))
            .expect_err("older");
        assert!(matches!(err, ImportError::StatusNotNewer));
        store
            .import_status_list(&status(&[3, 4], 1_700_000_100))
            .expect("same time is accepted");
        let trust = store.bundles().expect("bundles");
        let lists = store.status_lists(&trust).expect("lists");
        let kid = college().public_key().kid();
        assert_eq!(lists.get(&kid).map(|l| l.list().revoked_count()), Some(2));
        // A list signed by another key under the college's kid does not verify.
        let err = store
            .import_status_list(
                &StatusList::new(131_072)
                    .expect("list")
                    .sign(&anchor(), 1_800_000_000),
            )
            .expect_err("not the college");
        assert!(matches!(err, ImportError::StatusIssuerUnknown { .. }));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_error_has_a_code() {
        let errors = [
            ImportError::InvalidKey,
            ImportError::InvalidName,
            ImportError::AnchorKnown { kid: "ab".into() },
            ImportError::Bundle(BundleError::BadSignature),
            ImportError::BundleNotNewer { held: 2, given: 1 },
            ImportError::Status(StatusListError::BadSignature),
            ImportError::StatusIssuerUnknown { kid: "ab".into() },
            ImportError::StatusNotNewer,
            ImportError::Store(StoreError::Damaged),
            ImportError::Write {
                path: PathBuf::from("x"),
                source: std::io::Error::other("full"),
            },
        ];
        for e in errors {
            assert!(!e.code().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
}
