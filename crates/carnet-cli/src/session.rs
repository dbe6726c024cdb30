//! What every command needs: the language, the output mode, the data
//! folder, and a way to unlock the logbook there.

use std::path::PathBuf;

use carnet_core::Logbook;
use carnet_i18n::Localizer;

use crate::error::CliError;
use crate::output::Output;
use crate::passphrase;

pub const DATA_DIR_VAR: &str = "CARNET_DATA_DIR";

#[derive(Debug)]
pub struct Session<'a> {
    pub loc: &'a Localizer,
    pub out: Output,
    pub data_dir: PathBuf,
}

impl Session<'_> {
    /// Unlocks the logbook. A missing logbook is reported before the
    /// passphrase is asked for: typing it would be wasted effort.
    pub fn open(&self) -> Result<Logbook, CliError> {
        if !Logbook::exists(&self.data_dir) {
            return Err(carnet_core::Error::NoLogbook.into());
        }
        let pass = passphrase::current(self.loc)?;
        Ok(Logbook::open(&self.data_dir, &pass)?)
    }

    /// Formats a message in the person's language.
    pub fn msg(&self, id: &str) -> String {
        self.loc.msg(id)
    }
}

/// The data folder: `--data-dir`, else `CARNET_DATA_DIR`, else the
/// platform's folder for application data.
pub fn data_dir(explicit: Option<&PathBuf>) -> Result<PathBuf, CliError> {
    if let Some(dir) = explicit {
        return Ok(dir.clone());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_VAR).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Carnet", "Carnet")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or(CliError::NoDataDir)
}
