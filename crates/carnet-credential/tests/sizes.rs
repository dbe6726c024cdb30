//! Wire size of presentations (not timed): the QR budget of issue 3.
//! Run with `--nocapture` to see the table.

mod common;

use carnet_credential::{present, RevocationLists, Selection, Verdict, VerifyOptions};
use common::*;

/// Characters of a presentation of `n` skills; issuers named by kid
/// (`by_kid`, the usual case: the holder's app knows the trust bundle) or
/// by full key.
fn size(n: usize, by_kid: bool) -> usize {
    let creds = credentials(n);
    let mut input = input(creds.iter().map(Selection::all).collect());
    if by_kid {
        input.known_issuers = vec![issuer_a().public_key(), issuer_b().public_key()];
    }
    let text = match present(&holder(), &input) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let report = carnet_credential::verify(
        &text,
        &trust_both(),
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.verdict, Verdict::Valid, "{n} skills");
    assert_eq!(report.items.len(), n);
    text.len()
}

#[test]
fn presentation_sizes_fit_the_qr_budget() {
    println!("skills | issuers by kid | issuers by full key  (characters incl. CN1:)");
    let mut by_kid = Vec::new();
    for n in [1usize, 5, 10, 20] {
        let (k, f) = (size(n, true), size(n, false));
        println!("{n:>6} | {k:>14} | {f:>19}");
        by_kid.push(k);
    }
    // One skill ≤ 530 (≤ V17-Q); ten skills ≤ 1,451 (V25-M alphanumeric).
    assert!(by_kid[0] <= 530, "1 skill: {} chars", by_kid[0]);
    assert!(by_kid[2] <= 1451, "10 skills: {} chars", by_kid[2]);
}

/// A seeded stand-in for an incompressible value of `len` base58
/// characters (a did:key or an Ed25519 signature in multibase): random
/// bytes and real signatures compress alike, and the size is what counts.
fn base58ish(seed: &mut u64, len: usize) -> String {
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    (0..len)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            ALPHABET[(*seed % 58) as usize] as char
        })
        .collect()
}

fn data_integrity_proof(seed: &mut u64, signer: &str, purpose: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": "2026-01-01T00:00:00Z",
        "verificationMethod": format!("{signer}#{}", &signer[8..]),
        "proofPurpose": purpose,
        // A 64-byte Ed25519 signature in multibase base58btc: 'z' + 87-88 chars.
        "proofValue": format!("z{}", base58ish(seed, 87)),
    })
}

/// The same claims as `n` Open Badges 3.0 credentials (one achievement
/// each, ESCO alignment, issuer profile, Data Integrity proof) in a
/// holder-signed Verifiable Presentation: what a wallet would carry.
fn ob3_presentation(n: usize) -> String {
    let mut seed = 0x0b3_5eed_u64;
    let holder = format!("did:key:z6Mk{}", base58ish(&mut seed, 44));
    let issuers = [
        (
            format!("did:key:z6Mk{}", base58ish(&mut seed, 44)),
            info_a(),
        ),
        (
            format!("did:key:z6Mk{}", base58ish(&mut seed, 44)),
            info_b(),
        ),
    ];
    let split = n.div_ceil(2);
    let credentials: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let c = skill(i);
            let (did, info) = &issuers[usize::from(i >= split)];
            let esco = c
                .esco
                .as_ref()
                .map(|e| format!("http://data.europa.eu/esco/skill/{}", e.id))
                .unwrap_or_default();
            let title = c.title.clone().unwrap_or_default();
            let mut vc = serde_json::json!({
                "@context": [
                    "https://www.w3.org/ns/credentials/v2",
                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
                ],
                "id": format!("urn:uuid:{}", uuid::Uuid::from_u128(i as u128 + 1)),
                "type": ["VerifiableCredential", "OpenBadgeCredential"],
                "issuer": {
                    "id": did,
                    "type": ["Profile"],
                    "name": info.name,
                    "address": {"type": ["Address"], "addressCountry": info.country},
                },
                "validFrom": "2026-01-01T00:00:00Z",
                "validUntil": "2031-01-01T00:00:00Z",
                "credentialStatus": {
                    "type": "BitstringStatusListEntry",
                    "statusPurpose": "revocation",
                    "statusListIndex": (100 + i).to_string(),
                    "statusListCredential": "https://centre.example/status/1",
                },
                "credentialSubject": {
                    "id": holder,
                    "type": ["AchievementSubject"],
                    "achievement": {
                        "id": esco,
                        "type": ["Achievement"],
                        "achievementType": "Competency",
                        "name": title,
                        "criteria": {"narrative": "Assessed by test"},
                        "alignment": [{
                            "type": ["Alignment"],
                            "targetName": title,
                            "targetUrl": esco,
                            "targetFramework": "ESCO",
                            "targetType": "ceterms:Skill",
                        }],
                    },
                    "result": [{"type": ["Result"], "value": c.level.clone().unwrap_or_default()}],
                    "activityStartDate": c.from.clone().unwrap_or_default(),
                    "activityEndDate": c.to.clone().unwrap_or_default(),
                },
            });
            vc["proof"] = data_integrity_proof(&mut seed, did, "assertionMethod");
            vc
        })
        .collect();
    let vp = serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": holder,
        "verifiableCredential": credentials,
        "proof": data_integrity_proof(&mut seed, &holder, "authentication"),
    });
    vp.to_string()
}

