//! Trust lists in the real app: a recruiter who has only the app checks
//! a code made by a CLI holder and signed by a CLI college. At first the
//! signer is unknown; the app then trusts the network of centres (its
//! key file from `carnet trust anchor show --json`), refuses a trust list
//! changed by one letter (nothing changes), keeps the real one, and the
//! same code is valid; the college takes the endorsement back, the app
//! keeps the college's list, and the same code is revoked.

use std::path::{Path, PathBuf};

use carnet_tests::ok;
use carnet_tests::people::{self, arg as path};
use carnet_tests::webdriver::{app_bin, Session, Xvfb};

use super::{first_run, plain, Folders};

/// What the CLI makes: the network's key file and trust list, the code
/// as text and as a picture, and the college's folder.
struct Made {
    anchor_json: PathBuf,
    bundle: PathBuf,
    text: String,
    picture: PathBuf,
    college: PathBuf,
    /// The revocation index the college gave the endorsement.
    index: u64,
}

/// A holder (its own logbook), a college that endorses its skill, and a
/// network of centres that vouches for the college; then a presentation.
fn prepare(work: &Path) -> Made {
    let (holder, college, network) = (
        work.join("holder"),
        work.join("college"),
        work.join("network"),
    );
    let file = |name: &str| work.join(name);
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
        ],
    )
    .trim()
    .to_string();
    let (shown, college_json) = people::college(&college);
    let index = shown["next_revocation_index"]
        .as_u64()
        .expect("next revocation index");
    ok(
        &holder,
        &["request", &skill, "--out", path(&file("request.cbor"))],
    );
    people::endorse(&college, &file("request.cbor"), &file("cred.cbor"));
    ok(&holder, &["receive", path(&file("cred.cbor"))]);
    let text = ok(
        &holder,
        &[
            "present",
            "--select",
            &skill,
            "--out",
            path(&file("code.png")),
            "--text",
        ],
    )
    .trim()
    .to_string();
    assert!(text.starts_with("CN1:"), "{text}");
    let published = people::network(&network, &[&college_json]);
    Made {
        anchor_json: published.anchor_json,
        bundle: published.bundle,
        text,
        picture: file("code.png"),
        college,
        index,
    }
}

/// Checks the code's text on the verify screen; returns the verdict code.
fn verdict_of_text(app: &Session<'_>, text: &str) -> String {
    let field = app.wait_for("#screen-verify #verify-text");
    app.clear(&field);
    app.type_text(&field, text);
    app.click(&app.wait_for("#verify-check"));
    verdict_shown(app)
}

fn verdict_shown(app: &Session<'_>) -> String {
    app.wait_for_text("#screen-verify #verdict", |t| !t.is_empty());
    let code = app
        .execute("return document.querySelector('#verdict').dataset.verdict")
        .as_str()
        .map(str::to_string)
        .unwrap_or_default();
    app.click(&app.wait_for("#verify-again"));
    code
}

fn open_trust(app: &Session<'_>) {
    app.click(&app.wait_for("#screen-verify #open-trust"));
    app.wait_for("#screen-trust");
}

fn close_trust(app: &Session<'_>) {
    app.click(&app.wait_for("#screen-trust #back"));
    app.wait_for("#screen-verify #verify-text");
}

