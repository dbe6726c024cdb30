//! `carnet credentials` (alias `carnet wallet`): the endorsements kept in
//! the logbook, entry by entry.
//!
//! A stored credential that no longer reads is listed as damaged, not
//! skipped and not fatal: the person must see that something is missing,
//! and the rest of the list is still worth reading.

use carnet_credential::Credential;
use serde_json::json;

use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

pub fn run(s: &Session<'_>) -> Result<(), CliError> {
    let logbook = s.open()?;
    let stored =
        carnet_core::wallet::stored_credentials(&logbook).map_err(super::errors::wallet)?;
    let now = crate::credentials::now_secs();
    if s.out.json {
        let rows: Vec<_> = stored
            .iter()
            .map(|sc| match &sc.credential {
                Some(c) => json!({
                    "entry": sc.entry.to_string(),
                    "title": sc.title,
                    "credential": sc.id,
                    "issuer": c.issuer.name,
                    "kind": c.issuer.kind.as_str(),
                    "country": c.issuer.country,
                    "issued": crate::output::date_from_secs(c.iat),
                    "expires": c.exp.map(crate::output::date_from_secs),
                    "expired": c.exp.is_some_and(|x| x <= now),
                }),
                None => json!({
                    "entry": sc.entry.to_string(),
                    "title": sc.title,
                    "credential": sc.id,
                    "damaged": true,
                }),
            })
            .collect();
        return s.out.json(&rows);
    }
    if stored.is_empty() {
        s.out.note(&s.msg("holder-wallet-empty"));
        return Ok(());
    }
    let mut last = None;
    for sc in &stored {
        if last != Some(sc.entry) {
            let short = sc.entry.to_string();
            s.out.line(&format!(
                "{}  {}",
                short.get(..8).unwrap_or(&short),
                sc.title
            ))?;
            last = Some(sc.entry);
        }
        s.out
            .line(&format!("  {}", line(s, sc.credential.as_ref(), now)))?;
    }
    Ok(())
}

/// One credential: issuer, kind, issue date and expiry.
fn line(s: &Session<'_>, c: Option<&Credential>, now: u64) -> String {
    let Some(c) = c else {
        return s.msg("holder-wallet-damaged");
    };
    let id = match c.exp {
        Some(x) if x <= now => "holder-wallet-line-expired",
        Some(_) => "holder-wallet-line-until",
        None => "holder-wallet-line-open",
    };
    Msg::new(id)
        .text("issuer", c.issuer.name.clone())
        .text(
            "kind",
            s.msg(&format!("holder-issuer-kind-{}", c.issuer.kind.as_str())),
        )
        .text("country", c.issuer.country.clone())
        .text("issued", crate::output::date_from_secs(c.iat))
        .text(
            "expires",
            c.exp.map(crate::output::date_from_secs).unwrap_or_default(),
        )
        .format(s.loc)
}
