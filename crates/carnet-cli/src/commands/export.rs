//! `carnet export --format json`: the whole logbook as a JSON file.
//!
//! The bytes are exactly those of `Export::to_json`: deterministic, so two
//! exports of the same logbook can be compared or signed.

use carnet_core::Export;

use crate::error::CliError;
use crate::session::Session;

pub fn run(s: &Session<'_>) -> Result<(), CliError> {
    // `--format` accepts only `json` for now (clap checks it); `--json`
    // changes nothing, the export is JSON already.
    let logbook = s.open()?;
    let export = Export::new(logbook.profile()?, logbook.entries()?);
    s.out.raw(&export.to_json()?)
}
