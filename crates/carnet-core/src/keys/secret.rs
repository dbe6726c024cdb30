//! The logbook secret and the keys derived from it.

use hkdf::Hkdf;
use rand::RngCore;
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The 256-bit root of a logbook. Every device the person pairs holds the
/// same secret, so every derived key agrees across devices without any
/// key ever being sent but this one.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct LogbookSecret([u8; 32]);

impl std::fmt::Debug for LogbookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LogbookSecret(..)")
    }
}

/// A 256-bit key derived for exactly one job; wiped when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SubKey(pub [u8; 32]);

impl std::fmt::Debug for SubKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubKey(..)")
    }
}

impl LogbookSecret {
    pub fn generate() -> Self {
        let mut b = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut b);
        LogbookSecret(b)
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        LogbookSecret(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// HKDF-SHA256 with the logbook id as salt, so that two logbooks never
    /// share a derived key even if their secrets were equal.
    fn derive(&self, logbook_id: &uuid::Uuid, info: &[u8]) -> SubKey {
        let hk = Hkdf::<Sha256>::new(Some(logbook_id.as_bytes()), &self.0);
        let mut out = [0u8; 32];
        // 32 bytes is far below HKDF-SHA256's 8160-byte limit.
        hk.expand(info, &mut out)
            .unwrap_or_else(|_| unreachable!("HKDF output length is fixed and valid"));
        SubKey(out)
    }

    /// The raw key SQLCipher encrypts the local database with.
    pub fn database_key(&self, logbook_id: &uuid::Uuid) -> SubKey {
        self.derive(logbook_id, b"carnet/v1/local-database")
    }

    /// The key that encrypts sync records of one key epoch; epochs advance
    /// when a device is removed, so a removed device cannot read new data.
    pub fn sync_key(&self, logbook_id: &uuid::Uuid, epoch: u32) -> SubKey {
        self.derive(
            logbook_id,
            format!("carnet/v1/sync/epoch/{epoch}").as_bytes(),
        )
    }

    /// The seed of the holder's Ed25519 signing key (credentials). Derived,
    /// not stored: every paired device holds the secret, so every device
    /// signs presentations as the same holder, and no key is ever written.
    pub fn holder_signing_seed(&self, logbook_id: &uuid::Uuid) -> SubKey {
        self.derive(logbook_id, b"carnet/v1/holder-ed25519")
    }

    /// The token that grants access to this logbook at a hub; the hub keeps
    /// only its hash, and it reveals nothing about the other keys.
    pub fn hub_token(&self, logbook_id: &uuid::Uuid) -> SubKey {
        self.derive(logbook_id, b"carnet/v1/hub-access-token")
    }

    /// The key of the MAC that names evidence blobs at the hub, so equal
    /// photos share one blob without the hub learning which photo it is.
    pub fn blob_id_key(&self, logbook_id: &uuid::Uuid) -> SubKey {
        self.derive(logbook_id, b"carnet/v1/sync/blob-id")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_keys_are_separate_and_stable() {
        let s = LogbookSecret::from_bytes([7; 32]);
        let id = uuid::Uuid::from_bytes([1; 16]);
        let db = s.database_key(&id).0;
        assert_ne!(db, s.hub_token(&id).0);
        assert_ne!(db, s.holder_signing_seed(&id).0);
        assert_ne!(s.sync_key(&id, 0).0, s.sync_key(&id, 1).0);
        assert_ne!(db, s.database_key(&uuid::Uuid::from_bytes([2; 16])).0);
        // Frozen vector, checked against an independent HKDF (Python hmac):
        // a change here breaks every existing logbook.
        assert_eq!(
            hex::encode(db),
            "5cce477d6640c45ff536b56e5387cfb56e21c305307a085ad675919e8a48fd6f"
        );
        assert_eq!(
            hex::encode(s.holder_signing_seed(&id).0),
            "9ddfff24ab0f91f795f5e659da3fdd57144948699f687a6e2ca689047f27cbb8"
        );
    }
}
