//! `carnet devices list` and `carnet devices remove ID`: the devices that
//! hold this logbook, and taking one away (a lost or sold phone). Removing
//! moves the logbook to a new key that the removed device never gets
//! (docs/sync-protocol.md §7).

use clap::ArgMatches;
use serde_json::json;

use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

pub fn list(s: &Session<'_>) -> Result<(), CliError> {
    let mut logbook = s.open()?;
    let (devices, me) = logbook.devices()?;
    if s.out.json {
        let items: Vec<_> = devices
            .iter()
            .map(|d| {
                json!({
                    "id": d.id,
                    "name": d.name,
                    "added_ms": d.added,
                    "removed_ms": d.removed,
                    "this_device": d.id == me,
                })
            })
            .collect();
        return s.out.json(&items);
    }
    if devices.is_empty() {
        s.out.note(&s.msg("cli-devices-none"));
        return Ok(());
    }
    for d in &devices {
        let id = if d.id.len() > 8 { &d.id[..8] } else { &d.id };
        let mut line = Msg::new("cli-devices-line")
            .text("id", id)
            .text("name", d.name.clone())
            .text("added", crate::output::date_from_millis(d.added))
            .format(s.loc);
        if d.id == me {
            line = format!("{line} {}", s.msg("cli-devices-this"));
        }
        if let Some(r) = d.removed {
            line = format!(
                "{line} {}",
                Msg::new("cli-devices-removed")
                    .text("when", crate::output::date_from_millis(r))
                    .format(s.loc)
            );
        }
        s.out.line(&line)?;
    }
    Ok(())
}

pub fn remove(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let id = super::required(m, ids::ID)?;
    let mut logbook = s.open()?;
    let hub = logbook.connect_hub(None)?;
    let removed = logbook.remove_device(&hub, id)?;
    // A sheet printed before holds the old key only, and the removed
    // device may know its code: a new sheet is needed.
    let new_sheet = carnet_core::sync::recovery::has_sheet(&logbook)?;
    if s.out.json {
        return s.out.json(&json!({
            "removed": removed.id,
            "name": removed.name,
            "print_new_recovery_sheet": new_sheet,
        }));
    }
    s.out.line(
        &Msg::new("cli-devices-removed-done")
            .text("name", removed.name)
            .format(s.loc),
    )?;
    if new_sheet {
        s.out.line(&s.msg("cli-devices-new-sheet"))?;
    }
    Ok(())
}