/// The OB3 credentials Carnet's own issuers sign for the same claims
/// (`carnet export-credential`, docs/credential-format.md §19: real
/// eddsa-jcs-2022 proofs), in a holder-signed Verifiable Presentation whose
/// proof is a stand-in of the real length.
fn ob3_export_presentation(n: usize) -> String {
    let mut seed = 0x0b3_e4b0_u64;
    let holder = format!("did:key:z6Mk{}", base58ish(&mut seed, 44));
    let creds = credentials(n);
    let mut vcs = Vec::new();
    for (c, key) in creds.iter().zip([issuer_a(), issuer_b()]) {
        let signed = match carnet_credential::vc::sign_entries(c, &key) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        };
        for v in signed {
            match serde_json::from_slice::<serde_json::Value>(&v.json) {
                Ok(json) => vcs.push(json),
                Err(e) => panic!("{e}"),
            }
        }
    }
    let vp = serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": holder,
        "verifiableCredential": vcs,
        "proof": data_integrity_proof(&mut seed, &holder, "authentication"),
    });
    vp.to_string()
}

/// OB3 JSON → deflate (zlib, best) → Base45: the EU DCC pipeline applied
/// to the standard format, so the comparison is of formats, not encodings.
fn ob3_chars(n: usize) -> usize {
    deflate_base45(&ob3_presentation(n))
}

fn deflate_base45(json: &str) -> usize {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(json.as_bytes()).expect("deflate");
    let packed = z.finish().expect("deflate");
    base45::encode(&packed).len()
}

#[test]
fn compared_with_open_badges_3() {
    println!("skills | CN1 (kid) | OB3 minimal | ratio | OB3 as Carnet exports | ratio");
    for n in [1usize, 5, 10, 20] {
        let cn1 = size(n, true);
        let minimal = ob3_chars(n);
        let export = deflate_base45(&ob3_export_presentation(n));
        println!(
            "{n:>6} | {cn1:>9} | {minimal:>11} | {:.2} | {export:>21} | {:.2}",
            cn1 as f64 / minimal as f64,
            cn1 as f64 / export as f64
        );
        assert!(cn1 < minimal, "{n} skills: CN1 {cn1} vs OB3 {minimal}");
        assert!(
            minimal < export,
            "the export carries more than the minimal badge"
        );
    }
}

/// Where the bytes of a presentation go (before zlib): what is
/// incompressible (signatures, keys, seeds, ESCO UUIDs) against what the
/// format could still squeeze. Printed for docs/benchmarks.md; the test
/// checks that the parts add up to the whole.
#[test]
fn byte_breakdown() {
    use ciborium::Value;
    #[derive(Default, Debug)]
    struct Parts {
        signatures: usize,
        public_keys: usize,
        kids: usize,
        seeds: usize,
        esco_uuids: usize,
        texts: usize,
    }
    fn walk(v: &Value, parent_is_esco: bool, p: &mut Parts) {
        match v {
            Value::Bytes(b) => match b.len() {
                64 => p.signatures += 64,
                32 => p.public_keys += 32,
                8 => p.kids += 8,
                16 if parent_is_esco => p.esco_uuids += 16,
                16 => p.seeds += 16,
                _ => {}
            },
            Value::Text(t) => p.texts += t.len(),
            Value::Array(items) => {
                let esco = items.len() == 2
                    && matches!(items[0], Value::Integer(_))
                    && matches!(&items[1], Value::Bytes(b) if b.len() == 16);
                for i in items {
                    walk(i, esco, p);
                }
            }
            Value::Map(m) => {
                for (k, v) in m {
                    walk(k, false, p);
                    walk(v, false, p);
                }
            }
            Value::Tag(_, inner) => walk(inner, false, p),
            _ => {}
        }
    }
    println!("skills | raw bytes | signatures | keys | kids | seeds | ESCO UUIDs | text | rest | CN1 chars | incompressible floor (chars)");
    for n in [1usize, 5, 10, 20] {
        let creds = credentials(n);
        let mut input = input(creds.iter().map(Selection::all).collect());
        input.known_issuers = vec![issuer_a().public_key(), issuer_b().public_key()];
        let text = match present(&holder(), &input) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        let cose = match carnet_credential::text::decode(&text) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        let outer: Value = match ciborium::from_reader(cose.as_slice()) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        };
        let payload = match &outer {
            Value::Tag(18, inner) => match inner.as_ref() {
                Value::Array(a) => a[2].clone(),
                _ => panic!("not a COSE_Sign1"),
            },
            _ => panic!("not a tagged COSE_Sign1"),
        };
        let mut parts = Parts::default();
        walk(&outer, false, &mut parts);
        if let Value::Bytes(p) = &payload {
            parts.texts = 0;
            let inner: Value = match ciborium::from_reader(p.as_slice()) {
                Ok(v) => v,
                Err(e) => panic!("{e}"),
            };
            walk(&inner, false, &mut parts);
        }
        let counted = parts.signatures
            + parts.public_keys
            + parts.kids
            + parts.seeds
            + parts.esco_uuids
            + parts.texts;
        assert!(counted < cose.len(), "{parts:?} vs {}", cose.len());
        assert_eq!(
            parts.signatures,
            64 * (1 + creds.len()),
            "one signature per issuer + holder"
        );
        let floor =
            parts.signatures + parts.public_keys + parts.kids + parts.seeds + parts.esco_uuids;
        println!(
            "{n:>6} | {:>9} | {:>10} | {:>4} | {:>4} | {:>5} | {:>10} | {:>4} | {:>4} | {:>9} | {:>4}",
            cose.len(),
            parts.signatures,
            parts.public_keys,
            parts.kids,
            parts.seeds,
            parts.esco_uuids,
            parts.texts,
            cose.len() - counted,
            text.len(),
            4 + base45::encode(vec![0u8; floor]).len(),
        );
    }
}
