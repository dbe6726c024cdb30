//! Credentials in the real app: the app asks for a signature with a QR
//! code; a college (the `carnet` CLI, its own data folder) signs from a
//! picture of that screen; the app keeps the signed file, and a network
//! of centres vouches for the college in a trust list this device
//! imported. The app lists the endorsement as checked, shows the skill
//! and a self-declared entry as one QR code that a camera can read (the
//! window's pixels are decoded) with the right verdicts in "what the
//! checker will see", and checks a picture of its own screen, a file
//! that is no picture, and a tampered text.

use std::path::Path;

use carnet_tests::people::{self, arg as path};
use carnet_tests::webdriver::{app_bin, Session, Xvfb};
use carnet_tests::{ok, run, PASSPHRASE};

use super::Folders;

/// ESCO v1.1.1 "operate welding equipment".
const WELDING_EQUIPMENT: &str =
    "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4";

/// The CLI side, before the app opens the folder: a logbook with a skill
/// and an experience, a college's issuer key, and this device trusting a
/// network that vouches for the college; returns the skill's id.
fn prepare(data: &Path, work: &Path) -> String {
    ok(data, &["init"]);
    let skill = ok(
        data,
        &[
            "add",
            "skill",
            "--title",
            "MIG welding",
            "--level",
            "advanced",
            "--country",
            "SY",
            "--esco",
            WELDING_EQUIPMENT,
        ],
    );
    let skill = skill.trim().to_string();
    ok(data, &["add", "experience", "--title", "Driving a truck"]);
    // This device trusts a network of centres, which vouches for the college.
    let (_, college) = people::college(&work.join("college"));
    people::trust(data, &people::network(&work.join("network"), &[&college]));
    skill
}

/// A picture of the window once it shows the QR code holding `text`.
/// WebKit's window snapshot can lag a frame behind the page (the element
/// is in the DOM before it is painted), so this looks again, bounded, as
/// a camera would until the screen has changed.
fn picture_of_code(app: &Session<'_>, text: &str) -> Vec<u8> {
    carnet_tests::webdriver::poll(std::time::Duration::from_secs(20), || {
        let png = app.window_png();
        let read = carnet_credential::qr::decode_image(&png).ok()?;
        (read == text).then_some(png)
    })
    .unwrap_or_else(|| app.fail("the QR code on screen never read back as its text"))
}

fn unlock(app: &Session<'_>) {
    app.type_text(&app.wait_for("#screen-unlock #passphrase"), PASSPHRASE);
    app.click(&app.wait_for("#unlock"));
    app.wait_for("#screen-logbook");
}

