//! Sync end to end (docs/sync-protocol.md): devices are real data
//! directories (SQLCipher files), the hub is the real `carnet-hub` process
//! on 127.0.0.1, and every test runs against both of its backends.

use std::path::{Path, PathBuf};

use carnet_core::model::{Field, Kind, NewEntry};
use carnet_core::sync::hub::RowOut;
use carnet_core::sync::{Hub, SyncError, SyncReport};
use carnet_core::{Error, Export, Logbook};
use carnet_tests::{secret_of, PASSPHRASE};

use carnet_tests::hub::{Backend, HubProcess};

/// Typed into entries; must never reach the hub in any form.
const MARKER: &str = "MARKER-7f3a9c-plaintext";

fn export(lb: &Logbook) -> String {
    Export::new(
        lb.profile().expect("profile"),
        lb.entries().expect("entries"),
    )
    .to_json()
    .expect("json")
}

fn sync(lb: &mut Logbook, hub: &HubProcess) -> SyncReport {
    let client = lb.connect_hub(Some(hub.url())).expect("hub address");
    lb.sync(&client, &mut |_| {}).expect("sync")
}

fn try_sync(lb: &mut Logbook, hub: &HubProcess) -> Result<SyncReport, Error> {
    let client = lb.connect_hub(Some(hub.url()))?;
    lb.sync(&client, &mut |_| {})
}

fn join(from: &Path, to: &Path, hub: &HubProcess) -> Logbook {
    let (id, secret) = secret_of(from);
    let client =
        carnet_core::sync::HttpHub::new(hub.url(), &id, &secret.hub_token(&id).0).expect("url");
    Logbook::join_from_hub(to, PASSPHRASE, id, &secret, &[], &client, &mut |_| {}).expect("join")
}

fn photo() -> Vec<u8> {
    let img = image::RgbImage::from_fn(400, 300, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x * y) % 239) as u8])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png)
        .expect("encode png");
    png.into_inner()
}

/// A short real WAV recording (8 kHz mono 16-bit).
fn voice_note() -> Vec<u8> {
    let samples: Vec<u8> = (0..4000i32)
        .flat_map(|i| (((i * 131) % 4000 - 2000) as i16).to_le_bytes())
        .collect();
    let mut wav = b"RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0".to_vec();
    wav.extend_from_slice(&8000u32.to_le_bytes());
    wav.extend_from_slice(&16000u32.to_le_bytes());
    wav.extend_from_slice(b"\x02\0\x10\0data");
    wav.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    wav.extend_from_slice(&samples);
    let len = (wav.len() - 8) as u32;
    wav[4..8].copy_from_slice(&len.to_le_bytes());
    wav
}

struct Devices {
    _tmp: tempfile::TempDir,
    dirs: Vec<PathBuf>,
}

impl Devices {
    fn new(n: usize) -> Devices {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dirs = (0..n)
            .map(|i| tmp.path().join(format!("device-{i}")))
            .collect();
        Devices { _tmp: tmp, dirs }
    }
}

