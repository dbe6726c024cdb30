//! `carnet trust …` and `carnet revocation import`: who a verifier trusts.
//!
//! A trust anchor (a network of centres, a TVET authority) signs bundles of
//! issuers (`trust anchor init`, `trust bundle`); a verifier chooses which
//! anchors to believe (`trust anchor add`), then imports their bundles and
//! the issuers' status lists. Nothing is fetched: files travel by hand.

use std::collections::BTreeMap;

use carnet_credential::trust_bundle::{BundleIssuer, TrustBundle};
use carnet_credential::verifier_store::check_anchor_name;
use carnet_credential::{IssuerInfo, IssuerKind, PublicKey};
use clap::ArgMatches;
use serde::Deserialize;
use serde_json::json;

use super::identity::{self, NewIdentity, Role};
use super::store;
use super::{err, errors, ids, path, read_input, required, write_atomically};
use crate::credentials::errors as lib_errors;
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::output::Table;
use crate::session::Session;

/// The language tag given to an issuer's own name in a bundle: "und"
/// (undetermined, BCP 47), since the name's language is not known.
const NAME_TAG: &str = "und";

/// `carnet trust anchor init --name NAME`.
pub fn anchor_init(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let name = required(m, ids::NAME)?.trim().to_string();
    check_name(&name)?;
    let meta = identity::create(
        s,
        Role::Anchor,
        NewIdentity {
            name,
            country: None,
            kind: None,
        },
    )?;
    show_anchor(s, &meta)
}

/// `carnet trust anchor show`: what verifiers pass to `trust anchor add`.
pub fn anchor_show(s: &Session<'_>) -> Result<(), CliError> {
    let meta = identity::load(s, Role::Anchor)?;
    show_anchor(s, &meta)
}

fn show_anchor(s: &Session<'_>, meta: &identity::Meta) -> Result<(), CliError> {
    if s.out.json {
        return s.out.json(&json!({
            "name": meta.name,
            "public_key": meta.public_key,
            "kid": meta.kid,
            "bundles_made": meta.next,
        }));
    }
    let mut t = Table::default();
    t.row(s.msg("issuer-label-name"), meta.name.clone());
    t.row(s.msg("issuer-label-public-key"), meta.public_key.clone());
    t.row(s.msg("issuer-label-kid"), meta.kid.clone());
    for line in t.lines() {
        s.out.line(&line)?;
    }
    Ok(())
}

/// The same rule as for the names verifiers give anchors.
fn check_name(name: &str) -> Result<(), CliError> {
    check_anchor_name(name).map_err(|_| err("anchor-name", vec![], exit::INVALID_INPUT))
}

/// `carnet trust anchor add KEY --name NAME`: from now on, bundles signed
/// by this key are believed.
pub fn anchor_add(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let key_text = required(m, ids::KEY)?;
    let name = required(m, ids::NAME)?;
    let anchor = store::store(s)
        .add_anchor(key_text, name)
        .map_err(|e| store::import_error(e, key_text))?;
    let kid = anchor
        .key()
        .map(|k| k.kid_hex())
        .map_err(|e| store::import_error(e.into(), key_text))?;
    if s.out.json {
        return s.out.json(&json!({"name": anchor.name, "kid": kid}));
    }
    s.out.line(
        &Msg::new("trust-anchor-added")
            .text("name", anchor.name)
            .text("kid", kid)
            .format(s.loc),
    )
}

/// An issuer as `carnet issuer show --json` prints it (or its
/// `issuer.json`): the fields a bundle needs.
#[derive(Debug, Deserialize)]
struct IssuerFile {
    name: String,
    country: Option<String>,
    kind: Option<String>,
    public_key: String,
}

/// `carnet trust bundle --issuer FILE… --out FILE`: the anchor signs a
/// bundle of the issuers given, with the next sequence number.
pub fn bundle(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let out = path(m, ids::OUT)?;
    let mut meta = identity::load(s, Role::Anchor)?;
    let now = crate::credentials::now_secs();
    let sequence = meta.next + 1;
    let mut bundle = TrustBundle::new(now, sequence);
    for given in m.get_many::<String>(ids::ISSUER).into_iter().flatten() {
        bundle
            .add(read_issuer(given)?)
            .map_err(|e| errors::bundle(&e))?;
    }
    let key = identity::unlock(s, Role::Anchor, &meta)?;
    let bytes = bundle.sign(&key).map_err(|e| errors::bundle(&e))?;
    meta.next = sequence;
    identity::save(s, Role::Anchor, &meta)?;
    write_atomically(out, &bytes)?;
    if s.out.json {
        return s.out.json(&json!({
            "file": out.display().to_string(),
            "issuers": bundle.issuers.len(),
            "sequence": sequence,
        }));
    }
    s.out.line(
        &Msg::new("trust-bundle-written")
            .text("path", out.display().to_string())
            .number(
                "count",
                i64::try_from(bundle.issuers.len()).unwrap_or(i64::MAX),
            )
            .format(s.loc),
    )
}

