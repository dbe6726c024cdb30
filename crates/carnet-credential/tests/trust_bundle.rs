//! Trust bundles (format §17): build, sign, read, verify, and use as the
//! trust store of `verify`, with the bundle's age in the report.

mod common;

use std::collections::BTreeMap;

use carnet_credential::trust_bundle::{
    self, BundleError, BundleIssuer, SignedBundle, TrustBundle, TrustBundles,
};
use carnet_credential::*;
use common::*;
use proptest::prelude::*;

fn anchor() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xC3; 32])
}

fn other_anchor() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xD4; 32])
}

const BUNDLE_IAT: u64 = NOW - 12 * DAY;

fn names(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(t, n)| (t.to_string(), n.to_string()))
        .collect()
}

fn issuer_entry(key: &SecretIdentity, info: &IssuerInfo) -> BundleIssuer {
    BundleIssuer {
        public_key: key.public_key(),
        names: names(&[("en", &info.name), ("ar", "كلية الدوحة التقنية")]),
        country: info.country.clone(),
        kind: info.kind,
        not_before: None,
        not_after: None,
    }
}

/// A bundle that lists issuer A only.
fn bundle_a() -> TrustBundle {
    let mut b = TrustBundle::new(BUNDLE_IAT, 7);
    ok(b.add(issuer_entry(&issuer_a(), &info_a())));
    b
}

fn ok<T, E: std::fmt::Display>(r: std::result::Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

fn err<T: std::fmt::Debug, E>(r: std::result::Result<T, E>) -> E {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e,
    }
}

fn anchors() -> Vec<PublicKey> {
    vec![other_anchor().public_key(), anchor().public_key()]
}

#[test]
fn round_trip() {
    let bundle = bundle_a();
    let file = ok(bundle.sign(&anchor()));
    let signed = ok(SignedBundle::from_cbor(&file));
    assert_eq!(signed.anchor_kid(), anchor().public_key().kid());
    let verified = ok(signed.verify(&anchors()));
    assert_eq!(verified.bundle(), &bundle);
    assert_eq!(verified.issued_at(), BUNDLE_IAT);
    assert_eq!(verified.sequence(), 7);
    assert_eq!(verified.age(NOW), 12 * DAY);
    assert_eq!(verified.anchor(), anchor().public_key());
    let list = verified.trust_list();
    assert_eq!(list.issuers.len(), 1);
    assert_eq!(list.issuers[0].names["ar"], "كلية الدوحة التقنية");
    // Deterministic: signing again gives the same bytes.
    assert_eq!(ok(bundle.sign(&anchor())), file);
    println!("trust bundle with one issuer: {} bytes", file.len());
}

#[test]
fn every_bit_flip_is_refused() {
    let file = ok(bundle_a().sign(&anchor()));
    for byte in 0..file.len() {
        for bit in 0..8 {
            let mut bad = file.clone();
            bad[byte] ^= 1 << bit;
            let e = err(trust_bundle::open(&bad, &anchors()));
            // A flip in the version may read as "newer": not damage, and
            // still refused.
            assert!(
                matches!(
                    e,
                    BundleError::BadSignature
                        | BundleError::Malformed { .. }
                        | BundleError::WrongFile
                        | BundleError::UnknownAnchor { .. }
                        | BundleError::NewerVersion { .. }
                ),
                "byte {byte} bit {bit}: {e:?}"
            );
        }
    }
}

#[test]
fn altered_name_is_a_bad_signature() {
    let file = ok(bundle_a().sign(&anchor()));
    let pos = file
        .windows(4)
        .position(|w| w == b"Doha")
        .unwrap_or_else(|| panic!("name not found"));
    let mut bad = file.clone();
    bad[pos] = b'D' ^ 0x20; // "doha"
    let e = err(trust_bundle::open(&bad, &anchors()));
    assert_eq!(e, BundleError::BadSignature);
    assert_eq!(e.code(), "trust-bundle-bad-signature");
    assert!(e.to_string().contains("altered or damaged"));
}

#[test]
fn wrong_anchor_is_refused() {
    let file = ok(bundle_a().sign(&other_anchor()));
    let e = err(trust_bundle::open(&file, &[anchor().public_key()]));
    assert_eq!(e.code(), "trust-bundle-unknown-anchor");
    assert!(e
        .to_string()
        .contains(&other_anchor().public_key().kid_hex()));
    // No anchors at all: same answer.
    let e = err(trust_bundle::open(&file, &[]));
    assert_eq!(e.code(), "trust-bundle-unknown-anchor");
}

