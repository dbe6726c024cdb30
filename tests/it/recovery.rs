//! The recovery sheet (docs/sync-protocol.md §8) with the real `carnet`
//! processes and the real hub on both backends: a lost phone's logbook
//! comes back on a fresh data folder from the sheet (picture or words)
//! and the passphrase, and from nothing less.

use std::path::Path;

use carnet_core::sync::recovery::Sheet;
use carnet_tests::hub::{Backend, HubProcess};
use carnet_tests::{carnet, ok, run, secret_of, PASSPHRASE};

/// A logbook with entries and a photo, synced to `hub`.
fn first_device(dir: &Path, hub: &HubProcess) {
    ok(dir, &["init"]);
    let id = ok(dir, &["add", "skill", "--title", "Pipe welding"]);
    let id = id.trim();
    ok(
        dir,
        &["add", "language", "--title", "Arabic", "--level", "C2"],
    );
    let photo = dir.parent().expect("parent").join("diploma.png");
    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 3, y as u8 * 5, 90]));
    img.save(&photo).expect("photo");
    ok(dir, &["attach", id, photo.to_str().expect("utf-8")]);
    ok(dir, &["sync", "--hub", hub.url()]);
}

/// `carnet recovery-sheet --json`: the sheet's text and words.
fn print_sheet(dir: &Path, out: &Path) -> (String, Vec<String>) {
    let json = ok(
        dir,
        &[
            "--json",
            "recovery-sheet",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let words = v["words"]
        .as_array()
        .expect("words")
        .iter()
        .map(|w| w.as_str().expect("word").to_string())
        .collect::<Vec<_>>();
    assert_eq!(words.len(), 12, "{json}");
    (v["code"].as_str().expect("code").to_string(), words)
}

fn export(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(dir, &["export", "--format", "json"])).expect("export")
}

/// The export names photos by hash; the photos themselves must be there.
fn assert_photos_present(dir: &Path) {
    let logbook = carnet_core::Logbook::open(dir, PASSPHRASE).expect("open");
    let mut n = 0;
    for e in logbook.entries().expect("entries") {
        for ev in e.evidence {
            assert!(
                logbook.evidence(&ev.sha256).expect("read").is_some(),
                "photo {} missing",
                ev.sha256
            );
            n += 1;
        }
    }
    assert_eq!(n, 1);
}

fn sheet_and_words_restore_everything(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    first_device(&a, &hub);
    let png = tmp.path().join("sheet.png");
    let (code, words) = print_sheet(&a, &png);
    // The picture scans back to the printed text.
    let bytes = std::fs::read(&png).expect("sheet");
    assert_eq!(
        carnet_credential::qr::decode_image(&bytes).expect("scan"),
        code
    );
    assert_eq!(Sheet::from_text(&code).expect("sheet").hub, hub.url());

    // The phone is lost: a fresh data folder, the sheet's picture.
    let out = ok(&b, &["recover", "--sheet", png.to_str().expect("utf-8")]);
    assert!(out.contains("back on this device: 2 entries"), "{out}");
    assert_eq!(export(&b), export(&a));
    assert_photos_present(&b);
    // The same with the words typed, numbered as on the sheet.
    let typed: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| format!("{}. {w}", i + 1))
        .collect();
    ok(
        &c,
        &["recover", "--words", &typed.join(" "), "--hub", hub.url()],
    );
    assert_eq!(export(&c), export(&a));
    // The recovered device keeps the recovery slot and syncs on its own.
    let key_file = std::fs::read_to_string(c.join("logbook.key")).expect("key file");
    assert!(key_file.contains("\"recovery\""), "{key_file}");
    ok(&c, &["add", "skill", "--title", "Soldering"]);
    ok(&c, &["sync"]);
    ok(&a, &["sync"]);
    assert!(ok(&a, &["list"]).contains("Soldering"));

    // The hub keeps the box, but neither the secret nor the code.
    let (_, secret) = secret_of(&a);
    let sheet = Sheet::from_text(&code).expect("sheet");
    let stored = hub.storage_bytes();
    let contains = |needle: &[u8]| stored.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(secret.as_bytes()));
    assert!(!contains(hex::encode(secret.as_bytes()).as_bytes()));
    assert!(!contains(sheet.code.as_bytes()));
    assert!(!contains(hex::encode(sheet.code.as_bytes()).as_bytes()));
    assert!(!contains(words.join(" ").as_bytes()));
    assert!(!contains(code.as_bytes()));
}

fn a_wrong_passphrase_writes_nothing(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    first_device(&a, &hub);
    let pdf = tmp.path().join("sheet.pdf");
    let (_, words) = print_sheet(&a, &pdf);
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF-"));
    let out = carnet(&b)
        .args(["recover", "--words", &words.join(" "), "--hub", hub.url()])
        .env("CARNET_PASSPHRASE", "not the passphrase")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    assert!(
        !b.exists() || std::fs::read_dir(&b).expect("dir").next().is_none(),
        "nothing is written"
    );
    // A typo in a word is caught before the hub is asked.
    let mut typo = words.clone();
    typo[3] = format!("{}x", typo[3]);
    let out = run(
        &b,
        &["recover", "--words", &typo.join(" "), "--hub", hub.url()],
    );
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Word 4"), "{err}");
    // A picture that is not a recovery sheet.
    let not_a_sheet = tmp.path().join("pair.png");
    let pairing = carnet_credential::qr::render("CNP1:ABC", carnet_credential::qr::EcLevel::M, 10)
        .expect("qr")
        .to_png(8)
        .expect("png");
    std::fs::write(&not_a_sheet, pairing).expect("write");
    let out = run(
        &b,
        &["recover", "--sheet", not_a_sheet.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(!b.join("logbook.key").exists());
}

fn a_new_sheet_replaces_the_old_one(backend: Backend) {
    let mut hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    first_device(&a, &hub);
    let (_, old) = print_sheet(&a, &tmp.path().join("old.png"));
    let (_, new) = print_sheet(&a, &tmp.path().join("new.png"));
    let out = run(
        &b,
        &["recover", "--words", &old.join(" "), "--hub", hub.url()],
    );
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("newer sheet"), "{err}");
    assert!(!b.join("logbook.key").exists());

    // A passphrase change keeps the new sheet working, with the new
    // passphrase.
    let changed = carnet(&a)
        .args(["passphrase", "change"])
        .env("CARNET_NEW_PASSPHRASE", "another passphrase 2")
        .output()
        .expect("run");
    assert!(changed.status.success(), "{changed:?}");
    assert!(String::from_utf8_lossy(&changed.stdout).contains("still works"));
    let back = carnet(&c)
        .args(["recover", "--words", &new.join(" "), "--hub", hub.url()])
        .env("CARNET_PASSPHRASE", "another passphrase 2")
        .output()
        .expect("run");
    assert!(back.status.success(), "{back:?}");

    // No hub: exit 11, nothing written.
    let url = hub.url().to_string();
    hub.kill();
    let d = tmp.path().join("d");
    let out = run(&d, &["recover", "--words", &new.join(" "), "--hub", &url]);
    assert_eq!(out.status.code(), Some(11), "{out:?}");
    assert!(!d.join("logbook.key").exists());
}

carnet_tests::both_backends!(
    sheet_and_words_restore_everything,
    a_wrong_passphrase_writes_nothing,
    a_new_sheet_replaces_the_old_one,
);
