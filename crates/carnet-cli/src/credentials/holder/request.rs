//! `carnet request ID… --out req.cbor`: the file an issuer endorses
//! (docs/credential-format.md §5).
//!
//! Each entry carries its UUID as `local_ref`, which the issuer copies into
//! the credential, so `carnet receive` knows which entries it covers.

use std::path::PathBuf;

use carnet_core::model::{Entry, EntryId};
use carnet_credential::endorsement::MAX_ENTRIES;
use carnet_credential::{Request, SecretIdentity};
use clap::ArgMatches;
use serde_json::json;

use super::claims_map::checked_claims;
use super::{err, holder_identity, ids, values, write_file};
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let typed = values(m, ids::ENTRIES);
    let out = out_path(m)?;
    let logbook = s.open()?;
    let mut chosen: Vec<EntryId> = Vec::new();
    for t in &typed {
        let id = logbook.resolve(t)?;
        if !chosen.contains(&id) {
            chosen.push(id);
        }
    }
    if chosen.len() > MAX_ENTRIES {
        return Err(err(
            "holder-request-too-many",
            vec![
                ("count", chosen.len().to_string()),
                ("max", MAX_ENTRIES.to_string()),
            ],
            exit::INVALID_INPUT,
        ));
    }
    let entries: Vec<Entry> = chosen
        .iter()
        .map(|id| logbook.entry(id))
        .collect::<Result<_, _>>()?;
    let identity = holder_identity(&logbook)?;
    let request = build(&identity, &entries)?;
    write_file(&out, &request.to_cbor())?;
    report(s, &entries, &request, &out)
}

fn out_path(m: &ArgMatches) -> Result<PathBuf, CliError> {
    m.get_one::<PathBuf>(ids::OUT).cloned().ok_or_else(|| {
        carnet_core::Error::Internal("argument out missing after parsing".into()).into()
    })
}

/// The request for `entries`, signed by nobody: the issuer's signature
/// comes later and binds the holder key named here.
fn build(identity: &SecretIdentity, entries: &[Entry]) -> Result<Request, CliError> {
    let items = entries
        .iter()
        .map(|e| {
            Ok(carnet_credential::Entry {
                local_ref: Some(e.id.0),
                claims: checked_claims(e)?,
            })
        })
        .collect::<Result<Vec<_>, CliError>>()?;
    Request::new(identity.public_key(), items).map_err(|e| {
        err(
            "holder-internal",
            vec![("reason", e.to_string())],
            exit::INTERNAL,
        )
    })
}

/// Says what the issuer will see (on stderr, for the person) and where the
/// file is (on stdout, for scripts).
fn report(
    s: &Session<'_>,
    entries: &[Entry],
    request: &Request,
    out: &std::path::Path,
) -> Result<(), CliError> {
    let path = out.display().to_string();
    if s.out.json {
        let items: Vec<_> = entries
            .iter()
            .zip(&request.entries)
            .map(|(e, r)| {
                let fields: Vec<&str> = r.claims.field_ids().iter().map(|f| f.as_str()).collect();
                json!({"id": e.id.to_string(), "title": e.title, "fields": fields})
            })
            .collect();
        return s.out.json(&json!({
            "out": path,
            "holder_kid": request.holder.kid_hex(),
            "entries": items,
        }));
    }
    s.out.note(
        &Msg::new("holder-request-intro")
            .number("count", i64::try_from(entries.len()).unwrap_or(i64::MAX))
            .format(s.loc),
    );
    for (e, r) in entries.iter().zip(&request.entries) {
        let fields: Vec<&str> = r.claims.field_ids().iter().map(|f| f.as_str()).collect();
        let line = Msg::new("holder-request-entry")
            .text("title", e.title.clone())
            .text("kind", s.loc.msg(&format!("cli-kind-{}", e.kind.as_str())))
            .text("fields", fields.join(", "))
            .format(s.loc);
        s.out.note(&format!("  {line}"));
    }
    s.out.note(&s.msg("holder-request-next"));
    s.out.line(&path)
}
