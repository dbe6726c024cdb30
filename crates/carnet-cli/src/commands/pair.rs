//! `carnet pair show` and `carnet pair join CODE`: give a new device the
//! logbook (docs/sync-protocol.md §6).
//!
//! The device that has the logbook shows a code that works for 10
//! minutes; the new device answers with its name and a fingerprint; the
//! person checks that both screens show the same fingerprint and allows it.
//! Only then is the logbook's key sealed to the new device.

use std::io::BufRead;
use std::time::Duration;

use carnet_core::sync::pairing::{self, Newcomer, Offer, Waiting};
use carnet_core::Logbook;
use carnet_credential::qr::{self, EcLevel};
use clap::ArgMatches;
use serde_json::json;

use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::passphrase;
use crate::session::Session;

/// How often each side looks into the hub's mailbox.
const POLL: Duration = Duration::from_millis(500);

fn now() -> u64 {
    crate::credentials::now_secs()
}

/// On the device that has the logbook.
pub fn show(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    if !Logbook::exists(&s.data_dir) {
        return Err(carnet_core::Error::NoLogbook.into());
    }
    let pass = passphrase::current(s.loc)?;
    let (id, secret) = Logbook::unlock_secret(&s.data_dir, &pass)?;
    let mut logbook = Logbook::open_with_secret(&s.data_dir, id, &secret)?;
    if let Some(url) = m.get_one::<String>(ids::HUB) {
        logbook.set_hub_url(url)?;
    }
    // The hub is brought up to date first: the new device copies from it.
    let offer = pairing::offer(&mut logbook, now())?;
    let code = offer.to_text();
    if s.out.json {
        s.out
            .json(&json!({ "code": code, "expires": offer.expires }))?;
    } else {
        let picture = qr::render(&code, EcLevel::M, 25)
            .map(|q| q.to_terminal())
            .unwrap_or_default();
        s.out.raw(&format!("{picture}\n"))?;
        s.out.line(&s.msg("cli-pair-show-scan"))?;
        s.out.line(&code)?;
        s.out.line(&s.msg("cli-pair-show-expires"))?;
    }
    s.out.flush()?;

    let hello = pairing::wait_hello(&offer, POLL, &now)?;
    let fingerprint = pairing::fingerprint(&hello.public);
    let approved = match m.get_one::<String>(ids::APPROVE) {
        Some(expected) => expected.trim().eq_ignore_ascii_case(&fingerprint),
        None => ask(s, &hello.name, &fingerprint)?,
    };
    pairing::answer(&logbook, &offer, &hello, approved.then_some(&secret))?;
    if s.out.json {
        return s.out.json(&json!({
            "device": hello.name,
            "fingerprint": fingerprint,
            "approved": approved,
        }));
    }
    let done = if approved {
        Msg::new("cli-pair-show-approved")
    } else {
        Msg::new("cli-pair-show-refused")
    };
    s.out.line(&done.text("name", hello.name).format(s.loc))
}

/// Shows who asks and reads yes or no from the person.
fn ask(s: &Session<'_>, name: &str, fingerprint: &str) -> Result<bool, CliError> {
    s.out.line(
        &Msg::new("cli-pair-show-request")
            .text("name", name)
            .text("fingerprint", fingerprint)
            .format(s.loc),
    )?;
    s.out.line(&s.msg("cli-pair-show-ask"))?;
    s.out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let yes = s.msg("cli-pair-yes").to_lowercase();
    let answer = answer.trim().to_lowercase();
    Ok(answer == yes || answer == "yes" || answer == "y")
}

/// On the new device.
pub fn join(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    if Logbook::exists(&s.data_dir) {
        return Err(carnet_core::Error::AlreadyExists.into());
    }
    let code = super::required(m, ids::CODE)?;
    let offer = Offer::from_text(code, now())?;
    let name = m
        .get_one::<String>(ids::NAME)
        .cloned()
        .unwrap_or_else(|| s.msg("cli-pair-default-name"));
    // The passphrase of this device, asked before waiting, so the person
    // is not asked for it in the middle of the exchange.
    let pass = passphrase::new_for_init(s.loc)?;
    let me = Newcomer::default();
    pairing::send_hello(&offer, &me, &name)?;
    let fingerprint = pairing::fingerprint(&me.public);
    if s.out.json {
        s.out.json(&json!({ "fingerprint": fingerprint }))?;
    } else {
        s.out.line(
            &Msg::new("cli-pair-join-check")
                .text("fingerprint", fingerprint)
                .format(s.loc),
        )?;
    }
    s.out.flush()?;
    let logbook = pairing::join(
        &s.data_dir,
        &pass,
        &offer,
        &me,
        &name,
        &Waiting::until_expiry(POLL, &now),
        &mut |_| {},
    )?;
    let count = logbook.entries()?.len();
    if s.out.json {
        return s.out.json(&json!({ "joined": true, "entries": count }));
    }
    s.out.line(
        &Msg::new("cli-pair-join-done")
            .number("count", i64::try_from(count).unwrap_or(i64::MAX))
            .format(s.loc),
    )
}
