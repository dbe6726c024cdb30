//! Daily unlock with a PIN: the platform keystore holds a random device
//! secret, and carnet-core's PIN slot (`pin.slot`) wraps the logbook
//! secret with Argon2id of the PIN peppered by it. Without the keystore
//! the PIN is not offered: a short PIN must never be the only lock.
//!
//! The keystore is the `keyring` crate: the Secret Service on Linux
//! (GNOME Keyring, KWallet, over D-Bus), the Keychain on macOS, the
//! Credential Manager on Windows. Phones are not wired yet (docs/mobile.md).
//! Setting a PIN asks for the passphrase again, so that a logbook left
//! open cannot be given a PIN by someone else.

use std::path::Path;

use carnet_core::keys::{self, Argon2Params};
use carnet_core::Logbook;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::commands::blocking;
use crate::error::IpcError;
use crate::state::{lock_slot, AppState};

type Result<T> = std::result::Result<T, IpcError>;

/// The keystore's service name for Carnet's entries.
const SERVICE: &str = "org.carnet.app";

/// Whether PIN unlock can be offered, and whether it is on.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PinStatusView {
    /// The platform keystore answered: a PIN can be set.
    pub available: bool,
    /// A PIN is set on this device.
    pub enabled: bool,
}

/// The keystore did not answer, or has no device secret for this PIN.
fn keystore_error() -> IpcError {
    IpcError::new("pin-keystore")
}

/// The keystore entry of one logbook in one data folder (two folders of
/// the same logbook on one computer keep separate PINs).
fn account(id: &uuid::Uuid, dir: &Path) -> String {
    format!("pin-device-secret:{id}:{}", dir.display())
}

/// The platform keystore where the `keyring` crate has one.
#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
mod keystore {
    use super::*;

    fn entry(account: &str) -> std::result::Result<keyring::Entry, keyring::Error> {
        keyring::Entry::new(SERVICE, account)
    }

    /// True when the keystore answers (an entry that does not exist is an
    /// answer).
    pub fn available() -> bool {
        match entry("probe").and_then(|e| e.get_secret()) {
            Ok(_) | Err(keyring::Error::NoEntry) => true,
            Err(_) => false,
        }
    }

    pub fn put(account: &str, secret: &[u8]) -> Result<()> {
        entry(account)
            .and_then(|e| e.set_secret(secret))
            .map_err(|_| keystore_error())
    }

    /// The device secret; `None` when the keystore answers that it has none.
    pub fn get(account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        match entry(account).and_then(|e| e.get_secret()) {
            Ok(s) => Ok(Some(Zeroizing::new(s))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(_) => Err(keystore_error()),
        }
    }

    pub fn delete(account: &str) {
        // Best effort: an entry left behind opens nothing without the
        // PIN slot, which is removed first.
        if let Ok(e) = entry(account) {
            let _ = e.delete_credential();
        }
    }
}

/// Phones are not wired yet (docs/mobile.md): no keystore answers, so no
/// PIN is offered.
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
mod keystore {
    use super::*;

    pub fn available() -> bool {
        false
    }
    pub fn put(_: &str, _: &[u8]) -> Result<()> {
        Err(keystore_error())
    }
    pub fn get(_: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        Err(keystore_error())
    }
    pub fn delete(_: &str) {}
}

/// Whether a PIN can be set here, and whether one is.
#[tauri::command]
pub async fn pin_status(state: State<'_, AppState>) -> Result<PinStatusView> {
    let dir = state.dir().to_path_buf();
    blocking(move || {
        Ok(PinStatusView {
            available: keystore::available(),
            enabled: keys::has_pin(&dir),
        })
    })
    .await
}

/// Sets (or replaces) the PIN, after the passphrase is typed again.
#[tauri::command]
pub async fn pin_set(state: State<'_, AppState>, passphrase: String, pin: String) -> Result<()> {
    let dir = state.dir().to_path_buf();
    blocking(move || {
        keys::check_pin(&pin)?;
        let (id, secret) = Logbook::unlock_secret(&dir, &passphrase)?;
        let device = keys::new_device_secret();
        let account = account(&id, &dir);
        keystore::put(&account, device.as_ref())?;
        if let Err(e) = keys::set_pin(&dir, id, &secret, &pin, device.as_ref(), Argon2Params::MIN) {
            keystore::delete(&account);
            return Err(e.into());
        }
        Ok(())
    })
    .await
}

/// Turns the PIN off; the passphrase is untouched.
#[tauri::command]
pub async fn pin_remove(state: State<'_, AppState>) -> Result<()> {
    let dir = state.dir().to_path_buf();
    blocking(move || {
        let id = keys::pin_logbook_id(&dir).ok();
        keys::remove_pin(&dir)?;
        if let Some(id) = id {
            keystore::delete(&account(&id, &dir));
        }
        Ok(())
    })
    .await
}

/// Opens the logbook with the PIN. A keystore that lost the device secret
/// turns the PIN off (it can never work again) and says to use the
/// passphrase; the last wrong PIN does the same (carnet-core).
#[tauri::command]
pub async fn unlock_pin(state: State<'_, AppState>, pin: String) -> Result<()> {
    let dir = state.dir().to_path_buf();
    let slot = state.slot();
    blocking(move || {
        keys::check_pin(&pin)?;
        let id = keys::pin_logbook_id(&dir)?;
        let account = account(&id, &dir);
        let Some(device) = keystore::get(&account)? else {
            keys::remove_pin(&dir)?;
            return Err(keystore_error());
        };
        let result = keys::unlock_with_pin(&dir, &pin, &device);
        if matches!(result, Err(carnet_core::Error::PinLocked)) {
            keystore::delete(&account);
        }
        let (id, secret) = result?;
        let logbook = Logbook::open_with_secret(&dir, id, &secret)?;
        *lock_slot(&slot) = Some(logbook);
        Ok(())
    })
    .await
}
