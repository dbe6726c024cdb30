//! The app's devices screens in the real window, against a real hub
//! (`carnet-hub`, SQLite) and the real `carnet` CLI as the other device:
//! the app shows a pairing code that the CLI joins with, after the person
//! compares fingerprints and allows it; the app removes that device, makes
//! recovery sheets whose words bring the logbook back, exports a file the
//! CLI imports and imports one the CLI exported. Then the other way: the
//! app joins a logbook the CLI shows, and gets one back from a photo of a
//! recovery sheet. What is asserted is what a person sees or gets.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use carnet_core::sync::recovery::Sheet;
use carnet_tests::hub::{Backend, HubProcess};
use carnet_tests::webdriver::{app_bin, Session, Xvfb};
use carnet_tests::{carnet, ok, run, PASSPHRASE};

use super::{add, first_run, plain, Folders};

/// A `carnet` process whose output lines are read on a thread, so that a
/// wait is bounded instead of hanging on a process that misbehaves.
struct Cli {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Cli {
    fn spawn(dir: &Path, args: &[&str]) -> Cli {
        let mut child = carnet(dir)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn carnet");
        let stdout: ChildStdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Cli { child, lines }
    }

    /// The first line from now on that satisfies `want`, within a minute.
    fn until(&self, what: &str, want: impl Fn(&str) -> bool) -> String {
        loop {
            match self.lines.recv_timeout(Duration::from_secs(60)) {
                Ok(line) if want(&line) => return line,
                Ok(_) => {}
                Err(e) => panic!("carnet printed no line with {what}: {e}"),
            }
        }
    }

    fn answer(&mut self, text: &str) {
        let stdin = self.child.stdin.as_mut().expect("stdin");
        writeln!(stdin, "{text}").expect("answer carnet");
        stdin.flush().expect("flush");
    }

    /// Waits for the end; the exit code and what went to stderr.
    fn finish(mut self) -> (Option<i32>, String) {
        let status = self.child.wait().expect("wait for carnet");
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut e, &mut err);
        }
        (status.code(), err)
    }
}

impl Drop for Cli {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `xxxx-xxxx` fingerprint in a line of the CLI.
fn fingerprint_in(line: &str) -> String {
    line.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .find(|w| w.len() == 9 && w.as_bytes()[4] == b'-')
        .map(str::to_string)
        .unwrap_or_else(|| panic!("no fingerprint in {line:?}"))
}

/// Saved files go to this Downloads folder: the XDG user-dirs file the app
/// reads, as a desktop session writes it.
fn downloads(folders: &Folders) -> PathBuf {
    let dir = folders.root().join("Downloads");
    let config = folders.root().join("xdg-config");
    std::fs::create_dir_all(&config).expect("xdg-config");
    std::fs::write(
        config.join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", dir.display()),
    )
    .expect("user-dirs.dirs");
    dir
}

/// The only file in `dir` whose name starts with `stem`.
fn saved(dir: &Path, stem: &str) -> PathBuf {
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the Downloads folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(stem))
        })
        .collect();
    assert_eq!(found.len(), 1, "{stem} in {dir:?}: {found:?}");
    found.into_iter().next().expect("one file")
}

fn open_sync(app: &Session<'_>) {
    app.click(&app.wait_for("#open-sync"));
    app.wait_for("#screen-sync #pending");
}

fn sync_now(app: &Session<'_>) {
    app.click(&app.wait_for("#sync-now"));
    app.wait_for("#sync-done");
    app.wait_for_text("#pending", |t| t.contains("Nothing waits"));
}

/// Settings → recovery sheet as a picture: the words shown on screen.
fn make_sheet(app: &Session<'_>, shot: &str) -> Vec<String> {
    let field = app.wait_for("#sheet-passphrase");
    app.type_text(&field, PASSPHRASE);
    app.click(&app.wait_for("label[data-format='png'] input"));
    app.click(&app.wait_for("#sheet-make"));
    app.wait_for_count("#sheet-words li", 12);
    app.screenshot(shot);
    let words = app.execute(
        "return Array.from(document.querySelectorAll('#sheet-words li'), li => li.textContent)",
    );
    let words: Vec<String> = serde_json::from_value(words).expect("the words");
    assert!(words.iter().all(|w| !w.trim().is_empty()), "{words:?}");
    words
}

