//! End-to-end tests of the holder's credential commands: the real `carnet`
//! binary on logbooks in temporary folders. The issuer's side is played
//! here with the carnet-credential library, so these tests depend only on
//! the file formats (docs/credential-format.md), not on the issuer CLI.

use std::collections::BTreeMap;
use std::path::Path;

use carnet_credential::endorsement::endorse_with_seed;
use carnet_credential::{
    verify, AssessedBy, Credential, EndorseOptions, FieldId, IssuerInfo, IssuerKind, ItemKind,
    Report, Request, RevocationLists, SecretIdentity, TrustList, TrustedIssuer, Verdict,
    VerifyOptions,
};

const ESCO: &str = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

mod common;
use common::Carnet;

impl Carnet {
    /// Runs a command that must fail with `code`; returns its stderr.
    fn fails_err(&self, args: &[&str], code: i32) -> String {
        self.fails(args, code).1
    }

    fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        self.ok(&all).trim().to_string()
    }

    /// `carnet request IDS --out req.cbor`, read back.
    fn request(&self, ids: &[&str]) -> Request {
        let out = self.path("req.cbor");
        let out_s = out.to_string_lossy().to_string();
        let mut args = vec!["request"];
        args.extend_from_slice(ids);
        args.extend_from_slice(&["--out", &out_s]);
        let printed = self.ok(&args);
        assert_eq!(printed.trim(), out_s, "the path is printed on stdout");
        Request::from_cbor(&std::fs::read(&out).expect("request written")).expect("a request")
    }

    /// Writes a credential file and receives it.
    fn receive(&self, cred: &Credential) -> String {
        let file = self.write("cred.cbor", &cred.to_cbor());
        self.ok(&["receive", &file])
    }

    fn write(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write");
        p.to_string_lossy().to_string()
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The test issuer: a college with a fixed key.
fn issuer() -> (SecretIdentity, IssuerInfo) {
    (
        SecretIdentity::from_seed(&[7; 32]),
        IssuerInfo {
            name: "Doha Technical College".into(),
            kind: IssuerKind::College,
            country: "QA".into(),
        },
    )
}

/// What the issuer CLI does: sign every entry of the request.
fn endorse(request: &Request, key: &SecretIdentity, info: &IssuerInfo) -> Credential {
    let options = EndorseOptions {
        iat: now(),
        exp: Some(now() + 365 * 86_400),
        revocation_index: 0,
        assessed_by: AssessedBy::Test,
    };
    endorse_with_seed(key, info, request, &options, [9; 16]).expect("endorses")
}

fn trust(key: &SecretIdentity, info: &IssuerInfo) -> TrustList {
    TrustList {
        issuers: vec![TrustedIssuer {
            public_key: key.public_key(),
            names: BTreeMap::from([("en".to_string(), info.name.clone())]),
            kind: info.kind,
            country: info.country.clone(),
            valid_from: None,
            valid_until: None,
        }],
    }
}

fn check(text: &str, trust: &TrustList) -> Report {
    verify(
        text.trim(),
        trust,
        &RevocationLists::default(),
        &VerifyOptions::at(now()),
    )
}

/// A logbook with two skills endorsed by the test issuer and one entry
/// that nobody endorsed.
struct Endorsed {
    c: Carnet,
    tiling: String,
    plaster: String,
    welding: String,
}

fn endorsed() -> Endorsed {
    let c = Carnet::init();
    let tiling = c.add(&[
        "skill",
        "--title",
        "Tiling",
        "--level",
        "advanced",
        "--esco",
        ESCO,
        "--country",
        "LB",
        "--from",
        "2019-03",
    ]);
    let plaster = c.add(&["skill", "--title", "Plastering", "--level", "basic"]);
    let welding = c.add(&["skill", "--title", "Welding", "--level", "intermediate"]);
    let request = c.request(&[&tiling[..6], &plaster]);
    assert_eq!(request.entries.len(), 2);
    let claims = &request.entries[0].claims;
    assert_eq!(claims.title.as_deref(), Some("Tiling"));
    assert_eq!(claims.level.as_deref(), Some("advanced"));
    assert_eq!(claims.country.as_deref(), Some("LB"));
    assert_eq!(
        claims.esco.map(|e| e.id.to_string()).as_deref(),
        Some(&ESCO[33..])
    );
    assert_eq!(
        request.entries[0].local_ref.map(|u| u.to_string()),
        Some(tiling.clone())
    );
    let (key, info) = issuer();
    let said = c.receive(&endorse(&request, &key, &info));
    assert!(said.contains("Doha Technical College"), "{said}");
    assert!(said.contains("a college"), "{said}");
    assert!(
        said.contains("Tiling") && said.contains("Plastering"),
        "{said}"
    );
    Endorsed {
        c,
        tiling,
        plaster,
        welding,
    }
}

#[test]
fn request_receive_list_present_verify() {
    let e = endorsed();
    let (key, info) = issuer();

    for command in ["credentials", "wallet"] {
        let list = e.c.ok(&[command]);
        assert!(
            list.contains("Tiling") && list.contains("Plastering"),
            "{list}"
        );
        assert!(
            list.contains("Doha Technical College (a college, QA)"),
            "{list}"
        );
        assert!(!list.contains("Welding"), "{list}");
    }

    let png = e.c.path("x.png");
    let text = e.c.ok(&[
        "present",
        "--select",
        &e.tiling,
        "--out",
        &png.to_string_lossy(),
        "--text",
    ]);
    assert!(text.starts_with("CN1:"), "{text}");
    let report = check(&text, &trust(&key, &info));
    assert_eq!(report.verdict, Verdict::Valid, "{report:#?}");
    assert_eq!(report.items.len(), 1);
    assert_eq!(report.items[0].claims.title.as_deref(), Some("Tiling"));
    assert_eq!(report.items[0].claims.level.as_deref(), Some("advanced"));
    let decoded = carnet_credential::qr::decode_image(&std::fs::read(&png).expect("png written"))
        .expect("the QR code reads back");
    assert_eq!(decoded, text.trim());

    // An unknown verifier still sees a good signature by a named issuer.
    let unknown = check(&text, &TrustList::default());
    assert_eq!(unknown.verdict, Verdict::UnknownIssuer);
}

#[test]
fn fields_hide_the_rest_and_self_declared_is_marked() {
    let e = endorsed();
    let (key, info) = issuer();
    let svg = e.c.path("x.svg");
    let text = e.c.ok(&[
        "present",
        "--select",
        &e.tiling,
        "--fields",
        "title",
        "--self-declared",
        &e.welding,
        "--out",
        &svg.to_string_lossy(),
        "--text",
    ]);
    assert!(std::fs::read_to_string(&svg).expect("svg").contains("<svg"));
    let report = check(&text, &trust(&key, &info));
    let endorsed: Vec<_> = report
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Endorsed { .. }))
        .collect();
    assert_eq!(endorsed.len(), 1, "{report:#?}");
    assert_eq!(endorsed[0].verdict, Verdict::Valid);
    assert_eq!(endorsed[0].claims.title.as_deref(), Some("Tiling"));
    assert_eq!(endorsed[0].claims.level, None, "level hidden");
    assert!(endorsed[0].hidden.contains(&FieldId::Level));
    let declared: Vec<_> = report
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::SelfDeclared)
        .collect();
    assert_eq!(declared.len(), 1);
    assert_eq!(declared[0].verdict, Verdict::SelfDeclared);
    assert_eq!(declared[0].claims.title.as_deref(), Some("Welding"));
    assert_eq!(declared[0].claims.level, None, "--fields applies to it too");
}

