//! The key hierarchy (docs/storage.md): one random logbook secret, wrapped in
//! a key file by one or more slots, from which HKDF derives a key per job.

mod attempts;
mod keyfile;
mod pin;
mod secret;

pub use attempts::{Attempts, ATTEMPTS_FILE};
pub use keyfile::{
    check_new_passphrase, open_recovery_slot, recovery_slot, Argon2Params, KeyFile, KEYFILE_FORMAT,
    KEYFILE_NAME, KEYFILE_VERSION, MIN_PASSPHRASE_CHARS, SHEET_CODE_LEN, SLOT_RECOVERY,
};
pub use pin::{
    check_pin, has_pin, new_device_secret, pin_logbook_id, remove_pin, set_pin, unlock_with_pin,
    DEVICE_SECRET_LEN, MAX_PIN_TRIES, PIN_SLOT_FORMAT, PIN_SLOT_NAME, PIN_SLOT_VERSION,
};
pub use secret::{LogbookSecret, SubKey};
