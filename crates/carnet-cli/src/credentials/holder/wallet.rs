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
    let mut entries = logbook.entries()?;
    entries.retain(|e| !e.endorsements.is_empty());
    entries.sort_by(|a, b| a.title.cmp(&b.title).then(a.id.0.cmp(&b.id.0)));
    let now = crate::credentials::now_secs();
    if s.out.json {
        let mut rows = Vec::new();
        for e in &entries {
            for (cred_id, bytes) in &e.endorsements {
                rows.push(match Credential::from_cbor(bytes) {
                    Ok(c) => json!({
                        "entry": e.id.to_string(),
                        "title": e.title,
                        "credential": cred_id,
                        "issuer": c.issuer.name,
                        "kind": c.issuer.kind.as_str(),
                        "country": c.issuer.country,
                        "issued": crate::output::date_from_secs(c.iat),
                        "expires": c.exp.map(crate::output::date_from_secs),
                        "expired": c.exp.is_some_and(|x| x <= now),
                    }),
                    Err(_) => json!({
                        "entry": e.id.to_string(),
                        "title": e.title,
                        "credential": cred_id,
                        "damaged": true,
                    }),
                });
            }
        }
        return s.out.json(&rows);
    }
    if entries.is_empty() {
        s.out.note(&s.msg("holder-wallet-empty"));
        return Ok(());
    }
    for e in &entries {
        let short = e.id.to_string();
        s.out.line(&format!(
            "{}  {}",
            short.get(..8).unwrap_or(&short),
            e.title
        ))?;
        for bytes in e.endorsements.values() {
            s.out.line(&format!("  {}", line(s, bytes, now)))?;
        }
    }
    Ok(())
}

/// One credential: issuer, kind, issue date and expiry.
fn line(s: &Session<'_>, bytes: &[u8], now: u64) -> String {
    let Ok(c) = Credential::from_cbor(bytes) else {
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
