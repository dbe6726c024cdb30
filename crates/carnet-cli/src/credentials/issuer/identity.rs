//! Signing identities kept on this device: the issuer's (`<data-dir>/issuer/`)
//! and a trust anchor's (`<data-dir>/anchor/`).
//!
//! Each is two files. `<role>.key` is a carnet-core [`KeyFile`] wrapping a
//! random 32-byte secret with the passphrase (the same Argon2id slot as a
//! logbook, so the same rules for wrong passphrase vs. damage apply).
//! `<role>.json` is public metadata, readable without the passphrase so
//! that `issuer show` never asks for it. The Ed25519 seed is never stored:
//! it is derived from the secret with HKDF-SHA256 (salt = the identity's
//! UUID, info = `carnet/v1/<role>-ed25519`), so a copied metadata file
//! cannot swap in another key, and the key file format stays carnet-core's.

use std::path::{Path, PathBuf};

use carnet_core::keys::{Argon2Params, KeyFile, LogbookSecret};
use carnet_credential::{IssuerKind, SecretIdentity};
use hkdf::Hkdf;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::{err, write_atomically};
use crate::error::CliError;
use crate::exit;
use crate::passphrase;
use crate::session::Session;

/// Which identity: it names the folder, the files and the HKDF info.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Issuer,
    Anchor,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Issuer => "issuer",
            Role::Anchor => "anchor",
        }
    }

    fn info(self) -> &'static [u8] {
        match self {
            Role::Issuer => b"carnet/v1/issuer-ed25519",
            Role::Anchor => b"carnet/v1/anchor-ed25519",
        }
    }

    /// The folder of this identity inside the data folder.
    pub fn dir(self, data_dir: &Path) -> PathBuf {
        data_dir.join(self.name())
    }

    fn key_path(self, data_dir: &Path) -> PathBuf {
        self.dir(data_dir).join(format!("{}.key", self.name()))
    }

    fn meta_path(self, data_dir: &Path) -> PathBuf {
        self.dir(data_dir).join(format!("{}.json", self.name()))
    }

    /// Error codes: `<role>-exists`, `no-<role>`, `<role>-damaged`.
    fn code_exists(self) -> &'static str {
        match self {
            Role::Issuer => "issuer-exists",
            Role::Anchor => "anchor-exists",
        }
    }

    fn code_missing(self) -> &'static str {
        match self {
            Role::Issuer => "no-issuer",
            Role::Anchor => "no-anchor",
        }
    }

    fn code_damaged(self) -> &'static str {
        match self {
            Role::Issuer => "issuer-damaged",
            Role::Anchor => "anchor-damaged",
        }
    }
}

/// The public metadata (`<role>.json`). Nothing here is secret; the
/// counters are here because they must survive without the passphrase
/// being asked for twice.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meta {
    pub format: String,
    pub version: u64,
    /// Salt of the HKDF derivation; also the KeyFile's id.
    pub id: uuid::Uuid,
    pub name: String,
    /// Issuers only: ISO 3166-1 alpha-2, capitals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Issuers only: the kind's keyword (`trainer`, `colleague`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub public_key: String,
    pub kid: String,
    /// Issuers: the next free revocation index. Anchors: the next bundle
    /// sequence number. Only grows, so no two credentials (bundles) share
    /// one.
    pub next: u64,
    /// Issuers only: revoked indexes, ascending.
    #[serde(default)]
    pub revoked: Vec<u32>,
}

const META_VERSION: u64 = 1;

impl Meta {
    /// The issuer kind; `None` for an anchor or an unknown keyword.
    pub fn issuer_kind(&self) -> Option<IssuerKind> {
        self.kind.as_deref().and_then(IssuerKind::parse)
    }
}

/// Reads the metadata without asking for the passphrase.
pub fn load(s: &Session<'_>, role: Role) -> Result<Meta, CliError> {
    let path = role.meta_path(&s.data_dir);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(err(role.code_missing(), vec![], exit::NOT_FOUND))
        }
        Err(e) => return Err(storage(&path, &e)),
    };
    let meta: Meta = serde_json::from_slice(&bytes)
        .map_err(|_| err(role.code_damaged(), vec![], exit::DAMAGED_STORE))?;
    if meta.version > META_VERSION {
        return Err(err("identity-too-new", vec![], exit::DAMAGED_STORE));
    }
    Ok(meta)
}