#[test]
fn the_app_imports_trust_and_status_lists_and_the_verdict_follows() {
    let work = tempfile::tempdir().expect("tempdir");
    let made = prepare(work.path());
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    let app = driver.session(&app_bin(), "trust");
    first_run(&app, false);

    // Nothing trusted yet: the college is an unknown signer.
    app.click(&app.wait_for("#open-verify"));
    assert_eq!(verdict_of_text(&app, &made.text), "unknown-issuer");
    open_trust(&app);
    app.wait_for("#trust-none");
    app.screenshot("trust-empty");

    // Trust the network from its key file: the form fills in, then the
    // person confirms.
    app.upload(&app.wait_for("#anchor-file"), &made.anchor_json);
    let filled = poll_value(&app, "#anchor-key");
    assert_eq!(filled.len(), 64, "{filled}");
    let name = app.execute("return document.querySelector('#anchor-name').value");
    assert_eq!(name.as_str(), Some("Centres network"));
    app.click(&app.wait_for("#anchor-add"));
    let done = plain(&app.wait_for_text("#trust-done", |t| !t.is_empty()));
    assert!(done.contains("You now trust Centres network"), "{done}");
    app.wait_for("li.anchor .no-list");
    // The same key again is refused in words.
    app.upload(&app.wait_for("#anchor-file"), &made.anchor_json);
    poll_value(&app, "#anchor-key");
    app.click(&app.wait_for("#anchor-add"));
    let error = plain(&app.wait_for_text("#screen-trust #error", |t| !t.is_empty()));
    assert!(error.contains("already trust this network"), "{error}");
    assert_eq!(app.count("li.anchor"), 1);

    // A trust list changed by one letter: refused, nothing changes.
    let mut tampered = std::fs::read(&made.bundle).expect("read");
    let at = tampered
        .windows(6)
        .position(|w| w == b"Aleppo")
        .expect("the college's name in the trust list");
    tampered[at] = b'B';
    let tampered_file = work.path().join("tampered.cbor");
    std::fs::write(&tampered_file, &tampered).expect("write");
    app.upload(&app.wait_for("#bundle-file"), &tampered_file);
    let error = plain(&app.wait_for_text("#screen-trust #error", |t| t.contains("trust list")));
    assert!(
        error.contains("The signature on this trust list does not match"),
        "{error}"
    );
    assert_eq!(app.count("#trust-done"), 0);
    app.wait_for("li.anchor .no-list");
    app.screenshot("trust-tampered");
    close_trust(&app);
    assert_eq!(verdict_of_text(&app, &made.text), "unknown-issuer");

    // The real trust list: the college is listed, and the same picture is
    // now valid.
    open_trust(&app);
    app.upload(&app.wait_for("#bundle-file"), &made.bundle);
    let done = plain(&app.wait_for_text("#trust-done", |t| t.contains("Trust list")));
    assert!(done.contains("Centres network"), "{done}");
    assert!(done.contains("1 place"), "{done}");
    let line = plain(&app.wait_for_text("li.anchor .bundle-line", |t| !t.is_empty()));
    assert!(line.contains("today"), "{line}");
    let issuers = app.wait_for_text("li.anchor .issuers", |t| !t.is_empty());
    assert!(issuers.contains("Aleppo Technical College"), "{issuers}");
    app.screenshot("trust-held");
    close_trust(&app);
    app.upload(&app.wait_for("#verify-picture"), &made.picture);
    assert_eq!(verdict_shown(&app), "valid");
    assert_eq!(verdict_of_text(&app, &made.text), "valid");

    // The college takes the endorsement back; the app keeps its list.
    let index = made.index.to_string();
    ok(&made.college, &["issuer", "revoke", &index]);
    let list = work.path().join("list.cbor");
    ok(
        &made.college,
        &["issuer", "status-list", "--out", path(&list)],
    );
    open_trust(&app);
    app.upload(&app.wait_for("#status-file"), &list);
    let done = plain(&app.wait_for_text("#trust-done", |t| t.contains("taken back")));
    assert!(done.contains("Aleppo Technical College"), "{done}");
    assert!(done.contains("1 endorsement taken back"), "{done}");
    let held = plain(&app.wait_for_text("#status-lists li", |t| !t.is_empty()));
    assert!(held.contains("1 taken back"), "{held}");
    app.screenshot("trust-status");
    close_trust(&app);
    assert_eq!(verdict_of_text(&app, &made.text), "revoked");

    // Stop trusting the network: asked first (Cancel keeps it), then its
    // list is gone and the college is an unknown signer again.
    open_trust(&app);
    app.click(&app.wait_for("li.anchor .remove-anchor"));
    let question = plain(&app.wait_for_text("#remove-anchor-question", |t| !t.is_empty()));
    assert!(question.contains("Centres network"), "{question}");
    app.click(&app.wait_for("li.anchor .confirm button.secondary"));
    app.wait_for("li.anchor .remove-anchor");
    assert_eq!(app.count("li.anchor"), 1);
    app.click(&app.wait_for("li.anchor .remove-anchor"));
    app.click(&app.wait_for("li.anchor .confirm-remove-anchor"));
    let done = plain(&app.wait_for_text("#trust-done", |t| t.contains("no longer")));
    assert!(done.contains("Centres network"), "{done}");
    app.wait_for("#trust-none");
    assert_eq!(app.count("li.anchor"), 0);
    app.screenshot("trust-removed");
    close_trust(&app);
    assert_eq!(verdict_of_text(&app, &made.text), "unknown-issuer");
}

/// The value of an input once it is not empty (bounded wait).
fn poll_value(app: &Session<'_>, css: &str) -> String {
    carnet_tests::webdriver::poll(std::time::Duration::from_secs(20), || {
        let v = app.execute(&format!(
            "return document.querySelector('{css}')?.value ?? ''"
        ));
        v.as_str().filter(|s| !s.is_empty()).map(str::to_string)
    })
    .unwrap_or_else(|| app.fail(&format!("{css} stayed empty")))
}
