//! A logbook entry as credential claims (docs/credential-format.md §3).
//!
//! Only what the format can carry is mapped: the description, organisation,
//! place and stages stay in the logbook, because they are long free text
//! or the holder's own filing, and every byte counts in a QR code.

use carnet_credential::{Claims, ConceptKind, EntryKind, EscoConcept, LearningContext};

use super::WalletError;
use crate::model::Entry;

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
            .and_then(|ev| hex::decode(&ev.sha256).ok())
            .and_then(|b| <[u8; 32]>::try_from(b).ok()),
        eqf: entry.eqf.as_deref().and_then(|e| e.parse::<u8>().ok()),
    }
}

/// Claims of `entry`, checked against the format's rules, so that a value
/// the format cannot carry (a title over 200 characters) is reported with
/// the entry it belongs to, not as a failure of the whole request.
pub fn checked_claims(entry: &Entry) -> Result<Claims, WalletError> {
    let claims = claims_of(entry);
    claims.validate().map_err(|e| {
        let field = match &e {
            carnet_credential::Error::InvalidField { field, .. } => (*field).to_string(),
            _ => String::new(),
        };
        WalletError::EntryUnfit {
            title: entry.title.clone(),
            field,
        }
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
}
