//! carnet-credential's errors as holder messages.
//!
//! The holder gets messages of its own (`error-holder-*`) rather than the
//! library's codes: what to do differs by side ("ask the issuer for a new
//! file" here, "the request is damaged" for an issuer), and the issuer
//! commands define the library's `error-credential-*` messages.

use carnet_credential::qr::QrError;
use carnet_credential::Error as E;

use super::err;
use crate::error::CliError;
use crate::exit;

/// A credential file given to `carnet receive` that cannot be used.
pub fn credential_file(e: &E, path: &str) -> CliError {
    let path = ("path", path.to_string());
    match e {
        E::NewerVersion { .. } => err("holder-credential-newer", vec![path], exit::INVALID_INPUT),
        E::NotYourCredential => err(
            "holder-credential-not-yours",
            vec![path],
            exit::INVALID_INPUT,
        ),
        E::BadSignature => err(
            "holder-credential-bad-signature",
            vec![path],
            exit::INVALID_INPUT,
        ),
        _ => err(
            "holder-credential-unreadable",
            vec![path],
            exit::INVALID_INPUT,
        ),
    }
}

/// A credential stored in the logbook that no longer reads: it was
/// checked when received, so this is damage, not bad input.
pub fn stored_credential(title: &str) -> CliError {
    err(
        "holder-credential-damaged",
        vec![("title", title.to_string())],
        exit::DAMAGED_STORE,
    )
}

/// A presentation the library refuses to build.
pub fn presentation(e: &E) -> CliError {
    match e {
        E::InvalidField { field, .. } => err(
            "holder-present-invalid",
            vec![("field", (*field).to_string())],
            exit::INVALID_INPUT,
        ),
        // Selections are built from the logbook by this program; any other
        // refusal is a bug here.
        other => err(
            "holder-internal",
            vec![("reason", other.to_string())],
            exit::INTERNAL,
        ),
    }
}

/// A QR code that cannot be rendered.
pub fn qr(e: &QrError) -> CliError {
    match e {
        QrError::TooLarge {
            chars,
            capacity,
            max_version,
            ec,
            ..
        } => err(
            "holder-qr-too-large",
            vec![
                ("chars", chars.to_string()),
                ("capacity", capacity.to_string()),
                ("version", max_version.to_string()),
                ("ec", ec.to_string()),
            ],
            exit::INVALID_INPUT,
        ),
        other => err(
            "holder-internal",
            vec![("reason", other.to_string())],
            exit::INTERNAL,
        ),
    }
}