/// Reads one `--issuer` file and checks it like an endorsement would.
fn read_issuer(given: &str) -> Result<BundleIssuer, CliError> {
    let path = std::path::Path::new(given);
    let bytes = read_input(path)?;
    let bad = || {
        err(
            "issuer-file",
            vec![("path", given.to_string())],
            exit::INVALID_INPUT,
        )
    };
    let f: IssuerFile = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    let kind = f
        .kind
        .as_deref()
        .and_then(IssuerKind::parse)
        .ok_or_else(bad)?;
    let country = f.country.ok_or_else(bad)?;
    IssuerInfo {
        name: f.name.clone(),
        kind,
        country: country.clone(),
    }
    .validate()
    .map_err(|e| lib_errors::credential(&e))?;
    let public_key = PublicKey::from_hex(&f.public_key).ok_or_else(bad)?;
    Ok(BundleIssuer {
        public_key,
        names: BTreeMap::from([(NAME_TAG.to_string(), f.name)]),
        country,
        kind,
        not_before: None,
        not_after: None,
    })
}

/// `carnet trust import FILE`: keeps the bundle if a chosen anchor signed
/// it and it is newer than the one held from that anchor (an old file
/// must not roll trust back).
pub fn import(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let file = path(m, ids::FILE)?;
    let bytes = read_input(file)?;
    let verified = store::store(s)
        .import_bundle(&bytes)
        .map_err(|e| store::import_error(e, ""))?;
    let count = verified.bundle().issuers.len();
    if s.out.json {
        return s.out.json(&json!({
            "anchor_kid": verified.anchor().kid_hex(),
            "issuers": count,
            "issued_at": verified.issued_at(),
            "sequence": verified.sequence(),
        }));
    }
    s.out.line(
        &Msg::new("trust-imported")
            .number("count", i64::try_from(count).unwrap_or(i64::MAX))
            .text("date", crate::output::date_from_secs(verified.issued_at()))
            .format(s.loc),
    )
}

/// `carnet trust list`: every bundle held, its age, and its issuers.
pub fn list(s: &Session<'_>) -> Result<(), CliError> {
    let anchors = store::anchors(s)?;
    let held = store::bundles(s)?;
    let now = crate::credentials::now_secs();
    let anchor_name = |kid: &str| {
        anchors
            .iter()
            .find(|a| a.key().is_ok_and(|k| k.kid_hex() == kid))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    if s.out.json {
        let bundles: Vec<_> = held
            .bundles()
            .iter()
            .map(|b| {
                let kid = b.anchor().kid_hex();
                json!({
                    "anchor": anchor_name(&kid),
                    "anchor_kid": kid,
                    "issued_at": b.issued_at(),
                    "age_days": super::days_ago(b.issued_at(), now),
                    "sequence": b.sequence(),
                    "issuers": b.bundle().issuers.iter().map(|i| json!({
                        "kid": i.public_key.kid_hex(),
                        "public_key": hex::encode(i.public_key.as_bytes()),
                        "names": i.names,
                        "kind": i.kind,
                        "country": i.country,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        return s.out.json(&json!({"anchors": anchors, "bundles": bundles}));
    }
    if held.bundles().is_empty() {
        s.out.note(&s.msg("trust-list-empty"));
        return Ok(());
    }
    for b in held.bundles() {
        let kid = b.anchor().kid_hex();
        s.out.line(
            &Msg::new("trust-list-bundle")
                .text("anchor", anchor_name(&kid))
                .text("date", crate::output::date_from_secs(b.issued_at()))
                .number("days", super::days_ago(b.issued_at(), now))
                .format(s.loc),
        )?;
        for i in &b.bundle().issuers {
            let name = i.names.values().next().cloned().unwrap_or_default();
            s.out.line(
                &Msg::new("trust-list-issuer")
                    .text("name", name)
                    .text("kind", s.msg(&format!("issuer-kind-{}", i.kind.as_str())))
                    .text("country", i.country.clone())
                    .text("kid", i.public_key.kid_hex())
                    .format(s.loc),
            )?;
        }
    }
    Ok(())
}

/// `carnet revocation import FILE`: keeps an issuer's status list once its
/// signature checks with the key a trusted bundle gives for that issuer.
pub fn revocation_import(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let file = path(m, ids::FILE)?;
    let bytes = read_input(file)?;
    let imported = store::store(s)
        .import_status_list(&bytes)
        .map_err(|e| store::import_error(e, ""))?;
    let (verified, issuer) = (imported.list, imported.issuer);
    let kid = verified.issuer().kid_hex();
    let count = verified.list().revoked_count();
    if s.out.json {
        return s.out.json(&json!({
            "issuer_kid": kid,
            "revoked": count,
            "issued_at": verified.issued_at(),
        }));
    }
    let name = issuer.names.values().next().cloned().unwrap_or_default();
    s.out.line(
        &Msg::new("revocation-imported")
            .text("name", name)
            .number("count", i64::try_from(count).unwrap_or(i64::MAX))
            .text("date", crate::output::date_from_secs(verified.issued_at()))
            .format(s.loc),
    )
}
