//! `carnet list` and `carnet search`: one line per entry.

use carnet_core::model::{Entry, Kind, Stage};
use carnet_i18n::Localizer;

use super::{all, text};
use crate::cli::ids;
use crate::error::CliError;
use crate::session::Session;

/// Characters of the id shown in lists: enough to be unique in a personal
/// logbook, short enough to type back into `show`, `edit`, `rm`.
pub const SHORT_ID: usize = 8;

pub fn list(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let kind = text(m, ids::KIND).map(str::parse::<Kind>).transpose()?;
    let stage = text(m, ids::STAGE).map(str::parse::<Stage>).transpose()?;
    let logbook = s.open()?;
    let entries = logbook.list(kind, stage)?;
    let empty_note = if kind.is_some() || stage.is_some() {
        "cli-list-none-match"
    } else {
        "cli-list-empty"
    };
    print(s, &entries, empty_note)
}

pub fn search(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let words = all(m, ids::TEXT).join(" ");
    let logbook = s.open()?;
    let entries = logbook.search(&words)?;
    print(s, &entries, "cli-search-none")
}

fn print(s: &Session<'_>, entries: &[Entry], empty_note: &str) -> Result<(), CliError> {
    if s.out.json {
        return s.out.json(entries);
    }
    if entries.is_empty() {
        s.out.note(&s.msg(empty_note));
        return Ok(());
    }
    let kinds: Vec<String> = entries.iter().map(|e| kind_name(s.loc, e.kind)).collect();
    let width = kinds.iter().map(|k| k.chars().count()).max().unwrap_or(0);
    for (entry, kind) in entries.iter().zip(kinds) {
        let id = entry.id.to_string();
        let short = id.get(..SHORT_ID).unwrap_or(&id);
        let pad = " ".repeat(width - kind.chars().count());
        s.out
            .line(&format!("{short}  {kind}{pad}  {}", entry.title))?;
    }
    Ok(())
}

/// The kind of an entry in the person's language.
pub fn kind_name(loc: &Localizer, kind: Kind) -> String {
    loc.msg(&format!("cli-kind-{}", kind.as_str()))
}
