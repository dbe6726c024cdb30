//! `carnet import FILE`: merge an export into the logbook, field by field;
//! nothing in the logbook is deleted.

use std::path::PathBuf;

use carnet_core::model::InputError;
use carnet_core::{Export, ImportReport};

use super::read_file;
use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let path = m
        .get_one::<PathBuf>(ids::FILE)
        .ok_or_else(|| carnet_core::Error::Internal("file missing after parsing".into()))?;
    // Read and check the file before unlocking: a wrong file costs no
    // passphrase.
    let bytes = read_file(path)?;
    let text = String::from_utf8(bytes).map_err(|_| InputError::ImportFormat {
        reason: "not UTF-8 text".into(),
    })?;
    let data = Export::from_json(&text)?;
    let mut logbook = s.open()?;
    let report = logbook.import(&data)?;
    if s.out.json {
        return s.out.json(&report);
    }
    for line in lines(&report) {
        s.out.line(&line.format(s.loc))?;
    }
    Ok(())
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn lines(r: &ImportReport) -> Vec<Msg> {
    let mut out = vec![
        Msg::new("cli-import-added").number("count", count(r.added)),
        Msg::new("cli-import-updated").number("count", count(r.updated)),
        Msg::new("cli-import-unchanged").number("count", count(r.unchanged)),
    ];
    if r.profile_updated {
        out.push(Msg::new("cli-import-profile-updated"));
    }
    if r.missing_evidence > 0 {
        out.push(Msg::new("cli-import-missing-photos").number("count", count(r.missing_evidence)));
    }
    out
}
