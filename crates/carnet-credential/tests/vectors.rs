//! Golden vectors (tests/vectors/ at the workspace root): CN1 texts with
//! their expected verdicts in manifest.json. They must verify forever.
//!
//! Regenerate (only when the format version changes, or to add vectors):
//! `CARNET_REGENERATE_VECTORS=1 cargo test -p carnet-credential --test vectors`.
//! Generation is deterministic (fixed key seeds, salt seeds and times;
//! Ed25519 signatures are deterministic), so a normal run also checks
//! that today's encoder still produces the committed bytes.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use carnet_credential::*;
use ciborium::value::Value;
use common::*;
use serde_json::json;

struct Vector {
    file: &'static str,
    description: &'static str,
    text: String,
    expected: Verdict,
    items: Vec<Verdict>,
    expected_nonce: Option<Vec<u8>>,
}

/// This package's directory, read when the test runs (cargo sets it), not
/// when it was compiled: checkouts sharing one target dir may reuse a test
/// binary built in another, since deleted, checkout.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn dir() -> PathBuf {
    manifest_dir().join("../../tests/vectors")
}

fn impostor() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xC3; 32])
}

fn build() -> Vec<Vector> {
    let h = holder();
    let one = endorse_fixed(&issuer_a(), &info_a(), &request(&h, 0..1), &options(100), 1);
    let a2 = endorse_fixed(&issuer_a(), &info_a(), &request(&h, 0..2), &options(200), 2);
    let b2 = endorse_fixed(&issuer_b(), &info_b(), &request(&h, 2..4), &options(300), 3);
    let mut expired_opts = options(400);
    expired_opts.iat = NOW - 800 * DAY;
    expired_opts.exp = Some(NOW - 70 * DAY);
    let old = endorse_fixed(&issuer_a(), &info_a(), &request(&h, 4..5), &expired_opts, 4);
    let revoked = endorse_fixed(
        &issuer_b(),
        &info_b(),
        &request(&h, 5..6),
        &options(9_999),
        5,
    );
    let fake = endorse_fixed(&impostor(), &info_a(), &request(&h, 6..7), &options(100), 6);

    let sign = |inp: PresentationInput<'_>| match present(&h, &inp) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let valid1 = sign(input(vec![Selection::all(&one)]));
    let valid3 = sign(input(vec![
        Selection {
            credential: &a2,
            entries: vec![
                EntryChoice {
                    index: 0,
                    fields: FieldChoice::All,
                },
                EntryChoice {
                    index: 1,
                    fields: FieldChoice::Only(vec![FieldId::Title, FieldId::Esco, FieldId::Level]),
                },
            ],
        },
        Selection {
            credential: &b2,
            entries: vec![EntryChoice {
                index: 0,
                fields: FieldChoice::Only(vec![FieldId::Title, FieldId::Country]),
            }],
        },
    ]));
    let mut with_self = input(vec![Selection::all(&one)]);
    with_self.self_declared = vec![skill(8)];
    let self_declared = sign(with_self);
    let mut by_kid = input(vec![Selection::all(&one)]);
    by_kid.known_issuers = vec![issuer_a().public_key()];
    let by_kid = sign(by_kid);
    let mut with_nonce = input(vec![Selection::all(&one)]);
    with_nonce.nonce = Some(b"verifier-nonce-1".to_vec());
    with_nonce.audience = Some("Gulf Recruitment Agency".into());
    let nonce_text = sign(with_nonce);

    // Tampering, re-signed with the holder key so that only the issuer
    // signature or a digest can catch it.
    let forged = edit_payload(&valid1, |p| {
        if let Value::Bytes(sig) = at(at(get_mut(p, 8), 0), 7) {
            sig[10] ^= 0x01;
        }
    });
    let altered = edit_payload(&valid1, |p| {
        let entry = at(at(at(get_mut(p, 8), 0), 6), 0);
        *get_mut(entry, 2) = Value::Text("Install high-voltage systems".into());
    });
    let mismatch = edit_payload(&valid3, |p| {
        // Entry 1 of issuer A is partly disclosed: change its revealed level.
        let entry = at(at(at(get_mut(p, 8), 0), 6), 1);
        *at(get_mut(entry, 5), 1) = Value::Integer(3.into());
    });
    let body = &valid1[4..];
    let truncated = valid1[..valid1.len() / 2].to_string();
    let wrong_prefix = format!("HC1:{body}");

    let v = |file, description, text: &String, expected, items: &[Verdict]| Vector {
        file,
        description,
        text: text.clone(),
        expected,
        items: items.to_vec(),
        expected_nonce: None,
    };
    use Verdict::*;
    let mut out = vec![
        v("valid-1-skill.txt", "one endorsed skill, all fields shown", &valid1, Valid, &[Valid]),
        v(
            "valid-3-skills-hidden-fields.txt",
            "three skills from two issuers; one fully shown, two with hidden fields; one entry of issuer B not shown",
            &valid3,
            Valid,
            &[Valid, Valid, Valid],
        ),
        v(
            "valid-issuer-by-kid.txt",
            "one endorsed skill; the issuer is named by its kid (8 bytes) instead of its key",
            &by_kid,
            Valid,
            &[Valid],
        ),
        v(
            "self-declared.txt",
            "one endorsed skill and one self-declared entry",
            &self_declared,
            SelfDeclared,
            &[Valid, SelfDeclared],
        ),
        v("forged-signature.txt", "issuer signature with one bit flipped", &forged, Tampered, &[Tampered]),
        v("altered-claim.txt", "title changed after endorsement", &altered, Tampered, &[Tampered]),
        v(
            "wrong-issuer-key.txt",
            "signed by a key not in the trust store that claims a trusted issuer's name",
            &sign(input(vec![Selection::all(&fake)])),
            UnknownIssuer,
            &[UnknownIssuer],
        ),
        v("expired.txt", "endorsement expired 70 days before now", &sign(input(vec![Selection::all(&old)])), Expired, &[Expired]),
        v("revoked.txt", "revocation index 9999 of issuer B is revoked", &sign(input(vec![Selection::all(&revoked)])), Revoked, &[Revoked]),
        v("truncated.txt", "first half of a valid presentation", &truncated, Malformed, &[]),
        v("wrong-prefix.txt", "HC1: instead of CN1:", &wrong_prefix, Malformed, &[]),
        v(
            "disclosure-mismatch.txt",
            "revealed level of a partly disclosed entry does not match its digest",
            &mismatch,
            Tampered,
            &[Tampered, Tampered, Valid],
        ),
    ];
    let mut replay = v(
        "replayed-other-nonce.txt",
        "made for nonce 'verifier-nonce-1'; the verifier asked for 'verifier-nonce-2'",
        &nonce_text,
        Tampered,
        &[Tampered],
    );
    replay.expected_nonce = Some(b"verifier-nonce-2".to_vec());
    out.push(replay);
    let mut fresh = v(
        "valid-with-nonce.txt",
        "made for nonce 'verifier-nonce-1' and audience 'Gulf Recruitment Agency'; the verifier asked for that nonce",
        &nonce_text,
        Valid,
        &[Valid],
    );
    fresh.expected_nonce = Some(b"verifier-nonce-1".to_vec());
    out.push(fresh);
    out
}

