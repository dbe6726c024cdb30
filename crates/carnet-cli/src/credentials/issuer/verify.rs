//! `carnet verify IMAGE | --text CN1:…`: reads a presentation, checks it
//! against the imported trust bundles and status lists, and says per item
//! what it is worth, in plain words. The exit code is the worst verdict's
//! (docs/cli.md), so a script need not read the text.
//!
//! An unreadable or forged code is an answer, not a failure: only problems
//! with the command itself (no such picture, no QR code in it, a damaged
//! verifier folder) are errors.

use carnet_credential::verify::{IssuerView, PresentationView};
use carnet_credential::{qr, text as codec, Request};
use carnet_credential::{Claims, FieldId, Item, ItemKind, Reason, Report, VerifyOptions};
use clap::ArgMatches;

use super::{err, ids, read_input, store, text};
use crate::credentials::errors::{self as lib_errors, Carried};
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::output::Table;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let now = crate::credentials::now_secs();
    let mut opts = VerifyOptions::at(now);
    if let Some(nonce) = text(m, ids::NONCE) {
        let bytes = crate::credentials::from_hex(nonce)
            .filter(|b| !b.is_empty())
            .ok_or_else(|| {
                err(
                    "verify-nonce",
                    vec![("value", nonce.to_string())],
                    exit::INVALID_INPUT,
                )
            })?;
        opts.expected_nonce = Some(bytes);
    }
    opts.expected_audience = text(m, ids::AUDIENCE).map(str::to_string);
    let cn1 = match (
        text(m, ids::TEXT),
        m.get_one::<std::path::PathBuf>(ids::IMAGE),
    ) {
        (Some(t), _) => t.trim().to_string(),
        (None, Some(image)) => {
            let bytes = read_input(image)?;
            if Request::from_cbor(&bytes).is_ok() {
                return Err(err("verify-got-request", vec![], exit::INVALID_INPUT));
            }
            qr::decode_image(&bytes).map_err(|e| lib_errors::qr(&e, Carried::Picture))?
        }
        (None, None) => return Err(super::missing(ids::TEXT)),
    };
    // A request is the other Carnet text people hold: say what it is and
    // who reads it, rather than "not a Carnet code".
    if cn1.starts_with(codec::REQUEST_PREFIX)
        || codec::newer_version(codec::REQUEST_PREFIX, &cn1).is_some()
    {
        return Err(err("verify-got-request", vec![], exit::INVALID_INPUT));
    }
    let newer = codec::newer_version(codec::PREFIX, &cn1).is_some();
    let trust = store::bundles(s)?;
    let lists = store::status_lists(s, &trust)?;
    let report = carnet_credential::verify(&cn1, &trust, &lists, &opts);
    if s.out.json {
        s.out.json(&report)?;
    } else {
        print(s, &report, now, newer)?;
    }
    match u8::try_from(report.exit_code()) {
        Ok(0) => Ok(()),
        Ok(code) => Err(CliError::Verdict { exit: code }),
        Err(_) => Err(CliError::Verdict {
            exit: exit::INTERNAL,
        }),
    }
}

/// The report for a person: the overall verdict, what the presentation
/// says about itself, then each item with its issuer, fields and reasons.
/// `newer`: the text is a later `CN2:`…, which the report calls
/// `wrong-prefix` (§13); the person is told it needs a newer Carnet.
fn print(s: &Session<'_>, r: &Report, now: u64, newer: bool) -> Result<(), CliError> {
    s.out.line(&verdict_line(s, r.verdict.code()))?;
    if let Some(p) = &r.presentation {
        presentation(s, p)?;
    }
    for reason in &r.reasons {
        let line = if newer && reason.code == "wrong-prefix" {
            s.msg("verify-newer-code")
        } else {
            reason_line(s, reason)
        };
        s.out.line(&format!("  {line}"))?;
    }
    for (n, item) in r.items.iter().enumerate() {
        s.out.line("")?;
        s.out.line(&format!(
            "{}. {}",
            n + 1,
            verdict_line(s, item.verdict.code())
        ))?;
        show_item(s, item, now)?;
    }
    Ok(())
}

fn verdict_line(s: &Session<'_>, code: &str) -> String {
    s.msg(&format!("verdict-{code}"))
}

fn presentation(s: &Session<'_>, p: &PresentationView) -> Result<(), CliError> {
    s.out.line(
        &Msg::new("verify-presentation")
            .text(
                "stage",
                s.msg(&format!("verify-stage-{}", p.stage.as_str())),
            )
            .text("date", crate::output::date_from_secs(p.iat))
            .text("kid", p.holder_kid.clone())
            .format(s.loc),
    )?;
    if let Some(a) = &p.audience {
        s.out.line(
            &Msg::new("verify-audience")
                .text("audience", a.clone())
                .format(s.loc),
        )?;
    }
    Ok(())
}

fn show_item(s: &Session<'_>, item: &Item, now: u64) -> Result<(), CliError> {
    if let ItemKind::Endorsed {
        issuer,
        iat,
        exp,
        assessed_by,
        ..
    } = &item.kind
    {
        for line in issuer_lines(s, issuer) {
            s.out.line(&format!("   {line}"))?;
        }
        let mut m = Msg::new("verify-endorsed-on")
            .text("date", crate::output::date_from_secs(*iat))
            .text(
                "how",
                s.msg(&format!("verify-how-{}", assessed_by.as_str())),
            );
        // "none" picks the Fluent variant without an end day.
        m = m.text(
            "expires",
            exp.map(crate::output::date_from_secs)
                .unwrap_or_else(|| "none".into()),
        );
        s.out.line(&format!("   {}", m.format(s.loc)))?;
    }
    for line in fields(s, &item.claims).lines() {
        s.out.line(&format!("   {line}"))?;
    }
    if !item.hidden.is_empty() {
        let hidden = i64::try_from(item.hidden.len()).unwrap_or(i64::MAX);
        s.out.line(&format!(
            "   {}",
            Msg::new("verify-hidden")
                .number("count", hidden)
                .format(s.loc)
        ))?;
    }
    for reason in &item.reasons {
        s.out.line(&format!("   - {}", reason_line(s, reason)))?;
    }
    if let Some(t) = item.trust_issued_at {
        s.out
            .line(&format!("   {}", age(s, "verify-trust-age", t, now)))?;
    }
    if let Some(t) = item.status_issued_at {
        s.out
            .line(&format!("   {}", age(s, "verify-status-age", t, now)))?;
    }
    Ok(())
}

