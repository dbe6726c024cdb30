//! The IPC commands: thin wrappers over carnet-core. Slow work (Argon2id
//! when creating or unlocking) runs on the blocking pool so the webview
//! stays responsive.

use carnet_core::model::{Field, NewEntry};
use carnet_core::Logbook;
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::error::IpcError;
use crate::ipc::{
    AppInfo, EntryChanges, EntryView, LanguageInfo, ListFilter, NewEntryInput, SheetAfterChange,
    SyncProgressView, SyncReportView, SyncStatusView,
};
use crate::settings::{AppSettings, LOCK_MINUTES_CHOICES, TEXT_SIZE_CHOICES};
use crate::state::{lock_slot, AppState};

/// The event `sync_now` emits as work goes, with a [`SyncProgressView`].
pub const SYNC_PROGRESS_EVENT: &str = "sync-progress";

type Result<T> = std::result::Result<T, IpcError>;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    let settings = AppSettings::load(state.dir());
    AppInfo {
        lock_after_secs: settings.lock_after_secs(),
        lock_minutes_choices: LOCK_MINUTES_CHOICES.to_vec(),
        text_size_choices: TEXT_SIZE_CHOICES.to_vec(),
        settings,
        version: env!("CARGO_PKG_VERSION").to_string(),
        has_logbook: Logbook::exists(state.dir()),
        unlocked: state.lock().is_some(),
        languages: languages(),
        camera_scanner: cfg!(mobile),
        pin_set: carnet_core::keys::has_pin(state.dir()),
    }
}

/// The shipped locales, each named in its own language.
pub fn languages() -> Vec<LanguageInfo> {
    offered_locales()
        .into_iter()
        .map(|tag| LanguageInfo {
            tag: tag.to_string(),
            // Read at build time: naming 48 languages loads none of them.
            name: carnet_i18n::language_name(tag).map_or_else(
                || carnet_i18n::Localizer::new(&[tag]).msg("lang-name"),
                str::to_string,
            ),
            rtl: carnet_i18n::is_rtl_language(tag),
        })
        .collect()
}

/// Set (to anything) to offer the pseudo-locale `en-XA` in the language
/// list: accented, 40 % longer English that shows clipped or hard-coded
/// text at a glance. For developers and the end-to-end tests only.
pub const PSEUDO_LOCALE_VAR: &str = "CARNET_PSEUDO_LOCALE";

/// The shipped locales, and the pseudo-locale when asked for.
fn offered_locales() -> Vec<&'static str> {
    let mut tags = carnet_i18n::available_locales();
    if std::env::var_os(PSEUDO_LOCALE_VAR).is_some() {
        tags.push(carnet_i18n::PSEUDO_LOCALE);
    }
    tags
}

/// Remembers the language in the data folder; `tag` must be shipped.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, tag: String) -> Result<()> {
    if !offered_locales().contains(&tag.as_str()) {
        let mut e = IpcError::new("unknown-language");
        e.args.insert("tag".into(), tag);
        return Err(e);
    }
    let mut settings = AppSettings::load(state.dir());
    settings.lang = Some(tag);
    settings.save(state.dir())
}

/// Remembers the lock delay (one of the offered choices).
#[tauri::command]
pub fn set_lock_minutes(state: State<'_, AppState>, minutes: u32) -> Result<u32> {
    if !LOCK_MINUTES_CHOICES.contains(&minutes) {
        return Err(IpcError::internal(format!(
            "lock delay {minutes} not offered"
        )));
    }
    let mut settings = AppSettings::load(state.dir());
    settings.lock_minutes = minutes;
    settings.save(state.dir())?;
    Ok(settings.lock_after_secs())
}

