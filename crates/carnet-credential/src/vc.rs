//! W3C Verifiable Credential 2.0 / Open Badges 3.0 export of endorsed
//! entries (docs/credential-format.md §19).
//!
//! Carnet's own format (CBOR, COSE, selective disclosure) is what fits a QR
//! code; other wallets and verifiers speak JSON VCs. Only the issuer can
//! sign such a VC, and the holder exports it long after, offline, so the
//! issuer signs one VC per entry *when it endorses* and the credential
//! file carries them (§7, key 14). Two forms of the same credential:
//!
//! * a Data Integrity proof, cryptosuite `eddsa-jcs-2022` (W3C
//!   vc-di-eddsa 1.0, JCS variant: no JSON-LD processing needed, so a
//!   small offline verifier can check it);
//! * a VC-JWT (W3C VC-JOSE-COSE, compact JWS, alg EdDSA).
//!
//! Everything here is deterministic (Ed25519 signatures are, ids are
//! derived from the issuer key and revocation index), so the same
//! credential always yields the same bytes.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::claims::{Claims, ConceptKind, EntryKind};
use crate::endorsement::Credential;
use crate::error::{Error, Result};
use crate::keys::{PublicKey, SecretIdentity};

/// W3C VC Data Model 2.0 base context (must come first).
pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// Open Badges 3.0 context (1EdTech, OB 3.0.3).
pub const OB3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// The Data Integrity cryptosuite used (vc-di-eddsa 1.0).
pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";
/// JOSE `typ` of a VC-JWT (VC-JOSE-COSE).
pub const JWT_TYP: &str = "vc+jwt";
/// Largest VC JSON or JWT a credential file may carry per entry: bounds
/// what a reader parses from a hostile file (a real one is ~2 KB).
pub const MAX_VC_LEN: usize = 16 * 1024;

/// Multicodec prefix of an Ed25519 public key (varint 0xed).
const ED25519_MULTICODEC: [u8; 2] = [0xed, 0x01];

/// The VCs the issuer signed for one entry of a credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryVc {
    /// The OB3 credential with its Data Integrity proof, as compact JSON
    /// (UTF-8; JCS order, though a verifier must not rely on that).
    pub json: Vec<u8>,
    /// The same credential (without the proof) as a compact VC-JWT.
    pub jwt: String,
}

/// `did:key:z…` of an Ed25519 key: multibase base58btc of `0xed 0x01 ‖ key`.
pub fn did_key(key: &PublicKey) -> String {
    format!("did:key:{}", multikey(key))
}

/// The verification method of a did:key: `did:key:z6Mk…#z6Mk…`.
pub fn verification_method(key: &PublicKey) -> String {
    let mk = multikey(key);
    format!("did:key:{mk}#{mk}")
}

