//! The exit codes of `carnet`: one table, documented in `docs/cli.md`.
//!
//! Scripts and helpers (a caseworker's tool, the app's test harness) act on
//! these numbers, so a code never changes meaning once released. Each core
//! error maps here by an exhaustive `match`: a new error in carnet-core does
//! not compile until someone decides its code.

use carnet_core::evidence::EvidenceError;
use carnet_core::model::InputError;
use carnet_core::sync::SyncError;
use carnet_core::Error;

use crate::error::CliError;

/// Everything went well.
pub const SUCCESS: u8 = 0;
/// A bug in Carnet; the message asks the person to report it.
pub const INTERNAL: u8 = 1;
/// The command line is wrong, or a passphrase is needed with no terminal.
pub const USAGE: u8 = 2;
/// A value, photo or import file that cannot be used; a passphrase that is
/// too short; two passphrases that do not match.
pub const INVALID_INPUT: u8 = 3;
/// No such entry, or an id prefix that matches several; no such ESCO
/// concept.
pub const NOT_FOUND: u8 = 4;
pub const WRONG_PASSPHRASE: u8 = 5;
/// A damaged or missing key file or database, or one written by a newer
/// Carnet.
pub const DAMAGED_STORE: u8 = 6;
/// Too many wrong passphrases: wait, then try again.
pub const TOO_MANY_ATTEMPTS: u8 = 7;
/// No logbook in this data folder: run `carnet init`.
pub const NO_LOGBOOK: u8 = 8;
pub const ALREADY_EXISTS: u8 = 9;
/// Disk full, permission denied, other I/O failures.
pub const STORAGE: u8 = 10;
/// The hub cannot be reached or asks to wait: try again later.
pub const HUB_UNREACHABLE: u8 = 11;
/// The hub refuses this device or this logbook, or answers what Carnet
/// cannot use.
pub const HUB_REFUSED: u8 = 12;
/// The hub sent a change that does not open or does not hold together: a
/// security matter, not a network one.
pub const HUB_FORGED: u8 = 13;
/// Reserved for the verdicts of `carnet verify`.
#[cfg_attr(not(test), allow(dead_code))]
pub const VERIFY_VERDICTS: std::ops::RangeInclusive<u8> = 20..=29;

/// The exit code for an error of the logbook.
pub fn exit_code(e: &Error) -> u8 {
    match e {
        Error::WrongPassphrase => WRONG_PASSPHRASE,
        Error::TooManyAttempts { .. } => TOO_MANY_ATTEMPTS,
        Error::DamagedKeyFile { .. } | Error::DamagedDatabase { .. } => DAMAGED_STORE,
        // An export file from a newer Carnet is an import file that cannot
        // be used, not a damaged logbook (`what` is a stable key).
        Error::TooNew { what, .. } if *what == "export-file" => INVALID_INPUT,
        Error::TooNew { .. } => DAMAGED_STORE,
        Error::NoLogbook => NO_LOGBOOK,
        Error::AlreadyExists => ALREADY_EXISTS,
        Error::NotFound(_) | Error::Ambiguous(_) => NOT_FOUND,
        Error::Input(input) => input_code(input),
        Error::Evidence(evidence) => evidence_code(evidence),
        Error::DiskFull | Error::Io(_) => STORAGE,
        // The ESCO asset is installed with Carnet, like a program file.
        Error::TaxonomyMissing { .. } => STORAGE,
        Error::TaxonomyDamaged { .. } => DAMAGED_STORE,
        Error::UnknownConcept(_) => NOT_FOUND,
        Error::NotAnOccupation(_) => INVALID_INPUT,
        Error::Internal(_) => INTERNAL,
        Error::Sync(sync) => sync_code(sync),
        // PIN unlock is the app's (a platform keystore); the CLI never
        // asks for a PIN, but the codes stay distinct if it ever meets one.
        Error::PinFormat | Error::NoPin => INVALID_INPUT,
        Error::WrongPin { .. } => WRONG_PASSPHRASE,
        Error::PinLocked => TOO_MANY_ATTEMPTS,
    }
}

fn sync_code(e: &SyncError) -> u8 {
    match e {
        SyncError::BadHubAddress { .. }
        | SyncError::NoHub
        | SyncError::PairingCode
        | SyncError::PairingExpired
        | SyncError::PairingTaken
        | SyncError::RemoveSelf => INVALID_INPUT,
        // The CLI never stops a wait (only the app's Cancel button does);
        // like a pairing the other side refused, nothing was shared.
        SyncError::Cancelled => HUB_REFUSED,
        SyncError::PairingRefused => HUB_REFUSED,
        SyncError::RecoveryCode | SyncError::RecoveryWords { .. } => INVALID_INPUT,
        // The hub has nothing under this sheet's code: like an unknown id.
        SyncError::RecoveryNoBox => NOT_FOUND,
        SyncError::Unreachable { .. } | SyncError::RateLimited { .. } => HUB_UNREACHABLE,
        SyncError::Refused
        | SyncError::UnknownLogbook
        | SyncError::HubFull
        | SyncError::HubError { .. }
        | SyncError::Protocol(_)
        | SyncError::UnknownEpoch { .. }
        | SyncError::RolledBack { .. } => HUB_REFUSED,
        SyncError::Forged | SyncError::BadPlaintext | SyncError::Incomplete => HUB_FORGED,
        SyncError::Internal(_) => INTERNAL,
    }
}

fn input_code(e: &InputError) -> u8 {
    match e {
        InputError::Kind { .. }
        | InputError::Date { .. }
        | InputError::Level { .. }
        | InputError::Country { .. }
        | InputError::Language { .. }
        | InputError::Esco { .. }
        | InputError::Isco { .. }
        | InputError::Proficiency { .. }
        | InputError::Context { .. }
        | InputError::Stage { .. }
        | InputError::Field { .. }
        | InputError::Empty { .. }
        | InputError::DateOrder { .. }
        | InputError::PassphraseTooShort { .. }
        | InputError::ImportFormat { .. } => INVALID_INPUT,
    }
}

fn evidence_code(e: &EvidenceError) -> u8 {
    match e {
        EvidenceError::NotAnImage
        | EvidenceError::UnsupportedFormat { .. }
        | EvidenceError::Damaged { .. }
        | EvidenceError::TooLarge { .. }
        | EvidenceError::FileTooBig { .. }
        | EvidenceError::NotAudio
        | EvidenceError::AudioIsVideo
        | EvidenceError::AudioTooBig { .. }
        | EvidenceError::AudioDamaged { .. }
        | EvidenceError::NotEvidence => INVALID_INPUT,
        // Encoding decoded pixels into memory cannot fail on good input:
        // when it does, it is a bug.
        EvidenceError::EncodeFailed { .. } => INTERNAL,
    }
}

/// The exit code for any failure of a command.
pub fn cli_exit_code(e: &CliError) -> u8 {
    match e {
        CliError::Core(core) => exit_code(core),
        CliError::Usage { .. } | CliError::PassphraseUnavailable { .. } | CliError::NoDataDir => {
            USAGE
        }
        CliError::PassphraseMismatch | CliError::ReadFile { .. } => INVALID_INPUT,
        // `carnet list | head -1` closes the pipe early; the reader got what
        // it wanted, so that is not a failure worth a message.
        CliError::Output(io) if io.kind() == std::io::ErrorKind::BrokenPipe => SUCCESS,
        CliError::Output(_) => STORAGE,
        CliError::Credential { exit, .. } | CliError::Verdict { exit } => *exit,
    }
}
