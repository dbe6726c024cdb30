//! `carnet passphrase change`: rewrap the logbook's key under a new
//! passphrase; the entries are not touched.

use carnet_core::Logbook;

use crate::error::CliError;
use crate::passphrase;
use crate::session::Session;

pub fn run(s: &Session<'_>) -> Result<(), CliError> {
    if !Logbook::exists(&s.data_dir) {
        return Err(carnet_core::Error::NoLogbook.into());
    }
    let old = passphrase::current(s.loc)?;
    // A wrong current passphrase is reported before the new one is typed
    // twice for nothing.
    drop(Logbook::open(&s.data_dir, &old)?);
    let new = passphrase::new_for_change(s.loc)?;
    // A printed recovery sheet keeps working: its slot is rewrapped for
    // the new passphrase (docs/sync-protocol.md §8).
    use carnet_core::sync::recovery::{change_passphrase, AfterPassphraseChange};
    let sheet = change_passphrase(&s.data_dir, &old, &new)?;
    if s.out.json {
        return s.out.json(&serde_json::json!({
            "changed": true,
            "recovery_sheet": match sheet {
                AfterPassphraseChange::NoSheet => "none",
                AfterPassphraseChange::Updated => "updated",
                AfterPassphraseChange::HubNotUpdated(_) => "hub-not-updated",
            },
        }));
    }
    s.out.line(&s.msg("cli-passphrase-changed"))?;
    match sheet {
        AfterPassphraseChange::NoSheet => Ok(()),
        AfterPassphraseChange::Updated => s.out.line(&s.msg("cli-passphrase-sheet-updated")),
        AfterPassphraseChange::HubNotUpdated(_) => {
            s.out.line(&s.msg("cli-passphrase-sheet-not-updated"))
        }
    }
}
