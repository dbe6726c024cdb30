//! A request travels as a file, a QR code or a `CNR1:` text, and the
//! issuer's `carnet endorse` takes each of them: the real `carnet` binary
//! plays holder and issuer, each in its own data folder. Also: what
//! people are told when they give a presentation where a request belongs,
//! or the other way round, and that a library error has one `--json` code
//! on both sides.

use std::path::Path;

use carnet_credential::{Credential, Request};

mod common;
use common::Carnet as Side;

impl Side {
    fn holder() -> Side {
        Side::init()
    }

    fn issuer() -> Side {
        let s = Side::new();
        s.ok(&[
            "issuer",
            "init",
            "--name",
            "Lisbon Welding School",
            "--country",
            "PT",
            "--kind",
            "college",
        ]);
        s
    }

    fn add(&self, title: &str) -> String {
        self.ok(&["add", "skill", "--title", title, "--level", "advanced"])
            .trim()
            .to_string()
    }

    /// `carnet endorse INPUT… --out cred.cbor`; the credential written.
    fn endorse(&self, input: &[&str]) -> Credential {
        let out = self.path("cred.cbor");
        let _ = std::fs::remove_file(&out);
        let mut args = vec!["endorse"];
        args.extend_from_slice(input);
        args.extend_from_slice(&["--assessed-by", "test", "--out", s(&out)]);
        self.ok(&args);
        Credential::from_cbor(&std::fs::read(&out).expect("credential written"))
            .expect("a credential")
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn request_as_png_is_endorsed_from_the_picture_and_received() {
    let holder = Side::holder();
    let tiling = holder.add("Tiling");
    let png = holder.path("req.png");
    let printed = holder.ok(&["request", &tiling, "--out", s(&png)]);
    assert_eq!(printed.trim(), s(&png), "the path is printed on stdout");
    let bytes = std::fs::read(&png).expect("picture written");
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG, not CBOR");
    // The picture holds the request's CNR1 text, nothing else.
    let text = carnet_credential::qr::decode_image(&bytes).expect("the QR code reads back");
    let request = Request::from_text(&text).expect("a CNR1 request");
    assert_eq!(request.entries.len(), 1);
    assert_eq!(request.entries[0].claims.title.as_deref(), Some("Tiling"));

    let issuer = Side::issuer();
    let picture = issuer.path("photo-of-request.png");
    std::fs::copy(&png, &picture).expect("copy");
    let cred = issuer.endorse(&[s(&picture)]);
    assert_eq!(cred.holder, request.holder, "bound to the holder's key");
    assert_eq!(cred.entries[0].claims.title.as_deref(), Some("Tiling"));

    let received = holder.ok(&["receive", s(&issuer.path("cred.cbor"))]);
    assert!(received.contains("Lisbon Welding School"), "{received}");
    let wallet = holder.ok(&["credentials"]);
    assert!(
        wallet.contains("Tiling") && wallet.contains("Lisbon Welding School"),
        "{wallet}"
    );

    // SVG by its name; any other name still gets the CBOR file.
    let svg = holder.path("req.svg");
    holder.ok(&["request", &tiling, "--out", s(&svg)]);
    assert!(std::fs::read_to_string(&svg).expect("svg").contains("<svg"));
    let cbor = holder.path("req.bin");
    holder.ok(&["request", &tiling, "--out", s(&cbor)]);
    let from_file = Request::from_cbor(&std::fs::read(&cbor).expect("cbor")).expect("request");
    assert_eq!(from_file, request);
}

#[test]
fn request_text_round_trips_through_endorse() {
    let holder = Side::holder();
    let a = holder.add("Plastering");
    let b = holder.add("Welding");
    let text = holder.ok(&["request", &a, &b, "--text"]);
    assert_eq!(text.lines().count(), 1, "stdout is the text alone: {text}");
    assert!(text.starts_with("CNR1:"), "{text}");
    let request = Request::from_text(&text).expect("reads back");
    let titles: Vec<_> = request
        .entries
        .iter()
        .map(|e| e.claims.title.clone().unwrap_or_default())
        .collect();
    assert_eq!(titles, ["Plastering", "Welding"]);

    let issuer = Side::issuer();
    // As a message pasted on the command line…
    let cred = issuer.endorse(&["--text", text.trim()]);
    assert_eq!(cred.entries.len(), 2);
    assert_eq!(cred.holder, request.holder);
    // …and saved in a text file, with the newline an editor adds.
    let file = issuer.path("request.txt");
    std::fs::write(&file, &text).expect("write");
    let cred = issuer.endorse(&[s(&file)]);
    assert_eq!(cred.entries[1].claims.title.as_deref(), Some("Welding"));

    // A file and --text at once is a usage error.
    let (_, msg) = issuer.fails(
        &[
            "endorse",
            s(&file),
            "--text",
            text.trim(),
            "--assessed-by",
            "test",
            "--out",
            s(&issuer.path("x.cbor")),
        ],
        2,
    );
    assert!(msg.contains("--help"), "{msg}");

    // --json: the text with the rest, and no file.
    let v = json(&holder.ok(&["request", &a, "--text", "--json"]));
    assert_eq!(v["out"], serde_json::Value::Null, "{v}");
    assert!(
        v["text"].as_str().is_some_and(|t| t.starts_with("CNR1:")),
        "{v}"
    );
    let png = holder.path("r.png");
    let v = json(&holder.ok(&["request", &a, "--out", s(&png), "--json"]));
    assert_eq!(v["format"], "png", "{v}");
    assert_eq!(v["qr"]["ec"], "M", "{v}");
    assert!(
        v["qr"]["version"]
            .as_u64()
            .is_some_and(|n| (1..=25).contains(&n)),
        "{v}"
    );
}

/// Titles that zlib cannot shrink, so that a few entries overflow a QR code.
fn noisy_title(n: u64) -> String {
    let mut x = 0x2545_f491_u64.wrapping_mul(n + 1);
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
fn a_request_too_large_for_a_qr_code_is_refused_with_its_size() {
    let holder = Side::holder();
    let ids: Vec<String> = (0..10).map(|n| holder.add(&noisy_title(n))).collect();
    let png = holder.path("big.png");
    let mut args = vec!["request"];
    args.extend(ids.iter().map(String::as_str));
    args.extend_from_slice(&["--out", s(&png)]);
    let (_, msg) = holder.fails(&args, 3);
    assert!(msg.contains("too much for one QR code"), "{msg}");
    assert!(msg.contains("holds 1"), "the capacity is given: {msg}");
    assert!(
        msg.contains("fewer entries") && msg.contains(".cbor"),
        "{msg}"
    );
    assert!(!png.exists(), "never a truncated code");
    // The same request as a file is fine.
    let cbor = holder.path("big.cbor");
    let n = args.len();
    args[n - 1] = s(&cbor);
    holder.ok(&args);
    let request = Request::from_cbor(&std::fs::read(&cbor).expect("cbor")).expect("request");
    assert_eq!(request.entries.len(), 10);
}

#[test]
fn a_presentation_is_not_a_request_and_a_request_is_not_a_presentation() {
    let holder = Side::holder();
    let id = holder.add("Tiling");
    let issuer = Side::issuer();
    let req = holder.path("req.cbor");
    holder.ok(&["request", &id, "--out", s(&req)]);
    issuer.endorse(&[s(&req)]);
    holder.ok(&["receive", s(&issuer.path("cred.cbor"))]);
    let qr = holder.path("show.png");
    let cn1 = holder.ok(&["present", "--select", &id, "--out", s(&qr), "--text"]);
    assert!(cn1.starts_with("CN1:"), "{cn1}");

    // A presentation given to endorse, as text or as its picture.
    let no = issuer.path("no.cbor");
    let endorse = |input: &[&str]| {
        let mut args = vec!["endorse"];
        args.extend_from_slice(input);
        args.extend_from_slice(&["--assessed-by", "test", "--out", s(&no)]);
        args.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let run = |args: Vec<String>, code| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        issuer.fails(&refs, code)
    };
    for input in [vec!["--text", cn1.trim()], vec![s(&qr)]] {
        let (_, msg) = run(endorse(&input), 3);
        assert!(msg.contains("shows someone's skills"), "{msg}");
        assert!(msg.contains("carnet verify"), "says which command: {msg}");
        assert!(!issuer.path("no.cbor").exists());
    }
    let mut json_args = endorse(&["--text", cn1.trim()]);
    json_args.push("--json".into());
    let (out, _) = run(json_args, 3);
    assert_eq!(json(&out)["error"]["code"], "endorse-got-presentation");

    // A request given to verify: as text, as its QR picture, as its file.
    let verifier = Side::new();
    let text = holder.ok(&["request", &id, "--text"]);
    let png = holder.path("req.png");
    holder.ok(&["request", &id, "--out", s(&png)]);
    for args in [
        vec!["verify", "--text", text.trim()],
        vec!["verify", s(&png)],
        vec!["verify", s(&req)],
    ] {
        let (_, msg) = verifier.fails(&args, 3);
        assert!(msg.contains("request to confirm"), "{msg}");
        assert!(msg.contains("carnet endorse"), "says which command: {msg}");
    }
    let (out, _) = verifier.fails(&["verify", "--json", "--text", text.trim()], 3);
    assert_eq!(json(&out)["error"]["code"], "verify-got-request");

    // Later versions are "newer", not "not a Carnet code".
    let body = &text.trim()[5..];
    let newer_req = format!("CNR2:{body}");
    let (_, msg) = run(endorse(&["--text", &newer_req]), 3);
    assert!(msg.contains("newer Carnet"), "{msg}");
    let newer_cn = format!("CN2:{}", &cn1.trim()[4..]);
    let (out, _) = verifier.fails(&["verify", "--text", &newer_cn], 25);
    assert!(out.contains("newer Carnet"), "{out}");
}

#[test]
fn one_library_error_has_one_code_on_both_sides() {
    let holder = Side::holder();
    let id = holder.add("Tiling");
    let req = holder.path("req.cbor");
    holder.ok(&["request", &id, "--out", s(&req)]);
    let issuer = Side::issuer();
    let cred = issuer.endorse(&[s(&req)]);

    // Version 9 in a request and in a credential file: both sides refuse
    // "made by a newer Carnet" with the library's code.
    // Key 1 (the version) follows the file type text: `01 01` → `01 09`.
    let newer = |mut bytes: Vec<u8>, magic: &[u8]| {
        let at = bytes
            .windows(magic.len())
            .position(|w| w == magic)
            .expect("file type present")
            + magic.len();
        assert_eq!(bytes[at], 0x01, "key 1 follows the file type");
        bytes[at + 1] = 0x09;
        bytes
    };
    let newer_req = issuer.path("newer-req.cbor");
    std::fs::write(
        &newer_req,
        newer(std::fs::read(&req).expect("req"), b"carnet-request"),
    )
    .expect("write");
    let newer_cred = holder.path("newer-cred.cbor");
    std::fs::write(&newer_cred, newer(cred.to_cbor(), b"carnet-credential")).expect("write");

    let (out, _) = issuer.fails(
        &[
            "endorse",
            s(&newer_req),
            "--assessed-by",
            "test",
            "--out",
            s(&issuer.path("x.cbor")),
            "--json",
        ],
        3,
    );
    let issuer_side = json(&out);
    let (out, _) = holder.fails(&["receive", s(&newer_cred), "--json"], 3);
    let holder_side = json(&out);
    for v in [&issuer_side, &holder_side] {
        assert_eq!(v["error"]["code"], "credential-newer-version", "{v}");
        assert_eq!(v["error"]["exit_code"], 3, "{v}");
        let message = v["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains("newer Carnet"), "{v}");
    }

    // A request handed to receive, a credential handed to endorse: the
    // library's wrong-file code on both sides.
    let (out, msg) = holder.fails(&["receive", s(&req), "--json"], 3);
    assert_eq!(json(&out)["error"]["code"], "credential-wrong-file");
    assert!(msg.contains("not a Carnet credential"), "{msg}");
    let cred_file = issuer.path("cred.cbor");
    let (out, msg) = issuer.fails(
        &[
            "endorse",
            s(&cred_file),
            "--assessed-by",
            "test",
            "--out",
            s(&issuer.path("y.cbor")),
            "--json",
        ],
        3,
    );
    assert_eq!(json(&out)["error"]["code"], "credential-wrong-file");
    assert!(msg.contains("not a Carnet request"), "{msg}");
}
