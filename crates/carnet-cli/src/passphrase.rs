//! Getting passphrases from the environment or a no-echo prompt.
//!
//! Scripts and tests set `CARNET_PASSPHRASE` (and `CARNET_NEW_PASSPHRASE`
//! for a change); people type at a prompt that does not show what they
//! type. With neither a variable nor a terminal, Carnet stops with a usage
//! error instead of waiting for input that will never come.

use std::io::IsTerminal;

use carnet_core::keys::MIN_PASSPHRASE_CHARS;
use carnet_core::model::InputError;
use carnet_i18n::Localizer;
use zeroize::Zeroizing;

use crate::error::CliError;
use crate::msg::Msg;

pub const PASSPHRASE_VAR: &str = "CARNET_PASSPHRASE";
pub const NEW_PASSPHRASE_VAR: &str = "CARNET_NEW_PASSPHRASE";

/// A passphrase, wiped from memory when dropped.
pub type Secret = Zeroizing<String>;

/// The passphrase of an existing logbook.
pub fn current(loc: &Localizer) -> Result<Secret, CliError> {
    if let Some(p) = from_env(PASSPHRASE_VAR) {
        return Ok(p);
    }
    prompt(loc, "cli-passphrase-prompt", PASSPHRASE_VAR)
}

/// A passphrase for a new logbook (`init`), from `CARNET_PASSPHRASE` or
/// typed twice.
pub fn new_for_init(loc: &Localizer) -> Result<Secret, CliError> {
    choose(loc, PASSPHRASE_VAR)
}

/// The new passphrase of `passphrase change`, from `CARNET_NEW_PASSPHRASE`
/// or typed twice.
pub fn new_for_change(loc: &Localizer) -> Result<Secret, CliError> {
    choose(loc, NEW_PASSPHRASE_VAR)
}

fn choose(loc: &Localizer, variable: &'static str) -> Result<Secret, CliError> {
    if let Some(p) = from_env(variable) {
        return Ok(p);
    }
    ensure_terminal(variable)?;
    let min = i64::try_from(MIN_PASSPHRASE_CHARS).unwrap_or(i64::MAX);
    eprintln!(
        "{}",
        Msg::new("cli-passphrase-new-intro")
            .number("min", min)
            .format(loc)
    );
    let first = prompt(loc, "cli-passphrase-new-prompt", variable)?;
    // Say it is too short now, not after the person typed it twice.
    if first.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(InputError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        }
        .into());
    }
    let again = prompt(loc, "cli-passphrase-repeat-prompt", variable)?;
    if *first != *again {
        return Err(CliError::PassphraseMismatch);
    }
    Ok(first)
}

fn from_env(variable: &str) -> Option<Secret> {
    std::env::var(variable).ok().map(Zeroizing::new)
}

fn ensure_terminal(variable: &'static str) -> Result<(), CliError> {
    if std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(CliError::PassphraseUnavailable { variable })
    }
}

/// Asks without echo; the prompt goes to the terminal, never to stdout,
/// so `--json` output stays clean.
fn prompt(loc: &Localizer, id: &str, variable: &'static str) -> Result<Secret, CliError> {
    ensure_terminal(variable)?;
    let text = format!("{} ", loc.msg(id));
    rpassword::prompt_password(text)
        .map(Zeroizing::new)
        .map_err(|_| CliError::PassphraseUnavailable { variable })
}
