//! The issuer and verifier commands, run as the real `carnet` binary on
//! separate data folders (issuer, trust anchor, verifier). Requests and
//! presentations are made with carnet-credential directly, as the holder
//! would, so these tests do not depend on the holder commands.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use carnet_credential::qr::{self, EcLevel};
use carnet_credential::{
    Claims, Credential, Entry, EntryKind, PresentationInput, Request, SecretIdentity, Selection,
    Stage,
};
use tempfile::TempDir;

const PASS: &str = "issuer secret";

fn run_in(dir: &Path, args: &[&str], pass: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(args)
        .env("CARNET_DATA_DIR", dir)
        .env("CARNET_PASSPHRASE", pass)
        .env("LC_ALL", "en")
        .env_remove("LANGUAGE")
        .env_remove("CARNET_NEW_PASSPHRASE")
        .stdin(Stdio::null())
        .output()
        .expect("carnet runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs and expects `want` as exit code, showing the output otherwise.
fn expect(dir: &Path, args: &[&str], want: i32) -> Output {
    let o = run_in(dir, args, PASS);
    assert_eq!(
        code(&o),
        want,
        "carnet {args:?}\nstdout: {}\nstderr: {}",
        stdout(&o),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn holder() -> SecretIdentity {
    SecretIdentity::from_seed(&[42; 32])
}

fn request() -> Request {
    let claims = Claims {
        kind: Some(EntryKind::Skill),
        title: Some("Welding".into()),
        level: Some("advanced".into()),
        country: Some("PT".into()),
        ..Claims::default()
    };
    Request::new(
        holder().public_key(),
        vec![Entry {
            local_ref: None,
            claims,
        }],
    )
    .expect("request")
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn present(credential: &Credential) -> String {
    let input = PresentationInput {
        stage: Stage::Arrival,
        iat: now(),
        exp: now() + 3600,
        audience: None,
        nonce: None,
        endorsements: vec![Selection::all(credential)],
        self_declared: Vec::new(),
        known_issuers: Vec::new(),
    };
    carnet_credential::present(&holder(), &input).expect("presentation")
}

/// An issuer made with `issuer init` in its own data folder.
fn issuer(kind: &str) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    expect(
        dir.path(),
        &[
            "issuer",
            "init",
            "--name",
            "Lisbon Welding School",
            "--country",
            "pt",
            "--kind",
            kind,
        ],
        0,
    );
    dir
}

/// Endorses the library-made request; returns the credential.
fn endorse(issuer: &Path) -> Credential {
    let req = issuer.join("req.cbor");
    std::fs::write(&req, request().to_cbor()).expect("write request");
    let out = issuer.join("cred.cbor");
    let args = [
        "endorse",
        req.to_str().expect("utf-8"),
        "--assessed-by",
        "observation",
        "--valid-days",
        "365",
        "--out",
        out.to_str().expect("utf-8"),
    ];
    expect(issuer, &args, 0);
    Credential::from_cbor(&std::fs::read(&out).expect("credential file")).expect("credential")
}

#[test]
fn issuer_init_show_and_refusals() {
    let dir = issuer("college");
    let o = expect(dir.path(), &["issuer", "show", "--json"], 0);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("json");
    assert_eq!(v["name"], "Lisbon Welding School");
    assert_eq!(v["country"], "PT");
    assert_eq!(v["kind"], "college");
    assert_eq!(v["public_key"].as_str().map(str::len), Some(64));
    assert_eq!(v["kid"].as_str().map(str::len), Some(16));
    let text = stdout(&expect(dir.path(), &["issuer", "show"], 0));
    assert!(text.contains("a college"), "{text}");

    // A second identity would orphan every credential of the first.
    let again = [
        "issuer",
        "init",
        "--name",
        "X",
        "--country",
        "PT",
        "--kind",
        "trainer",
    ];
    expect(dir.path(), &again, 9);
    let empty = tempfile::tempdir().expect("temp dir");
    let bad_kind = [
        "issuer",
        "init",
        "--name",
        "X",
        "--country",
        "PT",
        "--kind",
        "king",
    ];
    expect(empty.path(), &bad_kind, 3);
    expect(empty.path(), &["issuer", "show"], 4);
}

#[test]
fn endorse_signs_the_request_and_wrong_passphrase_is_5() {
    let dir = issuer("trainer");
    let cred = endorse(dir.path());
    cred.check(&holder().public_key())
        .expect("valid credential");
    assert_eq!(cred.issuer.name, "Lisbon Welding School");
    assert_eq!(cred.issuer.country, "PT");
    assert_eq!(cred.revocation_index, 0);
    assert!(cred.exp.is_some());
    assert_eq!(cred.entries[0].claims.title.as_deref(), Some("Welding"));
    // The counter moved on: the next credential gets the next index.
    assert_eq!(endorse(dir.path()).revocation_index, 1);

    let req = dir.path().join("req.cbor");
    let out = dir.path().join("other.cbor");
    let args = [
        "endorse",
        req.to_str().expect("utf-8"),
        "--assessed-by",
        "test",
        "--out",
        out.to_str().expect("utf-8"),
    ];
    let o = run_in(dir.path(), &args, "not the passphrase");
    assert_eq!(code(&o), 5, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!out.exists());
    let bad_how = [
        "endorse",
        req.to_str().expect("utf-8"),
        "--assessed-by",
        "guess",
        "--out",
        out.to_str().expect("utf-8"),
    ];
    expect(dir.path(), &bad_how, 3);
}

#[test]
fn verify_trust_revocation_and_failures() {
    let iss = issuer("colleague");
    let cred = endorse(iss.path());
    let cn1 = present(&cred);

    // A verifier with no trust yet: signed, but by someone unknown.
    let ver = tempfile::tempdir().expect("temp dir");
    let v = ver.path();
    let o = expect(v, &["verify", "--text", &cn1], 21);
    let text = stdout(&o);
    assert!(text.contains("Lisbon Welding School"), "{text}");
    assert!(text.contains("colleague"), "{text}");

    // A trust anchor vouches for the issuer.
    let anchor = tempfile::tempdir().expect("temp dir");
    let a = anchor.path();
    expect(
        a,
        &["trust", "anchor", "init", "--name", "Welders Network"],
        0,
    );
    let shown = stdout(&expect(a, &["trust", "anchor", "show", "--json"], 0));
    let shown: serde_json::Value = serde_json::from_str(shown.trim()).expect("json");
    let anchor_key = shown["public_key"].as_str().expect("key").to_string();
    let issuer_json = a.join("school.json");
    let show = expect(iss.path(), &["issuer", "show", "--json"], 0);
    std::fs::write(&issuer_json, &show.stdout).expect("write");
    let bundle = a.join("bundle.cbor");
    expect(
        a,
        &[
            "trust",
            "bundle",
            "--issuer",
            issuer_json.to_str().expect("utf-8"),
            "--out",
            bundle.to_str().expect("utf-8"),
        ],
        0,
    );

    // Importing before trusting the anchor is refused.
    let bundle_arg = bundle.to_str().expect("utf-8");
    expect(v, &["trust", "import", bundle_arg], 3);
    expect(
        v,
        &[
            "trust",
            "anchor",
            "add",
            &anchor_key,
            "--name",
            "Welders Network",
        ],
        0,
    );
    expect(v, &["trust", "import", bundle_arg], 0);
    // The same bundle again would roll nothing forward.
    expect(v, &["trust", "import", bundle_arg], 9);
    let list = stdout(&expect(v, &["trust", "list"], 0));
    assert!(list.contains("Lisbon Welding School"), "{list}");
    assert!(list.contains("today"), "{list}");

    let o = expect(v, &["verify", "--text", &cn1], 0);
    let text = stdout(&o);
    assert!(text.contains("Valid"), "{text}");
    assert!(text.contains("Welding"), "{text}");
    assert!(text.contains("colleague's word"), "{text}");
    assert!(text.contains("Trust list from today"), "{text}");

    // The same from a picture of the QR code.
    let png = qr::render(&cn1, EcLevel::M, 40)
        .and_then(|q| q.to_png(8))
        .expect("png");
    let png_path = v.join("qr.png");
    std::fs::write(&png_path, png).expect("write png");
    expect(v, &["verify", png_path.to_str().expect("utf-8")], 0);

    // JSON for tools: the report itself.
    let o = expect(v, &["verify", "--json", "--text", &cn1], 0);
    let report: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("json");
    assert_eq!(report["verdict"], "valid");

    // A changed signature byte: tampered.
    let mut cose = carnet_credential::text::decode(&cn1).expect("decode");
    let last = cose.len() - 1;
    cose[last] ^= 1;
    let forged = carnet_credential::text::encode(&cose);
    expect(v, &["verify", "--text", &forged], 24);
    // Not a Carnet code at all.
    expect(v, &["verify", "--text", "hello"], 25);
    expect(v, &["verify", "--text", "CN1:%%%%"], 25);

    // The issuer takes it back and publishes the list.
    expect(iss.path(), &["issuer", "revoke", "5"], 4);
    expect(iss.path(), &["issuer", "revoke", "0"], 0);
    let list_file = iss.path().join("list.cbor");
    let list_arg = list_file.to_str().expect("utf-8");
    expect(iss.path(), &["issuer", "status-list", "--out", list_arg], 0);
    expect(v, &["revocation", "import", list_arg], 0);
    let o = expect(v, &["verify", "--text", &cn1], 23);
    assert!(stdout(&o).contains("Taken back"), "{}", stdout(&o));
}

#[test]
fn verify_json_is_one_report_whatever_the_verdict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = expect(
        dir.path(),
        &["verify", "--json", "--text", "CN1:NOT-BASE45!!"],
        25,
    );
    let out = stdout(&o);
    let report: serde_json::Value =
        serde_json::from_str(out.trim()).expect("stdout is exactly one JSON document");
    assert_eq!(report["verdict"], "malformed", "{report}");
}

/// The `verify --json` tables of docs/cli.md: section name (`report`,
/// `item`…) → rows of (key, presence) as written there.
fn documented_json_shape() -> std::collections::BTreeMap<String, Vec<(String, String)>> {
    let doc = std::fs::read_to_string(
        std::env::var_os("CARGO_MANIFEST_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
            .join("../../docs/cli.md"),
    )
    .expect("docs/cli.md");
    let mut tables = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        if let Some(name) = line.strip_prefix("#### verify --json: ") {
            current = Some(name.trim().to_string());
            continue;
        }
        if line.starts_with('#') {
            current = None;
        }
        let Some(name) = &current else { continue };
        // A row: | `key` | type | presence | meaning |, with `\|` inside cells.
        let cells: Vec<String> = line
            .replace("\\|", "\u{0}")
            .split('|')
            .map(|c| c.trim().replace('\u{0}', "|"))
            .collect();
        if cells.len() < 5 || !cells[1].starts_with('`') {
            continue;
        }
        let key = cells[1].trim_matches('`').to_string();
        tables
            .entry(name.clone())
            .or_insert_with(Vec::new)
            .push((key, cells[3].clone()));
    }
    tables
}

/// Checks one object against its documented table: no undocumented key,
/// every "always" key there, "endorsed only" keys exactly on endorsed
/// items. Returns the keys seen.
fn check_documented(
    tables: &std::collections::BTreeMap<String, Vec<(String, String)>>,
    table: &str,
    v: &serde_json::Value,
) -> Vec<String> {
    let rows = tables
        .get(table)
        .unwrap_or_else(|| panic!("docs/cli.md has no table 'verify --json: {table}'"));
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{table} is not an object: {v}"));
    for key in obj.keys() {
        assert!(
            rows.iter().any(|(k, _)| k == key),
            "`{key}` of {table} is not in docs/cli.md: {v}"
        );
    }
    let endorsed = obj.get("type").and_then(|t| t.as_str()) == Some("endorsed");
    for (key, presence) in rows {
        match presence.as_str() {
            "always" => assert!(obj.contains_key(key), "{table} lacks `{key}`: {v}"),
            "endorsed only" => assert_eq!(
                obj.contains_key(key),
                endorsed,
                "{table} `{key}` is for endorsed items only: {v}"
            ),
            "optional" => {}
            other => panic!("docs/cli.md: unknown presence {other:?} for `{key}`"),
        }
    }
    obj.keys().cloned().collect()
}

#[test]
fn verify_json_matches_its_documentation() {
    use carnet_credential::Claims;
    let tables = documented_json_shape();
    for t in [
        "report",
        "presentation",
        "item",
        "issuer",
        "reason",
        "claims",
    ] {
        assert!(tables.contains_key(t), "docs/cli.md lacks the {t} table");
    }

    // A verifier with a trust bundle and the issuer's status list, so that
    // the ages are in the report too.
    let iss = issuer("college");
    let cred = endorse(iss.path());
    let anchor = tempfile::tempdir().expect("temp dir");
    let a = anchor.path();
    expect(a, &["trust", "anchor", "init", "--name", "Network"], 0);
    let shown = stdout(&expect(a, &["trust", "anchor", "show", "--json"], 0));
    let shown: serde_json::Value = serde_json::from_str(shown.trim()).expect("json");
    let issuer_json = a.join("school.json");
    let show = expect(iss.path(), &["issuer", "show", "--json"], 0);
    std::fs::write(&issuer_json, &show.stdout).expect("write");
    let bundle = a.join("bundle.cbor");
    let (ij, b) = (
        issuer_json.to_str().expect("utf-8"),
        bundle.to_str().expect("utf-8"),
    );
    expect(a, &["trust", "bundle", "--issuer", ij, "--out", b], 0);
    let ver = tempfile::tempdir().expect("temp dir");
    let v = ver.path();
    let key = shown["public_key"].as_str().expect("key");
    expect(v, &["trust", "anchor", "add", key, "--name", "Network"], 0);
    expect(v, &["trust", "import", b], 0);
    let list = iss.path().join("list.cbor");
    let l = list.to_str().expect("utf-8");
    expect(iss.path(), &["issuer", "status-list", "--out", l], 0);
    expect(v, &["revocation", "import", l], 0);

    // One endorsed and one self-declared entry, with audience and nonce.
    let input = PresentationInput {
        stage: Stage::Arrival,
        iat: now(),
        exp: now() + 3600,
        audience: Some("Porto Shipyard".into()),
        nonce: Some(vec![0x3f, 0xa9]),
        endorsements: vec![Selection::all(&cred)],
        self_declared: vec![Claims {
            title: Some("Forklift driving".into()),
            ..Claims::default()
        }],
        known_issuers: Vec::new(),
    };
    let cn1 = carnet_credential::present(&holder(), &input).expect("presentation");
    let args = [
        "verify",
        "--json",
        "--text",
        &cn1,
        "--nonce",
        "3fa9",
        "--audience",
        "Porto Shipyard",
    ];
    let o = expect(v, &args, 20);
    let report: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("json");
    assert_eq!(report["verdict"], "self-declared", "{report}");

    let mut seen: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    let mut note = |table: &'static str, value: &serde_json::Value| {
        let keys = check_documented(&tables, table, value);
        seen.entry(table).or_default().extend(keys);
    };
    note("report", &report);
    note("presentation", &report["presentation"]);
    let reasons = |v: &serde_json::Value| v.as_array().cloned().unwrap_or_default();
    for r in reasons(&report["reasons"]) {
        note("reason", &r);
    }
    let items = report["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 2, "{report}");
    for item in &items {
        note("item", item);
        note("claims", &item["claims"]);
        for r in reasons(&item["reasons"]) {
            note("reason", &r);
        }
        if item["type"] == "endorsed" {
            note("issuer", &item["issuer"]);
            let claimed = item["issuer"]["claimed"].as_object().expect("claimed");
            let mut keys: Vec<&str> = claimed.keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(keys, ["country", "kind", "name"], "{item}");
        }
    }
    // Every documented key of these tables showed up in this run (claims
    // has more fields than one entry carries).
    for table in ["report", "presentation", "item", "issuer", "reason"] {
        for (key, _) in &tables[table] {
            assert!(
                seen[table].contains(key),
                "`{key}` of {table} never appeared; is it still produced? {report}"
            );
        }
    }
    // The values a consumer reads most, as documented.
    let endorsed = &items[0];
    assert_eq!(endorsed["type"], "endorsed");
    assert_eq!(endorsed["verdict"], "valid");
    assert_eq!(endorsed["assessed_by"], "observation");
    assert_eq!(endorsed["claims"]["title"], "Welding");
    assert_eq!(endorsed["issuer"]["trusted"], true);
    assert_eq!(endorsed["issuer"]["kid"].as_str().map(str::len), Some(16));
    assert!(endorsed["exp"].as_u64().is_some_and(|e| e % 86_400 == 0));
    let day_ago = now() - 86_400;
    for age in [&report["trust_issued_at"], &endorsed["status_issued_at"]] {
        assert!(
            age.as_u64().is_some_and(|t| t > day_ago && t <= now()),
            "{report}"
        );
    }
    assert_eq!(items[1]["type"], "self-declared");
    assert_eq!(items[1]["verdict"], "self-declared");
    assert_eq!(report["presentation"]["nonce"], "3fa9");
    assert_eq!(report["presentation"]["stage"], "arrival");
}
