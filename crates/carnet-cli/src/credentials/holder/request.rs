//! `carnet request ID… --out FILE | --text`: what an issuer endorses
//! (docs/credential-format.md §5), as a CBOR file, as a QR code (`.png`,
//! `.svg`) to show on a phone or print, or as `CNR1:` text to send in a
//! message.
//!
//! Each entry carries its UUID as `local_ref`, which the issuer copies into
//! the credential, so `carnet receive` knows which entries it covers.

use std::path::PathBuf;

use carnet_core::model::{Entry, EntryId};
use carnet_credential::endorsement::MAX_ENTRIES;
use carnet_credential::qr::{self, EcLevel, RenderedQr};
use carnet_credential::Request;
use clap::ArgMatches;
use serde_json::json;

use super::picture::{picture_bytes, picture_of, Picture};
use super::present::MAX_VERSION;
use super::{errors, ids, values, write_file};
use crate::credentials::errors::{self as lib_errors, Carried};
use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

/// A request shown on a phone screen or printed: level M, as a screen
/// presentation, since it is read once, soon after it is made.
const EC: EcLevel = EcLevel::M;

pub fn run(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let typed = values(m, ids::ENTRIES);
    let out = m.get_one::<PathBuf>(ids::OUT).cloned();
    let picture = out.as_deref().and_then(picture_of);
    let want_text = m.get_flag(ids::TEXT);
    let logbook = s.open()?;
    let chosen: Vec<EntryId> = logbook.resolve_all(&typed)?;
    if chosen.len() > MAX_ENTRIES {
        // Refused before every entry is read; the library's own error, so
        // the message is the one `Request::new` would give.
        return Err(lib_errors::credential(
            &carnet_credential::Error::EntryCount {
                found: chosen.len(),
                max: MAX_ENTRIES,
            },
        ));
    }
    let entries: Vec<Entry> = chosen
        .iter()
        .map(|id| logbook.entry(id))
        .collect::<Result<_, _>>()?;
    let request = carnet_core::wallet::request(&logbook, &entries).map_err(errors::wallet)?;
    // Everything is made before anything is written: a request too large
    // for a QR code leaves no file behind.
    let text = if want_text || picture.is_some() {
        Some(request.to_text().map_err(|e| lib_errors::credential(&e))?)
    } else {
        None
    };
    let rendered = match (picture, &text) {
        (Some(format), Some(t)) => {
            let qr =
                qr::render(t, EC, MAX_VERSION).map_err(|e| lib_errors::qr(&e, Carried::Request))?;
            let bytes = picture_bytes(&qr, format, Carried::Request)?;
            Some((qr, bytes))
        }
        _ => None,
    };
    if let Some(path) = &out {
        match &rendered {
            Some((_, bytes)) => write_file(path, bytes)?,
            None => write_file(path, &request.to_cbor())?,
        }
    }
    let written = Written {
        out: out.as_deref(),
        picture,
        qr: rendered.as_ref().map(|(qr, _)| qr),
        text: if want_text { text.as_deref() } else { None },
    };
    report(s, &entries, &request, &written)
}

/// What was written where.
struct Written<'a> {
    out: Option<&'a std::path::Path>,
    picture: Option<Picture>,
    qr: Option<&'a RenderedQr>,
    /// The `CNR1:` text, when `--text` asked for it.
    text: Option<&'a str>,
}

/// Says what the issuer will see (on stderr, for the person) and, on
/// stdout for scripts, the text with `--text`, else the path.
fn report(
    s: &Session<'_>,
    entries: &[Entry],
    request: &Request,
    w: &Written<'_>,
) -> Result<(), CliError> {
    let path = w.out.map(|p| p.display().to_string());
    if s.out.json {
        let items: Vec<_> = entries
            .iter()
            .zip(&request.entries)
            .map(|(e, r)| {
                let fields: Vec<&str> = r.claims.field_ids().iter().map(|f| f.as_str()).collect();
                json!({"id": e.id.to_string(), "title": e.title, "fields": fields})
            })
            .collect();
        let mut v = json!({
            "out": path,
            "format": match (w.out, w.picture) {
                (None, _) => None,
                (Some(_), Some(Picture::Png)) => Some("png"),
                (Some(_), Some(Picture::Svg)) => Some("svg"),
                (Some(_), None) => Some("cbor"),
            },
            "holder_kid": request.holder.kid_hex(),
            "entries": items,
        });
        if let Some(qr) = w.qr {
            v["qr"] = json!({
                "version": qr.version(),
                "ec": qr.ec_level().to_string(),
                "chars": qr.chars(),
            });
        }
        if let Some(t) = w.text {
            v["text"] = json!(t);
        }
        return s.out.json(&v);
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
    if let Some(qr) = w.qr {
        s.out.note(
            &Msg::new("holder-present-size")
                .text("version", qr.version().to_string())
                .text("ec", qr.ec_level().to_string())
                .number("chars", i64::try_from(qr.chars()).unwrap_or(i64::MAX))
                .format(s.loc),
        );
    }
    s.out.note(&s.msg("holder-request-next"));
    match (w.text, path) {
        // With --text, stdout holds the text alone, ready to paste.
        (Some(t), Some(p)) => {
            s.out.note(
                &Msg::new("holder-request-written")
                    .text("path", p)
                    .format(s.loc),
            );
            s.out.line(t)
        }
        (Some(t), None) => s.out.line(t),
        (None, Some(p)) => s.out.line(&p),
        (None, None) => Ok(()),
    }
}