/// Re-signs a payload edited as CBOR, so that only the reader's own rules
/// can refuse it.
fn resign(
    edit: impl FnOnce(&mut Vec<(ciborium::value::Value, ciborium::value::Value)>),
) -> Vec<u8> {
    use ciborium::value::Value;
    let file = ok(bundle_a().sign(&anchor()));
    let v: Value = ok(ciborium::de::from_reader(file.as_slice()));
    let Value::Tag(18, inner) = v else {
        panic!("not tag 18")
    };
    let Value::Array(parts) = *inner else {
        panic!("not an array")
    };
    let Value::Bytes(payload) = &parts[2] else {
        panic!("no payload")
    };
    let mut p: Value = ok(ciborium::de::from_reader(payload.as_slice()));
    let Value::Map(m) = &mut p else {
        panic!("payload not a map")
    };
    edit(m);
    let mut payload = Vec::new();
    ok(ciborium::ser::into_writer(&p, &mut payload));
    let sig_structure = Value::Array(vec![
        Value::Text("Signature1".into()),
        Value::Bytes(vec![0xA1, 0x01, 0x27]),
        Value::Bytes(vec![]),
        Value::Bytes(payload.clone()),
    ]);
    let mut tbs = Vec::new();
    ok(ciborium::ser::into_writer(&sig_structure, &mut tbs));
    let sig = anchor().sign(&tbs);
    let out = Value::Tag(
        18,
        Box::new(Value::Array(vec![
            parts[0].clone(),
            parts[1].clone(),
            Value::Bytes(payload),
            Value::Bytes(sig.to_vec()),
        ])),
    );
    let mut bytes = Vec::new();
    ok(ciborium::ser::into_writer(&out, &mut bytes));
    bytes
}

fn set(
    m: &mut [(ciborium::value::Value, ciborium::value::Value)],
    key: u64,
    v: ciborium::value::Value,
) {
    for (k, old) in m.iter_mut() {
        if k.as_integer().and_then(|i| u64::try_from(i).ok()) == Some(key) {
            *old = v;
            return;
        }
    }
    panic!("key {key} not found");
}

#[test]
fn newer_version_is_refused_as_newer() {
    let file = resign(|m| set(m, 1, ciborium::value::Value::Integer(2.into())));
    let e = err(trust_bundle::open(&file, &anchors()));
    assert_eq!(e, BundleError::NewerVersion { found: 2 });
    assert_eq!(e.code(), "trust-bundle-newer-version");
    assert!(e.to_string().contains("newer Carnet"));
}

#[test]
fn other_file_type_and_unknown_key_are_refused() {
    let file = resign(|m| {
        set(
            m,
            0,
            ciborium::value::Value::Text("carnet-status-list".into()),
        )
    });
    assert_eq!(
        err(trust_bundle::open(&file, &anchors())),
        BundleError::WrongFile
    );
    let file = resign(|m| {
        m.push((
            ciborium::value::Value::Integer(99.into()),
            ciborium::value::Value::Null,
        ))
    });
    assert_eq!(
        err(trust_bundle::open(&file, &anchors())).code(),
        "trust-bundle-malformed"
    );
    // The genuine resigned bundle still opens (the editor is sound).
    let file = resign(|_| {});
    ok(trust_bundle::open(&file, &anchors()));
}

#[test]
fn builder_refuses_bad_values() {
    let mut b = bundle_a();
    let e = err(b.add(issuer_entry(&issuer_a(), &info_a())));
    assert_eq!(e.code(), "trust-bundle-invalid");
    let mut i = issuer_entry(&issuer_b(), &info_b());
    i.names = BTreeMap::new();
    assert_eq!(err(b.add(i)).code(), "trust-bundle-invalid");
    let mut i = issuer_entry(&issuer_b(), &info_b());
    i.names = names(&[("not a tag", "x")]);
    assert!(b.add(i).is_err());
    let mut i = issuer_entry(&issuer_b(), &info_b());
    i.country = "ae".into();
    assert!(b.add(i).is_err());
    let mut i = issuer_entry(&issuer_b(), &info_b());
    i.not_before = Some(NOW);
    i.not_after = Some(NOW - 1);
    assert!(b.add(i).is_err());
}

fn kinds(report: &Report) -> Vec<Verdict> {
    report.items.iter().map(|i| i.verdict).collect()
}