fn multikey(key: &PublicKey) -> String {
    let mut bytes = ED25519_MULTICODEC.to_vec();
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

/// The public key of an Ed25519 `did:key` (with or without `#fragment`).
pub fn key_from_did(did: &str) -> Option<PublicKey> {
    let id = did.strip_prefix("did:key:z")?;
    let id = id.split('#').next()?;
    let bytes = bs58::decode(id).into_vec().ok()?;
    let key: [u8; 32] = bytes.strip_prefix(&ED25519_MULTICODEC)?.try_into().ok()?;
    PublicKey::from_bytes(&key).ok()
}

/// Signs one VC (both forms) per entry of `credential` with the issuer key.
/// The key must be the credential's issuer key.
pub fn sign_entries(credential: &Credential, issuer: &SecretIdentity) -> Result<Vec<EntryVc>> {
    if issuer.public_key() != credential.issuer_key {
        return Err(Error::InvalidKey);
    }
    (0..credential.entries.len())
        .map(|i| {
            let doc = unsecured(credential, i);
            Ok(EntryVc {
                json: jcs(&add_proof(&doc, issuer, credential.iat)?)?,
                jwt: sign_jwt(&doc, issuer)?,
            })
        })
        .collect()
}

/// The OB3 `OpenBadgeCredential` for entry `index`, without proof.
pub fn unsecured(c: &Credential, index: usize) -> Value {
    let claims = c
        .entries
        .get(index)
        .map(|e| e.claims.clone())
        .unwrap_or_default();
    let title = claims.title.clone().unwrap_or_else(|| "Skill".to_string());
    let mut achievement = Map::new();
    achievement.insert(
        "id".into(),
        json!(urn("carnet-achievement/v1", c, index, &title)),
    );
    achievement.insert("type".into(), json!(["Achievement"]));
    achievement.insert("name".into(), json!(title));
    achievement.insert(
        "description".into(),
        json!(format!(
            "{title}, confirmed by {} ({}, {}).",
            c.issuer.name,
            c.issuer.kind.as_str(),
            c.issuer.country
        )),
    );
    achievement.insert(
        "criteria".into(),
        json!({ "narrative": format!("Assessed by {}.", c.assessed_by.as_str()) }),
    );
    achievement.insert(
        "achievementType".into(),
        json!(achievement_type(claims.kind)),
    );
    if let Some(alignment) = alignment(&claims, &title) {
        achievement.insert("alignment".into(), json!([alignment]));
    }

    let mut subject = Map::new();
    subject.insert("id".into(), json!(did_key(&c.holder)));
    subject.insert("type".into(), json!(["AchievementSubject"]));
    subject.insert("achievement".into(), Value::Object(achievement));
    let results = results(&claims);
    if !results.is_empty() {
        subject.insert("result".into(), Value::Array(results));
    }
    if let Some(d) = claims.from.as_deref().and_then(partial_to_datetime) {
        subject.insert("activityStartDate".into(), json!(d));
    }
    if let Some(d) = claims.to.as_deref().and_then(partial_to_datetime) {
        subject.insert("activityEndDate".into(), json!(d));
    }

    let mut vc = Map::new();
    vc.insert("@context".into(), json!([VC_CONTEXT, OB3_CONTEXT]));
    vc.insert("id".into(), json!(urn("carnet-vc/v1", c, index, "")));
    vc.insert(
        "type".into(),
        json!(["VerifiableCredential", "OpenBadgeCredential"]),
    );
    vc.insert(
        "issuer".into(),
        json!({
            "id": did_key(&c.issuer_key),
            "type": ["Profile"],
            "name": c.issuer.name,
            "description": format!("Carnet issuer kind: {}", c.issuer.kind.as_str()),
            "address": { "type": ["Address"], "addressCountryCode": c.issuer.country },
        }),
    );
    vc.insert("validFrom".into(), json!(datetime(c.iat)));
    if let Some(exp) = c.exp {
        vc.insert("validUntil".into(), json!(datetime(exp)));
    }
    vc.insert("name".into(), json!(title));
    vc.insert("credentialSubject".into(), Value::Object(subject));
    Value::Object(vc)
}

/// OB3 `achievementType` for a Carnet entry kind. OB3 has no work
/// experience type; "Achievement" is its generic one.
fn achievement_type(kind: Option<EntryKind>) -> &'static str {
    match kind {
        Some(EntryKind::Skill | EntryKind::Language) => "Competency",
        Some(EntryKind::Qualification) => "Certificate",
        Some(EntryKind::Learning) => "LearningProgram",
        Some(EntryKind::Experience) | None => "Achievement",
    }
}

