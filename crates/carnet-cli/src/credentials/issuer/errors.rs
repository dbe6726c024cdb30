//! carnet-credential's errors as CLI errors: its stable `code()` names the
//! Fluent message, a few named values fill it, and the exit code says
//! "a file you gave cannot be used" (3) unless the file is our own.
//!
//! The library's English `Display` text is never shown: it is for logs.

use carnet_credential::qr::QrError;
use carnet_credential::status_list::StatusListError;
use carnet_credential::trust_bundle::BundleError;

use super::err;
use crate::error::CliError;
use crate::exit;

/// A credential, request or CN1 error about input the person gave.
pub fn credential(e: &carnet_credential::Error) -> CliError {
    use carnet_credential::Error as E;
    let args = match e {
        E::EntryCount { found, max } => {
            vec![("found", found.to_string()), ("max", max.to_string())]
        }
        E::NoSuchEntry { index } | E::DuplicateEntry { index } => {
            vec![("index", index.to_string())]
        }
        E::InvalidField { field, .. } => vec![("field", (*field).to_string())],
        _ => Vec::new(),
    };
    err(e.code(), args, exit::INVALID_INPUT)
}

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

/// A QR error while reading a picture (verify).
pub fn qr(e: &QrError) -> CliError {
    let args = match e {
        QrError::ImageTooLarge { width, height, .. } => {
            vec![("width", width.to_string()), ("height", height.to_string())]
        }
        _ => Vec::new(),
    };
    let code = match e {
        QrError::Render(_) => exit::INTERNAL,
        _ => exit::INVALID_INPUT,
    };
    err(e.code(), args, code)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use carnet_credential::qr::EcLevel;
    use carnet_credential::Error as E;

    /// One value of every library error variant this CLI can meet.
    pub fn every_library_error() -> Vec<CliError> {
        let cred = [
            E::Malformed {
                what: "request",
                detail: "x".into(),
            },
            E::WrongFile {
                expected: "request",
            },
            E::NewerVersion {
                what: "request",
                found: 9,
            },
            E::InvalidField {
                field: "title",
                detail: "x".into(),
            },
            E::EntryCount { found: 0, max: 64 },
            E::InvalidKey,
            E::BadSignature,
            E::NotYourCredential,
            E::NoSuchEntry { index: 3 },
            E::DuplicateEntry { index: 3 },
            E::WrongPrefix,
            E::Base45,
            E::Zlib,
            E::TooLarge { limit: 1 },
        ];
        let bundles = [
            BundleError::Malformed { detail: "x".into() },
            BundleError::WrongFile,
            BundleError::NewerVersion { found: 2 },
            BundleError::UnknownAnchor { kid: "ab".into() },
            BundleError::BadSignature,
            BundleError::Invalid {
                field: "issuer names",
                detail: "x".into(),
            },
            BundleError::TooLarge { limit: 1 },
        ];
        let lists = [
            StatusListError::Malformed { detail: "x".into() },
            StatusListError::WrongFile,
            StatusListError::NewerVersion { found: 2 },
            StatusListError::WrongIssuer {
                expected: "a".into(),
                found: "b".into(),
            },
            StatusListError::BadSignature,
            StatusListError::Invalid {
                field: "size",
                detail: "x".into(),
            },
            StatusListError::TooLarge { limit: 1 },
        ];
        let qrs = [
            QrError::NotAlphanumeric {
                position: 1,
                character: 'a',
            },
            QrError::TooLarge {
                chars: 5000,
                capacity: 10,
                max_version: 25,
                needed_version: None,
                ec: EcLevel::M,
            },
            QrError::BadVersion(41),
            QrError::BadModuleSize(0),
            QrError::NotAnImage,
            QrError::ImageTooLarge {
                width: 9,
                height: 9,
                max_pixels: 1,
            },
            QrError::NotFound,
            QrError::Render("x".into()),
        ];
        let mut all: Vec<CliError> = cred.iter().map(credential).collect();
        all.extend(bundles.iter().map(bundle));
        all.extend(lists.iter().map(status));
        all.extend(qrs.iter().map(qr));
        all
    }
}
