//! What the app holds between commands: the data folder and the open
//! logbook (`None` while locked).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use carnet_core::Logbook;

/// Managed by Tauri (`app.manage`); commands receive it as `State`.
#[derive(Debug)]
pub struct AppState {
    dir: PathBuf,
    logbook: Arc<Mutex<Option<Logbook>>>,
}

impl AppState {
    pub fn new(dir: PathBuf) -> AppState {
        AppState {
            dir,
            logbook: Arc::new(Mutex::new(None)),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A handle to the open logbook that can move to a blocking thread.
    pub fn slot(&self) -> Arc<Mutex<Option<Logbook>>> {
        Arc::clone(&self.logbook)
    }

    /// The open logbook, if any. A panic while it was held cannot leave it
    /// half-written (every write is one SQLite transaction), so a poisoned
    /// lock is taken over.
    pub fn lock(&self) -> MutexGuard<'_, Option<Logbook>> {
        lock_slot(&self.logbook)
    }
}

pub fn lock_slot(slot: &Mutex<Option<Logbook>>) -> MutexGuard<'_, Option<Logbook>> {
    slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
