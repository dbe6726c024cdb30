//! The VC export checked by an independent re-implementation of the
//! verifier (another JCS crate, raw ed25519-dalek, bs58 by hand), so a
//! bug shared by signer and verifier in `vc.rs` cannot hide.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ed25519_dalek::{Signature, VerifyingKey};
use serde_json::Value;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::*;
use crate::claims::{AssessedBy, EscoConcept, IssuerKind};
use crate::endorsement::{endorse_with_seed, EndorseOptions, Entry, IssuerInfo, Request};

const ESCO_ID: &str = "ccd0a1d9-afda-43d9-b901-96344886e14d";

fn credential() -> (SecretIdentity, Credential) {
    let issuer = SecretIdentity::from_seed(&[1; 32]);
    let holder = SecretIdentity::from_seed(&[2; 32]);
    let tiling = Claims {
        kind: Some(EntryKind::Skill),
        title: Some("Tiling".into()),
        esco: Some(EscoConcept {
            kind: ConceptKind::Skill,
            id: Uuid::parse_str(ESCO_ID).expect("uuid"),
        }),
        level: Some("advanced".into()),
        from: Some("2019-03".into()),
        to: Some("2022".into()),
        ..Claims::default()
    };
    let driving = Claims {
        kind: Some(EntryKind::Experience),
        title: Some("Delivery driver".into()),
        ..Claims::default()
    };
    let entries = [tiling, driving]
        .into_iter()
        .map(|claims| Entry {
            local_ref: Some(Uuid::from_bytes([5; 16])),
            claims,
        })
        .collect();
    let request = Request::new(holder.public_key(), entries).expect("request");
    let info = IssuerInfo {
        name: "Beirut Training Centre".into(),
        kind: IssuerKind::Centre,
        country: "LB".into(),
    };
    let options = EndorseOptions {
        iat: 1_715_644_800,
        exp: Some(1_747_180_800),
        revocation_index: 40,
        assessed_by: AssessedBy::Observation,
    };
    let mut cred = endorse_with_seed(&issuer, &info, &request, &options, [3; 16]).expect("endorse");
    cred.sign_vcs(&issuer).expect("signs");
    (issuer, cred)
}

/// The did:key → Ed25519 key, decoded by hand.
fn key_of(vm: &str) -> VerifyingKey {
    let did = vm.split('#').next().expect("did");
    let mb = did.strip_prefix("did:key:").expect("did:key");
    let raw = bs58::decode(mb.strip_prefix('z').expect("base58btc"))
        .into_vec()
        .expect("base58");
    assert_eq!(&raw[..2], &[0xed, 0x01], "ed25519-pub multicodec");
    VerifyingKey::from_bytes(raw[2..].try_into().expect("32 bytes")).expect("key")
}

/// vc-di-eddsa §3.3 (eddsa-jcs-2022) verification, from the JSON alone.
fn independent_verify(json: &[u8]) -> bool {
    let mut doc: Value = serde_json::from_slice(json).expect("json");
    let mut proof = doc
        .as_object_mut()
        .and_then(|o| o.remove("proof"))
        .expect("proof");
    assert_eq!(proof["cryptosuite"], "eddsa-jcs-2022");
    assert_eq!(proof["type"], "DataIntegrityProof");
    let vm = proof["verificationMethod"]
        .as_str()
        .expect("vm")
        .to_string();
    let value = proof["proofValue"].as_str().expect("value").to_string();
    let config = proof.as_object_mut().expect("object");
    config.remove("proofValue");
    config.insert("@context".into(), doc["@context"].clone());
    let mut data = Sha256::digest(serde_json_canonicalizer::to_vec(&proof).expect("jcs")).to_vec();
    data.extend(Sha256::digest(
        serde_json_canonicalizer::to_vec(&doc).expect("jcs"),
    ));
    let sig = bs58::decode(value.strip_prefix('z').expect("z"))
        .into_vec()
        .expect("b58");
    let sig = Signature::from_slice(&sig).expect("64 bytes");
    key_of(&vm).verify_strict(&data, &sig).is_ok()
}

