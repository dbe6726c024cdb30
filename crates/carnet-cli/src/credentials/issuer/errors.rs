//! Trust-bundle and status-list errors as CLI errors: their stable
//! `code()` names the Fluent message, a few named values fill it, and the
//! exit code says "a file you gave cannot be used" (3). Credential and QR
//! errors, which the holder commands meet too, are in
//! `crate::credentials::errors`.
//!
//! The library's English `Display` text is never shown: it is for logs.

use carnet_credential::status_list::StatusListError;
use carnet_credential::trust_bundle::BundleError;

use super::err;
use crate::error::CliError;
use crate::exit;

/// A trust-bundle error, about a file given on the command line.
pub fn bundle(e: &BundleError) -> CliError {
    let args = match e {
        BundleError::UnknownAnchor { kid } => vec![("kid", kid.clone())],
        BundleError::Invalid { field, .. } => vec![("field", (*field).to_string())],
        _ => Vec::new(),
    };
    err(e.code(), args, exit::INVALID_INPUT)
}

/// A status-list error, about a file given on the command line.
pub fn status(e: &StatusListError) -> CliError {
    let args = match e {
        StatusListError::WrongIssuer { expected, found } => {
            vec![("expected", expected.clone()), ("found", found.clone())]
        }
        StatusListError::Invalid { field, .. } => vec![("field", (*field).to_string())],
        _ => Vec::new(),
    };
    err(e.code(), args, exit::INVALID_INPUT)
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// One value of every library error variant this CLI can meet.
    pub fn every_library_error() -> Vec<CliError> {
        let bundles = BundleError::examples();
        let lists = StatusListError::examples();
        let mut all = crate::credentials::errors::tests::every_library_error();
        all.extend(bundles.iter().map(bundle));
        all.extend(lists.iter().map(status));
        all
    }
}
