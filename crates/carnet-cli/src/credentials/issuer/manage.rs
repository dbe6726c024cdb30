//! `carnet issuer init | show | revoke | status-list`: the issuer's own
//! identity and its revocations.

use carnet_credential::status_list::{StatusList, MIN_SIZE};
use carnet_credential::{IssuerInfo, IssuerKind};
use clap::ArgMatches;
use serde_json::json;

use super::identity::{self, Meta, NewIdentity, Role};
use super::{err, errors, ids, path, required, write_atomically};
use crate::credentials::errors as lib_errors;
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::output::Table;
use crate::session::Session;

/// `carnet issuer init`: checks the public fields before asking for a
/// passphrase, so a typo costs nothing.
pub fn init(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let name = required(m, ids::NAME)?.trim().to_string();
    let country = required(m, ids::COUNTRY)?.trim().to_ascii_uppercase();
    let kind_text = required(m, ids::KIND)?;
    let kind = IssuerKind::parse(kind_text.trim()).ok_or_else(|| {
        err(
            "issuer-kind",
            vec![("value", kind_text.to_string())],
            exit::INVALID_INPUT,
        )
    })?;
    let info = IssuerInfo {
        name: name.clone(),
        kind,
        country: country.clone(),
    };
    info.validate().map_err(|e| lib_errors::credential(&e))?;
    let meta = identity::create(
        s,
        Role::Issuer,
        NewIdentity {
            name,
            country: Some(country),
            kind: Some(kind),
        },
    )?;
    if s.out.json {
        return s.out.json(&public(&meta));
    }
    s.out.line(
        &Msg::new("issuer-created")
            .text("name", meta.name.clone())
            .format(s.loc),
    )?;
    print_table(s, &meta)
}

/// `carnet issuer show`: public data only, no passphrase.
pub fn show(s: &Session<'_>) -> Result<(), CliError> {
    let meta = identity::load(s, Role::Issuer)?;
    if s.out.json {
        return s.out.json(&public(&meta));
    }
    print_table(s, &meta)
}

/// The issuer's public facts for `--json`.
fn public(meta: &Meta) -> serde_json::Value {
    json!({
        "name": meta.name,
        "country": meta.country,
        "kind": meta.kind,
        "public_key": meta.public_key,
        "kid": meta.kid,
        "next_revocation_index": meta.next,
        "revoked": meta.revoked,
    })
}

fn print_table(s: &Session<'_>, meta: &Meta) -> Result<(), CliError> {
    let mut t = Table::default();
    t.row(s.msg("issuer-label-name"), meta.name.clone());
    t.opt(s.msg("issuer-label-country"), meta.country.clone());
    t.opt(
        s.msg("issuer-label-kind"),
        meta.issuer_kind()
            .map(|k| s.msg(&format!("issuer-kind-{}", k.as_str()))),
    );
    t.row(s.msg("issuer-label-public-key"), meta.public_key.clone());
    t.row(s.msg("issuer-label-kid"), meta.kid.clone());
    t.row(s.msg("issuer-label-issued"), meta.next.to_string());
    t.row(
        s.msg("issuer-label-revoked"),
        meta.revoked.len().to_string(),
    );
    for line in t.lines() {
        s.out.line(&line)?;
    }
    Ok(())
}

/// `carnet issuer revoke INDEX`: records the revocation in the metadata.
/// It reaches verifiers only through the next signed status list, which
/// the message says.
pub fn revoke(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let index = *m
        .get_one::<u32>(ids::INDEX)
        .ok_or_else(|| super::missing(ids::INDEX))?;
    let mut meta = identity::load(s, Role::Issuer)?;
    if u64::from(index) >= meta.next {
        return Err(err(
            "revoke-not-issued",
            vec![
                ("index", index.to_string()),
                ("next", meta.next.to_string()),
            ],
            exit::NOT_FOUND,
        ));
    }
    let fresh = match meta.revoked.binary_search(&index) {
        Ok(_) => false,
        Err(at) => {
            meta.revoked.insert(at, index);
            identity::save(s, Role::Issuer, &meta)?;
            true
        }
    };
    if s.out.json {
        return s.out.json(&json!({"index": index, "newly_revoked": fresh}));
    }
    let id = if fresh {
        "issuer-revoked"
    } else {
        "issuer-already-revoked"
    };
    s.out
        .line(&Msg::new(id).number("index", index.into()).format(s.loc))?;
    s.out.note(&s.msg("issuer-revoked-next-step"));
    Ok(())
}

/// `carnet issuer status-list --out FILE`: signs every revocation so far.
/// The list is at least 131,072 bits (format §18) and grows past the
/// highest index issued so that every credential is covered.
pub fn status_list(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let out = path(m, ids::OUT)?;
    let meta = identity::load(s, Role::Issuer)?;
    let needed = meta.next.div_ceil(8) * 8;
    let size = u32::try_from(needed.max(u64::from(MIN_SIZE))).unwrap_or(u32::MAX);
    let mut list = StatusList::new(size).map_err(|e| errors::status(&e))?;
    for &i in &meta.revoked {
        list.revoke(i).map_err(|e| errors::status(&e))?;
    }
    let key = identity::unlock(s, Role::Issuer, &meta)?;
    let bytes = list.sign(&key, crate::credentials::now_secs());
    write_atomically(out, &bytes)?;
    if s.out.json {
        return s.out.json(&json!({
            "file": out.display().to_string(),
            "revoked": meta.revoked.len(),
            "size": size,
            "bytes": bytes.len(),
        }));
    }
    let count = i64::try_from(meta.revoked.len()).unwrap_or(i64::MAX);
    s.out.line(
        &Msg::new("issuer-status-list-written")
            .text("path", out.display().to_string())
            .number("count", count)
            .format(s.loc),
    )
}
