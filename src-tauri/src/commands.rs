//! The IPC commands: thin wrappers over carnet-core. Slow work (Argon2id
//! when creating or unlocking) runs on the blocking pool so the webview
//! stays responsive.

use carnet_core::model::{Field, NewEntry};
use carnet_core::Logbook;
use tauri::State;

use crate::error::IpcError;
use crate::ipc::{AppInfo, EntryView, LanguageInfo, ListFilter, NewEntryInput, SyncStatusView};
use crate::state::{lock_slot, AppState};

type Result<T> = std::result::Result<T, IpcError>;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        has_logbook: Logbook::exists(state.dir()),
        unlocked: state.lock().is_some(),
        languages: languages(),
    }
}

/// The shipped locales, each named in its own language.
pub fn languages() -> Vec<LanguageInfo> {
    carnet_i18n::available_locales()
        .into_iter()
        .map(|tag| LanguageInfo {
            tag: tag.to_string(),
            name: carnet_i18n::Localizer::new(&[tag]).msg("lang-name"),
            rtl: carnet_i18n::is_rtl_language(tag),
        })
        .collect()
}

#[tauri::command]
pub async fn create_logbook(state: State<'_, AppState>, passphrase: String) -> Result<()> {
    let dir = state.dir().to_path_buf();
    let slot = state.slot();
    blocking(move || {
        let logbook = Logbook::create(&dir, &passphrase)?;
        *lock_slot(&slot) = Some(logbook);
        Ok(())
    })
    .await
}

#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<()> {
    let dir = state.dir().to_path_buf();
    let slot = state.slot();
    blocking(move || {
        let logbook = Logbook::open(&dir, &passphrase)?;
        *lock_slot(&slot) = Some(logbook);
        Ok(())
    })
    .await
}

/// Closes the logbook; its key leaves memory with it.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) {
    *state.lock() = None;
}

#[tauri::command]
pub fn list_entries(state: State<'_, AppState>, filter: ListFilter) -> Result<Vec<EntryView>> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let entries = logbook.list(filter.kind.map(Into::into), filter.stage.map(Into::into))?;
    Ok(entries.iter().map(EntryView::from).collect())
}

#[tauri::command]
pub fn add_entry(state: State<'_, AppState>, entry: NewEntryInput) -> Result<EntryView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let mut new = NewEntry::new(entry.kind.into(), entry.title);
    if let Some(level) = entry.level.filter(|l| !l.trim().is_empty()) {
        new = new.with(Field::Level, level);
    }
    if !entry.stages.is_empty() {
        let stages: Vec<&str> = entry
            .stages
            .iter()
            .map(|s| carnet_core::model::Stage::from(*s).as_str())
            .collect();
        new = new.with(Field::Stages, stages.join(","));
    }
    let id = logbook.add(&new)?;
    Ok(EntryView::from(&logbook.entry(&id)?))
}

#[tauri::command]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatusView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    Ok(logbook.sync_status()?.into())
}

/// Runs `work` on the blocking pool.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?
}