#[test]
fn data_integrity_proof_verifies_independently_and_breaks_on_tampering() {
    let (issuer, cred) = credential();
    assert_eq!(cred.vcs.len(), 2);
    let json = &cred.vcs[0].json;
    assert!(independent_verify(json));
    assert!(verify_proof(json, &issuer.public_key()));

    let doc: Value = serde_json::from_slice(json).expect("json");
    assert_eq!(doc["type"][1], "OpenBadgeCredential");
    assert_eq!(doc["@context"][0], VC_CONTEXT);
    assert_eq!(doc["issuer"]["id"], did_key(&issuer.public_key()));
    assert_eq!(doc["issuer"]["address"]["addressCountryCode"], "LB");
    assert_eq!(doc["validFrom"], "2024-05-14T00:00:00Z");
    let subject = &doc["credentialSubject"];
    assert_eq!(subject["id"], did_key(&cred.holder));
    assert_eq!(subject["activityStartDate"], "2019-03-01T00:00:00Z");
    assert_eq!(subject["result"][0]["value"], "advanced");
    let ach = &subject["achievement"];
    assert_eq!(ach["name"], "Tiling");
    assert_eq!(ach["achievementType"], "Competency");
    assert_eq!(ach["alignment"][0]["targetFramework"], "ESCO");
    assert_eq!(
        ach["alignment"][0]["targetUrl"],
        format!("http://data.europa.eu/esco/skill/{ESCO_ID}")
    );
    // The second entry: no ESCO concept, so no alignment.
    let other: Value = serde_json::from_slice(&cred.vcs[1].json).expect("json");
    assert_eq!(
        other["credentialSubject"]["achievement"]["achievementType"],
        "Achievement"
    );
    assert!(other["credentialSubject"]["achievement"]
        .get("alignment")
        .is_none());

    // Re-serialised differently (pretty), it still verifies: JCS.
    let pretty = serde_json::to_vec_pretty(&doc).expect("pretty");
    assert!(independent_verify(&pretty));

    let mut tampered = doc.clone();
    tampered["credentialSubject"]["achievement"]["name"] = "Plumbing".into();
    let tampered = serde_json::to_vec(&tampered).expect("json");
    assert!(!independent_verify(&tampered));
    assert!(!verify_proof(&tampered, &issuer.public_key()));
    let mut tampered = doc;
    tampered["proof"]["created"] = "2030-01-01T00:00:00Z".into();
    assert!(!independent_verify(
        &serde_json::to_vec(&tampered).expect("json")
    ));
}

#[test]
fn jwt_signature_verifies_independently() {
    let (issuer, cred) = credential();
    let jwt = &cred.vcs[0].jwt;
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).expect("b64")).expect("json");
    assert_eq!(header["alg"], "EdDSA");
    assert_eq!(header["typ"], "vc+jwt");
    let kid = header["kid"].as_str().expect("kid");
    let payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).expect("b64")).expect("json");
    assert_eq!(payload["type"][1], "OpenBadgeCredential");
    assert!(payload.get("proof").is_none());
    let sig = Signature::from_slice(&URL_SAFE_NO_PAD.decode(parts[2]).expect("b64")).expect("sig");
    let input = format!("{}.{}", parts[0], parts[1]);
    assert!(key_of(kid).verify_strict(input.as_bytes(), &sig).is_ok());
    assert!(verify_jwt(jwt, &issuer.public_key()));
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(b"{}"),
        parts[2]
    );
    assert!(!verify_jwt(&forged, &issuer.public_key()));
}

#[test]
fn did_key_round_trips_and_matches_the_known_prefix() {
    let key = SecretIdentity::from_seed(&[4; 32]).public_key();
    let did = did_key(&key);
    assert!(did.starts_with("did:key:z6Mk"), "{did}");
    assert_eq!(key_from_did(&did), Some(key));
    assert_eq!(key_from_did(&verification_method(&key)), Some(key));
    assert_eq!(key_from_did("did:key:zzz"), None);
}

#[test]
fn credential_files_carry_vcs_and_old_files_still_read() {
    let (issuer, cred) = credential();
    let bytes = cred.to_cbor();
    let back = Credential::from_cbor(&bytes).expect("reads");
    assert_eq!(back, cred);
    back.check(&cred.holder).expect("checks");
    // Deterministic: signing again gives the same bytes.
    let mut again = cred.clone();
    again.sign_vcs(&issuer).expect("signs");
    assert_eq!(again.vcs, cred.vcs);

    // Without VCs: a version-1 file, as before this feature.
    let mut old = cred.clone();
    old.vcs.clear();
    let old_bytes = old.to_cbor();
    assert_eq!(file_version(&old_bytes), 1);
    assert_eq!(file_version(&bytes), 2);
    let back = Credential::from_cbor(&old_bytes).expect("reads");
    assert!(back.vcs.is_empty());
    back.check(&cred.holder).expect("checks");

    // A VC not signed by the issuer is refused on receipt.
    let mut forged = cred.clone();
    forged.vcs[0].jwt = forged.vcs[1].jwt.clone();
    assert_eq!(forged.check(&cred.holder), Err(Error::BadSignature));
    // Another key cannot sign this credential's VCs.
    let mut other = cred;
    assert_eq!(
        other.sign_vcs(&SecretIdentity::from_seed(&[8; 32])),
        Err(Error::InvalidKey)
    );
}

fn file_version(bytes: &[u8]) -> u64 {
    let v = crate::cbor::from_slice(bytes, "t").expect("cbor");
    let ciborium::value::Value::Map(pairs) = v else {
        panic!("not a map")
    };
    pairs
        .iter()
        .find(|(k, _)| crate::cbor::as_u64(k) == Some(1))
        .and_then(|(_, v)| crate::cbor::as_u64(v))
        .expect("version")
}

#[test]
fn dates() {
    assert_eq!(datetime(0), "1970-01-01T00:00:00Z");
    assert_eq!(datetime(1_709_164_800), "2024-02-29T00:00:00Z");
    assert_eq!(
        partial_to_datetime("2019"),
        Some("2019-01-01T00:00:00Z".into())
    );
    assert_eq!(
        partial_to_datetime("2019-03-05"),
        Some("2019-03-05T00:00:00Z".into())
    );
    assert_eq!(partial_to_datetime("19"), None);
}
