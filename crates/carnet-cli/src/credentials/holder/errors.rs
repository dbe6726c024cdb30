//! Failures only a holder meets. Library errors (a damaged or foreign
//! credential file, a QR code too large) go through
//! `crate::credentials::errors`, with the same codes and messages the
//! issuer commands give.

use carnet_core::wallet::WalletError;

use super::err;
use crate::credentials::errors::{self as lib_errors, Carried};
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;

/// A credential stored in the logbook that no longer reads: it was
/// checked when received, so this is damage, not bad input.
pub fn stored_credential(title: &str) -> CliError {
    err(
        "holder-credential-damaged",
        vec![("title", title.to_string())],
        exit::DAMAGED_STORE,
    )
}

/// A failure of carnet-core's holder side, in the CLI's words (options
/// and commands rather than the app's buttons).
pub fn wallet(e: WalletError) -> CliError {
    match e {
        WalletError::Core(e) => e.into(),
        WalletError::Credential(e) => lib_errors::credential(&e),
        WalletError::Qr(e) => lib_errors::qr(&e, Carried::Presentation),
        WalletError::NoHolderKey => err("holder-no-key", Vec::new(), exit::DAMAGED_STORE),
        WalletError::NotEndorsed { title } => err(
            "holder-not-endorsed",
            vec![("title", title)],
            exit::INVALID_INPUT,
        ),
        WalletError::CredentialDamaged { title } => stored_credential(&title),
        WalletError::EntryUnfit { title, field } => err(
            "holder-entry-unfit",
            vec![("title", title), ("field", field)],
            exit::INVALID_INPUT,
        ),
        WalletError::SelectedTwice { title } => err(
            "holder-selected-twice",
            vec![("title", title)],
            exit::INVALID_INPUT,
        ),
        WalletError::CredentialWithoutEntries => err(
            "holder-credential-no-entries",
            vec![("path", String::new())],
            exit::INVALID_INPUT,
        ),
        WalletError::EntryGone { id } => err(
            "holder-credential-entry-gone",
            vec![("id", id), ("path", String::new())],
            exit::NOT_FOUND,
        ),
        WalletError::NothingChosen => {
            CliError::usage(Msg::new("holder-present-nothing"), "carnet present")
        }
    }
}