#[test]
fn the_app_adds_a_device_removes_it_and_keeps_the_logbook_safe() {
    let folders = Folders::new();
    let downloads = downloads(&folders);
    let hub = HubProcess::start(Backend::Sqlite);
    let tmp = tempfile::tempdir().expect("tmp");
    let (phone, restored, other) = (
        tmp.path().join("phone"),
        tmp.path().join("restored"),
        tmp.path().join("other"),
    );
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    let app = driver.session(&app_bin(), "devices");
    first_run(&app, false);
    add(&app, "skill", "Welding", Some("advanced"), None);

    // Sync: this device shows in the list, marked.
    open_sync(&app);
    app.type_text(&app.wait_for("#hub-url"), hub.url());
    sync_now(&app);
    app.wait_for_count("#devices li.device", 1);
    let me = app.wait_for_text("#devices li.device", |t| t.contains("This device"));
    assert!(me.contains("Added"), "{me}");

    // Add another device: the passphrase, then a code as a picture and as
    // text, with the time it works.
    app.click(&app.wait_for("#pair-start"));
    app.type_text(&app.wait_for("#pair-passphrase"), PASSPHRASE);
    app.click(&app.wait_for("#pair-show"));
    let code = app.wait_for_text("#pair-code", |t| t.starts_with("CNP1:"));
    let expires = app.wait_for_text("#pair-expires", |t| !t.is_empty());
    assert!(
        expires.contains("9:") || expires.contains("10:00"),
        "{expires}"
    );
    app.screenshot("devices-1-pairing-code");
    // The code on screen scans back to the same text.
    // The code on screen, as a camera pointed at the window sees it, scans
    // back to the same text.
    app.wait_for("#pair-qr");
    app.execute("document.getElementById('pair-qr').scrollIntoView({block: 'center'})");
    let window = app
        .screenshot("devices-1-pairing-qr")
        .expect("a screenshot of the window");
    let scanned = carnet_credential::qr::decode_image(&std::fs::read(window).expect("read it"))
        .expect("the pairing QR code on screen scans");
    assert_eq!(scanned, code.trim());

    // The new device (the CLI) answers; the app shows who asks, with the
    // same fingerprint as the new device.
    let join = Cli::spawn(
        &phone,
        &["pair", "join", code.trim(), "--name", "Test phone"],
    );
    let check = join.until("the fingerprint", |l| l.contains("must show"));
    let fingerprint = fingerprint_in(&check);
    let request = app.wait_for_text("#pair-request", |t| t.contains("Test phone"));
    assert!(request.contains("wants your logbook"), "{request}");
    let shown = app.wait_for_text("#pair-fingerprint", |t| !t.is_empty());
    assert_eq!(shown.trim(), fingerprint);
    app.screenshot("devices-2-request");
    app.click(&app.wait_for("#pair-approve"));
    let done = app.wait_for_text("#pair-done", |t| t.contains("now has your logbook"));
    assert!(done.contains("Test phone"), "{done}");
    let joined = join.until("the result", |l| l.contains("now has your logbook"));
    assert!(joined.contains("1 entry"), "{joined}");
    let (status, err) = join.finish();
    assert_eq!(status, Some(0), "{err}");
    assert!(ok(&phone, &["list"]).contains("Welding"));

    // The phone syncs once; after a sync, the app lists it.
    ok(&phone, &["add", "skill", "--title", "Soldering"]);
    ok(&phone, &["sync"]);
    sync_now(&app);
    app.wait_for_count("#devices li.device", 2);
    let listed = app.wait_for_text("#devices li[data-name='Test phone']", |t| {
        t.contains("Added")
    });
    assert!(!listed.contains("This device"), "{listed}");
    app.click(&app.wait_for("#back"));
    app.wait_for_text("section[data-kind='skill']", |t| t.contains("Soldering"));

    // A recovery sheet, saved as a picture in Downloads: its code scans
    // and names the hub.
    app.click(&app.wait_for("#open-settings"));
    let intro = app.wait_for_text("#recovery-sheet", |t| t.contains("12 words"));
    assert!(intro.contains("passphrase"), "{intro}");
    let old_words = make_sheet(&app, "devices-3-sheet");
    let png = saved(&downloads, "carnet-recovery-sheet-");
    assert!(png.extension().is_some_and(|e| e == "png"), "{png:?}");
    let path_line = app.wait_for_text("#sheet-path", |t| t.contains("Downloads"));
    assert!(path_line.contains("Print it"), "{path_line}");
    let text = carnet_credential::qr::decode_image(&std::fs::read(&png).expect("the sheet"))
        .expect("the saved sheet scans");
    assert_eq!(
        Sheet::from_text(&text).expect("a sheet's code").hub,
        hub.url()
    );

    // Export: the person is told the file is readable, then it is saved;
    // the CLI imports it into another logbook.
    app.click(&app.wait_for("#export"));
    let consent = app.wait_for_text("#export-consent", |t| t.contains("readable form"));
    assert!(consent.contains("Anyone who gets the file"), "{consent}");
    app.screenshot("devices-4-export-consent");
    app.click(&app.wait_for("#export-agree"));
    app.wait_for_text("#export-saved", |t| plain(t).contains("Saved 2 entries"));
    let exported = saved(&downloads, "carnet-export-");
    ok(&other, &["init"]);
    let imported = ok(&other, &["import", exported.to_str().expect("utf-8")]);
    assert!(imported.contains("2 entries added"), "{imported}");
    let list = ok(&other, &["list"]);
    assert!(
        list.contains("Welding") && list.contains("Soldering"),
        "{list}"
    );

    // Import: a file the other logbook exported, with one more entry.
    ok(
        &other,
        &["add", "language", "--title", "Arabic", "--level", "C2"],
    );
    let file = tmp.path().join("from-the-cli.json");
    std::fs::write(&file, ok(&other, &["export", "--format", "json"])).expect("write export");
    app.type_text(&app.wait_for("#import-file"), file.to_str().expect("utf-8"));
    let report = plain(&app.wait_for_text("#import-report", |t| t.contains("added")));
    assert!(report.contains("1 new entry added"), "{report}");
    assert!(
        report.contains("2 entries were already the same"),
        "{report}"
    );
    app.screenshot("devices-5-imported");
    app.click(&app.wait_for("#screen-settings #back"));
    app.wait_for_text("section[data-kind='language']", |t| t.contains("Arabic"));

    // The phone is lost: remove it. The confirmation says what that does;
    // then the app says to make a new sheet.
    open_sync(&app);
    app.click(&app.wait_for("#devices li[data-name='Test phone'] button.remove-device"));
    let question = app.wait_for_text("#devices .confirm", |t| t.contains("Test phone"));
    assert!(question.contains("lost"), "{question}");
    assert!(
        question.contains("cannot get anything you add from now on"),
        "{question}"
    );
    app.screenshot("devices-6-remove-confirm");
    app.click(&app.wait_for("#devices .confirm-remove-device"));
    let removed = app.wait_for_text("#device-removed", |t| t.contains("was removed"));
    assert!(removed.contains("Test phone"), "{removed}");
    let advice = app.wait_for_text("#device-new-sheet", |t| !t.is_empty());
    assert!(
        advice.contains("recovery sheet has the old key"),
        "{advice}"
    );
    app.wait_for("#devices li.device.removed[data-name='Test phone']");
    app.screenshot("devices-7-removed");
    // The removed phone is refused by the hub.
    assert_eq!(run(&phone, &["sync"]).status.code(), Some(12));

    // As advised: a new sheet. Its words bring the whole logbook back on a
    // new device; the old sheet's words no longer work.
    app.click(&app.wait_for("#back"));
    app.click(&app.wait_for("#open-settings"));
    let words = make_sheet(&app, "devices-8-new-sheet");
    assert_ne!(words, old_words);
    let old = run(
        &restored,
        &[
            "recover",
            "--words",
            &old_words.join(" "),
            "--hub",
            hub.url(),
        ],
    );
    assert_eq!(old.status.code(), Some(4), "the old sheet is replaced");
    let back = ok(
        &restored,
        &["recover", "--words", &words.join(" "), "--hub", hub.url()],
    );
    assert!(back.contains("3 entries"), "{back}");
    let list = ok(&restored, &["list"]);
    for title in ["Welding", "Soldering", "Arabic"] {
        assert!(list.contains(title), "{title} in {list}");
    }
}

