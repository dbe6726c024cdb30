//! Golden vectors of the signed lists (tests/vectors/lists/ at the
//! workspace root): trust bundles (format §17) and status lists (§18), one
//! valid file of each and one per way a reader must refuse one, with the
//! expected outcome and the valid files' contents in `manifest.json`.
//!
//! The check is driven by the committed files and manifest alone (keys,
//! outcomes and contents are read from the manifest), so that a change of
//! the readers that would refuse or misread a file already in the field
//! fails here. Regenerate (only to add vectors, or when a format version
//! changes on purpose):
//! `CARNET_REGENERATE_VECTORS=1 cargo test -p carnet-credential --test list_vectors`.
//! The manifest is also compared with what the generator would write, so
//! the two cannot drift apart; file bytes are not, because a status list
//! signs zlib output and another zlib version may compress differently.

mod common;

use std::path::PathBuf;

use carnet_credential::status_list::{self, SignedStatusList, StatusList, MIN_SIZE};
use carnet_credential::trust_bundle::{self, BundleIssuer, TrustBundle, VerifiedBundle};
use carnet_credential::*;
use common::*;
use serde_json::{json, Value};

/// The anchor whose key the verifier holds.
fn anchor() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xA7; 32])
}

/// An anchor the verifier has never heard of.
fn stranger() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xA8; 32])
}

const BUNDLE_IAT: u64 = NOW - 12 * DAY;
const LIST_IAT: u64 = NOW - 3 * DAY;
/// Revoked indexes of issuer A's valid list: a run, one far off, and the
/// last index the smallest list covers.
const REVOKED: [u32; 5] = [1, 2, 3, 4_242, MIN_SIZE - 1];
/// The CN1 vector the window bundle is checked with (issuer A, endorsed
/// on 2025-12-02 = NOW − 30 days).
const PRESENTATION: &str = "valid-1-skill.txt";

/// This package's directory, read when the test runs (cargo sets it), not
/// when it was compiled: checkouts sharing one target dir may reuse a test
/// binary built in another, since deleted, checkout.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn dir() -> PathBuf {
    manifest_dir().join("../../tests/vectors/lists")
}

