//! The Carnet app: a Tauri 2 shell over [`carnet_core`].
//!
//! API boundary: only this crate knows about IPC. Commands (`commands`)
//! are thin: they turn IPC values (`ipc`) into carnet-core calls and back,
//! run slow work (Argon2id) on the blocking pool, and send errors as a
//! stable code plus arguments (`error`), which the UI shows as the Fluent
//! message `error-<code>`. No domain logic lives here.

mod backup;
mod commands;
mod devices;
mod display;
pub mod error;
pub mod esco;
mod evidence;
pub mod ipc;
pub mod pin;
pub mod settings;
mod state;
pub mod trust;
pub mod wallet;

use std::path::PathBuf;

use tauri::{Manager, Runtime};

pub use state::AppState;

/// Where the logbook lives: `CARNET_DATA_DIR` (as for the `carnet` CLI,
/// so both open the same folder, and tests get a fresh one), else the
/// platform's application data folder.
pub const DATA_DIR_VAR: &str = "CARNET_DATA_DIR";

/// The app with its state and commands, for any Tauri runtime (the
/// desktop webview, or a mock runtime in tests).
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .setup(|app| {
            let dir = match std::env::var_os(DATA_DIR_VAR).filter(|d| !d.is_empty()) {
                Some(dir) => PathBuf::from(dir),
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState::new(dir));
            app.manage(devices::Pairings::default());
            app.manage(esco::EscoState::new(esco::resource_dir(app)));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::create_logbook,
            commands::unlock,
            pin::pin_status,
            pin::pin_set,
            pin::pin_remove,
            pin::unlock_pin,
            commands::lock,
            commands::list_entries,
            commands::add_entry,
            commands::sync_status,
            commands::set_language,
            commands::set_lock_minutes,
            commands::change_passphrase,
            commands::edit_entry,
            commands::remove_entry,
            commands::set_hub,
            commands::sync_now,
            display::set_display,
            wallet::wallet_list,
            wallet::present,
            wallet::verify_text,
            wallet::verify_image,
            wallet::request_endorsement,
            wallet::receive_credential,
            trust::trust_list,
            trust::trust_add_anchor,
            trust::trust_remove_anchor,
            trust::trust_import_bundle,
            trust::trust_import_status_list,
            devices::pair_start,
            devices::pair_wait,
            devices::pair_answer,
            devices::pair_cancel,
            devices::join_start,
            devices::join_wait,
            devices::decode_qr,
            devices::list_devices,
            devices::device_name,
            devices::set_device_name,
            devices::remove_device,
            backup::make_recovery_sheet,
            backup::recover_logbook,
            backup::export_logbook,
            backup::import_logbook,
            evidence::attach_photo,
            evidence::attach_voice,
            evidence::evidence_thumbnail,
            evidence::evidence_bytes,
            evidence::remove_evidence,
            esco::esco_status,
            esco::esco_search,
            esco::esco_concept,
            esco::link_entry,
            esco::esco_match,
            esco::esco_rank,
            esco::stage_view,
        ])
}

/// Starts the app: `main` on desktop, the entry point on mobile.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let builder = tauri::Builder::default();
    // Phones scan codes with the camera through the official plugin
    // (capabilities/mobile.json allows it); computers open a picture.
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_barcode_scanner::init());
    build_app(builder)
        .run(tauri::generate_context!())
        .expect("the Carnet window could not be opened");
}
