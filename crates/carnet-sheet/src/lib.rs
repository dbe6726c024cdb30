//! The recovery sheet on paper (docs/sync-protocol.md §8), shared by the
//! `carnet` CLI and the app: making a new sheet at the hub ([`make`]),
//! drawing it as a PNG or a one-page PDF ([`draw`]) and writing it to a
//! file that is either whole or absent ([`SheetFile`]).
//!
//! Its own crate because it needs the QR renderer of carnet-credential and
//! the messages of carnet-i18n, which carnet-core does not depend on, and
//! both front ends must print the same sheet.

pub mod draw;

use std::io::Write;
use std::path::{Path, PathBuf};

use carnet_core::keys::LogbookSecret;
use carnet_core::sync::recovery::{self, Sheet};
use carnet_core::Logbook;
use carnet_i18n::Localizer;

pub use draw::{Format, Page};

/// What can go wrong while making a sheet.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The file could not be created or written; nothing at the hub or in
    /// the key file changed if this happened before [`make`].
    #[error("cannot write the sheet to {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error(transparent)]
    Logbook(#[from] carnet_core::Error),
}

impl SheetError {
    /// The stable code front ends show as `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            SheetError::Write { .. } => "sheet-write",
            SheetError::Logbook(e) => e.code(),
        }
    }

    /// The message's named arguments.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            SheetError::Write { path, reason } => vec![
                ("path", path.display().to_string()),
                ("reason", reason.clone()),
            ],
            SheetError::Logbook(e) => e.args(),
        }
    }
}

/// A new sheet, drawn.
#[derive(Debug)]
pub struct Made {
    /// The hub and the code (its QR text and its 12 words).
    pub sheet: Sheet,
    /// The file's bytes in the asked format.
    pub bytes: Vec<u8>,
    /// `false` when the person's language needs shaping and the sheet is
    /// in English (the front end says so).
    pub in_own_language: bool,
}

/// Makes a new sheet for the open `logbook` (its `secret` and
/// `passphrase` given): syncs so that the hub holds everything a new
/// device would copy, replaces the previous sheet at the hub and in the
/// key file ([`recovery::new_sheet`]), and draws it in the language of
/// `loc`, dated `now_secs`. Nothing is written to a file here: create the
/// [`SheetFile`] first, so that a place that cannot be written stops
/// everything while the old sheet still works.
pub fn make(
    logbook: &mut Logbook,
    secret: &LogbookSecret,
    passphrase: &str,
    loc: &Localizer,
    format: Format,
    now_secs: u64,
) -> Result<Made, SheetError> {
    let hub = logbook.connect_hub(None)?;
    logbook.sync(&hub, &mut |_| {})?;
    let sheet = recovery::new_sheet(logbook, secret, passphrase, &hub)?;
    let page = Page {
        sheet: &sheet,
        date: date_from_secs(now_secs),
    };
    let internal = |what: &str, e: String| {
        SheetError::Logbook(carnet_core::Error::Internal(format!("{what}: {e}")))
    };
    let rendered = draw::render(loc, &page).map_err(|e| internal("drawing the sheet", e))?;
    let bytes = format
        .encode(&rendered.image)
        .map_err(|e| internal("encoding the sheet", e))?;
    Ok(Made {
        sheet,
        bytes,
        in_own_language: rendered.in_own_language,
    })
}

/// `YYYY-MM-DD` (UTC) for Unix seconds, as printed on the sheet.
pub fn date_from_secs(secs: u64) -> String {
    i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map_or_else(|| secs.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

/// The sheet's file, created before anything changes so that a path that
/// cannot be written stops the making while the old sheet still works;
/// removed again unless [`SheetFile::finish`] wrote it whole, so no empty
/// file ever looks like a sheet.
#[derive(Debug)]
pub struct SheetFile {
    path: PathBuf,
    file: Option<std::fs::File>,
}

impl SheetFile {
    pub fn create(path: &Path) -> Result<SheetFile, SheetError> {
        let file = std::fs::File::create(path).map_err(|e| write_failed(path, &e))?;
        Ok(SheetFile {
            path: path.to_path_buf(),
            file: Some(file),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `bytes` and waits until they are on the disk.
    pub fn finish(mut self, bytes: &[u8]) -> Result<PathBuf, SheetError> {
        let mut file = self.file.take().ok_or_else(|| SheetError::Write {
            path: self.path.clone(),
            reason: "already written".into(),
        })?;
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
            drop(file);
            let _ = std::fs::remove_file(&self.path);
            return Err(write_failed(&self.path, &e));
        }
        Ok(self.path.clone())
    }
}

impl Drop for SheetFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

fn write_failed(path: &Path, e: &std::io::Error) -> SheetError {
    SheetError::Write {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_file_is_whole_or_absent() {
        let dir = tempfile::tempdir().expect("tmp");
        let tmp = dir.path();
        let path = tmp.join("sheet.png");
        // Dropped before it was written (making the sheet failed): gone.
        drop(SheetFile::create(&path).expect("create"));
        assert!(!path.exists());
        let done = SheetFile::create(&path)
            .expect("create")
            .finish(b"png bytes")
            .expect("finish");
        assert_eq!(std::fs::read(&done).expect("read"), b"png bytes");
        // A folder that does not exist: the write error names the path.
        let missing = tmp.join("no such folder").join("sheet.pdf");
        let e = SheetFile::create(&missing).expect_err("no folder");
        assert_eq!(e.code(), "sheet-write");
        assert!(e
            .args()
            .iter()
            .any(|(k, v)| *k == "path" && v.contains("no such folder")));
    }

    #[test]
    fn dates_are_iso() {
        assert_eq!(date_from_secs(0), "1970-01-01");
        assert_eq!(date_from_secs(1_740_787_200), "2025-03-01");
    }
}
