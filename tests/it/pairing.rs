//! Pairing a new device (docs/sync-protocol.md §6) with the real `carnet`
//! processes and the real hub: approval gives the logbook, refusal gives
//! nothing, and a photo of the code alone gets no key.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdout, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use carnet_core::sync::pairing::{self, Newcomer, Offer};
use carnet_tests::hub::{Backend, HubProcess};
use carnet_tests::{carnet, ok};

/// Lines of a child's stdout, read on a thread so that a test waits with a
/// bound instead of hanging when a process misbehaves.
struct Lines(mpsc::Receiver<String>);

impl Lines {
    fn of(stdout: ChildStdout) -> Lines {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Lines(rx)
    }

    /// The first line (from now) that satisfies `want`, within a minute.
    fn until(&self, what: &str, want: impl Fn(&str) -> bool) -> String {
        loop {
            match self.0.recv_timeout(Duration::from_secs(60)) {
                Ok(line) if want(&line) => return line,
                Ok(_) => {}
                Err(e) => panic!("no line with {what}: {e}"),
            }
        }
    }
}

struct Spawned {
    child: Child,
    lines: Lines,
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn spawn(dir: &Path, args: &[&str]) -> Spawned {
    let mut child = carnet(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn carnet");
    let lines = Lines::of(child.stdout.take().expect("stdout"));
    Spawned { child, lines }
}

fn answer(p: &mut Spawned, text: &str) {
    let stdin = p.child.stdin.as_mut().expect("stdin");
    stdin
        .write_all(format!("{text}\n").as_bytes())
        .expect("answer");
    stdin.flush().expect("flush");
}

fn finish(mut p: Spawned) -> (Option<i32>, String) {
    let status = p.child.wait().expect("wait");
    let mut err = String::new();
    if let Some(mut e) = p.child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut err);
    }
    (status.code(), err)
}

/// A logbook with one entry, synced to `hub`.
fn first_device(dir: &Path, hub: &HubProcess) {
    ok(dir, &["init"]);
    ok(dir, &["add", "skill", "--title", "Pipe welding"]);
    ok(dir, &["sync", "--hub", hub.url()]);
}

fn code_of(show: &Spawned) -> String {
    show.lines
        .until("the pairing code", |l| l.starts_with("CNP1:"))
}

fn approved_device_gets_the_logbook(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    first_device(&a, &hub);
    let mut show = spawn(&a, &["pair", "show"]);
    let code = code_of(&show);
    let join = spawn(&b, &["pair", "join", &code, "--name", "Amal's new phone"]);
    let check = join
        .lines
        .until("the fingerprint", |l| l.contains("must show"));
    let request = show
        .lines
        .until("the request", |l| l.contains("wants your logbook"));
    assert!(request.contains("Amal's new phone"), "{request}");
    // The person compares the two screens: the same fingerprint.
    let fingerprint = check
        .split_whitespace()
        .find(|w| w.len() == 10 && w.as_bytes()[4] == b'-')
        .map(|w| w.trim_end_matches('.').to_string())
        .expect("a fingerprint on the new device");
    assert!(request.contains(&fingerprint), "{request} vs {check}");
    answer(&mut show, "yes");
    let done = join
        .lines
        .until("the result", |l| l.contains("now has your logbook"));
    assert!(done.contains("1 entry"), "{done}");
    let (code_show, err) = finish(show);
    assert_eq!(code_show, Some(0), "{err}");
    let (code_join, err) = finish(join);
    assert_eq!(code_join, Some(0), "{err}");
    let list = ok(&b, &["list"]);
    assert!(list.contains("Pipe welding"), "{list}");
    // The new device syncs on its own from now on.
    ok(&b, &["add", "skill", "--title", "Soldering"]);
    ok(&b, &["sync"]);
    ok(&a, &["sync"]);
    assert!(ok(&a, &["list"]).contains("Soldering"));

    // The phone is lost: remove it from the first device.
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&b, &["--json", "devices", "list"])).expect("json");
    let phone = listed
        .as_array()
        .and_then(|d| d.iter().find(|x| x["this_device"] == true))
        .and_then(|x| x["id"].as_str())
        .expect("the phone's own id")
        .to_string();
    let text = ok(&a, &["devices", "list"]);
    assert!(text.contains("Amal's new phone"), "{text}");
    let done = ok(&a, &["devices", "remove", &phone[..8]]);
    assert!(done.contains("was removed"), "{done}");
    ok(&a, &["add", "skill", "--title", "Written after the loss"]);
    ok(&a, &["sync"]);
    let out = carnet_tests::run(&b, &["sync"]);
    assert_eq!(out.status.code(), Some(12), "the removed phone is refused");
    assert!(!ok(&b, &["list"]).contains("Written after the loss"));
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&a, &["--json", "devices", "list"])).expect("json");
    assert!(listed.as_array().is_some_and(|d| d
        .iter()
        .any(|x| x["id"] == phone.as_str() && !x["removed_ms"].is_null())));
}

fn refused_device_gets_nothing(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    first_device(&a, &hub);
    let mut show = spawn(&a, &["pair", "show"]);
    let code = code_of(&show);
    let join = spawn(&b, &["pair", "join", &code, "--name", "Unknown tablet"]);
    show.lines
        .until("the request", |l| l.contains("wants your logbook"));
    answer(&mut show, "no");
    let (code_join, err) = finish(join);
    assert_eq!(code_join, Some(12), "{err}");
    assert!(err.contains("said no"), "{err}");
    assert!(!b.join("logbook.key").exists(), "nothing was written");
    let (code_show, _) = finish(show);
    assert_eq!(code_show, Some(0));
}

/// Someone photographs the code and answers first. The person sees a
/// fingerprint that does not match their phone and says no; the photo's
/// holder gets a refusal, the real phone is told to start again.
fn a_photo_of_the_code_is_not_enough(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    first_device(&a, &hub);
    let mut show = spawn(&a, &["pair", "show"]);
    let code = code_of(&show);
    let now = carnet_core::logbook::unix_now();
    let offer = Offer::from_text(&code, now).expect("the photo's code");
    let thief = Newcomer::default();
    pairing::send_hello(&offer, &thief, "Amal's new phone").expect("thief answers first");
    let request = show
        .lines
        .until("the request", |l| l.contains("wants your logbook"));
    assert!(
        request.contains(&pairing::fingerprint(&thief.public)),
        "{request}"
    );
    // The real phone comes second: the code is taken.
    let join = spawn(&b, &["pair", "join", &code, "--name", "Amal's new phone"]);
    let (code_join, err) = finish(join);
    assert_eq!(code_join, Some(3), "{err}");
    assert!(err.contains("already answered"), "{err}");
    // The fingerprint on the screen is not the phone's: the person says no.
    answer(&mut show, "no");
    let outcome = pairing::wait_reply(&offer, &thief, Duration::from_millis(100), &|| now);
    assert!(
        matches!(outcome, Err(carnet_core::sync::SyncError::PairingRefused)),
        "{outcome:?}"
    );
    assert_eq!(finish(show).0, Some(0));
}

carnet_tests::both_backends!(
    approved_device_gets_the_logbook,
    refused_device_gets_nothing,
    a_photo_of_the_code_is_not_enough,
);
