//! The real app, driven through WebDriver in a real window under Xvfb:
//! first run to a listed skill; settings (language kept in the data
//! folder, passphrase change, about); a wrong then the new passphrase;
//! sync with a real hub and with an unreachable one; the lock after
//! inactivity. Then the same folder opened by the `carnet`
//! CLI. Real files, no mocks.

use std::path::Path;

use carnet_tests::hub::{Backend, HubProcess};
use carnet_tests::webdriver::{app_bin, Xvfb};
use carnet_tests::{carnet, PASSPHRASE};

use super::{add, first_run, Folders};

const NEW_PASSPHRASE: &str = "a brand new passphrase 2";

#[test]
fn first_run_settings_and_sync_then_the_cli_sees_it() {
    let folders = Folders::new();
    let data = folders.data();
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    let hub = HubProcess::start(Backend::Sqlite);
    {
        let app = driver.session(&app_bin(), "first-run");
        first_run(&app, true);
        assert_eq!(
            app.execute("return document.documentElement.dir"),
            serde_json::json!("ltr")
        );
        // The language is kept in the data folder, not only in the webview.
        let settings = std::fs::read_to_string(data.join("app-settings.json"))
            .expect("app-settings.json in the data folder");
        assert!(settings.contains("\"lang\": \"en\""), "{settings}");
        app.screenshot("3-empty-logbook");

        // Add a skill.
        add(&app, "skill", "Welding", Some("advanced"), None);
        let title = app.wait_for_text(
            "#screen-logbook section[data-kind='skill'] .entry-title",
            |t| t == "Welding",
        );
        assert_eq!(title, "Welding");
        let heading = app.wait_for_text("#group-skill", |t| !t.is_empty());
        assert_eq!(heading.trim(), "Skills");
        let meta = app.wait_for_text("section[data-kind='skill'] .entry-meta", |t| !t.is_empty());
        assert!(meta.contains("Advanced"), "{meta}");
        assert!(meta.contains("Self-declared"), "{meta}");
        app.screenshot("5-logbook");

        // Entries: a second one, search, the stage filter, change, remove.
        add(&app, "experience", "Driving a truck", None, Some("arrival"));
        app.wait_for_count(".entry", 2);
        let search = app.wait_for("#search");
        app.type_text(&search, "weld");
        app.wait_for_count(".entry", 1);
        app.wait_for_text(".entry-title", |t| t == "Welding");
        // Backspaces, as a person would: WebDriver's clear changes the
        // value without the input event the screen listens to.
        app.type_text(&search, "\u{E003}\u{E003}\u{E003}\u{E003}");
        app.wait_for_count(".entry", 2);
        app.click(&app.wait_for("#stage option[value='arrival']"));
        app.wait_for_count(".entry", 1);
        app.wait_for_text(".entry-title", |t| t == "Driving a truck");
        app.screenshot("6-filtered");
        app.click(&app.wait_for("#stage option[value='']"));
        app.wait_for_count(".entry", 2);

        app.click(&app.wait_for("section[data-kind='skill'] .entry button.edit"));
        let title = app.wait_for("#screen-edit #title");
        app.clear(&title);
        app.type_text(&title, "Welding (arc)");
        app.click(&app.wait_for("#save"));
        app.wait_for_text("section[data-kind='skill'] .entry-title", |t| {
            t == "Welding (arc)"
        });
        // And back, for the steps below.
        app.click(&app.wait_for("section[data-kind='skill'] .entry button.edit"));
        let title = app.wait_for("#screen-edit #title");
        app.clear(&title);
        app.type_text(&title, "Welding");
        app.click(&app.wait_for("#save"));
        app.wait_for_text("section[data-kind='skill'] .entry-title", |t| {
            t == "Welding"
        });

        app.click(&app.wait_for("section[data-kind='experience'] .entry button.remove"));
        let question = app.wait_for_text(".confirm p", |t| t.contains("Driving a truck"));
        assert!(question.contains("cannot be undone"), "{question}");
        app.screenshot("7-remove-confirm");
        app.click(&app.wait_for(".confirm button.confirm-remove"));
        app.wait_for_count(".entry", 1);

        // Settings: languages in their own script, about with ESCO's
        // attribution, then a passphrase change.
        app.click(&app.wait_for("#open-settings"));
        let english = app.wait_for("#screen-settings button[data-lang='en']");
        assert_eq!(app.text(&english).trim(), "English");
        app.click(&english);
        assert_eq!(
            app.execute("return document.documentElement.lang"),
            serde_json::json!("en")
        );
        let about = app.wait_for_text("#about", |t| t.contains("ESCO"));
        assert!(about.contains(env!("CARGO_PKG_VERSION")), "{about}");
        app.type_text(&app.wait_for("#current-passphrase"), PASSPHRASE);
        app.type_text(&app.wait_for("#new-passphrase"), NEW_PASSPHRASE);
        app.wait_for_text("#new-strength", |t| !t.is_empty());
        app.type_text(&app.wait_for("#new-passphrase-again"), NEW_PASSPHRASE);
        app.screenshot("8-settings");
        app.click(&app.wait_for("#change"));
        app.wait_for("#passphrase-changed");
        app.click(&app.wait_for("#screen-settings #back"));

        // Lock; the old passphrase is now wrong, the new one opens.
        app.click(&app.wait_for("#lock"));
        app.type_text(&app.wait_for("#screen-unlock #passphrase"), PASSPHRASE);
        app.click(&app.wait_for("#unlock"));
        app.wait_for_text("#error", |t| t.contains("passphrase is not right"));
        let field = app.wait_for("#passphrase");
        app.clear(&field);
        app.type_text(&field, NEW_PASSPHRASE);
        app.click(&app.wait_for("#unlock"));
        app.wait_for_text(".entry-title", |t| t == "Welding");

        // Sync with a real hub: pending changes go to 0.
        app.click(&app.wait_for("#open-sync"));
        app.wait_for_text("#last-synced", |t| t.contains("Not synced"));
        let pending = app.wait_for_text("#pending", |t| !t.is_empty());
        assert!(pending.contains("wait"), "{pending}");
        // Named before the first sync, the device is listed by that name.
        let name = app.wait_for("#device-name");
        app.wait_for_text("#device-name-title", |t| !t.is_empty());
        app.clear(&name);
        for _ in 0..8 {
            app.type_text(&name, "\u{E003}");
        }
        app.type_text(&name, "Amina's phone");
        app.click(&app.wait_for("#save-device-name"));
        app.wait_for("#device-name-saved");
        let url = app.wait_for("#hub-url");
        app.type_text(&url, hub.url());
        app.click(&app.wait_for("#sync-now"));
        app.wait_for("#sync-done");
        let listed = app.wait_for_text(".device .device-name", |t| t.contains("Amina's phone"));
        assert!(listed.contains("Amina's phone"), "{listed}");
        app.wait_for_text("#pending", |t| t.contains("Nothing waits"));
        app.wait_for_text("#last-synced", |t| t.contains("Last synced"));
        app.screenshot("9-synced");

        // A hub nobody answers at: the unreachable message, and the entry
        // is still there.
        let closed = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
            format!("http://127.0.0.1:{}", l.local_addr().expect("addr").port())
        };
        let url = app.wait_for("#hub-url");
        app.clear(&url);
        app.type_text(&url, &closed);
        app.click(&app.wait_for("#sync-now"));
        let error = app.wait_for_text("#error", |t| t.contains("cannot reach the hub"));
        assert!(error.contains(&closed), "{error}");
        app.screenshot("10-unreachable");
        app.click(&app.wait_for("#screen-sync #back"));
        app.wait_for_text(".entry-title", |t| t == "Welding");
    }
    drop(driver);
    drop(xvfb);

    // The same folder, opened by the CLI with the new passphrase.
    let out = carnet(&data)
        .env("CARNET_PASSPHRASE", NEW_PASSPHRASE)
        .arg("list")
        .output()
        .expect("run carnet");
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "carnet list: {out:?}");
    assert!(listed.contains("Welding"), "carnet list: {listed}");
}

#[test]
fn the_logbook_locks_after_a_time_without_input() {
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[("CARNET_APP_LOCK_SECS", Path::new("2"))]);
    let app = driver.session(&app_bin(), "idle-lock");
    first_run(&app, false);
    // Nobody touches it: the unlock screen comes back by itself.
    app.wait_for_text("#screen-unlock #idle-locked", |t| t.contains("locked"));
    app.screenshot("idle-locked");
    let field = app.wait_for("#passphrase");
    app.type_text(&field, "not the passphrase");
    app.click(&app.wait_for("#unlock"));
    app.wait_for_text("#error", |t| t.contains("passphrase is not right"));
    app.clear(&field);
    app.type_text(&field, PASSPHRASE);
    app.click(&app.wait_for("#unlock"));
    app.wait_for("#screen-logbook");
}
