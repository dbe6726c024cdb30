//! `carnet endorse REQUEST --assessed-by HOW --out CRED`: the issuer signs
//! a holder's request. The request comes as the holder made it: a CBOR
//! file, a picture of its QR code, a text file holding `CNR1:…`, or that
//! text itself with `--text` (docs/credential-format.md §5).
//!
//! Order matters: everything the person typed is checked and the request
//! shown before the passphrase is asked for; the revocation counter is
//! saved before the credential is written, so that a crash can waste
//! indexes but never hand out the same index twice. The file also carries
//! each entry signed as a W3C VC / Open Badges 3.0 credential
//! (docs/credential-format.md §19), which the holder exports later.

use carnet_credential::{qr, text as codec};
use carnet_credential::{AssessedBy, Claims, EndorseOptions, IssuerInfo, Request};
use clap::ArgMatches;
use serde_json::json;

use super::identity::{self, Role};
use super::{err, ids, path, read_input, required, text, write_atomically};
use crate::credentials::errors::{self as lib_errors, Carried};
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::session::Session;

const DAY: u64 = 86_400;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let out = path(m, ids::OUT)?;
    let how = required(m, ids::ASSESSED_BY)?;
    let assessed_by = AssessedBy::parse(how.trim()).ok_or_else(|| {
        err(
            "assessed-by",
            vec![("value", how.to_string())],
            exit::INVALID_INPUT,
        )
    })?;
    let now = crate::credentials::now_secs();
    let exp = expiry(m, now)?;
    let mut meta = identity::load(s, Role::Issuer)?;
    let request = read_request(m)?;
    let (Some(country), Some(kind)) = (meta.country.clone(), meta.issuer_kind()) else {
        return Err(err("issuer-damaged", vec![], exit::DAMAGED_STORE));
    };
    let issuer = IssuerInfo {
        name: meta.name.clone(),
        kind,
        country,
    };
    describe(s, &request, assessed_by, exp);

    let count = u64::try_from(request.entries.len()).unwrap_or(u64::MAX);
    let first = u32::try_from(meta.next)
        .ok()
        .filter(|f| u64::from(*f) + count <= u64::from(u32::MAX) + 1);
    let Some(first) = first else {
        return Err(err("issuer-indexes-used-up", vec![], exit::INVALID_INPUT));
    };
    let key = identity::unlock(s, Role::Issuer, &meta)?;
    let options = EndorseOptions {
        iat: now,
        exp,
        revocation_index: first,
        assessed_by,
    };
    let mut credential =
        carnet_credential::endorse(&key, &issuer, &request, &options, &mut rand::rngs::OsRng)
            .map_err(|e| lib_errors::credential(&e))?;
    // The W3C VC / Open Badges 3.0 form of each entry, signed now because
    // only the issuer can, carried in the file for the holder to export.
    credential
        .sign_vcs(&key)
        .map_err(|e| lib_errors::credential(&e))?;
    meta.next = u64::from(first) + count;
    identity::save(s, Role::Issuer, &meta)?;
    write_atomically(out, &credential.to_cbor())?;

    let last = u64::from(first) + count - 1;
    if s.out.json {
        return s.out.json(&json!({
            "file": out.display().to_string(),
            "entries": count,
            "revocation_indexes": [first, last],
            "holder_kid": request.holder.kid_hex(),
        }));
    }
    s.out.line(
        &Msg::new("endorse-written")
            .text("path", out.display().to_string())
            .number("count", i64::try_from(count).unwrap_or(i64::MAX))
            .number("first", i64::from(first))
            .number("last", i64::try_from(last).unwrap_or(i64::MAX))
            .format(s.loc),
    )
}

/// The request, from `--text` or from the file REQUEST: a picture (by its
/// magic bytes) is read as a QR code, a file that starts with `CN` as
/// text, anything else as the CBOR request file.
fn read_request(m: &ArgMatches) -> Result<Request, CliError> {
    if let Some(t) = text(m, ids::TEXT) {
        return request_from_text(t);
    }
    let bytes = read_input(path(m, ids::REQUEST)?)?;
    if is_picture(&bytes) {
        let t = qr::decode_image(&bytes).map_err(|e| lib_errors::qr(&e, Carried::Picture))?;
        return request_from_text(&t);
    }
    match std::str::from_utf8(&bytes) {
        Ok(t) if t.trim_start().starts_with("CN") => request_from_text(t),
        _ => Request::from_cbor(&bytes).map_err(|e| lib_errors::credential(&e)),
    }
}

