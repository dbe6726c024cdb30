//! `carnet present`: chosen entries as one holder-signed QR code
//! (docs/credential-format.md §8–§10).
//!
//! The QR code is the smallest version that holds the text, at level M on
//! screen and Q for print, never above version 25: beyond it phone cameras
//! read codes badly. Text that does not fit is refused with its size, so
//! the person can select fewer items; it is never cut.

use std::path::PathBuf;

use carnet_core::model::EntryId;
use carnet_credential::qr::{self, EcLevel, QrError, RenderedQr};
use carnet_credential::{
    present, Claims, FieldChoice, PresentationInput, PublicKey, SecretIdentity, Selection, Stage,
};
use clap::ArgMatches;
use serde_json::json;

use super::claims_map::{checked_claims, parse_fields};
use super::picture::{picture_bytes, picture_of, Picture};
use super::select::{endorsed, Group};
use super::{err, holder_identity, ids, values, write_file};
use crate::credentials::errors::{self as lib_errors, Carried};
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::session::Session;

/// The largest QR version rendered: 117 modules, what a phone still reads
/// from a screen or a printed page (docs/credential-format.md §12).
/// `carnet request` renders to the same limit.
pub(super) const MAX_VERSION: u8 = 25;
/// How long a presentation on screen stays valid: long enough to show it
/// during one appointment, short enough that a copy is soon worthless.
const SCREEN_LIFETIME: u64 = 24 * 3600;
/// How long a printed one stays valid: a passport page carried for years.
const PRINT_LIFETIME: u64 = 5 * 365 * 24 * 3600;
/// The stage when none is given: the common case is showing a recruiter.
const DEFAULT_STAGE: Stage = Stage::Recruitment;

/// What the command line asks for, read before the passphrase.
struct Options {
    select: Vec<String>,
    self_declared: Vec<String>,
    fields: Option<Vec<carnet_credential::FieldId>>,
    stage: Stage,
    audience: Option<String>,
    nonce: Option<Vec<u8>>,
    print: bool,
    out: PathBuf,
    format: Picture,
    text: bool,
}

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let o = options(m)?;
    let logbook = s.open()?;
    let identity = holder_identity(&logbook)?;
    let select = resolve_all(&logbook, &o.select)?;
    let declared = resolve_all(&logbook, &o.self_declared)?;
    if let Some(id) = select.iter().find(|id| declared.contains(id)) {
        let title = logbook.entry(id)?.title;
        return Err(err(
            "holder-selected-twice",
            vec![("title", title)],
            exit::INVALID_INPUT,
        ));
    }
    let now = crate::credentials::now_secs();
    let choice = o.fields.clone().map_or(FieldChoice::All, FieldChoice::Only);
    let groups = endorsed(&logbook, &select, &choice, now)?;
    let mut self_declared = Vec::with_capacity(declared.len());
    for id in &declared {
        let claims = checked_claims(&logbook.entry(id)?)?;
        self_declared.push(match &o.fields {
            Some(keep) => claims.only(keep),
            None => claims,
        });
    }
    let built = build(&identity, &o, &groups, self_declared, now)?;
    let bytes = picture_bytes(&built.qr, o.format, Carried::Presentation)?;
    write_file(&o.out, &bytes)?;
    report(s, &o, &built, select.len(), declared.len(), now)
}

fn options(m: &ArgMatches) -> Result<Options, CliError> {
    let select = values(m, ids::SELECT);
    let self_declared = values(m, ids::SELF_DECLARED);
    if select.is_empty() && self_declared.is_empty() {
        return Err(CliError::usage(
            Msg::new("holder-present-nothing"),
            "carnet present",
        ));
    }
    let fields = m
        .get_one::<String>(ids::FIELDS)
        .map(|f| parse_fields(f))
        .transpose()?;
    let stage = match m.get_one::<String>(ids::STAGE) {
        None => DEFAULT_STAGE,
        Some(t) => Stage::parse(&t.trim().to_ascii_lowercase()).ok_or_else(|| {
            err(
                "holder-bad-stage",
                vec![("value", t.clone())],
                exit::INVALID_INPUT,
            )
        })?,
    };
    let audience = m.get_one::<String>(ids::AUDIENCE).cloned();
    if let Some(a) = &audience {
        let n = a.chars().count();
        if n == 0 || n > 100 || a.chars().any(char::is_control) {
            return Err(err("holder-bad-audience", Vec::new(), exit::INVALID_INPUT));
        }
    }
    let nonce = match m.get_one::<String>(ids::NONCE) {
        None => None,
        Some(t) => Some(
            crate::credentials::from_hex(t)
                .filter(|b| (1..=64).contains(&b.len()))
                .ok_or_else(|| {
                    err(
                        "holder-bad-nonce",
                        vec![("value", t.clone())],
                        exit::INVALID_INPUT,
                    )
                })?,
        ),
    };
    let out = m.get_one::<PathBuf>(ids::OUT).cloned().ok_or_else(|| {
        CliError::from(carnet_core::Error::Internal("argument out missing".into()))
    })?;
    let format = picture_of(&out).ok_or_else(|| {
        err(
            "holder-bad-out",
            vec![("path", out.display().to_string())],
            exit::INVALID_INPUT,
        )
    })?;
    Ok(Options {
        select,
        self_declared,
        fields,
        stage,
        audience,
        nonce,
        print: m.get_flag(ids::PRINT),
        out,
        format,
        text: m.get_flag(ids::TEXT),
    })
}

