//! `carnet receive cred.cbor`: check a credential an issuer signed and keep
//! it with the entries it endorses.
//!
//! Checked before it is stored (issuer signature, bound to this logbook's
//! holder key), so a stored credential can always be presented; a file
//! for another person's key is refused rather than kept uselessly.

use std::path::PathBuf;

use carnet_core::model::EntryId;
use carnet_credential::Credential;
use clap::ArgMatches;
use serde_json::json;

use carnet_core::wallet::WalletError;

use super::{err, errors, ids};
use crate::credentials::errors as lib_errors;
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let path = m.get_one::<PathBuf>(ids::FILE).cloned().ok_or_else(|| {
        CliError::from(carnet_core::Error::Internal("argument file missing".into()))
    })?;
    let shown = path.display().to_string();
    // Read and parse before the passphrase: a wrong file costs no typing.
    let bytes = std::fs::read(&path).map_err(|e| CliError::ReadFile {
        path: path.clone(),
        reason: e.to_string(),
    })?;
    // Parsed before the passphrase too: a wrong file costs no typing.
    Credential::from_cbor(&bytes).map_err(|e| lib_errors::credential(&e))?;
    let mut logbook = s.open()?;
    let got = carnet_core::wallet::receive(&mut logbook, &bytes).map_err(|e| match e {
        WalletError::CredentialWithoutEntries => err(
            "holder-credential-no-entries",
            vec![("path", shown.clone())],
            exit::INVALID_INPUT,
        ),
        WalletError::EntryGone { id } => err(
            "holder-credential-entry-gone",
            vec![("id", id), ("path", shown.clone())],
            exit::NOT_FOUND,
        ),
        other => errors::wallet(other),
    })?;
    let (targets, titles): (Vec<EntryId>, Vec<String>) = got.entries.into_iter().unzip();
    report(s, &got.credential, &got.id, &targets, &titles)
}

/// Who signed and for what. The issuer's kind is always said, so a
/// colleague's endorsement is never read as a college's.
fn report(
    s: &Session<'_>,
    c: &Credential,
    cred_id: &str,
    targets: &[EntryId],
    titles: &[String],
) -> Result<(), CliError> {
    if s.out.json {
        return s.out.json(&json!({
            "credential": cred_id,
            "issuer": {
                "name": c.issuer.name,
                "kind": c.issuer.kind.as_str(),
                "country": c.issuer.country,
                "kid": c.issuer_key.kid_hex(),
            },
            "assessed_by": c.assessed_by.as_str(),
            "issued": crate::output::date_from_secs(c.iat),
            "expires": c.exp.map(crate::output::date_from_secs),
            "entries": targets.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }));
    }
    s.out.line(
        &Msg::new("holder-receive-done")
            .text("issuer", c.issuer.name.clone())
            .text(
                "kind",
                s.msg(&format!("holder-issuer-kind-{}", c.issuer.kind.as_str())),
            )
            .text("country", c.issuer.country.clone())
            .text(
                "assessed",
                s.msg(&format!("holder-assessed-{}", c.assessed_by.as_str())),
            )
            .format(s.loc),
    )?;
    s.out.line(&validity(s, c.iat, c.exp))?;
    for (id, title) in targets.iter().zip(titles) {
        let short = id.to_string();
        let short = short.get(..8).unwrap_or(&short).to_string();
        s.out.line(&format!("  {short}  {title}"))?;
    }
    Ok(())
}

/// "Issued on …, valid until …" (or "with no end date").
pub fn validity(s: &Session<'_>, iat: u64, exp: Option<u64>) -> String {
    match exp {
        Some(exp) => Msg::new("holder-validity-until")
            .text("issued", crate::output::date_from_secs(iat))
            .text("expires", crate::output::date_from_secs(exp)),
        None => Msg::new("holder-validity-open").text("issued", crate::output::date_from_secs(iat)),
    }
    .format(s.loc)
}
