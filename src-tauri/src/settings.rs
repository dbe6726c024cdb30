//! The app's own settings, kept in the data folder next to the logbook
//! (`app-settings.json`), so they travel with it and are known before
//! unlocking: the language of the screens, the lock delay, and how the
//! screens look (high contrast, text size). Nothing in them is secret.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::IpcError;

/// The file name under the data folder.
pub const FILE: &str = "app-settings.json";
/// Minutes without input before the logbook locks, unless changed.
pub const DEFAULT_LOCK_MINUTES: u32 = 5;
/// The delays the settings screen offers, in minutes.
pub const LOCK_MINUTES_CHOICES: [u32; 5] = [1, 2, 5, 10, 30];
/// Overrides the lock delay in seconds (end-to-end tests).
pub const LOCK_SECS_VAR: &str = "CARNET_APP_LOCK_SECS";
/// The text sizes the settings screen offers, in percent of the usual.
pub const TEXT_SIZE_CHOICES: [u32; 4] = [100, 125, 150, 200];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AppSettings {
    /// The chosen language (a folder name under `locales/`), once chosen.
    pub lang: Option<String>,
    pub lock_minutes: u32,
    /// Black on white with strong borders, for low vision or sunlight.
    pub high_contrast: bool,
    /// Percent of the usual text size (one of [`TEXT_SIZE_CHOICES`]).
    pub text_size: u32,
}

impl Default for AppSettings {
    fn default() -> AppSettings {
        AppSettings {
            lang: None,
            lock_minutes: DEFAULT_LOCK_MINUTES,
            high_contrast: false,
            text_size: 100,
        }
    }
}

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

impl AppSettings {
    /// The saved settings; defaults when the file is missing or unreadable
    /// (a damaged settings file must never keep a person out).
    pub fn load(dir: &Path) -> AppSettings {
        std::fs::read(path(dir))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Writes the settings atomically (carnet-core's crash-safe write).
    pub fn save(&self, dir: &Path) -> Result<(), IpcError> {
        std::fs::create_dir_all(dir).map_err(carnet_core::Error::from)?;
        let json =
            serde_json::to_vec_pretty(self).map_err(|e| IpcError::internal(e.to_string()))?;
        Ok(carnet_core::fsutil::write_atomically(&path(dir), &json)?)
    }

    /// Seconds without input before locking: `CARNET_APP_LOCK_SECS` when
    /// set, else the chosen minutes.
    pub fn lock_after_secs(&self) -> u32 {
        std::env::var(LOCK_SECS_VAR)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .filter(|s| *s > 0)
            .unwrap_or(self.lock_minutes.max(1) * 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_the_data_folder() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("not-yet-made");
        assert_eq!(AppSettings::load(&dir), AppSettings::default());
        let s = AppSettings {
            lang: Some("en".into()),
            lock_minutes: 2,
            high_contrast: true,
            text_size: 200,
        };
        s.save(&dir).expect("save");
        assert_eq!(AppSettings::load(&dir), s);
    }

    #[test]
    fn a_file_from_before_display_settings_still_reads() {
        let tmp = tempfile::tempdir().expect("temp dir");
        std::fs::write(tmp.path().join(FILE), br#"{"lang":"en","lockMinutes":2}"#).expect("write");
        let s = AppSettings::load(tmp.path());
        assert_eq!(s.lang.as_deref(), Some("en"));
        assert_eq!(
            (s.lock_minutes, s.high_contrast, s.text_size),
            (2, false, 100)
        );
    }

    #[test]
    fn a_damaged_file_gives_the_defaults() {
        let tmp = tempfile::tempdir().expect("temp dir");
        std::fs::write(tmp.path().join(FILE), b"{not json").expect("write");
        assert_eq!(AppSettings::load(tmp.path()), AppSettings::default());
    }
}
