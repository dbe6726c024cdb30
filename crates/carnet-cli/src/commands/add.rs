//! `carnet add KIND --title T ...`: record a new entry.

use carnet_core::model::{Field, Kind, NewEntry};

use super::{all, required, text};
use crate::cli::{ids, ADD_FIELDS};
use crate::error::CliError;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    // Checked before the passphrase is asked for.
    let kind: Kind = required(m, ids::KIND)?.parse()?;
    let mut new = NewEntry::new(kind, required(m, "title")?);
    for (name, field) in ADD_FIELDS {
        if let Some(value) = text(m, name).filter(|_| *field != Field::Title) {
            new = new.with(*field, value);
        }
    }
    let stages = all(m, ids::STAGE);
    if !stages.is_empty() {
        new = new.with(Field::Stages, stages.join(","));
    }
    // Let core check every value too before unlocking, so a typo costs no
    // passphrase.
    new.validate()?;
    let mut logbook = s.open()?;
    let id = logbook.add(&new)?;
    // `add` returned: the entry is on disk. Only now may the id be shown,
    // and it must leave the process even if something fails later.
    if s.out.json {
        s.out.json(&serde_json::json!({ "id": id.to_string() }))?;
    } else {
        s.out.line(&id.to_string())?;
    }
    s.out.flush()
}