fn three_devices_converge(backend: Backend) {
    let hub = HubProcess::start(backend);
    let d = Devices::new(3);
    let mut a = Logbook::create(&d.dirs[0], PASSPHRASE).expect("create");
    let both = a
        .add(&NewEntry::new(Kind::Skill, "Welding").with(Field::Description, MARKER))
        .expect("add");
    let doomed = a
        .add(&NewEntry::new(Kind::Experience, "Cook at a hotel"))
        .expect("add");
    let evidence = a.attach_photo(&both, &photo()).expect("photo");
    let voice = a.attach_voice(&both, &voice_note()).expect("voice note");
    let first = sync(&mut a, &hub);
    assert!(first.changes_sent > 0);
    assert_eq!(first.photos_sent, 2, "the photo and the voice note");

    let mut b = join(&d.dirs[0], &d.dirs[1], &hub);
    let mut c = join(&d.dirs[0], &d.dirs[2], &hub);
    assert_eq!(
        export(&b),
        export(&a),
        "a joined device starts with everything"
    );

    // Offline, on three devices at once.
    a.edit(&both, &[(Field::Title, "MIG welding".into())])
        .expect("edit a");
    b.edit(&both, &[(Field::Level, "expert".into())])
        .expect("edit b");
    let from_a = a.add(&NewEntry::new(Kind::Language, "German")).expect("a");
    let from_b = b.add(&NewEntry::new(Kind::Skill, "Tiling")).expect("b");
    let from_c = c
        .add(&NewEntry::new(Kind::Learning, "Forklift course"))
        .expect("c");
    c.remove(&doomed).expect("remove on c");
    a.edit(&doomed, &[(Field::Place, "Amman".into())])
        .expect("edit on a");

    for _round in 0..2 {
        for lb in [&mut a, &mut b, &mut c] {
            sync(lb, &hub);
        }
    }
    let expected = export(&a);
    assert_eq!(export(&b), expected, "b holds what a holds");
    assert_eq!(export(&c), expected, "c holds what a holds");

    let w = a.entry(&both).expect("both edits");
    assert_eq!(w.title, "MIG welding");
    assert_eq!(w.level.as_deref(), Some("expert"));
    let kept = c.entry(&doomed).expect("the edit wins over the removal");
    assert_eq!(kept.place.as_deref(), Some("Amman"));
    assert!(kept.conflicts.contains_key("removed"));
    for id in [from_a, from_b, from_c] {
        assert!(c.entry(&id).is_ok(), "every new entry reached every device");
    }
    // The photo travelled too, byte for byte.
    let original = a
        .evidence(&evidence.sha256)
        .expect("read")
        .expect("a has it");
    for lb in [&b, &c] {
        let copy = lb
            .evidence(&evidence.sha256)
            .expect("read")
            .expect("synced");
        assert_eq!(copy.bytes, original.bytes);
    }
    // So did the voice note, as a voice note.
    let recording = a.evidence(&voice.sha256).expect("read").expect("a has it");
    for lb in [&b, &c] {
        let copy = lb.evidence(&voice.sha256).expect("read").expect("synced");
        assert_eq!(copy, recording);
        assert_eq!(
            (copy.kind.as_str(), copy.mime.as_str()),
            ("voice", "audio/wav")
        );
    }
    // Nothing is waiting anywhere.
    for lb in [&mut a, &mut b, &mut c] {
        assert_eq!(lb.sync_status().expect("status").pending_changes, 0);
    }

    // The hub holds ciphertext only: no marker, no photo bytes.
    let stored = hub.storage_bytes();
    assert!(!stored.is_empty());
    let marker = MARKER.as_bytes();
    assert!(
        !stored.windows(marker.len()).any(|w| w == marker),
        "the marker reached the hub's storage"
    );
    let probe = &original.bytes[original.bytes.len() / 2..][..64];
    assert!(
        !stored.windows(probe.len()).any(|w| w == probe),
        "photo bytes reached the hub's storage"
    );
    let probe = &recording.bytes[recording.bytes.len() / 2..][..64];
    assert!(
        !stored.windows(probe.len()).any(|w| w == probe),
        "voice note bytes reached the hub's storage"
    );
}

fn tampered_and_replayed_rows_are_refused(backend: Backend) {
    let hub = HubProcess::start(backend);
    let d = Devices::new(2);
    let mut a = Logbook::create(&d.dirs[0], PASSPHRASE).expect("create");
    a.add(&NewEntry::new(Kind::Skill, "Plastering"))
        .expect("add");
    sync(&mut a, &hub);
    let mut b = join(&d.dirs[0], &d.dirs[1], &hub);
    let before = export(&b);

    // Whoever holds the token (the hub itself, say) pushes a row that was
    // not sealed with the logbook's key, then a real row under another
    // device's name.
    let (id, secret) = secret_of(&d.dirs[0]);
    let raw =
        carnet_core::sync::HttpHub::new(hub.url(), &id, &secret.hub_token(&id).0).expect("url");
    let page = raw.pull(0, 10).expect("pull");
    let genuine = page.rows.first().expect("a row").clone();
    let mut flipped = genuine.ct.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x01;
    raw.push(&[RowOut {
        device: [0xEE; 16],
        seq: 1,
        epoch: 0,
        ct: flipped,
    }])
    .expect("the hub stores what it is given");
    let err = try_sync(&mut b, &hub).expect_err("a forged row is refused");
    assert!(matches!(err, Error::Sync(SyncError::Forged)), "{err:?}");
    assert_eq!(export(&b), before, "nothing was applied");
    // Reopened from disk, the logbook is intact and opens.
    drop(b);
    let b = Logbook::open(&d.dirs[1], PASSPHRASE).expect("reopen");
    assert_eq!(export(&b), before);

    // A replay: a genuine row re-labelled as another device's.
    let hub2 = HubProcess::start(backend);
    let d2 = Devices::new(2);
    let mut a2 = Logbook::create(&d2.dirs[0], PASSPHRASE).expect("create");
    a2.add(&NewEntry::new(Kind::Skill, "Masonry")).expect("add");
    sync(&mut a2, &hub2);
    let mut b2 = join(&d2.dirs[0], &d2.dirs[1], &hub2);
    let (id2, secret2) = secret_of(&d2.dirs[0]);
    let raw2 =
        carnet_core::sync::HttpHub::new(hub2.url(), &id2, &secret2.hub_token(&id2).0).expect("url");
    let row = raw2.pull(0, 10).expect("pull").rows[0].clone();
    raw2.push(&[RowOut {
        device: [0xDD; 16],
        seq: row.seq,
        epoch: 0,
        ct: row.ct,
    }])
    .expect("stored");
    let err = try_sync(&mut b2, &hub2).expect_err("a replayed row is refused");
    assert!(matches!(err, Error::Sync(SyncError::Forged)), "{err:?}");
}

