//! How the screens look: high contrast and text size, kept with the other
//! app settings in the data folder so that the unlock screen already
//! looks as the person chose.

use tauri::State;

use crate::error::IpcError;
use crate::settings::{AppSettings, TEXT_SIZE_CHOICES};
use crate::state::AppState;

/// Saves the display choices; `text_size` must be one that is offered.
#[tauri::command]
pub fn set_display(
    state: State<'_, AppState>,
    high_contrast: bool,
    text_size: u32,
) -> Result<AppSettings, IpcError> {
    if !TEXT_SIZE_CHOICES.contains(&text_size) {
        return Err(IpcError::internal(format!(
            "text size {text_size} not offered"
        )));
    }
    let mut settings = AppSettings::load(state.dir());
    settings.high_contrast = high_contrast;
    settings.text_size = text_size;
    settings.save(state.dir())?;
    Ok(settings)
}