/// A request's text. A presentation (`CN1:`, or a later `CN2:`) is the
/// thing people most often confuse it with: say what it is and which
/// command takes it, rather than "not a request".
fn request_from_text(t: &str) -> Result<Request, CliError> {
    let t = t.trim();
    if t.starts_with(codec::PREFIX) || codec::newer_version(codec::PREFIX, t).is_some() {
        return Err(err("endorse-got-presentation", vec![], exit::INVALID_INPUT));
    }
    Request::from_text(t).map_err(|e| lib_errors::credential(&e))
}

/// PNG, JPEG or WebP, by the first bytes of the file (what
/// `qr::decode_image` reads): a request's CBOR starts with `0xA4`, its
/// text with `C`, so neither can be taken for a picture.
fn is_picture(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || (bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP")
}

/// The expiry in seconds: `--expires DATE` (a day, which must be after
/// today) or `--valid-days N`; none by default, as a skill does not expire.
fn expiry(m: &ArgMatches, now: u64) -> Result<Option<u64>, CliError> {
    if let Some(days) = m.get_one::<u32>(ids::VALID_DAYS) {
        if *days == 0 {
            return Err(err("expires-past", vec![], exit::INVALID_INPUT));
        }
        return Ok(Some(now / DAY * DAY + u64::from(*days) * DAY));
    }
    let Some(text) = text(m, ids::EXPIRES) else {
        return Ok(None);
    };
    let bad = || {
        err(
            "expires-date",
            vec![("value", text.to_string())],
            exit::INVALID_INPUT,
        )
    };
    let secs = parse_day(text.trim()).ok_or_else(bad)?;
    if secs <= now {
        return Err(err("expires-past", vec![], exit::INVALID_INPUT));
    }
    Ok(Some(secs))
}

/// `YYYY-MM-DD` → seconds at 00:00 UTC that day (from 1970). The shape is
/// checked first: chrono alone would also take `2030-1-5`.
fn parse_day(text: &str) -> Option<u64> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| shaped)?;
    u64::try_from(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp()).ok()
}

/// Tells the issuer, on stderr, what they are about to sign: they are
/// vouching for it with their name.
fn describe(s: &Session<'_>, request: &Request, how: AssessedBy, exp: Option<u64>) {
    let count = i64::try_from(request.entries.len()).unwrap_or(i64::MAX);
    s.out.note(
        &Msg::new("endorse-intro")
            .number("count", count)
            .text("holder", request.holder.kid_hex())
            .format(s.loc),
    );
    for (i, entry) in request.entries.iter().enumerate() {
        s.out
            .note(&format!("  {}. {}", i + 1, summary(s, &entry.claims)));
    }
    s.out.note(&s.msg(&format!("endorse-how-{}", how.as_str())));
    match exp {
        Some(exp) => s.out.note(
            &Msg::new("endorse-expires-on")
                .text("date", crate::output::date_from_secs(exp))
                .format(s.loc),
        ),
        None => s.out.note(&s.msg("endorse-no-expiry")),
    }
}

/// One line for an entry: its title and the facts that matter most.
fn summary(s: &Session<'_>, c: &Claims) -> String {
    let untitled = s.msg("endorse-untitled");
    let mut msg = Msg::new("endorse-entry")
        .text("title", c.title.clone().unwrap_or(untitled))
        .text(
            "kind",
            c.kind
                .map(|k| s.msg(&format!("verify-entry-kind-{}", k.as_str())))
                .unwrap_or_else(|| "-".into()),
        );
    msg = msg.text("level", c.level.clone().unwrap_or_else(|| "-".into()));
    msg = msg.text(
        "dates",
        match (&c.from, &c.to) {
            (None, None) => "-".to_string(),
            (f, t) => format!(
                "{} – {}",
                f.as_deref().unwrap_or("…"),
                t.as_deref().unwrap_or("…")
            ),
        },
    );
    msg.format(s.loc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_told_by_their_first_bytes() {
        assert!(is_picture(b"\x89PNG\r\n\x1a\n...."));
        assert!(is_picture(&[0xFF, 0xD8, 0xFF, 0xE0]));
        assert!(is_picture(b"RIFF\0\0\0\0WEBPVP8 "));
        assert!(!is_picture(b"RIFF\0\0\0\0WAVE"));
        assert!(!is_picture(b"CNR1:ABC"));
        assert!(!is_picture(&[0xA4, 0x00, 0x6E]));
        assert!(!is_picture(b""));
    }

    #[test]
    fn days_parse() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(parse_day("2000-03-01"), Some(951_868_800));
        assert_eq!(parse_day("2024-02-29"), Some(1_709_164_800));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "x",
            "2024-01-01-1",
            "+024-01-01",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }
}