fn no_key_no_access(backend: Backend) {
    let hub = HubProcess::start(backend);
    let d = Devices::new(2);
    let mut a = Logbook::create(&d.dirs[0], PASSPHRASE).expect("create");
    a.add(&NewEntry::new(Kind::Skill, "Carpentry"))
        .expect("add");
    sync(&mut a, &hub);
    // Another person's logbook, pointed at this logbook's id.
    let other = Logbook::create(&d.dirs[1], PASSPHRASE).expect("create other");
    let (_, other_secret) = secret_of(&d.dirs[1]);
    drop(other);
    let wrong_token = other_secret.hub_token(&a.id()).0;
    let intruder = carnet_core::sync::HttpHub::new(hub.url(), &a.id(), &wrong_token).expect("url");
    assert!(matches!(intruder.pull(0, 10), Err(SyncError::Refused)));
    assert!(matches!(
        intruder.push(&[RowOut {
            device: [1; 16],
            seq: 1,
            epoch: 0,
            ct: vec![0; 64]
        }]),
        Err(SyncError::Refused)
    ));
    assert!(matches!(intruder.register(), Err(SyncError::Refused)));
    // The owner's devices still sync.
    a.add(&NewEntry::new(Kind::Skill, "Roofing")).expect("add");
    sync(&mut a, &hub);
}

fn an_unreachable_hub_changes_nothing(_backend: Backend) {
    let d = Devices::new(1);
    let mut a = Logbook::create(&d.dirs[0], PASSPHRASE).expect("create");
    a.add(&NewEntry::new(Kind::Skill, "Driving")).expect("add");
    let before = export(&a);
    let pending = a.sync_status().expect("status").pending_changes;
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let client = a
        .connect_hub(Some(&format!("http://127.0.0.1:{closed}")))
        .expect("url");
    let err = a.sync(&client, &mut |_| {}).expect_err("nobody listens");
    assert!(
        matches!(err, Error::Sync(SyncError::Unreachable { .. })),
        "{err:?}"
    );
    assert_eq!(export(&a), before);
    assert_eq!(a.sync_status().expect("status").pending_changes, pending);
}

