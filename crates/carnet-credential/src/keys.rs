//! Ed25519 identities (issuer or holder) and public keys with their kid.
//!
//! Keys are stored by the logbook or the issuer key store, not here: this
//! module only converts to and from the 32-byte seed those stores keep.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::{CryptoRng, RngCore};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// An Ed25519 key pair that can sign endorsements (issuer) or
/// presentations (holder). `Debug` never shows the secret.
#[derive(Clone)]
pub struct SecretIdentity {
    key: SigningKey,
}

impl std::fmt::Debug for SecretIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretIdentity")
            .field("public_key", &self.public_key())
            .finish_non_exhaustive()
    }
}

impl SecretIdentity {
    /// A fresh key pair from a cryptographic RNG.
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let mut seed = [0u8; 32];
        rng.fill_bytes(&mut seed);
        Self::from_seed(&seed)
    }

    /// Rebuilds the key pair from the 32-byte seed (RFC 8032 private key).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        SecretIdentity {
            key: SigningKey::from_bytes(seed),
        }
    }

    /// The 32-byte seed, for the caller's encrypted key store.
    pub fn to_seed(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The public half.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.key.verifying_key().to_bytes())
    }

    /// A raw Ed25519 signature over `message` (for COSE builders; the
    /// format's signing inputs are documented Sig_structures).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

/// An Ed25519 public key (32 bytes, RFC 8032 encoding).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicKey([u8; 32]);

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.kid_hex())
    }
}

impl PublicKey {
    /// Checks that the bytes are a valid curve point.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self> {
        VerifyingKey::from_bytes(bytes).map_err(|_| Error::InvalidKey)?;
        Ok(PublicKey(*bytes))
    }

    /// The 32 key bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Key id: the first 8 bytes of SHA-256 of the key bytes. Used as COSE
    /// `kid`, to index revocation lists, and shown as the fingerprint of
    /// an unknown issuer.
    pub fn kid(&self) -> [u8; 8] {
        let h = Sha256::digest(self.0);
        let mut kid = [0u8; 8];
        kid.copy_from_slice(&h[..8]);
        kid
    }

    /// The kid as 16 lowercase hex digits.
    pub fn kid_hex(&self) -> String {
        hex_lower(&self.kid())
    }

    /// Strict Ed25519 verification (rejects small-order keys and
    /// non-canonical signatures, so a signature cannot be re-encoded).
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        let Ok(key) = VerifyingKey::from_bytes(&self.0) else {
            return false;
        };
        key.verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }
}

impl PublicKey {
    /// A key written as 64 hex digits (how issuers and anchors show their
    /// keys); `None` for anything else, or a point that is not a key.
    pub fn from_hex(text: &str) -> Option<PublicKey> {
        let bytes: [u8; 32] = hex::decode(text.trim()).ok()?.try_into().ok()?;
        PublicKey::from_bytes(&bytes).ok()
    }
}

pub(crate) fn hex_lower(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_round_trip_and_kid() {
        let id = SecretIdentity::from_seed(&[7u8; 32]);
        let again = SecretIdentity::from_seed(&id.to_seed());
        assert_eq!(id.public_key(), again.public_key());
        let pk = id.public_key();
        assert_eq!(
            pk.kid().to_vec(),
            Sha256::digest(pk.as_bytes())[..8].to_vec()
        );
        assert_eq!(pk.kid_hex().len(), 16);
    }

    #[test]
    fn sign_verify() {
        let id = SecretIdentity::from_seed(&[1u8; 32]);
        let sig = id.sign(b"hello");
        assert!(id.public_key().verify(b"hello", &sig));
        assert!(!id.public_key().verify(b"hellO", &sig));
    }
}
