//! `carnet present`: chosen entries as one holder-signed QR code
//! (docs/credential-format.md §8–§10).
//!
//! The QR code is the smallest version that holds the text, at level M on
//! screen and Q for print, never above version 25: beyond it phone cameras
//! read codes badly. Text that does not fit is refused with its size, so
//! the person can select fewer items; it is never cut.

use std::path::PathBuf;

use carnet_core::wallet::{self, PresentOptions, Presented};
use carnet_credential::Stage;
use clap::ArgMatches;
use serde_json::json;

use super::claims_map::parse_fields;
use super::picture::{picture_bytes, picture_of, Picture};
use super::{err, errors, ids, values, write_file};
use crate::credentials::errors::Carried;
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::session::Session;

/// The largest QR version rendered (carnet-core's); `carnet request`
/// renders to the same limit.
pub(super) const MAX_VERSION: u8 = wallet::MAX_VERSION;
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
    let endorsed = logbook.resolve_all(&o.select)?;
    let self_declared = logbook.resolve_all(&o.self_declared)?;
    let counts = (endorsed.len(), self_declared.len());
    let now = crate::credentials::now_secs();
    let built = wallet::present(
        &logbook,
        &PresentOptions {
            endorsed,
            self_declared,
            fields: o.fields.clone(),
            stage: o.stage,
            audience: o.audience.clone(),
            nonce: o.nonce.clone(),
            print: o.print,
        },
        now,
    )
    .map_err(errors::wallet)?;
    let bytes = picture_bytes(&built.qr, o.format, Carried::Presentation)?;
    write_file(&o.out, &bytes)?;
    report(s, &o, &built, counts.0, counts.1, now)
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

fn report(
    s: &Session<'_>,
    o: &Options,
    b: &Presented,
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
