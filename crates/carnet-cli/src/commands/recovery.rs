//! `carnet recovery-sheet --out FILE` and `carnet recover`: a printed
//! sheet that, with the passphrase, gets the logbook back from the hub on
//! a new device (docs/sync-protocol.md §8).
//!
//! Each new sheet replaces the previous one: the old code stops working at
//! the hub and in the key file.

use std::path::PathBuf;

use carnet_core::sync::recovery::{self, Sheet};
use carnet_core::sync::SyncError;
use carnet_core::Logbook;
use carnet_credential::qr;
use carnet_sheet::{Format, SheetFile};
use clap::ArgMatches;
use serde_json::json;

use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::passphrase;
use crate::session::Session;

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
    // No hub, no sheet: checked before the file is created.
    logbook.connect_hub(None)?;
    let file = SheetFile::create(out)?;
    let made = carnet_sheet::make(
        &mut logbook,
        &secret,
        &pass,
        s.loc,
        format,
        crate::credentials::now_secs(),
    )?;
    file.finish(&made.bytes)?;
    let (made, in_own_language) = (made.sheet, made.in_own_language);

    let words = made.code.words();
    if s.out.json {
        return s.out.json(&json!({
            "out": out.display().to_string(),
            "hub": made.hub,
            "code": made.to_text(),
            "words": words,
            "language": if in_own_language { s.loc.language() } else { "en" },
        }));
    }
    s.out.line(
        &Msg::new("cli-recovery-sheet-done")
            .text("path", out.display().to_string())
            .format(s.loc),
    )?;
    if !in_own_language {
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
        None => Sheet::from_words(
            super::required(m, ids::HUB)?,
            super::required(m, ids::WORDS)?,
        )?,
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