/// The ESCO alignment, when the entry names an ESCO concept.
fn alignment(claims: &Claims, title: &str) -> Option<Value> {
    let esco = claims.esco?;
    let mut a = Map::new();
    a.insert("type".into(), json!(["Alignment"]));
    a.insert("targetName".into(), json!(title));
    a.insert("targetUrl".into(), json!(esco_uri(esco.kind, &esco.id)));
    a.insert("targetFramework".into(), json!("ESCO"));
    a.insert("targetCode".into(), json!(esco.id.to_string()));
    match esco.kind {
        ConceptKind::Skill => {
            a.insert("targetType".into(), json!("ceasn:Competency"));
        }
        ConceptKind::Qualification => {
            a.insert("targetType".into(), json!("ceterms:Credential"));
        }
        ConceptKind::Occupation => {}
    }
    Some(Value::Object(a))
}

/// `http://data.europa.eu/esco/<skill|occupation|qualification>/<uuid>`.
pub fn esco_uri(kind: ConceptKind, id: &Uuid) -> String {
    format!("http://data.europa.eu/esco/{}/{id}", kind.as_str())
}

/// The level (and EQF level) as OB3 results.
fn results(claims: &Claims) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(level) = &claims.level {
        out.push(json!({ "type": ["Result"], "value": level }));
    }
    if let Some(eqf) = claims.eqf {
        out.push(json!({ "type": ["Result"], "value": format!("EQF {eqf}") }));
    }
    out
}

/// A stable `urn:uuid:` (UUID v8 layout) from the issuer key, the entry's
/// revocation index and a label: re-signing gives the same ids.
fn urn(label: &str, c: &Credential, index: usize, extra: &str) -> String {
    let mut h = Sha256::new();
    h.update(label.as_bytes());
    h.update(c.issuer_key.as_bytes());
    h.update(c.revocation_index_of(index).to_be_bytes());
    h.update(extra.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    format!(
        "urn:uuid:{}",
        uuid::Builder::from_custom_bytes(b).into_uuid()
    )
}

/// Adds an `eddsa-jcs-2022` Data Integrity proof (vc-di-eddsa §3.3).
fn add_proof(doc: &Value, key: &SecretIdentity, created: u64) -> Result<Value> {
    let mut proof = Map::new();
    proof.insert("type".into(), json!("DataIntegrityProof"));
    proof.insert("cryptosuite".into(), json!(CRYPTOSUITE));
    proof.insert("created".into(), json!(datetime(created)));
    proof.insert(
        "verificationMethod".into(),
        json!(verification_method(&key.public_key())),
    );
    proof.insert("proofPurpose".into(), json!("assertionMethod"));
    let signature = key.sign(&hash_data(doc, &proof)?);
    proof.insert(
        "proofValue".into(),
        json!(format!("z{}", bs58::encode(signature).into_string())),
    );
    let mut secured = doc.as_object().cloned().unwrap_or_default();
    secured.insert("proof".into(), Value::Object(proof));
    Ok(Value::Object(secured))
}

/// `SHA-256(JCS(proof config)) ‖ SHA-256(JCS(document))`, where the proof
/// config is the proof options (no `proofValue`) with the document's
/// `@context`.
fn hash_data(doc: &Value, options: &Map<String, Value>) -> Result<Vec<u8>> {
    let mut config = options.clone();
    config.remove("proofValue");
    if let Some(ctx) = doc.get("@context") {
        config.insert("@context".into(), ctx.clone());
    }
    let mut out = Sha256::digest(jcs(&Value::Object(config))?).to_vec();
    out.extend_from_slice(&Sha256::digest(jcs(doc)?));
    Ok(out)
}

/// Checks the `eddsa-jcs-2022` proof of a secured VC against `issuer`:
/// what `carnet receive` does before keeping a VC, and what any verifier
/// of §19 does.
pub fn verify_proof(json: &[u8], issuer: &PublicKey) -> bool {
    let Ok(Value::Object(mut doc)) = serde_json::from_slice::<Value>(json) else {
        return false;
    };
    let Some(Value::Object(proof)) = doc.remove("proof") else {
        return false;
    };
    let ok_str = |k: &str, v: &str| proof.get(k).and_then(Value::as_str) == Some(v);
    if !ok_str("type", "DataIntegrityProof")
        || !ok_str("cryptosuite", CRYPTOSUITE)
        || !ok_str("verificationMethod", &verification_method(issuer))
    {
        return false;
    }
    let Some(sig) = proof
        .get("proofValue")
        .and_then(Value::as_str)
        .and_then(|v| v.strip_prefix('z'))
        .and_then(|v| bs58::decode(v).into_vec().ok())
        .and_then(|v| <[u8; 64]>::try_from(v).ok())
    else {
        return false;
    };
    let doc = Value::Object(doc);
    hash_data(&doc, &proof).is_ok_and(|data| issuer.verify(&data, &sig))
}

/// The compact VC-JWT: `b64u(header) . b64u(credential) . b64u(sig)`.
fn sign_jwt(doc: &Value, key: &SecretIdentity) -> Result<String> {
    let header = json!({
        "alg": "EdDSA",
        "typ": JWT_TYP,
        "kid": verification_method(&key.public_key()),
    });
    let signing_input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(jcs(&header)?),
        URL_SAFE_NO_PAD.encode(jcs(doc)?)
    );
    let sig = key.sign(signing_input.as_bytes());
    Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
}