/// Resolves ids or prefixes, keeping the first of any repeats.
fn resolve_all(logbook: &carnet_core::Logbook, typed: &[String]) -> Result<Vec<EntryId>, CliError> {
    let mut out = Vec::new();
    for t in typed {
        let id = logbook.resolve(t)?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// A signed presentation and its QR code.
struct Built {
    text: String,
    qr: RenderedQr,
    by_kid: bool,
    exp: u64,
}

/// Signs and renders. Issuers go by full key first, which any verifier
/// can check; only if that does not fit are they named by kid (8 bytes
/// instead of 32), which a verifier without them in its trust bundle
/// reports as an unknown issuer, as it would anyway.
fn build(
    identity: &SecretIdentity,
    o: &Options,
    groups: &[Group],
    self_declared: Vec<Claims>,
    now: u64,
) -> Result<Built, CliError> {
    let ec = if o.print { EcLevel::Q } else { EcLevel::M };
    let exp = now.saturating_add(if o.print {
        PRINT_LIFETIME
    } else {
        SCREEN_LIFETIME
    });
    let mut input = PresentationInput {
        stage: o.stage,
        iat: now,
        exp,
        audience: o.audience.clone(),
        nonce: o.nonce.clone(),
        endorsements: groups
            .iter()
            .map(|g| Selection {
                credential: &g.credential,
                entries: g.choices.clone(),
            })
            .collect(),
        self_declared,
        known_issuers: Vec::new(),
    };
    let text = present(identity, &input).map_err(|e| lib_errors::credential(&e))?;
    match qr::render(&text, ec, MAX_VERSION) {
        Ok(qr) => {
            return Ok(Built {
                text,
                qr,
                by_kid: false,
                exp,
            })
        }
        Err(QrError::TooLarge { .. }) if !groups.is_empty() => {}
        Err(e) => return Err(lib_errors::qr(&e, Carried::Presentation)),
    }
    let mut issuers: Vec<PublicKey> = Vec::new();
    for g in groups {
        if !issuers.contains(&g.credential.issuer_key) {
            issuers.push(g.credential.issuer_key);
        }
    }
    input.known_issuers = issuers;
    let text = present(identity, &input).map_err(|e| lib_errors::credential(&e))?;
    let qr = qr::render(&text, ec, MAX_VERSION)
        .map_err(|e| lib_errors::qr(&e, Carried::Presentation))?;
    Ok(Built {
        text,
        qr,
        by_kid: true,
        exp,
    })
}

fn report(
    s: &Session<'_>,
    o: &Options,
    b: &Built,
    endorsed: usize,
    declared: usize,
    now: u64,
) -> Result<(), CliError> {
    let path = o.out.display().to_string();
    let version = b.qr.version();
    let ec = b.qr.ec_level().to_string();
    if s.out.json {
        let mut v = json!({
            "version": version,
            "ec": ec,
            "chars": b.qr.chars(),
            "out": path,
            "issuers_by": if b.by_kid { "kid" } else { "key" },
            "expires": b.exp,
        });
        if o.text {
            v["text"] = json!(b.text);
        }
        return s.out.json(&v);
    }
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    s.out.note(
        &Msg::new("holder-present-done")
            .number("endorsed", count(endorsed))
            .number("declared", count(declared))
            .text("path", path)
            .format(s.loc),
    );
    s.out.note(
        &Msg::new("holder-present-size")
            .text("version", version.to_string())
            .text("ec", ec)
            .number("chars", count(b.qr.chars()))
            .format(s.loc),
    );
    s.out.note(
        &Msg::new("holder-present-expires")
            .text("when", date_time(b.exp))
            .number(
                "hours",
                count(usize::try_from((b.exp - now) / 3600).unwrap_or(0)),
            )
            .format(s.loc),
    );
    if b.by_kid {
        s.out.note(&s.msg("holder-present-by-kid"));
    }
    if o.text {
        s.out.line(&b.text)?;
    }
    Ok(())
}

/// `YYYY-MM-DD HH:MM UTC`: a screen presentation lasts hours, so the day
/// alone would not say when it stops working.
fn date_time(secs: u64) -> String {
    let minutes = secs % 86_400 / 60;
    format!(
        "{} {:02}:{:02} UTC",
        crate::output::date_from_secs(secs),
        minutes / 60,
        minutes % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_utc() {
        assert_eq!(date_time(1_715_644_800 + 3_660), "2024-05-14 01:01 UTC");
    }
}