#[test]
fn verify_with_a_bundle_trusts_listed_issuers_only_and_reports_its_age() {
    let verified = ok(trust_bundle::open(
        &ok(bundle_a().sign(&anchor())),
        &anchors(),
    ));
    // Skills 0, 1 from issuer A (listed), skill 2 from issuer B (not).
    let text = present_all(&credentials(3));
    let report = verify(
        &text,
        &verified,
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(
        kinds(&report),
        vec![Verdict::Valid, Verdict::Valid, Verdict::UnknownIssuer]
    );
    assert_eq!(report.items[0].trust_issued_at, Some(BUNDLE_IAT));
    assert_eq!(report.items[2].trust_issued_at, None);
    assert_eq!(report.trust_issued_at, Some(BUNDLE_IAT));
    assert_eq!(report.items[0].status_issued_at, None);
    // JSON carries the age only when known.
    let json = ok(serde_json::to_value(&report));
    assert_eq!(json["trust_issued_at"], BUNDLE_IAT);
    assert!(json["items"][2].get("trust_issued_at").is_none());

    // A very old bundle is still used: age is reported, not enforced.
    let old = ok(trust_bundle::open(
        &ok(TrustBundle {
            issued_at: 1,
            ..bundle_a()
        }
        .sign(&anchor())),
        &anchors(),
    ));
    let report = verify(
        &text,
        &old,
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.items[0].verdict, Verdict::Valid);
    assert_eq!(report.trust_issued_at, Some(1));

    // Converted to a plain list: same verdicts, no age.
    let plain = verified.into_trust_list();
    let report = verify(
        &text,
        &plain,
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(
        kinds(&report),
        vec![Verdict::Valid, Verdict::Valid, Verdict::UnknownIssuer]
    );
    assert_eq!(report.trust_issued_at, None);
}

#[test]
fn issuer_outside_its_validity_is_not_trusted() {
    // The endorsements were issued at NOW - 30 days.
    let iat = NOW - 30 * DAY;
    for (nb, na) in [(Some(iat + 1), None), (None, Some(iat - 1))] {
        let mut b = TrustBundle::new(BUNDLE_IAT, 1);
        let mut i = issuer_entry(&issuer_a(), &info_a());
        i.not_before = nb;
        i.not_after = na;
        ok(b.add(i));
        let store = ok(trust_bundle::open(&ok(b.sign(&anchor())), &anchors()));
        let report = verify(
            &present_all(&credentials(1)),
            &store,
            &RevocationLists::default(),
            &VerifyOptions::at(NOW),
        );
        assert_eq!(report.verdict, Verdict::UnknownIssuer);
        assert!(report.items[0]
            .reasons
            .iter()
            .any(|r| r.code == "issuer-not-trusted-at-issue"));
    }
    // Inside the window: valid.
    let mut b = TrustBundle::new(BUNDLE_IAT, 1);
    let mut i = issuer_entry(&issuer_a(), &info_a());
    i.not_before = Some(iat);
    i.not_after = Some(iat);
    ok(b.add(i));
    let store = ok(trust_bundle::open(&ok(b.sign(&anchor())), &anchors()));
    let report = verify(
        &present_all(&credentials(1)),
        &store,
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.verdict, Verdict::Valid);
}

#[test]
fn several_bundles_keep_the_newest_per_anchor() {
    let mut store = TrustBundles::new();
    let a1 = ok(trust_bundle::open(
        &ok(bundle_a().sign(&anchor())),
        &anchors(),
    ));
    assert!(store.insert(a1.clone()));
    // Same sequence again: not taken.
    assert!(!store.insert(a1));
    let mut b = TrustBundle::new(NOW - DAY, 1);
    ok(b.add(issuer_entry(&issuer_b(), &info_b())));
    let other = ok(trust_bundle::open(&ok(b.sign(&other_anchor())), &anchors()));
    assert!(store.insert(other));
    let report = verify(
        &present_all(&credentials(3)),
        &store,
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.verdict, Verdict::Valid);
    assert_eq!(report.items[0].trust_issued_at, Some(BUNDLE_IAT));
    assert_eq!(report.items[2].trust_issued_at, Some(NOW - DAY));
    assert_eq!(report.trust_issued_at, Some(BUNDLE_IAT));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = SignedBundle::from_cbor(&bytes);
    }

    #[test]
    fn mutated_bundles_never_panic_and_never_verify(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)
    ) {
        let file = ok(bundle_a().sign(&anchor()));
        let mut bad = file.clone();
        for (pos, b) in edits {
            let i = pos % bad.len();
            bad[i] = b;
        }
        prop_assume!(bad != file);
        prop_assert!(trust_bundle::open(&bad, &anchors()).is_err());
    }
}