/// Rewraps the logbook's key under a new passphrase (Argon2id, on the
/// blocking pool), and a printed recovery sheet's slot with it, so the
/// sheet keeps working. The open logbook stays open.
#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    new: String,
) -> Result<SheetAfterChange> {
    use carnet_core::sync::recovery::{self, AfterPassphraseChange};
    let dir = state.dir().to_path_buf();
    blocking(move || {
        Ok(match recovery::change_passphrase(&dir, &current, &new)? {
            AfterPassphraseChange::NoSheet => SheetAfterChange::None,
            AfterPassphraseChange::Updated => SheetAfterChange::Updated,
            AfterPassphraseChange::HubNotUpdated(_) => SheetAfterChange::HubNotUpdated,
        })
    })
    .await
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

/// Closes the logbook; its key leaves memory with it, and so does the
/// secret of a pairing in progress.
#[tauri::command]
pub fn lock(state: State<'_, AppState>, pairings: State<'_, crate::devices::Pairings>) {
    pairings.clear();
    *state.lock() = None;
}

#[tauri::command]
pub fn list_entries(state: State<'_, AppState>, filter: ListFilter) -> Result<Vec<EntryView>> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let kind = filter.kind.map(Into::into);
    let stage = filter.stage.map(Into::into);
    let text = filter.text.as_deref().map(str::trim).unwrap_or_default();
    let entries = if text.is_empty() {
        logbook.list(kind, stage)?
    } else {
        // Search ranks; the kind and stage filters narrow its hits.
        logbook
            .search(text)?
            .into_iter()
            .filter(|e| kind.is_none_or(|k| e.kind == k))
            .filter(|e| stage.is_none_or(|s| e.stages.contains(&s)))
            .collect()
    };
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
        new = new.with(Field::Stages, stages_text(&entry.stages));
    }
    if let Some(uri) = entry.esco.filter(|u| !u.trim().is_empty()) {
        new = new.with(Field::Esco, uri);
    }
    let id = logbook.add(&new)?;
    Ok(EntryView::from(&logbook.entry(&id)?))
}

fn stages_text(stages: &[crate::ipc::MigrationStage]) -> String {
    let names: Vec<&str> = stages
        .iter()
        .map(|s| carnet_core::model::Stage::from(*s).as_str())
        .collect();
    names.join(",")
}

#[tauri::command]
pub fn edit_entry(
    state: State<'_, AppState>,
    id: String,
    changes: EntryChanges,
) -> Result<EntryView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let id = logbook.resolve(&id)?;
    let mut fields = vec![
        (Field::Title, changes.title),
        (Field::Level, changes.level.unwrap_or_default()),
        (Field::Stages, stages_text(&changes.stages)),
    ];
    if let Some(uri) = changes.esco {
        fields.push((Field::Esco, uri));
    }
    Ok(EntryView::from(&logbook.edit(&id, &fields)?))
}

#[tauri::command]
pub fn remove_entry(state: State<'_, AppState>, id: String) -> Result<()> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let id = logbook.resolve(&id)?;
    Ok(logbook.remove(&id)?)
}

/// Remembers the hub address (checked for form, not contacted).
#[tauri::command]
pub fn set_hub(state: State<'_, AppState>, url: String) -> Result<SyncStatusView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    logbook.set_hub_url(url.trim())?;
    Ok(logbook.sync_status()?.into())
}

/// Syncs with the remembered hub on the blocking pool, emitting
/// [`SYNC_PROGRESS_EVENT`] as work goes.
#[tauri::command]
pub async fn sync_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SyncReportView> {
    let slot = state.slot();
    blocking(move || {
        let mut guard = lock_slot(&slot);
        let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
        let hub = logbook.connect_hub(None)?;
        let report = logbook.sync(&hub, &mut |p| {
            // A lost event only leaves the bar behind; the result still comes.
            let _ = app.emit(SYNC_PROGRESS_EVENT, SyncProgressView::from(p));
        })?;
        Ok(report.into())
    })
    .await
}

#[tauri::command]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatusView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    Ok(logbook.sync_status()?.into())
}

/// Runs `work` on the blocking pool.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?
}