#[test]
fn present_json_and_print() {
    let e = endorsed();
    let out = e.c.path("p.png");
    let json = e.c.ok(&[
        "present",
        "--select",
        &e.tiling,
        &e.plaster,
        "--print",
        "--stage",
        "arrival",
        "--out",
        &out.to_string_lossy(),
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["ec"], "Q");
    assert!(
        v["version"].as_u64().is_some_and(|n| (1..=25).contains(&n)),
        "{v}"
    );
    assert!(v["chars"].as_u64().is_some_and(|n| n > 100), "{v}");
    assert_eq!(v["out"], out.to_string_lossy().as_ref());
    // Five years, not a day.
    assert!(
        v["expires"]
            .as_u64()
            .is_some_and(|x| x > now() + 4 * 365 * 86_400),
        "{v}"
    );
}

#[test]
fn refusals_are_plain() {
    let e = endorsed();
    let out = e.c.path("q.png");
    let out = out.to_string_lossy();
    let msg =
        e.c.fails_err(&["present", "--select", &e.welding, "--out", &out], 3);
    assert!(msg.contains("has not been confirmed"), "{msg}");
    let msg = e.c.fails_err(
        &[
            "present", "--select", &e.tiling, "--fields", "colour", "--out", &out,
        ],
        3,
    );
    assert!(msg.contains("\"colour\" is not a part"), "{msg}");
    let msg =
        e.c.fails_err(&["present", "--select", &e.tiling, "--out", "q.jpg"], 3);
    assert!(msg.contains(".png or .svg"), "{msg}");
    let msg = e.c.fails_err(&["present", "--out", &out], 2);
    assert!(msg.contains("Say what to show"), "{msg}");
    assert!(!Path::new(&*out).exists(), "nothing written on refusal");
}

#[test]
fn a_credential_for_another_holder_is_refused() {
    let c = Carnet::init();
    let id = c.add(&["skill", "--title", "Tiling"]);
    let mut request = c.request(&[&id]);
    request.holder = SecretIdentity::from_seed(&[42; 32]).public_key();
    let (key, info) = issuer();
    let file = c.write("other.cbor", &endorse(&request, &key, &info).to_cbor());
    let msg = c.fails_err(&["receive", &file], 3);
    assert!(msg.contains("someone else's logbook"), "{msg}");
    assert!(!c.ok(&["credentials"]).contains("Tiling"));

    // A credential whose bytes were changed after signing.
    let request = c.request(&[&id]);
    let mut forged = endorse(&request, &key, &info);
    forged.entries[0].claims.title = Some("Welding".into());
    let file = c.write("forged.cbor", &forged.to_cbor());
    let msg = c.fails_err(&["receive", &file], 3);
    assert!(msg.contains("does not match"), "{msg}");

    // A request is not a credential.
    let file = c.write("req-as-cred.cbor", &request.to_cbor());
    let msg = c.fails_err(&["receive", &file], 3);
    assert!(msg.contains("not a Carnet credential"), "{msg}");
}

#[test]
fn a_credential_for_a_deleted_entry_is_refused() {
    let c = Carnet::init();
    let id = c.add(&["skill", "--title", "Tiling"]);
    let request = c.request(&[&id]);
    c.ok(&["rm", &id]);
    let (key, info) = issuer();
    let file = c.write("cred.cbor", &endorse(&request, &key, &info).to_cbor());
    let msg = c.fails_err(&["receive", &file], 4);
    assert!(msg.contains("no longer in your logbook"), "{msg}");
}

/// Titles that zlib cannot shrink, so that a few entries overflow a QR code.
fn noisy_title(n: usize) -> String {
    let mut x = 0x2545_f491_u64.wrapping_mul(n as u64 + 1);
    (0..180)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from(b'a' + (x % 26) as u8)
        })
        .collect()
}

#[test]
fn too_many_items_is_refused_with_the_size() {
    let c = Carnet::init();
    let ids: Vec<String> = (0..10)
        .map(|n| c.add(&["skill", "--title", &noisy_title(n)]))
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let request = c.request(&refs);
    let (key, info) = issuer();
    c.receive(&endorse(&request, &key, &info));
    let out = c.path("big.png");
    let out_s = out.to_string_lossy().to_string();
    let mut args = vec!["present", "--select"];
    args.extend_from_slice(&refs);
    args.extend_from_slice(&["--out", &out_s]);
    let msg = c.fails_err(&args, 3);
    assert!(msg.contains("too much for one QR code"), "{msg}");
    assert!(msg.contains("holds 1"), "the capacity is given: {msg}");
    assert!(msg.contains("Select fewer"), "{msg}");
    assert!(!out.exists(), "never a truncated code");
    // Fewer items fit.
    c.ok(&["present", "--select", refs[0], "--out", &out_s]);
    assert!(out.exists());
}
