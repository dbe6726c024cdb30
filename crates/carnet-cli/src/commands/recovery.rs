//! `carnet recovery-sheet --out FILE` and `carnet recover`: a printed
//! sheet that, with the passphrase, gets the logbook back from the hub on
//! a new device (docs/sync-protocol.md §8).
//!
//! Each new sheet replaces the previous one: the old code stops working at
//! the hub and in the key file.

use std::io::Write;
use std::path::{Path, PathBuf};

use carnet_core::sync::recovery::{self, Sheet, SheetCode};
use carnet_core::sync::SyncError;
use carnet_core::Logbook;
use carnet_credential::qr;
use clap::ArgMatches;
use serde_json::json;

use crate::cli::ids;
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::passphrase;
use crate::session::Session;
use crate::sheet::{self, Format, Page};

fn write_failed(path: &Path, reason: impl ToString) -> CliError {
    CliError::Credential {
        code: "sheet-write",
        args: vec![
            ("path", path.display().to_string()),
            ("reason", reason.to_string()),
        ],
        exit: exit::STORAGE,
    }
}

/// The output file, created before anything changes so that a path that
/// cannot be written stops the command while the old sheet still works.
struct OutFile {
    path: PathBuf,
    file: Option<std::fs::File>,
}

impl OutFile {
    fn create(path: &Path) -> Result<OutFile, CliError> {
        let file = std::fs::File::create(path).map_err(|e| write_failed(path, e))?;
        Ok(OutFile {
            path: path.to_path_buf(),
            file: Some(file),
        })
    }

    fn finish(mut self, bytes: &[u8]) -> Result<(), CliError> {
        let mut file = self
            .file
            .take()
            .ok_or_else(|| write_failed(&self.path, ""))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| write_failed(&self.path, e))
    }
}

impl Drop for OutFile {
    /// A sheet that was not written whole is removed, so no empty file
    /// looks like a sheet.
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// `carnet recovery-sheet --out sheet.png|sheet.pdf [--hub URL]`.
pub fn sheet(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let out = m
        .get_one::<PathBuf>(ids::OUT)
        .ok_or_else(|| carnet_core::Error::Internal("--out missing after parsing".into()))?;
    let Some(format) = Format::of(out) else {
        return Err(CliError::usage(
            Msg::new("cli-recovery-sheet-format").text("path", out.display().to_string()),
            "carnet recovery-sheet",
        ));
    };
    if !Logbook::exists(&s.data_dir) {
        return Err(carnet_core::Error::NoLogbook.into());
    }
    let pass = passphrase::current(s.loc)?;
    let (id, secret) = Logbook::unlock_secret(&s.data_dir, &pass)?;
    let mut logbook = Logbook::open_with_secret(&s.data_dir, id, &secret)?;
    if let Some(url) = m.get_one::<String>(ids::HUB) {
        logbook.set_hub_url(url)?;
    }
    let hub = logbook.connect_hub(None)?;
    let file = OutFile::create(out)?;
    // The new device copies the logbook from the hub: bring it up to date.
    logbook.sync(&hub, &mut |_| {})?;
    let made = recovery::new_sheet(&mut logbook, &secret, &pass, &hub)?;
    let date = crate::output::date_from_secs(crate::credentials::now_secs());
    let rendered = sheet::render(s.loc, &Page { sheet: &made, date })
        .map_err(|e| carnet_core::Error::Internal(format!("drawing the sheet: {e}")))?;
    let bytes = match format {
        Format::Png => sheet::to_png(&rendered.image),
        Format::Pdf => sheet::to_pdf(&rendered.image),
    }
    .map_err(|e| carnet_core::Error::Internal(format!("encoding the sheet: {e}")))?;
    file.finish(&bytes)?;

    let words = made.code.words();
    if s.out.json {
        return s.out.json(&json!({
            "out": out.display().to_string(),
            "hub": made.hub,
            "code": made.to_text(),
            "words": words,
            "language": if rendered.in_own_language { s.loc.language() } else { "en" },
        }));
    }
    s.out.line(
        &Msg::new("cli-recovery-sheet-done")
            .text("path", out.display().to_string())
            .format(s.loc),
    )?;
    if !rendered.in_own_language {
        s.out.line(&s.msg("cli-recovery-sheet-english"))?;
    }
    s.out.line(&s.msg("cli-recovery-sheet-replaced"))
}

/// `carnet recover (--sheet PICTURE | --words "…" --hub URL)`.
pub fn recover(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    if Logbook::exists(&s.data_dir) {
        return Err(carnet_core::Error::AlreadyExists.into());
    }
    let sheet = match m.get_one::<PathBuf>(ids::SHEET) {
        Some(picture) => {
            let bytes = super::read_file(picture)?;
            let text = qr::decode_image(&bytes).map_err(|_| SyncError::RecoveryCode)?;
            Sheet::from_text(&text)?
        }
        None => Sheet {
            hub: super::required(m, ids::HUB)?
                .trim()
                .trim_end_matches('/')
                .to_string(),
            code: SheetCode::from_words(super::required(m, ids::WORDS)?)?,
        },
    };
    let pass = passphrase::current(s.loc)?;
    let logbook = recovery::recover(&s.data_dir, &sheet, &pass, &mut |_| {})?;
    let count = logbook.entries()?.len();
    if s.out.json {
        return s.out.json(&json!({
            "recovered": true,
            "hub": sheet.hub,
            "entries": count,
        }));
    }
    s.out.line(
        &Msg::new("cli-recover-done")
            .number("count", i64::try_from(count).unwrap_or(i64::MAX))
            .format(s.loc),
    )
}