fn trust_and_revocations() -> (TrustList, RevocationLists) {
    let mut revoked = RevocationLists::default();
    revoked.revoked.insert(
        issuer_b().public_key().kid(),
        [9_999u32].into_iter().collect(),
    );
    revoked.revoked.insert(
        issuer_a().public_key().kid(),
        [1u32, 2, 3].into_iter().collect(),
    );
    (trust_both(), revoked)
}

fn manifest(vectors: &[Vector]) -> serde_json::Value {
    let (trust, revoked) = trust_and_revocations();
    json!({
        "format": "CN1",
        "regenerate": "CARNET_REGENERATE_VECTORS=1 cargo test -p carnet-credential --test vectors",
        "now": NOW,
        "trusted_issuers": trust.issuers.iter().map(|t| json!({
            "public_key": hex::encode(t.public_key.as_bytes()),
            "kid": t.public_key.kid_hex(),
            "name": t.names.get("en"),
            "kind": t.kind.as_str(),
            "country": t.country,
        })).collect::<Vec<_>>(),
        "revoked": revoked.revoked.iter().map(|(kid, set)| (hex::encode(kid), set.iter().copied().collect::<Vec<_>>())).collect::<BTreeMap<_, _>>(),
        "holder_public_key": hex::encode(holder().public_key().as_bytes()),
        "vectors": vectors.iter().map(|v| json!({
            "file": v.file,
            "description": v.description,
            "expected": v.expected.code(),
            "items": v.items.iter().map(|i| i.code()).collect::<Vec<_>>(),
            "expected_nonce_hex": v.expected_nonce.as_ref().map(hex::encode),
        })).collect::<Vec<_>>(),
    })
}

fn check(v: &Vector, text: &str) {
    let (trust, revoked) = trust_and_revocations();
    let mut opts = VerifyOptions::at(NOW);
    opts.expected_nonce = v.expected_nonce.clone();
    let report = verify(text, &trust, &revoked, &opts);
    assert_eq!(report.verdict, v.expected, "{}: {report:#?}", v.file);
    let items: Vec<Verdict> = report.items.iter().map(|i| i.verdict).collect();
    assert_eq!(items, v.items, "{}: {report:#?}", v.file);
}

#[test]
fn golden_vectors() {
    let vectors = build();
    let dir = dir();
    if std::env::var("CARNET_REGENERATE_VECTORS").as_deref() == Ok("1") {
        if let Err(e) = std::fs::create_dir_all(&dir) {
            panic!("{e}");
        }
        for v in &vectors {
            if let Err(e) = std::fs::write(dir.join(v.file), format!("{}\n", v.text)) {
                panic!("{e}");
            }
        }
        let text = serde_json::to_string_pretty(&manifest(&vectors)).unwrap_or_default();
        if let Err(e) = std::fs::write(dir.join("manifest.json"), text + "\n") {
            panic!("{e}");
        }
    }
    // The committed manifest lists the same vectors and verdicts.
    let committed = std::fs::read_to_string(dir.join("manifest.json")).unwrap_or_else(|e| {
        panic!("tests/vectors/manifest.json: {e} (regenerate: see this file's header)")
    });
    let committed: serde_json::Value = serde_json::from_str(&committed).unwrap_or_default();
    assert_eq!(
        committed,
        manifest(&vectors),
        "manifest drifted from the generator"
    );
    for v in &vectors {
        let text =
            std::fs::read_to_string(dir.join(v.file)).unwrap_or_else(|e| panic!("{}: {e}", v.file));
        let text = text.trim_end_matches('\n');
        check(v, text);
        assert_eq!(
            text, v.text,
            "{}: the encoder no longer produces the committed bytes",
            v.file
        );
    }
}
