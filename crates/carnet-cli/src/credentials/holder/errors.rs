//! Failures only a holder meets. Library errors (a damaged or foreign
//! credential file, a QR code too large) go through
//! `crate::credentials::errors`, with the same codes and messages the
//! issuer commands give.

use super::err;
use crate::error::CliError;
use crate::exit;

/// A credential stored in the logbook that no longer reads: it was
/// checked when received, so this is damage, not bad input.
pub fn stored_credential(title: &str) -> CliError {
    err(
        "holder-credential-damaged",
        vec![("title", title.to_string())],
        exit::DAMAGED_STORE,
    )
}
