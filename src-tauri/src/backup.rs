//! Keeping a logbook safe outside the device: the recovery sheet
//! (docs/sync-protocol.md §8, made and drawn by carnet-sheet), getting a
//! logbook back with it, and the JSON export and import (carnet-core's
//! `export`). Thin commands, as the CLI's `recovery-sheet`, `recover`,
//! `export` and `import`.
//!
//! Files are saved in the person's Downloads folder (else Documents, else
//! home), under a dated name that never replaces an earlier file: the app
//! asks for no file-system permission and opens no dialog, and the screen
//! says where the file went.

use std::io::Write;
use std::path::{Path, PathBuf};

use carnet_core::logbook::unix_now;
use carnet_core::sync::recovery::{self, Sheet};
use carnet_core::Export;
use carnet_i18n::Localizer;
use carnet_sheet::{Format, SheetFile};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::commands::blocking;
use crate::devices::JOIN_PROGRESS_EVENT;
use crate::error::IpcError;
use crate::ipc::{
    ExportedView, ImportReportView, JoinedView, RecoverInput, RecoverySheetView, SheetFormat,
    SyncProgressView,
};
use crate::settings::AppSettings;
use crate::state::{lock_slot, AppState};

type Result<T> = std::result::Result<T, IpcError>;

/// Where saved files go: Downloads, else Documents, else the home folder,
/// else the data folder (a phone without those); created if missing.
fn save_folder<R: Runtime>(app: &AppHandle<R>, data: &Path) -> Result<PathBuf> {
    let paths = app.path();
    let dir = paths
        .download_dir()
        .or_else(|_| paths.document_dir())
        .or_else(|_| paths.home_dir())
        .unwrap_or_else(|_| data.to_path_buf());
    std::fs::create_dir_all(&dir).map_err(|e| save_failed(&dir, &e))?;
    Ok(dir)
}

fn save_failed(path: &Path, e: &std::io::Error) -> IpcError {
    let mut err = IpcError::new("save-file");
    err.args.insert("path".into(), path.display().to_string());
    err.args.insert("reason".into(), e.to_string());
    err
}

/// `<folder>/<stem>-<date>.<ext>`, or `…-2`, `…-3` when taken.
fn free_name(folder: &Path, stem: &str, ext: &str) -> PathBuf {
    let date = carnet_sheet::date_from_secs(unix_now());
    let mut n = 1u32;
    loop {
        let name = if n == 1 {
            format!("{stem}-{date}.{ext}")
        } else {
            format!("{stem}-{date}-{n}.{ext}")
        };
        let path = folder.join(name);
        if !path.exists() || n == u32::MAX {
            return path;
        }
        n += 1;
    }
}

impl From<carnet_sheet::SheetError> for IpcError {
    fn from(e: carnet_sheet::SheetError) -> IpcError {
        match e {
            carnet_sheet::SheetError::Logbook(core) => core.into(),
            other => {
                let mut err = IpcError::new(other.code());
                for (k, v) in other.args() {
                    err.args.insert(k.into(), v);
                }
                err
            }
        }
    }
}

/// Makes a new recovery sheet (the passphrase unwraps the secret and
/// wraps the sheet's slot; Argon2id and the hub, so the blocking pool),
/// saves it as PDF or PNG and returns where, with the 12 words for a
/// person who cannot print. A new sheet replaces the old one.
#[tauri::command]
pub async fn make_recovery_sheet<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: String,
    format: SheetFormat,
) -> Result<RecoverySheetView> {
    let dir = state.dir().to_path_buf();
    let slot = state.slot();
    let lang = AppSettings::load(&dir).lang.unwrap_or_else(|| "en".into());
    let format = match format {
        SheetFormat::Pdf => Format::Pdf,
        SheetFormat::Png => Format::Png,
    };
    let folder = save_folder(&app, &dir)?;
    blocking(move || {
        let mut guard = lock_slot(&slot);
        let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
        let secret = logbook.secret_again(&passphrase)?;
        // No hub, no sheet: said before a file is created.
        logbook.connect_hub(None)?;
        let file = SheetFile::create(&free_name(
            &folder,
            "carnet-recovery-sheet",
            format.extension(),
        ))?;
        let loc = Localizer::new(&[lang.as_str()]);
        let made = carnet_sheet::make(logbook, &secret, &passphrase, &loc, format, unix_now())?;
        let path = file.finish(&made.bytes)?;
        Ok(RecoverySheetView {
            path: path.display().to_string(),
            words: made
                .sheet
                .code
                .words()
                .into_iter()
                .map(str::to_string)
                .collect(),
            hub: made.sheet.hub,
            in_own_language: made.in_own_language,
        })
    })
    .await
}

/// First run: gets a logbook back from the hub with a recovery sheet (its
/// QR text, or its words and hub address) and the passphrase, emitting
/// [`JOIN_PROGRESS_EVENT`]; the logbook is then open.
#[tauri::command]
pub async fn recover_logbook<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: RecoverInput,
    passphrase: String,
) -> Result<JoinedView> {
    let sheet = match input.sheet_code.as_deref().map(str::trim) {
        Some(text) if !text.is_empty() => Sheet::from_text(text)?,
        _ => Sheet::from_words(
            input.hub.as_deref().unwrap_or_default(),
            input.words.as_deref().unwrap_or_default(),
        )?,
    };
    if sheet.hub.is_empty() {
        return Err(carnet_core::sync::SyncError::NoHub.into());
    }
    let dir = state.dir().to_path_buf();
    let slot = state.slot();
    blocking(move || {
        let logbook = recovery::recover(&dir, &sheet, &passphrase, &mut |p| {
            let _ = app.emit(JOIN_PROGRESS_EVENT, SyncProgressView::from(p));
        })?;
        let entries = logbook.entries()?.len() as u64;
        *lock_slot(&slot) = Some(logbook);
        Ok(JoinedView { entries })
    })
    .await
}

/// Saves the whole logbook as the JSON export (readable by anyone who has
/// the file: the screen asks for consent first).
#[tauri::command]
pub fn export_logbook<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<ExportedView> {
    let (text, entries) = {
        let guard = state.lock();
        let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
        let export = Export::new(logbook.profile()?, logbook.entries()?);
        (export.to_json()?, export.entries.len() as u64)
    };
    let folder = save_folder(&app, state.dir())?;
    let path = free_name(&folder, "carnet-export", "json");
    write_new(&path, text.as_bytes())?;
    Ok(ExportedView {
        path: path.display().to_string(),
        entries,
    })
}

/// Writes a file that did not exist, whole and on the disk, or not at all.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| save_failed(path, &e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            // Ours, half-written: no partial export is left behind.
            let _ = std::fs::remove_file(path);
            save_failed(path, &e)
        })
}

/// Merges an export (the text of a file the person chose) into the open
/// logbook, field by field; nothing is deleted.
#[tauri::command]
pub fn import_logbook(state: State<'_, AppState>, text: String) -> Result<ImportReportView> {
    // Checked before the logbook is touched.
    let data = Export::from_json(&text)?;
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    Ok(logbook.import(&data)?.into())
}