fn age(s: &Session<'_>, id: &str, then: u64, now: u64) -> String {
    Msg::new(id)
        .number("days", super::days_ago(then, now))
        .text("date", crate::output::date_from_secs(then))
        .format(s.loc)
}

/// Who endorsed: the name the verifier's trust list gives (in the
/// reader's language when it has one), or the name the issuer claims,
/// marked as unchecked. A colleague's endorsement says so in words.
fn issuer_lines(s: &Session<'_>, i: &IssuerView) -> Vec<String> {
    let kind = s.msg(&format!("issuer-kind-{}", i.claimed.kind.as_str()));
    let lang = s.loc.language();
    let trusted_name = i
        .trusted_names
        .get(lang)
        .or_else(|| i.trusted_names.get("und"))
        .or_else(|| i.trusted_names.values().next());
    let mut out = Vec::new();
    let line = match (i.trusted, trusted_name) {
        (true, Some(name)) => Msg::new("verify-endorsed-by")
            .text("name", name.clone())
            .text("kind", kind)
            .text("country", i.claimed.country.clone()),
        _ => Msg::new("verify-endorsed-by-unchecked")
            .text("name", i.claimed.name.clone())
            .text("kind", kind)
            .text("country", i.claimed.country.clone())
            .text("kid", i.kid.clone()),
    };
    out.push(line.format(s.loc));
    if i.claimed.kind == carnet_credential::IssuerKind::Colleague {
        out.push(s.msg("verify-colleague-note"));
    }
    out
}

/// A reason in words. Times become days; issuer kinds become words.
fn reason_line(s: &Session<'_>, r: &Reason) -> String {
    let mut m = Msg::new(format!("reason-{}", r.code));
    for (name, value) in &r.args {
        let shown = match *name {
            "exp" | "iat" => value
                .parse::<u64>()
                .map(crate::output::date_from_secs)
                .unwrap_or_else(|_| value.clone()),
            "kind" => s.msg(&format!("issuer-kind-{value}")),
            _ => value.clone(),
        };
        m = m.text(name, shown);
    }
    m.format(s.loc)
}

/// The disclosed fields as `label  value` rows; labels from Fluent.
fn fields(s: &Session<'_>, c: &Claims) -> String {
    let mut t = Table::default();
    let label = |f: FieldId| s.msg(&format!("verify-field-{}", f.as_str()));
    t.opt(
        label(FieldId::Kind),
        c.kind
            .map(|k| s.msg(&format!("verify-entry-kind-{}", k.as_str()))),
    );
    t.opt(label(FieldId::Title), c.title.clone());
    t.opt(label(FieldId::Level), c.level.clone());
    t.opt(label(FieldId::Eqf), c.eqf.map(|e| e.to_string()));
    t.opt(label(FieldId::From), c.from.clone());
    t.opt(label(FieldId::To), c.to.clone());
    t.opt(label(FieldId::Country), c.country.clone());
    t.opt(
        label(FieldId::Context),
        c.context
            .map(|x| s.msg(&format!("verify-context-{}", x.as_str()))),
    );
    t.opt(
        label(FieldId::Esco),
        c.esco.map(|e| {
            format!(
                "{} http://data.europa.eu/esco/{}/{}",
                s.msg(&format!("verify-esco-{}", e.kind.as_str())),
                e.kind.as_str(),
                e.id
            )
        }),
    );
    t.opt(label(FieldId::Evidence), c.evidence.map(hex::encode));
    t.opt(label(FieldId::EntryId), c.entry_id.map(|u| u.to_string()));
    t.lines().join("\n")
}

#[cfg(test)]
pub mod tests {
    /// Every reason code carnet-credential's `verify` can give, with the
    /// arguments it gives (docs/credential-format.md §11).
    pub const REASONS: &[(&str, &[&str])] = &[
        ("wrong-prefix", &["detail"]),
        ("bad-base45", &["detail"]),
        ("bad-zlib", &["detail"]),
        ("too-large", &["detail"]),
        ("bad-cose", &["detail"]),
        ("unsupported-header", &["detail"]),
        ("bad-payload", &["detail"]),
        ("holder-signature-invalid", &[]),
        ("nonce-mismatch", &["expected", "found"]),
        ("audience-mismatch", &["expected", "found"]),
        ("presentation-expired", &["exp"]),
        ("presentation-not-yet-valid", &["iat"]),
        ("endorsement-signature-invalid", &[]),
        ("issuer-key-not-sent", &["kid"]),
        ("endorsement-expired", &["exp"]),
        ("endorsement-not-yet-valid", &["iat"]),
        ("issuer-unknown", &["name", "kid"]),
        ("issuer-not-trusted-at-issue", &["name", "kid"]),
        ("issuer-trusted", &["kid"]),
        ("issuer-claims-differ", &["kind", "country"]),
        ("revoked", &["index"]),
        ("no-revocation-list", &[]),
        ("self-declared", &[]),
    ];
}
