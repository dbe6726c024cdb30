//! PIN unlock against a real platform keystore: a private D-Bus session
//! with GNOME Keyring's Secret Service (Debian's `gnome-keyring`, which
//! `cargo xtask setup` installs), unlocked with a throwaway password in a
//! temporary home. The PIN is set in Settings after the passphrase is
//! typed again, opens the logbook, costs a try when wrong, turns itself
//! off after five wrong ones (the passphrase still opens), and is never
//! offered where no keystore answers.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use carnet_tests::webdriver::{app_bin, Session, Xvfb};
use carnet_tests::PASSPHRASE;

use super::{first_run, plain, Folders};

/// A D-Bus session bus and a Secret Service on it, stopped on drop.
struct SecretService {
    bus: Child,
    address: String,
    _home: tempfile::TempDir,
}

impl SecretService {
    fn start() -> SecretService {
        let home = tempfile::tempdir().expect("temp home");
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--print-address=1", "--nofork", "--nopidfile"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (Debian's dbus-daemon; `cargo xtask setup` installs it)");
        let mut address = String::new();
        BufReader::new(bus.stdout.take().expect("stdout"))
            .read_line(&mut address)
            .expect("the bus address");
        let address = address.trim().to_string();
        assert!(address.starts_with("unix:"), "no bus address: {address:?}");
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_RUNTIME_DIR", home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "gnome-keyring-daemon (Debian's gnome-keyring; `cargo xtask setup` installs it)",
            );
        keyring
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"throwaway keyring password")
            .expect("unlock password");
        // It forks its daemon and exits once that is running on the bus.
        let status = keyring.wait().expect("gnome-keyring-daemon");
        assert!(status.success(), "gnome-keyring-daemon: {status}");
        SecretService {
            bus,
            address,
            _home: home,
        }
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        // The keyring daemon leaves when its bus goes away.
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

fn lock(app: &Session<'_>) {
    app.click(&app.wait_for("#lock"));
    app.wait_for("#screen-unlock");
}

fn unlock_with_pin(app: &Session<'_>, pin: &str) {
    let field = app.wait_for("#screen-unlock #pin");
    app.clear(&field);
    app.type_text(&field, pin);
    app.click(&app.wait_for("#unlock-pin"));
}

fn error(app: &Session<'_>) -> String {
    plain(&app.wait_for_text("#screen-unlock #error", |t| !t.is_empty()))
}

#[test]
fn a_pin_from_the_keystore_opens_the_logbook_and_five_wrong_ones_turn_it_off() {
    let keystore = SecretService::start();
    let folders = Folders::new();
    let data = folders.data();
    let xvfb = Xvfb::start();
    let bus = Path::new(&keystore.address);
    let driver = folders.start(&xvfb, &[("DBUS_SESSION_BUS_ADDRESS", bus)]);
    let app = driver.session(&app_bin(), "pin");
    first_run(&app, false);

    // Settings: the PIN needs the passphrase again; a wrong one is refused.
    app.click(&app.wait_for("#open-settings"));
    app.wait_for("#pin-settings #pin-form");
    app.type_text(&app.wait_for("#pin-passphrase"), "not my passphrase");
    app.type_text(&app.wait_for("#pin-new"), "246810");
    app.type_text(&app.wait_for("#pin-again"), "246810");
    app.click(&app.wait_for("#pin-set"));
    let refused = app.wait_for_text("#pin-settings #error", |t| !t.is_empty());
    assert!(refused.contains("passphrase"), "{refused}");
    assert!(!data.join("pin.slot").exists());
    let field = app.wait_for("#pin-passphrase");
    app.clear(&field);
    app.type_text(&field, PASSPHRASE);
    app.click(&app.wait_for("#pin-set"));
    let done = app.wait_for_text("#pin-done", |t| !t.is_empty());
    assert!(done.contains("Your PIN is ready"), "{done}");
    app.wait_for("#pin-remove");
    app.screenshot("settings-pin-on");
    // On disk: the slot, with neither the PIN nor the passphrase in it.
    let slot = std::fs::read_to_string(data.join("pin.slot")).expect("pin.slot");
    assert!(
        !slot.contains("246810") && !slot.contains(PASSPHRASE),
        "{slot}"
    );
    app.click(&app.wait_for("#screen-settings #back"));

    // Locked: the PIN is asked for first; a wrong one costs a try.
    lock(&app);
    app.screenshot("unlock-pin");
    unlock_with_pin(&app, "111111");
    let wrong = error(&app);
    assert!(wrong.contains("4 more tries"), "{wrong}");
    unlock_with_pin(&app, "246810");
    app.wait_for("#screen-logbook");

    // The passphrase is one tap away and still opens.
    lock(&app);
    app.click(&app.wait_for("#switch-unlock"));
    app.type_text(&app.wait_for("#screen-unlock #passphrase"), PASSPHRASE);
    app.click(&app.wait_for("#unlock"));
    app.wait_for("#screen-logbook");

    // Five wrong PINs: the PIN is off, the passphrase is asked for.
    lock(&app);
    for left in [4, 3, 2, 1] {
        unlock_with_pin(&app, "999999");
        app.wait_for_text("#screen-unlock #error", |t| {
            plain(t).contains(&format!("{left} more tr"))
        });
    }
    unlock_with_pin(&app, "999999");
    let off = error(&app);
    assert!(off.contains("Too many wrong PINs"), "{off}");
    app.wait_for("#screen-unlock #passphrase");
    assert_eq!(app.count("#switch-unlock"), 0);
    assert!(!data.join("pin.slot").exists());
    app.screenshot("unlock-pin-off");
    app.type_text(&app.wait_for("#screen-unlock #passphrase"), PASSPHRASE);
    app.click(&app.wait_for("#unlock"));
    app.wait_for("#screen-logbook");
    app.click(&app.wait_for("#open-settings"));
    app.wait_for("#pin-settings #pin-form");
}

#[test]
fn without_a_keystore_no_pin_is_offered() {
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let nowhere = folders.data().join("no-bus");
    let bus = format!("unix:path={}", nowhere.display());
    let driver = folders.start(&xvfb, &[("DBUS_SESSION_BUS_ADDRESS", Path::new(&bus))]);
    let app = driver.session(&app_bin(), "pin-none");
    first_run(&app, false);
    app.click(&app.wait_for("#open-settings"));
    let said = app.wait_for_text("#pin-unavailable", |t| !t.is_empty());
    assert!(said.contains("no safe place"), "{said}");
    assert_eq!(app.count("#pin-form"), 0);
    app.click(&app.wait_for("#screen-settings #back"));
    lock(&app);
    app.wait_for("#screen-unlock #passphrase");
    assert_eq!(app.count("#switch-unlock"), 0);
}