fn ok<T, E: std::fmt::Display>(r: std::result::Result<T, E>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

fn entry(key: &SecretIdentity, info: &IssuerInfo, names: &[(&str, &str)]) -> BundleIssuer {
    BundleIssuer {
        public_key: key.public_key(),
        names: names
            .iter()
            .map(|(t, n)| (t.to_string(), n.to_string()))
            .collect(),
        country: info.country.clone(),
        kind: info.kind,
        not_before: None,
        not_after: None,
    }
}

fn bundle_both() -> TrustBundle {
    let mut b = TrustBundle::new(BUNDLE_IAT, 3);
    ok(b.add(entry(
        &issuer_a(),
        &info_a(),
        &[("ar", "كلية الدوحة التقنية"), ("en", &info_a().name)],
    )));
    let mut employer = entry(&issuer_b(), &info_b(), &[("en", &info_b().name)]);
    employer.not_before = Some(NOW - 400 * DAY);
    employer.not_after = Some(NOW + 365 * DAY);
    ok(b.add(employer));
    b
}

/// Issuer A vouched for only from NOW − 20 days: its endorsement of NOW −
/// 30 days is outside the window.
fn bundle_window() -> TrustBundle {
    let mut b = TrustBundle::new(BUNDLE_IAT, 4);
    let mut a = entry(&issuer_a(), &info_a(), &[("en", &info_a().name)]);
    a.not_before = Some(NOW - 20 * DAY);
    a.not_after = Some(NOW + 365 * DAY);
    ok(b.add(a));
    b
}

/// The byte after key 0's text is key 1 (`01`), then the version (`01`):
/// set it to 2. The version is read before the signature is checked, so
/// the file is refused as newer although the signature no longer matches.
fn newer(file: &[u8], magic: &str) -> Vec<u8> {
    let at = file
        .windows(magic.len())
        .position(|w| w == magic.as_bytes())
        .unwrap_or_else(|| panic!("{magic} not found"))
        + magic.len();
    assert_eq!(&file[at..at + 2], &[0x01, 0x01]);
    let mut out = file.to_vec();
    out[at + 1] = 0x02;
    out
}

fn flip_last(file: &[u8]) -> Vec<u8> {
    let mut out = file.to_vec();
    if let Some(b) = out.last_mut() {
        *b ^= 0x01;
    }
    out
}

struct Vector {
    file: &'static str,
    description: &'static str,
    bytes: Vec<u8>,
    /// "ok" or the error code a reader gives.
    expected: &'static str,
    /// For status lists: the issuer key the reader checks it with.
    issuer: Option<PublicKey>,
    /// For bundles: the verdict and item reasons of [`PRESENTATION`]
    /// verified against this bundle.
    presentation: Option<(Verdict, Vec<&'static str>)>,
}

fn bundles() -> Vec<Vector> {
    let valid = ok(bundle_both().sign(&anchor()));
    let v = |file, description, bytes, expected| Vector {
        file,
        description,
        bytes,
        expected,
        issuer: None,
        presentation: None,
    };
    let mut valid_v = v(
        "bundle-valid.cbor",
        "issuers A (names ar, en; no window) and B (en; window NOW-400d..NOW+365d), anchor 0xA7, sequence 3",
        valid.clone(),
        "ok",
    );
    valid_v.presentation = Some((Verdict::Valid, vec!["issuer-trusted", "no-revocation-list"]));
    let mut window = v(
        "bundle-issuer-outside-window.cbor",
        "issuer A vouched for from NOW-20d only; its endorsement in valid-1-skill.txt is from NOW-30d",
        ok(bundle_window().sign(&anchor())),
        "ok",
    );
    window.presentation = Some((
        Verdict::UnknownIssuer,
        vec!["issuer-not-trusted-at-issue", "no-revocation-list"],
    ));
    vec![
        valid_v,
        v(
            "bundle-bad-signature.cbor",
            "bundle-valid.cbor with the last bit of the anchor signature flipped",
            flip_last(&valid),
            "trust-bundle-bad-signature",
        ),
        v(
            "bundle-unknown-anchor.cbor",
            "the same issuers signed by anchor 0xA8, which the verifier does not hold",
            ok(bundle_both().sign(&stranger())),
            "trust-bundle-unknown-anchor",
        ),
        window,
        v(
            "bundle-truncated.cbor",
            "the first half of bundle-valid.cbor",
            valid[..valid.len() / 2].to_vec(),
            "trust-bundle-malformed",
        ),
        v(
            "bundle-newer-version.cbor",
            "bundle-valid.cbor with payload version 2 (signature not redone)",
            newer(&valid, "carnet-trust-bundle"),
            "trust-bundle-newer-version",
        ),
    ]
}

fn status_lists() -> Vec<Vector> {
    let mut list = ok(StatusList::new(MIN_SIZE));
    for i in REVOKED {
        ok(list.revoke(i));
    }
    let valid = list.sign(&issuer_a(), LIST_IAT);
    let v = |file, description, bytes, expected| Vector {
        file,
        description,
        bytes,
        expected,
        issuer: Some(issuer_a().public_key()),
        presentation: None,
    };
    vec![
        v(
            "status-valid.cbor",
            "issuer A's list of 131,072 bits with 5 indexes revoked",
            valid.clone(),
            "ok",
        ),
        v(
            "status-bad-signature.cbor",
            "status-valid.cbor with the last bit of the signature flipped",
            flip_last(&valid),
            "status-list-bad-signature",
        ),
        v(
            "status-wrong-issuer.cbor",
            "the same list signed by issuer B, checked with issuer A's key",
            list.sign(&issuer_b(), LIST_IAT),
            "status-list-wrong-issuer",
        ),
        v(
            "status-truncated.cbor",
            "the first half of status-valid.cbor",
            valid[..valid.len() / 2].to_vec(),
            "status-list-malformed",
        ),
        v(
            "status-newer-version.cbor",
            "status-valid.cbor with payload version 2 (signature not redone)",
            newer(&valid, "carnet-status-list"),
            "status-list-newer-version",
        ),
    ]
}

/// What a verifier reads from a valid bundle, as the manifest records it.
fn bundle_contents(b: &VerifiedBundle) -> Value {
    json!({
        "anchor_kid": b.anchor().kid_hex(),
        "issued_at": b.issued_at(),
        "sequence": b.sequence(),
        "issuers": b.bundle().issuers.iter().map(|i| json!({
            "public_key": hex::encode(i.public_key.as_bytes()),
            "kid": i.public_key.kid_hex(),
            "names": i.names,
            "country": i.country,
            "kind": i.kind.as_str(),
            "not_before": i.not_before,
            "not_after": i.not_after,
        })).collect::<Vec<_>>(),
    })
}

fn status_contents(encoding: status_list::Encoding, l: &status_list::VerifiedStatusList) -> Value {
    json!({
        "issuer_kid": l.issuer().kid_hex(),
        "issued_at": l.issued_at(),
        "size": l.list().size(),
        "encoding": encoding.code(),
        "revoked": l.list().revoked().collect::<Vec<_>>(),
    })
}

/// Reads a bundle as a verifier holding `anchors` does: "ok" or the code.
fn read_bundle(bytes: &[u8], anchors: &[PublicKey]) -> (String, Option<VerifiedBundle>) {
    match trust_bundle::open(bytes, anchors) {
        Ok(b) => ("ok".into(), Some(b)),
        Err(e) => (e.code().into(), None),
    }
}

fn read_status(bytes: &[u8], issuer: &PublicKey) -> (String, Option<Value>) {
    let opened = SignedStatusList::from_cbor(bytes).and_then(|s| {
        let encoding = s.encoding();
        s.verify(issuer).map(|l| status_contents(encoding, &l))
    });
    match opened {
        Ok(c) => ("ok".into(), Some(c)),
        Err(e) => (e.code().into(), None),
    }
}

fn presentation_outcome(bundle: &VerifiedBundle, text: &str) -> Value {
    let report = verify(
        text.trim(),
        bundle,
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    let reasons: Vec<&str> = report
        .items
        .first()
        .map(|i| i.reasons.iter().map(|r| r.code).collect())
        .unwrap_or_default();
    json!({"file": PRESENTATION, "verdict": report.verdict.code(), "item_reasons": reasons})
}

/// The manifest the generator writes.
fn manifest(bundles: &[Vector], lists: &[Vector]) -> Value {
    let anchors = [anchor().public_key()];
    let bundle_entries: Vec<Value> = bundles
        .iter()
        .map(|v| {
            let mut e = json!({
                "file": v.file,
                "description": v.description,
                "expected": v.expected,
            });
            if let (_, Some(b)) = read_bundle(&v.bytes, &anchors) {
                e["contents"] = bundle_contents(&b);
            }
            if let Some((verdict, reasons)) = &v.presentation {
                e["presentation"] = json!({
                    "file": PRESENTATION,
                    "verdict": verdict.code(),
                    "item_reasons": reasons,
                });
            }
            e
        })
        .collect();
    let list_entries: Vec<Value> = lists
        .iter()
        .map(|v| {
            let key = v.issuer.unwrap_or_else(|| issuer_a().public_key());
            let mut e = json!({
                "file": v.file,
                "description": v.description,
                "issuer_public_key": hex::encode(key.as_bytes()),
                "expected": v.expected,
            });
            if let (_, Some(c)) = read_status(&v.bytes, &key) {
                e["contents"] = c;
            }
            e
        })
        .collect();
    json!({
        "format": "carnet-trust-bundle 1 (format §17), carnet-status-list 1 (format §18)",
        "regenerate": "CARNET_REGENERATE_VECTORS=1 cargo test -p carnet-credential --test list_vectors",
        "now": NOW,
        "anchors": anchors.iter().map(|a| json!({
            "public_key": hex::encode(a.as_bytes()),
            "kid": a.kid_hex(),
        })).collect::<Vec<_>>(),
        "trust_bundles": bundle_entries,
        "status_lists": list_entries,
    })
}

fn key_from_hex(v: &Value) -> PublicKey {
    let bytes: [u8; 32] = hex::decode(v.as_str().unwrap_or_default())
        .ok()
        .and_then(|b| b.try_into().ok())
        .unwrap_or_else(|| panic!("not a 32-byte hex key: {v}"));
    ok(PublicKey::from_bytes(&bytes))
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(dir().join(name)).unwrap_or_else(|e| panic!("tests/vectors/lists/{name}: {e}"))
}

#[test]
fn golden_list_vectors() {
    let (bundles, lists) = (bundles(), status_lists());
    // The generator's own expectations hold before anything is written.
    let generated = manifest(&bundles, &lists);
    for (v, e) in bundles
        .iter()
        .zip(generated["trust_bundles"].as_array().into_iter().flatten())
    {
        let (got, _) = read_bundle(&v.bytes, &[anchor().public_key()]);
        assert_eq!(got, v.expected, "{}", v.file);
        assert_eq!(e["expected"], v.expected);
    }
    if std::env::var("CARNET_REGENERATE_VECTORS").as_deref() == Ok("1") {
        ok(std::fs::create_dir_all(dir()));
        for v in bundles.iter().chain(&lists) {
            ok(std::fs::write(dir().join(v.file), &v.bytes));
        }
        let text = serde_json::to_string_pretty(&generated).unwrap_or_default();
        ok(std::fs::write(dir().join("manifest.json"), text + "\n"));
    }

    let committed: Value = serde_json::from_slice(&read("manifest.json")).unwrap_or_default();
    assert_eq!(committed, generated, "manifest drifted from the generator");

    // From here on, only the committed files and manifest.
    let now = committed["now"].as_u64().unwrap_or_default();
    assert_eq!(now, NOW);
    let anchors: Vec<PublicKey> = committed["anchors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| key_from_hex(&a["public_key"]))
        .collect();
    let presentation =
        std::fs::read_to_string(dir().join("..").join(PRESENTATION)).unwrap_or_default();
    let entries = committed["trust_bundles"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(entries.len(), 6);
    for e in &entries {
        let file = e["file"].as_str().unwrap_or_default();
        let (got, bundle) = read_bundle(&read(file), &anchors);
        assert_eq!(got, e["expected"].as_str().unwrap_or_default(), "{file}");
        if let Some(b) = bundle {
            assert_eq!(bundle_contents(&b), e["contents"], "{file}: contents");
            if !e["presentation"].is_null() {
                assert_eq!(
                    presentation_outcome(&b, &presentation),
                    e["presentation"],
                    "{file}: {PRESENTATION} verified against it"
                );
            }
        } else {
            assert!(e["contents"].is_null(), "{file}");
        }
    }
    let valid = &entries[0]["contents"];
    let names: Vec<&str> = valid["issuers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["names"]["en"].as_str())
        .collect();
    assert_eq!(names, ["Doha Technical College", "Al Noor Construction"]);

    let entries = committed["status_lists"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(entries.len(), 5);
    for e in &entries {
        let file = e["file"].as_str().unwrap_or_default();
        let key = key_from_hex(&e["issuer_public_key"]);
        let (got, contents) = read_status(&read(file), &key);
        assert_eq!(got, e["expected"].as_str().unwrap_or_default(), "{file}");
        assert_eq!(
            contents.unwrap_or(Value::Null),
            e["contents"],
            "{file}: contents"
        );
    }
    let revoked: Vec<u64> = entries[0]["contents"]["revoked"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_u64)
        .collect();
    assert_eq!(revoked, REVOKED.map(u64::from));
}
