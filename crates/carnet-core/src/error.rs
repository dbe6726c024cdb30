//! One error type for the library, with a stable code per case.
//!
//! Front ends never show `Display` text to a person directly: they map
//! [`Error::code`] to a translated message (see `locales/en/errors.ftl`) and
//! pass [`Error::args`] into it. `Display` is the English fallback for logs
//! and developers.

use crate::evidence::EvidenceError;
use crate::model::InputError;

/// Everything that can go wrong when opening or changing a logbook.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the passphrase is not correct")]
    WrongPassphrase,
    #[error("too many wrong passphrases; wait {wait_secs} seconds and try again")]
    TooManyAttempts { wait_secs: u64 },
    #[error("the key file is damaged ({reason}); restore it from a backup or a paired device")]
    DamagedKeyFile { reason: String },
    #[error(
        "the logbook database is damaged ({reason}); restore it from a backup or a paired device"
    )]
    DamagedDatabase { reason: String },
    /// `what` is a stable key, not prose: `key-file`, `database`,
    /// `document`, `export-file` or `taxonomy` (translations select on it).
    #[error("this file was written by a newer Carnet ({what} version {found}); update Carnet")]
    TooNew { what: &'static str, found: u64 },
    #[error("there is no logbook in this folder yet; create one with `carnet init`")]
    NoLogbook,
    #[error("a logbook already exists in this folder")]
    AlreadyExists,
    #[error("no entry matches “{0}”")]
    NotFound(String),
    #[error("“{0}” matches more than one entry; type more of its id")]
    Ambiguous(String),
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Evidence(#[from] EvidenceError),
    #[error("the disk is full; free some space and try again (nothing was lost)")]
    DiskFull,
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    #[error("could not read or write the logbook files: {0}")]
    Io(String),
    #[error("the ESCO taxonomy file is missing ({path}); reinstall Carnet")]
    TaxonomyMissing { path: String },
    #[error("the ESCO taxonomy file is damaged ({reason}); reinstall Carnet")]
    TaxonomyDamaged { reason: String },
    #[error("no ESCO skill or occupation is “{0}”")]
    UnknownConcept(String),
    #[error("“{0}” is an ESCO skill, not an occupation")]
    NotAnOccupation(String),
    /// A PIN is 6 to 12 digits (nothing was tried).
    #[error("a PIN has 6 to 12 digits")]
    PinFormat,
    #[error("the PIN is not correct ({left} tries left)")]
    WrongPin { left: u32 },
    /// The last try failed: the PIN is off, the passphrase is needed.
    #[error("too many wrong PINs; the PIN is off, use the passphrase")]
    PinLocked,
    #[error("no PIN is set on this device; use the passphrase")]
    NoPin,
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// A stable machine code, the key of the translated message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::WrongPassphrase => "wrong-passphrase",
            Error::TooManyAttempts { .. } => "too-many-attempts",
            Error::DamagedKeyFile { .. } => "damaged-key-file",
            Error::DamagedDatabase { .. } => "damaged-database",
            Error::TooNew { .. } => "too-new",
            Error::NoLogbook => "no-logbook",
            Error::AlreadyExists => "already-exists",
            Error::NotFound(_) => "not-found",
            Error::Ambiguous(_) => "ambiguous-id",
            Error::Input(e) => e.code(),
            Error::Evidence(e) => e.code(),
            Error::Sync(e) => e.code(),
            Error::DiskFull => "disk-full",
            Error::Io(_) => "io",
            Error::TaxonomyMissing { .. } => "taxonomy-missing",
            Error::TaxonomyDamaged { .. } => "taxonomy-damaged",
            Error::UnknownConcept(_) => "unknown-concept",
            Error::NotAnOccupation(_) => "not-an-occupation",
            Error::PinFormat => "pin-format",
            Error::WrongPin { .. } => "pin-wrong",
            Error::PinLocked => "pin-locked",
            Error::NoPin => "pin-none",
            Error::Internal(_) => "internal",
        }
    }

    /// Named arguments for the translated message of [`Error::code`].
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::TooManyAttempts { wait_secs } => vec![("seconds", wait_secs.to_string())],
            Error::WrongPin { left } => vec![("left", left.to_string())],
            Error::DamagedKeyFile { reason } | Error::DamagedDatabase { reason } => {
                vec![("reason", reason.clone())]
            }
            Error::TooNew { what, found } => {
                vec![("what", what.to_string()), ("version", found.to_string())]
            }
            Error::NotFound(id) | Error::Ambiguous(id) => vec![("id", id.clone())],
            Error::TaxonomyMissing { path } => vec![("path", path.clone())],
            Error::TaxonomyDamaged { reason } => vec![("reason", reason.clone())],
            Error::UnknownConcept(c) | Error::NotAnOccupation(c) => vec![("concept", c.clone())],
            Error::Input(e) => e.args(),
            Error::Evidence(e) => e.args(),
            Error::Sync(e) => e.args(),
            Error::Io(m) | Error::Internal(m) => vec![("reason", m.clone())],
            _ => Vec::new(),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.raw_os_error() == Some(28) {
            Error::DiskFull
        } else {
            Error::Io(e.to_string())
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        // Growing the WAL index fails with IOERR_SHMSIZE when no space is
        // left, before any write could report SQLITE_FULL.
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            if f.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE {
                return Error::DiskFull;
            }
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskFull,
            Some(ErrorCode::SystemIoFailure) => Error::Io(e.to_string()),
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                Error::DamagedDatabase {
                    reason: e.to_string(),
                }
            }
            Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
                Error::Io(e.to_string())
            }
            _ => Error::Internal(format!("database: {e}")),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
