//! `carnet export-credential`: the issuer CLI endorses, the holder CLI
//! receives and exports the W3C VC / Open Badges 3.0 form, each in its own
//! data folder, through the real `carnet` binary.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use carnet_credential::endorsement::endorse_with_seed;
use carnet_credential::vc;
use carnet_credential::{
    AssessedBy, EndorseOptions, IssuerInfo, IssuerKind, Request, SecretIdentity,
};
use tempfile::TempDir;

const PASS: &str = "correct horse";
const ESCO: &str = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(args)
        .env("CARNET_DATA_DIR", dir)
        .env("CARNET_PASSPHRASE", PASS)
        .env("LC_ALL", "en")
        .env_remove("LANGUAGE")
        .env_remove("CARNET_NEW_PASSPHRASE")
        .env_remove("CARNET_FAILPOINT")
        .stdin(Stdio::null())
        .output()
        .expect("carnet runs")
}

fn expect(dir: &Path, args: &[&str], code: i32) -> Output {
    let out = run(dir, args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "carnet {args:?}\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn ok(dir: &Path, args: &[&str]) -> String {
    String::from_utf8_lossy(&expect(dir, args, 0).stdout).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn endorse_receive_export_as_vc_and_jwt() {
    let tmp = TempDir::new().expect("tempdir");
    let (holder, college) = (tmp.path().join("holder"), tmp.path().join("college"));
    let file = |n: &str| tmp.path().join(n);
    ok(&holder, &["init"]);
    let tiling = ok(
        &holder,
        &[
            "add", "skill", "--title", "Tiling", "--level", "advanced", "--esco", ESCO, "--from",
            "2019-03",
        ],
    );
    let tiling = tiling.trim();
    ok(&holder, &["request", tiling, "--out", s(&file("req.cbor"))]);
    ok(
        &college,
        &[
            "issuer",
            "init",
            "--name",
            "Doha Technical College",
            "--country",
            "QA",
            "--kind",
            "college",
        ],
    );
    ok(
        &college,
        &[
            "endorse",
            s(&file("req.cbor")),
            "--assessed-by",
            "test",
            "--out",
            s(&file("cred.cbor")),
        ],
    );
    ok(&holder, &["receive", s(&file("cred.cbor"))]);

    // JSON with a Data Integrity proof.
    let printed = ok(
        &holder,
        &[
            "export-credential",
            &tiling[..6],
            "--format",
            "vc",
            "--out",
            s(&file("x.json")),
        ],
    );
    assert_eq!(printed.trim(), s(&file("x.json")));
    let json = std::fs::read(file("x.json")).expect("written");
    let doc: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert_eq!(doc["type"][1], "OpenBadgeCredential");
    assert_eq!(doc["issuer"]["name"], "Doha Technical College");
    let alignment = &doc["credentialSubject"]["achievement"]["alignment"][0];
    assert_eq!(alignment["targetUrl"], ESCO);
    assert_eq!(alignment["targetFramework"], "ESCO");
    assert_eq!(doc["proof"]["cryptosuite"], "eddsa-jcs-2022");
    let issuer_did = doc["issuer"]["id"].as_str().expect("issuer did");
    let issuer_key = vc::key_from_did(issuer_did).expect("did:key");
    assert!(vc::verify_proof(&json, &issuer_key));

    // The same on stdout.
    let shown = ok(&holder, &["export-credential", tiling, "--format", "vc"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&shown).expect("json"),
        doc
    );

    // VC-JWT.
    ok(
        &holder,
        &[
            "export-credential",
            tiling,
            "--format",
            "vc",
            "--jwt",
            "--out",
            s(&file("x.jwt")),
        ],
    );
    let jwt = std::fs::read_to_string(file("x.jwt")).expect("written");
    let jwt = jwt.trim();
    assert_eq!(jwt.split('.').count(), 3, "{jwt}");
    assert!(vc::verify_jwt(jwt, &issuer_key));

    // Only `vc` is a format.
    expect(
        &holder,
        &["export-credential", tiling, "--format", "pdf"],
        2,
    );
}

#[test]
fn a_credential_made_before_vcs_says_how_to_get_one() {
    let tmp = TempDir::new().expect("tempdir");
    let holder = tmp.path().join("holder");
    ok(&holder, &["init"]);
    let id = ok(&holder, &["add", "skill", "--title", "Plastering"]);
    let id = id.trim();
    let req = tmp.path().join("req.cbor");
    ok(&holder, &["request", id, "--out", s(&req)]);
    let request = Request::from_cbor(&std::fs::read(&req).expect("read")).expect("request");
    // What an older `carnet endorse` wrote: no VCs (a version-1 file).
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let cred = endorse_with_seed(
        &SecretIdentity::from_seed(&[7; 32]),
        &IssuerInfo {
            name: "Old Centre".into(),
            kind: IssuerKind::Centre,
            country: "LB".into(),
        },
        &request,
        &EndorseOptions {
            iat: now,
            exp: None,
            revocation_index: 0,
            assessed_by: AssessedBy::Observation,
        },
        [1; 16],
    )
    .expect("endorses");
    let file = tmp.path().join("cred.cbor");
    std::fs::write(&file, cred.to_cbor()).expect("write");
    ok(&holder, &["receive", s(&file)]);
    let out = expect(&holder, &["export-credential", id, "--format", "vc"], 3);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("Old Centre") && said.contains("carnet request"),
        "{said}"
    );
    assert!(out.stdout.is_empty());
}