#[test]
fn endorsed_skill_in_the_wallet_shown_as_a_qr_code_and_checked() {
    let folders = Folders::new();
    let data = folders.data();
    let work = tempfile::tempdir().expect("tempdir");
    let skill = prepare(&data, work.path());
    let xvfb = Xvfb::start();
    let asset = carnet_tests::manifest_dir().join("../assets/esco/esco.sqlite");
    let driver = folders.start(&xvfb, &[("CARNET_ESCO", &asset)]);
    let app = driver.session(&app_bin(), "wallet");
    unlock(&app);

    // Ask for a signature: the college scans the code on the screen.
    app.click(&app.wait_for(&format!("li.entry[data-id='{skill}'] .ask")));
    app.wait_for("#screen-request #request-qr svg");
    let request = app
        .execute("return document.querySelector('#request-qr').dataset.text")
        .as_str()
        .map(str::to_string)
        .expect("the request's text");
    assert!(request.starts_with("CNR1:"), "{request}");
    let shot = work.path().join("request-screen.png");
    std::fs::write(&shot, picture_of_code(&app, &request)).expect("write");
    app.screenshot("request");
    let cred = work.path().join("cred.cbor");
    people::endorse(&work.path().join("college"), &shot, &cred);

    // Keep the signed file: a wrong file first, which changes nothing.
    app.click(&app.wait_for("#screen-request #back"));
    app.click(&app.wait_for("#open-wallet"));
    app.wait_for("#screen-wallet #empty");
    let junk = work.path().join("junk.cbor");
    std::fs::write(&junk, b"not a credential").expect("write");
    app.type_text(&app.wait_for("#receive-file"), path(&junk));
    let error = app.wait_for_text("#screen-wallet #error", |t| !t.is_empty());
    assert!(error.contains("not a signed endorsement"), "{error}");
    app.type_text(&app.wait_for("#receive-file"), path(&cred));
    let kept = app.wait_for_text("#received", |t| !t.is_empty());
    assert!(kept.contains("Aleppo Technical College"), "{kept}");
    assert!(kept.contains("MIG welding"), "{kept}");

    // The wallet: who signed, and that this device's trust list knows them.
    let item = format!("#screen-wallet li[data-entry='{skill}']");
    let issuer = app.wait_for_text(&format!("{item} .issuer"), |t| !t.is_empty());
    assert!(issuer.contains("Aleppo Technical College"), "{issuer}");
    assert!(issuer.contains("a college"), "{issuer}");
    let standing = app.wait_for_text(&format!("{item} .standing"), |t| !t.is_empty());
    assert!(standing.starts_with("Checked"), "{standing}");
    assert_eq!(app.count("#screen-wallet li.credential"), 1);
    app.screenshot("wallet");

    // Show my skills: the endorsed skill is chosen already; add the
    // self-declared experience, then one QR code.
    app.click(&app.wait_for("#open-present"));
    app.wait_for(&format!("#choose-endorsed label[data-id='{skill}'] input"));
    let endorsed_box = app.execute(&format!(
        "return document.querySelector(\"#choose-endorsed label[data-id='{skill}'] input\").checked"
    ));
    assert_eq!(endorsed_box, serde_json::json!(true));
    app.click(&app.wait_for("#choose-self label.check input"));
    app.screenshot("present-choose");
    app.click(&app.wait_for("#make-qr"));
    app.wait_for("#screen-qr #qr svg");
    let text = app
        .execute("return document.querySelector('#qr').dataset.text")
        .as_str()
        .map(str::to_string)
        .expect("the code's text");
    assert!(text.starts_with("CN1:"), "{text}");
    // What a camera sees is the same code.
    let png = picture_of_code(&app, &text);
    std::fs::write(work.path().join("shown.png"), &png).expect("write");
    let expires = app.wait_for_text("#qr-expires", |t| !t.is_empty());
    assert!(expires.contains("works until"), "{expires}");
    app.screenshot("present-qr");

    // What the checker will see: the skill signed and valid, the
    // experience as the person's own word.
    app.click(&app.wait_for("#preview"));
    let valid = app.wait_for_text(
        "#preview-report li.item[data-verdict='valid'] .item-title",
        |t| !t.is_empty(),
    );
    assert_eq!(valid, "MIG welding");
    let own = app.wait_for_text(
        "#preview-report li.item[data-verdict='self-declared'] .item-title",
        |t| !t.is_empty(),
    );
    assert_eq!(own, "Driving a truck");
    // The ESCO concept by its name in the reader's language, not its address.
    let esco = app.wait_for_text(
        "#preview-report li.item[data-verdict='valid'] .field[data-field='esco'] dd",
        |t| t.contains("welding"),
    );
    assert_eq!(esco, "operate welding equipment");
    let by = app.wait_for_text("#preview-report .item-issuer", |t| !t.is_empty());
    assert!(by.contains("Aleppo Technical College"), "{by}");
    app.screenshot("present-preview");

    // The checker picks their language: the same result beside it, in
    // Arabic, right to left.
    app.click(&app.wait_for("#second-language option[value='ar']"));
    let second = app.wait_for_text("#dual-second .verdict", |t| !t.is_empty());
    assert!(
        second
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{second}"
    );
    assert_eq!(
        app.execute("const d = document.querySelector('#dual-second'); return [d.lang, d.dir]"),
        serde_json::json!(["ar", "rtl"])
    );
    assert_eq!(app.count("#verdict"), 1, "ids stay unique");

    // The CLI, as a recruiter's device with the same trust list, agrees:
    // the worst item is self-declared (exit 20).
    let out = run(&data, &["verify", "--text", &text]);
    assert_eq!(out.status.code(), Some(20), "{out:?}");

    // Check a code: a picture of that very screen, as a recruiter's phone
    // would take it.
    app.click(&app.wait_for("#qr-done"));
    app.click(&app.wait_for("#screen-present #back"));
    app.click(&app.wait_for("#open-verify"));
    let picture = app.wait_for("#verify-picture");
    app.type_text(&picture, path(&work.path().join("shown.png")));
    let verdict = app.wait_for_text("#screen-verify #verdict", |t| !t.is_empty());
    assert!(verdict.starts_with("Said by the person only"), "{verdict}");
    let valid = app.wait_for_text(
        "#screen-verify li.item[data-verdict='valid'] .item-title",
        |t| !t.is_empty(),
    );
    assert_eq!(valid, "MIG welding");
    app.screenshot("verify-valid");

    // A file that is no picture: an error that says what to do.
    app.click(&app.wait_for("#verify-again"));
    let not_picture = work.path().join("notes.png");
    std::fs::write(&not_picture, b"this is not a picture").expect("write");
    app.type_text(&app.wait_for("#verify-picture"), path(&not_picture));
    let error = app.wait_for_text("#screen-verify #error", |t| !t.is_empty());
    assert!(error.contains("not a picture"), "{error}");

    // A code changed by one letter: never valid, with a reason.
    let mut tampered: Vec<char> = text.chars().collect();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    app.type_text(&app.wait_for("#verify-text"), &tampered);
    app.click(&app.wait_for("#verify-check"));
    let verdict = app.wait_for_text("#screen-verify #verdict", |t| !t.is_empty());
    let code = app
        .execute("return document.querySelector('#verdict').dataset.verdict")
        .as_str()
        .map(str::to_string)
        .unwrap_or_default();
    assert!(
        code == "tampered" || code == "malformed",
        "{code}: {verdict}"
    );
    assert!(app.count("#screen-verify .reasons li") >= 1);
    app.screenshot("verify-tampered");
}
