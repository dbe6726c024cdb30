//! The holder's side of credentials, shared by the `carnet` CLI and the
//! app: a logbook entry as credential claims, which stored credential
//! shows each entry, and a signed presentation with its QR code.
//!
//! carnet-credential knows the format and nothing of logbooks; this
//! module joins the two, so that the CLI and the app present the same
//! entries the same way and neither holds domain logic of its own.

mod claims;
mod error;
mod exchange;
mod present;
mod select;

pub use claims::{checked_claims, claims_of, esco_concept};
pub use error::WalletError;
pub use exchange::{receive, request, Received};
pub use present::{
    present, PresentOptions, Presented, MAX_VERSION, PRINT_LIFETIME, SCREEN_LIFETIME,
};
pub use select::{endorsed, standing, stored_credentials, Group, StoredCredential};

use carnet_credential::SecretIdentity;

use crate::Logbook;

/// The holder's signing identity, derived from the logbook secret, so
/// every device of the logbook presents with the same key.
pub fn holder_identity(logbook: &Logbook) -> Result<SecretIdentity, WalletError> {
    logbook
        .holder_signing_seed()
        .map(SecretIdentity::from_seed)
        .ok_or(WalletError::NoHolderKey)
}
