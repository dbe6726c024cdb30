//! `carnet sync [--hub URL] [--status] [--watch [--every S]]`: exchange
//! changes with the centre's hub (docs/sync-protocol.md).
//!
//! Every edit is already on disk before sync runs, so a hub that cannot be
//! reached costs nothing: the command says so and exits 11; `--watch`
//! tries again with exponential back-off.

use std::time::Duration;

use carnet_core::sync::{Phase, Progress, SyncReport};
use carnet_core::Logbook;
use clap::ArgMatches;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

/// How long `--watch` waits after a good sync, unless `--every` says.
const DEFAULT_EVERY: u64 = 300;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let mut logbook = s.open()?;
    if let Some(url) = m.get_one::<String>(ids::HUB) {
        logbook.set_hub_url(url)?;
    }
    if m.get_flag(ids::STATUS) {
        return status(s, &mut logbook);
    }
    if !m.get_flag(ids::WATCH) {
        let report = once(s, &mut logbook)?;
        return print(s, &logbook, &report);
    }
    let every = m
        .get_one::<u64>(ids::EVERY)
        .copied()
        .unwrap_or(DEFAULT_EVERY);
    let mut backoff = carnet_core::sync::Backoff::default();
    loop {
        match once(s, &mut logbook) {
            Ok(report) => {
                print(s, &logbook, &report)?;
                backoff.reset();
                std::thread::sleep(Duration::from_secs(every));
            }
            Err(CliError::Core(carnet_core::Error::Sync(e))) if e.is_transient() => {
                let wait = backoff.next_delay(&mut rand::thread_rng());
                for line in crate::report::format(s.loc, &crate::report::core_lines(&e.into())) {
                    s.out.note(&line);
                }
                s.out.note(
                    &Msg::new("cli-sync-retry")
                        .number("seconds", i64::try_from(wait.as_secs()).unwrap_or(i64::MAX))
                        .format(s.loc),
                );
                std::thread::sleep(wait);
            }
            Err(e) => return Err(e),
        }
    }
}

/// One sync, with a progress bar on a terminal.
fn once(s: &Session<'_>, logbook: &mut Logbook) -> Result<SyncReport, CliError> {
    let hub = logbook.connect_hub(None)?;
    let bar = if s.out.json {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(0)
    };
    bar.set_style(
        ProgressStyle::with_template("{msg:12} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let labels = [
        (Phase::Sending, s.msg("cli-sync-phase-sending")),
        (Phase::Receiving, s.msg("cli-sync-phase-receiving")),
        (Phase::Photos, s.msg("cli-sync-phase-photos")),
    ];
    let mut on_progress = |p: Progress| {
        if let Some((_, label)) = labels.iter().find(|(phase, _)| *phase == p.phase) {
            bar.set_message(label.clone());
        }
        bar.set_length(p.total);
        bar.set_position(p.done);
    };
    let result = logbook.sync(&hub, &mut on_progress);
    bar.finish_and_clear();
    Ok(result?)
}

fn print(s: &Session<'_>, logbook: &Logbook, r: &SyncReport) -> Result<(), CliError> {
    let hub = logbook.hub_url()?.unwrap_or_default();
    let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    if s.out.json {
        return s.out.json(&json!({
            "hub": hub,
            "changes_sent": r.changes_sent,
            "changes_received": r.changes_received,
            "photos_sent": r.photos_sent,
            "photos_received": r.photos_received,
            "bytes_sent": r.bytes_sent,
            "bytes_received": r.bytes_received,
        }));
    }
    s.out
        .line(&Msg::new("cli-sync-done").text("hub", hub).format(s.loc))?;
    s.out.line(
        &Msg::new("cli-sync-changes")
            .number("sent", n(r.changes_sent))
            .number("received", n(r.changes_received))
            .format(s.loc),
    )?;
    if r.photos_sent + r.photos_received > 0 {
        s.out.line(
            &Msg::new("cli-sync-photos")
                .number("sent", n(r.photos_sent))
                .number("received", n(r.photos_received))
                .format(s.loc),
        )?;
    }
    s.out.line(
        &Msg::new("cli-sync-bytes")
            .number("up", n(r.bytes_sent.div_ceil(1024)))
            .number("down", n(r.bytes_received.div_ceil(1024)))
            .format(s.loc),
    )
}

fn status(s: &Session<'_>, logbook: &mut Logbook) -> Result<(), CliError> {
    let st = logbook.sync_status()?;
    if s.out.json {
        return s.out.json(&json!({
            "hub": st.hub,
            "last_synced_ms": st.last_synced_ms,
            "pending_changes": st.pending_changes,
        }));
    }
    let hub = st.hub.unwrap_or_else(|| s.msg("cli-sync-no-hub"));
    s.out.line(
        &Msg::new("cli-sync-status-hub")
            .text("hub", hub)
            .format(s.loc),
    )?;
    let when = st
        .last_synced_ms
        .map(crate::output::date_from_millis)
        .unwrap_or_else(|| s.msg("cli-sync-never"));
    s.out.line(
        &Msg::new("cli-sync-status-last")
            .text("when", when)
            .format(s.loc),
    )?;
    s.out.line(
        &Msg::new("cli-sync-status-pending")
            .number(
                "count",
                i64::try_from(st.pending_changes).unwrap_or(i64::MAX),
            )
            .format(s.loc),
    )
}
