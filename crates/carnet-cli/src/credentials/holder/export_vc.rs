//! `carnet export-credential ID --format vc [--jwt] [--out FILE]`: an
//! endorsed entry as a W3C Verifiable Credential 2.0 / Open Badges 3.0
//! `OpenBadgeCredential`, for other wallets and verifiers
//! (docs/credential-format.md §19).
//!
//! Nothing is signed here: only the issuer could sign it, so the issuer
//! signed both forms when endorsing, and they travel inside the stored
//! credential file. This command only picks and writes one. The JSON is
//! written pretty-printed: its `eddsa-jcs-2022` proof is computed over the
//! canonical (JCS) form, so whitespace and key order do not matter.

use std::path::PathBuf;

use carnet_core::model::Entry;
use carnet_credential::vc::EntryVc;
use carnet_credential::Credential;
use clap::ArgMatches;
use serde_json::json;

use super::{err, errors, ids, write_file};
use crate::error::CliError;
use crate::exit;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let typed = m.get_one::<String>(ids::ENTRY).cloned().unwrap_or_default();
    let jwt = m.get_flag(ids::JWT);
    let out = m.get_one::<PathBuf>(ids::OUT).cloned();
    let logbook = s.open()?;
    let id = logbook.resolve(&typed)?;
    let entry = logbook.entry(&id)?;
    let vc = pick(&entry, crate::credentials::now_secs())?;
    let text = if jwt {
        format!("{}\n", vc.jwt)
    } else {
        pretty(&vc.json, &entry.title)?
    };
    match out {
        Some(path) => {
            write_file(&path, text.as_bytes())?;
            let shown = path.display().to_string();
            if s.out.json {
                let format = if jwt { "vc-jwt" } else { "vc" };
                return s.out.json(&json!({ "out": shown, "format": format }));
            }
            s.out.line(&shown)
        }
        None => s.out.raw(&text),
    }
}

/// The VC of `entry` from its best credential that carries one: a current
/// one before an expired one, then the most recently issued.
fn pick(entry: &Entry, now: u64) -> Result<EntryVc, CliError> {
    if entry.endorsements.is_empty() {
        return Err(err(
            "holder-not-endorsed",
            vec![("title", entry.title.clone())],
            exit::INVALID_INPUT,
        ));
    }
    let mut found: Vec<(Credential, usize)> = entry
        .endorsements
        .values()
        .filter_map(|bytes| Credential::from_cbor(bytes).ok())
        .filter_map(|c| {
            let index = c
                .entries
                .iter()
                .position(|e| e.local_ref == Some(entry.id.0))?;
            Some((c, index))
        })
        .collect();
    if found.is_empty() {
        return Err(errors::stored_credential(&entry.title));
    }
    found.sort_by_key(|(c, _)| std::cmp::Reverse((c.exp.is_none_or(|x| x > now), c.iat)));
    found
        .iter()
        .find_map(|(c, i)| c.vcs.get(*i).cloned())
        .ok_or_else(|| {
            let issuer = found
                .first()
                .map(|(c, _)| c.issuer.name.clone())
                .unwrap_or_default();
            err(
                "holder-no-vc",
                vec![("title", entry.title.clone()), ("issuer", issuer)],
                exit::INVALID_INPUT,
            )
        })
}

/// The signed JSON, pretty-printed (the proof covers its JCS form).
fn pretty(json: &[u8], title: &str) -> Result<String, CliError> {
    serde_json::from_slice::<serde_json::Value>(json)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .map(|t| t + "\n")
        .ok_or_else(|| errors::stored_credential(title))
}