/// Writes the metadata so that a crash leaves the old or the new file.
pub fn save(s: &Session<'_>, role: Role, meta: &Meta) -> Result<(), CliError> {
    let mut bytes = serde_json::to_vec_pretty(meta)
        .map_err(|e| CliError::Core(carnet_core::Error::Internal(e.to_string())))?;
    bytes.push(b'\n');
    write_atomically(&role.meta_path(&s.data_dir), &bytes)
}

/// The public fields of a new identity.
#[derive(Debug)]
pub struct NewIdentity {
    pub name: String,
    pub country: Option<String>,
    pub kind: Option<IssuerKind>,
}

/// Makes a new identity: refuses to replace one, since every credential
/// it signed would lose its issuer.
pub fn create(s: &Session<'_>, role: Role, new: NewIdentity) -> Result<Meta, CliError> {
    let key_path = role.key_path(&s.data_dir);
    if key_path.exists() || role.meta_path(&s.data_dir).exists() {
        return Err(err(role.code_exists(), vec![], exit::ALREADY_EXISTS));
    }
    let pass = passphrase::new_for_init(s.loc)?;
    if pass.chars().count() < carnet_core::keys::MIN_PASSPHRASE_CHARS {
        return Err(carnet_core::model::InputError::PassphraseTooShort {
            min: carnet_core::keys::MIN_PASSPHRASE_CHARS,
        }
        .into());
    }
    let id = uuid::Uuid::new_v4();
    let secret = LogbookSecret::generate();
    let file = KeyFile::create(id, &secret, &pass, Argon2Params::default())?;
    let identity = derive(role, &id, &secret);
    let pk = identity.public_key();
    let meta = Meta {
        format: format!("carnet-{}", role.name()),
        version: META_VERSION,
        id,
        name: new.name,
        country: new.country,
        kind: new.kind.map(|k| k.as_str().to_string()),
        public_key: hex::encode(pk.as_bytes()),
        kid: pk.kid_hex(),
        next: 0,
        revoked: Vec::new(),
    };
    let dir = role.dir(&s.data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| storage(&dir, &e))?;
    // Metadata first: a key file without it would be refused as "exists"
    // yet be unusable; metadata without a key file is reported as damage.
    save(s, role, &meta)?;
    let bytes = file.to_bytes()?;
    write_atomically(&key_path, &bytes)?;
    Ok(meta)
}

/// Asks for the passphrase and rebuilds the signing key. Checks the key
/// against the metadata, so a mixed-up pair of files is damage, not a
/// silent signature by another key.
pub fn unlock(s: &Session<'_>, role: Role, meta: &Meta) -> Result<SecretIdentity, CliError> {
    let key_path = role.key_path(&s.data_dir);
    if !key_path.exists() {
        return Err(err(role.code_damaged(), vec![], exit::DAMAGED_STORE));
    }
    let file = KeyFile::read(&key_path)?;
    let pass: Zeroizing<String> = passphrase::current(s.loc)?;
    let secret = file.unlock(&pass)?;
    let identity = derive(role, &file.logbook_id(), &secret);
    if identity.public_key().kid_hex() != meta.kid || file.logbook_id() != meta.id {
        return Err(err(role.code_damaged(), vec![], exit::DAMAGED_STORE));
    }
    Ok(identity)
}

/// HKDF-SHA256(salt = id, ikm = secret, info = role) → Ed25519 seed.
fn derive(role: Role, id: &uuid::Uuid, secret: &LogbookSecret) -> SecretIdentity {
    let hk = Hkdf::<Sha256>::new(Some(id.as_bytes()), secret.as_bytes());
    let mut seed = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit of 8160, so this cannot
    // fail; a zero seed would only ever show up as a wrong-key damage.
    let _ = hk.expand(role.info(), seed.as_mut());
    SecretIdentity::from_seed(&seed)
}

/// A failure to read or write one of our own files.
pub fn storage(path: &Path, e: &std::io::Error) -> CliError {
    err(
        "storage-file",
        vec![
            ("path", path.display().to_string()),
            ("reason", e.to_string()),
        ],
        exit::STORAGE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_depends_on_role_and_id() {
        let secret = LogbookSecret::from_bytes([3; 32]);
        let a = uuid::Uuid::from_bytes([1; 16]);
        let b = uuid::Uuid::from_bytes([2; 16]);
        let k = |r, id: &uuid::Uuid| derive(r, id, &secret).public_key();
        assert_ne!(k(Role::Issuer, &a), k(Role::Anchor, &a));
        assert_ne!(k(Role::Issuer, &a), k(Role::Issuer, &b));
        assert_eq!(k(Role::Issuer, &a), k(Role::Issuer, &a));
    }
}