#[test]
fn the_app_joins_a_logbook_from_the_cli_and_recovers_one_from_a_sheet() {
    let hub = HubProcess::start(Backend::Sqlite);
    let tmp = tempfile::tempdir().expect("tmp");
    let first = tmp.path().join("first");
    ok(&first, &["init"]);
    ok(&first, &["add", "skill", "--title", "Pipe welding"]);
    ok(&first, &["sync", "--hub", hub.url()]);
    let xvfb = Xvfb::start();

    // Join: the CLI shows a code; the app types it, shows its fingerprint,
    // the person allows it on the CLI, and the app opens the logbook.
    {
        let folders = Folders::new();
        let driver = folders.start(&xvfb, &[]);
        let app = driver.session(&app_bin(), "join");
        app.click(&app.wait_for("#screen-language button[data-lang='en']"));
        app.click(&app.wait_for("#screen-create #start-join"));
        let mut show = Cli::spawn(&first, &["pair", "show"]);
        let code = show.until("the pairing code", |l| l.starts_with("CNP1:"));
        app.type_text(&app.wait_for("#join-code"), &code);
        let name = app.wait_for("#join-name");
        app.clear(&name);
        app.type_text(&name, "Amal's laptop");
        app.type_text(&app.wait_for("#join-passphrase"), PASSPHRASE);
        app.type_text(&app.wait_for("#join-passphrase-again"), PASSPHRASE);
        app.screenshot("join-1-code");
        app.click(&app.wait_for("#join-send"));
        let shown = app.wait_for_text("#join-fingerprint", |t| !t.trim().is_empty());
        let request = show.until("the request", |l| l.contains("wants your logbook"));
        assert!(request.contains("Amal's laptop"), "{request}");
        assert_eq!(fingerprint_in(&request), shown.trim());
        app.screenshot("join-2-waiting");
        show.answer("yes");
        app.wait_for_text("section[data-kind='skill'] .entry-title", |t| {
            t == "Pipe welding"
        });
        app.screenshot("join-3-logbook");
        let (status, err) = show.finish();
        assert_eq!(status, Some(0), "{err}");
        // The joined logbook syncs with the same hub, both ways.
        open_sync(&app);
        app.wait_for("#hub-url");
        assert_eq!(
            app.execute("return document.getElementById('hub-url').value"),
            serde_json::json!(hub.url())
        );
        app.click(&app.wait_for("#back"));
        add(&app, "skill", "Brazing", None, None);
        open_sync(&app);
        sync_now(&app);
        ok(&first, &["sync"]);
        assert!(ok(&first, &["list"]).contains("Brazing"));
    }

    // Recover: a photo of a sheet the CLI printed, and the passphrase.
    let sheet = tmp.path().join("sheet.png");
    ok(
        &first,
        &["recovery-sheet", "--out", sheet.to_str().expect("utf-8")],
    );
    let folders = Folders::new();
    let driver = folders.start(&xvfb, &[]);
    let app = driver.session(&app_bin(), "recover");
    app.click(&app.wait_for("#screen-language button[data-lang='en']"));
    app.click(&app.wait_for("#screen-create #start-recover"));
    app.click(&app.wait_for("#recover-by-code"));
    app.type_text(
        &app.wait_for("#recover-picture"),
        sheet.to_str().expect("utf-8"),
    );
    app.wait_for_text(".picture-read", |t| t.contains("read from the picture"));
    let code = app.execute("return document.getElementById('recover-code').value");
    assert!(
        code.as_str().is_some_and(|c| c.starts_with("CNS1:")),
        "{code}"
    );
    // A wrong passphrase says so and writes nothing.
    let field = app.wait_for("#recover-passphrase");
    app.type_text(&field, "not the passphrase");
    app.click(&app.wait_for("#recover-start"));
    app.wait_for_text("#error", |t| t.contains("passphrase is not right"));
    assert!(!folders.data().join("logbook.key").exists());
    app.clear(&field);
    app.type_text(&field, PASSPHRASE);
    app.screenshot("recover-1-sheet");
    app.click(&app.wait_for("#recover-start"));
    app.wait_for_text("section[data-kind='skill']", |t| {
        t.contains("Pipe welding") && t.contains("Brazing")
    });
    app.screenshot("recover-2-logbook");
}