/// Checks a VC-JWT's EdDSA signature against `issuer` and that its header
/// says EdDSA with the issuer's verification method.
pub fn verify_jwt(jwt: &str, issuer: &PublicKey) -> bool {
    let mut parts = jwt.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let header: Option<Value> = URL_SAFE_NO_PAD
        .decode(h)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let Some(header) = header else {
        return false;
    };
    if header.get("alg").and_then(Value::as_str) != Some("EdDSA")
        || header.get("kid").and_then(Value::as_str) != Some(&verification_method(issuer))
    {
        return false;
    }
    let Some(sig) = URL_SAFE_NO_PAD
        .decode(s)
        .ok()
        .and_then(|v| <[u8; 64]>::try_from(v).ok())
    else {
        return false;
    };
    issuer.verify(format!("{h}.{p}").as_bytes(), &sig)
}

/// Whether `v` is the issuer-signed VC of entry `index` of `c`: both
/// signatures verify with the issuer key, and both carry exactly the
/// credential rebuilt from the entry's CBOR claims (so a VC cannot be
/// moved to another entry or say more than the endorsement).
pub fn check_entry(c: &Credential, index: usize, v: &EntryVc) -> bool {
    let expected = unsecured(c, index);
    let doc = serde_json::from_slice::<Value>(&v.json).ok().map(|mut d| {
        if let Some(o) = d.as_object_mut() {
            o.remove("proof");
        }
        d
    });
    let payload = v
        .jwt
        .split('.')
        .nth(1)
        .and_then(|p| URL_SAFE_NO_PAD.decode(p).ok())
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    doc.as_ref() == Some(&expected)
        && payload.as_ref() == Some(&expected)
        && verify_proof(&v.json, &c.issuer_key)
        && verify_jwt(&v.jwt, &c.issuer_key)
}

/// RFC 8785 canonical JSON.
fn jcs(v: &Value) -> Result<Vec<u8>> {
    serde_jcs::to_vec(v).map_err(|e| Error::malformed("verifiable credential", e.to_string()))
}

/// `YYYY-MM-DDTHH:MM:SSZ` (xsd:dateTime, UTC) for seconds since the epoch.
pub fn datetime(secs: u64) -> String {
    i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// A partial date `YYYY[-MM[-DD]]` as an xsd:dateTime at its first day.
fn partial_to_datetime(text: &str) -> Option<String> {
    let mut it = text.split('-');
    let y = it.next()?;
    let m = it.next().unwrap_or("01");
    let d = it.next().unwrap_or("01");
    let ok = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    (ok(y, 4) && ok(m, 2) && ok(d, 2)).then(|| format!("{y}-{m}-{d}T00:00:00Z"))
}

#[cfg(test)]
mod tests;
