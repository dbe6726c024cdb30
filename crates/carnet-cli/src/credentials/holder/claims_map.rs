//! A logbook entry as credential claims (docs/credential-format.md §3).
//!
//! Only what the format can carry is mapped: the description, organisation,
//! place and stages stay in the logbook, because they are long free text
//! or the holder's own filing, and every byte counts in a QR code.

use carnet_core::model::Entry;
use carnet_credential::{Claims, ConceptKind, EntryKind, EscoConcept, FieldId, LearningContext};

use super::err;
use crate::error::CliError;
use crate::exit;

/// The prefix of ESCO concept URIs; the pillar and the UUID follow.
const ESCO_PREFIX: &str = "http://data.europa.eu/esco/";

/// The claims of `entry`: every field the format has and the entry sets.
pub fn claims_of(entry: &Entry) -> Claims {
    Claims {
        kind: EntryKind::parse(entry.kind.as_str()),
        title: Some(entry.title.clone()),
        esco: entry.esco.as_deref().and_then(esco_concept),
        entry_id: Some(entry.id.0),
        level: entry.level.clone(),
        from: entry.from.clone(),
        to: entry.to.clone(),
        country: entry.country.clone(),
        context: entry
            .context
            .and_then(|c| LearningContext::parse(c.as_str())),
        evidence: entry
            .evidence
            .first()
            .and_then(|ev| crate::credentials::from_hex(&ev.sha256))
            .and_then(|b| <[u8; 32]>::try_from(b).ok()),
        eqf: entry.eqf.as_deref().and_then(|e| e.parse::<u8>().ok()),
    }
}

/// Claims of `entry`, checked against the format's rules, so that a value
/// the format cannot carry (a title over 200 characters) is reported with
/// the entry it belongs to, not as a failure of the whole request.
pub fn checked_claims(entry: &Entry) -> Result<Claims, CliError> {
    let claims = claims_of(entry);
    claims.validate().map_err(|e| {
        let field = match &e {
            carnet_credential::Error::InvalidField { field, .. } => (*field).to_string(),
            _ => String::new(),
        };
        err(
            "holder-entry-unfit",
            vec![("title", entry.title.clone()), ("field", field)],
            exit::INVALID_INPUT,
        )
    })?;
    Ok(claims)
}

/// The ESCO concept of a URI `http://data.europa.eu/esco/{pillar}/{uuid}`;
/// other ESCO URIs (ISCO groups, skill collections) have no claim form.
pub fn esco_concept(uri: &str) -> Option<EscoConcept> {
    let rest = uri.trim().strip_prefix(ESCO_PREFIX)?;
    let (pillar, id) = rest.split_once('/')?;
    let kind = ConceptKind::parse(pillar)?;
    let id = uuid::Uuid::parse_str(id).ok()?;
    Some(EscoConcept { kind, id })
}

/// The fields named in `--fields title,level,…` (keywords of
/// docs/credential-format.md §3).
pub fn parse_fields(text: &str) -> Result<Vec<FieldId>, CliError> {
    let mut out = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let id = FieldId::parse(&word.to_ascii_lowercase()).ok_or_else(|| {
            err(
                "holder-unknown-field",
                vec![("value", word.to_string()), ("known", field_names())],
                exit::INVALID_INPUT,
            )
        })?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    if out.is_empty() {
        return Err(err(
            "holder-unknown-field",
            vec![("value", text.to_string()), ("known", field_names())],
            exit::INVALID_INPUT,
        ));
    }
    Ok(out)
}

/// Every field keyword, comma-separated, for messages.
pub fn field_names() -> String {
    FieldId::ALL
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esco_uris_map_to_concepts() {
        let c =
            esco_concept("http://data.europa.eu/esco/skill/0e1a6c1e-0c5b-4d3e-9a0a-5bb8c7e0d6f4");
        assert_eq!(c.map(|c| c.kind), Some(ConceptKind::Skill));
        assert!(esco_concept("http://data.europa.eu/esco/isco/C7212").is_none());
        assert!(esco_concept("http://example.org/skill/x").is_none());
    }

    #[test]
    fn fields_are_keywords() {
        assert_eq!(
            parse_fields("title, Level").ok(),
            Some(vec![FieldId::Title, FieldId::Level])
        );
        assert!(parse_fields("title,colour").is_err());
        assert!(parse_fields(",").is_err());
    }
}
