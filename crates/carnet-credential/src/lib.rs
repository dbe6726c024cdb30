//! Carnet credentials: an issuer signs a holder's skill; the holder shows
//! chosen credentials and fields as one QR code; anyone verifies it
//! offline. Format: docs/credential-format.md.
//!
//! This crate does not depend on carnet-core (no SQLCipher), so a
//! verifier-only build stays small.
//!
//! Flow: [`Request`] (holder) → [`endorse`] (issuer) → [`Credential`]
//! (holder stores it) → [`present`] (holder, CN1 text) → [`verify`]
//! (anyone) → [`Report`].

mod cbor;
pub mod claims;
pub mod endorsement;
pub mod error;
pub mod fsutil;
pub mod keys;
pub mod presentation;
pub mod qr;
mod sd;
pub mod status_list;
pub mod text;
pub mod trust_bundle;
pub mod vc;
pub mod verifier_store;
pub mod verify;

pub use claims::{
    AssessedBy, Claims, ConceptKind, EntryKind, EscoConcept, FieldId, IssuerKind, LearningContext,
    Stage,
};
pub use endorsement::{endorse, Credential, EndorseOptions, Entry, IssuerInfo, Request};
pub use error::{Error, Result};
pub use keys::{PublicKey, SecretIdentity};
pub use presentation::{present, EntryChoice, FieldChoice, PresentationInput, Selection};
pub use verify::{
    verify, Item, ItemKind, Reason, Report, RevocationLists, Revocations, TrustList, TrustStore,
    TrustedIssuer, Verdict, VerifyOptions,
};
