//! The key hierarchy (docs/storage.md): one random logbook secret, wrapped in
//! a key file by one or more slots, from which HKDF derives a key per job.

mod attempts;
mod keyfile;
mod secret;

pub use attempts::{Attempts, ATTEMPTS_FILE};
pub use keyfile::{
    check_new_passphrase, open_recovery_slot, recovery_slot, Argon2Params, KeyFile, KEYFILE_FORMAT,
    KEYFILE_NAME, KEYFILE_VERSION, MIN_PASSPHRASE_CHARS, SHEET_CODE_LEN, SLOT_RECOVERY,
};
pub use secret::{LogbookSecret, SubKey};
