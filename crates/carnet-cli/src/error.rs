//! Everything that can stop a `carnet` command.
//!
//! One enum so that `app.rs` has a single place that turns a failure into
//! a message (`report.rs`) and an exit code (`exit.rs`).

use std::path::PathBuf;

use crate::msg::Msg;

#[derive(Debug)]
pub enum CliError {
    /// The logbook refused or could not do what was asked.
    Core(carnet_core::Error),
    /// The command line cannot be used as typed. `lines` say what is wrong;
    /// `command` (e.g. "carnet add") is named in the hint to ask for help.
    Usage { lines: Vec<Msg>, command: String },
    /// A passphrase is needed, but there is no terminal to ask on and the
    /// environment variable `variable` is not set: asking would hang.
    PassphraseUnavailable { variable: &'static str },
    /// The new passphrase and its repetition differ.
    PassphraseMismatch,
    /// A file named on the command line (photo, export) cannot be read.
    ReadFile { path: PathBuf, reason: String },
    /// Neither `--data-dir`, `CARNET_DATA_DIR` nor the platform gives a
    /// folder for the logbook (e.g. no home directory).
    NoDataDir,
    /// Writing the answer to standard output failed.
    Output(std::io::Error),
    /// A credential command failed (`credentials/`): `code` names the
    /// Fluent message `error-<code>`, `args` fill it, `exit` is from the
    /// table in `exit.rs`.
    Credential {
        code: &'static str,
        args: Vec<(&'static str, String)>,
        exit: u8,
    },
    /// `carnet verify` printed its report; the exit code is the worst
    /// verdict's (20–25), with no further message.
    Verdict { exit: u8 },
}

impl CliError {
    /// A usage error with one line of explanation.
    pub fn usage(line: Msg, command: &str) -> CliError {
        CliError::Usage {
            lines: vec![line],
            command: command.to_string(),
        }
    }
}

impl From<carnet_core::Error> for CliError {
    fn from(e: carnet_core::Error) -> Self {
        CliError::Core(e)
    }
}

impl From<carnet_core::sync::SyncError> for CliError {
    fn from(e: carnet_core::sync::SyncError) -> Self {
        CliError::Core(e.into())
    }
}

impl From<carnet_core::model::InputError> for CliError {
    fn from(e: carnet_core::model::InputError) -> Self {
        CliError::Core(e.into())
    }
}

impl From<carnet_sheet::SheetError> for CliError {
    fn from(e: carnet_sheet::SheetError) -> Self {
        match e {
            carnet_sheet::SheetError::Logbook(core) => CliError::Core(core),
            write @ carnet_sheet::SheetError::Write { .. } => CliError::Credential {
                code: write.code(),
                args: write.args(),
                exit: crate::exit::STORAGE,
            },
        }
    }
}

impl From<std::io::Error> for CliError {
    /// Only writes to stdout go through `?` on an `io::Error`; files the
    /// person names are read with [`CliError::ReadFile`].
    fn from(e: std::io::Error) -> Self {
        CliError::Output(e)
    }
}
