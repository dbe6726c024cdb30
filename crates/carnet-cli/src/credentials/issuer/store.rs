//! The CLI's side of the verifier folder `<data-dir>/verifier/`: reading,
//! checking and writing go through carnet-credential's `VerifierStore`
//! (shared with the app); here its errors become the CLI's messages and
//! exit codes.

use carnet_credential::status_list::StatusLists;
use carnet_credential::trust_bundle::TrustBundles;
pub use carnet_credential::verifier_store::Anchor;
use carnet_credential::verifier_store::{ImportError, StoreError, VerifierStore};

use super::err;
use super::errors;
use super::identity::storage;
use crate::error::CliError;
use crate::exit;
use crate::session::Session;

/// The verifier folder of this session's data folder.
pub fn store(s: &Session<'_>) -> VerifierStore {
    VerifierStore::new(&s.data_dir)
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

/// A refused import or anchor as the CLI says it; `key` is the key as
/// typed, which the invalid-key message repeats.
pub fn import_error(e: ImportError, key: &str) -> CliError {
    match e {
        ImportError::InvalidKey => err(
            "credential-invalid-key",
            vec![("value", key.to_string())],
            exit::INVALID_INPUT,
        ),
        ImportError::InvalidName => err("anchor-name", vec![], exit::INVALID_INPUT),
        ImportError::AnchorKnown { kid } => {
            err("anchor-known", vec![("kid", kid)], exit::ALREADY_EXISTS)
        }
        ImportError::Bundle(e) => errors::bundle(&e),
        ImportError::BundleNotNewer { .. } => {
            err("trust-bundle-not-newer", vec![], exit::ALREADY_EXISTS)
        }
        ImportError::Status(e) => errors::status(&e),
        ImportError::StatusIssuerUnknown { kid } => err(
            "status-list-issuer-unknown",
            vec![("kid", kid)],
            exit::INVALID_INPUT,
        ),
        ImportError::StatusNotNewer => err("status-list-not-newer", vec![], exit::ALREADY_EXISTS),
        ImportError::Store(e) => store_error(e),
        ImportError::Write { path, source } => storage(&path, &source),
    }
}

/// The chosen anchors (empty when none yet).
pub fn anchors(s: &Session<'_>) -> Result<Vec<Anchor>, CliError> {
    store(s).anchors().map_err(store_error)
}

/// Every stored bundle, verified again with the anchors.
pub fn bundles(s: &Session<'_>) -> Result<TrustBundles, CliError> {
    store(s).bundles().map_err(store_error)
}

/// Every stored status list whose issuer is trusted.
pub fn status_lists(s: &Session<'_>, trust: &TrustBundles) -> Result<StatusLists, CliError> {
    store(s).status_lists(trust).map_err(store_error)
}
