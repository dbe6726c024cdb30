//! The credential flow between separate data directories, through the real
//! `carnet` binary only: a holder asks, a college endorses, the holder
//! shows a QR picture, a recruiter verifies it offline; then the college
//! revokes it and the recruiter sees that too.

use std::path::Path;

use carnet_tests::people::{self, arg as path};
use carnet_tests::{ok, run};

const VALID: i32 = 0;
const UNKNOWN_ISSUER: i32 = 21;
const REVOKED: i32 = 23;

fn verify(verifier: &Path, picture: &Path) -> (i32, String) {
    let out = run(verifier, &["verify", path(picture)]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn request_endorse_receive_present_verify_revoke() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (holder, college, network, recruiter) = (
        tmp.path().join("holder"),
        tmp.path().join("college"),
        tmp.path().join("network"),
        tmp.path().join("recruiter"),
    );
    let file = |name: &str| tmp.path().join(name);

    // The holder records a skill and asks for an endorsement.
    ok(&holder, &["init"]);
    let skill = ok(
        &holder,
        &[
            "add",
            "skill",
            "--title",
            "MIG welding",
            "--level",
            "advanced",
            "--country",
            "SY",
        ],
    );
    let skill = skill.trim();
    ok(
        &holder,
        &["request", skill, "--out", path(&file("req.cbor"))],
    );

    // The college, in its own data directory, endorses it.
    let (_, college_json) = people::college(&college);
    people::endorse(&college, &file("req.cbor"), &file("cred.cbor"));

    // The holder receives it and shows it as a QR picture.
    let received = ok(&holder, &["receive", path(&file("cred.cbor"))]);
    assert!(received.contains("Aleppo Technical College"), "{received}");
    assert!(ok(&holder, &["wallet"]).contains("Aleppo Technical College"));
    let cn1 = ok(
        &holder,
        &[
            "present",
            "--select",
            skill,
            "--out",
            path(&file("qr.png")),
            "--text",
        ],
    );
    assert!(cn1.trim().starts_with("CN1:"), "{cn1}");

    // A recruiter who trusts nobody yet: the signature holds, the issuer is
    // not vouched for.
    let (code, said) = verify(&recruiter, &file("qr.png"));
    assert_eq!(code, UNKNOWN_ISSUER, "{said}");

    // A network of centres vouches for the college; the recruiter trusts the
    // network's anchor key and imports its bundle.
    people::trust(&recruiter, &people::network(&network, &[&college_json]));
    let (code, said) = verify(&recruiter, &file("qr.png"));
    assert_eq!(code, VALID, "{said}");
    assert!(
        said.contains("MIG welding") && said.contains("Aleppo Technical College"),
        "{said}"
    );

    // The college revokes the credential; the recruiter imports the list.
    let index = {
        let shown: serde_json::Value =
            serde_json::from_str(&ok(&college, &["issuer", "show", "--json"])).expect("json");
        shown["next_revocation_index"].as_u64().expect("index") - 1
    };
    ok(&college, &["issuer", "revoke", &index.to_string()]);
    ok(
        &college,
        &["issuer", "status-list", "--out", path(&file("list.cbor"))],
    );
    ok(
        &recruiter,
        &["revocation", "import", path(&file("list.cbor"))],
    );
    let (code, said) = verify(&recruiter, &file("qr.png"));
    assert_eq!(code, REVOKED, "{said}");
}