/// The CLI: `carnet sync --hub` remembers the hub, reports what it did,
/// `--status` shows what waits, and a hub that is gone exits 11 with a
/// message that says the logbook is safe.
fn the_cli_syncs_and_says_what_it_did(backend: Backend) {
    use carnet_tests::{ok, run};
    let mut hub = HubProcess::start(backend);
    let d = Devices::new(1);
    let dir = &d.dirs[0];
    ok(dir, &["init"]);
    ok(dir, &["add", "skill", "--title", "Bricklaying"]);
    let status = ok(dir, &["--json", "sync", "--status"]);
    let status: serde_json::Value = serde_json::from_str(&status).expect("json");
    assert!(
        status["pending_changes"].as_u64().unwrap_or(0) > 0,
        "{status}"
    );
    assert!(status["hub"].is_null());

    let report = ok(dir, &["--json", "sync", "--hub", hub.url()]);
    let report: serde_json::Value = serde_json::from_str(&report).expect("json");
    assert!(report["changes_sent"].as_u64().unwrap_or(0) > 0, "{report}");
    assert!(report["bytes_sent"].as_u64().unwrap_or(0) > 0, "{report}");
    let status = ok(dir, &["--json", "sync", "--status"]);
    let status: serde_json::Value = serde_json::from_str(&status).expect("json");
    assert_eq!(status["pending_changes"], 0, "{status}");
    assert_eq!(status["hub"], hub.url(), "the hub is remembered");

    // Text output for a person; nothing new to send.
    let text = ok(dir, &["sync"]);
    assert!(text.contains("Synced with"), "{text}");
    assert!(text.contains("0 changes sent"), "{text}");

    // The hub goes away: exit 11, the logbook untouched.
    ok(dir, &["add", "skill", "--title", "Scaffolding"]);
    hub.kill();
    let out = run(dir, &["sync"]);
    assert_eq!(out.status.code(), Some(11));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot reach the hub"), "{err}");
    assert!(err.contains("safe on this device"), "{err}");
    let list = ok(dir, &["list"]);
    assert!(list.contains("Scaffolding"), "{list}");
}

/// The hub dies in the middle of an upload, before or after storing it,
/// and comes back on the same database: the device's outbox re-sends the
/// same bytes, and every device ends with everything.
fn a_hub_killed_mid_upload_loses_nothing(backend: Backend) {
    for point in ["rows-before-store", "rows-after-store"] {
        let mut hub = HubProcess::start(backend);
        let d = Devices::new(2);
        let mut a = Logbook::create(&d.dirs[0], PASSPHRASE).expect("create");
        a.add(&NewEntry::new(Kind::Skill, "Welding")).expect("add");
        sync(&mut a, &hub);
        let mut b = join(&d.dirs[0], &d.dirs[1], &hub);
        for i in 0..300 {
            a.add(&NewEntry::new(Kind::Skill, format!("Skill {i}")))
                .expect("add");
        }
        hub.kill();
        hub = hub.restart_with(&[("CARNET_HUB_FAILPOINT", point)]);
        let err = try_sync(&mut a, &hub).expect_err("the hub died mid-upload");
        assert!(
            matches!(err, Error::Sync(SyncError::Unreachable { .. })),
            "{point}: {err:?}"
        );
        hub.wait_for_exit();
        let pending = a.sync_status().expect("status").pending_changes;
        assert!(pending >= 300, "{point}: the edits still wait ({pending})");
        hub = hub.restart_with(&[]);
        sync(&mut a, &hub);
        sync(&mut b, &hub);
        assert_eq!(b.entries().expect("entries").len(), 301, "{point}");
        assert_eq!(export(&a), export(&b), "{point}");
        assert_eq!(a.sync_status().expect("status").pending_changes, 0);
    }
}

/// A removed device keeps what it had, but cannot read what is written
/// after its removal, even if the hub hands it the new rows; the devices
/// that stay move to the new key on their next sync.
fn a_removed_device_reads_nothing_new(backend: Backend) {
    let hub = HubProcess::start(backend);
    let d = Devices::new(3);
    let mut a = Logbook::create(&d.dirs[0], PASSPHRASE).expect("create");
    a.add(&NewEntry::new(Kind::Skill, "Before removal"))
        .expect("add");
    sync(&mut a, &hub);
    let mut b = join(&d.dirs[0], &d.dirs[1], &hub);
    let mut lost = join(&d.dirs[0], &d.dirs[2], &hub);
    for lb in [&mut b, &mut lost, &mut a] {
        sync(lb, &hub);
    }
    let (devices, me) = a.devices().expect("devices");
    assert_eq!(devices.len(), 3, "every device is listed: {devices:?}");
    let (_, lost_id) = lost.devices().expect("devices");
    let client = a.connect_hub(Some(hub.url())).expect("hub");
    assert!(matches!(
        a.remove_device(&client, &me),
        Err(Error::Sync(SyncError::RemoveSelf))
    ));

    let removed = a.remove_device(&client, &lost_id[..8]).expect("remove");
    assert_eq!(removed.id, lost_id);
    let secret_entry = a
        .add(&NewEntry::new(Kind::Skill, "After removal").with(Field::Description, MARKER))
        .expect("add");
    sync(&mut a, &hub);

    // The device that stays finds its new key at the hub and carries on.
    sync(&mut b, &hub);
    assert!(b.entry(&secret_entry).is_ok(), "b reads what came after");
    let (devices, _) = b.devices().expect("devices");
    assert!(devices
        .iter()
        .any(|d| d.id == lost_id && d.removed.is_some()));

    // The removed device: the hub no longer lets it in...
    let before = export(&lost);
    let err = try_sync(&mut lost, &hub).expect_err("removed");
    assert!(matches!(err, Error::Sync(SyncError::Refused)), "{err:?}");
    // ...and rows handed over anyway (a leaky hub, the new token) do not
    // open without the new key.
    let new_token = a.connect_hub(Some(hub.url())).expect("hub");
    let err = lost
        .sync(&new_token, &mut |_| {})
        .expect_err("cannot read the new epoch");
    assert!(
        matches!(err, Error::Sync(SyncError::UnknownEpoch { epoch: 1 })),
        "{err:?}"
    );
    assert!(lost.entry(&secret_entry).is_err());
    assert_eq!(export(&lost), before, "what it had is untouched");

    // A device paired after the removal gets the new key with the secret.
    let d2 = Devices::new(1);
    let (id, secret) = secret_of(&d.dirs[0]);
    let epochs = a.later_epochs().expect("epochs");
    assert_eq!(epochs.len(), 1);
    let client = carnet_core::sync::HttpHub::new(hub.url(), &id, &epochs[0].token).expect("url");
    let late = Logbook::join_from_hub(
        &d2.dirs[0],
        PASSPHRASE,
        id,
        &secret,
        &epochs,
        &client,
        &mut |_| {},
    )
    .expect("join after the removal");
    assert!(late.entry(&secret_entry).is_ok());

    // A recovery sheet printed after the removal carries the new key: a
    // phone recovered from it reads and writes the logbook.
    let client = a.connect_hub(Some(hub.url())).expect("hub");
    let sheet = carnet_core::sync::recovery::new_sheet(&mut a, &secret, PASSPHRASE, &client)
        .expect("new sheet");
    let d3 = Devices::new(1);
    let mut recovered =
        carnet_core::sync::recovery::recover(&d3.dirs[0], &sheet, PASSPHRASE, &mut |_| {})
            .expect("recover after a removal");
    assert!(recovered.entry(&secret_entry).is_ok());
    recovered
        .add(&NewEntry::new(Kind::Skill, "Written after recovery"))
        .expect("add");
    sync(&mut recovered, &hub);
}

/// `carnet sync --watch` keeps syncing, and when the hub goes away it
/// says so and tries again later instead of giving up.
fn watch_mode_keeps_going_and_backs_off(backend: Backend) {
    use std::io::BufRead;
    let mut hub = HubProcess::start(backend);
    let d = Devices::new(1);
    let dir = &d.dirs[0];
    carnet_tests::ok(dir, &["init"]);
    carnet_tests::ok(dir, &["sync", "--hub", hub.url()]);
    let mut child = carnet_tests::carnet(dir)
        .args(["sync", "--watch", "--every", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let (tx, rx) = std::sync::mpsc::channel();
    for stream in [
        Box::new(child.stdout.take().expect("stdout")) as Box<dyn std::io::Read + Send>,
        Box::new(child.stderr.take().expect("stderr")),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stream)
                .lines()
                .map_while(Result::ok)
            {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
    }
    let wait_for = |what: &str| loop {
        match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(line) if line.contains(what) => return line,
            Ok(_) => {}
            Err(e) => panic!("no line with {what:?}: {e}"),
        }
    };
    wait_for("Synced with");
    wait_for("Synced with");
    hub.kill();
    wait_for("cannot reach the hub");
    let retry = wait_for("Trying again in");
    assert!(
        retry.contains("second"),
        "it waits, then tries again: {retry}"
    );
    assert!(
        child.try_wait().expect("wait").is_none(),
        "it did not give up"
    );
    let _ = child.kill();
    let _ = child.wait();
}

carnet_tests::both_backends!(
    three_devices_converge,
    tampered_and_replayed_rows_are_refused,
    no_key_no_access,
    an_unreachable_hub_changes_nothing,
    the_cli_syncs_and_says_what_it_did,
    a_hub_killed_mid_upload_loses_nothing,
    a_removed_device_reads_nothing_new,
    watch_mode_keeps_going_and_backs_off,
);
